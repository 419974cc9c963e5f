"""Logging to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from console import paths


def file_handler() -> tuple[logging.Handler, Path]:
    """A handler writing ``billing-console.log`` (5 x 2 MB) in the log folder, and its path.

    Raises OSError when the folder cannot be created.
    """
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "billing-console.log"
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s")
    )
    return handler, log_file


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the console's logs to ``billing-console.log`` (5 x 2 MB) and return its path."""
    handler, log_file = file_handler()
    root = logging.getLogger()
    root.setLevel(level)
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler.close()
    else:
        root.addHandler(handler)
    return log_file
