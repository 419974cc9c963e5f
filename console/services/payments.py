"""Payments, bills and the cash desk for the console's views.

Reads (frozen dataclasses) are in :mod:`models.queries.payments`; the writes, each a
call of a SECURITY DEFINER function that re-checks every rule (``open_shift``,
``take_payment``, ``close_shift``, ``reverse_payment``, ``record_print``), in
:mod:`models.operations.payments`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy.orm import Session

from console.services import fiscal
from models.operations.payments import (
    PaymentRequest,
    TakenPayment,
    close_shift,
    open_shift,
    record_print,
    record_prints,
    reverse_payment,
    take_payment,
)
from models.queries import payments as queries
from models.queries.payments import (
    AccountSummary,
    BillLineRow,
    BillRow,
    PaymentRow,
    ShiftState,
    account_summary,
    balance_on,
    current_shift,
    default_range,
    find_accounts,
    payment_by_id,
    printed_documents,
    shift_by_id,
    unpaid_bills,
)


@dataclass(frozen=True, slots=True)
class AccountHistory(queries.AccountHistory):
    """An account's history with its correction cheques (of every date), newest first."""

    corrections: tuple[fiscal.CorrectionState, ...] = ()


def account_history(
    session: Session, account_id: int, date_from: date, date_to: date, today: date
) -> AccountHistory:
    """Payments paid and bills formed within ``[date_from, date_to]``, newest first, and
    the account's correction cheques."""
    history = queries.account_history(session, account_id, date_from, date_to, today)
    return AccountHistory(
        **{f.name: getattr(history, f.name) for f in fields(history)},
        corrections=fiscal.account_corrections(session, account_id),
    )


__all__ = [
    "AccountHistory",
    "AccountSummary",
    "BillLineRow",
    "BillRow",
    "PaymentRequest",
    "PaymentRow",
    "ShiftState",
    "TakenPayment",
    "account_history",
    "account_summary",
    "balance_on",
    "close_shift",
    "current_shift",
    "default_range",
    "find_accounts",
    "open_shift",
    "payment_by_id",
    "printed_documents",
    "record_print",
    "record_prints",
    "reverse_payment",
    "shift_by_id",
    "take_payment",
    "unpaid_bills",
]
