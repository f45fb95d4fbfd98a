"""Settings: the archive folder, the language and the thumbnail size (kept in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from press_archive.ui import file_dialogs, i18n


class SettingsDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.folder = QLineEdit(settings.archive_folder)
        self.folder.setPlaceholderText(self.tr("The default folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        self.language.addItem("فارسی", "fa")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.thumbnails = QSpinBox()
        self.thumbnails.setRange(64, 320)
        self.thumbnails.setSingleStep(16)
        self.thumbnails.setValue(settings.thumbnail_size)
        form = QFormLayout()
        form.addRow(i18n.plain_label(self.tr("Archive folder")), row)
        form.addRow(i18n.plain_label(self.tr("Language")), self.language)
        form.addRow(i18n.plain_label(self.tr("Thumbnail size")), self.thumbnails)
        note = i18n.plain_label(self.tr("A new archive folder or language takes effect the next time the program "
                                        "starts."), wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def _browse(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Choose the archive folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        self.settings.archive_folder = self.folder.text().strip()
        self.settings.language = self.language.currentData()
        self.settings.thumbnail_size = self.thumbnails.value()
        self.settings.sync()
        super().accept()
