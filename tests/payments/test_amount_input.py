"""What a cashier may type as an amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.domain.cash_desk import needs_confirmation, parse_amount
from models.domain.problems import ValidationFailed


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("1250", "1250.00"), ("1 250,5", "1250.50"), ("1250.55", "1250.55"), ("0,01", "0.01")],
)
def test_roubles_and_kopecks_are_read(typed: str, amount: str) -> None:
    assert parse_amount(typed) == Decimal(amount)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "payment.amount_missing"),
        ("12,345", "payment.amount_decimals"),
        ("-5", "payment.amount_negative"),
        ("−5", "payment.amount_negative"),
        ("1e3", "payment.amount_format"),
        ("1e9", "payment.amount_format"),
        ("12,345.6", "payment.amount_format"),
        ("сто", "payment.amount_format"),
        ("0", "payment.amount_zero"),
        ("1000000,01", "payment.amount_too_large"),
        ("1000000000", "payment.amount_too_large"),
    ],
)
def test_bad_amounts_name_the_problem_next_to_the_field(typed: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        parse_amount(typed)
    assert [(p.code, p.field) for p in raised.value.problems] == [(code, "amount")]


def test_zero_float_is_allowed_and_large_amounts_need_confirmation() -> None:
    assert parse_amount("0", allow_zero=True) == Decimal("0.00")
    assert needs_confirmation(Decimal("50000.01"))
    assert not needs_confirmation(Decimal("50000.00"))
