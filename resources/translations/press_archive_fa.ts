<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>App</name>
    <message>
        <location filename="../../press_archive/ui/app.py" line="179"/>
        <source>The archive cannot be opened</source>
        <translation>بایگانی باز نمی‌شود</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="149"/>
        <source>No records in this window</source>
        <translation>در این بازه رکوردی نیست</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="21"/>
        <source>Back up the archive to a folder</source>
        <translation>پشتیبان‌گیری از بایگانی در یک پوشه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="28"/>
        <source>Backed up to {}: {} photos copied, {} already there</source>
        <translation>پشتیبان در {}: {} عکس رونوشت شد، {} از پیش آنجا بود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="34"/>
        <source>The backup failed: {}</source>
        <translation>پشتیبان‌گیری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="38"/>
        <source>Backing up to {}…</source>
        <translation>پشتیبان‌گیری در {}…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="50"/>
        <source>The archive is clean.</source>
        <translation>بایگانی سالم است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="52"/>
        <source>{} problems repaired, {} left</source>
        <translation>{} مشکل برطرف شد، {} مانده است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="55"/>
        <source>{} problems found in the archive. Repair what can be repaired?</source>
        <translation>{} مشکل در بایگانی پیدا شد. آنچه برطرف‌شدنی است برطرف شود؟</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="64"/>
        <source>The check failed: {}</source>
        <translation>بررسی انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="66"/>
        <source>Checking the archive…</source>
        <translation>بررسی بایگانی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="71"/>
        <source>Check the archive</source>
        <translation>بررسی بایگانی</translation>
    </message>
</context>
<context>
    <name>CodeReplacementsDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="84"/>
        <source>Code replacements</source>
        <translation>جایگزینی کدها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="88"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="88"/>
        <source>Replaced by</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="92"/>
        <source>Add a code</source>
        <translation>افزودن کد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="94"/>
        <source>Remove the chosen code</source>
        <translation>حذف کد برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="106"/>
        <source>In captions, \code\ is replaced by its text.</source>
        <translation>در شرح عکس‌ها، \کد\ با متن آن جایگزین می‌شود.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="443"/>
        <source>Compare {} photos</source>
        <translation>مقایسهٔ {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="449"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="38"/>
        <source>Connect to a shared archive</source>
        <translation>اتصال به بایگانی مشترک</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="49"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>خالی: از PGPASSWORD یا ‎~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="52"/>
        <source>as recorded in the archive</source>
        <translation>همان که در بایگانی ثبت شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="53"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="61"/>
        <source>Server address</source>
        <translation>نشانی کارگزار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="62"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="63"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="64"/>
        <source>Originals folder</source>
        <translation>پوشهٔ اصل عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="65"/>
        <source>The password is not kept by the program: it is asked for each time, unless PGPASSWORD or ~/.pgpass gives it. The originals folder is this desk&apos;s mount of the office&apos;s shared photos folder.</source>
        <translation>برنامه گذرواژه را نگه نمی‌دارد: هر بار پرسیده می‌شود، مگر آنکه PGPASSWORD یا ‎~/.pgpass آن را بدهد. پوشهٔ اصل عکس‌ها، پوشهٔ مشترک عکس‌های اداره است، آن‌گونه که روی این میز در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="73"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="89"/>
        <source>The shared originals folder</source>
        <translation>پوشهٔ مشترک اصل عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="100"/>
        <source>The server address starts with postgresql:// (for example postgresql://server/press)</source>
        <translation>نشانی کارگزار با postgresql://‎ آغاز می‌شود (برای نمونه postgresql://server/press)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="134"/>
        <source>The server wants this login&apos;s password (or the one typed is wrong).</source>
        <translation>کارگزار گذرواژهٔ این نام کاربری را می‌خواهد (یا گذرواژهٔ نوشته‌شده نادرست است).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="40"/>
        <source>News items</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="41"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="42"/>
        <source>Press conferences</source>
        <translation>نشست‌های خبری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="43"/>
        <source>Ceremonies</source>
        <translation>مراسم</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="44"/>
        <source>Photo batches</source>
        <translation>مجموعه‌های عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="45"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="46"/>
        <source>Interview orders</source>
        <translation>سفارش‌های مصاحبه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="47"/>
        <source>Interviews aired</source>
        <translation>مصاحبه‌های پخش‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="48"/>
        <source>TV minutes</source>
        <translation>دقیقهٔ تلویزیونی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="49"/>
        <source>Radio programmes</source>
        <translation>برنامه‌های رادیویی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="68"/>
        <source>By day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="68"/>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="68"/>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="69"/>
        <source>By quarter</source>
        <translation>فصلی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="69"/>
        <source>By half year</source>
        <translation>شش‌ماهه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="70"/>
        <source>By year</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="74"/>
        <source>Year {} (by month)</source>
        <translation>سال {} (ماه به ماه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="84"/>
        <source>This year so far, against the same days of last year</source>
        <translation>امسال تا امروز، در برابر همین روزهای پارسال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="87"/>
        <source>Last two and a half years (by quarter)</source>
        <translation>دو سال و نیم اخیر (فصل به فصل)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="100"/>
        <source>{} (by month)</source>
        <translation>{} (ماه به ماه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="236"/>
        <location filename="../../press_archive/ui/dashboard.py" line="247"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="237"/>
        <location filename="../../press_archive/ui/dashboard.py" line="249"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="245"/>
        <source>Window</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="253"/>
        <source>Chart</source>
        <translation>نمودار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="257"/>
        <source>Export report</source>
        <translation>خروجی گزارش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="262"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="262"/>
        <source>Excel (XLSX)…</source>
        <translation>اکسل (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="262"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="296"/>
        <location filename="../../press_archive/ui/dashboard.py" line="307"/>
        <source>Chosen range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="345"/>
        <source>Choose a range: from a day up to a later day.</source>
        <translation>بازه‌ای برگزینید: از یک روز تا روزی پس از آن.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="352"/>
        <source>No records in this window</source>
        <translation>در این بازه رکوردی نیست</translation>
    </message>
</context>
<context>
    <name>DeskFollower</name>
    <message>
        <location filename="../../press_archive/ui/server_watch.py" line="110"/>
        <location filename="../../press_archive/ui/server_watch.py" line="126"/>
        <source>The archive&apos;s server cannot be reached; trying again…</source>
        <translation>کارگزار بایگانی در دسترس نیست؛ دوباره تلاش می‌شود…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/server_watch.py" line="123"/>
        <source>Connected to the archive&apos;s server again</source>
        <translation>اتصال به کارگزار بایگانی دوباره برقرار شد</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="46"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="47"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="48"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="49"/>
        <source>Dossier</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="50"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="62"/>
        <source>Select a record to see it here.</source>
        <translation>رکوردی را برگزینید تا اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="106"/>
        <source>added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="106"/>
        <source>edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="106"/>
        <source>deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="107"/>
        <source>restored</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/detail.py" line="107"/>
        <source>imported</source>
        <translation>وارد شد</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="221"/>
        <source>Duplicate photos</source>
        <translation>عکس‌های تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="223"/>
        <source>Looking for duplicates…</source>
        <translation>در حال یافتن تکراری‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="243"/>
        <source>Could not look for duplicates: {}</source>
        <translation>یافتن تکراری‌ها انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="252"/>
        <source>{} groups of duplicates</source>
        <translation>{} گروه تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="248"/>
        <source>No duplicates in the archive.</source>
        <translation>در بایگانی عکس تکراری نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="250"/>
        <source>One group of duplicates</source>
        <translation>یک گروه تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="255"/>
        <source>The same image data</source>
        <translation>دادهٔ تصویری یکسان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="255"/>
        <source>Visually the same</source>
        <translation>از نظر دیداری یکسان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="276"/>
        <source>Keep the chosen, reject the others</source>
        <translation>نگه‌داشتن انتخاب‌شده، رد بقیه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="278"/>
        <source>Reject the chosen</source>
        <translation>رد انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="319"/>
        <source>Keep one of {} duplicates</source>
        <translation>نگه‌داشتن یکی از {} عکس تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="320"/>
        <source>Reject {} photos</source>
        <translation>رد {} عکس</translation>
    </message>
</context>
<context>
    <name>EmptyArchiveGuide</name>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="61"/>
        <source>The archive is empty</source>
        <translation>بایگانی خالی است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="66"/>
        <source>Import the office&apos;s news, events, interview orders or productions from JSONL or CSV files, or a folder of photos; or load the sample records to look around first.</source>
        <translation>اخبار، رویدادها، سفارش‌های مصاحبه یا تولیدات اداره را از پرونده‌های JSONL یا CSV، یا پوشه‌ای از عکس‌ها وارد کنید؛ یا برای آشنایی، نخست رکوردهای نمونه را بار کنید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="69"/>
        <source>Import records…</source>
        <translation>ورود رکوردها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="70"/>
        <source>Import photos…</source>
        <translation>ورود عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="71"/>
        <source>Load the sample records</source>
        <translation>بار کردن رکوردهای نمونه</translation>
    </message>
</context>
<context>
    <name>EventDossier</name>
    <message>
        <location filename="../../press_archive/ui/dossier.py" line="54"/>
        <source>Edit event</source>
        <translation>ویرایش رویداد</translation>
    </message>
</context>
<context>
    <name>EventLinkEdit</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="243"/>
        <source>Event reference</source>
        <translation>شناسهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="247"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
</context>
<context>
    <name>EventPickerDialog</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="167"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="170"/>
        <source>Filter by title (search)</source>
        <translation>پالایش با عنوان (جست‌وجو)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="22"/>
        <source>Loading the sample records…</source>
        <translation>در حال بارگذاری رکوردهای نمونه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="52"/>
        <source>Sample records</source>
        <translation>رکوردهای نمونه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="53"/>
        <source>The archive was created, but the sample could not be loaded: {}</source>
        <translation>بایگانی ساخته شد، اما رکوردهای نمونه بارگذاری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="64"/>
        <source>No archive yet</source>
        <translation>هنوز بایگانی‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="66"/>
        <source>There is no archive in {}.
Create it now? The sample records show how the archive works and can be deleted later.</source>
        <translation>در {} بایگانی‌ای نیست.
اکنون ساخته شود؟ رکوردهای نمونه کار بایگانی را نشان می‌دهند و بعداً می‌توان آن‌ها را حذف کرد.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="68"/>
        <source>Create with the sample records</source>
        <translation>ساختن با رکوردهای نمونه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="69"/>
        <source>Create an empty archive</source>
        <translation>ساختن بایگانی خالی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/first_run.py" line="70"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="44"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="84"/>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="85"/>
        <source>Add folder…</source>
        <translation>افزودن پوشه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="86"/>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="96"/>
        <source>Photo batch</source>
        <translation>مجموعهٔ عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="103"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="104"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="105"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="106"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="107"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="108"/>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="115"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="115"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="115"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="120"/>
        <source>Start import</source>
        <translation>آغاز ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="123"/>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="134"/>
        <source>What to import</source>
        <translation>چه چیزی وارد شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="137"/>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="172"/>
        <source>Photos and zip files (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</source>
        <translation>عکس‌ها و پرونده‌های زیپ (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="174"/>
        <source>JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</source>
        <translation>JSON Lines یا CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="175"/>
        <source>Choose files to import</source>
        <translation>پرونده‌های ورودی را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="179"/>
        <source>Choose a folder of photos</source>
        <translation>پوشهٔ عکس‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="191"/>
        <source>Add at least one file.</source>
        <translation>دست‌کم یک پرونده بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="195"/>
        <source>Fix the date first (write it as 1403/05/12).</source>
        <translation>نخست تاریخ را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="204"/>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="241"/>
        <source>Cancelling… what is already stored stays.</source>
        <translation>در حال لغو… آنچه ذخیره شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="284"/>
        <source>Nothing was imported: {}</source>
        <translation>چیزی وارد نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="290"/>
        <source>Imported {}, updated {}, rejected {}</source>
        <translation>{} وارد شد، {} به‌روز شد، {} رد شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="294"/>
        <source>duplicates {}</source>
        <translation>{} تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="300"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>InterviewBoard</name>
    <message>
        <location filename="../../press_archive/ui/board.py" line="160"/>
        <source>overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="195"/>
        <source>An order cannot go from “{}” to “{}”; from there it can go to: {}</source>
        <translation>سفارش نمی‌تواند از «{}» به «{}» برود؛ از آنجا می‌تواند به این‌ها برود: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="205"/>
        <source>Move {} orders to: {}</source>
        <translation>انتقال {} سفارش به: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="219"/>
        <source>Move to: {}</source>
        <translation>انتقال به: {}</translation>
    </message>
</context>
<context>
    <name>InterviewMoveDialog</name>
    <message>
        <location filename="../../press_archive/ui/interview_move.py" line="21"/>
        <source>Move to: {}</source>
        <translation>انتقال به: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/interview_move.py" line="48"/>
        <source>{} orders move to “{}”. It needs:</source>
        <translation>{} سفارش به «{}» می‌رود. این‌ها لازم است:</translation>
    </message>
</context>
<context>
    <name>JalaliCalendar</name>
    <message>
        <location filename="../../press_archive/ui/jalali_widgets.py" line="66"/>
        <source>Previous month</source>
        <translation>ماه پیش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/jalali_widgets.py" line="69"/>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <location filename="../../press_archive/ui/jalali_widgets.py" line="184"/>
        <source>Pick a date from the calendar</source>
        <translation>انتخاب تاریخ از تقویم</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/jalali_widgets.py" line="246"/>
        <source>Not a date: write it as 1403/05/12</source>
        <translation>تاریخ نادرست است؛ مانند ۱۴۰۳/۰۵/۱۲ بنویسید</translation>
    </message>
</context>
<context>
    <name>KeywordVocabularyDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="146"/>
        <source>Keyword vocabulary</source>
        <translation>واژگان کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="154"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="156"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="158"/>
        <source>Remove the chosen keywords</source>
        <translation>برداشتن کلیدواژه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="170"/>
        <source>The keywords offered when photos are tagged, and how many photos and batches use each. Photos keep the keywords they carry.</source>
        <translation>کلیدواژه‌هایی که هنگام برچسب‌زدن عکس‌ها پیشنهاد می‌شوند، و شمار عکس‌ها و مجموعه‌هایی که هر یک را دارند. عکس‌ها کلیدواژه‌های خود را نگه می‌دارند.</translation>
    </message>
</context>
<context>
    <name>LoupeDialog</name>
    <message>
        <location filename="../../press_archive/ui/loupe.py" line="26"/>
        <source>{} at 100 %</source>
        <translation>{} با اندازهٔ واقعی (۱۰۰٪)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/loupe.py" line="27"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/loupe.py" line="60"/>
        <source>The original cannot be shown at full size here (a raw file?): this is its preview.</source>
        <translation>اصل عکس اینجا با اندازهٔ کامل نمایش داده نمی‌شود (پروندهٔ خام؟): این پیش‌نمایش آن است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/loupe.py" line="67"/>
        <source>The preview could not be read.</source>
        <translation>پیش‌نمایش خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="163"/>
        <source>Press archive — {}</source>
        <translation>بایگانی روابط عمومی — {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="191"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="236"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="239"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="246"/>
        <source>Search…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="247"/>
        <source>New record…</source>
        <translation>رکورد تازه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="248"/>
        <source>Edit record…</source>
        <translation>ویرایش رکورد…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="249"/>
        <source>Delete (to the trash)</source>
        <translation>حذف (به زباله‌دان)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="250"/>
        <source>Restore from the trash</source>
        <translation>بازگردانی از زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="251"/>
        <source>Delete for good…</source>
        <translation>حذف همیشگی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="252"/>
        <source>Import records…</source>
        <translation>ورود رکوردها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="253"/>
        <source>Import photos…</source>
        <translation>ورود عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="255"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="256"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="257"/>
        <source>Back up to a folder…</source>
        <translation>پشتیبان‌گیری در یک پوشه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="258"/>
        <source>Check the archive…</source>
        <translation>بررسی بایگانی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="259"/>
        <source>Connect to a shared archive…</source>
        <translation>اتصال به بایگانی مشترک…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="261"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="262"/>
        <source>Event dossier</source>
        <translation>پروندهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="263"/>
        <source>Save this search…</source>
        <translation>ذخیرهٔ این جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="264"/>
        <source>Larger thumbnails</source>
        <translation>تصویرک بزرگ‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="265"/>
        <source>Smaller thumbnails</source>
        <translation>تصویرک کوچک‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="267"/>
        <location filename="../../press_archive/ui/main_window.py" line="668"/>
        <source>About</source>
        <translation>دربارهٔ برنامه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="268"/>
        <source>Export photos with their metadata…</source>
        <translation>خروجی عکس‌ها با اطلاعاتشان…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="270"/>
        <source>Code replacements…</source>
        <translation>جایگزینی کدها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="271"/>
        <source>Duplicate photos…</source>
        <translation>عکس‌های تکراری…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="272"/>
        <source>Keyword vocabulary…</source>
        <translation>واژگان کلیدواژه‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="274"/>
        <source>News items</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="275"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="276"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="277"/>
        <source>Interview board</source>
        <translation>تابلوی مصاحبه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="278"/>
        <source>Productions</source>
        <translation>تولیدات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="279"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="280"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="281"/>
        <location filename="../../press_archive/ui/main_window.py" line="359"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="290"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="302"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="306"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="312"/>
        <source>&amp;Photos</source>
        <translation>&amp;عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="316"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="320"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="483"/>
        <source>{} records</source>
        <translation>{} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="560"/>
        <source>{} records moved to the trash (Ctrl+Z brings them back)</source>
        <translation>{} رکورد به زباله‌دان رفت (Ctrl+Z بازمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="572"/>
        <source>Delete for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="573"/>
        <source>Delete {} records for good? This cannot be undone.</source>
        <translation>{} رکورد برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="599"/>
        <source>Importing: {} of {}</source>
        <translation>در حال ورود: {} از {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="669"/>
        <source>Press archive {}
The archive of the city press office: news items, events, photo batches, interview orders and productions.
Archive folder: {}</source>
        <translation>بایگانی روابط عمومی {}
بایگانی اخبار، رویدادها، مجموعه‌های عکس، سفارش‌های مصاحبه و تولیدات روابط عمومی شهر.
پوشهٔ بایگانی: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="708"/>
        <source>Cancelling the import before closing…</source>
        <translation>لغو ورود اطلاعات پیش از بستن…</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="223"/>
        <source>before: {}</source>
        <translation>پیش‌تر: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="496"/>
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation>اندازهٔ تصویرک (Ctrl+Plus / Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="500"/>
        <source>By capture time</source>
        <translation>به ترتیب زمان عکاسی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="501"/>
        <source>By name</source>
        <translation>به ترتیب نام</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="502"/>
        <source>Best rated first</source>
        <translation>پرامتیازترین نخست</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="505"/>
        <source>All photos</source>
        <translation>همهٔ عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="505"/>
        <source>Picked</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="506"/>
        <source>Not picked</source>
        <translation>نابرگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="507"/>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="507"/>
        <source>Not rejected</source>
        <translation>ردنشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="508"/>
        <source>{} stars or more</source>
        <translation>{} ستاره و بیشتر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="513"/>
        <source>Select the unpicked</source>
        <translation>گزینش نابرگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="520"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="559"/>
        <source>{} photos</source>
        <translation>{} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="561"/>
        <source>{} selected</source>
        <translation>{} انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="22"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="22"/>
        <source>Taken</source>
        <translation>زمان عکاسی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="23"/>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="23"/>
        <source>Lens</source>
        <translation>عدسی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="24"/>
        <source>Exposure</source>
        <translation>نوردهی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="24"/>
        <source>GPS</source>
        <translation>موقعیت GPS</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="25"/>
        <source>Pixels</source>
        <translation>پیکسل</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="25"/>
        <source>Caption</source>
        <translation>شرح عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="26"/>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="26"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="27"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="27"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="28"/>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="28"/>
        <source>Pick</source>
        <translation>گزینش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="83"/>
        <source>(mixed)</source>
        <translation>(گوناگون)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="89"/>
        <source>Picked</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="90"/>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
</context>
<context>
    <name>PhotoInfoPanel</name>
    <message>
        <location filename="../../press_archive/ui/photo_info.py" line="105"/>
        <source>Selected photos</source>
        <translation>عکس‌های انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>PhotoListView</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="321"/>
        <source>Pick</source>
        <translation>گزینش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="321"/>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="322"/>
        <source>Neither picked nor rejected</source>
        <translation>نه برگزیده، نه ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="323"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="323"/>
        <source>View at 100 %</source>
        <translation>نمایش با اندازهٔ واقعی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="324"/>
        <source>Delete (to the trash)</source>
        <translation>حذف (به زباله‌دان)</translation>
    </message>
</context>
<context>
    <name>PhotoTools</name>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="40"/>
        <source>Export the photos to a folder</source>
        <translation>خروجی عکس‌ها در یک پوشه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="61"/>
        <source>Exporting photos…</source>
        <translation>در حال خروجی گرفتن از عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="51"/>
        <source>{} photos exported to {}</source>
        <translation>{} عکس در {} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="57"/>
        <source>The export failed: {}</source>
        <translation>خروجی گرفته نشد: {}</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="335"/>
        <source>Could not tag: {}</source>
        <translation>برچسب‌گذاری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="352"/>
        <source>Select two to four photos to compare them.</source>
        <translation>برای مقایسه دو تا چهار عکس را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="330"/>
        <source>{} photos updated</source>
        <translation>{} عکس به‌روز شد</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="374"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="379"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="402"/>
        <source>The preview could not be read.</source>
        <translation>پیش‌نمایش خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../press_archive/ui/progress.py" line="20"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../press_archive/ui/file_dialogs.py" line="39"/>
        <source>Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/file_dialogs.py" line="40"/>
        <source>Files of type:</source>
        <translation>پرونده‌هایی از نوع:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="70"/>
        <source>Required</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="71"/>
        <location filename="../../press_archive/ui/editors.py" line="72"/>
        <source>Not a date: write it as 1403/05/12</source>
        <translation>تاریخ نادرست است؛ مانند ۱۴۰۳/۰۵/۱۲ بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="73"/>
        <source>This row cannot be read as CSV; the rows after it were read</source>
        <translation>این سطر به‌صورت CSV خوانده نشد؛ سطرهای پس از آن خوانده شدند</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="74"/>
        <source>This line is nested too deeply to be a record</source>
        <translation>این سطر برای یک رکورد بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="75"/>
        <source>Holds no visible character</source>
        <translation>هیچ نویسهٔ دیدنی‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="76"/>
        <source>Read in an encoding other than UTF-8</source>
        <translation>با رمزگذاری‌ای جز UTF-8 خوانده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="77"/>
        <source>A column that is not a field of this kind: ignored</source>
        <translation>ستونی که فیلد این نوع نیست: نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="79"/>
        <source>Outside the years a record can have (1200 to 1600)</source>
        <translation>بیرون از سال‌هایی که رکورد می‌تواند داشته باشد (۱۲۰۰ تا ۱۶۰۰)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="80"/>
        <location filename="../../press_archive/ui/editors.py" line="81"/>
        <source>Write a number</source>
        <translation>عدد بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="82"/>
        <source>Must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="83"/>
        <source>This reference is already used by another record</source>
        <translation>این شناسه را رکورد دیگری دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="84"/>
        <source>No event has this reference</source>
        <translation>رویدادی با این شناسه نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="85"/>
        <source>Pick one of the choices</source>
        <translation>یکی از گزینه‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="410"/>
        <source>Edit: {}</source>
        <translation>ویرایش: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="410"/>
        <source>New: {}</source>
        <translation>تازه: {}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="325"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="26"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="57"/>
        <source>Writing the report…</source>
        <translation>در حال نوشتن گزارش…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="46"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>گزارش لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="48"/>
        <source>Report written to {}</source>
        <translation>گزارش در {} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="53"/>
        <source>The report could not be written: {}</source>
        <translation>گزارش نوشته نشد: {}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="22"/>
        <source>press officer</source>
        <translation>کارشناس خبر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="24"/>
        <source>photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="26"/>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="28"/>
        <source>admin</source>
        <translation>مدیر سامانه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="29"/>
        <source>owner of the archive</source>
        <translation>مالک بایگانی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="34"/>
        <source>news, events, interviews and productions</source>
        <translation>اخبار، رویدادها، مصاحبه‌ها و تولیدات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="35"/>
        <source>photo batches and photos</source>
        <translation>مجموعه‌های عکس و عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="56"/>
        <source>Your role (%1) may not change %2; an admin can give you another role.</source>
        <translation>نقش شما (%1) اجازهٔ تغییر %2 را ندارد؛ مدیر سامانه می‌تواند نقش دیگری به شما بدهد.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/roles.py" line="61"/>
        <source>Signed in as %1 (%2)</source>
        <translation>واردشده با نام %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="51"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="58"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="59"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="60"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="61"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="62"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="166"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="166"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="166"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="166"/>
        <source>Snippet</source>
        <translation>بریده</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="223"/>
        <source>Words, &quot;a phrase&quot;, OR, -word, title:, tag:, photographer:, speaker:, kind:</source>
        <translation>واژه‌ها، «عبارت»، OR، -واژه، title:، tag:، photographer:، speaker:، kind:</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="226"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="228"/>
        <location filename="../../press_archive/ui/search_view.py" line="257"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="229"/>
        <location filename="../../press_archive/ui/search_view.py" line="259"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="231"/>
        <source>Most relevant</source>
        <translation>مرتبط‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="232"/>
        <source>Newest first</source>
        <translation>تازه‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="234"/>
        <source>Related words</source>
        <translation>واژه‌های مرتبط</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="236"/>
        <source>Rank the results by the words their best matches share as well as by the words typed. What is found, and how many, stay the same.</source>
        <translation>نتیجه‌ها افزون بر واژه‌های نوشته‌شده، با واژه‌هایی هم رتبه‌بندی می‌شوند که در بهترین نتیجه‌ها مشترک‌اند. آنچه پیدا می‌شود و شمار آن تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="249"/>
        <location filename="../../press_archive/ui/search_view.py" line="484"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="366"/>
        <source>Fix the dates first (write them as 1403/05/12).</source>
        <translation>نخست تاریخ‌ها را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="398"/>
        <source>Cannot search: {}</source>
        <translation>جست‌وجو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="410"/>
        <source>{} results ({} ms)</source>
        <translation>{} نتیجه ({} میلی‌ثانیه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="413"/>
        <source>Did you mean: {}</source>
        <translation>منظورتان این بود: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="484"/>
        <source>Name of the saved search:</source>
        <translation>نام جست‌وجوی ذخیره‌شده:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../press_archive/ui/session.py" line="117"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="173"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>نمایهٔ جست‌وجو بازسازی نشد: %1</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="187"/>
        <source>Backed up to %1</source>
        <translation>پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="188"/>
        <source>Backup failed: %1</source>
        <translation>پشتیبان‌گیری نشد: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="26"/>
        <source>The default folder</source>
        <translation>پوشهٔ پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="27"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="41"/>
        <source>Archive folder</source>
        <translation>پوشهٔ بایگانی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="43"/>
        <source>Thumbnail size</source>
        <translation>اندازهٔ تصویرک</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="44"/>
        <source>A new archive folder or language takes effect the next time the program starts.</source>
        <translation>پوشه یا زبان تازه از اجرای بعدی برنامه به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="56"/>
        <source>Choose the archive folder</source>
        <translation>پوشهٔ بایگانی را برگزینید</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="55"/>
        <source>Interview orders (list)</source>
        <translation>سفارش‌های مصاحبه (فهرست)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="59"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="60"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="61"/>
        <source>Saved searches</source>
        <translation>جست‌وجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="62"/>
        <source>Recent imports</source>
        <translation>ورودهای اخیر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="63"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="85"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/sidebar.py" line="119"/>
        <source>Delete saved search</source>
        <translation>حذف جست‌وجوی ذخیره‌شده</translation>
    </message>
</context>
<context>
    <name>TaggingPanel</name>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="79"/>
        <location filename="../../press_archive/ui/photos_page.py" line="139"/>
        <source>No photo selected</source>
        <translation>عکسی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="81"/>
        <location filename="../../press_archive/ui/photos_page.py" line="83"/>
        <location filename="../../press_archive/ui/photos_page.py" line="88"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="94"/>
        <source>Expand code replacements</source>
        <translation>جایگزینی کدها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="103"/>
        <location filename="../../press_archive/ui/photos_page.py" line="108"/>
        <source>(unchanged)</source>
        <translation>(بدون تغییر)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="104"/>
        <source>No rating</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="109"/>
        <source>Picked</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="110"/>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="111"/>
        <source>Neither picked nor rejected</source>
        <translation>نه برگزیده، نه ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="112"/>
        <source>Apply to selected photos</source>
        <translation>اعمال بر عکس‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="116"/>
        <source>Add keywords</source>
        <translation>افزودن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="117"/>
        <source>Remove keywords</source>
        <translation>برداشتن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="118"/>
        <source>Add people</source>
        <translation>افزودن افراد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="119"/>
        <source>Caption</source>
        <translation>شرح عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="121"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="122"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="123"/>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="124"/>
        <source>Pick</source>
        <translation>گزینش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="130"/>
        <source>Keys: 1-5 rating, P pick, X reject, U neither, Space preview, Z 100 %, C compare, Delete</source>
        <translation>کلیدها: ۱ تا ۵ امتیاز، P گزینش، X رد، U هیچ‌کدام، فاصله پیش‌نمایش، Z اندازهٔ واقعی، C مقایسه، Delete حذف</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="138"/>
        <source>{} photos selected</source>
        <translation>{} عکس انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="36"/>
        <source>Could not undo or redo: {}</source>
        <translation>واگرد یا ازنو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="178"/>
        <source>Edit “{}”</source>
        <translation>ویرایش «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="193"/>
        <source>Add “{}”</source>
        <translation>افزودن «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="219"/>
        <source>Delete {} records</source>
        <translation>حذف {} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="220"/>
        <source>Restore {} records</source>
        <translation>بازگردانی {} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="267"/>
        <source>Delete {} photos</source>
        <translation>حذف {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="61"/>
        <source>Rate {} photos</source>
        <translation>امتیاز به {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="63"/>
        <source>Pick {} photos</source>
        <translation>گزینش {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="63"/>
        <source>Unpick {} photos</source>
        <translation>لغو گزینش {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="65"/>
        <source>Reject {} photos</source>
        <translation>رد {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="67"/>
        <source>Clear the pick or reject of {} photos</source>
        <translation>برداشتن گزینش یا رد {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="69"/>
        <source>Tag {} photos</source>
        <translation>برچسب‌گذاری {} عکس</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../press_archive/search/query.py" line="155"/>
        <source>"{field}:" needs a value after the colon, e.g. {field}:نوروز or {field}:"two words"</source>
        <translation>«{field}:» پس از دونقطه مقداری می‌خواهد، مانند {field}:نوروز یا {field}:"دو واژه"</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/importing.py" line="192"/>
        <source>--date: {problem}</source>
        <translation>--date: {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/users.py" line="31"/>
        <source>--role: {role!r} is not one of {roles}</source>
        <translation>--role: «{role}» یکی از این‌ها نیست: {roles}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="250"/>
        <source>EXIF capture time {value!r} is not a real date: ignored</source>
        <translation>زمان عکاسی EXIF «{value}» تاریخی واقعی نیست: نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="236"/>
        <source>EXIF orientation {value!r} is not a valid value (1-8): the photo is shown as stored</source>
        <translation>جهت EXIF «{value}» مقداری درست نیست (۱ تا ۸): عکس همان‌گونه که ذخیره شده نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="192"/>
        <source>JSON nested too deeply to be a record; this line is skipped</source>
        <translation>JSON برای یک رکورد بیش از اندازه تودرتو است؛ از این سطر گذشتیم</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/users.py" line="33"/>
        <source>NAME: a login name without leading or trailing spaces</source>
        <translation>NAME: نام ورودی بی فاصله در آغاز یا پایان</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="282"/>
        <source>a cell is longer than {limit:,} characters</source>
        <translation>خانه‌ای بلندتر از {limit} نویسه است</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="105"/>
        <source>a photo cannot be picked and rejected at once</source>
        <translation>یک عکس نمی‌تواند هم‌زمان برگزیده و ردشده باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="286"/>
        <source>a quoted cell goes on after its closing quote (write "" for a quote inside a cell)</source>
        <translation>خانه‌ای پس از گیومهٔ پایانی‌اش ادامه دارد (برای گیومه درون خانه "" بنویسید)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="284"/>
        <source>a quoted cell opened here is never closed (lines {first}-{last})</source>
        <translation>خانه‌ای که اینجا با گیومه باز شده هرگز بسته نمی‌شود (سطرهای {first} تا {last})</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="147"/>
        <source>a title and an event belong to the whole batch: leave out the photo ids</source>
        <translation>عنوان و رویداد از آنِ کل مجموعه‌اند: شمارهٔ عکس‌ها را نیاورید</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="104"/>
        <source>audit log entry {entry}: does not follow the entry before it (an entry was removed or inserted)</source>
        <translation>مدخل {entry} گزارش ممیزی: پس از مدخل پیشین نمی‌آید (مدخلی برداشته یا افزوده شده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="228"/>
        <source>audit log entry {entry}: it is gone, but the record hashes it wrote remain (it was removed)</source>
        <translation>مدخل {entry} گزارش ممیزی: نیست، اما چکیده‌های رکوردی که نوشته مانده‌اند (برداشته شده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="107"/>
        <source>audit log entry {entry}: its content does not match its hash (it was altered)</source>
        <translation>مدخل {entry} گزارش ممیزی: محتوایش با چکیده‌اش نمی‌خواند (دست‌کاری شده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="225"/>
        <source>audit log entry {entry}: record hashes were added to it outside the program</source>
        <translation>مدخل {entry} گزارش ممیزی: بیرون از برنامه چکیدهٔ رکورد به آن افزوده شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="222"/>
        <source>audit log entry {entry}: the record hashes it wrote were altered</source>
        <translation>مدخل {entry} گزارش ممیزی: چکیده‌های رکوردی که نوشته دست‌کاری شده‌اند</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="121"/>
        <source>audit log: its head (the record of the newest entry) is missing; it was removed</source>
        <translation>گزارش ممیزی: سرِ آن (نشانی تازه‌ترین مدخل) نیست؛ برداشته شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="129"/>
        <source>audit log: its head does not match the newest entry {newest} (the log or the head was altered)</source>
        <translation>گزارش ممیزی: سرِ آن با تازه‌ترین مدخل ({newest}) نمی‌خواند (گزارش یا سرِ آن دست‌کاری شده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="127"/>
        <source>audit log: the newest entries were removed (the log ends at entry {newest}, its head names entry {head})</source>
        <translation>گزارش ممیزی: تازه‌ترین مدخل‌ها برداشته شده‌اند (گزارش در مدخل {newest} پایان می‌یابد و سرِ آن مدخل {head} را نام می‌برد)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="145"/>
        <source>audit log: the protective trigger {name} is missing (it was dropped)</source>
        <translation>گزارش ممیزی: ماشهٔ نگهبان {name} نیست (برداشته شده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/audit.py" line="147"/>
        <source>audit log: the protective trigger {name} was changed</source>
        <translation>گزارش ممیزی: ماشهٔ نگهبان {name} تغییر کرده است</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="65"/>
        <source>by must be one of {kinds}, not {by!r}</source>
        <translation>تفکیک باید یکی از {kinds} باشد، نه «{by}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/store.py" line="114"/>
        <source>cannot be decoded</source>
        <translation>گشوده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="124"/>
        <source>cannot be read ({reason})</source>
        <translation>خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="110"/>
        <source>cannot be read as a zip archive: {reason}</source>
        <translation>به‌صورت پروندهٔ زیپ خوانده نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="112"/>
        <source>cannot be read: it is now a folder</source>
        <translation>خوانده نمی‌شود: اکنون پوشه است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="110"/>
        <source>cannot be read: permission denied</source>
        <translation>خوانده نمی‌شود: اجازهٔ دسترسی نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="166"/>
        <location filename="../../press_archive/media/worker.py" line="120"/>
        <source>cannot be read: {reason}</source>
        <translation>خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/codes.py" line="73"/>
        <source>code {code!r} must be 1-40 characters without spaces or backslashes</source>
        <translation>کد «{code}» باید ۱ تا ۴۰ نویسه، بی فاصله و بی ممیز وارو باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="196"/>
        <location filename="../../press_archive/media/worker.py" line="271"/>
        <source>could not write the copy into the archive: {reason}</source>
        <translation>رونوشت در بایگانی نوشته نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="206"/>
        <source>damaged image data: {detail}</source>
        <translation>دادهٔ تصویر آسیب دیده است: {detail}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="187"/>
        <source>damaged image header: the image has no pixels</source>
        <translation>سرآیند تصویر آسیب دیده است: تصویر هیچ پیکسلی ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="182"/>
        <source>damaged image header: {detail}</source>
        <translation>سرآیند تصویر آسیب دیده است: {detail}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="102"/>
        <source>damaged: a segment at offset {offset} has an impossible length</source>
        <translation>آسیب‌دیده: بخشی در جایگاه {offset} درازای ناممکنی دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="99"/>
        <source>damaged: the JPEG has no image data</source>
        <translation>آسیب‌دیده: JPEG دادهٔ تصویر ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="28"/>
        <source>damaged: the frame header describes no pixels</source>
        <translation>آسیب‌دیده: سرآیند قاب هیچ پیکسلی را وصف نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="25"/>
        <source>damaged: the frame header is cut short</source>
        <translation>آسیب‌دیده: سرآیند قاب ناتمام است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="116"/>
        <source>damaged: the header claims {width}x{height} pixels but the image data is far too small for that (a lying header or a truncated file)</source>
        <translation>آسیب‌دیده: سرآیند از {width}×{height} پیکسل می‌گوید اما دادهٔ تصویر برای آن بسیار کم است (سرآیندی نادرست یا پرونده‌ای بریده)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="84"/>
        <source>damaged: unexpected bytes at offset {offset} and no image data after them</source>
        <translation>آسیب‌دیده: بایت‌های نابه‌جا در جایگاه {offset} و پس از آن‌ها دادهٔ تصویری نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/settings.py" line="25"/>
        <source>database: broken link in {table} row {row} to {target}</source>
        <translation>پایگاه داده: پیوند شکسته در {table}، ردیف {row}، به {target}</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/settings.py" line="24"/>
        <source>database: {detail}</source>
        <translation>پایگاه داده: {detail}</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="198"/>
        <location filename="../../press_archive/domain/jalali.py" line="301"/>
        <source>day must be at least 1</source>
        <translation>روز دست‌کم باید ۱ باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="256"/>
        <source>decoder: {text}</source>
        <translation>رمزگشا: {text}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="378"/>
        <source>expected a JSON object, got {what}</source>
        <translation>شیء JSON انتظار می‌رفت، اما {what} آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="322"/>
        <source>expected a date such as 1394/12/29 or 2016-03-19, got {kind}</source>
        <translation>تاریخی مانند ۱۳۹۴/۱۲/۲۹ یا ۲۰۱۶-۰۳-۱۹ انتظار می‌رفت، اما {kind} آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="310"/>
        <source>expected a list of text</source>
        <translation>فهرستی از متن انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="313"/>
        <source>expected a list or comma-separated text, got {kind}</source>
        <translation>فهرست یا متنی جداشده با ویرگول انتظار می‌رفت، اما {kind} آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="269"/>
        <source>expected a number, got true/false</source>
        <translation>عدد انتظار می‌رفت، اما درست/نادرست آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="279"/>
        <source>expected a number, got {kind}</source>
        <translation>عدد انتظار می‌رفت، اما {kind} آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="281"/>
        <location filename="../../press_archive/domain/records.py" line="277"/>
        <source>expected a number, got {value!r}</source>
        <translation>عدد انتظار می‌رفت، اما «{value}» آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="287"/>
        <source>expected a whole number, got {value!r}</source>
        <translation>عدد درست انتظار می‌رفت، اما «{value}» آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="334"/>
        <source>expected one of {choices}</source>
        <translation>یکی از این‌ها انتظار می‌رفت: {choices}</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="298"/>
        <source>expected text, got a number</source>
        <translation>متن انتظار می‌رفت، اما عدد آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="296"/>
        <source>expected text, got {kind}</source>
        <translation>متن انتظار می‌رفت، اما {kind} آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/export.py" line="66"/>
        <source>files {files!r}: choose one of {choices}</source>
        <translation>پرونده‌ها «{files}»: یکی از {choices} را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="272"/>
        <source>has {cells} cells but the header has {columns} columns</source>
        <translation>{cells} خانه دارد اما سطر سرستون {columns} ستون دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="383"/>
        <source>holds no visible character (only spaces, bidi marks or zero-width characters)</source>
        <translation>هیچ نویسهٔ دیدنی‌ای ندارد (فقط فاصله، نشانهٔ جهت یا نویسهٔ بی‌پهنا)</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="316"/>
        <source>hour must be 0-23</source>
        <translation>ساعت باید از ۰ تا ۲۳ باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="149"/>
        <source>is a binary file, not JSON Lines or CSV</source>
        <translation>پرونده‌ای دودویی است، نه JSON Lines یا CSV</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="122"/>
        <source>is a folder, not a file</source>
        <translation>پوشه است، نه پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/store.py" line="100"/>
        <location filename="../../press_archive/services/imports.py" line="151"/>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/store.py" line="98"/>
        <source>is missing</source>
        <translation>نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="194"/>
        <source>is not JSON Lines: no line holds a JSON object</source>
        <translation>JSON Lines نیست: هیچ سطری شیء JSON ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="143"/>
        <source>is not UTF-8 text (byte {byte}); save it as UTF-8 and import again</source>
        <translation>متن UTF-8 نیست (بایت {byte})؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="132"/>
        <source>is not UTF-8 text, and reads as nonsense in UTF-16; save it as UTF-8 and import again</source>
        <translation>متن UTF-8 نیست و با یونیکد شانزده‌بیتی هم بی‌معنا خوانده می‌شود؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/store.py" line="106"/>
        <source>is not a complete JPEG</source>
        <translation>JPEG کاملی نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="389"/>
        <location filename="../../press_archive/domain/records.py" line="371"/>
        <location filename="../../press_archive/services/records.py" line="92"/>
        <source>is required but empty</source>
        <translation>لازم است اما خالی است</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="364"/>
        <source>is required but missing</source>
        <translation>لازم است اما نیامده</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/codes.py" line="45"/>
        <source>keyword {keyword!r} cannot be added and removed at once</source>
        <translation>کلیدواژهٔ «{keyword}» را نمی‌توان هم‌زمان افزود و برداشت</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="287"/>
        <source>malformed CSV: {what}; this row is skipped, the rows after it are read</source>
        <translation>CSV نادرست: {what}؛ از این سطر گذشتیم و سطرهای پس از آن خوانده شدند</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="189"/>
        <source>malformed JSON ({reason} at column {column})</source>
        <translation>JSON نادرست ({reason} در ستون {column})</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="318"/>
        <source>minute must be 0-59</source>
        <translation>دقیقه باید از ۰ تا ۵۹ باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="196"/>
        <location filename="../../press_archive/domain/jalali.py" line="298"/>
        <source>month must be 1-12</source>
        <translation>ماه باید از ۱ تا ۱۲ باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="283"/>
        <source>must not be negative, got {value!r}</source>
        <translation>نباید منفی باشد، اما «{value}» آمد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/importing.py" line="195"/>
        <source>name at least one folder, zip file or photo to import</source>
        <translation>دست‌کم یک پوشه، پروندهٔ زیپ یا عکس برای ورود نام ببرید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/importing.py" line="183"/>
        <source>name the photographer who replaces the one in every photo's metadata</source>
        <translation>عکاسی را نام ببرید که به جای عکاسِ فرادادهٔ همهٔ عکس‌ها می‌نشیند</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/records.py" line="39"/>
        <source>no event with ref {ref!r}</source>
        <translation>رویدادی با شناسهٔ «{ref}» نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/common.py" line="94"/>
        <source>no event with ref {ref!r} (import or add the event first)</source>
        <translation>رویدادی با شناسهٔ «{ref}» نیست (نخست رویداد را وارد کنید یا بیفزایید)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/common.py" line="85"/>
        <source>no photo batch with id or ref {batch!r}</source>
        <translation>مجموعهٔ عکسی با شماره یا شناسهٔ «{batch}» نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="142"/>
        <source>no photo with id {id}</source>
        <translation>عکسی با شمارهٔ {id} نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="120"/>
        <source>no such file</source>
        <translation>چنین پرونده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="74"/>
        <source>not a JPEG: it does not start with the JPEG start marker</source>
        <translation>JPEG نیست: با نشانهٔ آغاز JPEG شروع نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="180"/>
        <source>not a readable image: the decoder does not recognise its contents</source>
        <translation>تصویری خواندنی نیست: رمزگشا محتوایش را نمی‌شناسد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="71"/>
        <source>not an image: it holds text</source>
        <translation>تصویر نیست: متن دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="67"/>
        <source>not an image: it is a PDF document</source>
        <translation>تصویر نیست: سند PDF است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="65"/>
        <source>not an image: it is a zip archive</source>
        <translation>تصویر نیست: پروندهٔ زیپ است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="62"/>
        <source>not an image: the file holds only zero bytes (a failed or unfinished copy?)</source>
        <translation>تصویر نیست: پرونده فقط بایت صفر دارد (رونوشتی ناموفق یا نیمه‌کاره؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="60"/>
        <source>not an image: the file is empty (0 bytes)</source>
        <translation>تصویر نیست: پرونده خالی است (۰ بایت)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/formats.py" line="72"/>
        <source>not an image: the file type is not recognised</source>
        <translation>تصویر نیست: نوع پرونده شناخته نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/importing.py" line="230"/>
        <source>not enough free space on the archive's disk: these photos need about {needed} MB and {free} MB are free; nothing was imported</source>
        <translation>جای خالی دیسک بایگانی بس نیست: این عکس‌ها نزدیک {needed} مگابایت می‌خواهند و {free} مگابایت خالی است؛ چیزی وارد نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="149"/>
        <source>nothing to change: give keywords to add or remove, a caption, a photographer, a place, people, a rating, a pick or a reject</source>
        <translation>چیزی برای تغییر نیست: کلیدواژه‌ای برای افزودن یا برداشتن، شرح، عکاس، مکان، اشخاص، امتیاز، گزینش یا رد بدهید</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="317"/>
        <location filename="../../press_archive/search/query.py" line="475"/>
        <source>nothing to search for: type one or more words (wildcards such as * are not supported)</source>
        <translation>چیزی برای جست‌وجو نیست: یک یا چند واژه بنویسید (نشانه‌هایی مانند * پشتیبانی نمی‌شوند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="221"/>
        <source>part of the EXIF block is damaged: capture time and lens were not read</source>
        <translation>بخشی از بلوک EXIF آسیب دیده است: زمان عکاسی و لنز خوانده نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/users.py" line="24"/>
        <source>people and roles belong to a server archive (--archive postgresql://...); a folder archive is whoever can open the folder</source>
        <translation>افراد و نقش‌ها از آنِ بایگانی سرور است (--archive postgresql://...)؛ بایگانی پوشه‌ای از آنِ هر کسی است که بتواند پوشه را باز کند</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/care.py" line="74"/>
        <source>period counters: {count} day(s) out of step with the records</source>
        <translation>شمارنده‌های دوره: {count} روز با رکوردها هم‌خوان نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/common.py" line="87"/>
        <location filename="../../press_archive/services/photos/importing.py" line="209"/>
        <source>photo batch {batch!r} is in the trash; restore it first</source>
        <translation>مجموعهٔ عکس «{batch}» در سطل زباله است؛ نخست آن را بازگردانید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="144"/>
        <source>photo {id} belongs to batch {owner}, not to batch {batch}</source>
        <translation>عکس {id} از مجموعهٔ {owner} است، نه از مجموعهٔ {batch}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/export.py" line="79"/>
        <source>photo {id} is not in batch {batch}</source>
        <translation>عکس {id} در مجموعهٔ {batch} نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="28"/>
        <source>photo {photo} ({name}): the {size} px thumbnail {problem}</source>
        <translation>عکس {photo} ({name}): تصویرک {size} پیکسلی {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="26"/>
        <source>photo {photo} ({name}): {problem}</source>
        <translation>عکس {photo} ({name}): {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="36"/>
        <source>photo {photo} ({name}, its raw file): {problem}</source>
        <translation>عکس {photo} ({name}، پروندهٔ خامش): {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/tagging.py" line="103"/>
        <source>rating must be a whole number from 0 to 5, not {rating!r}</source>
        <translation>امتیاز باید عددی درست از ۰ تا ۵ باشد، نه «{rating}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="360"/>
        <source>read as {encoding} ({how}), not UTF-8</source>
        <translation>با {encoding} خوانده شد ({how})، نه UTF-8</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="146"/>
        <source>refused: compressed {ratio}:1, far beyond any photo (a zip bomb?)</source>
        <translation>پذیرفته نشد: فشرده‌سازی {ratio} به ۱، بسیار فراتر از هر عکس (بمب زیپ؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="247"/>
        <source>refused: decoding it needs more memory than a photo may take</source>
        <translation>پذیرفته نشد: گشودنش بیش از حافظه‌ای که یک عکس می‌تواند بگیرد لازم دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="85"/>
        <source>refused: its name holds a NUL byte</source>
        <translation>پذیرفته نشد: نامش بایت NUL دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="90"/>
        <source>refused: its path holds '..' (it would escape the zip's folder)</source>
        <translation>پذیرفته نشد: مسیرش «..» دارد (از پوشهٔ زیپ بیرون می‌زند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="88"/>
        <source>refused: its path is absolute (it would escape the zip's folder)</source>
        <translation>پذیرفته نشد: مسیرش مطلق است (از پوشهٔ زیپ بیرون می‌زند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="255"/>
        <source>refused: larger than any photo (limit {megabytes} MB)</source>
        <translation>پذیرفته نشد: بزرگ‌تر از هر عکس (سقف {megabytes} مگابایت)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="197"/>
        <source>refused: more than {megapixels} megapixels (a decompression bomb?)</source>
        <translation>پذیرفته نشد: بیش از {megapixels} مگاپیکسل (بمب فشرده‌سازی؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="169"/>
        <source>refused: not a regular file (a device, pipe or socket)</source>
        <translation>پذیرفته نشد: پرونده‌ای معمولی نیست (دستگاه، لوله یا سوکت)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="177"/>
        <source>refused: the image claims more than {megapixels} megapixels (a decompression bomb or a damaged header) [{detail}]</source>
        <translation>پذیرفته نشد: تصویر ادعا می‌کند بیش از {megapixels} مگاپیکسل است (بمب فشرده‌سازی یا سرآیند آسیب‌دیده) [{detail}]</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="135"/>
        <source>refused: the zip entry is a symbolic link</source>
        <translation>پذیرفته نشد: این بخش زیپ پیوند نمادین است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="138"/>
        <source>refused: the zip entry is encrypted</source>
        <translation>پذیرفته نشد: این بخش زیپ رمزگذاری شده است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="264"/>
        <source>refused: the zip entry unpacks to more than its header says (a zip bomb?)</source>
        <translation>پذیرفته نشد: این بخش زیپ بیش از آنچه سرآیندش می‌گوید باز می‌شود (بمب زیپ؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="113"/>
        <source>refused: the zip holds {count} entries (limit {most})</source>
        <translation>پذیرفته نشد: زیپ {count} بخش دارد (سقف {most})</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="150"/>
        <source>refused: the zip unpacks to more than {gigabytes} GB (a zip bomb?)</source>
        <translation>پذیرفته نشد: زیپ به بیش از {gigabytes} گیگابایت باز می‌شود (بمب زیپ؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="157"/>
        <source>refused: {megabytes} MB is larger than any photo (limit {most} MB)</source>
        <translation>پذیرفته نشد: {megabytes} مگابایت از هر عکسی بزرگ‌تر است (سقف {most} مگابایت)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="215"/>
        <source>search index: missing</source>
        <translation>نمایهٔ جست‌وجو: نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="220"/>
        <source>search index: the file {name} is damaged (its content differs from what its commit wrote)</source>
        <translation>نمایهٔ جست‌وجو: پروندهٔ {name} آسیب دیده است (محتوایش با آنچه هنگام ثبت نوشته شد فرق دارد)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="217"/>
        <source>search index: unreadable or built by another analyzer version</source>
        <translation>نمایهٔ جست‌وجو: خوانده نمی‌شود یا با نسخهٔ دیگری از تحلیل‌گر ساخته شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="225"/>
        <source>search index: {count} change(s) not applied yet</source>
        <translation>نمایهٔ جست‌وجو: {count} تغییر هنوز اعمال نشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="234"/>
        <source>search index: {count} entr(ies) for records that are gone, e.g. {examples}</source>
        <translation>نمایهٔ جست‌وجو: {count} مدخل برای رکوردهایی که دیگر نیستند، مانند {examples}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/indexing.py" line="231"/>
        <source>search index: {count} record(s) missing, e.g. {examples}</source>
        <translation>نمایهٔ جست‌وجو: {count} رکورد نیست، مانند {examples}</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="320"/>
        <source>second must be 0-59</source>
        <translation>ثانیه باید از ۰ تا ۵۹ باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/care.py" line="65"/>
        <source>stray file: {path}</source>
        <translation>پروندهٔ سرگردان: {path}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="214"/>
        <source>the EXIF block is damaged: capture time, camera and orientation were not read</source>
        <translation>بلوک EXIF آسیب دیده است: زمان عکاسی، دوربین و جهت خوانده نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="430"/>
        <location filename="../../press_archive/media/metadata.py" line="428"/>
        <source>the IPTC block is damaged and was not read</source>
        <translation>بلوک IPTC آسیب دیده است و خوانده نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="532"/>
        <source>the XMP block is damaged and was not read</source>
        <translation>بلوک XMP آسیب دیده است و خوانده نشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/metadata.py" line="524"/>
        <source>the XMP block was not read (too large or with XML entity declarations)</source>
        <translation>بلوک XMP خوانده نشد (بیش از اندازه بزرگ یا با تعریف موجودیت XML)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/database.py" line="41"/>
        <source>the archive at {where} is read-only (a read-only disk or mount): nothing was changed</source>
        <translation>بایگانی در {where} فقط‌خواندنی است (دیسک یا پوشهٔ فقط‌خواندنی)؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/database.py" line="160"/>
        <source>the archive is busy with another program's write; try again</source>
        <translation>برنامهٔ دیگری در حال نوشتن در بایگانی است؛ دوباره تلاش کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/database.py" line="60"/>
        <source>the archive's database in {folder} is damaged ({detail}); run 'check', or restore the last backup into a new folder</source>
        <translation>پایگاه دادهٔ بایگانی در {folder} آسیب دیده است ({detail})؛ «check» را اجرا کنید یا آخرین پشتیبان را در پوشه‌ای نو بازگردانید</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="195"/>
        <location filename="../../press_archive/media/worker.py" line="270"/>
        <source>the archive's disk is full</source>
        <translation>دیسک بایگانی پر است</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/database.py" line="50"/>
        <source>the disk is full at {where}: nothing was half-written; free some space and run it again</source>
        <translation>دیسک در {where} پر است؛ چیزی نیمه‌کاره نوشته نشد؛ کمی جا باز کنید و دوباره اجرا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="108"/>
        <source>the file disappeared before it could be read</source>
        <translation>پرونده پیش از خوانده شدن ناپدید شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/render.py" line="222"/>
        <source>the file holds {frames} frames; the archive shows the first</source>
        <translation>پرونده {frames} قاب دارد؛ بایگانی نخستین را نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="276"/>
        <source>the file is a {format} but is named {suffix}</source>
        <translation>پرونده {format} است اما نامش {suffix} است</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="53"/>
        <source>the original cannot be read ({reason}): {path}</source>
        <translation>اصل عکس خوانده نمی‌شود ({reason}): {path}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="51"/>
        <source>the original does not match its hash (damaged): {path}</source>
        <translation>اصل عکس با چکیده‌اش نمی‌خواند (آسیب دیده): {path}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="47"/>
        <source>the original has {size} bytes, {expected} expected: {path}</source>
        <translation>اصل عکس {size} بایت است، {expected} بایت انتظار می‌رفت: {path}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/care.py" line="45"/>
        <source>the original is missing: {path}</source>
        <translation>اصل عکس نیست: {path}</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="313"/>
        <source>the query has too many words (at most {most})</source>
        <translation>جست‌وجو واژه‌های بیش از اندازه دارد (دست‌بالا {most})</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="306"/>
        <source>the query is too long ({length} characters; at most {most})</source>
        <translation>جست‌وجو بیش از اندازه بلند است ({length} نویسه؛ دست‌بالا {most})</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="304"/>
        <source>the query must be text</source>
        <translation>جست‌وجو باید متن باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/raw.py" line="78"/>
        <source>the raw file's own metadata is damaged: the preview's was read</source>
        <translation>فرادادهٔ خودِ پروندهٔ خام آسیب دیده است: فرادادهٔ پیش‌نمایش خوانده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/search.py" line="63"/>
        <source>the search index is being rebuilt; these results come from a plain search of the database</source>
        <translation>نمایهٔ جست‌وجو در حال بازسازی است؛ تا آن زمان این نتیجه‌ها از جست‌وجوی سادهٔ پایگاه داده می‌آیند</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/copying.py" line="50"/>
        <source>the source and the target are the same archive</source>
        <translation>مبدأ و مقصد یک بایگانی‌اند</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/copying.py" line="90"/>
        <source>the target already holds another archive's {table} (e.g. {example!r}); copy into a new or empty archive</source>
        <translation>مقصد از پیش {table} بایگانی دیگری را دارد (مانند «{example}»)؛ در بایگانی‌ای نو یا خالی رونوشت کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/copying.py" line="95"/>
        <source>the target's audit log is not a beginning of this archive's: it holds another archive's history; copy into a new or empty archive</source>
        <translation>دفتر رویدادهای مقصد آغاز دفتر این بایگانی نیست: تاریخچهٔ بایگانی دیگری را دارد؛ در بایگانی‌ای نو یا خالی رونوشت کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="56"/>
        <source>the window is empty: {start} is after {end}</source>
        <translation>بازه خالی است: {start} پس از {end} است</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="260"/>
        <source>the zip archive changed while it was being imported</source>
        <translation>پروندهٔ زیپ در میانهٔ ورود تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="118"/>
        <source>the zip entry cannot be read: {reason}</source>
        <translation>این بخش زیپ خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="116"/>
        <source>the zip entry cannot be unpacked: {reason}</source>
        <translation>این بخش زیپ باز نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="114"/>
        <source>the zip entry is damaged: {reason}</source>
        <translation>این بخش زیپ آسیب دیده است: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="224"/>
        <source>this folder cannot be read: {reason}</source>
        <translation>این پوشه خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="245"/>
        <source>too many parentheses inside each other (at most {most} levels)</source>
        <translation>پرانتزهای تودرتو بیش از اندازه است (دست‌بالا {most} لایه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="233"/>
        <source>truncated: the PNG file stops before its end marker (half-copied?)</source>
        <translation>ناقص: پروندهٔ PNG پیش از نشانهٔ پایانش تمام می‌شود (نیمه‌کاره رونوشت شده؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="78"/>
        <location filename="../../press_archive/media/jpeg.py" line="93"/>
        <source>truncated: the file ends before its image data (half-copied?)</source>
        <translation>بریده: پرونده پیش از دادهٔ تصویرش تمام می‌شود (نیمه‌رونوشت؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="114"/>
        <location filename="../../press_archive/media/render.py" line="204"/>
        <source>truncated: the image data stops before the end of the picture (half-copied?)</source>
        <translation>ناقص: دادهٔ تصویر پیش از پایان تصویر تمام می‌شود (نیمه‌کاره رونوشت شده؟)</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="345"/>
        <source>unknown field {name!r} ignored</source>
        <translation>فیلد ناشناختهٔ «{name}» نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="84"/>
        <source>unknown report format {format!r}: use {formats}</source>
        <translation>قالب گزارش ناشناخته است: «{format}»؛ یکی از {formats}</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="416"/>
        <source>unknown type "{value}" (one of {types})</source>
        <translation>نوع ناشناختهٔ «{value}» (یکی از {types})</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="224"/>
        <source>unsupported format: AVIF cannot be decoded by this installation; export it as JPEG</source>
        <translation>قالب پشتیبانی‌نشده: AVIF در این نصب گشوده نمی‌شود؛ آن را JPEG کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/worker.py" line="218"/>
        <source>unsupported format: {format} (Apple/Android high-efficiency photo) cannot be decoded here; export it as JPEG and import that</source>
        <translation>قالب پشتیبانی‌نشده: {format} (عکس پربازده اپل/اندروید) اینجا گشوده نمی‌شود؛ آن را JPEG کنید و آن را وارد کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="194"/>
        <source>year must be {first}-{last}</source>
        <translation>سال باید از {first} تا {last} باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/search/query.py" line="422"/>
        <source>year:{value} is not a year (e.g. year:1394)</source>
        <translation>year:{value} سال نیست (مانند year:۱۳۹۴)</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/jpeg.py" line="87"/>
        <source>{count} stray bytes at offset {offset} between JPEG segments were skipped</source>
        <translation>{count} بایت نابه‌جا در جایگاه {offset} میان بخش‌های JPEG نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="43"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="41"/>
        <source>{file}:{line}: {problem}</source>
        <translation>{file}، سطر {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/export.py" line="87"/>
        <source>{folder}: cannot make the folder: {reason}</source>
        <translation>{folder}: پوشه ساخته نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/photos/export.py" line="83"/>
        <source>{folder}: export to a folder outside the archive</source>
        <translation>{folder}: به پوشه‌ای بیرون از بایگانی برون‌بری کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="201"/>
        <location filename="../../press_archive/domain/jalali.py" line="306"/>
        <source>{month_name} {year} has {days} days</source>
        <translation>ماه {month} سال {year} {days} روز دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/users.py" line="35"/>
        <source>{name} is already a person of this archive ({role})</source>
        <translation>{name} از پیش در این بایگانی است ({role})</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/users.py" line="47"/>
        <source>{name} is not a person of this archive</source>
        <translation>{name} در این بایگانی نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="108"/>
        <source>{path} exists and is not a folder</source>
        <translation>{path} هست و پوشه نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="87"/>
        <source>{path} is a folder: give the report's file name, e.g. {example}</source>
        <translation>{path} پوشه است: نام پروندهٔ گزارش را بدهید، مانند {example}</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="165"/>
        <source>{path} is not a press archive backup (no {database})</source>
        <translation>{path} پشتیبان بایگانی روابط عمومی نیست ({database} ندارد)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="110"/>
        <source>{path} is not empty and holds no earlier backup; choose an empty folder</source>
        <translation>{path} خالی نیست و پشتیبان پیشینی هم ندارد؛ پوشه‌ای خالی برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="167"/>
        <source>{path} is not empty: restore goes into a new or empty folder only</source>
        <translation>{path} خالی نیست: بازگردانی فقط در پوشه‌ای تازه یا خالی انجام می‌شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="116"/>
        <source>{path} is on a read-only disk: choose a writable folder for the backup</source>
        <translation>{path} روی دیسکی فقط‌خواندنی است: برای پشتیبان پوشه‌ای نوشتنی برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="106"/>
        <source>{path}: a backup cannot go inside the archive itself</source>
        <translation>{path}: پشتیبان نمی‌تواند درون خود بایگانی باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="198"/>
        <source>{path}: an original named in the backup is missing</source>
        <translation>{path}: اصل عکسی که پشتیبان نام می‌برد نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="55"/>
        <source>{path}: an original named in the database is missing (run check)</source>
        <translation>{path}: اصل عکسی که پایگاه داده نام می‌برد نیست (بررسی بایگانی را اجرا کنید)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="121"/>
        <source>{path}: cannot write in {folder} ({reason})</source>
        <translation>{path}: در {folder} نمی‌توان نوشت ({reason})</translation>
    </message>
    <message>
        <location filename="../../press_archive/media/sources.py" line="220"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: چنین پرونده یا پوشه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="170"/>
        <source>{path}: the backup's database is damaged ({detail})</source>
        <translation>{path}: پایگاه دادهٔ پشتیبان آسیب دیده است ({detail})</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/backup.py" line="64"/>
        <source>{path}: the copy does not match the archive's hash (the original may be damaged; run check)</source>
        <translation>{path}: رونوشت با چکیدهٔ بایگانی نمی‌خواند (شاید اصل آسیب دیده باشد؛ بررسی بایگانی را اجرا کنید)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="93"/>
        <source>{path}: the file exists and cannot be overwritten</source>
        <translation>{path}: پرونده هست و نمی‌توان رویش نوشت</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/reports.py" line="91"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: پوشهٔ {folder} نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="268"/>
        <source>{record}: added outside the program (audit entry {entry} removed it)</source>
        <translation>{record}: بیرون از برنامه افزوده شده (مدخل {entry} گزارش ممیزی آن را برداشته بود)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="265"/>
        <source>{record}: added outside the program (no audit entry wrote it)</source>
        <translation>{record}: بیرون از برنامه افزوده شده (هیچ مدخل ممیزی آن را ننوشته)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="271"/>
        <source>{record}: changed outside the program (it differs from what audit entry {entry} wrote)</source>
        <translation>{record}: بیرون از برنامه تغییر کرده (با آنچه مدخل {entry} گزارش ممیزی نوشت فرق دارد)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/records.py" line="277"/>
        <source>{record}: field '{field}': {value} is outside the years a record can have (Jalali {first}-{last}); correct or delete it</source>
        <translation>{record}، فیلد «{field}»: {value} بیرون از سال‌هایی است که یک رکورد می‌تواند داشته باشد (خورشیدی {first} تا {last})؛ آن را درست یا حذف کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/seals.py" line="252"/>
        <source>{record}: removed outside the program (audit entry {entry} last wrote it)</source>
        <translation>{record}: بیرون از برنامه حذف شده (آخرین بار مدخل {entry} گزارش ممیزی آن را نوشت)</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/imports.py" line="395"/>
        <source>{ref!r} appears again in this file (first on line {line})</source>
        <translation>«{ref}» دوباره در این پرونده آمده است (نخستین بار در سطر {line})</translation>
    </message>
    <message>
        <location filename="../../press_archive/services/records.py" line="70"/>
        <location filename="../../press_archive/services/records.py" line="96"/>
        <source>{ref!r} is already used by another {kind} record</source>
        <translation>شناسهٔ «{ref}» را رکورد دیگری از همین نوع دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="282"/>
        <source>{text!r} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)</source>
        <translation>«{text}» تاریخ نیست: مانند ۱۳۹۴/۱۲/۲۹ (خورشیدی) یا ۲۰۱۶-۰۳-۱۹ (میلادی) بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="287"/>
        <source>{text} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)</source>
        <translation>{text} تاریخ نیست: مانند ۱۳۹۴/۱۲/۲۹ (خورشیدی) یا ۲۰۱۶-۰۳-۱۹ (میلادی) بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="316"/>
        <location filename="../../press_archive/domain/jalali.py" line="318"/>
        <location filename="../../press_archive/domain/jalali.py" line="320"/>
        <location filename="../../press_archive/domain/jalali.py" line="212"/>
        <location filename="../../press_archive/domain/jalali.py" line="294"/>
        <location filename="../../press_archive/domain/jalali.py" line="298"/>
        <location filename="../../press_archive/domain/jalali.py" line="300"/>
        <location filename="../../press_archive/domain/jalali.py" line="306"/>
        <source>{text} is not a date: {problem}</source>
        <translation>{text} تاریخ نیست: {problem}</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/jalali.py" line="346"/>
        <source>{text} is outside the years a record can have: Jalali {first}-{last} ({first_gregorian}-{last_gregorian} in the Gregorian calendar)</source>
        <translation>{text} بیرون از سال‌هایی است که یک رکورد می‌تواند داشته باشد: خورشیدی {first} تا {last} ({first_gregorian} تا {last_gregorian} میلادی)</translation>
    </message>
    <message>
        <location filename="../../press_archive/domain/records.py" line="339"/>
        <source>{value!r} is not one of {choices}</source>
        <translation>«{value}» یکی از این‌ها نیست: {choices}</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/archive.py" line="80"/>
        <source>{where} (it was written by an older version and needs an upgrade: copy it to a writable disk to open it)</source>
        <translation>{where} (با نسخهٔ قدیمی‌تری نوشته شده و باید به‌روز شود؛ برای باز کردن، آن را روی دیسکی نوشتنی رونوشت کنید)</translation>
    </message>
    <message>
        <location filename="../../press_archive/storage/archive.py" line="74"/>
        <source>{where} is not a press archive (no {database}); create one with 'press-archive --archive {where} init'</source>
        <translation>{where} بایگانی روابط عمومی نیست ({database} ندارد)؛ با 'press-archive --archive {where} init' بسازیدش</translation>
    </message>
</context>
</TS>
