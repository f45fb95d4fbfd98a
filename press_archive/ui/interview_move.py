"""What an interview order's new state needs, asked when a card moves: the day it is scheduled for, the
day it was recorded, the day it aired and its minutes on air."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QVBoxLayout

from press_archive.domain.records import INTERVIEW_STATE_NEEDS, kind_named
from press_archive.ui import i18n
from press_archive.ui.jalali_widgets import JalaliDateEdit


class InterviewMoveDialog(QDialog):
    """One form for the fields the new state needs, filled with what the orders already hold."""

    def __init__(self, status: str, rows: list[dict], parent=None):
        super().__init__(parent)
        self.status = status
        self.setWindowTitle(self.tr("Move to: {}").format(i18n.choice_label(status)))
        kind = kind_named("interviews")
        self.editors: dict[str, object] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        form = QFormLayout()
        for name in INTERVIEW_STATE_NEEDS.get(status, ()):
            field = kind.field(name)
            current = next((r.get(name) for r in rows if r.get(name)), None)
            if name == "minutes":
                editor = QDoubleSpinBox()
                editor.setRange(0, 10_000)
                editor.setDecimals(1)
                editor.setValue(float(current or 0))
                editor.valueChanged.connect(self._check)
                if i18n.is_persian():
                    from press_archive.ui.jalali_widgets import _persian_locale

                    editor.setLocale(_persian_locale())
            else:
                editor = JalaliDateEdit()
                editor.set_date(date.fromisoformat(current[:10]) if current else date.today())
                editor.changed.connect(self._check)
            self.editors[name] = editor
            form.addRow(i18n.plain_label(field.label_fa if i18n.is_persian() else field.label_en), editor)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(i18n.plain_label(self.tr("{} orders move to “{}”. It needs:").format(
            i18n.fmt_int(len(rows)), i18n.choice_label(status)), wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = all(e.iso() for e in self.editors.values() if isinstance(e, JalaliDateEdit))
        minutes = self.editors.get("minutes")
        ok = ok and (minutes is None or minutes.value() > 0)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def values(self) -> dict:
        out = {}
        for name, editor in self.editors.items():
            out[name] = editor.value() if name == "minutes" else editor.text()
        return out
