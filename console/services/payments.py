"""Payments, bills and the cash desk: what the history and cash-desk tabs show and do.

Reads return frozen dataclasses; writes are named operations that call the database's
SECURITY DEFINER functions (``open_shift``, ``take_payment``, ``close_shift``,
``reverse_payment``, ``record_print``), which re-check every rule. A refusal with a
stable message code becomes a :class:`~models.domain.problems.ValidationFailed`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from console.services import fiscal
from console.services.db_problems import raise_as_problem
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.text import validate_text
from models.queries.balance import Balance, balance, balances

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

_ONE_REVERSAL = "uq_payment_reverses_id"
"""The unique constraint that lets a payment be reversed only once."""


# -- values ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AccountSummary:
    """An account as the cash desk and the history header show it."""

    id: int
    number: str
    region_code: str
    region_name: str
    customer_name: str
    customer_kind: str
    address: str
    status: str
    balance: Balance


@dataclass(frozen=True, slots=True)
class BillLineRow:
    """One line of a bill."""

    kind: str
    zone: str | None
    description: str
    quantity: Decimal | None
    rate: Decimal | None
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BillRow:
    """A bill in the history, with its lines."""

    id: int
    receipt_number: str
    billing_period: date
    formed_on: date
    due_on: date
    amount: Decimal
    paid_on: date | None
    lines: tuple[BillLineRow, ...]

    @property
    def is_paid(self) -> bool:
        """Whether the bill has been paid in full."""
        return self.paid_on is not None


@dataclass(frozen=True, slots=True)
class PaymentRow:
    """A payment (or a reversal, with a negative amount) in the history."""

    id: int
    paid_on: date
    amount: Decimal
    channel: str
    method: str | None
    external_id: str | None
    bill_receipt_number: str | None
    reverses_id: int | None
    reversed_by_id: int | None
    reason: str | None
    entered_by: str
    created_at: datetime
    shift_id: int | None
    fiscal_status: str | None = None
    """The cheque: ``pending``, ``done``, or None when the payment needs none."""
    fiscal_fd: int | None = None
    fiscal_fp: str | None = None
    cashier_name: str | None = None
    """The cashier's full name from the operator registry (cash-desk payments)."""
    fiscal_kind: str | None = None
    """The cheque's kind: ``sell``, ``sellReturn``, or a correction for a late cheque."""

    @property
    def cheque_text(self) -> str:
        """«ФД № 12, ФП 3456789012» once printed, «чек не напечатан» while pending; a late
        cheque printed as a correction says so."""
        if self.fiscal_status == "done" and self.fiscal_kind in (
            "sellCorrection",
            "sellReturnCorrection",
        ):
            return f"чек коррекции (самостоятельно): ФД № {self.fiscal_fd}, ФП {self.fiscal_fp}"
        if self.fiscal_status == "done":
            return f"ФД № {self.fiscal_fd}, ФП {self.fiscal_fp}"
        if self.fiscal_status == "pending":
            return "чек не напечатан"
        return ""


@dataclass(frozen=True, slots=True)
class AccountHistory:
    """An account's payments and bills in a date range, with totals and the balance."""

    account: AccountSummary
    date_from: date
    date_to: date
    payments: tuple[PaymentRow, ...]
    bills: tuple[BillRow, ...]
    total_paid: Decimal
    total_billed: Decimal
    corrections: tuple[fiscal.CorrectionState, ...] = ()
    """The account's correction cheques (every date), newest first."""


@dataclass(frozen=True, slots=True)
class ShiftState:
    """A cashier's shift: open, or closed with the counted cash and the difference."""

    id: int
    cashier: str
    opened_at: datetime
    opening_float: Decimal
    closed_at: datetime | None
    counted_cash: Decimal | None
    expected_cash: Decimal | None
    difference: Decimal | None
    payments_count: int
    cash_total: Decimal
    card_total: Decimal

    @property
    def is_open(self) -> bool:
        """Whether payments may still be taken in this shift."""
        return self.closed_at is None

    @property
    def cash_in_drawer(self) -> Decimal:
        """Float plus the cash taken so far (reversals included)."""
        return self.opening_float + self.cash_total


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


# -- errors ------------------------------------------------------------------------------


def _call(session: Session, sql: str, params: dict[str, object]) -> object:
    """Run one function call in its own transaction; refusals become ValidationFailed."""
    try:
        row = session.execute(text(sql), params).one()
        session.commit()
    except DBAPIError as error:
        session.rollback()
        raise_as_problem(error, _FIELDS)
        raise
    return row


# -- reads -------------------------------------------------------------------------------

_ACCOUNT_SQL = """
    SELECT a.id, a.number, r.code AS region_code, r.name AS region_name, c.kind,
           coalesce(c.name, concat_ws(' ', c.last_name, c.first_name, c.middle_name)) AS name,
           a.settlement || ', ' || a.street || ', д. ' || a.house
               || coalesce(', кв. ' || a.flat, '') AS address,
           a.status
      FROM account a JOIN region r ON r.id = a.region_id JOIN customer c ON c.id = a.customer_id
"""


def _summaries(
    session: Session, where: str, params: dict[str, object], as_of: date
) -> list[AccountSummary]:
    rows = session.execute(text(_ACCOUNT_SQL + where + " ORDER BY r.code, a.number"), params).all()
    found = balances(session, [row.id for row in rows], as_of)
    return [
        AccountSummary(
            row.id,
            row.number,
            row.region_code,
            row.region_name,
            row.name,
            row.kind,
            row.address,
            row.status,
            found[row.id],
        )
        for row in rows
    ]


def find_accounts(session: Session, number: str, as_of: date) -> list[AccountSummary]:
    """Accounts with this number (one per region at most), with their balance today."""
    cleaned = "".join(number.split())
    if not cleaned.isdigit():
        raise ValidationFailed([Problem.error("payment.account_number_format", "account")])
    return _summaries(session, " WHERE a.number = :number", {"number": cleaned}, as_of)


def account_summary(session: Session, account_id: int, as_of: date) -> AccountSummary:
    """One account with its balance on ``as_of``; LookupError when there is none."""
    found = _summaries(session, " WHERE a.id = :id", {"id": account_id}, as_of)
    if not found:
        raise LookupError(f"no account {account_id}")
    return found[0]


def balance_on(session: Session, account_id: int, day: date) -> Balance:
    """The account's debt, penalty or overpayment as of ``day``."""
    return balance(session, account_id, day)


def unpaid_bills(session: Session, account_id: int) -> tuple[BillRow, ...]:
    """The account's unpaid bills, oldest first (the cash desk offers them to pay)."""
    return _bills(session, account_id, " AND b.paid_on IS NULL", {}, order="ASC")


def _bills(
    session: Session, account_id: int, where: str, params: dict[str, object], *, order: str = "DESC"
) -> tuple[BillRow, ...]:
    rows = session.execute(
        text(
            "SELECT id, receipt_number, billing_period, formed_on, due_on, amount, paid_on"
            f" FROM bill b WHERE b.account_id = :account {where}"
            f" ORDER BY b.billing_period {order}, b.id {order}"
        ),
        {"account": account_id, **params},
    ).all()
    lines: dict[int, list[BillLineRow]] = {}
    if rows:
        for line in session.execute(
            text(
                "SELECT bill_id, kind, zone, description, quantity, rate, amount FROM bill_line"
                " WHERE bill_id = ANY(:ids) ORDER BY bill_id, id"
            ),
            {"ids": [row.id for row in rows]},
        ):
            lines.setdefault(line.bill_id, []).append(
                BillLineRow(
                    line.kind, line.zone, line.description, line.quantity, line.rate, line.amount
                )
            )
    return tuple(
        BillRow(
            row.id,
            row.receipt_number,
            row.billing_period,
            row.formed_on,
            row.due_on,
            row.amount,
            row.paid_on,
            tuple(lines.get(row.id, ())),
        )
        for row in rows
    )


_PAYMENT_SQL = """
    SELECT p.id, p.paid_on, p.amount, p.channel, p.method, p.external_id,
           b.receipt_number AS bill_receipt_number, p.reverses_id,
           (SELECT r.id FROM payment r WHERE r.reverses_id = p.id) AS reversed_by_id,
           p.reason, p.entered_by, p.created_at, p.shift_id,
           f.status, f.fd_number, f.fiscal_sign, f.cashier_name, f.kind
      FROM payment p LEFT JOIN bill b ON b.id = p.bill_id
      LEFT JOIN fiscal_cheque f ON f.payment_id = p.id
"""


def _payment_row(row: object) -> PaymentRow:
    return PaymentRow(*row)  # type: ignore[misc]


def payment_by_id(session: Session, payment_id: int) -> PaymentRow:
    """One payment; LookupError when there is none."""
    row = session.execute(text(_PAYMENT_SQL + " WHERE p.id = :id"), {"id": payment_id}).first()
    if row is None:
        raise LookupError(f"no payment {payment_id}")
    return _payment_row(row)


def default_range(today: date) -> tuple[date, date]:
    """The portals' default history range: the last 12 months up to today."""
    return today.replace(year=today.year - 1) + timedelta(days=1), today


def account_history(
    session: Session, account_id: int, date_from: date, date_to: date, today: date
) -> AccountHistory:
    """Payments paid and bills formed within ``[date_from, date_to]``, newest first."""
    account = account_summary(session, account_id, today)
    payments = tuple(
        _payment_row(row)
        for row in session.execute(
            text(
                _PAYMENT_SQL + " WHERE p.account_id = :account"
                " AND p.paid_on BETWEEN :date_from AND :date_to ORDER BY p.paid_on DESC, p.id DESC"
            ),
            {"account": account_id, "date_from": date_from, "date_to": date_to},
        )
    )
    bills = _bills(
        session,
        account_id,
        " AND b.formed_on BETWEEN :date_from AND :date_to",
        {"date_from": date_from, "date_to": date_to},
    )
    return AccountHistory(
        account,
        date_from,
        date_to,
        payments,
        bills,
        sum((p.amount for p in payments), Decimal("0.00")),
        sum((b.amount for b in bills), Decimal("0.00")),
        fiscal.account_corrections(session, account_id),
    )


_SHIFT_SQL = """
    SELECT s.id, s.cashier, s.opened_at, s.opening_float, s.closed_at, s.counted_cash,
           s.expected_cash, s.difference,
           (SELECT count(*) FROM payment p WHERE p.shift_id = s.id AND p.reverses_id IS NULL),
           coalesce((SELECT sum(p.amount) FROM payment p
                      WHERE p.shift_id = s.id AND p.method = 'cash'), 0),
           coalesce((SELECT sum(p.amount) FROM payment p
                      WHERE p.shift_id = s.id AND p.method = 'card'), 0)
      FROM cash_shift s
"""


def current_shift(session: Session) -> ShiftState | None:
    """The operator's open shift, or None."""
    row = session.execute(
        text(_SHIFT_SQL + " WHERE s.cashier = session_user AND s.closed_at IS NULL")
    ).first()
    return ShiftState(*row) if row is not None else None


def shift_by_id(session: Session, shift_id: int) -> ShiftState:
    """One shift; LookupError when there is none."""
    row = session.execute(text(_SHIFT_SQL + " WHERE s.id = :id"), {"id": shift_id}).first()
    if row is None:
        raise LookupError(f"no shift {shift_id}")
    return ShiftState(*row)


# -- writes ------------------------------------------------------------------------------


def open_shift(session: Session, opening_float: Decimal) -> ShiftState:
    """Open the operator's shift with ``opening_float`` in the drawer."""
    row = _call(session, "SELECT (billing.open_shift(:amount)).id", {"amount": opening_float})
    return shift_by_id(session, row[0])  # type: ignore[index]


def take_payment(session: Session, request: PaymentRequest) -> TakenPayment:
    """Record one cash-desk payment; the same key returns the same payment, never a second.

    The database dates the payment (its business date); the balance returned is the
    account's as of that date, so the receipt, the screen and the history agree.
    """
    row = _call(
        session,
        "SELECT (billing.take_payment(:account, :amount, :method, :bill, :key)).id",
        {
            "account": request.account_id,
            "amount": request.amount,
            "method": request.method,
            "bill": request.bill_id,
            "key": request.idempotency_key,
        },
    )
    payment = payment_by_id(session, row[0])  # type: ignore[index]
    shift = shift_by_id(session, payment.shift_id) if payment.shift_id else None
    if shift is None:  # pragma: no cover - the function always names the shift
        raise LookupError("payment without a shift")
    return TakenPayment(
        payment, account_summary(session, request.account_id, payment.paid_on), shift
    )


def close_shift(session: Session, counted_cash: Decimal) -> ShiftState:
    """Close the operator's open shift with the counted cash; the difference is recorded."""
    row = _call(session, "SELECT (billing.close_shift(:counted)).id", {"counted": counted_cash})
    return shift_by_id(session, row[0])  # type: ignore[index]


def reverse_payment(session: Session, payment_id: int, reason: str) -> PaymentRow:
    """Reverse a payment with a negative entry naming it (supervisors only).

    A payment is reversed at most once (``uq_payment_reverses_id``): a second attempt,
    even one racing the first, is refused with ``payment.already_reversed``.
    """
    raise_if_errors(validate_text(reason, "reason", "reason"))
    try:
        row = _call(
            session,
            "SELECT (billing.reverse_payment(:id, :reason)).id",
            {"id": payment_id, "reason": reason},
        )
    except IntegrityError as error:
        if getattr(getattr(error.orig, "diag", None), "constraint_name", "") != _ONE_REVERSAL:
            raise
        raise ValidationFailed([Problem.error("payment.already_reversed")]) from error
    return payment_by_id(session, row[0])  # type: ignore[index]


def record_print(session: Session, kind: str, document_key: str, account_id: int | None) -> int:
    """Log one print of a document; returns its copy number (2 and up are duplicates)."""
    row = _call(
        session,
        "SELECT billing.record_print(:kind, :key, :account)",
        {"kind": kind, "key": document_key, "account": account_id},
    )
    return int(row[0])  # type: ignore[index]


def record_prints(session: Session, kind: str, documents: Sequence[tuple[str, int | None]]) -> None:
    """Log one print of each ``(document key, account id)`` in one round trip (a batch)."""
    if not documents:
        return
    try:
        session.execute(
            text(
                "SELECT billing.record_print(:kind, t.key, t.account)"
                " FROM unnest(CAST(:keys AS text[]), CAST(:accounts AS bigint[]))"
                " WITH ORDINALITY AS t(key, account, n) ORDER BY t.n"
            ),
            {
                "kind": kind,
                "keys": [key for key, _ in documents],
                "accounts": [account for _, account in documents],
            },
        )
        session.commit()
    except DBAPIError as error:
        session.rollback()
        raise_as_problem(error, _FIELDS)
        raise


def printed_documents(session: Session, kind: str, keys: Sequence[str]) -> frozenset[str]:
    """Which of ``keys`` have been printed before (their next print is a «ДУБЛИКАТ»)."""
    rows = session.execute(
        text(
            "SELECT DISTINCT document_key FROM document_print"
            " WHERE kind = :kind AND document_key = ANY(:keys)"
        ),
        {"kind": kind, "keys": list(keys)},
    )
    return frozenset(str(key) for key in rows.scalars())
