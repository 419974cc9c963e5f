"""Dates and periods as Russian documents write them: ``05.03.2025``, ``март 2025 г.``."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


def format_date(day: date) -> str:
    """``05.03.2025``."""
    return f"{day:%d.%m.%Y}"


def format_datetime(moment: datetime) -> str:
    """``05.03.2025 14:07`` in the moment's own time zone."""
    return f"{moment:%d.%m.%Y %H:%M}"


def format_time(moment: datetime) -> str:
    """``14:07``."""
    return f"{moment:%H:%M}"


def format_period(first_day: date) -> str:
    """A billing period: ``март 2025 г.``."""
    return f"{MONTHS[first_day.month - 1]} {first_day.year} г."
