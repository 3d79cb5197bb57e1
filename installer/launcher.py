"""PyInstaller entry point: the bundled ``sopdesk`` executable is the ``sopdesk`` command."""

import sys

from sopdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
