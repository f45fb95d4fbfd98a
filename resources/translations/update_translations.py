"""Refresh the Persian translation of the interface.

    .venv/bin/python resources/translations/update_translations.py

1. `pyside6-lupdate` collects the English source strings of press_archive/ui into press_archive_fa.ts;
2. every message without a Persian translation gets the one from PERSIAN below (the .ts stays the
   source of truth: translations edited in Qt Linguist are kept);
3. `pyside6-lrelease` compiles press_archive_fa.qm, which the application loads at start.
A source string with no entry here is listed and left unfinished (the interface then shows English).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "press_archive_fa.ts"
QM = HERE / "press_archive_fa.qm"

PERSIAN = {
    "This row cannot be read as CSV; the rows after it were read":
        "این سطر به‌صورت CSV خوانده نشد؛ سطرهای پس از آن خوانده شدند",
    "This line is nested too deeply to be a record": "این سطر برای یک رکورد بیش از اندازه تودرتو است",
    "Holds no visible character": "هیچ نویسهٔ دیدنی‌ای ندارد",
    "Read in an encoding other than UTF-8": "با رمزگذاری‌ای جز UTF-8 خوانده شد",
    "A column that is not a field of this kind: ignored": "ستونی که فیلد این نوع نیست: نادیده گرفته شد",
    "Backed up to %1": "پشتیبان در %1 ذخیره شد",
    "Backup failed: %1": "پشتیبان‌گیری انجام نشد: %1",
    "The search index could not be rebuilt: %1": "نمایهٔ جست‌وجو بازسازی نشد: %1",
    "Outside the years a record can have (1200 to 1600)": "بیرون از سال‌هایی که یک رکورد می‌تواند داشته باشد (۱۲۰۰ تا ۱۶۰۰)",
    "No records in this window": "در این بازه رکوردی نیست",
    "News items": "اخبار",
    "Events": "رویدادها",
    "Press conferences": "نشست‌های خبری",
    "Ceremonies": "مراسم",
    "Photo batches": "مجموعه‌های عکس",
    "Photos": "عکس‌ها",
    "Interview orders": "سفارش‌های مصاحبه",
    "Interviews aired": "مصاحبه‌های پخش‌شده",
    "TV minutes": "دقیقهٔ تلویزیونی",
    "Radio programmes": "برنامه‌های رادیویی",
    "Year {} (by month)": "سال {} (ماه به ماه)",
    "Last two and a half years (by quarter)": "دو سال و نیم اخیر (فصل به فصل)",
    "{} (by month)": "{} (ماه به ماه)",
    "Window": "بازه",
    "Chart": "نمودار",
    "Edit": "ویرایش",
    "Delete": "حذف",
    "Restore": "بازگردانی",
    "Dossier": "پرونده",
    "Select a record to see it here.": "رکوردی را برگزینید تا اینجا نمایش داده شود.",
    "added": "افزوده شد",
    "edited": "ویرایش شد",
    "deleted": "حذف شد",
    "restored": "بازگردانده شد",
    "imported": "وارد شد",
    "Edit event": "ویرایش رویداد",
    "Event reference": "شناسهٔ رویداد",
    "Pick an event": "انتخاب رویداد",
    "Filter by title (search)": "پالایش با عنوان (جست‌وجو)",
    "Loading the sample records…": "در حال بارگذاری رکوردهای نمونه…",
    "Sample records": "رکوردهای نمونه",
    "The archive was created, but the sample could not be loaded: {}":
        "بایگانی ساخته شد، اما رکوردهای نمونه بارگذاری نشد: {}",
    "No archive yet": "هنوز بایگانی‌ای نیست",
    "There is no archive in {}.\nCreate it now? The sample records show how the archive works and can be deleted later.":
        "در {} بایگانی‌ای نیست.\nاکنون ساخته شود؟ رکوردهای نمونه کار بایگانی را نشان می‌دهند و بعداً می‌توان آن‌ها را حذف کرد.",
    "Create with the sample records": "ساختن با رکوردهای نمونه",
    "Create an empty archive": "ساختن بایگانی خالی",
    "Quit": "خروج",
    "Import": "ورود اطلاعات",
    "Add files…": "افزودن پرونده…",
    "Add folder…": "افزودن پوشه…",
    "Remove": "برداشتن",
    "Photo batch": "مجموعهٔ عکس",
    "Separate items with commas": "موارد را با ویرگول جدا کنید",
    "Title": "عنوان",
    "Photographer": "عکاس",
    "Date": "تاریخ",
    "Event": "رویداد",
    "Keywords": "کلیدواژه‌ها",
    "File": "پرونده",
    "Line": "سطر",
    "Field": "فیلد",
    "Problem": "مشکل",
    "Start import": "آغاز ورود",
    "Cancel import": "لغو ورود",
    "What to import": "چه چیزی وارد شود",
    "Files": "پرونده‌ها",
    "Photo import is not available in this build.": "ورود عکس در این نسخه در دسترس نیست.",
    "Photos and zip files (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)":
        "عکس‌ها و پرونده‌های زیپ (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)",
    "JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)": "JSON Lines یا CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)",
    "Choose files to import": "پرونده‌های ورودی را برگزینید",
    "Choose a folder of photos": "پوشهٔ عکس‌ها را برگزینید",
    "Add at least one file.": "دست‌کم یک پرونده بیفزایید.",
    "Fix the date first (write it as 1403/05/12).": "نخست تاریخ را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).",
    "Importing…": "در حال ورود…",
    "Cancelling… what is already stored stays.": "در حال لغو… آنچه ذخیره شده می‌ماند.",
    "Nothing was imported: {}": "چیزی وارد نشد: {}",
    "Imported {}, updated {}, rejected {}": "{} وارد شد، {} به‌روز شد، {} رد شد",
    "duplicates {}": "{} تکراری",
    "Cancelled.": "لغو شد.",
    "overdue": "دیرکرد",
    "Move {} orders to: {}": "انتقال {} سفارش به: {}",
    "Move to: {}": "انتقال به: {}",
    "Previous month": "ماه پیش",
    "Next month": "ماه بعد",
    "Pick a date from the calendar": "انتخاب تاریخ از تقویم",
    "Not a date: write it as 1403/05/12": "تاریخ نادرست است؛ مانند ۱۴۰۳/۰۵/۱۲ بنویسید",
    "Press archive — {}": "بایگانی روابط عمومی — {}",
    "Ready": "آماده",
    "Undo": "واگرد",
    "Redo": "ازنو",
    "Search…": "جست‌وجو…",
    "New record…": "رکورد تازه…",
    "Edit record…": "ویرایش رکورد…",
    "Delete (to the trash)": "حذف (به زباله‌دان)",
    "Restore from the trash": "بازگردانی از زباله‌دان",
    "Delete for good…": "حذف همیشگی…",
    "Import records…": "ورود رکوردها…",
    "Import photos…": "ورود عکس‌ها…",
    "Refresh": "تازه‌سازی",
    "Settings…": "تنظیمات…",
    "Event dossier": "پروندهٔ رویداد",
    "Save this search…": "ذخیرهٔ این جست‌وجو…",
    "Larger thumbnails": "تصویرک بزرگ‌تر",
    "Smaller thumbnails": "تصویرک کوچک‌تر",
    "About": "دربارهٔ برنامه",
    "Interview board": "تابلوی مصاحبه‌ها",
    "Productions": "تولیدات",
    "Reports": "گزارش‌ها",
    "Search": "جست‌وجو",
    "Trash": "زباله‌دان",
    "&File": "&پرونده",
    "&Edit": "&ویرایش",
    "&View": "&نما",
    "&Help": "&راهنما",
    "Main toolbar": "نوار ابزار اصلی",
    "{} records": "{} رکورد",
    "{} records moved to the trash (Ctrl+Z brings them back)": "{} رکورد به زباله‌دان رفت (Ctrl+Z بازمی‌گرداند)",
    "Delete for good": "حذف همیشگی",
    "Delete {} records for good? This cannot be undone.": "{} رکورد برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.",
    "Importing: {} of {}": "در حال ورود: {} از {}",
    "Press archive {}\nThe archive of the city press office: news items, events, photo batches, interview orders and productions.\nArchive folder: {}":
        "بایگانی روابط عمومی {}\nبایگانی اخبار، رویدادها، مجموعه‌های عکس، سفارش‌های مصاحبه و تولیدات روابط عمومی شهر.\nپوشهٔ بایگانی: {}",
    "Cancelling the import before closing…": "لغو ورود اطلاعات پیش از بستن…",
    "before: {}": "پیش‌تر: {}",
    "Thumbnail size (Ctrl+Plus / Ctrl+Minus)": "اندازهٔ تصویرک (Ctrl+Plus / Ctrl+Minus)",
    "Size": "اندازه",
    "{} photos": "{} عکس",
    "{} selected": "{} انتخاب‌شده",
    "Photos are not available in this build: the photo services are missing.":
        "عکس‌ها در این نسخه در دسترس نیستند: خدمات عکس نصب نشده است.",
    "Could not tag: {}": "برچسب‌گذاری نشد: {}",
    "{} photos updated": "{} عکس به‌روز شد",
    "Photo": "عکس",
    "Loading…": "در حال بارگذاری…",
    "The preview could not be read.": "پیش‌نمایش خوانده نشد.",
    "Required": "لازم است",
    "Write a number": "عدد بنویسید",
    "Must not be negative": "نباید منفی باشد",
    "This reference is already used by another record": "این شناسه را رکورد دیگری دارد",
    "No event has this reference": "رویدادی با این شناسه نیست",
    "Pick one of the choices": "یکی از گزینه‌ها را برگزینید",
    "Edit: {}": "ویرایش: {}",
    "New: {}": "تازه: {}",
    "Type": "نوع",
    "Year": "سال",
    "Category": "دسته",
    "Tag": "برچسب",
    "Snippet": "بریده",
    'Words, "a phrase", OR, -word, title:, tag:, photographer:, speaker:, kind:':
        'واژه‌ها، «عبارت»، OR، -واژه، title:، tag:، photographer:، speaker:، kind:',
    "From": "از",
    "To": "تا",
    "Most relevant": "مرتبط‌ترین",
    "Newest first": "تازه‌ترین",
    "Save search": "ذخیرهٔ جست‌وجو",
    "Search is not available in this build.": "جست‌وجو در این نسخه در دسترس نیست.",
    "Fix the dates first (write them as 1403/05/12).": "نخست تاریخ‌ها را درست کنید (مانند ۱۴۰۳/۰۵/۱۲).",
    "Cannot search: {}": "جست‌وجو انجام نشد: {}",
    "{} results ({} ms)": "{} نتیجه ({} میلی‌ثانیه)",
    "Did you mean: {}": "منظورتان این بود: {}",
    "Name of the saved search:": "نام جست‌وجوی ذخیره‌شده:",
    "Settings": "تنظیمات",
    "The default folder": "پوشهٔ پیش‌فرض",
    "Choose…": "انتخاب…",
    "Archive folder": "پوشهٔ بایگانی",
    "Language": "زبان",
    "Thumbnail size": "اندازهٔ تصویرک",
    "A new archive folder or language takes effect the next time the program starts.":
        "پوشه یا زبان تازه از اجرای بعدی برنامه به کار می‌رود.",
    "Choose the archive folder": "پوشهٔ بایگانی را برگزینید",
    "Interview orders (list)": "سفارش‌های مصاحبه (فهرست)",
    "Saved searches": "جست‌وجوهای ذخیره‌شده",
    "Recent imports": "ورودهای اخیر",
    "Delete saved search": "حذف جست‌وجوی ذخیره‌شده",
    "No photo selected": "عکسی انتخاب نشده",
    "Expand code replacements": "جایگزینی کدها",
    "(unchanged)": "(بدون تغییر)",
    "No rating": "بدون امتیاز",
    "Picked": "برگزیده",
    "Not picked": "نابرگزیده",
    "Apply to selected photos": "اعمال بر عکس‌های انتخاب‌شده",
    "Add keywords": "افزودن کلیدواژه",
    "Remove keywords": "برداشتن کلیدواژه",
    "Caption": "شرح عکس",
    "Place": "مکان",
    "Rating": "امتیاز",
    "Pick": "گزینش",
    "Compare {} photos": "مقایسهٔ {} عکس",
    "Select two to four photos to compare them.": "برای مقایسه دو تا چهار عکس را انتخاب کنید.",
    "{} photos selected": "{} عکس انتخاب‌شده",
    "Could not undo or redo: {}": "واگرد یا ازنو انجام نشد: {}",
    "Edit “{}”": "ویرایش «{}»",
    "Add “{}”": "افزودن «{}»",
    "Delete {} records": "حذف {} رکورد",
    "Restore {} records": "بازگردانی {} رکورد",
    # issue 14: undo per view, the one write path
    "Rate {} photos": "امتیاز به {} عکس",
    "Pick {} photos": "گزینش {} عکس",
    "Unpick {} photos": "لغو گزینش {} عکس",
    "Tag {} photos": "برچسب‌گذاری {} عکس",
    "Delete {} photos": "حذف {} عکس",
    "Could not save: %1": "ذخیره نشد: %1",
    "Backed up to %1": "پشتیبان در %1 ذخیره شد",
    "Backup failed: %1": "پشتیبان‌گیری نشد: %1",
    "The search index could not be rebuilt: %1": "نمایهٔ جست‌وجو بازسازی نشد: %1",
    # the dashboard: equal spans, any range and grouping
    "This year so far, against the same days of last year": "امسال تا امروز، در برابر همین روزهای پارسال",
    "By day": "روزانه",
    "By week": "هفتگی",
    "By month": "ماهانه",
    "By quarter": "فصلی",
    "By half year": "شش‌ماهه",
    "By year": "سالانه",
    "Chosen range": "بازهٔ دلخواه",
    "Choose a range: from a day up to a later day.": "بازه‌ای برگزینید: از یک روز تا روزی پس از آن.",
    # the interview board: one step at a time, asking for what the new state needs
    "An order cannot go from “{}” to “{}”; from there it can go to: {}":
        "سفارش نمی‌تواند از «{}» به «{}» برود؛ از آنجا می‌تواند به این‌ها برود: {}",
    "{} orders move to “{}”. It needs:": "{} سفارش به «{}» می‌رود. این‌ها لازم است:",
    # the Reports page writes the managers' report
    "Export report": "خروجی گزارش",
    "PDF…": "PDF…",
    "Excel (XLSX)…": "اکسل (XLSX)…",
    "CSV…": "CSV…",
    "Save the report": "ذخیرهٔ گزارش",
    "Writing the report…": "در حال نوشتن گزارش…",
    "Report": "گزارش",
    "Cancel": "لغو",
    "The report was cancelled; nothing was written.": "گزارش لغو شد؛ چیزی نوشته نشد.",
    "Report written to {}": "گزارش در {} نوشته شد",
    "The report could not be written: {}": "گزارش نوشته نشد: {}",
    # backup and check from the File menu
    "Back up to a folder…": "پشتیبان‌گیری در یک پوشه…",
    "Check the archive…": "بررسی بایگانی…",
    "Back up the archive to a folder": "پشتیبان‌گیری از بایگانی در یک پوشه",
    "Backed up to {}: {} photos copied, {} already there": "پشتیبان در {}: {} عکس رونوشت شد، {} از پیش آنجا بود",
    "The backup failed: {}": "پشتیبان‌گیری نشد: {}",
    "Backing up to {}…": "پشتیبان‌گیری در {}…",
    "The archive is clean.": "بایگانی سالم است.",
    "{} problems repaired, {} left": "{} مشکل برطرف شد، {} مانده است",
    "{} problems found in the archive. Repair what can be repaired?":
        "{} مشکل در بایگانی پیدا شد. آنچه برطرف‌شدنی است برطرف شود؟",
    "The check failed: {}": "بررسی انجام نشد: {}",
    "Checking the archive…": "بررسی بایگانی…",
    "Check the archive": "بررسی بایگانی",
    "Outside the years a record can have (1200 to 1600)": "بیرون از سال‌هایی که رکورد می‌تواند داشته باشد (۱۲۰۰ تا ۱۶۰۰)",
    # the photographer's workspace
    "Selected photos": "عکس‌های انتخاب‌شده",
    "File": "پرونده",
    "Taken": "زمان عکاسی",
    "Camera": "دوربین",
    "Lens": "عدسی",
    "Exposure": "نوردهی",
    "GPS": "موقعیت GPS",
    "Pixels": "پیکسل",
    "People": "افراد",
    "Add people": "افزودن افراد",
    "(mixed)": "(گوناگون)",
    "Rejected": "ردشده",
    "By capture time": "به ترتیب زمان عکاسی",
    "By name": "به ترتیب نام",
    "Best rated first": "پرامتیازترین نخست",
    "All photos": "همهٔ عکس‌ها",
    "{} stars or more": "{} ستاره و بیشتر",
    "Select the unpicked": "گزینش نابرگزیده‌ها",
    # an empty archive says what to do next
    "The archive is empty": "بایگانی خالی است",
    "Import the office's news, events, interview orders or productions from JSONL or CSV files, or a folder of photos; or load the sample records to look around first.":
        "اخبار، رویدادها، سفارش‌های مصاحبه یا تولیدات اداره را از پرونده‌های JSONL یا CSV، یا پوشه‌ای از عکس‌ها "
        "وارد کنید؛ یا برای آشنایی، نخست رکوردهای نمونه را بار کنید.",
    "Load the sample records": "بار کردن رکوردهای نمونه",
    # the photo tools of the command line, from the window
    "Export photos with their metadata…": "خروجی عکس‌ها با اطلاعاتشان…",
    "Code replacements…": "جایگزینی کدها…",
    "Duplicate photos…": "عکس‌های تکراری…",
    "&Photos": "&عکس‌ها",
    "Export the photos to a folder": "خروجی عکس‌ها در یک پوشه",
    "Exporting photos…": "در حال خروجی گرفتن از عکس‌ها…",
    "{} photos exported to {}": "{} عکس در {} ذخیره شد",
    "The export failed: {}": "خروجی گرفته نشد: {}",
    "Code replacements": "جایگزینی کدها",
    "Code": "کد",
    "Replaced by": "جایگزین",
    "Add a code": "افزودن کد",
    "Remove the chosen code": "حذف کد برگزیده",
    "In captions, \\code\\ is replaced by its text.": "در شرح عکس‌ها، \\کد\\ با متن آن جایگزین می‌شود.",
    "Duplicate photos": "عکس‌های تکراری",
    "Looking for duplicates…": "در حال یافتن تکراری‌ها…",
    "{} groups of duplicates": "{} گروه تکراری",
    "No duplicates in the archive.": "در بایگانی عکس تکراری نیست.",
    "The same image data": "دادهٔ تصویری یکسان",
    "Visually the same": "از نظر دیداری یکسان",
    "Could not look for duplicates: {}": "یافتن تکراری‌ها انجام نشد: {}",
    # the shared office archive (a server): connecting, who is signed in, what the role allows
    "Connect to a shared archive…": "اتصال به بایگانی مشترک…",
    "Connect to a shared archive": "اتصال به بایگانی مشترک",
    "empty: PGPASSWORD or ~/.pgpass": "خالی: از PGPASSWORD یا ‎~/.pgpass",
    "as recorded in the archive": "همان که در بایگانی ثبت شده",
    "Choose…": "انتخاب…",
    "Server address": "نشانی کارگزار",
    "Login": "نام کاربری",
    "Password": "گذرواژه",
    "Originals folder": "پوشهٔ اصل عکس‌ها",
    "The password is not kept by the program: it is asked for each time, unless PGPASSWORD or ~/.pgpass gives it. "
    "The originals folder is this desk's mount of the office's shared photos folder.":
        "برنامه گذرواژه را نگه نمی‌دارد: هر بار پرسیده می‌شود، مگر آنکه PGPASSWORD یا ‎~/.pgpass آن را بدهد. "
        "پوشهٔ اصل عکس‌ها، پوشهٔ مشترک عکس‌های اداره است، آن‌گونه که روی این میز در دسترس است.",
    "Connect": "اتصال",
    "The shared originals folder": "پوشهٔ مشترک اصل عکس‌ها",
    "The server address starts with postgresql:// (for example postgresql://server/press)":
        "نشانی کارگزار با postgresql://‎ آغاز می‌شود (برای نمونه postgresql://server/press)",
    "The server wants this login's password (or the one typed is wrong).":
        "کارگزار گذرواژهٔ این نام کاربری را می‌خواهد (یا گذرواژهٔ نوشته‌شده نادرست است).",
    "press officer": "کارشناس خبر",
    "photographer": "عکاس",
    "manager": "مدیر",
    "admin": "مدیر سامانه",
    "owner of the archive": "مالک بایگانی",
    "news, events, interviews and productions": "اخبار، رویدادها، مصاحبه‌ها و تولیدات",
    "photo batches and photos": "مجموعه‌های عکس و عکس‌ها",
    "Your role (%1) may not change %2; an admin can give you another role.":
        "نقش شما (%1) اجازهٔ تغییر %2 را ندارد؛ مدیر سامانه می‌تواند نقش دیگری به شما بدهد.",
    "Signed in as %1 (%2)": "واردشده با نام %1 (%2)",
    "The archive's server cannot be reached; trying again…": "کارگزار بایگانی در دسترس نیست؛ دوباره تلاش می‌شود…",
    "Connected to the archive's server again": "اتصال به کارگزار بایگانی دوباره برقرار شد",
    # the photographer's reject, and keep/reject in the duplicates view
    "Keys: 1-5 rating, P pick, X reject, U neither, Space preview, Z 100 %, C compare, Delete":
        "کلیدها: ۱ تا ۵ امتیاز، P گزینش، X رد، U هیچ‌کدام، فاصله پیش‌نمایش، Z اندازهٔ واقعی، C مقایسه، Delete حذف",
    "{} at 100 %": "{} با اندازهٔ واقعی (۱۰۰٪)",
    "The original cannot be shown at full size here (a raw file?): this is its preview.":
        "اصل عکس اینجا با اندازهٔ کامل نمایش داده نمی‌شود (پروندهٔ خام؟): این پیش‌نمایش آن است.",
    "Reject {} photos": "رد {} عکس",
    "Clear the pick or reject of {} photos": "برداشتن گزینش یا رد {} عکس",
    "Not rejected": "ردنشده",
    "Neither picked nor rejected": "نه برگزیده، نه ردشده",
    "Keep the chosen, reject the others": "نگه‌داشتن انتخاب‌شده، رد بقیه",
    "Reject the chosen": "رد انتخاب‌شده",
    "Keep one of {} duplicates": "نگه‌داشتن یکی از {} عکس تکراری",
    # Qt's file chooser: two labels it sets before qtbase_fa is asked (qtbase_fa's own words)
    "Look in:": "جستجو در:",
    "Files of type:": "پرونده‌هایی از نوع:",
    # the grid's menu
    "Reject": "رد",
    "Preview": "پیش‌نمایش",
    "View at 100 %": "نمایش با اندازهٔ واقعی",
    # the office's keyword vocabulary
    "Keyword vocabulary": "واژگان کلیدواژه‌ها",
    "Keyword vocabulary…": "واژگان کلیدواژه‌ها…",
    "Add": "افزودن",
    "Remove the chosen keywords": "برداشتن کلیدواژه‌های انتخاب‌شده",
    "The keywords offered when photos are tagged, and how many photos and batches use each. Photos keep the "
    "keywords they carry.":
        "کلیدواژه‌هایی که هنگام برچسب‌زدن عکس‌ها پیشنهاد می‌شوند، و شمار عکس‌ها و مجموعه‌هایی که هر یک را دارند. "
        "عکس‌ها کلیدواژه‌های خود را نگه می‌دارند.",
}

_MESSAGE = re.compile(r"(<message>.*?<source>(.*?)</source>.*?)<translation( type=\"unfinished\")?>(.*?)</translation>",
                      re.S)


def fill(text: str) -> tuple[str, list[str]]:
    missing: list[str] = []

    def replace(m: re.Match) -> str:
        head, source, unfinished, current = m.group(1), html.unescape(m.group(2)), m.group(3), m.group(4)
        if current and not unfinished:
            return m.group(0)
        persian = PERSIAN.get(source)
        if persian is None:
            missing.append(source)
            return m.group(0)
        return f"{head}<translation>{html.escape(persian, quote=False)}</translation>"

    return _MESSAGE.sub(replace, text), missing


def main() -> int:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "press_archive" / "ui").glob("*.py"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    text, missing = fill(TS.read_text(encoding="utf-8"))
    TS.write_text(text, encoding="utf-8")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    for source in sorted(set(missing)):
        print(f"no Persian for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
