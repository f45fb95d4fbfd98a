"""Every model passes pytest-qt's model tester; the lazy table fetches pages after painting only."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import add_photos, persian_app, session, ui_archive, ui_settings  # noqa: E402,F401


@pytest.mark.parametrize("kind", ["news", "events", "interviews", "productions", "photo_batches"])
def test_record_table_model(session, qtmodeltester, kind):
    from press_archive.ui.record_model import RecordTableModel

    model = RecordTableModel(session, kind)
    qtmodeltester.check(model, force_py=True)
    model.cache.load_pending()
    qtmodeltester.check(model, force_py=True)


def test_trash_and_filtered_models(session, qtmodeltester):
    from press_archive.services import records
    from press_archive.ui.record_model import RecordTableModel

    event_id = records.resolve(session.archive, "events", "t-ev-2")["id"]
    records.delete_record(session.archive, "events", event_id)
    trash = RecordTableModel(session, "events", trash=True)
    qtmodeltester.check(trash, force_py=True)
    assert trash.cache.ids == [event_id]
    conferences = RecordTableModel(session, "events", filters={"kind": "press_conference"})
    conferences.cache.load_rows(range(conferences.rowCount()))
    assert conferences.rowCount() >= 1
    assert all(conferences.record_at(r)["kind"] == "press_conference" for r in range(conferences.rowCount()))


def test_lazy_rows_come_after_the_paint_and_flags_never_fetch(session):
    from PySide6.QtCore import Qt

    from press_archive.ui.record_model import PLACEHOLDER, RecordTableModel

    model = RecordTableModel(session, "news")
    fetches = model.cache.fetches
    for row in range(model.rowCount()):
        model.flags(model.index(row, 0))
    assert model.cache.fetches == fetches  # selecting touches no database
    last = model.rowCount() - 1
    model.cache.page_size = 1  # pages of one row: the last row is not loaded yet
    model.cache.invalidate_all()
    assert model.data(model.index(last, 1), Qt.DisplayRole) == PLACEHOLDER  # asked for, not fetched yet
    model.cache.load_pending()
    assert model.cache.fetches == fetches + 1
    assert model.data(model.index(last, 1), Qt.DisplayRole) not in (None, PLACEHOLDER)


def test_dates_in_the_table_are_jalali_with_persian_digits(session):
    from PySide6.QtCore import Qt

    from press_archive.ui.record_model import RecordTableModel

    model = RecordTableModel(session, "news")
    model.cache.load_rows(range(model.rowCount()))
    dates = [model.data(model.index(r, 0), Qt.DisplayRole) for r in range(model.rowCount())]
    assert all(d and d[0] in "۰۱۲۳۴۵۶۷۸۹" and "/" in d for d in dates)
    row = model.row_of(next(i for i in model.cache.ids if model.record_at(model.row_of(i))["ref"] == "t-n-1"))
    assert model.data(model.index(row, 0), Qt.DisplayRole) == "۱۴۰۳/۰۵/۱۵"


def test_sorting_reruns_the_query(session):
    from PySide6.QtCore import Qt

    from press_archive.ui.record_model import RecordTableModel

    model = RecordTableModel(session, "news")
    title = model.columns.index("title")
    model.sort(title, Qt.AscendingOrder)
    model.cache.load_rows(range(model.rowCount()))
    titles = [model.record_at(r)["title"] for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(0, Qt.DescendingOrder)
    model.cache.load_rows(range(model.rowCount()))
    dates = [model.record_at(r)["date"] for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_change_sets_refresh_only_what_changed(session):
    from press_archive.services import records
    from press_archive.ui.record_model import RecordTableModel

    model = RecordTableModel(session, "news")
    n = model.rowCount()
    new_id, changes = records.add_record(session.archive, "news", {"title": "خبر تازه", "date": "1403/06/01"})
    model.apply_changes(changes)
    assert model.rowCount() == n + 1 and new_id in model.cache.ids
    row = model.row_of(new_id)
    model.cache.load_rows([row])
    changes = records.edit_record(session.archive, "news", new_id, {"title": "خبر ویرایش‌شده"})
    model.apply_changes(changes)
    assert not model.cache.is_loaded(row)  # its page is fetched again on the next paint
    assert model.record_at(row)["title"] == "خبر ویرایش‌شده"


def test_search_results_model(session, qtmodeltester):
    from press_archive.ui.search_view import SearchResultsModel

    from press_archive.services.search import search

    result = search(session.archive, "بودجه", limit=5)
    model = SearchResultsModel()
    model.set_result(result.hits, result.total)
    qtmodeltester.check(model, force_py=True)
    asked = []
    model.more_wanted.connect(asked.append)
    if result.total > len(result.hits):
        assert model.canFetchMore()
        model.fetchMore()
        assert asked == [len(result.hits)]


def test_photo_grid_model(session, qtmodeltester, tmp_path, qtbot):
    from press_archive.ui.photo_grid import PhotoGridModel, thumbnail_source
    from press_archive.ui.thumbnails import ThumbnailLoader

    report = add_photos(session.archive, tmp_path / "photos", 6)
    loader = ThumbnailLoader(thumbnail_source(session))
    try:
        model = PhotoGridModel(session, loader)
        model.set_batch(report.batch_id)
        assert model.rowCount() == 6
        qtmodeltester.check(model, force_py=True)
        model.cache.load_pending()
        from PySide6.QtCore import Qt

        # thumbnails come from the worker thread; a placeholder (None) until then
        for r in range(6):
            model.data(model.index(r), Qt.DecorationRole)
        qtbot.waitUntil(lambda: loader.pending() == 0, timeout=10000)
        pixmap = model.data(model.index(0), Qt.DecorationRole)
        assert pixmap is not None and not pixmap.isNull() and pixmap.width() <= 256
        qtmodeltester.check(model, force_py=True)
    finally:
        loader.stop()


def test_page_cache_stays_bounded():
    from press_archive.ui.pages import PageCache

    cache = PageCache(lambda ids: [{"id": i} for i in ids], page_size=10, max_pages=3)
    cache.reset(list(range(1000)))
    cache.load_rows(range(0, 1000, 10))
    assert len(cache._pages) == 3
    assert cache.row(995) == {"id": 995}
    assert cache.invalidate_ids([995]) == [995]


def test_page_cache_knows_its_ids_through_resets_and_appends():
    """A change notice asks whether the list holds the records it names: the answer must follow the
    list through a reload and through photos appended during an import."""
    from press_archive.ui.pages import PageCache

    cache = PageCache(lambda ids: [{"id": i} for i in ids], page_size=10, max_pages=3)
    cache.reset(list(range(100)))
    assert cache.holds([5, 99]) and not cache.holds([5, 100])
    cache.extend([100, 101])
    assert cache.holds([100, 101]) and cache.ids[-2:] == [100, 101]
    cache.reset([7, 8])
    assert cache.holds([8]) and not cache.holds([5])
    assert cache.holds([])
