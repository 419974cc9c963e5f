"""How tariff zones are named on screen, and the supplier's limits for readings.

Reading sources are named by :mod:`console.vocabulary`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from console.settings import Option, Settings
from models.domain.reading_checks import ReadingCheckSettings
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

WINDOW_FIRST_DAY = Option("readings/window_first_day", 15)
"""First day of the month on which readings count for that month (0 = no window)."""
WINDOW_LAST_DAY = Option("readings/window_last_day", 25)
"""Last day of the month on which readings count for that month (0 = no window)."""
MAX_MULTIPLE = Option("readings/max_multiple", "3")
"""Consumption above this multiple of the daily average needs a confirmed reason."""


def zone_label(zone_count: int, zone: str) -> str:
    """«День», «Ночь», «Пик»... for zone ``T1``..``T3`` of a meter with ``zone_count`` zones."""
    names = _ZONES.get(zone_count, ())
    index = int(zone[1:]) - 1
    return tr(_CONTEXT, str(names[index])) if 0 <= index < len(names) else zone


def check_settings(settings: Settings | None) -> ReadingCheckSettings:
    """The supplier's limits for readings, from the console's settings file."""
    if settings is None:
        return ReadingCheckSettings()
    first = settings.get(WINDOW_FIRST_DAY) or None
    last = settings.get(WINDOW_LAST_DAY) or None
    try:
        multiple = Decimal(settings.get(MAX_MULTIPLE))
        return ReadingCheckSettings(
            max_multiple=multiple, window_first_day=first, window_last_day=last
        )
    except (ArithmeticError, ValueError):
        return ReadingCheckSettings(window_first_day=15, window_last_day=25)
