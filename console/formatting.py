"""How numbers and dates look on screen (Russian conventions whatever the UI language)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal


def format_count(value: int) -> str:
    """1234567 → «1 234 567» (no-break spaces)."""
    return f"{value:,}".replace(",", "\u00a0")


def format_amount(value: Decimal) -> str:
    """Roubles: «1 234,56»."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):.2f}".partition(".")
    return f"{sign}{format_count(int(whole))},{fraction}"


def format_date(value: date | None) -> str:
    """«23.11.2026», or empty."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_moment(value: datetime | None) -> str:
    """«23.11.2026 14:05» in local time, or empty."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


def format_period(value: date | None) -> str:
    """A billing period: «2026-10»."""
    return value.strftime("%Y-%m") if value else ""
