"""Per-user folders: settings, logs and the embedded database (via platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "billing-console"
APP_AUTHOR = "billing"


def config_dir() -> Path:
    """Where ``console.ini`` lives (``CONSOLE_CONFIG_DIR`` overrides, for tests)."""
    override = os.environ.get("CONSOLE_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    """Where the rotating log files go."""
    override = os.environ.get("CONSOLE_LOG_DIR")
    return Path(override) if override else platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """Where the embedded training database keeps its cluster.

    PostgreSQL will not run as root; when the console runs as root the server runs as
    a service account that cannot enter root's home, so the data goes to /var/lib.
    """
    override = os.environ.get("CONSOLE_DATA_DIR")
    if override:
        return Path(override)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib") / APP_NAME
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def settings_file() -> Path:
    """The settings file (INI)."""
    return config_dir() / "console.ini"
