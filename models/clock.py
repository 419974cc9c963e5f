"""Today's date and the current moment, always time-zone aware."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    """The current moment in the machine's local time zone (aware)."""
    return datetime.now(tz=UTC).astimezone()


def today() -> date:
    """Today's date in the machine's local time zone."""
    return now().date()
