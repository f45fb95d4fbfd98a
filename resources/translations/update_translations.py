"""Refresh the Persian translation of the interface.

    .venv/bin/python resources/translations/update_translations.py

1. `pyside6-lupdate` collects the English source strings of press_archive/ui into press_archive_fa.ts, and
   the templates of the services' plain lines (every `said("...")` outside ui/, see
   press_archive/domain/messages.py) go under the context `Messages`;
2. every message without a Persian translation gets the one from PERSIAN below (the .ts stays the
   source of truth: translations edited in Qt Linguist are kept);
3. `pyside6-lrelease` compiles press_archive_fa.qm, which the application loads at start.
A source string with no entry here is listed and left unfinished (the interface then shows English).
"""

from __future__ import annotations

import ast
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
    "The archive cannot be opened": "بایگانی باز نمی‌شود",
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
    "Related words": "واژه‌های مرتبط",
    "Rank the results by the words their best matches share as well as by the words typed. What is found, and how many, stay the same.":
        "نتیجه‌ها افزون بر واژه‌های نوشته‌شده، با واژه‌هایی هم رتبه‌بندی می‌شوند که در بهترین نتیجه‌ها مشترک‌اند. آنچه پیدا می‌شود و شمار آن تغییر نمی‌کند.",
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
    "One group of duplicates": "یک گروه تکراری",
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
    # the services' plain lines (context Messages, from said(...) in press_archive/domain/messages.py)
    "the archive at {where} is read-only (a read-only disk or mount): nothing was changed":
        "بایگانی در {where} فقط‌خواندنی است (دیسک یا پوشهٔ فقط‌خواندنی)؛ چیزی تغییر نکرد",
    "the disk is full at {where}: nothing was half-written; free some space and run it again":
        "دیسک در {where} پر است؛ چیزی نیمه‌کاره نوشته نشد؛ کمی جا باز کنید و دوباره اجرا کنید",
    "the archive is busy with another program's write; try again":
        "برنامهٔ دیگری در حال نوشتن در بایگانی است؛ دوباره تلاش کنید",
    "{where} (it was written by an older version and needs an upgrade: copy it to a writable disk to open it)":
        "{where} (با نسخهٔ قدیمی‌تری نوشته شده و باید به‌روز شود؛ برای باز کردن، آن را روی دیسکی نوشتنی رونوشت کنید)",
    "{where} is not a press archive (no {database}); create one with 'press-archive --archive {where} init'":
        "{where} بایگانی روابط عمومی نیست ({database} ندارد)؛ با 'press-archive --archive {where} init' بسازیدش",
    "{file}: {problem}": "{file}: {problem}",
    "{file}:{line}: {problem}": "{file}، سطر {line}: {problem}",
    "no such file": "چنین پرونده‌ای نیست",
    "is a folder, not a file": "پوشه است، نه پرونده",
    "cannot be read ({reason})": "خوانده نمی‌شود ({reason})",
    "is not UTF-8 text, and reads as nonsense in UTF-16; save it as UTF-8 and import again":
        "متن UTF-8 نیست و با یونیکد شانزده‌بیتی هم بی‌معنا خوانده می‌شود؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید",
    "is not UTF-8 text (byte {byte}); save it as UTF-8 and import again":
        "متن UTF-8 نیست (بایت {byte})؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید",
    "is a binary file, not JSON Lines or CSV": "پرونده‌ای دودویی است، نه JSON Lines یا CSV",
    "is empty": "خالی است",
    "malformed JSON ({reason} at column {column})": "JSON نادرست ({reason} در ستون {column})",
    "JSON nested too deeply to be a record; this line is skipped":
        "JSON برای یک رکورد بیش از اندازه تودرتو است؛ از این سطر گذشتیم",
    "is not JSON Lines: no line holds a JSON object": "JSON Lines نیست: هیچ سطری شیء JSON ندارد",
    "has {cells} cells but the header has {columns} columns": "{cells} خانه دارد اما سطر سرستون {columns} ستون دارد",
    "a cell is longer than {limit:,} characters": "خانه‌ای بلندتر از {limit} نویسه است",
    "a quoted cell opened here is never closed (lines {first}-{last})":
        "خانه‌ای که اینجا با گیومه باز شده هرگز بسته نمی‌شود (سطرهای {first} تا {last})",
    'a quoted cell goes on after its closing quote (write "" for a quote inside a cell)':
        'خانه‌ای پس از گیومهٔ پایانی‌اش ادامه دارد (برای گیومه درون خانه "" بنویسید)',
    "malformed CSV: {what}; this row is skipped, the rows after it are read":
        "CSV نادرست: {what}؛ از این سطر گذشتیم و سطرهای پس از آن خوانده شدند",
    "read as {encoding} ({how}), not UTF-8": "با {encoding} خوانده شد ({how})، نه UTF-8",
    "expected a JSON object, got {what}": "شیء JSON انتظار می‌رفت، اما {what} آمد",
    "{ref!r} appears again in this file (first on line {line})":
        "«{ref}» دوباره در این پرونده آمده است (نخستین بار در سطر {line})",
    "unknown field {name!r} ignored": "فیلد ناشناختهٔ «{name}» نادیده گرفته شد",
    "is required but missing": "لازم است اما نیامده",
    "is required but empty": "لازم است اما خالی است",
    "holds no visible character (only spaces, bidi marks or zero-width characters)":
        "هیچ نویسهٔ دیدنی‌ای ندارد (فقط فاصله، نشانهٔ جهت یا نویسهٔ بی‌پهنا)",
    "{text!r} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)":
        "«{text}» تاریخ نیست: مانند ۱۳۹۴/۱۲/۲۹ (خورشیدی) یا ۲۰۱۶-۰۳-۱۹ (میلادی) بنویسید",
    "{text} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)":
        "{text} تاریخ نیست: مانند ۱۳۹۴/۱۲/۲۹ (خورشیدی) یا ۲۰۱۶-۰۳-۱۹ (میلادی) بنویسید",
    "{text} is outside the years a record can have: Jalali {first}-{last} ({first_gregorian}-{last_gregorian} in the Gregorian calendar)":
        "{text} بیرون از سال‌هایی است که یک رکورد می‌تواند داشته باشد: خورشیدی {first} تا {last} "
        "({first_gregorian} تا {last_gregorian} میلادی)",
    "{record}: field '{field}': {value} is outside the years a record can have (Jalali {first}-{last}); correct or delete it":
        "{record}، فیلد «{field}»: {value} بیرون از سال‌هایی است که یک رکورد می‌تواند داشته باشد "
        "(خورشیدی {first} تا {last})؛ آن را درست یا حذف کنید",
    # check
    "search index: missing": "نمایهٔ جست‌وجو: نیست",
    "search index: unreadable or built by another analyzer version":
        "نمایهٔ جست‌وجو: خوانده نمی‌شود یا با نسخهٔ دیگری از تحلیل‌گر ساخته شده",
    "search index: the file {name} is damaged (its content differs from what its commit wrote)":
        "نمایهٔ جست‌وجو: پروندهٔ {name} آسیب دیده است (محتوایش با آنچه هنگام ثبت نوشته شد فرق دارد)",
    "search index: {count} change(s) not applied yet": "نمایهٔ جست‌وجو: {count} تغییر هنوز اعمال نشده",
    "search index: {count} record(s) missing, e.g. {examples}": "نمایهٔ جست‌وجو: {count} رکورد نیست، مانند {examples}",
    "search index: {count} entr(ies) for records that are gone, e.g. {examples}":
        "نمایهٔ جست‌وجو: {count} مدخل برای رکوردهایی که دیگر نیستند، مانند {examples}",
    "audit log entry {entry}: does not follow the entry before it (an entry was removed or inserted)":
        "مدخل {entry} گزارش ممیزی: پس از مدخل پیشین نمی‌آید (مدخلی برداشته یا افزوده شده)",
    "audit log entry {entry}: its content does not match its hash (it was altered)":
        "مدخل {entry} گزارش ممیزی: محتوایش با چکیده‌اش نمی‌خواند (دست‌کاری شده)",
    "audit log: its head (the record of the newest entry) is missing; it was removed":
        "گزارش ممیزی: سرِ آن (نشانی تازه‌ترین مدخل) نیست؛ برداشته شده",
    "audit log: the newest entries were removed (the log ends at entry {newest}, its head names entry {head})":
        "گزارش ممیزی: تازه‌ترین مدخل‌ها برداشته شده‌اند (گزارش در مدخل {newest} پایان می‌یابد و سرِ آن مدخل {head} را نام می‌برد)",
    "audit log: its head does not match the newest entry {newest} (the log or the head was altered)":
        "گزارش ممیزی: سرِ آن با تازه‌ترین مدخل ({newest}) نمی‌خواند (گزارش یا سرِ آن دست‌کاری شده)",
    "audit log: the protective trigger {name} is missing (it was dropped)":
        "گزارش ممیزی: ماشهٔ نگهبان {name} نیست (برداشته شده)",
    "audit log: the protective trigger {name} was changed": "گزارش ممیزی: ماشهٔ نگهبان {name} تغییر کرده است",
    "audit log entry {entry}: the record hashes it wrote were altered":
        "مدخل {entry} گزارش ممیزی: چکیده‌های رکوردی که نوشته دست‌کاری شده‌اند",
    "audit log entry {entry}: record hashes were added to it outside the program":
        "مدخل {entry} گزارش ممیزی: بیرون از برنامه چکیدهٔ رکورد به آن افزوده شده",
    "audit log entry {entry}: it is gone, but the record hashes it wrote remain (it was removed)":
        "مدخل {entry} گزارش ممیزی: نیست، اما چکیده‌های رکوردی که نوشته مانده‌اند (برداشته شده)",
    "{record}: removed outside the program (audit entry {entry} last wrote it)":
        "{record}: بیرون از برنامه حذف شده (آخرین بار مدخل {entry} گزارش ممیزی آن را نوشت)",
    "{record}: added outside the program (no audit entry wrote it)":
        "{record}: بیرون از برنامه افزوده شده (هیچ مدخل ممیزی آن را ننوشته)",
    "{record}: added outside the program (audit entry {entry} removed it)":
        "{record}: بیرون از برنامه افزوده شده (مدخل {entry} گزارش ممیزی آن را برداشته بود)",
    "{record}: changed outside the program (it differs from what audit entry {entry} wrote)":
        "{record}: بیرون از برنامه تغییر کرده (با آنچه مدخل {entry} گزارش ممیزی نوشت فرق دارد)",
    "photo {photo} ({name}): {problem}": "عکس {photo} ({name}): {problem}",
    "photo {photo} ({name}): the {size} px thumbnail {problem}": "عکس {photo} ({name}): تصویرک {size} پیکسلی {problem}",
    "photo {photo} ({name}, its raw file): {problem}": "عکس {photo} ({name}، پروندهٔ خامش): {problem}",
    "the original is missing: {path}": "اصل عکس نیست: {path}",
    "the original has {size} bytes, {expected} expected: {path}":
        "اصل عکس {size} بایت است، {expected} بایت انتظار می‌رفت: {path}",
    "the original does not match its hash (damaged): {path}": "اصل عکس با چکیده‌اش نمی‌خواند (آسیب دیده): {path}",
    "the original cannot be read ({reason}): {path}": "اصل عکس خوانده نمی‌شود ({reason}): {path}",
    "is missing": "نیست",
    "is not a complete JPEG": "JPEG کاملی نیست",
    "cannot be decoded": "گشوده نمی‌شود",
    "stray file: {path}": "پروندهٔ سرگردان: {path}",
    "period counters: {count} day(s) out of step with the records":
        "شمارنده‌های دوره: {count} روز با رکوردها هم‌خوان نیست",
    "database: {detail}": "پایگاه داده: {detail}",
    "database: broken link in {table} row {row} to {target}": "پایگاه داده: پیوند شکسته در {table}، ردیف {row}، به {target}",
    "{text} is not a date: {problem}": "{text} تاریخ نیست: {problem}",
    "year must be {first}-{last}": "سال باید از {first} تا {last} باشد",
    "month must be 1-12": "ماه باید از ۱ تا ۱۲ باشد",
    "day must be at least 1": "روز دست‌کم باید ۱ باشد",
    "{month_name} {year} has {days} days": "ماه {month} سال {year} {days} روز دارد",
    "hour must be 0-23": "ساعت باید از ۰ تا ۲۳ باشد",
    "minute must be 0-59": "دقیقه باید از ۰ تا ۵۹ باشد",
    "second must be 0-59": "ثانیه باید از ۰ تا ۵۹ باشد",
    "{value!r} is not one of {choices}": "«{value}» یکی از این‌ها نیست: {choices}",
    "expected a number, got {value!r}": "عدد انتظار می‌رفت، اما «{value}» آمد",
    "must not be negative, got {value!r}": "نباید منفی باشد، اما «{value}» آمد",
    "expected a whole number, got {value!r}": "عدد درست انتظار می‌رفت، اما «{value}» آمد",
    "the search index is being rebuilt; these results come from a plain search of the database":
        "نمایهٔ جست‌وجو در حال بازسازی است؛ تا آن زمان این نتیجه‌ها از جست‌وجوی سادهٔ پایگاه داده می‌آیند",
    # photos a photo import refuses
    "not an image: the file is empty (0 bytes)": "تصویر نیست: پرونده خالی است (۰ بایت)",
    "not an image: the file holds only zero bytes (a failed or unfinished copy?)":
        "تصویر نیست: پرونده فقط بایت صفر دارد (رونوشتی ناموفق یا نیمه‌کاره؟)",
    "not an image: it is a zip archive": "تصویر نیست: پروندهٔ زیپ است",
    "not an image: it is a PDF document": "تصویر نیست: سند PDF است",
    "not an image: it holds text": "تصویر نیست: متن دارد",
    "not an image: the file type is not recognised": "تصویر نیست: نوع پرونده شناخته نشد",
    "refused: the image claims more than {megapixels} megapixels (a decompression bomb or a damaged header) [{detail}]":
        "پذیرفته نشد: تصویر ادعا می‌کند بیش از {megapixels} مگاپیکسل است (بمب فشرده‌سازی یا سرآیند آسیب‌دیده) [{detail}]",
    "not a readable image: the decoder does not recognise its contents":
        "تصویری خواندنی نیست: رمزگشا محتوایش را نمی‌شناسد",
    "damaged image header: {detail}": "سرآیند تصویر آسیب دیده است: {detail}",
    "damaged image header: the image has no pixels": "سرآیند تصویر آسیب دیده است: تصویر هیچ پیکسلی ندارد",
    "refused: more than {megapixels} megapixels (a decompression bomb?)":
        "پذیرفته نشد: بیش از {megapixels} مگاپیکسل (بمب فشرده‌سازی؟)",
    "truncated: the image data stops before the end of the picture (half-copied?)":
        "ناقص: دادهٔ تصویر پیش از پایان تصویر تمام می‌شود (نیمه‌کاره رونوشت شده؟)",
    "damaged image data: {detail}": "دادهٔ تصویر آسیب دیده است: {detail}",
    "the file disappeared before it could be read": "پرونده پیش از خوانده شدن ناپدید شد",
    "cannot be read: permission denied": "خوانده نمی‌شود: اجازهٔ دسترسی نیست",
    "cannot be read: it is now a folder": "خوانده نمی‌شود: اکنون پوشه است",
    "cannot be read: {reason}": "خوانده نمی‌شود: {reason}",
    "the archive's disk is full": "دیسک بایگانی پر است",
    "could not write the copy into the archive: {reason}": "رونوشت در بایگانی نوشته نشد: {reason}",
    "unsupported format: {format} (Apple/Android high-efficiency photo) cannot be decoded here; export it as JPEG and import that":
        "قالب پشتیبانی‌نشده: {format} (عکس پربازده اپل/اندروید) اینجا گشوده نمی‌شود؛ آن را JPEG کنید و آن را وارد کنید",
    "unsupported format: AVIF cannot be decoded by this installation; export it as JPEG":
        "قالب پشتیبانی‌نشده: AVIF در این نصب گشوده نمی‌شود؛ آن را JPEG کنید",
    "truncated: the PNG file stops before its end marker (half-copied?)":
        "ناقص: پروندهٔ PNG پیش از نشانهٔ پایانش تمام می‌شود (نیمه‌کاره رونوشت شده؟)",
    "refused: decoding it needs more memory than a photo may take":
        "پذیرفته نشد: گشودنش بیش از حافظه‌ای که یک عکس می‌تواند بگیرد لازم دارد",
    # backup and restore
    "{path}: an original named in the database is missing (run check)":
        "{path}: اصل عکسی که پایگاه داده نام می‌برد نیست (بررسی بایگانی را اجرا کنید)",
    "{path}: the copy does not match the archive's hash (the original may be damaged; run check)":
        "{path}: رونوشت با چکیدهٔ بایگانی نمی‌خواند (شاید اصل آسیب دیده باشد؛ بررسی بایگانی را اجرا کنید)",
    "{path}: a backup cannot go inside the archive itself": "{path}: پشتیبان نمی‌تواند درون خود بایگانی باشد",
    "{path} exists and is not a folder": "{path} هست و پوشه نیست",
    "{path} is not empty and holds no earlier backup; choose an empty folder":
        "{path} خالی نیست و پشتیبان پیشینی هم ندارد؛ پوشه‌ای خالی برگزینید",
    "{path} is on a read-only disk: choose a writable folder for the backup":
        "{path} روی دیسکی فقط‌خواندنی است: برای پشتیبان پوشه‌ای نوشتنی برگزینید",
    "{path} is not a press archive backup (no {database})": "{path} پشتیبان بایگانی روابط عمومی نیست ({database} ندارد)",
    "{path} is not empty: restore goes into a new or empty folder only":
        "{path} خالی نیست: بازگردانی فقط در پوشه‌ای تازه یا خالی انجام می‌شود",
    "{path}: the backup's database is damaged ({detail})": "{path}: پایگاه دادهٔ پشتیبان آسیب دیده است ({detail})",
    "{path}: an original named in the backup is missing": "{path}: اصل عکسی که پشتیبان نام می‌برد نیست",
    # a search the user typed
    '"{field}:" needs a value after the colon, e.g. {field}:نوروز or {field}:"two words"':
        '«{field}:» پس از دونقطه مقداری می‌خواهد، مانند {field}:نوروز یا {field}:"دو واژه"',
    "too many parentheses inside each other (at most {most} levels)":
        "پرانتزهای تودرتو بیش از اندازه است (دست‌بالا {most} لایه)",
    "the query must be text": "جست‌وجو باید متن باشد",
    "the query is too long ({length} characters; at most {most})":
        "جست‌وجو بیش از اندازه بلند است ({length} نویسه؛ دست‌بالا {most})",
    "the query has too many words (at most {most})": "جست‌وجو واژه‌های بیش از اندازه دارد (دست‌بالا {most})",
    "nothing to search for: type one or more words (wildcards such as * are not supported)":
        "چیزی برای جست‌وجو نیست: یک یا چند واژه بنویسید (نشانه‌هایی مانند * پشتیبانی نمی‌شوند)",
    'unknown type "{value}" (one of {types})': "نوع ناشناختهٔ «{value}» (یکی از {types})",
    "year:{value} is not a year (e.g. year:1394)": "year:{value} سال نیست (مانند year:۱۳۹۴)",
    # a record's fields
    "expected a number, got true/false": "عدد انتظار می‌رفت، اما درست/نادرست آمد",
    "expected a number, got {kind}": "عدد انتظار می‌رفت، اما {kind} آمد",
    "expected text, got {kind}": "متن انتظار می‌رفت، اما {kind} آمد",
    "expected text, got a number": "متن انتظار می‌رفت، اما عدد آمد",
    "expected a list of text": "فهرستی از متن انتظار می‌رفت",
    "expected a list or comma-separated text, got {kind}":
        "فهرست یا متنی جداشده با ویرگول انتظار می‌رفت، اما {kind} آمد",
    "expected a date such as 1394/12/29 or 2016-03-19, got {kind}":
        "تاریخی مانند ۱۳۹۴/۱۲/۲۹ یا ۲۰۱۶-۰۳-۱۹ انتظار می‌رفت، اما {kind} آمد",
    "expected one of {choices}": "یکی از این‌ها انتظار می‌رفت: {choices}",
    "no event with ref {ref!r}": "رویدادی با شناسهٔ «{ref}» نیست",
    "{ref!r} is already used by another {kind} record": "شناسهٔ «{ref}» را رکورد دیگری از همین نوع دارد",
    # tagging photos
    "rating must be a whole number from 0 to 5, not {rating!r}":
        "امتیاز باید عددی درست از ۰ تا ۵ باشد، نه «{rating}»",
    "a photo cannot be picked and rejected at once": "یک عکس نمی‌تواند هم‌زمان برگزیده و ردشده باشد",
    "no photo with id {id}": "عکسی با شمارهٔ {id} نیست",
    "photo {id} belongs to batch {owner}, not to batch {batch}":
        "عکس {id} از مجموعهٔ {owner} است، نه از مجموعهٔ {batch}",
    "a title and an event belong to the whole batch: leave out the photo ids":
        "عنوان و رویداد از آنِ کل مجموعه‌اند: شمارهٔ عکس‌ها را نیاورید",
    "nothing to change: give keywords to add or remove, a caption, a photographer, a place, "
    "people, a rating, a pick or a reject":
        "چیزی برای تغییر نیست: کلیدواژه‌ای برای افزودن یا برداشتن، شرح، عکاس، مکان، اشخاص، امتیاز، "
        "گزینش یا رد بدهید",
    "keyword {keyword!r} cannot be added and removed at once":
        "کلیدواژهٔ «{keyword}» را نمی‌توان هم‌زمان افزود و برداشت",
    "code {code!r} must be 1-40 characters without spaces or backslashes":
        "کد «{code}» باید ۱ تا ۴۰ نویسه، بی فاصله و بی ممیز وارو باشد",
    "no photo batch with id or ref {batch!r}": "مجموعهٔ عکسی با شماره یا شناسهٔ «{batch}» نیست",
    "photo batch {batch!r} is in the trash; restore it first":
        "مجموعهٔ عکس «{batch}» در سطل زباله است؛ نخست آن را بازگردانید",
    "no event with ref {ref!r} (import or add the event first)":
        "رویدادی با شناسهٔ «{ref}» نیست (نخست رویداد را وارد کنید یا بیفزایید)",
    "name at least one folder, zip file or photo to import":
        "دست‌کم یک پوشه، پروندهٔ زیپ یا عکس برای ورود نام ببرید",
    # photos and zips an import refuses
    "damaged: a segment at offset {offset} has an impossible length":
        "آسیب‌دیده: بخشی در جایگاه {offset} درازای ناممکنی دارد",
    "damaged: the JPEG has no image data": "آسیب‌دیده: JPEG دادهٔ تصویر ندارد",
    "damaged: the frame header describes no pixels": "آسیب‌دیده: سرآیند قاب هیچ پیکسلی را وصف نمی‌کند",
    "damaged: the frame header is cut short": "آسیب‌دیده: سرآیند قاب ناتمام است",
    "damaged: the header claims {width}x{height} pixels but the image data is far too small for that "
    "(a lying header or a truncated file)":
        "آسیب‌دیده: سرآیند از {width}×{height} پیکسل می‌گوید اما دادهٔ تصویر برای آن بسیار کم است "
        "(سرآیندی نادرست یا پرونده‌ای بریده)",
    "damaged: unexpected bytes at offset {offset} and no image data after them":
        "آسیب‌دیده: بایت‌های نابه‌جا در جایگاه {offset} و پس از آن‌ها دادهٔ تصویری نیست",
    "not a JPEG: it does not start with the JPEG start marker": "JPEG نیست: با نشانهٔ آغاز JPEG شروع نمی‌شود",
    "truncated: the file ends before its image data (half-copied?)":
        "ناقص: پرونده پیش از دادهٔ تصویرش تمام می‌شود (نیمه‌کاره رونوشت شده؟)",
    "cannot be read as a zip archive: {reason}": "به‌صورت پروندهٔ زیپ خوانده نشد: {reason}",
    "refused: compressed {ratio}:1, far beyond any photo (a zip bomb?)":
        "پذیرفته نشد: فشرده‌سازی {ratio} به ۱، بسیار فراتر از هر عکس (بمب زیپ؟)",
    "refused: its name holds a NUL byte": "پذیرفته نشد: نامش بایت NUL دارد",
    "refused: its path holds '..' (it would escape the zip's folder)":
        "پذیرفته نشد: مسیرش «..» دارد (از پوشهٔ زیپ بیرون می‌زند)",
    "refused: its path is absolute (it would escape the zip's folder)":
        "پذیرفته نشد: مسیرش مطلق است (از پوشهٔ زیپ بیرون می‌زند)",
    "refused: larger than any photo (limit {megabytes} MB)":
        "پذیرفته نشد: بزرگ‌تر از هر عکس (سقف {megabytes} مگابایت)",
    "refused: not a regular file (a device, pipe or socket)":
        "پذیرفته نشد: پرونده‌ای معمولی نیست (دستگاه، لوله یا سوکت)",
    "refused: the zip entry is a symbolic link": "پذیرفته نشد: این بخش زیپ پیوند نمادین است",
    "refused: the zip entry is encrypted": "پذیرفته نشد: این بخش زیپ رمزگذاری شده است",
    "refused: the zip entry unpacks to more than its header says (a zip bomb?)":
        "پذیرفته نشد: این بخش زیپ بیش از آنچه سرآیندش می‌گوید باز می‌شود (بمب زیپ؟)",
    "refused: the zip holds {count} entries (limit {most})": "پذیرفته نشد: زیپ {count} بخش دارد (سقف {most})",
    "refused: the zip unpacks to more than {gigabytes} GB (a zip bomb?)":
        "پذیرفته نشد: زیپ به بیش از {gigabytes} گیگابایت باز می‌شود (بمب زیپ؟)",
    "refused: {megabytes} MB is larger than any photo (limit {most} MB)":
        "پذیرفته نشد: {megabytes} مگابایت از هر عکسی بزرگ‌تر است (سقف {most} مگابایت)",
    "the zip archive changed while it was being imported": "پروندهٔ زیپ در میانهٔ ورود تغییر کرد",
    "the zip entry cannot be read: {reason}": "این بخش زیپ خوانده نمی‌شود: {reason}",
    "the zip entry cannot be unpacked: {reason}": "این بخش زیپ باز نمی‌شود: {reason}",
    "the zip entry is damaged: {reason}": "این بخش زیپ آسیب دیده است: {reason}",
    "this folder cannot be read: {reason}": "این پوشه خوانده نمی‌شود: {reason}",
    "{path}: no such file or folder": "{path}: چنین پرونده یا پوشه‌ای نیست",
    # people, copies, reports, a damaged database
    "--role: {role!r} is not one of {roles}": "--role: «{role}» یکی از این‌ها نیست: {roles}",
    "NAME: a login name without leading or trailing spaces": "NAME: نام ورودی بی فاصله در آغاز یا پایان",
    "people and roles belong to a server archive (--archive postgresql://...); "
    "a folder archive is whoever can open the folder":
        "افراد و نقش‌ها از آنِ بایگانی سرور است (--archive postgresql://...)؛ بایگانی پوشه‌ای از آنِ "
        "هر کسی است که بتواند پوشه را باز کند",
    "{name} is already a person of this archive ({role})": "{name} از پیش در این بایگانی است ({role})",
    "{name} is not a person of this archive": "{name} در این بایگانی نیست",
    "the source and the target are the same archive": "مبدأ و مقصد یک بایگانی‌اند",
    "the target already holds another archive's {table} (e.g. {example!r}); copy into a new or empty archive":
        "مقصد از پیش {table} بایگانی دیگری را دارد (مانند «{example}»)؛ در بایگانی‌ای نو یا خالی رونوشت کنید",
    "the target's audit log is not a beginning of this archive's: it holds another archive's history; "
    "copy into a new or empty archive":
        "دفتر رویدادهای مقصد آغاز دفتر این بایگانی نیست: تاریخچهٔ بایگانی دیگری را دارد؛ "
        "در بایگانی‌ای نو یا خالی رونوشت کنید",
    "the window is empty: {start} is after {end}": "بازه خالی است: {start} پس از {end} است",
    "by must be one of {kinds}, not {by!r}": "تفکیک باید یکی از {kinds} باشد، نه «{by}»",
    "unknown report format {format!r}: use {formats}": "قالب گزارش ناشناخته است: «{format}»؛ یکی از {formats}",
    "{path} is a folder: give the report's file name, e.g. {example}":
        "{path} پوشه است: نام پروندهٔ گزارش را بدهید، مانند {example}",
    "{path}: cannot write in {folder} ({reason})": "{path}: در {folder} نمی‌توان نوشت ({reason})",
    "{path}: the file exists and cannot be overwritten": "{path}: پرونده هست و نمی‌توان رویش نوشت",
    "{path}: the folder {folder} does not exist": "{path}: پوشهٔ {folder} نیست",
    "the archive's database in {folder} is damaged ({detail}); run 'check', or restore the last backup "
    "into a new folder":
        "پایگاه دادهٔ بایگانی در {folder} آسیب دیده است ({detail})؛ «check» را اجرا کنید یا آخرین پشتیبان "
        "را در پوشه‌ای نو بازگردانید",
    # importing and exporting photos
    "--date: {problem}": "--date: {problem}",
    "files {files!r}: choose one of {choices}": "پرونده‌ها «{files}»: یکی از {choices} را برگزینید",
    "name the photographer who replaces the one in every photo's metadata":
        "عکاسی را نام ببرید که به جای عکاسِ فرادادهٔ همهٔ عکس‌ها می‌نشیند",
    "not enough free space on the archive's disk: these photos need about {needed} MB and {free} MB are free; "
    "nothing was imported":
        "جای خالی دیسک بایگانی بس نیست: این عکس‌ها نزدیک {needed} مگابایت می‌خواهند و {free} مگابایت خالی است؛ "
        "چیزی وارد نشد",
    "photo {id} is not in batch {batch}": "عکس {id} در مجموعهٔ {batch} نیست",
    "{folder}: cannot make the folder: {reason}": "{folder}: پوشه ساخته نشد: {reason}",
    "{folder}: export to a folder outside the archive": "{folder}: به پوشه‌ای بیرون از بایگانی برون‌بری کنید",
    # what a photo import notes about a file it keeps
    "EXIF capture time {value!r} is not a real date: ignored":
        "زمان عکاسی EXIF «{value}» تاریخی واقعی نیست: نادیده گرفته شد",
    "EXIF orientation {value!r} is not a valid value (1-8): the photo is shown as stored":
        "جهت EXIF «{value}» مقداری درست نیست (۱ تا ۸): عکس همان‌گونه که ذخیره شده نمایش داده می‌شود",
    "decoder: {text}": "رمزگشا: {text}",
    "part of the EXIF block is damaged: capture time and lens were not read":
        "بخشی از بلوک EXIF آسیب دیده است: زمان عکاسی و لنز خوانده نشد",
    "the EXIF block is damaged: capture time, camera and orientation were not read":
        "بلوک EXIF آسیب دیده است: زمان عکاسی، دوربین و جهت خوانده نشد",
    "the IPTC block is damaged and was not read": "بلوک IPTC آسیب دیده است و خوانده نشد",
    "the XMP block is damaged and was not read": "بلوک XMP آسیب دیده است و خوانده نشد",
    "the XMP block was not read (too large or with XML entity declarations)":
        "بلوک XMP خوانده نشد (بیش از اندازه بزرگ یا با تعریف موجودیت XML)",
    "the file holds {frames} frames; the archive shows the first":
        "پرونده {frames} قاب دارد؛ بایگانی نخستین را نشان می‌دهد",
    "the file is a {format} but is named {suffix}": "پرونده {format} است اما نامش {suffix} است",
    "the raw file's own metadata is damaged: the preview's was read":
        "فرادادهٔ خودِ پروندهٔ خام آسیب دیده است: فرادادهٔ پیش‌نمایش خوانده شد",
    "{count} stray bytes at offset {offset} between JPEG segments were skipped":
        "{count} بایت نابه‌جا در جایگاه {offset} میان بخش‌های JPEG نادیده گرفته شد",
}

_MESSAGE_CONTEXT = re.compile(r"<context>\s*<name>Messages</name>.*?</context>\n?", re.S)


def said_templates() -> dict[str, list[tuple[str, int]]]:
    """Every template given to `said(...)` outside the interface, with where it is written."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in sorted((ROOT / "press_archive").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "press_archive").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "said" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                where = "../../" + str(path.relative_to(ROOT))
                found.setdefault(node.args[0].value, []).append((where, node.lineno))
    return found


def with_messages(text: str, kept: dict[str, str]) -> str:
    """The .ts with its `Messages` context made anew from the templates (translations kept)."""
    text = _MESSAGE_CONTEXT.sub("", text)
    parts = ["<context>\n    <name>Messages</name>\n"]
    for source, places in sorted(said_templates().items()):
        parts.append("    <message>\n")
        parts += [f'        <location filename="{f}" line="{n}"/>\n' for f, n in places]
        translation = kept.get(source)
        parts.append(f"        <source>{html.escape(source, quote=False)}</source>\n")
        parts.append(f"        <translation>{html.escape(translation, quote=False)}</translation>\n" if translation
                     else '        <translation type="unfinished"></translation>\n')
        parts.append("    </message>\n")
    parts.append("</context>\n")
    return text.replace("</TS>", "".join(parts) + "</TS>")


def kept_messages(text: str) -> dict[str, str]:
    block = _MESSAGE_CONTEXT.search(text)
    return {html.unescape(m.group(2)): html.unescape(m.group(4)) for m in _MESSAGE.finditer(block.group(0))
            if m.group(4) and not m.group(3)} if block else {}


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
    kept = kept_messages(TS.read_text(encoding="utf-8")) if TS.exists() else {}
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    text, missing = fill(with_messages(TS.read_text(encoding="utf-8"), kept))
    TS.write_text(text, encoding="utf-8")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    for source in sorted(set(missing)):
        print(f"no Persian for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
