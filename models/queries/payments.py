"""Payments, bills and the cash desk as the history and cash-desk tabs show them.

Reads return frozen dataclasses; writes are named operations that call the database's
SECURITY DEFINER functions (``open_shift``, ``take_payment``, ``close_shift``,
``reverse_payment``, ``record_print``), which re-check every rule. A refusal with a
stable message code becomes a :class:`~models.domain.problems.ValidationFailed`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from models.domain.problems import Problem, ValidationFailed
from models.domain.receipt_numbers import payment_receipt_number
from models.queries.balance import Balance, balance, balances
from models.queries.rows import row_as
from models.queries.sql_parts import ADDRESS_SQL, CUSTOMER_NAME_SQL


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
    def receipt_number(self) -> str | None:
        """The cash desk's receipt number («К-000731»); None for a payment taken elsewhere."""
        return payment_receipt_number(self.id) if self.channel == "cash_desk" else None

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


# -- reads -------------------------------------------------------------------------------

_ACCOUNT_SQL = f"""
    SELECT a.id, a.number, r.code AS region_code, r.name AS region_name,
           {CUSTOMER_NAME_SQL} AS customer_name, c.kind AS customer_kind,
           {ADDRESS_SQL} AS address, a.status
      FROM billing.account a JOIN billing.region r ON r.id = a.region_id
      JOIN billing.customer c ON c.id = a.customer_id
"""


def _summaries(
    session: Session, where: str, params: dict[str, object], as_of: date
) -> list[AccountSummary]:
    rows = session.execute(text(_ACCOUNT_SQL + where + " ORDER BY r.code, a.number"), params).all()
    found = balances(session, [row.id for row in rows], as_of)
    return [AccountSummary(**row._mapping, balance=found[row.id]) for row in rows]


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
            f" FROM billing.bill b WHERE b.account_id = :account {where}"
            f" ORDER BY b.billing_period {order}, b.id {order}"
        ),
        {"account": account_id, **params},
    ).all()
    lines: dict[int, list[BillLineRow]] = {}
    if rows:
        for line in session.execute(
            text(
                "SELECT bill_id, kind, zone, description, quantity, rate, amount"
                " FROM billing.bill_line WHERE bill_id = ANY(:ids) ORDER BY bill_id, id"
            ),
            {"ids": [row.id for row in rows]},
        ):
            values = dict(line._mapping)
            lines.setdefault(values.pop("bill_id"), []).append(BillLineRow(**values))
    return tuple(BillRow(**row._mapping, lines=tuple(lines.get(row.id, ()))) for row in rows)


_PAYMENT_SQL = """
    SELECT p.id, p.paid_on, p.amount, p.channel, p.method, p.external_id,
           b.receipt_number AS bill_receipt_number, p.reverses_id,
           (SELECT r.id FROM billing.payment r WHERE r.reverses_id = p.id) AS reversed_by_id,
           p.reason, p.entered_by, p.created_at, p.shift_id,
           f.status AS fiscal_status, f.fd_number AS fiscal_fd, f.fiscal_sign AS fiscal_fp,
           f.cashier_name, f.kind AS fiscal_kind
      FROM billing.payment p LEFT JOIN billing.bill b ON b.id = p.bill_id
      LEFT JOIN billing.fiscal_cheque f ON f.payment_id = p.id
"""


def _payment_row(row: Row[Any]) -> PaymentRow:
    return row_as(PaymentRow, row)


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
    )


_SHIFT_SQL = """
    SELECT s.id, s.cashier, s.opened_at, s.opening_float, s.closed_at, s.counted_cash,
           s.expected_cash, s.difference,
           (SELECT count(*) FROM billing.payment p
             WHERE p.shift_id = s.id AND p.reverses_id IS NULL) AS payments_count,
           coalesce((SELECT sum(p.amount) FROM billing.payment p
                      WHERE p.shift_id = s.id AND p.method = 'cash'), 0) AS cash_total,
           coalesce((SELECT sum(p.amount) FROM billing.payment p
                      WHERE p.shift_id = s.id AND p.method = 'card'), 0) AS card_total
      FROM billing.cash_shift s
"""


def current_shift(session: Session) -> ShiftState | None:
    """The operator's open shift, or None."""
    row = session.execute(
        text(_SHIFT_SQL + " WHERE s.cashier = session_user AND s.closed_at IS NULL")
    ).first()
    return row_as(ShiftState, row) if row is not None else None


def shift_by_id(session: Session, shift_id: int) -> ShiftState:
    """One shift; LookupError when there is none."""
    row = session.execute(text(_SHIFT_SQL + " WHERE s.id = :id"), {"id": shift_id}).first()
    if row is None:
        raise LookupError(f"no shift {shift_id}")
    return row_as(ShiftState, row)


def printed_documents(session: Session, kind: str, keys: Sequence[str]) -> frozenset[str]:
    """Which of ``keys`` have been printed before (their next print is a «ДУБЛИКАТ»)."""
    rows = session.execute(
        text(
            "SELECT DISTINCT document_key FROM billing.document_print"
            " WHERE kind = :kind AND document_key = ANY(:keys)"
        ),
        {"kind": kind, "keys": list(keys)},
    )
    return frozenset(str(key) for key in rows.scalars())
