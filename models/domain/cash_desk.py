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

_AMOUNT = re.compile(r"^[0-9]{1,9}([.,][0-9]{1,2})?$")


def parse_amount(text: str, *, field: str = "amount", allow_zero: bool = False) -> Decimal:
    """Roubles as typed («1 234,5», «1234.50») → ``Decimal('1234.50')``.

    Raises :class:`ValidationFailed` with ``payment.amount_format`` (not a sum of money
    in roubles and kopecks) or ``payment.amount_range`` (zero, or above the bound).
    """
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if not _AMOUNT.match(cleaned):
        raise ValidationFailed([Problem.error("payment.amount_format", field)])
    try:
        amount = Decimal(cleaned.replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation as error:  # pragma: no cover - the pattern rules it out
        raise ValidationFailed([Problem.error("payment.amount_format", field)]) from error
    if (amount <= 0 and not allow_zero) or amount > MAX_PAYMENT:
        raise ValidationFailed(
            [Problem.error("payment.amount_range", field, maximum=format_money(MAX_PAYMENT))]
        )
    return amount


def needs_confirmation(amount: Decimal) -> bool:
    """Whether the cashier must confirm this amount before it is taken."""
    return amount > CONFIRM_ABOVE
