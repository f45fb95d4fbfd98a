"""The photo commands as scripts use them: exit codes, one stderr line per problem, JSON shapes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import archive_root, run_cli

import photo_factory as pf

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")


@pytest.fixture
def card(tmp_path):
    src = tmp_path / "card"
    for i in range(3):
        pf.camera_jpeg(src / f"DSC_{i:04d}.jpg", seed=i, taken=f"2016:03:19 10:3{i}:00")
    return src


def test_import_photos_human_and_json(archive_dir, card):
    pf.write(card / "broken.jpg", b"not a photo at all")
    code, out, err = run_cli("import", "photos", str(card), "--title", "نشست خبری", "--ref", "PB-1",
                             "--keywords", "شهرداری، نشست", archive=archive_dir)
    assert code == 1
    assert out.strip() == "imported 3 photos into batch 1 (ref PB-1), 0 duplicates, 1 rejected"
    assert err.strip() == f"press-archive: {card / 'broken.jpg'}: not an image: it holds text"
    assert "Traceback" not in err

    code, out, err = run_cli("import", "photos", str(card), "--json", archive=archive_dir)
    data = json.loads(out)
    assert code == 1
    assert data["batch"] == {"id": 1, "ref": "PB-1"}
    assert (data["imported"], data["duplicates"], data["rejected"]) == (0, 3, 1)
    assert data["errors"] == [{"file": str(card / "broken.jpg"), "message": "not an image: it holds text"}]
    assert err.count("duplicate: ") == 3

    code, out, err = run_cli("show", "photo_batches", "PB-1", "--json", archive=archive_dir)
    batch = json.loads(out)
    assert batch["title"] == "نشست خبری" and batch["date"] == "1394/12/29" and batch["keywords"] == ["شهرداری", "نشست"]

    code, out, err = run_cli("search", "شهرداری", "--json", archive=archive_dir)
    assert code == 0 and any(h["type"] == "photo_batch" for h in json.loads(out)["hits"])


def test_import_photos_unusable_calls_exit_2(archive_dir, card, tmp_path):
    for args, message in [
        (["import", "photos", str(tmp_path / "nope")], "no such file or folder"),
        (["import", "photos", str(card), "--date", "1394/13/01"], "--date"),
        (["import", "photos", str(card), "--event", "EV-404"], "no event with ref 'EV-404'"),
        (["import", "photos"], "required"),
    ]:
        code, out, err = run_cli(*args, archive=archive_dir)
        assert code == 2, args
        assert message in err and "Traceback" not in err
    code, out, err = run_cli("import", "photos", str(card), archive=tmp_path / "not-an-archive")
    assert code == 2 and "not a press archive" in err
    assert not (tmp_path / "not-an-archive").exists()


def test_tag_duplicates_list_and_codes(archive_dir, card, tmp_path):
    run_cli("import", "photos", str(card), "--ref", "PB", archive=archive_dir)
    code, out, err = run_cli("photos", "codes", "--set", "rk", "مهدی رضوی‌کیا، مدیر روابط عمومی", archive=archive_dir)
    assert code == 0
    code, out, err = run_cli("photos", "tag", "PB", "--add", "مترو", "افتتاح", "--caption", r"سخنرانی \rk\ ",
                             "--photographer", "عکاس", archive=archive_dir)
    assert code == 0 and out.strip() == "batch 1: changed, 0 photos changed"
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "2", "--add", "سخنران", "--rating", "5", "--pick",
                             "--json", archive=archive_dir)
    assert code == 0 and json.loads(out)["photos_changed"] == [2]
    code, out, err = run_cli("photos", "list", "PB", "--json", archive=archive_dir)
    listed = {p["id"]: p for p in json.loads(out)["photos"]}
    assert listed[1]["caption"] == "سخنرانی مهدی رضوی‌کیا، مدیر روابط عمومی"
    assert listed[1]["keywords"] == ["مترو", "افتتاح"]
    assert listed[2]["keywords"] == ["مترو", "افتتاح", "سخنران"] and listed[2]["rating"] == 5 and listed[2]["picked"]
    code, out, err = run_cli("photos", "tag", "PB", archive=archive_dir)
    assert code == 2 and "nothing to change" in err
    code, out, err = run_cli("photos", "tag", "missing", "--add", "x", archive=archive_dir)
    assert code == 2 and "no photo batch" in err

    code, out, err = run_cli("photos", "duplicates", "--json", archive=archive_dir)
    assert code == 0 and json.loads(out) == {"groups": [], "total": 0}

    codes_file = tmp_path / "pm-codes.txt"
    codes_file.write_text("th\tتهران\n", "utf-8")
    code, out, err = run_cli("photos", "codes", "--import", str(codes_file), "--json", archive=archive_dir)
    assert code == 0 and json.loads(out)["codes"] == {"rk": "مهدی رضوی‌کیا، مدیر روابط عمومی", "th": "تهران"}
    code, out, err = run_cli("photos", "codes", "--expand", r"\th\ و \rk\ ", archive=archive_dir)
    assert out.strip() == "تهران و مهدی رضوی‌کیا، مدیر روابط عمومی"


def test_reject_is_a_state_of_its_own_that_a_pick_takes_away(archive_dir, card):
    run_cli("import", "photos", str(card), "--ref", "PB", archive=archive_dir)

    def listed():
        code, out, _err = run_cli("photos", "list", "PB", "--json", archive=archive_dir)
        return {p["id"]: (p["picked"], p["rejected"]) for p in json.loads(out)["photos"]}

    assert set(listed().values()) == {(False, False)}
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "1", "--pick", archive=archive_dir)
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "1", "2", "--reject", "--json", archive=archive_dir)
    assert code == 0 and json.loads(out)["photos_changed"] == [1, 2]
    assert listed() == {1: (False, True), 2: (False, True), 3: (False, False)}  # the reject took the pick away
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "1", "--pick", archive=archive_dir)
    assert listed()[1] == (True, False)  # and a pick the reject
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "2", "--unreject", archive=archive_dir)
    assert code == 0 and listed()[2] == (False, False)
    code, out, err = run_cli("photos", "tag", "PB", "--photo", "3", "--pick", "--reject", archive=archive_dir)
    assert code == 2 and "picked and rejected at once" in err and listed()[3] == (False, False)
    code, out, err = run_cli("check", archive=archive_dir)  # the seals follow the reject and its removal
    assert code == 0, out + err


def test_duplicates_listing(archive_dir, tmp_path):
    image = pf.picture((600, 400), seed=8)
    pf.write(tmp_path / "a" / "one.jpg", pf.jpeg_bytes(image=image))
    pf.write(tmp_path / "b" / "two.jpg", pf.jpeg_bytes(image=image, iptc=pf.iptc_fields(caption="again")))
    run_cli("import", "photos", str(tmp_path / "a"), archive=archive_dir)
    code, out, err = run_cli("import", "photos", str(tmp_path / "b"), archive=archive_dir)
    assert code == 0 and "same image data as photo 1 (one.jpg)" in err
    code, out, err = run_cli("photos", "duplicates", "--json", archive=archive_dir)
    data = json.loads(out)
    assert data["total"] == 1 and data["groups"][0]["kind"] == "same_image_data"
    assert [p["id"] for p in data["groups"][0]["photos"]] == [1, 2]
    assert data["groups"][0]["photos"][0]["date_iso"]
    code, out, err = run_cli("photos", "duplicates", archive=archive_dir)
    assert out.splitlines()[0] == "same image data:"


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool missing")
def test_export_command(archive_dir, card, tmp_path, monkeypatch):
    run_cli("import", "photos", str(card), "--ref", "PB", "--photographer", "مهدی رضوی", archive=archive_dir)
    out_dir = tmp_path / "for-agency"
    code, out, err = run_cli("photos", "export", "PB", "--out", str(out_dir), archive=archive_dir)
    assert code == 0 and out.strip() == f"exported 3 photos to {out_dir}, 0 failed"
    done = subprocess.run(["exiftool", "-j", "-charset", "iptc=UTF8", "-IPTC:By-line", str(out_dir / "DSC_0000.jpg")],
                          capture_output=True, check=True)
    assert json.loads(done.stdout)[0]["By-line"] == "مهدی رضوی"
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    code, out, err = run_cli("photos", "export", "PB", "--out", str(tmp_path / "x"), archive=archive_dir)
    assert code == 2 and "libimage-exiftool-perl" in err


def test_the_installed_command_in_a_subprocess(archive_dir, card):
    done = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(archive_dir), "import", "photos",
                           str(card), "--json"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["imported"] == 3


def test_purging_a_deleted_batch_sets_its_originals_aside(archive_dir, card):
    """`delete photo_batches ID` then `purge photo_batches ID` (a FOREIGN KEY failure before): the batch and its
    photo rows go, the originals are moved to photos/orphans/ (never deleted) and `check` stays clean."""
    code, _out, _err = run_cli("import", "photos", str(card), "--ref", "PB", archive=archive_dir)
    assert code == 0
    root = archive_root(archive_dir)
    originals = sorted(p.name for p in (root / "photos" / "originals").rglob("*") if p.is_file())
    assert run_cli("delete", "photo_batches", "1", archive=archive_dir)[0] == 0
    code, out, err = run_cli("purge", "photo_batches", "1", archive=archive_dir)
    assert (code, err) == (0, "") and "purged" in out
    assert sorted(p.name for p in (root / "photos" / "orphans").iterdir()) == originals
    assert run_cli("check", archive=archive_dir)[0] == 0
    code, out, _err = run_cli("list", "photo_batches", "--json", archive=archive_dir)
    assert json.loads(out) == []


def test_the_keyword_vocabulary_is_edited_from_the_command_line(archive_dir, card):
    run_cli("import", "photos", str(card), "--ref", "PB", "--keywords", "شهرداری", archive=archive_dir)
    code, out, err = run_cli("photos", "keywords", "--json", archive=archive_dir)
    assert code == 0 and {"keyword": "شهرداری", "uses": 1} in json.loads(out)["keywords"]
    code, out, err = run_cli("photos", "keywords", "--add", "مترو، افتتاح", "--remove", "شهرداری", archive=archive_dir)
    assert code == 0 and out.splitlines() == ["افتتاح\t0", "مترو\t0"]
    code, out, err = run_cli("photos", "list", "PB", "--json", archive=archive_dir)
    assert all(p["keywords"] == ["شهرداری"] for p in json.loads(out)["photos"])  # the photos keep theirs
    code, out, err = run_cli("photos", "keywords", "--add", "مترو", "--remove", "مترو", archive=archive_dir)
    assert code == 2 and "added and removed at once" in err
    code, out, err = run_cli("history", archive=archive_dir)
    assert "keyword_vocabulary" in out
