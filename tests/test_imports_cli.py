"""Imports and the command line as CONTRACT.md says: exit codes, messages, refs, transactions."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import run_cli

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")

NEWS_LINES = [
    {"ref": "n1", "title": "مرکز ۱۳۷ بین‌المللی می‌شود", "date": "1394/12/29", "body": "در نوروز ۹۵", "tags": "نوروز، شهرداری"},
    {"ref": "n2", "title": "نشست خبری", "date": "۱۳۹۵/۰۱/۰۱ ۱۰:۳۰"},
    {"ref": "n3", "title": "English item", "date": "2016-03-21", "language": "en", "tags": ["portal", "english"]},
]


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_init_creates_and_a_second_init_changes_nothing(tmp_path):
    root = tmp_path / "a"
    code, out, _ = run_cli("init", archive=root)
    assert code == 0 and (root / "archive.sqlite3").exists()
    code, out, _ = run_cli("init", archive=root)
    assert code == 0 and "nothing changed" in out


def test_commands_on_a_folder_that_is_not_an_archive_exit_2_and_create_nothing(tmp_path):
    for args in (["list", "news"], ["stats"], ["search", "x"], ["check"], ["import", "news", str(tmp_path / "x.jsonl")]):
        code, out, err = run_cli(*args, archive=tmp_path / "none")
        assert code == 2, args
        assert "not a press archive" in err and "Traceback" not in err
    assert not (tmp_path / "none").exists()


def test_archive_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESS_ARCHIVE", str(tmp_path / "env"))
    assert run_cli("init")[0] == 0
    assert (tmp_path / "env" / "archive.sqlite3").exists()


def test_import_good_file_then_same_file_again_changes_nothing(archive_dir, tmp_path):
    f = write_jsonl(tmp_path / "news.jsonl", NEWS_LINES)
    code, out, err = run_cli("import", "news", str(f), "--json", archive=archive_dir)
    assert code == 0, err
    assert json.loads(out) | {} == json.loads(out) and json.loads(out)["imported"] == 3
    code, out, err = run_cli("import", "news", str(f), archive=archive_dir)
    assert code == 0 and out.strip() == "imported 0, updated 0, rejected 0"
    rows = json.loads(run_cli("list", "news", "--json", archive=archive_dir)[1])
    assert len(rows) == 3
    by_ref = {r["ref"]: r for r in rows}
    assert by_ref["n1"]["date"] == "1394/12/29" and by_ref["n1"]["date_iso"] == "2016-03-19"
    assert by_ref["n1"]["tags"] == ["نوروز", "شهرداری"]
    assert by_ref["n2"]["date_iso"] == "2016-03-20T10:30:00"


def test_an_existing_ref_is_updated(archive_dir, tmp_path):
    run_cli("import", "news", str(write_jsonl(tmp_path / "a.jsonl", NEWS_LINES)), archive=archive_dir)
    changed = dict(NEWS_LINES[0], title="عنوان اصلاح‌شده")
    code, out, _ = run_cli("import", "news", str(write_jsonl(tmp_path / "b.jsonl", [changed])), archive=archive_dir)
    assert out.strip() == "imported 0, updated 1, rejected 0"
    shown = json.loads(run_cli("show", "news", "n1", "--json", archive=archive_dir)[1])
    assert shown["title"] == "عنوان اصلاح‌شده"


def test_bad_lines_are_rejected_with_file_line_field_and_the_rest_stored(archive_dir, tmp_path):
    f = write_jsonl(tmp_path / "mixed.jsonl", [
        NEWS_LINES[0],
        "{not json",
        {"ref": "x2", "date": "1394/01/01"},
        {"ref": "x3", "title": "t", "date": "1402/12/30"},
        {"ref": "x4", "title": "t", "date": "1394/13/01"},
        {"ref": "n1", "title": "again", "date": "1394/01/01"},
        {"ref": "x6", "title": 12, "date": "1394/01/01"},
        {"ref": "x7", "title": "ok", "date": "1403/12/30", "surprise": "field"},
        {"ref": "x8", "title": "t", "date": "1394/01/01", "language": "de"},
    ])
    code, out, err = run_cli("import", "news", str(f), "--json", archive=archive_dir)
    assert code == 1
    report = json.loads(out)
    assert (report["imported"], report["rejected"]) == (2, 7)
    lines = {(e["line"], e["field"]) for e in report["errors"]}
    assert {(2, None), (3, "title"), (4, "date"), (5, "date"), (6, "ref"), (7, "title"), (9, "language")} <= lines
    assert "Traceback" not in err
    assert f"{f}: line 4: field 'date': 1402/12/30 is not a date" in err
    assert "unknown field 'surprise'" in err
    listed = json.loads(run_cli("list", "news", "--json", archive=archive_dir)[1])
    assert sorted(r["ref"] for r in listed) == ["n1", "x7"]


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\xff\xfe\x00t\x00i", "not UTF-8"),
    ("title,date\n\"unclosed".encode(), None),
    (b"just some words\nand more\n", "no line holds a JSON object"),
])
def test_unusable_files_exit_2_and_change_nothing(archive_dir, tmp_path, content, message):
    good = write_jsonl(tmp_path / "good.jsonl", NEWS_LINES)
    bad = tmp_path / ("bad.csv" if content.startswith(b"title") else "bad.jsonl")
    bad.write_bytes(content)
    code, out, err = run_cli("import", "news", str(good), str(bad), archive=archive_dir)
    if message is None:  # a CSV whose only row is broken: rejected row or unusable file, never a crash
        assert code in (1, 2) and "Traceback" not in err
        return
    assert code == 2, err
    assert message in err and str(bad) in err
    assert json.loads(run_cli("list", "news", "--json", archive=archive_dir)[1]) == []


def test_csv_with_bom_header_lines_and_persian_lists(archive_dir, tmp_path):
    f = tmp_path / "events.csv"
    f.write_text("\ufeffref,kind,title,date,speakers,media\n"
                 "e1,press_conference,نشست خبری,1394/12/20,\"علی رضایی، مریم احمدی\",\"ایرنا,ایسنا\"\n"
                 "e2,نشست خبری,\"عنوان\nدوخطی\",1395/01/05,,\n"
                 "e3,party,بد,1395/01/05,,\n", encoding="utf-8")
    code, out, err = run_cli("import", "events", str(f), "--json", archive=archive_dir)
    report = json.loads(out)
    assert code == 1 and report["imported"] == 2
    assert report["errors"][0]["line"] == 5 and report["errors"][0]["field"] == "kind"
    e1 = json.loads(run_cli("show", "events", "e1", "--json", archive=archive_dir)[1])
    assert e1["speakers"] == ["علی رضایی", "مریم احمدی"] and e1["media"] == ["ایرنا", "ایسنا"]
    e2 = json.loads(run_cli("show", "events", "e2", "--json", archive=archive_dir)[1])
    assert e2["kind"] == "press_conference"


def test_csv_without_a_required_column_is_unusable(archive_dir, tmp_path):
    f = tmp_path / "n.csv"
    f.write_text("ref,body\nr1,متن\n", encoding="utf-8")
    code, _, err = run_cli("import", "news", str(f), archive=archive_dir)
    assert code == 2 and "'title'" in err


def test_every_kind_imports_and_links_to_its_event(archive_dir, tmp_path):
    write = lambda name, rows: str(write_jsonl(tmp_path / name, rows))
    assert run_cli("import", "events", write("e.jsonl", [{"ref": "ev1", "kind": "press_conference", "title": "نشست", "date": "1394/12/20"}]), archive=archive_dir)[0] == 0
    assert run_cli("import", "interviews", write("i.jsonl", [
        {"ref": "i1", "date": "1394/12/21", "outlet": "واحد مرکزی خبر", "medium": "tv", "status": "aired", "minutes": "۱۲", "event_ref": "ev1"}]), archive=archive_dir)[0] == 0
    assert run_cli("import", "productions", write("p.jsonl", [
        {"kind": "tv_programme", "date": "1394/12/22", "minutes": 30}, {"kind": "radio_programme", "date": "1394/12/22", "count": 4}]), archive=archive_dir)[0] == 0
    shown = json.loads(run_cli("show", "events", "ev1", "--json", archive=archive_dir)[1])
    assert [i["ref"] for i in shown["linked"]["interviews"]] == ["i1"]
    interview = json.loads(run_cli("show", "interviews", "i1", "--json", archive=archive_dir)[1])
    assert interview["minutes"] == 12 and interview["event_ref"] == "ev1"


def test_a_bad_call_exits_2_without_a_traceback(archive_dir):
    for args in (["list", "nonsense"], ["stats", "--by", "decade"], ["show", "news", "999"],
                 ["stats", "--from", "1394/13/01"], ["import", "news"]):
        code, out, err = run_cli(*args, archive=archive_dir)
        assert code == 2, args
        assert "Traceback" not in err and err.strip()


def test_help_is_quick_and_does_not_load_qt_or_whoosh():
    code = ("import sys, press_archive.cli.main as m\n"
            "m.build_parser()\n"
            "bad = [n for n in ('PySide6', 'whoosh', 'PIL') if n in sys.modules]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_killing_an_import_leaves_nothing_or_everything(archive_dir, tmp_path):
    rows = [{"ref": f"k{i}", "title": f"خبر شمارهٔ {i}", "date": "1400/01/01", "body": "متن " * 50} for i in range(8000)]
    f = write_jsonl(tmp_path / "big.jsonl", rows)
    cmd = [sys.executable, "-m", "press_archive", "--archive", str(archive_dir), "import", "news", str(f)]
    for delay in (0.4, 0.9):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        listed = json.loads(run_cli("list", "news", "--limit", "1", "--json", archive=archive_dir)[1])
        from press_archive.services.archive import Archive
        from press_archive.services import records

        with Archive(archive_dir) as a:
            assert records.count(a, "news") in (0, len(rows))
    code = subprocess.run(cmd, capture_output=True).returncode
    assert code == 0
    with Archive(archive_dir) as a:
        assert records.count(a, "news") == len(rows)
    code, out, err = run_cli("check", archive=archive_dir)
    assert code == 0, out + err
