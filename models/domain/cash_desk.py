"""Rules of the cash desk that need no database: amounts typed by a cashier."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from models.domain.money_format import format_money
from models.domain.problems import Problem, ValidationFailed

MAX_PAYMENT = Decimal("1000000.00")
"""The largest payment the cash desk takes at once (the database enforces the same)."""
CONFIRM_ABOVE = Decimal("50000.00")
"""Payments above this ask the cashier to confirm the amount."""

_NUMBER = re.compile(r"^(?P<whole>[0-9]+)(?:[.,](?P<fraction>[0-9]*))?$")
_MINUS = ("-", "\u2212", "\u2013")


def parse_amount(text: str, *, field: str = "amount", allow_zero: bool = False) -> Decimal:
    """Roubles as typed («1 234,5», «1234.50») → ``Decimal('1234.50')``.

    Raises :class:`ValidationFailed` with the problem the cashier has to fix:
    ``payment.amount_missing`` (nothing typed), ``payment.amount_negative`` (a minus),
    ``payment.amount_format`` (not a number: letters, «1e9», «12,345.6»),
    ``payment.amount_decimals`` (more than two digits of kopecks),
    ``payment.amount_zero`` (zero where a payment is meant) or
    ``payment.amount_too_large`` (above the largest payment).
    """
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if not cleaned:
        raise ValidationFailed([Problem.error("payment.amount_missing", field)])
    if cleaned.startswith(_MINUS):
        raise ValidationFailed([Problem.error("payment.amount_negative", field)])
    match = _NUMBER.match(cleaned.lstrip("+"))
    if match is None:
        raise ValidationFailed([Problem.error("payment.amount_format", field)])
    fraction = match.group("fraction") or ""
    if len(fraction) > 2:
        raise ValidationFailed([Problem.error("payment.amount_decimals", field)])
    try:
        amount = Decimal(f"{match.group('whole')}.{fraction or '0'}").quantize(Decimal("0.01"))
    except InvalidOperation as error:  # pragma: no cover - the pattern rules it out
        raise ValidationFailed([Problem.error("payment.amount_format", field)]) from error
    if amount > MAX_PAYMENT:
        raise ValidationFailed(
            [Problem.error("payment.amount_too_large", field, maximum=format_money(MAX_PAYMENT))]
        )
    if amount == 0 and not allow_zero:
        raise ValidationFailed([Problem.error("payment.amount_zero", field)])
    return amount


def needs_confirmation(amount: Decimal) -> bool:
    """Whether the cashier must confirm this amount before it is taken."""
    return amount > CONFIRM_ABOVE
