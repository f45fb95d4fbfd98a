"""The search's filters apply themselves: Return in a date, every date edit and type box (debounced), and
what is shown always matches what is set."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import Qt  # noqa: E402
from ui_fixtures import persian_app, press, session, type_text, ui_archive, ui_settings, window  # noqa: E402,F401


@pytest.fixture
def search(window, qtbot):

    window.open_view("search")
    view = window.search
    type_text(view.query, "شهر")
    press(view.query, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)
    return view


def test_return_in_a_date_applies_the_range(search, qtbot):
    from press_archive.domain.jalali import gregorian_to_jalali, parse_date

    view = search
    all_total = view.result.total
    years = {gregorian_to_jalali(parse_date(h.date_iso[:10]))[0] for h in view.model.hits if h.date_iso}
    assert len(years) > 1, "the sample should hold hits of several years"
    year = sorted(years)[-1]
    view.date_from.line.setFocus()
    type_text(view.date_from.line, f"{year}/01/01")
    press(view.date_from.line, Qt.Key_Return)
    qtbot.waitUntil(lambda: not view.busy() and bool(view.request.date_from), timeout=20000)
    assert view.result.total < all_total
    shown = {gregorian_to_jalali(parse_date(h.date_iso[:10]))[0] for h in view.model.hits if h.date_iso}
    assert shown == {year}


def test_a_type_box_keeps_the_dates_typed_without_return(search, qtbot):
    from press_archive.domain.jalali import gregorian_to_jalali, parse_date

    view = search
    years = sorted({gregorian_to_jalali(parse_date(h.date_iso[:10]))[0] for h in view.model.hits if h.date_iso})
    first = years[0]
    type_text(view.date_to.line, f"{first}/12/29")  # typed, no Return
    box = view.type_boxes["news"]
    qtbot.mouseClick(box, Qt.LeftButton, pos=box.rect().center())
    qtbot.waitUntil(lambda: not view.busy() and view.request.types == ["news"] and bool(view.request.date_to),
                    timeout=20000)
    assert view.model.hits, "old news match"
    assert all(h.type == "news" for h in view.model.hits)
    assert {gregorian_to_jalali(parse_date(h.date_iso[:10]))[0] for h in view.model.hits} == {first}


def test_typing_a_date_alone_applies_it_after_a_pause(search, qtbot):
    view = search
    before = view.result.total
    type_text(view.date_from.line, "1500/01/01")  # the future: nothing matches
    qtbot.waitUntil(lambda: not view.busy() and view.result is not None and view.result.total == 0, timeout=20000)
    assert before > 0 and view.model.rowCount() == 0


def test_an_unfinished_date_shows_no_results_that_contradict_it(search, qtbot):
    view = search
    type_text(view.date_from.line, "1402/1")  # not a date yet
    press(view.date_from.line, Qt.Key_Return)
    assert view.model.rowCount() == 0 and "۱۴۰۳/۰۵/۱۲" in view.info.text()


def test_related_words_can_be_turned_off_and_change_only_the_order(search, qtbot):
    from press_archive.ui.search_view import SearchRequest

    view = search
    assert view.expand.isChecked() and view.request.expand
    expanded = [h.uid for h in view.model.hits]
    total = view.result.total
    qtbot.mouseClick(view.expand, Qt.LeftButton, pos=view.expand.rect().center())
    qtbot.waitUntil(lambda: not view.busy() and not view.request.expand, timeout=20000)
    plain = [h.uid for h in view.model.hits]
    assert view.result.total == total
    if total <= len(plain):  # all on the first page: the same records, in another order
        assert set(plain) == set(expanded)
    assert plain != expanded, "the sample's «شهر» is ranked differently with the words its best matches share"
    # newest first has no ranking to expand; a saved search keeps the choice
    view.sort.setCurrentIndex(view.sort.findData("date"))
    assert not view.expand.isEnabled()
    saved = SearchRequest.from_dict(view.current_request().as_dict())
    assert saved.expand is False and saved.sort == "date"
    assert SearchRequest.from_dict({"query": "x"}).expand is True  # searches saved before the option
