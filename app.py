"""Start the billing operator console: ``python app.py`` (same as ``billing-console``)."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
