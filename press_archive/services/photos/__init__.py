"""Photo batches and photos: import, tagging, duplicates, export, code replacements and care of the files.

The GUI and the CLI call only these functions (import them from here: the modules behind them may move).
Pixel work happens in spawned worker processes (`press_archive.media.worker`); `importing` moves verified files
into place and writes the rows, in transactions of about fifty photos, so a killed import keeps what it finished
and running it again finishes the rest (the SHA-256 of every original is unique in the archive).

A photo inherits its batch's caption, keywords, photographer, place and people; a photo's own column holds a
value only where it differs from its batch (`effective_fields` gives what a photo shows). Photos whose text is
all inherited are found through their batch and not indexed one by one.
"""

from press_archive.services.photos.care import (
    clear_orphans,
    find_orphans,
    interrupted_imports,
    rebuild_thumbnails,
    verify_photos,
)
from press_archive.services.photos.codes import (
    code_replacements,
    edit_keyword_vocabulary,
    expand_codes,
    import_code_replacements,
    keyword_suggestions,
    keyword_vocabulary,
    people_suggestions,
    place_suggestions,
    set_code_replacement,
    set_code_replacements,
)
from press_archive.services.photos.common import (
    DEFAULT_WORKERS,
    FileProblem,
    PhotoError,
    effective_fields,
    legacy_charset,
    resolve_batch,
    set_legacy_charset,
)
from press_archive.services.photos.export import ExportReport, export_photos
from press_archive.services.photos.importing import (
    ImportProgress,
    PhotoImportReport,
    import_photos,
)
from press_archive.services.photos.queries import (
    DuplicateGroup,
    batch_photo_count,
    batch_photo_counts,
    find_duplicates,
    get_batch,
    get_photos,
    original_path,
    photo_ids,
    raw_files,
    thumbnail_path,
)
from press_archive.services.photos.samples import load_sample_photos
from press_archive.services.photos.states import (
    flag_photos,
    photo_states,
    pick_flag,
    restore_photo_states,
    trash_photos,
)
from press_archive.services.photos.tagging import TagChange, TagResult, tag_photos

__all__ = [
    "DEFAULT_WORKERS", "DuplicateGroup", "ExportReport", "FileProblem", "ImportProgress", "PhotoError",
    "PhotoImportReport", "TagChange", "TagResult", "batch_photo_count", "batch_photo_counts", "clear_orphans",
    "code_replacements", "edit_keyword_vocabulary", "effective_fields", "expand_codes", "export_photos",
    "find_duplicates", "find_orphans", "flag_photos", "interrupted_imports",
    "get_batch", "get_photos", "import_code_replacements", "import_photos", "keyword_suggestions", "keyword_vocabulary",
    "legacy_charset", "load_sample_photos", "original_path", "people_suggestions", "photo_ids", "photo_states", "pick_flag",
    "place_suggestions", "raw_files", "rebuild_thumbnails", "resolve_batch", "restore_photo_states",
    "set_code_replacement", "set_code_replacements", "set_legacy_charset", "tag_photos", "thumbnail_path", "trash_photos", "verify_photos",
]
