"""The main window and its views: lists and the detail panel, trash and undo, the event dossier,
the interview board, the reports dashboard, search with facets and snippets, settings, first start."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import (  # noqa: E402,F401
    persian_app, press, session, type_text, ui_archive, ui_settings, wait_for_writes, window,
)


def select_row(view, row):
    """Select a whole row (QTableView.selectRow misses in right-to-left views: Qt looks past the last column)."""
    from PySide6.QtCore import QItemSelectionModel

    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


def _rows(model):
    model.cache.load_rows(range(model.rowCount()))
    return [model.record_at(r) for r in range(model.rowCount())]


def test_window_is_right_to_left_and_persian(window):
    from PySide6.QtCore import Qt

    assert window.layoutDirection() == Qt.RightToLeft
    assert window.action_undo.text() == "واگرد"
    assert window.menuBar().actions()[0].text() == "&پرونده"
    assert window.sidebar.items["news"].text(0).lstrip("\u200f") == "اخبار"


def test_navigation_reaches_every_view(window, qtbot):
    for name, page in (("news", window.list), ("events", window.list), ("productions", window.list),
                       ("photos", window.photos), ("interviews", window.board), ("reports", window.dashboard),
                       ("search", window.search), ("trash", window.list), ("dossier", window.dossier)):
        window.open_view(name)
        assert window.stack.currentWidget() is page, name
    with pytest.raises(ValueError):
        window.open_view("nonsense")
    # the sidebar and the shortcuts navigate too
    window.sidebar.setCurrentItem(window.sidebar.items["events:press_conference"])
    assert window.location == {"view": "list", "kind": "events", "filters": {"kind": "press_conference"}}
    window.action_view_reports.trigger()
    assert window.stack.currentWidget() is window.dashboard
    assert window.action_view_news.shortcut().toString() == "Ctrl+1"


def test_selecting_a_row_shows_it_in_the_detail_panel(window, qtbot):
    window.open_view("news")
    model = window.list.model
    rows = _rows(model)
    target = next(n for n, r in enumerate(rows) if r["ref"] == "t-n-1")
    select_row(window.list.view, target)
    assert window.detail.record["ref"] == "t-n-1"
    assert window.detail.title.text().endswith("بودجهٔ شهرداری تصویب شد")
    texts = [window.detail.form.itemAt(i).widget().text() for i in range(window.detail.form.count())
             if window.detail.form.itemAt(i).widget() is not None]
    assert any("۱۴۰۳/۰۵/۱۵" in t for t in texts)


def test_delete_goes_to_the_trash_and_undo_brings_it_back(window, qtbot):
    from press_archive.services import records

    window.open_view("news")
    model = window.list.model
    n = model.rowCount()
    target = next(r for r in _rows(model) if r["ref"] == "t-n-2")
    window.list.select_id(target["id"])
    window.list.view.setFocus()
    window.action_delete.trigger()
    wait_for_writes(qtbot, window.session)
    assert window.list.model.rowCount() == n - 1
    assert records.resolve(session_archive(window), "news", target["id"])["deleted_at"]
    window.navigate({"view": "list", "kind": "news", "trash": True})
    assert target["id"] in window.list.model.cache.ids
    assert window.action_restore.isEnabled() and not window.action_delete.isEnabled()
    window.navigate({"view": "list", "kind": "news"})  # undo belongs to the view where the change was made
    window.action_undo.trigger()  # Ctrl+Z
    wait_for_writes(qtbot, window.session)
    window.navigate({"view": "list", "kind": "news", "trash": True})
    assert not records.resolve(session_archive(window), "news", target["id"])["deleted_at"]
    assert target["id"] not in window.list.model.cache.ids
    # restore from the trash view
    records.delete_record(session_archive(window), "news", target["id"])
    window.navigate({"view": "list", "kind": "news", "trash": True})
    window.list.select_id(target["id"])
    window.action_restore.trigger()
    wait_for_writes(qtbot, window.session)
    assert not records.resolve(session_archive(window), "news", target["id"])["deleted_at"]


def session_archive(window):
    return window.session.archive


def test_purge_asks_first(window, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from press_archive.services import records
    from press_archive.ui import main_window

    record_id = records.resolve(session_archive(window), "productions", "t-p-1")["id"]
    records.delete_record(session_archive(window), "productions", record_id)
    window.navigate({"view": "list", "kind": "productions", "trash": True})
    window.list.select_id(record_id)
    monkeypatch.setattr(main_window, "message_box", lambda *a, **k: QMessageBox.No)
    window.action_purge.trigger()
    assert records.resolve(session_archive(window), "productions", record_id)
    monkeypatch.setattr(main_window, "message_box", lambda *a, **k: QMessageBox.Yes)
    window.action_purge.trigger()
    wait_for_writes(qtbot, window.session)
    with pytest.raises(LookupError):
        records.resolve(session_archive(window), "productions", record_id)


def test_new_record_shortcut_opens_the_editor_for_the_current_kind(window, monkeypatch):
    from press_archive.ui import main_window

    opened = []

    class FakeEditor:
        def __init__(self, session, kind, record_id=None, parent=None, defaults=None):
            opened.append((kind, record_id, defaults))
            self.record_id = None

        def exec(self):
            return 0

    monkeypatch.setattr(main_window, "RecordEditor", FakeEditor)
    window.navigate({"view": "list", "kind": "events", "filters": {"kind": "ceremony"}})
    window.action_new.trigger()
    assert opened[-1] == ("events", None, {"kind": "ceremony"})
    window.open_view("news")
    select_row(window.list.view, 0)
    window.action_edit.trigger()
    assert opened[-1][0] == "news" and opened[-1][1] == window.list.model.record_id(0)
    assert window.action_new.shortcut().toString() == "Ctrl+N"


def test_event_dossier_lists_linked_records(window, monkeypatch):
    from press_archive.services import records

    event_id = records.resolve(session_archive(window), "events", "t-ev-1")["id"]
    window.navigate({"view": "dossier", "event_id": event_id})
    dossier = window.dossier
    assert dossier.title.text().endswith("نشست خبری شهردار دربارهٔ بودجه")
    assert dossier.fact_labels["date"].text().endswith("۱۴ مرداد ۱۴۰۳")
    assert dossier.trees["news"].topLevelItemCount() == 1
    assert dossier.trees["interviews"].topLevelItemCount() == 1
    assert "(۱)" in dossier.boxes["news"].title()
    opened = []
    monkeypatch.setattr(window, "edit_record", lambda k, i: None)  # not the modal editor
    dossier.open_record.disconnect()
    dossier.open_record.connect(lambda k, i: opened.append((k, i)))
    item = dossier.trees["news"].topLevelItem(0)
    dossier.trees["news"].itemDoubleClicked.emit(item, 0)
    assert opened == [("news", records.resolve(session_archive(window), "news", "t-n-1")["id"])]


def answer_move_dialog(qtbot, fill=None, accept=True):
    """Answer the dialog a board move opens (it asks for what the new state needs) as a user would."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from press_archive.ui.interview_move import InterviewMoveDialog

    def later():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InterviewMoveDialog)
        if fill:
            fill(dialog)
        if accept:
            press(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key_Space, " ")
        else:
            press(dialog, Qt.Key_Escape)

    QTimer.singleShot(100, later)


def test_interview_board_columns_overdue_and_moves(window, qtbot):
    from PySide6.QtCore import Qt

    from press_archive.services import records
    from press_archive.ui.board import is_overdue

    window.open_view("interviews")
    board = window.board
    order_id = records.resolve(session_archive(window), "interviews", "t-i-1")["id"]
    ordered = board.columns["ordered"]
    ids = [ordered.item(i).data(Qt.UserRole) for i in range(ordered.count())]
    assert order_id in ids
    assert order_id in board.overdue_ids()  # ordered in 1402: long overdue
    assert is_overdue({"status": "ordered", "date": "2000-01-01"})
    assert not is_overdue({"status": "aired", "date": "2000-01-01"})
    assert "(" in board.headers["ordered"].text()
    # drop on "scheduled": the services change the status, the board redraws from the archive
    answer_move_dialog(qtbot)
    board.move_orders([order_id], "scheduled")
    wait_for_writes(qtbot, window.session)
    assert records.resolve(session_archive(window), "interviews", order_id)["status"] == "scheduled"
    scheduled = board.columns["scheduled"]
    assert order_id in [scheduled.item(i).data(Qt.UserRole) for i in range(scheduled.count())]
    window.session.undo_stack.undo()
    wait_for_writes(qtbot, window.session)
    assert records.resolve(session_archive(window), "interviews", order_id)["status"] == "ordered"


def test_board_accepts_a_real_drop(window, qtbot):
    from PySide6.QtCore import QMimeData, QPoint, Qt
    from PySide6.QtGui import QDropEvent

    from press_archive.services import records

    window.open_view("interviews")
    board = window.board
    order_id = records.resolve(session_archive(window), "interviews", "t-i-1")["id"]
    source = board.columns["ordered"]
    for i in range(source.count()):
        if source.item(i).data(Qt.UserRole) == order_id:
            source.item(i).setSelected(True)
    target = board.columns["scheduled"]
    event = QDropEvent(QPoint(5, 5), Qt.MoveAction, QMimeData(), Qt.LeftButton, Qt.NoModifier)
    event.source = lambda: source  # the drag's source column
    answer_move_dialog(qtbot)
    target.dropEvent(event)
    wait_for_writes(qtbot, window.session)
    assert records.resolve(session_archive(window), "interviews", order_id)["status"] == "scheduled"


def test_dashboard_counts_growth_and_chart(window, qtbot):
    window.open_view("reports")
    dash = window.dashboard
    labels = [dash.window_box.itemText(i) for i in range(dash.window_box.count())]
    assert labels[1] == "دو سال و نیم اخیر (فصل به فصل)"
    assert any(label.startswith("سال ۱۴۰۳") for label in labels)
    assert any(label.split()[0] in ("بهار", "تابستان", "پاییز", "زمستان") for label in labels)
    year = next(i for i, label in enumerate(labels) if label.startswith("سال ۱۴۰۳"))
    dash.select_window(year)
    assert len(dash.chart.values) == 12
    assert dash.chart.labels[0] == "فروردین"
    news_card = dash.cards["news"]
    assert news_card.value.text().lstrip("\u200f")[0] in "۰۱۲۳۴۵۶۷۸۹"
    assert sum(dash.chart.values) == dash.result.total["news"]
    image = dash.chart.grab().toImage()  # paints without touching the database
    assert not image.isNull() and image.width() > 100
    dash.metric_box.setCurrentIndex(dash.metric_box.findData("events"))
    assert dash.chart.title.startswith("رویدادها")


def test_dashboard_window_choices():
    from datetime import date

    from press_archive.ui.dashboard import BarChart, windows_for

    wins = windows_for(date(2020, 3, 25), date(2024, 8, 1), today=date(2024, 8, 1))
    assert wins[1].by == "quarter" and (wins[1].end - wins[1].start).days > 800
    assert [w.by for w in wins[1:]].count("month") >= 5
    assert BarChart._nice_max(7) == 8 and BarChart._nice_max(35) == 40 and BarChart._nice_max(0) == 4


def test_search_with_facets_snippets_and_saved_searches(window, qtbot):
    from press_archive.ui.search_view import SnippetDelegate, safe_snippet

    window.action_search.trigger()  # Ctrl+F
    view = window.search
    assert window.stack.currentWidget() is view
    view.query.setFocus()
    type_text(view.query, "بودجه")
    press(view.query, 0x01000004)  # Return
    qtbot.waitUntil(lambda: view.result is not None, timeout=10000)
    assert view.result.total >= 2
    assert view.model.rowCount() >= 2
    assert "نتیجه" in view.info.text()
    groups = [view.facets.topLevelItem(i).text(0) for i in range(view.facets.topLevelItemCount())]
    assert "نوع" in groups
    # a facet click narrows
    type_group = view.facets.topLevelItem(groups.index("نوع"))
    news_item = next(type_group.child(i) for i in range(type_group.childCount())
                     if type_group.child(i).data(0, 0x0100)[1] == "news")
    before = view.result.total
    view._facet_clicked(news_item)
    qtbot.waitUntil(lambda: not view.busy(), timeout=10000)
    assert view.type_boxes["news"].isChecked()
    assert all(h.type == "news" for h in view.model.hits) and view.result.total <= before
    # snippets: only <b> is markup
    assert safe_snippet("a <i>b</i> <b>c</b>") == "a &lt;i&gt;b&lt;/i&gt; <b>c</b>"
    assert isinstance(view.table.itemDelegateForColumn(3), SnippetDelegate)
    assert not view.table.grab().isNull()
    # opening a hit goes to its record
    hit = view.model.hits[0]
    view._open(view.model.index(0, 0))
    assert window.location["view"] == "list" and window.detail.record["id"] == int(hit.id)
    # saved searches live in the settings and in the side panel
    window.settings.save_search("بودجه", view.current_request().as_dict())
    window._refresh_sidebar_lists()
    assert window.sidebar.saved_root.childCount() == 1
    window.sidebar.setCurrentItem(window.sidebar.saved_root.child(0))
    assert window.stack.currentWidget() is view and view.query.text() == "بودجه"


def test_search_reports_a_bad_date_and_a_bad_query(window, qtbot):

    window.open_view("search")
    view = window.search
    view.date_from.line.setText("1403/14/01")
    view.run()
    assert "۱۴۰۳/۰۵/۱۲" in view.info.text()
    view.date_from.line.setText("۱۴۰۳/۰۱/۰۱")
    view.query.setText('title:')
    view.run()
    qtbot.waitUntil(lambda: not view.busy(), timeout=10000)
    assert view.info.text()


def test_settings_dialog_saves(window, qtbot):
    from press_archive.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.thumbnails.setValue(224)
    dialog.folder.setText("/tmp/elsewhere")
    dialog.accept()
    assert window.settings.language == "en" and window.settings.thumbnail_size == 224
    assert window.settings.archive_folder == "/tmp/elsewhere"


def test_first_start_creates_the_archive(persian_app, tmp_path, qtbot):
    from press_archive.services import records
    from press_archive.ui.first_run import create_archive

    archive = create_archive(tmp_path / "new", sample=True)
    try:
        assert records.count(archive, "news") > 0 or not (tmp_path / "new").exists() is False
    finally:
        archive.close()
    empty = create_archive(tmp_path / "empty", sample=False)
    try:
        assert records.count(empty, "news") == 0
    finally:
        empty.close()


def test_closing_the_window_stops_background_work(window, qtbot):
    import threading

    stop_seen = threading.Event()

    def long_work(task):
        while not task.is_cancelled():
            task.progress(1, 2)
            threading.Event().wait(0.01)
        stop_seen.set()
        return "stopped"

    window.session.tasks.run_task(long_work, lambda r: None)
    window.close()
    assert stop_seen.is_set()
