from press_archive.cli.main import main

raise SystemExit(main())
