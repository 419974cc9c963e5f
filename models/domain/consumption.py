"""Consumption between two meter readings and its price under the tariffs in force.

Pure arithmetic on :class:`~decimal.Decimal` values: the database layer loads the
readings and tariffs, these functions say how many kWh were used and what they cost.

Rounding rules (they decide what the customer sees on the bill):

* kWh are never rounded away: when a period's consumption is spread over several
  tariff periods, the parts are counted in steps of 0.001 kWh (or finer, if the
  consumption itself is finer) and the steps that do not divide evenly go to the
  parts with the largest remainders (largest-remainder method; equal remainders
  favour the earlier part). The parts therefore add up to the consumption exactly.
* Each part's amount is its kWh times its rate rounded half-up to kopecks. Parts
  are rounded separately, as each is a separate line of the bill, so the total may
  differ by a kopeck per part from pricing the whole consumption at once.
* Adjacent tariff periods with the same rate are priced as one part, so a tariff
  record boundary that does not change the price never changes the bill.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from models.domain.date_format import format_date
from models.domain.problems import Problem, ValidationFailed

__all__ = [
    "ChargePart",
    "TariffPeriod",
    "average_daily",
    "consumption",
    "rollover_candidate",
    "split_by_tariffs",
]

KOPECK = Decimal("0.01")
KWH_STEP = Decimal("0.001")
"""The coarsest step in which consumption is spread over tariff periods."""
DAILY_AVERAGE_STEP = Decimal("0.001")


def _register_limit(digits: int) -> Decimal:
    if digits < 1:
        raise ValueError(f"a meter has at least one integer digit, not {digits}")
    return Decimal(10) ** digits


def consumption(previous: Decimal, current: Decimal, digits: int, rollover: bool) -> Decimal:
    """kWh used between the ``previous`` and the ``current`` register value.

    With ``rollover`` the register went past its largest value back through zero:
    the consumption is ``10**digits - previous + current``. Raises ``ValueError`` for
    values that cannot be: a current value below the previous one without rollover,
    or a rollover where the register did not go down or a value does not fit the
    meter's ``digits``.
    """
    if previous < 0 or current < 0:
        raise ValueError("register values cannot be negative")
    if not rollover:
        if current < previous:
            raise ValueError(f"current value {current} is below previous {previous}")
        return current - previous
    limit = _register_limit(digits)
    if previous >= limit or current >= limit:
        raise ValueError(f"register values must be below {limit} on a {digits}-digit meter")
    if current >= previous:
        raise ValueError("a rollover needs a current value below the previous one")
    return limit - previous + current


def rollover_candidate(previous: Decimal, current: Decimal, digits: int) -> Decimal | None:
    """The consumption if the register went through zero, or ``None`` if it cannot have.

    Only a current value below the previous one, both fitting the meter's ``digits``,
    can be a rollover; whether the result is plausible is for the caller to judge.
    """
    limit = _register_limit(digits)
    if not (0 <= current < previous < limit):
        return None
    return limit - previous + current


def average_daily(consumption: Decimal, days: int) -> Decimal:
    """Average kWh per day over ``days`` days, rounded half-up to 0.001 kWh."""
    if days <= 0:
        raise ValueError(f"an average needs a positive number of days, not {days}")
    return (consumption / days).quantize(DAILY_AVERAGE_STEP, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class TariffPeriod:
    """A rate (roubles per kWh) in force from ``valid_from`` (inclusive) to ``valid_to``
    (exclusive; ``None`` while still in force), for one region and zone."""

    rate: Decimal
    valid_from: date
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if self.valid_to is not None and self.valid_to <= self.valid_from:
            raise ValueError(f"tariff period ends ({self.valid_to}) before it starts")


@dataclass(frozen=True, slots=True)
class ChargePart:
    """The share of a consumption that falls in one tariff period, with its price.

    Covers the days from ``start`` (inclusive) to ``end`` (exclusive).
    """

    start: date
    end: date
    kwh: Decimal
    rate: Decimal
    amount: Decimal

    @property
    def days(self) -> int:
        """Number of days the part covers."""
        return (self.end - self.start).days

    @property
    def last_day(self) -> date:
        """The last day the part covers (as printed on a bill: «с 15.06 по 30.06»)."""
        return self.end - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Segment:
    start: date
    end: date
    rate: Decimal


def _segments(start: date, end: date, tariffs: Sequence[TariffPeriod]) -> list[_Segment]:
    """The tariffs cut to ``[start, end)``, in order; raises on gaps and overlaps."""
    ordered = sorted(tariffs, key=lambda t: t.valid_from)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.valid_to is None or earlier.valid_to > later.valid_from:
            raise ValueError(f"tariff periods overlap from {later.valid_from}")
    segments: list[_Segment] = []
    cursor = start
    for tariff in ordered:
        seg_start = max(start, tariff.valid_from)
        seg_end = end if tariff.valid_to is None else min(end, tariff.valid_to)
        if seg_start >= seg_end:
            continue
        if seg_start > cursor:
            break
        if segments and segments[-1].rate == tariff.rate:
            segments[-1] = _Segment(segments[-1].start, seg_end, segments[-1].rate)
        else:
            segments.append(_Segment(seg_start, seg_end, tariff.rate))
        cursor = seg_end
    if cursor < end:
        raise ValidationFailed([Problem.error("reading.no_tariff", None, day=format_date(cursor))])
    return segments


def _step_exponent(quantity: Decimal) -> int:
    exponent = quantity.as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"consumption must be a finite number, not {quantity}")
    return min(exponent, int(KWH_STEP.as_tuple().exponent))


def split_by_tariffs(
    period_start: date,
    period_end: date,
    consumption: Decimal,
    tariffs: Sequence[TariffPeriod],
) -> list[ChargePart]:
    """Spread ``consumption`` over the days from ``period_start`` to ``period_end``
    (the dates of the two readings; the end day itself belongs to the next period) and
    price each part at the tariff in force on its days.

    ``tariffs`` are those of the account's region and the zone, in any order; they must
    not overlap. A day without a tariff raises :class:`ValidationFailed` with
    ``reading.no_tariff``. See the module docstring for how parts are rounded.
    """
    if period_end <= period_start:
        raise ValueError("a consumption period must end after it starts")
    if consumption < 0:
        raise ValueError(f"consumption cannot be negative: {consumption}")
    segments = _segments(period_start, period_end, tariffs)
    exponent = _step_exponent(consumption)
    total_steps = int(consumption.scaleb(-exponent))
    total_days = (period_end - period_start).days

    shares: list[int] = []
    remainders: list[int] = []
    for segment in segments:
        whole, remainder = divmod(total_steps * (segment.end - segment.start).days, total_days)
        shares.append(whole)
        remainders.append(remainder)
    leftover = total_steps - sum(shares)
    by_remainder = sorted(range(len(segments)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:leftover]:
        shares[index] += 1

    parts: list[ChargePart] = []
    for segment, steps in zip(segments, shares, strict=True):
        kwh = Decimal(steps).scaleb(exponent)
        amount = (kwh * segment.rate).quantize(KOPECK, rounding=ROUND_HALF_UP)
        parts.append(ChargePart(segment.start, segment.end, kwh, segment.rate, amount))
    return parts
