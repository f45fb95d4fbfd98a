"""Open the press archive's window on the default archive (same as `press-archive gui`)."""

from press_archive.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main(["gui"]))
