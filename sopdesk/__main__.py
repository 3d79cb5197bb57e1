from sopdesk.cli import main

raise SystemExit(main())
