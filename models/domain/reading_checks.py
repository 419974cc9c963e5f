"""A billing clerk's checks on a meter reading an operator enters for a customer.

The database layer gathers what is known about the meter (:class:`MeterContext`), the
form supplies what the operator typed and confirmed (:class:`ReadingEntry`);
:func:`check_reading_entry` returns every :class:`~models.domain.problems.Problem`
and :class:`ReadingCheckResult` says whether the reading may now be saved.

Value checks compare with the latest *actual* reading of the zone: estimated
readings are the supplier's own guesses, so a real reading below an estimated one is
a normal correction, not a rollover. Date checks compare with every stored reading.
Numbers in ``params`` are written the Russian way (``12 345,6``), dates ``dd.mm.yyyy``.
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from models.domain.consumption import average_daily, consumption, rollover_candidate
from models.domain.date_format import format_date
from models.domain.money_format import format_kwh
from models.domain.problems import Problem, Severity

__all__ = [
    "DATE_FIELD",
    "NOTICE_CODES",
    "REASON_CODES",
    "ZONE_CODES",
    "ConfirmationKey",
    "MeterContext",
    "MeterInfo",
    "PastReading",
    "ReadingCheckResult",
    "ReadingCheckSettings",
    "ReadingEntry",
    "billing_period_for",
    "check_reading_entry",
    "confirmation_key",
    "consumption_by_zone",
    "estimated_run",
    "history_average",
    "pre_entry_warnings",
    "value_field",
]

ZONE_CODES: tuple[str, ...] = ("T1", "T2", "T3")
ESTIMATED = "estimated"
"""The ``reading_source`` of readings the supplier calculated itself."""
DATE_FIELD = "taken_on"
MAX_FRACTION_DIGITS = 3
DECIMAL_SHIFT_LOW = Decimal(7)
DECIMAL_SHIFT_HIGH = Decimal(13)
"""Consumption between these multiples of the expected one looks like a shifted comma."""

REASON_CODES = frozenset(
    {"reading.implausible_consumption", "reading.zero_consumption", "reading.decimal_shift"}
)
"""Warnings the operator may accept only with a written reason."""
NOTICE_CODES = frozenset({"reading.outside_window"})
"""Warnings that only inform: they need no confirmation."""

ConfirmationKey = tuple[str, str | None]
"""How the form records that a warning was accepted: the problem's ``(code, field)``."""


def value_field(zone: str) -> str:
    """The form field of a zone's value: ``value_T1``."""
    return f"value_{zone}"


def confirmation_key(problem: Problem) -> ConfirmationKey:
    """The key under which the operator's acceptance of ``problem`` is recorded."""
    return (problem.code, problem.field)


def _kwh(quantity: Decimal) -> str:
    return format_kwh(quantity, unit=False)


def _add_months(day: date, months: int) -> date:
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class MeterInfo:
    """What the checks need to know about a meter.

    ``digits`` is the number of integer digits on its register; ``zone_count`` 1..3
    gives zones ``T1``..``T3``; ``removed_on`` is ``None`` while it is in service;
    ``calibration_due`` is the last day its calibration is valid.
    """

    digits: int
    zone_count: int
    installed_on: date
    removed_on: date | None = None
    calibration_due: date | None = None

    def __post_init__(self) -> None:
        if self.digits < 1:
            raise ValueError(f"a meter has at least one integer digit, not {self.digits}")
        if not 1 <= self.zone_count <= len(ZONE_CODES):
            raise ValueError(f"a meter has 1 to 3 zones, not {self.zone_count}")

    @property
    def zones(self) -> tuple[str, ...]:
        """The meter's zone codes in order: ``("T1",)``, ``("T1", "T2")``..."""
        return ZONE_CODES[: self.zone_count]


@dataclass(frozen=True, slots=True)
class PastReading:
    """A stored reading of one zone; ``source`` is a ``reading_source`` value."""

    value: Decimal
    taken_on: date
    source: str

    @property
    def is_estimated(self) -> bool:
        """True for the supplier's calculated readings, which nobody read off the meter."""
        return self.source == ESTIMATED


@dataclass(frozen=True, slots=True)
class MeterContext:
    """A meter with its stored readings, per zone.

    ``history`` may be in any order and may be cut to recent years; ``taken_dates``
    adds dates with a stored reading that the cut history no longer shows.
    """

    meter: MeterInfo
    history: Mapping[str, Sequence[PastReading]] = field(default_factory=dict)
    taken_dates: Mapping[str, frozenset[date]] = field(default_factory=dict)

    def readings(self, zone: str) -> list[PastReading]:
        """The zone's readings, oldest first."""
        return sorted(self.history.get(zone, ()), key=lambda r: r.taken_on)

    def actual_readings(self, zone: str) -> list[PastReading]:
        """The zone's readings someone read off the meter, oldest first."""
        return [r for r in self.readings(zone) if not r.is_estimated]

    def dates_taken(self, zone: str) -> frozenset[date]:
        """Every date on which the zone already has a reading."""
        known = frozenset(r.taken_on for r in self.history.get(zone, ()))
        return known | self.taken_dates.get(zone, frozenset())

    def baseline(self, zone: str) -> PastReading | None:
        """The reading a new value is compared with: the latest actual one, or failing
        that the latest estimated one; ``None`` before the first reading."""
        actual = self.actual_readings(zone)
        if actual:
            return actual[-1]
        every = self.readings(zone)
        return every[-1] if every else None


@dataclass(frozen=True, slots=True)
class ReadingEntry:
    """What the operator typed and accepted on the reading form.

    ``values`` maps each zone to its typed register value (``None`` if left empty);
    ``accepted_warnings`` holds the :func:`confirmation_key` of each accepted warning;
    ``rollover_accepted`` the zones whose register the operator confirmed went through
    zero; ``reason`` explains an accepted implausible value.
    """

    taken_on: date
    values: Mapping[str, Decimal | None]
    accepted_warnings: frozenset[ConfirmationKey] = frozenset()
    rollover_accepted: frozenset[str] = frozenset()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ReadingCheckSettings:
    """The supplier's limits for accepting readings.

    ``max_multiple``: consumption above this many times the historical daily average
    (times the days of the period) needs a reason. ``zero_months``: no consumption for
    this many months on a meter that used to consume needs a reason.
    ``window_first_day``..``window_last_day``: days of the month readings are accepted
    for the current billing period (``None``: no limit on that side).
    ``average_over_days``: how far back the daily average looks.
    ``no_history_daily_limit``: kWh per day judged plausible when the meter has no
    consumption history (``None``: no limit, and no rollover can be offered).
    ``estimated_run_alert``: this many estimated readings in a row raise an alert.
    """

    max_multiple: Decimal = Decimal(3)
    zero_months: int = 2
    window_first_day: int | None = None
    window_last_day: int | None = None
    average_over_days: int = 365
    no_history_daily_limit: Decimal | None = Decimal(100)
    estimated_run_alert: int = 3

    def __post_init__(self) -> None:
        for day in (self.window_first_day, self.window_last_day):
            if day is not None and not 1 <= day <= 31:
                raise ValueError(f"window day must be 1..31, not {day}")
        first, last = self.window_first_day, self.window_last_day
        if first is not None and last is not None and first > last:
            raise ValueError(f"window starts ({first}) after it ends ({last})")
        if self.max_multiple <= 0 or self.zero_months < 1 or self.average_over_days < 1:
            raise ValueError("limits must be positive")

    def window_open_on(self, day: date) -> bool:
        """True when readings submitted on ``day`` count for that month's billing period."""
        after_first = self.window_first_day is None or day.day >= self.window_first_day
        before_last = self.window_last_day is None or day.day <= self.window_last_day
        return after_first and before_last


def billing_period_for(submitted_on: date, settings: ReadingCheckSettings) -> date:
    """First day of the billing period a reading submitted on ``submitted_on`` counts for.

    Readings before or inside the month's acceptance window count for that month;
    those after the window closes count for the next one.
    """
    month = submitted_on.replace(day=1)
    last = settings.window_last_day
    if last is not None and submitted_on.day > last:
        return _add_months(month, 1)
    return month


def estimated_run(history: Sequence[PastReading]) -> int:
    """How many estimated readings in a row end ``history`` (any order)."""
    run = 0
    for reading in sorted(history, key=lambda r: r.taken_on, reverse=True):
        if not reading.is_estimated:
            break
        run += 1
    return run


def _calibration_warning(meter: MeterInfo, day: date) -> list[Problem]:
    if meter.calibration_due is not None and meter.calibration_due < day:
        return [
            Problem.warning(
                "reading.calibration_expired",
                None,
                calibration_due=format_date(meter.calibration_due),
            )
        ]
    return []


def pre_entry_warnings(
    context: MeterContext, today: date, settings: ReadingCheckSettings | None = None
) -> list[Problem]:
    """Warnings to show when the reading form opens, before anything is typed:
    an expired calibration and a run of estimated readings."""
    settings = settings or ReadingCheckSettings()
    problems = _calibration_warning(context.meter, today)
    run = max((estimated_run(context.readings(z)) for z in context.meter.zones), default=0)
    if run >= settings.estimated_run_alert:
        problems.append(Problem.warning("reading.estimated_run", None, count=run))
    return problems


def _date_problems(taken_on: date, context: MeterContext, today: date) -> list[Problem]:
    meter = context.meter
    problems: list[Problem] = []
    if taken_on > today:
        problems.append(
            Problem.error("reading.future_date", DATE_FIELD, taken_on=format_date(taken_on))
        )
    if taken_on < meter.installed_on:
        problems.append(
            Problem.error(
                "reading.before_installation",
                DATE_FIELD,
                installed_on=format_date(meter.installed_on),
            )
        )
    if meter.removed_on is not None and taken_on > meter.removed_on:
        problems.append(
            Problem.error(
                "reading.meter_removed", DATE_FIELD, removed_on=format_date(meter.removed_on)
            )
        )
    latest = max((r.taken_on for z in meter.zones for r in context.readings(z)), default=None)
    if latest is not None and taken_on < latest:
        problems.append(
            Problem.error("reading.before_previous", DATE_FIELD, previous_on=format_date(latest))
        )
    if any(taken_on in context.dates_taken(z) for z in meter.zones):
        problems.append(
            Problem.error("reading.duplicate_date", DATE_FIELD, taken_on=format_date(taken_on))
        )
    return problems


def _fraction_digits(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _format_problems(zone: str, value: Decimal | None, meter: MeterInfo) -> list[Problem]:
    name = value_field(zone)
    if value is None:
        if meter.zone_count == 1:
            return [Problem.error("reading.value_missing", name)]
        return [Problem.error("reading.zone_missing", name, zone=zone)]
    if not value.is_finite():
        raise ValueError(f"a register value must be a finite number, not {value}")
    problems: list[Problem] = []
    if value < 0:
        problems.append(Problem.error("reading.negative", name))
    if _fraction_digits(value) > MAX_FRACTION_DIGITS:
        problems.append(Problem.error("reading.too_many_decimals", name, max=MAX_FRACTION_DIGITS))
    if value >= Decimal(10) ** meter.digits:
        problems.append(Problem.error("reading.too_many_digits", name, digits=meter.digits))
    return problems


def _history_average(
    actual: Sequence[PastReading], digits: int, settings: ReadingCheckSettings
) -> Decimal | None:
    """Average daily consumption over the recent actual readings, ``None`` if unknown."""
    if len(actual) < 2:
        return None
    since = actual[-1].taken_on - timedelta(days=settings.average_over_days)
    recent = [r for r in actual if r.taken_on >= since]
    if len(recent) < 2:
        recent = list(actual[-2:])
    total, days = Decimal(0), 0
    for earlier, later in itertools.pairwise(recent):
        span = (later.taken_on - earlier.taken_on).days
        if later.value >= earlier.value:
            used: Decimal | None = later.value - earlier.value
        else:
            used = rollover_candidate(earlier.value, later.value, digits)
        if span <= 0 or used is None:
            continue
        total += used
        days += span
    return average_daily(total, days) if days else None


def history_average(
    context: MeterContext, zone: str, settings: ReadingCheckSettings | None = None
) -> Decimal | None:
    """The zone's average daily consumption over its recent actual readings (as the
    plausibility checks see it), ``None`` while fewer than two actual readings exist."""
    return _history_average(
        context.actual_readings(zone), context.meter.digits, settings or ReadingCheckSettings()
    )


@dataclass(frozen=True, slots=True)
class _Expectation:
    """What the zone's history says about the period since its baseline reading."""

    previous: Decimal
    days: int
    average: Decimal | None
    limit: Decimal | None

    def plausible(self, used: Decimal) -> bool:
        return self.limit is not None and used <= self.limit


def _expectation(
    baseline: PastReading,
    taken_on: date,
    actual: Sequence[PastReading],
    meter: MeterInfo,
    settings: ReadingCheckSettings,
) -> _Expectation:
    days = (taken_on - baseline.taken_on).days
    average = _history_average(actual, meter.digits, settings)
    limit: Decimal | None = None
    if average is not None and average > 0:
        limit = settings.max_multiple * average * days
    elif settings.no_history_daily_limit is not None:
        limit = settings.no_history_daily_limit * days
    return _Expectation(baseline.value, days, average, limit)


def _shifted_value(value: Decimal, expect: _Expectation) -> Decimal | None:
    """The value the operator probably meant if a comma was lost, else ``None``."""
    tenth = value / 10
    if (
        _fraction_digits(tenth) <= MAX_FRACTION_DIGITS
        and tenth >= expect.previous
        and expect.plausible(tenth - expect.previous)
    ):
        return tenth
    if expect.average is None or expect.average <= 0 or value < expect.previous:
        return None
    expected = expect.average * expect.days
    used = value - expect.previous
    if DECIMAL_SHIFT_LOW * expected <= used <= DECIMAL_SHIFT_HIGH * expected:
        return (expect.previous + used / 10).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return None


def _zero_run_start(actual: Sequence[PastReading], value: Decimal) -> tuple[date, bool]:
    """Since when the register has stood at ``value``, and whether it moved before that."""
    start = actual[-1].taken_on
    for reading in reversed(actual):
        if reading.value != value:
            return start, True
        start = reading.taken_on
    return start, False


def _value_problems(
    zone: str,
    value: Decimal,
    entry: ReadingEntry,
    context: MeterContext,
    settings: ReadingCheckSettings,
) -> list[Problem]:
    baseline = context.baseline(zone)
    if baseline is None or baseline.taken_on >= entry.taken_on:
        return []
    actual = context.actual_readings(zone)
    expect = _expectation(baseline, entry.taken_on, actual, context.meter, settings)
    name = value_field(zone)
    if value < expect.previous:
        used = rollover_candidate(expect.previous, value, context.meter.digits)
        if used is not None and expect.plausible(used):
            return [
                Problem.warning(
                    "reading.rollover",
                    name,
                    previous=_kwh(expect.previous),
                    current=_kwh(value),
                    consumption=_kwh(used),
                )
            ]
        return [Problem.error("reading.below_previous", name, previous=_kwh(expect.previous))]
    used = consumption(expect.previous, value, context.meter.digits, rollover=False)
    if expect.limit is not None and used > expect.limit:
        intended = _shifted_value(value, expect)
        if intended is not None:
            return [
                Problem.warning(
                    "reading.decimal_shift", name, value=_kwh(value), intended=_kwh(intended)
                )
            ]
        return [
            Problem.warning(
                "reading.implausible_consumption",
                name,
                consumption=_kwh(used),
                days=expect.days,
                limit=_kwh(expect.limit.to_integral_value(ROUND_DOWN)),
            )
        ]
    if used == 0 and actual:
        since, moved_before = _zero_run_start(actual, value)
        if moved_before and entry.taken_on >= _add_months(since, settings.zero_months):
            return [Problem.warning("reading.zero_consumption", name, since=format_date(since))]
    return []


def _shift_hint(
    zone: str,
    value: Decimal,
    entry: ReadingEntry,
    context: MeterContext,
    settings: ReadingCheckSettings,
) -> list[Problem]:
    """For a value with too many digits: the value with the comma put back, if plausible."""
    tenth = value / 10
    baseline = context.baseline(zone)
    if (
        baseline is None
        or baseline.taken_on >= entry.taken_on
        or tenth >= Decimal(10) ** context.meter.digits
        or _fraction_digits(tenth) > MAX_FRACTION_DIGITS
    ):
        return []
    actual = context.actual_readings(zone)
    expect = _expectation(baseline, entry.taken_on, actual, context.meter, settings)
    if tenth >= expect.previous and expect.plausible(tenth - expect.previous):
        return [
            Problem.warning(
                "reading.decimal_shift", value_field(zone), value=_kwh(value), intended=_kwh(tenth)
            )
        ]
    return []


def check_reading_entry(
    entry: ReadingEntry,
    context: MeterContext,
    today: date,
    settings: ReadingCheckSettings,
) -> list[Problem]:
    """Every problem with ``entry`` as a billing clerk would see it.

    Errors: the date is in the future, before the meter was installed, after it was
    removed, before the latest stored reading, or already has a reading; a value is
    missing (each zone of a multi-zone meter separately), negative, has more than three
    decimals or more integer digits than the meter. Warnings: a value below the previous
    one that a plausible rollover explains (confirmed per zone, otherwise an error),
    implausibly high consumption, a lost decimal comma, months without consumption, an
    expired calibration, and (as a notice) a reading outside the acceptance window.
    ``entry``'s confirmations do not change the problems; see :class:`ReadingCheckResult`.
    """
    meter = context.meter
    unknown = set(entry.values) - set(meter.zones)
    if unknown:
        raise ValueError(f"values for zones the meter does not have: {sorted(unknown)}")
    problems = _date_problems(entry.taken_on, context, today)
    dates_ok = not problems
    for zone in meter.zones:
        value = entry.values.get(zone)
        format_problems = _format_problems(zone, value, meter)
        problems.extend(format_problems)
        if value is None or not dates_ok:
            continue
        if not format_problems:
            problems.extend(_value_problems(zone, value, entry, context, settings))
        elif [p.code for p in format_problems] == ["reading.too_many_digits"]:
            problems.extend(_shift_hint(zone, value, entry, context, settings))
    problems.extend(_calibration_warning(meter, entry.taken_on))
    if not settings.window_open_on(today):
        period = billing_period_for(today, settings)
        problems.append(
            Problem.warning(
                "reading.outside_window",
                DATE_FIELD,
                period=f"{period:%Y-%m}",
                first_day=settings.window_first_day or 1,
                last_day=settings.window_last_day or 31,
            )
        )
    return problems


def consumption_by_zone(entry: ReadingEntry, context: MeterContext) -> dict[str, Decimal]:
    """kWh per zone since the zone's baseline reading, with the rollovers the operator
    accepted; zones without an earlier reading or a value are left out.

    Call after :func:`check_reading_entry` found no errors.
    """
    result: dict[str, Decimal] = {}
    for zone in context.meter.zones:
        value = entry.values.get(zone)
        baseline = context.baseline(zone)
        if value is None or baseline is None:
            continue
        rollover = zone in entry.rollover_accepted and value < baseline.value
        result[zone] = consumption(baseline.value, value, context.meter.digits, rollover)
    return result


def _zone_of(problem: Problem) -> str | None:
    prefix = value_field("")
    if problem.field is not None and problem.field.startswith(prefix):
        return problem.field[len(prefix) :]
    return None


@dataclass(frozen=True, slots=True)
class ReadingCheckResult:
    """The problems of an entry sorted by what the operator still has to do."""

    problems: tuple[Problem, ...]
    entry: ReadingEntry

    @classmethod
    def of(cls, entry: ReadingEntry, problems: Iterable[Problem]) -> ReadingCheckResult:
        """The result of ``problems`` found in ``entry``."""
        return cls(tuple(problems), entry)

    def is_confirmed(self, problem: Problem) -> bool:
        """True when the operator accepted ``problem`` (a rollover: for its zone)."""
        if problem.code == "reading.rollover":
            return _zone_of(problem) in self.entry.rollover_accepted
        return confirmation_key(problem) in self.entry.accepted_warnings

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Problems that block saving until the input is corrected."""
        return tuple(p for p in self.problems if p.is_error)

    @property
    def notices(self) -> tuple[Problem, ...]:
        """Warnings shown for information only."""
        return tuple(p for p in self.problems if p.code in NOTICE_CODES)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Warnings the operator must accept before saving."""
        return tuple(
            p
            for p in self.problems
            if p.severity is Severity.WARNING and p.code not in NOTICE_CODES
        )

    @property
    def unconfirmed_warnings(self) -> tuple[Problem, ...]:
        """Warnings not accepted yet."""
        return tuple(p for p in self.warnings if not self.is_confirmed(p))

    @property
    def reason_required(self) -> bool:
        """True when a warning can only be accepted with a written reason."""
        return any(p.code in REASON_CODES for p in self.warnings)

    @property
    def reason_missing(self) -> bool:
        """True when a reason is required but none was written."""
        return self.reason_required and not self.entry.reason.strip()

    @property
    def can_confirm(self) -> bool:
        """True when the reading may be saved as it stands."""
        return not self.errors and not self.unconfirmed_warnings and not self.reason_missing
