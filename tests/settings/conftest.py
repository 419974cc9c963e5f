"""Operators of each group on the test's database (admins change the settings)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.readings.conftest import operator  # noqa: F401  (name and sessions of a login)
