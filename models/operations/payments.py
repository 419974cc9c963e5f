"""The cash desk's writes: shifts, payments, reversals and the print log.

Reads return frozen dataclasses; writes are named operations that call the database's
SECURITY DEFINER functions (``open_shift``, ``take_payment``, ``close_shift``,
``reverse_payment``, ``record_print``), which re-check every rule. A refusal with a
stable message code becomes a :class:`~models.domain.problems.ValidationFailed`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.changes import Change
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.text import validate_text
from models.operations.call import Refusals, call, call_value
from models.queries.payments import (
    AccountSummary,
    PaymentRow,
    ShiftState,
    account_summary,
    payment_by_id,
    shift_by_id,
)

_FIELDS = {
    "payment.amount_range": "amount",
    "payment.method": "method",
    "payment.account_unknown": "account",
    "payment.bill_of_other_account": "bill",
    "payment.key_reused": None,
    "payment.key_required": None,
    "payment.reason_required": "reason",
    "payment.unknown": None,
    "payment.is_reversal": None,
    "payment.already_reversed": None,
    "cash_shift.not_open": None,
    "cash_shift.already_open": None,
    "cash_shift.float_range": "opening_float",
    "cash_shift.counted_range": "counted_cash",
    "cash_shift.cheques_pending": None,
    "print.key_required": None,
}
"""The message codes the database functions raise, and the form field each belongs to."""

REFUSALS = Refusals(_FIELDS)

_ONE_REVERSAL = "uq_payment_reverses_id"
"""The unique constraint that lets a payment be reversed only once."""


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """What the cashier filled in; ``idempotency_key`` comes with the filled form."""

    account_id: int
    amount: Decimal
    method: str
    bill_id: int | None
    idempotency_key: uuid.UUID


@dataclass(frozen=True, slots=True)
class TakenPayment:
    """The recorded payment and the account's balance right after it."""

    payment: PaymentRow
    account: AccountSummary
    shift: ShiftState


# -- writes ------------------------------------------------------------------------------


def _shift_changed(shift_id: int) -> tuple[Change, ...]:
    return (Change.of("cash_shift", shifts=[shift_id]),)


def _written_payment(session: Session, function_call: str, params: dict[str, object]) -> int:
    """Call a function returning a payment row; its id. The change names the payment's
    account and cash shift."""
    row = call(
        session,
        f"SELECT p.id, p.account_id, p.shift_id FROM {function_call} AS p",
        params,
        refusals=REFUSALS,
        changes=lambda row: (
            (Change.of("payment", accounts=[row.account_id], shifts=[row.shift_id]),)
            if row is not None
            else ()
        ),
    )
    if row is None:  # pragma: no cover - the functions always return the payment
        raise LookupError(function_call)
    return int(row.id)


def open_shift(session: Session, opening_float: Decimal) -> ShiftState:
    """Open the operator's shift with ``opening_float`` in the drawer."""
    shift_id = call_value(
        session,
        "SELECT (billing.open_shift(:amount)).id",
        {"amount": opening_float},
        refusals=REFUSALS,
        changes=_shift_changed,
    )
    return shift_by_id(session, shift_id)


def take_payment(session: Session, request: PaymentRequest) -> TakenPayment:
    """Record one cash-desk payment; the same key returns the same payment, never a second.

    The database dates the payment (its business date); the balance returned is the
    account's as of that date, so the receipt, the screen and the history agree.
    """
    payment_id = _written_payment(
        session,
        "billing.take_payment(:account, :amount, :method, :bill, :key)",
        {
            "account": request.account_id,
            "amount": request.amount,
            "method": request.method,
            "bill": request.bill_id,
            "key": request.idempotency_key,
        },
    )
    payment = payment_by_id(session, payment_id)
    shift = shift_by_id(session, payment.shift_id) if payment.shift_id else None
    if shift is None:  # pragma: no cover - the function always names the shift
        raise LookupError("payment without a shift")
    return TakenPayment(
        payment, account_summary(session, request.account_id, payment.paid_on), shift
    )


def close_shift(session: Session, counted_cash: Decimal) -> ShiftState:
    """Close the operator's open shift with the counted cash; the difference is recorded."""
    shift_id = call_value(
        session,
        "SELECT (billing.close_shift(:counted)).id",
        {"counted": counted_cash},
        refusals=REFUSALS,
        changes=_shift_changed,
    )
    return shift_by_id(session, shift_id)


def reverse_payment(session: Session, payment_id: int, reason: str) -> PaymentRow:
    """Reverse a payment with a negative entry naming it (supervisors only).

    A payment is reversed at most once (``uq_payment_reverses_id``): a second attempt,
    even one racing the first, is refused with ``payment.already_reversed``.
    """
    raise_if_errors(validate_text(reason, "reason", "reason"))
    try:
        reversal_id = _written_payment(
            session, "billing.reverse_payment(:id, :reason)", {"id": payment_id, "reason": reason}
        )
    except IntegrityError as error:
        if getattr(getattr(error.orig, "diag", None), "constraint_name", "") != _ONE_REVERSAL:
            raise
        raise ValidationFailed([Problem.error("payment.already_reversed")]) from error
    return payment_by_id(session, reversal_id)


def record_print(session: Session, kind: str, document_key: str, account_id: int | None) -> int:
    """Log one print of a document; returns its copy number (2 and up are duplicates)."""
    return int(
        call_value(
            session,
            "SELECT billing.record_print(:kind, :key, :account)",
            {"kind": kind, "key": document_key, "account": account_id},
            refusals=REFUSALS,
            changes=(Change.of("print_log", accounts=[account_id]),),
        )
    )


def record_prints(session: Session, kind: str, documents: Sequence[tuple[str, int | None]]) -> None:
    """Log one print of each ``(document key, account id)`` in one round trip (a batch)."""
    if not documents:
        return
    call(
        session,
        "SELECT billing.record_print(:kind, t.key, t.account)"
        " FROM unnest(CAST(:keys AS text[]), CAST(:accounts AS bigint[]))"
        " WITH ORDINALITY AS t(key, account, n) ORDER BY t.n",
        {
            "kind": kind,
            "keys": [key for key, _ in documents],
            "accounts": [account for _, account in documents],
        },
        refusals=REFUSALS,
        changes=(Change.of("print_log", accounts=[account for _, account in documents]),),
    )
