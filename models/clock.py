"""One clock: the business date and moment come from the database.

Readings, payments and bills are dated by the server (``billing.today()``), so every
rule that asks "what day is it" asks the database too. :class:`BusinessClock` is what
the database said once (its time zone, a pinned date of a training database, and how far
its clock is from this machine's); the console reads it at login and then answers
without a round trip. :func:`wall_now` is the machine's own clock, for what is not a
business date: timestamps of this machine's log, password expiry of a login role, the
day a new demo history ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class BusinessClock:
    """The database's business clock as read once (immutable, safe to share)."""

    time_zone: tzinfo
    """The supplier's time zone: its calendar day is the business day."""
    pinned_on: date | None
    """The frozen date of a training or test database; None on a real one."""
    server_offset: timedelta
    """The database server's clock minus this machine's, when it was read."""

    def now(self) -> datetime:
        """The current business moment (aware, in the supplier's zone).

        On a pinned database the date is the pinned one and the time of day runs on.
        """
        moment = (datetime.now(tz=UTC) + self.server_offset).astimezone(self.time_zone)
        if self.pinned_on is None:
            return moment
        return datetime.combine(self.pinned_on, moment.timetz())

    def today(self) -> date:
        """The business date: what ``billing.today()`` returns on the server now."""
        return self.now().date()


def read_business_clock(connection: Connection | Session) -> BusinessClock:
    """Ask the database for its business clock (one query, on any session or connection)."""
    result = connection.execute(
        text(
            "SELECT c.time_zone, c.pinned_on, pg_catalog.clock_timestamp(),"
            " pg_catalog.now() AT TIME ZONE c.time_zone - pg_catalog.now() AT TIME ZONE 'UTC'"
            " FROM billing.business_clock c"
        )
    )
    name, pinned_on, server_now, utc_offset = result.one()
    return BusinessClock(_zone(str(name), utc_offset), pinned_on, server_now - datetime.now(tz=UTC))


def _zone(name: str, utc_offset: timedelta) -> tzinfo:
    """The named zone, or the fixed offset the server computed for a name Python lacks."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(utc_offset, name)


_current: BusinessClock | None = None


def use(clock: BusinessClock | None) -> None:
    """Make ``clock`` the business clock of this process (read at login; None at logout)."""
    global _current
    _current = clock


def current() -> BusinessClock:
    """The business clock of the database this process works with."""
    if _current is None:
        raise RuntimeError("the business clock has not been read from the database yet")
    return _current


def today() -> date:
    """The business date of the database this process works with."""
    return current().today()


def now() -> datetime:
    """The business moment of the database this process works with."""
    return current().now()


def wall_now() -> datetime:
    """This machine's own clock (aware, local zone): never a business date."""
    return datetime.now(tz=UTC).astimezone()


def wall_today() -> date:
    """This machine's calendar date: e.g. the day a new demo history ends."""
    return wall_now().date()
