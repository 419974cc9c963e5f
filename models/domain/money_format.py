"""Money and energy quantities written the Russian way: ``1 234,56 ₽``, ``1 234,5 кВт·ч``.

Digits are grouped by three with a narrow no-break space (U+202F), the decimal
separator is a comma, negative values carry a true minus sign (U+2212) and the
unit is joined to the number by a no-break space, so a printed amount never breaks
across lines. Used by the printed documents and by the console alike.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

GROUP_SEPARATOR = "\u202f"
"""Narrow no-break space between digit groups."""
UNIT_SEPARATOR = "\u00a0"
"""No-break space between a number and its unit."""
MINUS = "\u2212"
RUBLE = "₽"
KWH = "кВт·ч"

_KOPECK = Decimal("0.01")


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def format_number(
    value: Decimal, places: int, *, group: str = GROUP_SEPARATOR, minus: str = MINUS
) -> str:
    """``value`` rounded half-up to ``places`` decimals, grouped, comma as decimal mark.

    ``group`` and ``minus``: the screen's tables group by a no-break space and write a
    hyphen-minus (:mod:`console.formatting`); documents keep the defaults.
    """
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = minus if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = sign + _group(whole, group)
    return f"{text},{fraction}" if fraction else text


def format_money(amount: Decimal, *, symbol: bool = True) -> str:
    """An amount in roubles with kopecks: ``1 234,56 ₽`` (``symbol=False``: ``1 234,56``)."""
    text = format_number(amount, 2)
    return f"{text}{UNIT_SEPARATOR}{RUBLE}" if symbol else text


def format_kwh(quantity: Decimal, *, unit: bool = True, max_places: int = 3) -> str:
    """An energy quantity: ``1 234 кВт·ч``, ``12,5 кВт·ч``; no trailing zeros after the comma.

    Meter registers and consumption are printed as precisely as they were read, up
    to ``max_places`` decimals.
    """
    rounded = quantity.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    exponent = rounded.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = format_number(rounded, places)
    return f"{text}{UNIT_SEPARATOR}{KWH}" if unit else text


def format_rate(rate: Decimal, *, unit: bool = True) -> str:
    """A price per kWh with at least two decimals (tariffs may have up to four): ``5,67``."""
    exponent = rate.normalize().as_tuple().exponent
    places = min(max(-exponent if isinstance(exponent, int) else 0, 2), 4)
    text = format_number(rate, places)
    return f"{text}{UNIT_SEPARATOR}{RUBLE}/{KWH}" if unit else text


def to_kopecks(amount: Decimal) -> int:
    """The amount as a whole number of kopecks, rounded half-up."""
    return int(amount.quantize(_KOPECK, rounding=ROUND_HALF_UP) * 100)
