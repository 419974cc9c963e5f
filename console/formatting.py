"""How numbers and dates look on screen (Russian conventions whatever the UI language).

One writing of each: the digits and dates come from :mod:`models.domain.money_format`
and :mod:`models.domain.date_format`; the screen groups digits by a no-break space and
writes a hyphen-minus, and shows nothing for a missing date.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from models.domain import date_format
from models.domain.money_format import format_number

SCREEN_GROUP = "\u00a0"
"""The screen groups digits by a no-break space (documents: a narrow one)."""
SCREEN_MINUS = "-"


def format_count(value: int) -> str:
    """1234567 → «1 234 567» (no-break spaces)."""
    return format_number(Decimal(value), 0, group=SCREEN_GROUP, minus=SCREEN_MINUS)


def format_amount(value: Decimal) -> str:
    """Roubles: «1 234,56»."""
    return format_number(value, 2, group=SCREEN_GROUP, minus=SCREEN_MINUS)


def format_date(value: date | None) -> str:
    """«23.11.2026», or empty."""
    return date_format.format_date(value) if value else ""


def format_moment(value: datetime | None) -> str:
    """«23.11.2026 14:05» in local time, or empty."""
    return date_format.format_datetime(value.astimezone()) if value else ""


def format_period(value: date | None) -> str:
    """A billing period: «2026-10»."""
    return value.strftime("%Y-%m") if value else ""
