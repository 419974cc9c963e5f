"""The overview shown when the console opens (:mod:`models.queries.overview`)."""

from __future__ import annotations

from models.queries.overview import Overview, load_overview

__all__ = ["Overview", "load_overview"]
