"""Billing periods as Russian documents write them: ``март 2025 г.`` (dates and times:
:mod:`models.domain.date_format`)."""

from __future__ import annotations

from datetime import date

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


def format_period(first_day: date) -> str:
    """A billing period: ``март 2025 г.``."""
    return f"{MONTHS[first_day.month - 1]} {first_day.year} г."
