"""How tariff zones are named on screen, and the supplier's limits for readings.

Reading sources are named by :mod:`console.vocabulary`.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from console.settings import Option, Settings
from models.domain.reading_checks import ReadingCheckSettings
from models.queries.settings import AcceptanceWindow
from widgets.qt import tr

_CONTEXT = "Readings"

_ZONES: dict[int, tuple[object, ...]] = {
    1: (QT_TRANSLATE_NOOP("Readings", "Single rate"),),
    2: (QT_TRANSLATE_NOOP("Readings", "Day"), QT_TRANSLATE_NOOP("Readings", "Night")),
    3: (
        QT_TRANSLATE_NOOP("Readings", "Peak"),
        QT_TRANSLATE_NOOP("Readings", "Night"),
        QT_TRANSLATE_NOOP("Readings", "Semi-peak"),
    ),
}

MAX_MULTIPLE = Option("readings/max_multiple", "3")
"""Consumption above this multiple of the daily average needs a confirmed reason."""


def zone_label(zone_count: int, zone: str) -> str:
    """«День», «Ночь», «Пик»... for zone ``T1``..``T3`` of a meter with ``zone_count`` zones."""
    names = _ZONES.get(zone_count, ())
    index = int(zone[1:]) - 1
    return tr(_CONTEXT, str(names[index])) if 0 <= index < len(names) else zone


def check_settings(settings: Settings | None) -> ReadingCheckSettings:
    """The plausibility limit for readings from the console's settings file.

    The acceptance window is not here: it is the database's (per region), loaded with
    each account's reading form (:attr:`models.queries.readings.ReadingForm.window`).
    """
    if settings is None:
        return ReadingCheckSettings()
    try:
        return ReadingCheckSettings(max_multiple=Decimal(settings.get(MAX_MULTIPLE)))
    except (ArithmeticError, ValueError):
        return ReadingCheckSettings()


def with_window(settings: ReadingCheckSettings, window: AcceptanceWindow) -> ReadingCheckSettings:
    """``settings`` with the region's acceptance window from the database."""
    return replace(settings, window_first_day=window.first_day, window_last_day=window.last_day)
