"""Working-day arithmetic for the portal's promise «processing takes 1-3 working days».

Link requests, registration reviews and appeals are due a number of working days after
they were created. Saturdays and Sundays are days off; public holidays are too; and in
Russia the government each year moves some days off, turning a Saturday into a
working day (``extra_working_days``) and a weekday into a holiday.

Counting follows the usual rule for terms: the day something was created does not
count; a request made on Monday and due in 3 working days is due on Thursday.
Datetimes must be timezone-aware; their calendar day is taken in the calendar's
``zone`` (or, without one, in the datetime's own offset).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

__all__ = [
    "Ageing",
    "AgeingStatus",
    "WorkingCalendar",
    "russian_calendar",
    "russian_public_holidays",
]

SATURDAY = 5
DAYS_IN_WEEK = 7
WORKING_DAYS_IN_WEEK = 5

_ONE_DAY = timedelta(days=1)

# Non-working public holidays, Labour Code of the Russian Federation, article 112.
_RUSSIAN_FIXED_HOLIDAYS: tuple[tuple[int, int], ...] = (
    *((1, day) for day in range(1, 9)),  # New Year holidays and Orthodox Christmas
    (2, 23),  # Defender of the Fatherland Day
    (3, 8),  # International Women's Day
    (5, 1),  # Spring and Labour Day
    (5, 9),  # Victory Day
    (6, 12),  # Russia Day
    (11, 4),  # Unity Day
)


def russian_public_holidays(year: int) -> frozenset[date]:
    """The fixed statutory non-working holidays of ``year``.

    1-8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. The days off
    the government moves each year (a holiday on a weekend carried to a weekday,
    31 December, bridges between holidays) are not included: add them with
    :func:`russian_calendar`.
    """
    return frozenset(date(year, month, day) for month, day in _RUSSIAN_FIXED_HOLIDAYS)


class AgeingStatus(enum.StrEnum):
    """Where a waiting item stands against its due date."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Ageing:
    """How long an item has waited, in working days, and whether it is late.

    ``due_date`` is the last working day on which handling it is still on time.
    """

    status: AgeingStatus
    working_days_elapsed: int
    due_date: date


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    """Which days are working days: Monday to Friday, minus holidays, plus transfers.

    ``holidays`` are days off even on a weekday; ``extra_working_days`` are working
    days even on a weekend (a Saturday worked in exchange for a bridge day). A day
    cannot be both. ``zone`` fixes in which time zone a datetime's day is taken;
    without it each datetime's own offset is used.
    """

    holidays: frozenset[date]
    extra_working_days: frozenset[date] = field(default_factory=frozenset)
    zone: tzinfo | None = None

    def __post_init__(self) -> None:
        both = self.holidays & self.extra_working_days
        if both:
            days = ", ".join(d.isoformat() for d in sorted(both))
            raise ValueError(f"days both holiday and extra working day: {days}")

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day in this calendar."""
        if day in self.extra_working_days:
            return True
        return day.weekday() < SATURDAY and day not in self.holidays

    def day_of(self, moment: datetime | date) -> date:
        """The calendar day of ``moment``; a datetime must be timezone-aware."""
        if not isinstance(moment, datetime):
            return moment
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"naive datetime {moment.isoformat()}: give a timezone")
        if self.zone is not None:
            moment = moment.astimezone(self.zone)
        return moment.date()

    def working_days_between(self, start: datetime | date, end: datetime | date) -> int:
        """Working days after ``start``'s day up to and including ``end``'s day.

        Monday to Thursday of the same week gives 3; the same day gives 0. When ``end``
        is before ``start`` the result is negative:
        ``working_days_between(a, b) == -working_days_between(b, a)``.
        """
        first, last = self.day_of(start), self.day_of(end)
        if last < first:
            return -self.working_days_between(last, first)
        count = _weekdays_after(first, last)
        count -= sum(1 for d in self.holidays if first < d <= last and d.weekday() < SATURDAY)
        count += sum(
            1 for d in self.extra_working_days if first < d <= last and d.weekday() >= SATURDAY
        )
        return count

    def add_working_days(self, start: datetime | date, n: int) -> date:
        """The ``n``-th working day after ``start``'s day; ``start``'s day itself for 0.

        ``working_days_between(start, add_working_days(start, n)) == n``.
        """
        if n < 0:
            raise ValueError(f"cannot add a negative number of working days: {n}")
        day = self.day_of(start)
        remaining = n
        while remaining:
            day += _ONE_DAY
            if self.is_working_day(day):
                remaining -= 1
        return day

    def ageing(
        self,
        created_at: datetime,
        now: datetime,
        due_working_days: int = 3,
        warn_working_days: int = 2,
    ) -> Ageing:
        """Whether an item created at ``created_at`` is on time, due soon or overdue.

        Overdue once more than ``due_working_days`` working days have passed; due soon
        from ``warn_working_days`` on. With the defaults, a request made on Monday is on
        time on Tuesday, due soon on Wednesday and Thursday, overdue from Friday.
        A ``now`` before ``created_at`` (clocks differ) counts as no time elapsed.
        """
        if not 0 <= warn_working_days <= due_working_days:
            raise ValueError(
                f"need 0 <= warn ({warn_working_days}) <= due ({due_working_days}) working days"
            )
        for moment in (created_at, now):
            if not isinstance(moment, datetime):
                raise TypeError(f"expected a timezone-aware datetime, got {moment!r}")
        elapsed = max(0, self.working_days_between(created_at, now))
        if elapsed > due_working_days:
            status = AgeingStatus.OVERDUE
        elif elapsed >= warn_working_days:
            status = AgeingStatus.DUE_SOON
        else:
            status = AgeingStatus.ON_TIME
        due_date = self.add_working_days(created_at, due_working_days)
        return Ageing(status, elapsed, due_date)


def russian_calendar(
    years: Iterable[int],
    *,
    extra_holidays: Iterable[date] = (),
    extra_working_days: Iterable[date] = (),
    zone: tzinfo | None = None,
) -> WorkingCalendar:
    """A calendar of the statutory holidays of ``years`` plus the year's transfers.

    ``extra_holidays`` and ``extra_working_days`` are the government's decree for the
    year (days off moved to weekdays, worked Saturdays); they come from the database
    (``billing.calendar_day``, :func:`models.queries.settings.working_calendar`).
    """
    holidays: set[date] = set(extra_holidays)
    for year in years:
        holidays |= russian_public_holidays(year)
    working = frozenset(extra_working_days)
    return WorkingCalendar(frozenset(holidays - working), working, zone)


def _weekdays_after(first: date, last: date) -> int:
    """Monday-to-Friday days ``d`` with ``first < d <= last`` (``first <= last``)."""
    days = (last - first).days
    weeks, rest = divmod(days, DAYS_IN_WEEK)
    count = weeks * WORKING_DAYS_IN_WEEK
    weekday = first.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % DAYS_IN_WEEK < SATURDAY:
            count += 1
    return count
