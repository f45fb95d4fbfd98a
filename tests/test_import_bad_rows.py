"""Bad rows in an import file: each one is one rejected line with its number, and the rest of the file is
read and stored."""

from __future__ import annotations

import json

from conftest import run_cli
from press_archive.services import records

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive


def _import(archive_dir, path, *extra):
    code, out, err = run_cli("import", "news", str(path), "--json", *extra, archive=archive_dir)
    return code, json.loads(out) if out.strip() else None, err


def _refs(archive_dir) -> list[str]:
    from press_archive.services.archive import Archive

    with Archive(archive_dir) as a:
        return sorted(r["ref"] for r in records.list_records(a, "news", limit=1000))


def test_a_malformed_csv_row_is_rejected_alone(archive_dir, tmp_path):
    f = tmp_path / "n.csv"
    f.write_text('ref,title,date\nn1,a,1402/01/01\nn2,"bad"q,1402/01/02\nn3,c,1402/01/03\nn4,d,1402/01/04\n',
                 encoding="utf-8")
    code, report, err = _import(archive_dir, f)
    assert code == 1
    assert (report["imported"], report["rejected"]) == (3, 1)
    assert [(e["line"], e["field"]) for e in report["errors"]] == [(3, None)]
    assert "Error" not in err and len(err.strip().splitlines()) == 1
    assert _refs(archive_dir) == ["n1", "n3", "n4"]


def test_an_oversized_cell_and_quoted_line_breaks_keep_editor_line_numbers(archive_dir, tmp_path):
    f = tmp_path / "n.csv"
    f.write_text("ref,title,date\r\n"
                 "n1,\"two\r\nlines\",1402/01/01\r\n"          # lines 2-3
                 f"n2,{'x' * 140_000},1402/01/02\r\n"           # line 4: over 131,072 characters
                 "n3,\"say \"\"hi\"\"\",1402/01/03\r\n"        # line 5
                 "n4,bad\"quote,1402/01/04\r\n"                 # line 6: a quote inside an unquoted cell is text
                 "n5,e,1402/13/01\r\n"                          # line 7: no such month
                 "n6,f,1402/01/06\r\n", encoding="utf-8")
    code, report, err = _import(archive_dir, f)
    assert code == 1
    assert (report["imported"], report["rejected"]) == (4, 2)
    assert [(e["line"], e["field"]) for e in report["errors"]] == [(4, None), (7, "date")]
    assert "131,072" in report["errors"][0]["message"]
    assert _refs(archive_dir) == ["n1", "n3", "n4", "n6"]


def test_a_quote_never_closed_is_one_rejected_row(archive_dir, tmp_path):
    f = tmp_path / "n.csv"
    f.write_text('ref,title,date\nn1,a,1402/01/01\nn2,"open,1402/01/02\nn3,c,1402/01/03\n', encoding="utf-8")
    code, report, err = _import(archive_dir, f)
    assert code == 1
    assert report["errors"][0]["line"] == 3 and "never closed" in report["errors"][0]["message"]
    assert _refs(archive_dir) == ["n1"]


def test_a_ref_of_invisible_characters_is_refused_with_a_clear_message(archive_dir, tmp_path):
    f = tmp_path / "n.jsonl"
    lines = [{"ref": "\u202b\u202c", "title": "t", "date": "1402/01/01"},     # bidi embedding only
             {"ref": "\u200f\u200c\u200b ", "title": "t", "date": "1402/01/01"},  # RLM, ZWNJ, ZWSP, space
             {"ref": "ok", "title": "\u2067\u2069", "date": "1402/01/01"},     # a title of isolates only
             {"ref": "\u200fn-1\u200f", "title": "t", "date": "1402/01/01"}]
    f.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    for _ in range(2):  # the same file twice: no UNIQUE failure, the same answer
        code, report, err = _import(archive_dir, f)
        assert code == 1, err
        assert report["rejected"] == 3
        assert [(e["line"], e["field"]) for e in report["errors"]] == [(1, "ref"), (2, "ref"), (3, "title")]
        assert all("no visible character" in e["message"] for e in report["errors"])
    assert len(_refs(archive_dir)) == 1


def test_a_json_line_nested_100000_deep_is_rejected_alone(archive_dir, tmp_path):
    f = tmp_path / "n.jsonl"
    deep = '{"ref": "deep", "title": ' + "[" * 100_000 + "]" * 100_000 + ', "date": "1402/01/01"}'
    f.write_text(json.dumps({"ref": "n1", "title": "a", "date": "1402/01/01"}) + "\n" + deep + "\n"
                 + json.dumps({"ref": "n3", "title": "c", "date": "1402/01/03"}) + "\n", encoding="utf-8")
    code, report, err = _import(archive_dir, f)
    assert code == 1, err
    assert (report["imported"], report["rejected"]) == (2, 1)
    assert [e["line"] for e in report["errors"]] == [2] and "nested too deeply" in report["errors"][0]["message"]
    assert "Error" not in err
    assert _refs(archive_dir) == ["n1", "n3"]
