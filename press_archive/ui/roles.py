"""What the window offers a login: actions outside its role are disabled, with a tooltip saying why.

The server enforces the roles (grants); this only spares the person a refusal after the fact. The
areas follow storage/users.py: officers write records (news, events, interview orders, productions),
photographers photo batches and photos, managers read, admins do all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu

from press_archive.ui import i18n

RECORDS, PHOTOS = "records", "photos"
MAY_WRITE = {"officer": {RECORDS}, "photographer": {PHOTOS}, "manager": set(), "admin": {RECORDS, PHOTOS}}


def role_label(role: str | None) -> str:
    # Each string written out in a translate() call: lupdate collects only literal strings.
    if role == "officer":
        return QCoreApplication.translate("Roles", "press officer")
    if role == "photographer":
        return QCoreApplication.translate("Roles", "photographer")
    if role == "manager":
        return QCoreApplication.translate("Roles", "manager")
    if role == "admin":
        return QCoreApplication.translate("Roles", "admin")
    return QCoreApplication.translate("Roles", "owner of the archive")


def area_label(area: str) -> str:
    if area == RECORDS:
        return QCoreApplication.translate("Roles", "news, events, interviews and productions")
    return QCoreApplication.translate("Roles", "photo batches and photos")


class RoleGuard:
    """One window's login and role (a folder archive: no login, nothing restricted)."""

    def __init__(self, login: str | None, role: str | None):
        self.login, self.role = login, role

    @classmethod
    def for_archive(cls, archive) -> "RoleGuard":
        if not archive.is_server:
            return cls(None, None)
        from press_archive.services.users import my_role

        return cls(archive.user, my_role(archive))

    def may(self, area: str) -> bool:
        return self.login is None or self.role is None or area in MAY_WRITE[self.role]

    def refusal(self, area: str) -> str:
        return QCoreApplication.translate(
            "Roles", "Your role (%1) may not change %2; an admin can give you another role.").replace(
            "%1", role_label(self.role)).replace("%2", area_label(area))

    def status_text(self) -> str:
        return QCoreApplication.translate("Roles", "Signed in as %1 (%2)").replace("%1", i18n.isolate(self.login)).replace("%2", role_label(self.role))

    def refusal_of(self, area: str) -> str | None:
        """Why this login may not change `area`, or None when it may (a folder archive: always None)."""
        return None if self.may(area) else self.refusal(area)

    def badge(self) -> QLabel | None:
        """The status bar's permanent note of who is signed in (None on a folder archive)."""
        if self.login is None:
            return None
        label = i18n.plain_label(self.status_text())
        label.setObjectName("login_badge")
        return label

    def apply(self, window) -> None:
        """Disable what the role may not do in the window's current view; call after the view enables actions."""
        if self.login is None or self.role is None:
            return
        location = window.location
        shown = PHOTOS if location.get("view") == "photos" or location.get("kind") == "photo_batches" else RECORDS
        for action, area in ((window.action_new, shown), (window.action_edit, shown), (window.action_delete, shown),
                             (window.action_restore, shown), (window.action_purge, shown),
                             (window.action_import, RECORDS), (window.action_import_photos, PHOTOS),
                             (window.action_code_replacements, PHOTOS), (window.action_keyword_vocabulary, PHOTOS)):
            if self.may(area):
                action.setToolTip(action.text().replace("&", "").rstrip("…"))
            else:
                action.setEnabled(False)
                action.setToolTip(self.refusal(area))
        guide = window.list.guide  # an empty archive's first steps
        for button, areas in ((guide.import_records, (RECORDS,)), (guide.import_photos, (PHOTOS,)),
                              (guide.load_sample, (RECORDS, PHOTOS))):
            refused = [a for a in areas if not self.may(a)]
            button.setEnabled(not refused)
            button.setToolTip(self.refusal(refused[0]) if refused else "")
        detail = window.detail  # the panel beside the list offers the same edit, delete and restore
        for button in (detail.edit_button, detail.delete_button, detail.restore_button):
            button.setEnabled(self.may(shown))
            button.setToolTip("" if self.may(shown) else self.refusal(shown))
        for menu in window.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
