"""Amounts and quantities read the Russian way on documents and screens."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from models.domain.money_format import format_kwh, format_money, format_rate, to_kopecks

NNBSP = "\u202f"
NBSP = "\u00a0"


def test_money_groups_thousands_and_uses_comma() -> None:
    assert format_money(Decimal("1234.56")) == f"1{NNBSP}234,56{NBSP}₽"
    assert format_money(Decimal("1234567.5")) == f"1{NNBSP}234{NNBSP}567,50{NBSP}₽"
    assert format_money(Decimal("0")) == f"0,00{NBSP}₽"
    assert format_money(Decimal("999.99"), symbol=False) == "999,99"


def test_money_rounds_half_up_and_shows_a_minus_sign() -> None:
    assert format_money(Decimal("0.005")) == f"0,01{NBSP}₽"
    assert format_money(Decimal("-1500")) == f"\u22121{NNBSP}500,00{NBSP}₽"


def test_kwh_prints_only_needed_decimals() -> None:
    assert format_kwh(Decimal("12246")) == f"12{NNBSP}246{NBSP}кВт·ч"
    assert format_kwh(Decimal("5120.500"), unit=False) == f"5{NNBSP}120,5"
    assert format_kwh(Decimal("1E+3"), unit=False) == f"1{NNBSP}000"


def test_rate_keeps_two_to_four_decimals() -> None:
    assert format_rate(Decimal("6.8"), unit=False) == "6,80"
    assert format_rate(Decimal("6.8412"), unit=False) == "6,8412"
    assert format_rate(Decimal("6.84")) == f"6,84{NBSP}₽/кВт·ч"


def _parse(text: str) -> Decimal:
    return Decimal(text.replace(NNBSP, "").replace(",", ".").replace("\u2212", "-"))


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_money_reads_back_as_the_same_amount(amount: Decimal) -> None:
    text = format_money(amount, symbol=False)
    assert _parse(text) == amount
    whole = text.lstrip("\u2212").split(",")[0]
    assert all(len(group) == 3 for group in whole.split(NNBSP)[1:])
    assert to_kopecks(amount) == int(amount * 100)
