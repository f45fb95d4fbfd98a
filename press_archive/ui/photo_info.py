"""What the selected photo(s) hold now: their caption, keywords, people, place, photographer, rating and
pick as the photographer sees them (a photo's own value, else its batch's), and the camera's data.
With several selected, a field whose values differ says "mixed"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox

from press_archive.services.photos import pick_flag
from press_archive.ui import i18n

MIXED = object()
SHOWN_AT_MOST = 2000  # a summary of more photos than this reads only the first ones
FIELDS = ("original_name", "captured", "camera", "lens", "exposure", "gps", "size", "caption", "keywords", "people",
          "photographer", "place", "rating", "picked")


def field_title(name: str) -> str:
    translate = QCoreApplication.translate
    return {
        "original_name": translate("PhotoInfo", "File"), "captured": translate("PhotoInfo", "Taken"),
        "camera": translate("PhotoInfo", "Camera"), "lens": translate("PhotoInfo", "Lens"),
        "exposure": translate("PhotoInfo", "Exposure"), "gps": translate("PhotoInfo", "GPS"),
        "size": translate("PhotoInfo", "Pixels"), "caption": translate("PhotoInfo", "Caption"),
        "keywords": translate("PhotoInfo", "Keywords"), "people": translate("PhotoInfo", "People"),
        "photographer": translate("PhotoInfo", "Photographer"), "place": translate("PhotoInfo", "Place"),
        "rating": translate("PhotoInfo", "Rating"), "picked": translate("PhotoInfo", "Pick"),
    }[name]


def _exposure(meta: dict) -> str:
    parts = []
    if t := meta.get("exposure_time"):
        parts.append(f"1/{round(1 / t)} s" if t < 1 else f"{t:g} s")
    if f := meta.get("f_number"):
        parts.append(f"f/{f:g}")
    if mm := meta.get("focal_length"):
        parts.append(f"{mm:g} mm")
    if iso := meta.get("iso"):
        parts.append(f"ISO {iso}")
    return " · ".join(parts)


def photo_values(photo: dict, batch: dict | None) -> dict:
    """One photo's values for the panel, its batch's where it has none of its own."""
    batch = batch or {}
    meta = photo.get("metadata") or {}
    gps = meta.get("gps")
    return {
        "original_name": photo.get("original_name") or "",
        "captured": photo.get("captured_at") or "",
        "camera": photo.get("camera") or "",
        "lens": photo.get("lens") or "",
        "exposure": _exposure(meta),
        "gps": f"{gps[0]:.5f}, {gps[1]:.5f}" if gps else "",
        "size": f"{photo['width']} × {photo['height']}" if photo.get("width") else "",
        "caption": photo.get("caption") or batch.get("caption") or "",
        "keywords": tuple(photo.get("keywords") or batch.get("keywords") or ()),
        "people": tuple(photo.get("people") or batch.get("people") or ()),
        "photographer": photo.get("photographer") or batch.get("photographer") or "",
        "place": photo.get("place") or batch.get("place") or "",
        "rating": int(photo.get("rating") or 0),
        "picked": pick_flag(photo),
    }


def summarise(photos: list[dict], batches: dict[int, dict]) -> dict:
    """Each field's one value over the photos, or MIXED where they differ."""
    out: dict = {}
    for photo in photos:
        values = photo_values(photo, batches.get(photo.get("batch_id")))
        for name, value in values.items():
            if name not in out:
                out[name] = value
            elif out[name] is not MIXED and out[name] != value:
                out[name] = MIXED
    return out


def shown_text(name: str, value) -> str:
    if value is MIXED:
        return QCoreApplication.translate("PhotoInfo", "(mixed)")
    if name == "captured":
        return i18n.fmt_date(value, "long") if value else ""
    if name == "rating":
        return "★" * value if value else ""
    if name == "picked":
        return {1: QCoreApplication.translate("PhotoInfo", "Picked"),
                -1: QCoreApplication.translate("PhotoInfo", "Rejected")}.get(value, "")
    if name in ("keywords", "people"):
        return i18n.list_text(value)
    if name in ("exposure", "gps", "size"):
        return i18n.isolate(i18n.digits(value)) if value else ""
    if name in ("original_name", "camera", "lens"):
        return i18n.isolate(value) if value else ""
    return value


class PhotoInfoPanel(QGroupBox):
    """The selected photos' current values, read only (the tagging panel below changes them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Selected photos"))
        self.form = QFormLayout(self)
        self.values: dict[str, object] = {}
        self.labels = {}
        for name in FIELDS:
            label = i18n.plain_label("", wrap=True, selectable=True)
            self.labels[name] = label
            self.form.addRow(i18n.plain_label(field_title(name)), label)
        self.show_photos([], {})

    def show_photos(self, photos: list[dict], batches: dict[int, dict]) -> None:
        self.values = summarise(photos, batches)
        for name, label in self.labels.items():
            text = shown_text(name, self.values[name]) if name in self.values else ""
            i18n.set_plain(label, text)
            self.form.setRowVisible(label, bool(text) or name in ("caption", "keywords"))
        self.setVisible(bool(photos))  # nothing selected: nothing to show
