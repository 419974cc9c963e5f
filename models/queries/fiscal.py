"""Fiscal cheques, correction cheques and cash desks as the cash desk and the «Чеки»
page read them (the writes that print and record them are in
:mod:`models.operations.fiscal`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.domain.problems import Problem, ValidationFailed
from models.fiscal.register import ChequeKind, FiscalResult, cheque_qr_text
from models.queries.rows import one_as, rows_as

__all__ = [
    "CashDeskRow",
    "ChequeSource",
    "CorrectionChequeSource",
    "CorrectionState",
    "FiscalState",
    "PendingShift",
    "RegisterAnswer",
    "account_corrections",
    "cash_desk",
    "cash_desks",
    "cheque_source",
    "correction_cheque_source",
    "correction_state",
    "fiscal_state",
    "pending_cheques",
    "pending_corrections",
    "shift_closed_at",
    "shift_pending_count",
    "shifts_with_pending",
]


@dataclass(frozen=True, slots=True)
class CashDeskRow:
    """A cash desk and its register."""

    id: int
    name: str
    register_driver: str
    register_url: str
    register_serial: str
    version: int


class RegisterAnswer:
    """What a cheque and a correction share: pending with a reason, or done with the
    fiscal attributes the register answered (and the ФНС QR made of them)."""

    __slots__ = ()
    kind: str
    status: str
    failure: str | None
    detail: str | None
    amount: Decimal
    fn_number: str | None
    fd_number: int | None
    fiscal_sign: str | None
    fiscal_at: datetime | None
    register_shift: int | None
    cheque_number: int | None

    @property
    def is_done(self) -> bool:
        """Whether the register printed it."""
        return self.status == "done"

    @property
    def problem(self) -> Problem | None:
        """Why it is still pending, as a problem to describe (None when done)."""
        if self.is_done:
            return None
        if self.failure is None:
            return Problem.error("fiscal.waiting")
        return Problem.error(f"fiscal.{self.failure}", detail=self.detail or "")

    @property
    def qr_text(self) -> str | None:
        """The ФНС cheque QR text (``t=…&s=…&fn=…&i=…&fp=…&n=…``), once done."""
        if not self.is_done or self.fiscal_at is None:
            return None
        result = FiscalResult(
            fn_number=self.fn_number or "",
            fd_number=self.fd_number or 0,
            fiscal_sign=self.fiscal_sign or "",
            moment=self.fiscal_at,
            shift_number=self.register_shift or 0,
            cheque_number=self.cheque_number or 0,
            register_serial="",
            total=abs(self.amount),
        )
        return cheque_qr_text(result, ChequeKind(self.kind))


@dataclass(frozen=True, slots=True)
class FiscalState(RegisterAnswer):
    """A payment's cheque: pending (with why) or done (with the fiscal attributes)."""

    payment_id: int
    kind: str
    key: uuid.UUID
    status: str
    failure: str | None
    detail: str | None
    attempts: int
    amount: Decimal
    account_number: str
    cashier_name: str | None
    customer_contact: str | None
    """Not read here (agents may not see it): always None; :func:`cheque_of` reads it."""
    fn_number: str | None
    fd_number: int | None
    fiscal_sign: str | None
    fiscal_at: datetime | None
    register_shift: int | None
    cheque_number: int | None
    correction_type: str | None = None
    """``self`` for a late cheque printed as a correction (its shift closed first)."""
    correction_base_date: date | None = None
    """The base date (tag 1178) of such a correction: the payment's date."""


_STATE_SQL = """
    SELECT f.payment_id, f.kind, f.key, f.status, f.failure, f.detail, f.attempts, p.amount,
           a.number AS account_number, f.cashier_name, NULL AS customer_contact, f.fn_number,
           f.fd_number,
           f.fiscal_sign, f.fiscal_at, f.register_shift, f.cheque_number,
           f.correction_type, f.correction_base_date
      FROM fiscal_cheque f JOIN payment p ON p.id = f.payment_id
      JOIN account a ON a.id = p.account_id
"""


def fiscal_state(session: Session, payment_id: int) -> FiscalState | None:
    """The payment's cheque, or None when the payment needs none (bank, online…)."""
    return one_as(
        session, FiscalState, _STATE_SQL + " WHERE f.payment_id = :id", {"id": payment_id}
    )


def pending_cheques(session: Session) -> tuple[FiscalState, ...]:
    """The operator's own cheques still pending (sales and refunds), oldest first."""
    return rows_as(
        session,
        FiscalState,
        _STATE_SQL + " WHERE f.cashier = session_user AND f.status = 'pending'"
        " ORDER BY f.created_at, f.payment_id",
    )


def shift_pending_count(session: Session, shift_id: int) -> int:
    """How many cheques of a shift are still pending."""
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM fiscal_cheque f JOIN payment p ON p.id = f.payment_id"
                " WHERE p.shift_id = :id AND f.status = 'pending'"
            ),
            {"id": shift_id},
        ).scalar_one()
    )


def shift_closed_at(session: Session, payment_id: int) -> datetime | None:
    """When the desk shift of a payment closed (None: open, or taken outside a shift)."""
    value = session.execute(
        text(
            "SELECT s.closed_at FROM payment p JOIN cash_shift s ON s.id = p.shift_id"
            " WHERE p.id = :id"
        ),
        {"id": payment_id},
    ).scalar()
    return value if isinstance(value, datetime) else None


@dataclass(frozen=True, slots=True)
class ChequeSource:
    """What a payment's cheque is made of (ФФД 1.2 fields from the database)."""

    kind: str
    method: str
    cashier: str
    me: str
    """The operator asking: only the cheque's own desk prints it."""
    cashier_name: str | None
    cashier_inn: str | None
    customer_contact: str | None
    amount: Decimal
    paid_on: date
    account_number: str
    period: date | None
    vat_rate: Decimal | None
    taxation: str
    subject: str
    shift_closed_at: datetime | None


def cheque_source(session: Session, payment_id: int) -> ChequeSource | None:
    """The payment's cheque fields: the account, the period, the supplier's VAT rate,
    taxation system and settlement subject, the cashier; None for an unknown cheque."""
    return one_as(
        session,
        ChequeSource,
        "SELECT f.kind, f.method, f.cashier, session_user AS me, f.cashier_name,"
        " f.cashier_inn, f.customer_contact,"
        " p.amount, p.paid_on, a.number AS account_number,"
        " coalesce(b.billing_period, rb.billing_period) AS period,"
        " coalesce(s.vat_rate, d.vat_rate) AS vat_rate,"
        " coalesce(s.fiscal_taxation, d.fiscal_taxation, 'osn') AS taxation,"
        " coalesce(s.fiscal_subject, d.fiscal_subject, 'commodity') AS subject,"
        " sh.closed_at AS shift_closed_at"
        " FROM fiscal_cheque f JOIN payment p ON p.id = f.payment_id"
        " JOIN account a ON a.id = p.account_id"
        " LEFT JOIN cash_shift sh ON sh.id = p.shift_id"
        " LEFT JOIN bill b ON b.id = p.bill_id"
        " LEFT JOIN payment o ON o.id = p.reverses_id"
        " LEFT JOIN bill rb ON rb.id = o.bill_id"
        " LEFT JOIN supplier_details s ON s.region_id = a.region_id"
        " LEFT JOIN supplier_details d ON d.region_id IS NULL"
        " WHERE f.payment_id = :id",
        {"id": payment_id},
    )


# -- cash desks --------------------------------------------------------------------------


def cash_desks(session: Session) -> tuple[CashDeskRow, ...]:
    """Every cash desk, by id."""
    return rows_as(
        session,
        CashDeskRow,
        "SELECT id, name, register_driver, register_url, register_serial, version"
        " FROM cash_desk ORDER BY id",
    )


def cash_desk(session: Session, desk_id: int | None = None) -> CashDeskRow:
    """This PC's cash desk (``desk_id`` from its settings), else the first one."""
    desks = cash_desks(session)
    for desk in desks:
        if desk_id is None or desk.id == desk_id:
            return desk
    raise ValidationFailed([Problem.error("fiscal.no_desk")])


@dataclass(frozen=True, slots=True)
class PendingShift:
    """An open shift with cheques still pending."""

    shift_id: int
    cashier_name: str
    opened_at: datetime
    pending: int


def shifts_with_pending(session: Session) -> tuple[PendingShift, ...]:
    """Open shifts whose cheques are not all printed and no decision was recorded yet."""
    return rows_as(
        session,
        PendingShift,
        "SELECT s.id AS shift_id, coalesce(max(f.cashier_name), s.cashier) AS cashier_name,"
        " s.opened_at, count(*) AS pending"
        " FROM cash_shift s JOIN payment p ON p.shift_id = s.id"
        " JOIN fiscal_cheque f ON f.payment_id = p.id AND f.status = 'pending'"
        " WHERE s.closed_at IS NULL AND s.pending_release_by IS NULL"
        " GROUP BY s.id ORDER BY s.opened_at",
    )


# -- correction cheques ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorrectionState(RegisterAnswer):
    """A correction cheque: what it corrects, and pending (with why) or its attributes."""

    id: int
    key: uuid.UUID
    kind: str
    correction_type: str
    base_date: date
    base_number: str | None
    reason: str
    amount: Decimal
    method: str
    account_id: int
    account_number: str
    payment_id: int | None
    status: str
    failure: str | None
    detail: str | None
    attempts: int
    cashier: str
    cashier_name: str | None
    fn_number: str | None
    fd_number: int | None
    fiscal_sign: str | None
    fiscal_at: datetime | None
    register_shift: int | None
    cheque_number: int | None
    created_at: datetime


_CORRECTION_SQL = """
    SELECT c.id, c.key, c.kind, c.correction_type, c.base_date, c.base_number, c.reason,
           c.amount, c.method, c.account_id, a.number AS account_number, c.payment_id, c.status,
           c.failure,
           c.detail, c.attempts, c.cashier, c.cashier_name, c.fn_number, c.fd_number,
           c.fiscal_sign, c.fiscal_at, c.register_shift, c.cheque_number, c.created_at
      FROM fiscal_correction c JOIN account a ON a.id = c.account_id
"""


def correction_state(session: Session, correction_id: int) -> CorrectionState:
    """One correction cheque."""
    found = one_as(
        session, CorrectionState, _CORRECTION_SQL + " WHERE c.id = :id", {"id": correction_id}
    )
    if found is None:
        raise ValidationFailed([Problem.error("fiscal.unknown")])
    return found


def pending_corrections(session: Session) -> tuple[CorrectionState, ...]:
    """The operator's own correction cheques still pending, oldest first."""
    return rows_as(
        session,
        CorrectionState,
        _CORRECTION_SQL + " WHERE c.cashier = session_user AND c.status = 'pending'"
        " ORDER BY c.created_at, c.id",
    )


def account_corrections(session: Session, account_id: int) -> tuple[CorrectionState, ...]:
    """Every correction cheque of an account, newest first."""
    return rows_as(
        session,
        CorrectionState,
        _CORRECTION_SQL + " WHERE c.account_id = :id ORDER BY c.created_at DESC, c.id DESC",
        {"id": account_id},
    )


@dataclass(frozen=True, slots=True)
class CorrectionChequeSource:
    """What a correction cheque takes from the database besides its own row."""

    cashier: str
    me: str
    """The operator asking: only the correction's own desk prints it."""
    cashier_name: str | None
    cashier_inn: str | None
    period: date
    vat_rate: Decimal | None
    taxation: str
    subject: str


def correction_cheque_source(session: Session, correction_id: int) -> CorrectionChequeSource:
    """The correction's period (its payment's bill, else its base date's month), the
    supplier's cheque settings and the cashier."""
    found = one_as(
        session,
        CorrectionChequeSource,
        "SELECT c.cashier, session_user AS me, c.cashier_name, c.cashier_inn,"
        " coalesce(b.billing_period, date_trunc('month', c.base_date)::date) AS period,"
        " coalesce(s.vat_rate, d.vat_rate) AS vat_rate,"
        " coalesce(s.fiscal_taxation, d.fiscal_taxation, 'osn') AS taxation,"
        " coalesce(s.fiscal_subject, d.fiscal_subject, 'commodity') AS subject"
        " FROM fiscal_correction c JOIN account a ON a.id = c.account_id"
        " LEFT JOIN payment p ON p.id = c.payment_id"
        " LEFT JOIN bill b ON b.id = p.bill_id"
        " LEFT JOIN supplier_details s ON s.region_id = a.region_id"
        " LEFT JOIN supplier_details d ON d.region_id IS NULL"
        " WHERE c.id = :id",
        {"id": correction_id},
    )
    if found is None:
        raise ValidationFailed([Problem.error("fiscal.unknown")])
    return found
