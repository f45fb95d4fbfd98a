<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="130"/>
        <source>No records in this window</source>
        <translation>در این بازه رکوردی نیست</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="36"/>
        <source>News items</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="37"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="38"/>
        <source>Press conferences</source>
        <translation>نشست‌های خبری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="39"/>
        <source>Ceremonies</source>
        <translation>مراسم</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="40"/>
        <source>Photo batches</source>
        <translation>مجموعه‌های عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="41"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="42"/>
        <source>Interview orders</source>
        <translation>سفارش‌های مصاحبه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="43"/>
        <source>Interviews aired</source>
        <translation>مصاحبه‌های پخش‌شده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="44"/>
        <source>TV minutes</source>
        <translation>دقیقهٔ تلویزیونی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="45"/>
        <source>Radio programmes</source>
        <translation>برنامه‌های رادیویی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="59"/>
        <source>Year {} (by month)</source>
        <translation>سال {} (ماه به ماه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="67"/>
        <source>Last two and a half years (by quarter)</source>
        <translation>دو سال و نیم اخیر (فصل به فصل)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="80"/>
        <source>{} (by month)</source>
        <translation>{} (ماه به ماه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="220"/>
        <source>Window</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="223"/>
        <source>Chart</source>
        <translation>نمودار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="279"/>
        <source>No records in this window</source>
        <translation>در این بازه رکوردی نیست</translation>
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
        <location filename="../../press_archive/ui/editors.py" line="213"/>
        <source>Event reference</source>
        <translation>شناسهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="217"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
</context>
<context>
    <name>EventPickerDialog</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="154"/>
        <source>Pick an event</source>
        <translation>انتخاب رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="157"/>
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
        <location filename="../../press_archive/ui/import_dialog.py" line="43"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="75"/>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="83"/>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="84"/>
        <source>Add folder…</source>
        <translation>افزودن پوشه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="95"/>
        <source>Photo batch</source>
        <translation>مجموعهٔ عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="102"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="103"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="104"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="105"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="106"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="107"/>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="114"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="114"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="114"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="114"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="119"/>
        <source>Start import</source>
        <translation>آغاز ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="122"/>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="133"/>
        <source>What to import</source>
        <translation>چه چیزی وارد شود</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="136"/>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="157"/>
        <location filename="../../press_archive/ui/import_dialog.py" line="197"/>
        <source>Photo import is not available in this build.</source>
        <translation>ورود عکس در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="174"/>
        <source>Photos and zip files (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</source>
        <translation>عکس‌ها و پرونده‌های زیپ (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="176"/>
        <source>JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</source>
        <translation>JSON Lines یا CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="177"/>
        <source>Choose files to import</source>
        <translation>پرونده‌های ورودی را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="181"/>
        <source>Choose a folder of photos</source>
        <translation>پوشهٔ عکس‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="193"/>
        <source>Add at least one file.</source>
        <translation>دست‌کم یک پرونده بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="200"/>
        <source>Fix the date first (write it as 1403/05/12).</source>
        <translation>نخست تاریخ را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="209"/>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="245"/>
        <source>Cancelling… what is already stored stays.</source>
        <translation>در حال لغو… آنچه ذخیره شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="288"/>
        <source>Nothing was imported: {}</source>
        <translation>چیزی وارد نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="294"/>
        <source>Imported {}, updated {}, rejected {}</source>
        <translation>{} وارد شد، {} به‌روز شد، {} رد شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="298"/>
        <source>duplicates {}</source>
        <translation>{} تکراری</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/import_dialog.py" line="304"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>InterviewBoard</name>
    <message>
        <location filename="../../press_archive/ui/board.py" line="151"/>
        <source>overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="182"/>
        <source>Move {} orders to: {}</source>
        <translation>انتقال {} سفارش به: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/board.py" line="199"/>
        <source>Move to: {}</source>
        <translation>انتقال به: {}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="118"/>
        <source>Press archive — {}</source>
        <translation>بایگانی روابط عمومی — {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="143"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="183"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="186"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="191"/>
        <source>Search…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="192"/>
        <source>New record…</source>
        <translation>رکورد تازه…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="193"/>
        <source>Edit record…</source>
        <translation>ویرایش رکورد…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="194"/>
        <source>Delete (to the trash)</source>
        <translation>حذف (به زباله‌دان)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="195"/>
        <source>Restore from the trash</source>
        <translation>بازگردانی از زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="196"/>
        <source>Delete for good…</source>
        <translation>حذف همیشگی…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="197"/>
        <source>Import records…</source>
        <translation>ورود رکوردها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="198"/>
        <source>Import photos…</source>
        <translation>ورود عکس‌ها…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="200"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="201"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="202"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="203"/>
        <source>Event dossier</source>
        <translation>پروندهٔ رویداد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="204"/>
        <source>Save this search…</source>
        <translation>ذخیرهٔ این جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="205"/>
        <source>Larger thumbnails</source>
        <translation>تصویرک بزرگ‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="206"/>
        <source>Smaller thumbnails</source>
        <translation>تصویرک کوچک‌تر</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="208"/>
        <location filename="../../press_archive/ui/main_window.py" line="514"/>
        <source>About</source>
        <translation>دربارهٔ برنامه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="210"/>
        <source>News items</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="211"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="212"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="213"/>
        <source>Interview board</source>
        <translation>تابلوی مصاحبه‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="214"/>
        <source>Productions</source>
        <translation>تولیدات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="215"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="216"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="217"/>
        <location filename="../../press_archive/ui/main_window.py" line="285"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="247"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="375"/>
        <source>{} records</source>
        <translation>{} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="452"/>
        <source>{} records moved to the trash (Ctrl+Z brings them back)</source>
        <translation>{} رکورد به زباله‌دان رفت (Ctrl+Z بازمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="464"/>
        <source>Delete for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="465"/>
        <source>Delete {} records for good? This cannot be undone.</source>
        <translation>{} رکورد برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="491"/>
        <source>Importing: {} of {}</source>
        <translation>در حال ورود: {} از {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="515"/>
        <source>Press archive {}
The archive of the city press office: news items, events, photo batches, interview orders and productions.
Archive folder: {}</source>
        <translation>بایگانی روابط عمومی {}
بایگانی اخبار، رویدادها، مجموعه‌های عکس، سفارش‌های مصاحبه و تولیدات روابط عمومی شهر.
پوشهٔ بایگانی: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/main_window.py" line="551"/>
        <source>Cancelling the import before closing…</source>
        <translation>لغو ورود اطلاعات پیش از بستن…</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <location filename="../../press_archive/ui/dashboard.py" line="204"/>
        <source>before: {}</source>
        <translation>پیش‌تر: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="318"/>
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation>اندازهٔ تصویرک (Ctrl+Plus / Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="323"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="346"/>
        <source>{} photos</source>
        <translation>{} عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="348"/>
        <source>{} selected</source>
        <translation>{} برگزیده</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="194"/>
        <source>Photos are not available in this build: the photo services are missing.</source>
        <translation>عکس‌ها در این نسخه در دسترس نیستند: خدمات عکس نصب نشده است.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="275"/>
        <source>Could not tag: {}</source>
        <translation>برچسب‌گذاری نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="277"/>
        <source>{} photos updated</source>
        <translation>{} عکس به‌روز شد</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="265"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="269"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photo_grid.py" line="290"/>
        <source>The preview could not be read.</source>
        <translation>پیش‌نمایش خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="66"/>
        <source>Required</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="67"/>
        <location filename="../../press_archive/ui/editors.py" line="68"/>
        <source>Not a date: write it as 1403/05/12</source>
        <translation>تاریخ نادرست است؛ مانند ۱۴۰۳/۰۵/۱۲ بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="69"/>
        <source>This row cannot be read as CSV; the rows after it were read</source>
        <translation>این سطر به‌صورت CSV خوانده نشد؛ سطرهای پس از آن خوانده شدند</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="70"/>
        <source>This line is nested too deeply to be a record</source>
        <translation>این سطر برای یک رکورد بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="71"/>
        <source>Holds no visible character</source>
        <translation>هیچ نویسهٔ دیدنی‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="72"/>
        <source>Read in an encoding other than UTF-8</source>
        <translation>با رمزگذاری‌ای جز UTF-8 خوانده شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="73"/>
        <source>A column that is not a field of this kind: ignored</source>
        <translation>ستونی که فیلد این نوع نیست: نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="75"/>
        <source>Outside the years a record can have (1200 to 1600)</source>
        <translation>بیرون از سال‌هایی که یک رکورد می‌تواند داشته باشد (۱۲۰۰ تا ۱۶۰۰)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="76"/>
        <location filename="../../press_archive/ui/editors.py" line="77"/>
        <source>Write a number</source>
        <translation>عدد بنویسید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="78"/>
        <source>Must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="79"/>
        <source>This reference is already used by another record</source>
        <translation>این شناسه را رکورد دیگری دارد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="80"/>
        <source>No event has this reference</source>
        <translation>رویدادی با این شناسه نیست</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="81"/>
        <source>Pick one of the choices</source>
        <translation>یکی از گزینه‌ها را برگزینید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="377"/>
        <source>Edit: {}</source>
        <translation>ویرایش: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="377"/>
        <source>New: {}</source>
        <translation>تازه: {}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../press_archive/ui/editors.py" line="293"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="49"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="56"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="57"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="58"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="59"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="60"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="163"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="163"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="163"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="163"/>
        <source>Snippet</source>
        <translation>بریده</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="220"/>
        <source>Words, &quot;a phrase&quot;, OR, -word, title:, tag:, photographer:, speaker:, kind:</source>
        <translation>واژه‌ها، «عبارت»، OR، -واژه، title:، tag:، photographer:، speaker:، kind:</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="223"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="225"/>
        <location filename="../../press_archive/ui/search_view.py" line="239"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="226"/>
        <location filename="../../press_archive/ui/search_view.py" line="241"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="228"/>
        <source>Most relevant</source>
        <translation>مرتبط‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="229"/>
        <source>Newest first</source>
        <translation>تازه‌ترین</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="231"/>
        <location filename="../../press_archive/ui/search_view.py" line="440"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="299"/>
        <source>Search is not available in this build.</source>
        <translation>جست‌وجو در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="328"/>
        <source>Fix the dates first (write them as 1403/05/12).</source>
        <translation>نخست تاریخ‌ها را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="357"/>
        <source>Cannot search: {}</source>
        <translation>جست‌وجو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="366"/>
        <source>{} results ({} ms)</source>
        <translation>{} نتیجه ({} میلی‌ثانیه)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="369"/>
        <source>Did you mean: {}</source>
        <translation>منظورتان این بود: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/search_view.py" line="440"/>
        <source>Name of the saved search:</source>
        <translation>نام جست‌وجوی ذخیره‌شده:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../press_archive/ui/session.py" line="83"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>نمایهٔ جست‌وجو بازسازی نشد: %1</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="97"/>
        <source>Backed up to %1</source>
        <translation>پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/session.py" line="98"/>
        <source>Backup failed: %1</source>
        <translation>پشتیبان‌گیری انجام نشد: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="25"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="27"/>
        <source>The default folder</source>
        <translation>پوشهٔ پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="28"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="42"/>
        <source>Archive folder</source>
        <translation>پوشهٔ بایگانی</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="44"/>
        <source>Thumbnail size</source>
        <translation>اندازهٔ تصویرک</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="45"/>
        <source>A new archive folder or language takes effect the next time the program starts.</source>
        <translation>پوشه یا زبان تازه از اجرای بعدی برنامه به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/settings_dialog.py" line="57"/>
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
        <location filename="../../press_archive/ui/photos_page.py" line="65"/>
        <location filename="../../press_archive/ui/photos_page.py" line="119"/>
        <source>No photo selected</source>
        <translation>عکسی برگزیده نشده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="67"/>
        <location filename="../../press_archive/ui/photos_page.py" line="69"/>
        <source>Separate items with commas</source>
        <translation>موارد را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="77"/>
        <source>Expand code replacements</source>
        <translation>جایگزینی کدها</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="86"/>
        <location filename="../../press_archive/ui/photos_page.py" line="91"/>
        <source>(unchanged)</source>
        <translation>(بدون تغییر)</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="87"/>
        <source>No rating</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="92"/>
        <source>Picked</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="93"/>
        <source>Not picked</source>
        <translation>نابرگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="94"/>
        <source>Apply to selected photos</source>
        <translation>اعمال بر عکس‌های برگزیده</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="98"/>
        <source>Add keywords</source>
        <translation>افزودن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="99"/>
        <source>Remove keywords</source>
        <translation>برداشتن کلیدواژه</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="100"/>
        <source>Caption</source>
        <translation>شرح عکس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="102"/>
        <source>Photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="103"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="104"/>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="105"/>
        <source>Pick</source>
        <translation>گزینش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="111"/>
        <source>Keys: 1-5 rating, 0 no rating, P pick, X unpick, Space preview</source>
        <translation>کلیدها: ۱ تا ۵ امتیاز، ۰ بی‌امتیاز، P گزینش، X برداشتن گزینش، فاصله پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/photos_page.py" line="118"/>
        <source>{} photos selected</source>
        <translation>{} عکس برگزیده</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="33"/>
        <source>Could not undo or redo: {}</source>
        <translation>واگرد یا ازنو انجام نشد: {}</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="126"/>
        <source>Edit “{}”</source>
        <translation>ویرایش «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="135"/>
        <source>Add “{}”</source>
        <translation>افزودن «{}»</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="143"/>
        <source>Delete {} records</source>
        <translation>حذف {} رکورد</translation>
    </message>
    <message>
        <location filename="../../press_archive/ui/undo.py" line="143"/>
        <source>Restore {} records</source>
        <translation>بازگردانی {} رکورد</translation>
    </message>
</context>
</TS>
