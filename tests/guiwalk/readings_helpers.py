"""Values an agent would read off a meter today: the last reading plus the usual use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models.domain.reading_checks import ReadingCheckSettings
from models.queries.readings import MeterForm


def plausible_values(meter: MeterForm, today: date) -> dict[str, str]:
    """Each zone's last value plus its average daily use since then (no warnings)."""
    settings = ReadingCheckSettings()
    values: dict[str, str] = {}
    for zone in meter.zones:
        last = meter.recent[zone][0]
        daily = meter.average_daily(zone, settings) or Decimal(5)
        days = max((today - last.taken_on).days, 1)
        values[zone] = str(int(last.value + max(daily * days, Decimal(1))))
    return values
