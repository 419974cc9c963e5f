"""Payments, bills and the cash desk for the console's views.

Reads (frozen dataclasses) are in :mod:`models.queries.payments`; the writes, each a
call of a SECURITY DEFINER function that re-checks every rule (``open_shift``,
``take_payment``, ``close_shift``, ``reverse_payment``, ``record_print``), in
:mod:`models.operations.payments`.
"""

from __future__ import annotations

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
from models.queries.payments import (
    AccountHistory,
    AccountSummary,
    BillLineRow,
    BillRow,
    PaymentRow,
    ShiftState,
    account_history,
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
