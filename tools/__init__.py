"""Developer commands run from a checkout (``python -m tools.<name>``); not installed with
the console, so their dependencies are the ``test`` extra's."""
