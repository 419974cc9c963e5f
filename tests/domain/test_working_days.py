"""Working-day arithmetic behind «processing takes 1-3 working days»."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.domain.working_days import (
    Ageing,
    AgeingStatus,
    WorkingCalendar,
    russian_calendar,
    russian_public_holidays,
)

MOSCOW = ZoneInfo("Europe/Moscow")
KAMCHATKA = ZoneInfo("Asia/Kamchatka")

# November 2025: Mon 3 Nov is a bridge day off, Tue 4 Nov Unity Day; Sat 1 Nov worked.
NOV_2025 = russian_calendar(
    [2025], extra_holidays=[date(2025, 11, 3)], extra_working_days=[date(2025, 11, 1)]
)
PLAIN = WorkingCalendar(frozenset())

MON = date(2025, 11, 10)
TUE, WED, THU, FRI, SAT, SUN = (MON + timedelta(days=i) for i in range(1, 7))
NEXT_MON = MON + timedelta(days=7)


def at(day: date, hour: int = 12, zone: ZoneInfo = MOSCOW) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=zone)


# --- holidays -------------------------------------------------------------------------


def test_russian_public_holidays_are_the_statutory_fixed_dates() -> None:
    days = russian_public_holidays(2026)
    assert days == frozenset(
        [date(2026, 1, d) for d in range(1, 9)]
        + [
            date(2026, 2, 23),
            date(2026, 3, 8),
            date(2026, 5, 1),
            date(2026, 5, 9),
            date(2026, 6, 12),
            date(2026, 11, 4),
        ]
    )


def test_transfers_on_top_of_statutory_holidays() -> None:
    assert not NOV_2025.is_working_day(date(2025, 11, 3))  # bridge Monday
    assert not NOV_2025.is_working_day(date(2025, 11, 4))  # Unity Day
    assert NOV_2025.is_working_day(date(2025, 11, 1))  # worked Saturday
    assert not NOV_2025.is_working_day(date(2025, 11, 2))  # Sunday
    assert NOV_2025.is_working_day(date(2025, 11, 5))


def test_a_day_cannot_be_both_holiday_and_working_day() -> None:
    day = date(2025, 11, 1)
    with pytest.raises(ValueError, match="2025-11-01"):
        WorkingCalendar(frozenset({day}), frozenset({day}))


# --- counting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (MON, MON, 0),
        (MON, TUE, 1),
        (MON, THU, 3),
        (MON, FRI, 4),
        (FRI, SAT, 0),
        (FRI, SUN, 0),
        (FRI, NEXT_MON, 1),
        (SAT, NEXT_MON, 1),
        (MON, NEXT_MON, 5),
        (THU, MON, -3),
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert PLAIN.working_days_between(start, end) == expected


def test_holidays_and_transfers_are_counted() -> None:
    # Fri 31 Oct → Wed 5 Nov 2025: Sat 1 (worked), Mon 3 and Tue 4 off, Wed 5.
    assert NOV_2025.working_days_between(date(2025, 10, 31), date(2025, 11, 5)) == 2


def test_add_working_days() -> None:
    assert PLAIN.add_working_days(MON, 3) == THU
    assert PLAIN.add_working_days(THU, 3) == NEXT_MON + timedelta(days=1)
    assert PLAIN.add_working_days(SAT, 1) == NEXT_MON
    assert PLAIN.add_working_days(SAT, 0) == SAT
    assert NOV_2025.add_working_days(date(2025, 10, 31), 2) == date(2025, 11, 5)
    with pytest.raises(ValueError, match="negative"):
        PLAIN.add_working_days(MON, -1)


def test_datetimes_count_by_their_day() -> None:
    assert PLAIN.working_days_between(at(MON, 23), at(TUE, 1)) == 1
    assert PLAIN.working_days_between(at(MON, 1), at(MON, 23)) == 0


def test_day_of_a_datetime_is_taken_in_the_calendars_zone() -> None:
    # 21:00 UTC on Monday is already Tuesday in Moscow.
    late_monday_utc = datetime(2025, 11, 10, 21, tzinfo=UTC)
    in_moscow = WorkingCalendar(frozenset(), zone=MOSCOW)
    assert in_moscow.working_days_between(late_monday_utc, at(TUE, 12)) == 0
    assert PLAIN.working_days_between(late_monday_utc, at(TUE, 12)) == 1


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2025, 11, 10, 12)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError, match="naive"):
        PLAIN.working_days_between(naive, at(TUE))
    with pytest.raises(ValueError, match="naive"):
        PLAIN.ageing(naive, at(TUE))


# --- ageing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "status", "elapsed"),
    [
        (at(MON, 18), AgeingStatus.ON_TIME, 0),
        (at(TUE), AgeingStatus.ON_TIME, 1),
        (at(WED), AgeingStatus.DUE_SOON, 2),
        (at(THU, 23), AgeingStatus.DUE_SOON, 3),
        (at(FRI, 0), AgeingStatus.OVERDUE, 4),
        (at(SUN), AgeingStatus.OVERDUE, 4),
        (at(MON, 8) - timedelta(days=1), AgeingStatus.ON_TIME, 0),  # clocks differ
    ],
)
def test_ageing_of_a_request_made_on_monday(
    now: datetime, status: AgeingStatus, elapsed: int
) -> None:
    assert PLAIN.ageing(at(MON, 9), now) == Ageing(status, elapsed, THU)


def test_ageing_over_a_weekend_counts_only_working_days() -> None:
    ageing = PLAIN.ageing(at(THU, 17), at(NEXT_MON, 9))
    assert ageing == Ageing(AgeingStatus.DUE_SOON, 2, NEXT_MON + timedelta(days=1))


def test_ageing_over_the_november_holidays() -> None:
    ageing = NOV_2025.ageing(at(date(2025, 10, 31)), at(date(2025, 11, 5)))
    assert ageing == Ageing(AgeingStatus.DUE_SOON, 2, date(2025, 11, 6))


def test_ageing_with_other_terms() -> None:
    assert PLAIN.ageing(at(MON), at(TUE), 1, 1).status is AgeingStatus.DUE_SOON
    assert PLAIN.ageing(at(MON), at(WED), 1, 0).status is AgeingStatus.OVERDUE
    with pytest.raises(ValueError, match="warn"):
        PLAIN.ageing(at(MON), at(TUE), due_working_days=2, warn_working_days=3)


def test_ageing_in_a_far_time_zone() -> None:
    # Created late Friday evening in Kamchatka: that is Friday morning UTC.
    created = datetime(2025, 11, 14, 22, tzinfo=KAMCHATKA)
    in_kamchatka = WorkingCalendar(frozenset(), zone=KAMCHATKA)
    assert in_kamchatka.ageing(created, at(NEXT_MON, 10)).working_days_elapsed == 1


# --- properties -----------------------------------------------------------------------

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
HOLIDAYS = st.frozensets(st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)))


@st.composite
def calendars(draw: st.DrawFn) -> WorkingCalendar:
    holidays = draw(HOLIDAYS)
    saturdays = draw(st.frozensets(st.dates(date(2024, 1, 1), date(2026, 12, 31))))
    extra = frozenset(d for d in saturdays if d.weekday() >= 5) - holidays
    return WorkingCalendar(holidays, extra)


def brute_force_count(calendar: WorkingCalendar, start: date, end: date) -> int:
    days = (start + timedelta(days=i) for i in range(1, (end - start).days + 1))
    return sum(1 for d in days if calendar.is_working_day(d))


@given(calendars(), st.dates(date(2023, 6, 1), date(2027, 6, 1)), st.integers(0, 400))
def test_add_then_count_is_consistent(calendar: WorkingCalendar, start: date, n: int) -> None:
    end = calendar.add_working_days(start, n)
    assert calendar.working_days_between(start, end) == n
    if n:
        assert calendar.is_working_day(end)
        assert calendar.working_days_between(start, end - timedelta(days=1)) == n - 1


@given(calendars(), st.dates(date(2023, 6, 1), date(2027, 6, 1)), st.integers(0, 800))
def test_count_agrees_with_checking_every_day(
    calendar: WorkingCalendar, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    assert calendar.working_days_between(start, end) == brute_force_count(calendar, start, end)


@given(DAYS, DAYS, DAYS)
def test_counts_add_up_and_reverse(a: date, b: date, c: date) -> None:
    assert PLAIN.working_days_between(a, b) + PLAIN.working_days_between(b, c) == (
        PLAIN.working_days_between(a, c)
    )
    assert PLAIN.working_days_between(a, b) == -PLAIN.working_days_between(b, a)


@given(DAYS, st.integers(0, 60))
def test_weekends_are_never_counted(start: date, extra_days: int) -> None:
    end = start + timedelta(days=extra_days)
    weekend_days = sum(
        1 for i in range(1, extra_days + 1) if (start + timedelta(days=i)).weekday() >= 5
    )
    assert PLAIN.working_days_between(start, end) == extra_days - weekend_days


@given(
    st.datetimes(
        min_value=datetime(2024, 1, 1),  # noqa: DTZ001 - bounds for aware datetimes
        max_value=datetime(2026, 12, 31),  # noqa: DTZ001
        timezones=st.sampled_from([UTC, MOSCOW, KAMCHATKA, timezone(timedelta(hours=-5))]),
    ),
    st.integers(0, 30),
)
def test_ageing_status_follows_elapsed_days(created: datetime, hours_later: int) -> None:
    now = created + timedelta(hours=hours_later * 9)
    ageing = NOV_2025.ageing(created, now)
    assert ageing.working_days_elapsed >= 0
    expected = (
        AgeingStatus.OVERDUE
        if ageing.working_days_elapsed > 3
        else AgeingStatus.DUE_SOON
        if ageing.working_days_elapsed >= 2
        else AgeingStatus.ON_TIME
    )
    assert ageing.status is expected
    # Overdue from the first working day after the due date, not on the weekend before it.
    overdue = NOV_2025.working_days_between(ageing.due_date, now) > 0
    assert (ageing.status is AgeingStatus.OVERDUE) == overdue
