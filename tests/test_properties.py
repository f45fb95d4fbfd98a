"""Random input gives a clear error or a correct result, never a crash (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from press_archive.domain.records import EVENTS, NEWS, PRODUCTIONS, RecordError, clean_record
from press_archive.services.imports import UnusableFile, read_rows

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)
dates = st.one_of(st.text(max_size=20), st.builds(
    lambda y, m, d, sep: f"{y}{sep}{m:02d}{sep}{d:02d}",
    st.integers(1200, 2200), st.integers(0, 14), st.integers(0, 33), st.sampled_from("/-")))


@given(kind=st.sampled_from([NEWS, EVENTS, PRODUCTIONS]),
       raw=st.dictionaries(st.sampled_from(["title", "date", "kind", "tags", "minutes", "count", "ref", "language", "x"]),
                           json_values | dates, max_size=8))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_clean_record_returns_or_raises_record_error(kind, raw):
    try:
        clean, warnings = clean_record(kind, raw)
    except RecordError as e:
        assert e.problems and all(p.field and p.message for p in e.problems)
        return
    for f in kind.fields:
        if f.required:
            assert clean[f.name] not in (None, "", [])
    if "date" in clean:
        assert len(clean["date"]) >= 10 and clean["date"][4] == "-"


@given(lines=st.lists(st.one_of(st.text(max_size=40), json_values.map(lambda v: json.dumps(v))), max_size=8))
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_reading_any_jsonl_gives_rows_or_a_clear_unusable_file(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("h") / "f.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass") if all(
        "\ud800" > c or c > "\udfff" for line in lines for c in line) else path.write_text("x", encoding="utf-8")
    try:
        rows = read_rows(path, NEWS)
    except UnusableFile as e:
        assert str(path) in str(e)
        return
    assert all(r.line >= 1 for r in rows)


@given(body=st.text(max_size=200))
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_reading_any_csv_gives_rows_or_a_clear_unusable_file(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("h") / "f.csv"
    try:
        path.write_text("title,date\n" + body, encoding="utf-8")
    except UnicodeEncodeError:
        return
    try:
        rows = read_rows(path, NEWS)
    except UnusableFile as e:
        assert str(path) in str(e)
        return
    for r in rows:
        assert isinstance(r.raw, (dict, ValueError)) and r.line >= 2
