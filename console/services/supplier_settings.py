"""The admins' settings screen: supplier details, acceptance windows, tariff acts and
the year's transfers (the writes in :mod:`models.operations.settings`, each a call of a
SECURITY DEFINER function that re-checks the rules and the row's version; what the screen
shows is :func:`models.queries.settings.settings_overview`)."""

from __future__ import annotations

from models.operations.settings import (
    MAX_ACT_TITLE,
    MAX_NOTE,
    delete_calendar_day,
    delete_supplier,
    delete_tariff_act,
    delete_window,
    save_calendar_day,
    save_supplier,
    save_tariff_act,
    save_window,
    validate_window,
)
from models.queries.settings import settings_overview as load_overview

__all__ = [
    "MAX_ACT_TITLE",
    "MAX_NOTE",
    "delete_calendar_day",
    "delete_supplier",
    "delete_tariff_act",
    "delete_window",
    "load_overview",
    "save_calendar_day",
    "save_supplier",
    "save_tariff_act",
    "save_window",
    "validate_window",
]
