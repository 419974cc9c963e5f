"""Consumption between readings, meter rollover and pricing under changing tariffs."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.domain.consumption import (
    ChargePart,
    TariffPeriod,
    average_daily,
    consumption,
    rollover_candidate,
    split_by_tariffs,
)
from models.domain.problems import ValidationFailed

D = Decimal
KOPECK = D("0.01")

register_values = st.decimals(min_value=0, max_value=D("999999.999"), places=3)
quantities = st.decimals(min_value=0, max_value=D("100000"), places=3)
rates = st.decimals(min_value=D("0.0001"), max_value=D("20"), places=4)
days_since_2020 = st.integers(min_value=0, max_value=3650)


def _day(offset: int) -> date:
    return date(2020, 1, 1) + timedelta(days=offset)


# --- consumption and rollover -------------------------------------------------------


def test_consumption_is_the_difference_of_the_readings():
    assert consumption(D("12345.6"), D("12400.1"), 5, rollover=False) == D("54.5")


def test_rollover_counts_through_zero():
    # 99 990,5 → 00 085,1 on a five-digit register: 9,5 to zero plus 85,1 after it.
    assert consumption(D("99990.5"), D("85.1"), 5, rollover=True) == D("94.6")


def test_a_lower_reading_without_rollover_is_refused():
    with pytest.raises(ValueError, match="below previous"):
        consumption(D("100"), D("99"), 5, rollover=False)


def test_a_rollover_needs_a_lower_value_within_the_register():
    with pytest.raises(ValueError, match="rollover"):
        consumption(D("100"), D("150"), 5, rollover=True)
    with pytest.raises(ValueError, match="below"):
        consumption(D("123456"), D("5"), 5, rollover=True)


def test_rollover_candidate_only_for_a_lower_value_that_fits_the_register():
    assert rollover_candidate(D("99950"), D("30"), 5) == D("80")
    assert rollover_candidate(D("100"), D("100"), 5) is None
    assert rollover_candidate(D("100"), D("150"), 5) is None
    assert rollover_candidate(D("123456"), D("10"), 5) is None


@given(
    digits=st.integers(min_value=1, max_value=9),
    data=st.data(),
)
def test_rollover_consumption_is_always_within_the_register(digits, data):
    limit = D(10) ** digits
    values = st.decimals(min_value=0, max_value=limit - D("0.001"), places=3)
    previous = data.draw(values)
    current = data.draw(values)
    used = rollover_candidate(previous, current, digits)
    if current < previous:
        assert used is not None
        assert 0 <= used < limit
        assert used == consumption(previous, current, digits, rollover=True)
    else:
        assert used is None


@given(previous=register_values, used=quantities)
def test_consumption_returns_what_was_added_to_the_register(previous, used):
    assert consumption(previous, previous + used, 6, rollover=False) == used


def test_average_daily_is_rounded_to_a_watt_hour():
    assert average_daily(D("100"), 3) == D("33.333")
    assert average_daily(D("2"), 3) == D("0.667")
    with pytest.raises(ValueError, match="positive"):
        average_daily(D("10"), 0)


# --- splitting by tariffs ---------------------------------------------------------------


def test_a_period_across_1_july_is_priced_at_both_rates():
    old = TariffPeriod(D("5.00"), date(2024, 1, 1), date(2024, 7, 1))
    new = TariffPeriod(D("5.50"), date(2024, 7, 1))
    parts = split_by_tariffs(date(2024, 6, 15), date(2024, 7, 15), D("300"), [new, old])
    assert parts == [
        ChargePart(date(2024, 6, 15), date(2024, 7, 1), D("160.000"), D("5.00"), D("800.00")),
        ChargePart(date(2024, 7, 1), date(2024, 7, 15), D("140.000"), D("5.50"), D("770.00")),
    ]
    assert [p.days for p in parts] == [16, 14]
    assert parts[0].last_day == date(2024, 6, 30)


def test_uneven_shares_give_the_leftover_watt_hour_to_the_largest_remainder():
    tariffs = [
        TariffPeriod(D("1"), date(2024, 1, 1), date(2024, 1, 2)),
        TariffPeriod(D("2"), date(2024, 1, 2), date(2024, 1, 3)),
        TariffPeriod(D("3"), date(2024, 1, 3)),
    ]
    parts = split_by_tariffs(date(2024, 1, 1), date(2024, 1, 4), D("100"), tariffs)
    assert [p.kwh for p in parts] == [D("33.334"), D("33.333"), D("33.333")]
    assert sum(p.kwh for p in parts) == D("100")
    # 1 and 2 days of 100 kWh: 33.333⅓ and 66.666⅔; the larger remainder gets the step.
    short, long = tariffs[0], TariffPeriod(D("2"), date(2024, 1, 2))
    parts = split_by_tariffs(date(2024, 1, 1), date(2024, 1, 4), D("100"), [short, long])
    assert [p.kwh for p in parts] == [D("33.333"), D("66.667")]


def test_amounts_are_rounded_half_up_to_kopecks():
    tariff = TariffPeriod(D("4.1225"), date(2024, 1, 1))
    [part] = split_by_tariffs(date(2024, 1, 1), date(2024, 2, 1), D("10"), [tariff])
    assert part.amount == D("41.23")  # 41.225 rounds up, not to the even 41.22


def test_a_day_without_tariff_is_reported():
    tariff = TariffPeriod(D("5"), date(2024, 1, 1), date(2024, 7, 1))
    with pytest.raises(ValidationFailed) as caught:
        split_by_tariffs(date(2024, 6, 15), date(2024, 7, 15), D("30"), [tariff])
    [problem] = caught.value.problems
    assert problem.code == "reading.no_tariff"
    assert problem.params["day"] == "01.07.2024"


def test_a_gap_between_tariffs_is_reported():
    tariffs = [
        TariffPeriod(D("5"), date(2024, 1, 1), date(2024, 7, 1)),
        TariffPeriod(D("6"), date(2024, 8, 1)),
    ]
    with pytest.raises(ValidationFailed) as caught:
        split_by_tariffs(date(2024, 6, 15), date(2024, 8, 15), D("60"), tariffs)
    assert caught.value.problems[0].params["day"] == "01.07.2024"


def test_overlapping_tariffs_are_refused():
    tariffs = [
        TariffPeriod(D("5"), date(2024, 1, 1), date(2024, 8, 1)),
        TariffPeriod(D("6"), date(2024, 7, 1)),
    ]
    with pytest.raises(ValueError, match="overlap"):
        split_by_tariffs(date(2024, 6, 1), date(2024, 7, 15), D("30"), tariffs)


def test_tariffs_outside_the_period_are_ignored():
    tariffs = [
        TariffPeriod(D("4"), date(2023, 7, 1), date(2024, 7, 1)),
        TariffPeriod(D("5"), date(2024, 7, 1), date(2025, 7, 1)),
        TariffPeriod(D("6"), date(2025, 7, 1)),
    ]
    [part] = split_by_tariffs(date(2024, 8, 1), date(2024, 9, 1), D("31"), tariffs)
    assert (part.rate, part.kwh, part.amount) == (D("5"), D("31.000"), D("155.00"))


@st.composite
def tariff_timelines(draw):
    """A consumption period and the tariffs in force over it, with rates changing."""
    start = _day(draw(days_since_2020))
    length = draw(st.integers(min_value=1, max_value=800))
    cuts = sorted(
        draw(st.sets(st.integers(min_value=1, max_value=length - 1), max_size=6))
        if length > 1
        else set()
    )
    first_from = start - timedelta(days=draw(st.integers(min_value=0, max_value=60)))
    bounds = [first_from, *(start + timedelta(days=c) for c in cuts)]
    tariffs = []
    for index, valid_from in enumerate(bounds):
        valid_to = bounds[index + 1] if index + 1 < len(bounds) else None
        tariffs.append(TariffPeriod(draw(rates), valid_from, valid_to))
    return start, start + timedelta(days=length), tariffs


@given(timeline=tariff_timelines(), used=quantities)
def test_parts_add_up_to_the_consumption_and_the_period(timeline, used):
    start, end, tariffs = timeline
    parts = split_by_tariffs(start, end, used, tariffs)
    assert sum((p.kwh for p in parts), D(0)) == used
    assert parts[0].start == start
    assert parts[-1].end == end
    assert all(a.end == b.start for a, b in itertools.pairwise(parts))
    total_days = (end - start).days
    for part in parts:
        exact_share = Fraction(used) * part.days / total_days
        assert abs(Fraction(part.kwh) - exact_share) < Fraction(1, 1000)


@given(timeline=tariff_timelines(), used=quantities)
def test_each_part_is_its_kwh_times_its_rate_in_kopecks(timeline, used):
    start, end, tariffs = timeline
    parts = split_by_tariffs(start, end, used, tariffs)
    for part in parts:
        assert part.amount == (part.kwh * part.rate).quantize(KOPECK, rounding=ROUND_HALF_UP)


@given(
    start=days_since_2020,
    length=st.integers(min_value=2, max_value=800),
    data=st.data(),
    rate=rates,
    used=quantities,
)
def test_a_boundary_between_equal_rates_changes_nothing(start, length, data, rate, used):
    period_start, period_end = _day(start), _day(start + length)
    cut = _day(start + data.draw(st.integers(min_value=1, max_value=length - 1)))
    whole = [TariffPeriod(rate, period_start)]
    split = [TariffPeriod(rate, period_start, cut), TariffPeriod(rate, cut)]
    assert split_by_tariffs(period_start, period_end, used, split) == split_by_tariffs(
        period_start, period_end, used, whole
    )
