"""Money fields of the payments views: the cash desk's rules and sentences, in one place.

:func:`amount_check` reads what a cashier typed with ``models.domain.cash_desk.parse_amount``
(an exact ``Decimal``) and turns its refusal into the sentence shown under the field;
:func:`money_field` builds a :class:`~widgets.money_field.MoneyField` that checks so.
"""

from __future__ import annotations

from decimal import Decimal

from console.problem_texts import describe
from models.domain.cash_desk import parse_amount
from models.domain.problems import ValidationFailed
from widgets.money_field import AmountCheck, MoneyField
from widgets.qt import QtWidgets


def amount_check(
    *, field: str = "amount", allow_zero: bool = False, empty_is_zero: bool = False
) -> AmountCheck:
    """A check for a money field: the amount, or why it is not one («more than zero»,
    «no more than two digits of kopecks», «no more than 1 000 000,00 ₽»…)."""

    def check(text: str) -> Decimal | str:
        typed = text if text.strip() or not empty_is_zero else "0"
        try:
            return parse_amount(typed, field=field, allow_zero=allow_zero)
        except ValidationFailed as failed:
            return describe(failed.problems[0])

    return check


def money_field(
    name: str,
    accessible: str,
    *,
    error_name: str | None = None,
    error_accessible: str | None = None,
    field: str = "amount",
    allow_zero: bool = False,
    empty_is_zero: bool = False,
    parent: QtWidgets.QWidget | None = None,
) -> MoneyField:
    """A money field checked by the cash desk's rules."""
    return MoneyField(
        name,
        accessible,
        amount_check(field=field, allow_zero=allow_zero, empty_is_zero=empty_is_zero),
        error_name=error_name,
        error_accessible=error_accessible,
        parent=parent,
    )
