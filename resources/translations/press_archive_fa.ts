<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <location filename="../../press_archive/ui/care_actions.py" line="20"/>
        <source>Back up the archive to a folder</source>
        <translation>پشتیبان‌گیری از بایگانی در یک پوشه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="27"/>
        <source>Backed up to {}: {} photos copied, {} already there</source>
        <translation>پشتیبان در {}: {} عکس رونوشت شد، {} از پیش آنجا بود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="33"/>
        <source>The backup failed: {}</source>
        <translation>پشتیبان‌گیری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="37"/>
        <source>Backing up to {}…</source>
        <translation>پشتیبان‌گیری در {}…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="49"/>
        <source>The archive is clean.</source>
        <translation>بایگانی سالم است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="51"/>
        <source>{} problems repaired, {} left</source>
        <translation>{} مشکل برطرف شد، {} مانده است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="54"/>
        <source>{} problems found in the archive. Repair what can be repaired?</source>
        <translation>{} مشکل در بایگانی پیدا شد. آنچه برطرف‌شدنی است برطرف شود؟</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="63"/>
        <source>The check failed: {}</source>
        <translation>بررسی انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="65"/>
        <source>Checking the archive…</source>
        <translation>بررسی بایگانی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/care_actions.py" line="70"/>
        <source>Check the archive</source>
        <translation>بررسی بایگانی</translation>
    </message>
</context>
<context>
    <name>CodeReplacementsDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="83"/>
        <source>Code replacements</source>
        <translation>جایگزینی کدها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="87"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="87"/>
        <source>Replaced by</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="91"/>
        <source>Add a code</source>
        <translation>افزودن کد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="93"/>
        <source>Remove the chosen code</source>
        <translation>حذف کد برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="105"/>
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
        <location filename="../../press_archive/ui/connect_dialog.py" line="39"/>
        <source>Connect to a shared archive</source>
        <translation>اتصال به بایگانی مشترک</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="50"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>خالی: از PGPASSWORD یا ‎~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="53"/>
        <source>as recorded in the archive</source>
        <translation>همان که در بایگانی ثبت شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="62"/>
        <source>Server address</source>
        <translation>نشانی کارگزار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="63"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="64"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="65"/>
        <source>Originals folder</source>
        <translation>پوشهٔ اصل عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="66"/>
        <source>The password is not kept by the program: it is asked for each time, unless PGPASSWORD or ~/.pgpass gives it. The originals folder is this desk&apos;s mount of the office&apos;s shared photos folder.</source>
        <translation>برنامه گذرواژه را نگه نمی‌دارد: هر بار پرسیده می‌شود، مگر آنکه PGPASSWORD یا ‎~/.pgpass آن را بدهد. پوشهٔ اصل عکس‌ها، پوشهٔ مشترک عکس‌های اداره است، آن‌گونه که روی این میز در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="74"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="90"/>
        <source>The shared originals folder</source>
        <translation>پوشهٔ مشترک اصل عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="101"/>
        <source>The server address starts with postgresql:// (for example postgresql://server/press)</source>
        <translation>نشانی کارگزار با postgresql://‎ آغاز می‌شود (برای نمونه postgresql://server/press)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/connect_dialog.py" line="128"/>
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
        <location filename="../../press_archive/ui/photo_tools.py" line="225"/>
        <source>Duplicate photos</source>
        <translation>عکس‌های تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="227"/>
        <source>Looking for duplicates…</source>
        <translation>در حال یافتن تکراری‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="246"/>
        <source>Could not look for duplicates: {}</source>
        <translation>یافتن تکراری‌ها انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="250"/>
        <source>{} groups of duplicates</source>
        <translation>{} گروه تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="251"/>
        <source>No duplicates in the archive.</source>
        <translation>در بایگانی عکس تکراری نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="253"/>
        <source>The same image data</source>
        <translation>دادهٔ تصویری یکسان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="253"/>
        <source>Visually the same</source>
        <translation>از نظر دیداری یکسان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="274"/>
        <source>Keep the chosen, reject the others</source>
        <translation>نگه‌داشتن انتخاب‌شده، رد بقیه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="276"/>
        <source>Reject the chosen</source>
        <translation>رد انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="313"/>
        <source>Keep one of {} duplicates</source>
        <translation>نگه‌داشتن یکی از {} عکس تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="314"/>
        <source>Reject {} photos</source>
        <translation>رد {} عکس</translation>
    </message>
</context>
<context>
    <name>EmptyArchiveGuide</name>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="59"/>
        <source>The archive is empty</source>
        <translation>بایگانی خالی است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="64"/>
        <source>Import the office&apos;s news, events, interview orders or productions from JSONL or CSV files, or a folder of photos; or load the sample records to look around first.</source>
        <translation>اخبار، رویدادها، سفارش‌های مصاحبه یا تولیدات اداره را از پرونده‌های JSONL یا CSV، یا پوشه‌ای از عکس‌ها وارد کنید؛ یا برای آشنایی، نخست رکوردهای نمونه را بار کنید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="67"/>
        <source>Import records…</source>
        <translation>ورود رکوردها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="68"/>
        <source>Import photos…</source>
        <translation>ورود عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="69"/>
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
        <location filename="../../press_archive/ui/editors.py" line="215"/>
        <source>Event reference</source>
        <translation>شناسهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="219"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
</context>
<context>
    <name>EventPickerDialog</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="156"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="159"/>
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
        <location filename="../../press_archive/ui/import_dialog.py" line="42"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="82"/>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="83"/>
        <source>Add folder…</source>
        <translation>افزودن پوشه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="84"/>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="94"/>
        <source>Photo batch</source>
        <translation>مجموعهٔ عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="101"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="102"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="103"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="104"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="105"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="106"/>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="113"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="113"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="113"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="113"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="118"/>
        <source>Start import</source>
        <translation>آغاز ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="121"/>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="132"/>
        <source>What to import</source>
        <translation>چه چیزی وارد شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="135"/>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="170"/>
        <source>Photos and zip files (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</source>
        <translation>عکس‌ها و پرونده‌های زیپ (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="172"/>
        <source>JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</source>
        <translation>JSON Lines یا CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="173"/>
        <source>Choose files to import</source>
        <translation>پرونده‌های ورودی را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="177"/>
        <source>Choose a folder of photos</source>
        <translation>پوشهٔ عکس‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="189"/>
        <source>Add at least one file.</source>
        <translation>دست‌کم یک پرونده بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="193"/>
        <source>Fix the date first (write it as 1403/05/12).</source>
        <translation>نخست تاریخ را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="202"/>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="239"/>
        <source>Cancelling… what is already stored stays.</source>
        <translation>در حال لغو… آنچه ذخیره شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="282"/>
        <source>Nothing was imported: {}</source>
        <translation>چیزی وارد نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="288"/>
        <source>Imported {}, updated {}, rejected {}</source>
        <translation>{} وارد شد، {} به‌روز شد، {} رد شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="292"/>
        <source>duplicates {}</source>
        <translation>{} تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="298"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>InterviewBoard</name>
    <message>
        <location filename="../../press_archive/ui/board.py" line="159"/>
        <source>overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="194"/>
        <source>An order cannot go from “{}” to “{}”; from there it can go to: {}</source>
        <translation>سفارش نمی‌تواند از «{}» به «{}» برود؛ از آنجا می‌تواند به این‌ها برود: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="204"/>
        <source>Move {} orders to: {}</source>
        <translation>انتقال {} سفارش به: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="218"/>
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
        <location filename="../../press_archive/ui/photo_tools.py" line="150"/>
        <source>Keyword vocabulary</source>
        <translation>واژگان کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="158"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="160"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="162"/>
        <source>Remove the chosen keywords</source>
        <translation>برداشتن کلیدواژه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="174"/>
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
        <location filename="../../press_archive/ui/main_window.py" line="161"/>
        <source>Press archive — {}</source>
        <translation>بایگانی روابط عمومی — {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="189"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="232"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="235"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="242"/>
        <source>Search…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="243"/>
        <source>New record…</source>
        <translation>رکورد تازه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="244"/>
        <source>Edit record…</source>
        <translation>ویرایش رکورد…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="245"/>
        <source>Delete (to the trash)</source>
        <translation>حذف (به زباله‌دان)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="246"/>
        <source>Restore from the trash</source>
        <translation>بازگردانی از زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="247"/>
        <source>Delete for good…</source>
        <translation>حذف همیشگی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="248"/>
        <source>Import records…</source>
        <translation>ورود رکوردها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="249"/>
        <source>Import photos…</source>
        <translation>ورود عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="251"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="252"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="253"/>
        <source>Back up to a folder…</source>
        <translation>پشتیبان‌گیری در یک پوشه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="254"/>
        <source>Check the archive…</source>
        <translation>بررسی بایگانی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="255"/>
        <source>Connect to a shared archive…</source>
        <translation>اتصال به بایگانی مشترک…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="257"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="258"/>
        <source>Event dossier</source>
        <translation>پروندهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="259"/>
        <source>Save this search…</source>
        <translation>ذخیرهٔ این جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="260"/>
        <source>Larger thumbnails</source>
        <translation>تصویرک بزرگ‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="261"/>
        <source>Smaller thumbnails</source>
        <translation>تصویرک کوچک‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="263"/>
        <location filename="../../press_archive/ui/main_window.py" line="663"/>
        <source>About</source>
        <translation>دربارهٔ برنامه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="264"/>
        <source>Export photos with their metadata…</source>
        <translation>خروجی عکس‌ها با اطلاعاتشان…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="266"/>
        <source>Code replacements…</source>
        <translation>جایگزینی کدها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="267"/>
        <source>Duplicate photos…</source>
        <translation>عکس‌های تکراری…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="268"/>
        <source>Keyword vocabulary…</source>
        <translation>واژگان کلیدواژه‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="270"/>
        <source>News items</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="271"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="272"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="273"/>
        <source>Interview board</source>
        <translation>تابلوی مصاحبه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="274"/>
        <source>Productions</source>
        <translation>تولیدات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="275"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="276"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="277"/>
        <location filename="../../press_archive/ui/main_window.py" line="355"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="302"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="308"/>
        <source>&amp;Photos</source>
        <translation>&amp;عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="312"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="316"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="479"/>
        <source>{} records</source>
        <translation>{} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="556"/>
        <source>{} records moved to the trash (Ctrl+Z brings them back)</source>
        <translation>{} رکورد به زباله‌دان رفت (Ctrl+Z بازمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="568"/>
        <source>Delete for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="569"/>
        <source>Delete {} records for good? This cannot be undone.</source>
        <translation>{} رکورد برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="595"/>
        <source>Importing: {} of {}</source>
        <translation>در حال ورود: {} از {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="664"/>
        <source>Press archive {}
The archive of the city press office: news items, events, photo batches, interview orders and productions.
Archive folder: {}</source>
        <translation>بایگانی روابط عمومی {}
بایگانی اخبار، رویدادها، مجموعه‌های عکس، سفارش‌های مصاحبه و تولیدات روابط عمومی شهر.
پوشهٔ بایگانی: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="703"/>
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
        <location filename="../../press_archive/ui/photo_tools.py" line="39"/>
        <source>Export the photos to a folder</source>
        <translation>خروجی عکس‌ها در یک پوشه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="60"/>
        <source>Exporting photos…</source>
        <translation>در حال خروجی گرفتن از عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="50"/>
        <source>{} photos exported to {}</source>
        <translation>{} عکس در {} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_tools.py" line="56"/>
        <source>The export failed: {}</source>
        <translation>خروجی گرفته نشد: {}</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="334"/>
        <source>Could not tag: {}</source>
        <translation>برچسب‌گذاری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="351"/>
        <source>Select two to four photos to compare them.</source>
        <translation>برای مقایسه دو تا چهار عکس را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="329"/>
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
        <location filename="../../press_archive/ui/editors.py" line="68"/>
        <source>Required</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="69"/>
        <location filename="../../press_archive/ui/editors.py" line="70"/>
        <source>Not a date: write it as 1403/05/12</source>
        <translation>تاریخ نادرست است؛ مانند ۱۴۰۳/۰۵/۱۲ بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="71"/>
        <source>This row cannot be read as CSV; the rows after it were read</source>
        <translation>این سطر به‌صورت CSV خوانده نشد؛ سطرهای پس از آن خوانده شدند</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="72"/>
        <source>This line is nested too deeply to be a record</source>
        <translation>این سطر برای یک رکورد بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="73"/>
        <source>Holds no visible character</source>
        <translation>هیچ نویسهٔ دیدنی‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="74"/>
        <source>Read in an encoding other than UTF-8</source>
        <translation>با رمزگذاری‌ای جز UTF-8 خوانده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="75"/>
        <source>A column that is not a field of this kind: ignored</source>
        <translation>ستونی که فیلد این نوع نیست: نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="77"/>
        <source>Outside the years a record can have (1200 to 1600)</source>
        <translation>بیرون از سال‌هایی که رکورد می‌تواند داشته باشد (۱۲۰۰ تا ۱۶۰۰)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="78"/>
        <location filename="../../press_archive/ui/editors.py" line="79"/>
        <source>Write a number</source>
        <translation>عدد بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="80"/>
        <source>Must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="81"/>
        <source>This reference is already used by another record</source>
        <translation>این شناسه را رکورد دیگری دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="82"/>
        <source>No event has this reference</source>
        <translation>رویدادی با این شناسه نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="83"/>
        <source>Pick one of the choices</source>
        <translation>یکی از گزینه‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="382"/>
        <source>Edit: {}</source>
        <translation>ویرایش: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="382"/>
        <source>New: {}</source>
        <translation>تازه: {}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="297"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="25"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="56"/>
        <source>Writing the report…</source>
        <translation>در حال نوشتن گزارش…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="45"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>گزارش لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="47"/>
        <source>Report written to {}</source>
        <translation>گزارش در {} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/report_export.py" line="52"/>
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
        <location filename="../../press_archive/ui/search_view.py" line="50"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="57"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="58"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="59"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="60"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="61"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="164"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="164"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="164"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="164"/>
        <source>Snippet</source>
        <translation>بریده</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="221"/>
        <source>Words, &quot;a phrase&quot;, OR, -word, title:, tag:, photographer:, speaker:, kind:</source>
        <translation>واژه‌ها، «عبارت»، OR، -واژه، title:، tag:، photographer:، speaker:، kind:</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="224"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="226"/>
        <location filename="../../press_archive/ui/search_view.py" line="248"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="227"/>
        <location filename="../../press_archive/ui/search_view.py" line="250"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="229"/>
        <source>Most relevant</source>
        <translation>مرتبط‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="230"/>
        <source>Newest first</source>
        <translation>تازه‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="240"/>
        <location filename="../../press_archive/ui/search_view.py" line="461"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="347"/>
        <source>Fix the dates first (write them as 1403/05/12).</source>
        <translation>نخست تاریخ‌ها را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="378"/>
        <source>Cannot search: {}</source>
        <translation>جست‌وجو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="387"/>
        <source>{} results ({} ms)</source>
        <translation>{} نتیجه ({} میلی‌ثانیه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="390"/>
        <source>Did you mean: {}</source>
        <translation>منظورتان این بود: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="461"/>
        <source>Name of the saved search:</source>
        <translation>نام جست‌وجوی ذخیره‌شده:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../press_archive/ui/session.py" line="116"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="172"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>نمایهٔ جست‌وجو بازسازی نشد: %1</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="186"/>
        <source>Backed up to %1</source>
        <translation>پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="187"/>
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
        <location filename="../../press_archive/ui/photos_page.py" line="78"/>
        <location filename="../../press_archive/ui/photos_page.py" line="138"/>
        <source>No photo selected</source>
        <translation>عکسی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="80"/>
        <location filename="../../press_archive/ui/photos_page.py" line="82"/>
        <location filename="../../press_archive/ui/photos_page.py" line="87"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="93"/>
        <source>Expand code replacements</source>
        <translation>جایگزینی کدها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="102"/>
        <location filename="../../press_archive/ui/photos_page.py" line="107"/>
        <source>(unchanged)</source>
        <translation>(بدون تغییر)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="103"/>
        <source>No rating</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="108"/>
        <source>Picked</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="109"/>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="110"/>
        <source>Neither picked nor rejected</source>
        <translation>نه برگزیده، نه ردشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="111"/>
        <source>Apply to selected photos</source>
        <translation>اعمال بر عکس‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="115"/>
        <source>Add keywords</source>
        <translation>افزودن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="116"/>
        <source>Remove keywords</source>
        <translation>برداشتن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="117"/>
        <source>Add people</source>
        <translation>افزودن افراد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="118"/>
        <source>Caption</source>
        <translation>شرح عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="120"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="121"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="122"/>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="123"/>
        <source>Pick</source>
        <translation>گزینش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="129"/>
        <source>Keys: 1-5 rating, P pick, X reject, U neither, Space preview, Z 100 %, C compare, Delete</source>
        <translation>کلیدها: ۱ تا ۵ امتیاز، P گزینش، X رد، U هیچ‌کدام، فاصله پیش‌نمایش، Z اندازهٔ واقعی، C مقایسه، Delete حذف</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="137"/>
        <source>{} photos selected</source>
        <translation>{} عکس انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="35"/>
        <source>Could not undo or redo: {}</source>
        <translation>واگرد یا ازنو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="177"/>
        <source>Edit “{}”</source>
        <translation>ویرایش «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="192"/>
        <source>Add “{}”</source>
        <translation>افزودن «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="218"/>
        <source>Delete {} records</source>
        <translation>حذف {} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="219"/>
        <source>Restore {} records</source>
        <translation>بازگردانی {} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="266"/>
        <source>Delete {} photos</source>
        <translation>حذف {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="60"/>
        <source>Rate {} photos</source>
        <translation>امتیاز به {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="62"/>
        <source>Pick {} photos</source>
        <translation>گزینش {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="62"/>
        <source>Unpick {} photos</source>
        <translation>لغو گزینش {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="64"/>
        <source>Reject {} photos</source>
        <translation>رد {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="66"/>
        <source>Clear the pick or reject of {} photos</source>
        <translation>برداشتن گزینش یا رد {} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="68"/>
        <source>Tag {} photos</source>
        <translation>برچسب‌گذاری {} عکس</translation>
    </message>
</context>
</TS>
