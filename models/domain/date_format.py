"""Dates written the Russian way, on screen and on paper alike: ``05.03.2025``,
``05.03.2025 14:07``, ``03.2025``."""

from __future__ import annotations

from datetime import date, datetime

__all__ = ["format_date", "format_datetime", "format_month", "format_time"]


def format_date(day: date) -> str:
    """``05.03.2025``."""
    return f"{day:%d.%m.%Y}"


def format_datetime(moment: datetime) -> str:
    """``05.03.2025 14:07`` in the moment's own time zone."""
    return f"{moment:%d.%m.%Y %H:%M}"


def format_time(moment: datetime) -> str:
    """``14:07``."""
    return f"{moment:%H:%M}"


def format_month(day: date) -> str:
    """The month of ``day`` as a billing period is written in texts: ``03.2025``."""
    return f"{day:%m.%Y}"
