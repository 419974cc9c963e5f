"""Printing tests rasterise PDFs with QtPdf, which needs a (headless) Qt platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.payments.conftest import operator  # noqa: F401  (operators of each group role)
