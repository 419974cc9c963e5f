"""A billing clerk's checks on a reading an operator enters for a customer."""

from __future__ import annotations

import re
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts import readings as reading_texts
from models.domain import consumption as consumption_module
from models.domain import reading_checks
from models.domain.money_format import format_kwh
from models.domain.problems import Problem, Severity
from models.domain.reading_checks import (
    MeterContext,
    MeterInfo,
    PastReading,
    ReadingCheckResult,
    ReadingCheckSettings,
    ReadingEntry,
    billing_period_for,
    check_reading_entry,
    confirmation_key,
    consumption_by_zone,
    estimated_run,
    pre_entry_warnings,
)

D = Decimal
TODAY = date(2024, 7, 20)
SETTINGS = ReadingCheckSettings()


def meter(
    digits: int = 5,
    zones: int = 1,
    installed_on: date = date(2020, 1, 1),
    removed_on: date | None = None,
    calibration_due: date | None = date(2030, 1, 1),
) -> MeterInfo:
    return MeterInfo(digits, zones, installed_on, removed_on, calibration_due)


def readings(*pairs: tuple[str, str], source: str = "customer") -> list[PastReading]:
    """Readings from ``("2024-06-15", "12300")`` pairs."""
    return [PastReading(D(value), date.fromisoformat(day), source) for day, value in pairs]


# About 4.9 kWh a day: 300 kWh from 15 April to 15 June.
USUAL = readings(("2024-04-15", "12000"), ("2024-05-15", "12150"), ("2024-06-15", "12300"))


def context(history=USUAL, the_meter: MeterInfo | None = None, **more) -> MeterContext:
    return MeterContext(the_meter or meter(), {"T1": history}, **more)


def entry(value: str | None = "12450", taken_on: date = date(2024, 7, 15), **more) -> ReadingEntry:
    return ReadingEntry(taken_on, {"T1": None if value is None else D(value)}, **more)


def check(
    the_entry: ReadingEntry,
    the_context: MeterContext | None = None,
    settings: ReadingCheckSettings = SETTINGS,
    today: date = TODAY,
) -> list[Problem]:
    return check_reading_entry(the_entry, the_context or context(), today, settings)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def only(problems: list[Problem], code: str) -> Problem:
    [found] = [p for p in problems if p.code == code]
    return found


def test_an_ordinary_reading_passes():
    problems = check(entry("12450"))
    assert problems == []
    assert ReadingCheckResult.of(entry("12450"), problems).can_confirm


# --- dates ---------------------------------------------------------------------------------


def test_a_reading_dated_in_the_future_is_refused():
    problem = only(check(entry(taken_on=date(2024, 7, 21))), "reading.future_date")
    assert problem.is_error
    assert problem.field == "taken_on"


def test_a_reading_dated_before_the_previous_one_is_refused():
    problem = only(check(entry(taken_on=date(2024, 6, 10))), "reading.before_previous")
    assert problem.is_error
    assert problem.params["previous_on"] == "15.06.2024"


def test_a_reading_dated_before_installation_is_refused():
    new_meter = meter(installed_on=date(2024, 7, 1))
    problems = check(entry("5", taken_on=date(2024, 6, 30)), context([], new_meter))
    assert codes(problems) == ["reading.before_installation"]
    assert problems[0].params["installed_on"] == "01.07.2024"


def test_a_removed_meter_takes_no_readings_after_its_removal():
    removed = meter(removed_on=date(2024, 7, 1))
    problems = check(entry(taken_on=date(2024, 7, 15)), context(the_meter=removed))
    assert codes(problems) == ["reading.meter_removed"]
    # The final reading on the day of removal is still accepted.
    assert check(entry(taken_on=date(2024, 7, 1)), context(the_meter=removed)) == []


def test_a_second_reading_on_the_same_date_is_refused():
    # The stored history is cut, but the date is known to have a reading.
    known = context(taken_dates={"T1": frozenset({date(2024, 7, 15)})})
    assert codes(check(entry(taken_on=date(2024, 7, 15)), known)) == ["reading.duplicate_date"]
    # A date that has the latest reading is a duplicate, not "before the previous".
    same_day = check(entry(taken_on=date(2024, 6, 15)))
    assert codes(same_day) == ["reading.duplicate_date"]


# --- values --------------------------------------------------------------------------------


def test_a_negative_value_is_refused():
    assert codes(check(entry("-1"), context([]))) == ["reading.negative"]


def test_more_than_three_decimals_are_refused():
    assert codes(check(entry("12400.1234"))) == ["reading.too_many_decimals"]
    assert check(entry("12400.1230")) == []  # trailing zeros are no extra digits


def test_more_integer_digits_than_the_meter_has_are_refused():
    problem = only(check(entry("100000"), context([])), "reading.too_many_digits")
    assert problem.is_error
    assert problem.params["digits"] == "5"


def test_a_lost_decimal_comma_in_a_too_long_value_is_pointed_out():
    problems = check(entry("123456"))  # the customer read 12345,6 from a 5-digit register
    assert codes(problems) == ["reading.too_many_digits", "reading.decimal_shift"]
    assert problems[1].params["intended"] == format_kwh(D("12345.6"), unit=False)


def test_every_zone_of_a_multi_zone_meter_is_required():
    two_zones = MeterContext(meter(zones=2), {"T1": USUAL, "T2": USUAL})
    typed = ReadingEntry(date(2024, 7, 15), {"T1": D("12450"), "T2": None})
    problem = only(check(typed, two_zones), "reading.zone_missing")
    assert problem.field == "value_T2"
    assert problem.params["zone"] == "T2"


def test_a_single_zone_meter_asks_for_its_value():
    assert codes(check(entry(None))) == ["reading.value_missing"]


def test_values_for_zones_the_meter_lacks_are_a_programming_error():
    typed = ReadingEntry(date(2024, 7, 15), {"T1": D("12450"), "T2": D("1")})
    with pytest.raises(ValueError, match="T2"):
        check(typed)


# --- below the previous value, rollover ------------------------------------------------------


NEAR_THE_TOP = readings(("2024-04-15", "99600"), ("2024-05-15", "99750"), ("2024-06-15", "99900"))


def test_a_plausible_rollover_is_offered_for_confirmation():
    problems = check(entry("45"), context(NEAR_THE_TOP))
    problem = only(problems, "reading.rollover")
    assert problem.severity is Severity.WARNING
    assert problem.field == "value_T1"
    assert dict(problem.params) == {
        "previous": format_kwh(D("99900"), unit=False),
        "current": "45",
        "consumption": "145",
    }
    assert not ReadingCheckResult.of(entry("45"), problems).can_confirm


def test_a_confirmed_rollover_can_be_saved_with_its_consumption():
    confirmed = entry("45", rollover_accepted=frozenset({"T1"}))
    result = ReadingCheckResult.of(confirmed, check(confirmed, context(NEAR_THE_TOP)))
    assert result.can_confirm
    assert consumption_by_zone(confirmed, context(NEAR_THE_TOP)) == {"T1": D("145")}


def test_a_value_below_the_previous_one_without_plausible_rollover_is_refused():
    problem = only(check(entry("12200")), "reading.below_previous")
    assert problem.is_error
    assert problem.params["previous"] == format_kwh(D("12300"), unit=False)


def test_an_actual_reading_below_an_estimated_one_is_a_correction():
    estimated = readings(("2024-06-30", "12450"), source="estimated")
    problems = check(entry("12400"), context([*USUAL, *estimated]))
    assert problems == []
    assert consumption_by_zone(entry("12400"), context([*USUAL, *estimated])) == {"T1": D("100")}


# --- plausibility ------------------------------------------------------------------------------


def test_implausibly_high_consumption_needs_a_reason():
    # 700 kWh in 30 days against about 4.9 kWh a day.
    problems = check(entry("13000"))
    problem = only(problems, "reading.implausible_consumption")
    assert problem.severity is Severity.WARNING
    assert problem.params["consumption"] == "700"
    assert problem.params["days"] == "30"
    assert problem.params["limit"] == "442"  # 3 × 300/61 kWh a day × 30 days, whole kWh
    accepted = entry("13000", accepted_warnings=frozenset({confirmation_key(problem)}))
    result = ReadingCheckResult.of(accepted, problems)
    assert result.reason_required
    assert not result.can_confirm
    explained = entry(
        "13000",
        accepted_warnings=frozenset({confirmation_key(problem)}),
        reason="Абонент подтвердил: работал обогреватель в гараже",
    )
    assert ReadingCheckResult.of(explained, problems).can_confirm


def test_up_to_three_times_the_usual_consumption_is_plausible():
    assert check(entry("12700")) == []  # 400 kWh, limit about 442


@given(st.decimals(min_value=D("12300"), max_value=D("12700"), places=3))
def test_any_value_within_the_usual_consumption_passes(value):
    assert check(entry(str(value))) == []


@given(st.decimals(min_value=0, max_value=D("12299.999"), places=3))
def test_any_value_below_the_previous_one_on_a_mid_register_is_refused(value):
    # A rollover from 12 300 would mean over 87 000 kWh in a month: never offered.
    assert codes(check(entry(str(value)))) == ["reading.below_previous"]


def test_a_meter_without_history_is_judged_against_a_flat_daily_limit():
    first = readings(("2024-06-15", "1000"))
    assert check(entry("3900"), context(first)) == []  # 2 900 kWh < 100 kWh × 30 days
    assert codes(check(entry("4200"), context(first))) == ["reading.implausible_consumption"]


def test_months_without_consumption_on_a_consuming_meter_need_a_reason():
    standing = readings(
        ("2024-03-15", "12000"),
        ("2024-04-15", "12150"),
        ("2024-05-15", "12300"),
        ("2024-06-15", "12300"),
    )
    problem = only(check(entry("12300"), context(standing)), "reading.zero_consumption")
    assert problem.params["since"] == "15.05.2024"
    assert "reading.zero_consumption" in reading_checks.REASON_CODES


def test_one_month_without_consumption_is_not_questioned():
    assert check(entry("12300")) == []


def test_a_meter_that_never_consumed_is_not_questioned():
    idle = readings(("2024-01-15", "500"), ("2024-04-15", "500"))
    assert check(entry("500"), context(idle)) == []


def test_a_value_ten_times_too_big_suggests_the_value_with_the_comma():
    six_digits = meter(digits=6)
    problems = check(entry("123456"), context(the_meter=six_digits))
    problem = only(problems, "reading.decimal_shift")
    assert problem.params["intended"] == format_kwh(D("12345.6"), unit=False)
    assert "reading.implausible_consumption" not in codes(problems)
    assert ReadingCheckResult.of(entry("123456"), problems).reason_required


def test_consumption_ten_times_the_usual_suggests_a_tenth_of_it():
    # Expected about 147.5 kWh; 1 500 kWh is ten times as much.
    problem = only(check(entry("13800")), "reading.decimal_shift")
    assert problem.params["intended"] == format_kwh(D("12450"), unit=False)


# --- calibration, acceptance window, estimated readings --------------------------------------


def test_an_expired_calibration_is_a_warning_before_and_after_entry():
    expired = context(the_meter=meter(calibration_due=date(2024, 7, 1)))
    problem = only(check(entry(), expired), "reading.calibration_expired")
    assert problem.severity is Severity.WARNING
    assert problem.params["calibration_due"] == "01.07.2024"
    assert codes(pre_entry_warnings(expired, TODAY)) == ["reading.calibration_expired"]


def test_calibration_is_valid_through_its_due_date():
    due_today = context(the_meter=meter(calibration_due=TODAY))
    assert pre_entry_warnings(due_today, TODAY) == []


def test_a_reading_outside_the_window_counts_for_the_next_period():
    window = ReadingCheckSettings(window_first_day=15, window_last_day=25)
    problems = check(entry(taken_on=date(2024, 7, 26)), settings=window, today=date(2024, 7, 27))
    problem = only(problems, "reading.outside_window")
    assert problem.params["period"] == "2024-08"
    result = ReadingCheckResult.of(entry(taken_on=date(2024, 7, 26)), problems)
    assert result.notices == (problem,)
    assert result.can_confirm  # only a notice: nothing to accept
    assert check(entry(), settings=window, today=date(2024, 7, 20)) == []


def test_billing_period_follows_the_acceptance_window():
    window = ReadingCheckSettings(window_first_day=15, window_last_day=25)
    assert billing_period_for(date(2024, 7, 3), window) == date(2024, 7, 1)
    assert billing_period_for(date(2024, 7, 25), window) == date(2024, 7, 1)
    assert billing_period_for(date(2024, 7, 26), window) == date(2024, 8, 1)
    assert billing_period_for(date(2024, 12, 31), window) == date(2025, 1, 1)
    assert billing_period_for(date(2024, 12, 31), SETTINGS) == date(2024, 12, 1)


def test_estimated_run_counts_the_trailing_estimates():
    estimated = readings(("2024-07-31", "12600"), ("2024-08-31", "12750"), source="estimated")
    assert estimated_run([*USUAL, *estimated]) == 2
    assert estimated_run([*estimated, *readings(("2024-09-30", "12700"))]) == 0
    assert estimated_run([]) == 0


def test_a_run_of_estimated_readings_raises_an_alert_before_entry():
    estimated = readings(
        ("2024-04-30", "1"), ("2024-05-31", "2"), ("2024-06-30", "3"), source="estimated"
    )
    problem = only(pre_entry_warnings(context(estimated), TODAY), "reading.estimated_run")
    assert problem.params["count"] == "3"
    assert pre_entry_warnings(context(estimated[1:]), TODAY) == []


# --- texts -------------------------------------------------------------------------------------


def _codes_in_models() -> set[str]:
    found: set[str] = set()
    for module in (reading_checks, consumption_module):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        found |= set(re.findall(r'"(reading\.[a-z_]+)"', source))
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_reading_problem_has_english_and_russian_text_with_the_same_placeholders():
    used = _codes_in_models()
    assert used == set(reading_texts.TEXTS) == set(reading_texts.RU)
    for code in used:
        assert _placeholders(reading_texts.TEXTS[code]) == _placeholders(reading_texts.RU[code])


def test_the_rollover_message_reads_like_a_clerk():
    problem = only(check(entry("45"), context(NEAR_THE_TOP)), "reading.rollover")
    assert reading_texts.RU[problem.code].format(**problem.params) == (
        "Показание меньше предыдущего (99\u202f900). Если счётчик перешёл через ноль, "
        "расход составит 145 кВт·ч — подтвердите."
    )
