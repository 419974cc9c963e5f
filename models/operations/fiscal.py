"""Fiscal cheques at the cash desk: what to send to the register and what it answered.

A payment is recorded first (``take_payment``), its cheque «pending» with its uuid in
the same transaction; :func:`fiscalise` then builds the cheque (ФФД 1.2 fields from the
database: the account, the period, the supplier's VAT rate, taxation system and
settlement subject, the cashier's full name and INN), sends it under that uuid and
stores the answer with ``billing.record_fiscal_result``: the fiscal attributes, or the
reason the cheque is still pending. Pending cheques are retried under the same uuid, so
the register prints each at most once. Every call here does network I/O: run it in a
worker, never on the GUI thread.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from models import clock
from models.changes import Change
from models.domain.date_format import format_month
from models.domain.problems import Problem, ValidationFailed
from models.fiscal.atol import AtolWebServer
from models.fiscal.register import (
    Cashier,
    CashRegister,
    Cheque,
    ChequeItem,
    ChequeKind,
    Correction,
    CorrectionType,
    Failure,
    FiscalResult,
    PaymentType,
    RegisterFailed,
    RegisterShift,
)
from models.operations.call import Refusals, call_value
from models.queries.fiscal import (
    CashDeskRow,
    CorrectionState,
    FiscalState,
    RegisterAnswer,
    cheque_source,
    correction_cheque_source,
    correction_state,
    fiscal_state,
    pending_cheques,
    pending_corrections,
)
from models.queries.fiscal import shift_closed_at as _shift_closed_at
from models.queries.operators import whoami

_FIELDS: dict[str, str | None] = {
    "fiscal.unknown": None,
    "fiscal.not_yours": None,
    "fiscal.already_done": None,
    "fiscal.result_format": None,
    "fiscal.contact_format": "contact",
    "cash_shift.not_open": None,
    "cash_shift.cheques_pending": None,
    "payment.reason_required": "reason",
    "cash_desk.name": "name",
    "cash_desk.name_taken": "name",
    "cash_desk.register_url": "register_url",
    "cash_desk.register_serial": "register_serial",
    "settings.stale": None,
    "operator.inn": "inn",
    "operator.unknown": None,
    "supplier.fiscal_vat_rate": "vat_rate",
    "supplier.fiscal_taxation": "fiscal_taxation",
    "supplier.fiscal_subject": "fiscal_subject",
    "supplier.fiscal_without_details": None,
    "fiscal_correction.key_required": None,
    "fiscal_correction.key_reused": None,
    "fiscal_correction.kind": "kind",
    "fiscal_correction.type": "correction_type",
    "fiscal_correction.base_date": "base_date",
    "fiscal_correction.base_number_required": "base_number",
    "fiscal_correction.base_number_too_long": "base_number",
    "fiscal_correction.reason": "reason",
    "fiscal_correction.amount": "amount",
    "fiscal_correction.method": "method",
    "fiscal_correction.account_unknown": "account",
    "fiscal_correction.payment_of_other_account": "payment",
}

VAT_TYPES = {0: "none", 5: "vat5", 7: "vat7", 10: "vat10", 20: "vat20", 22: "vat22"}
"""The supplier's VAT rate, per cent → ATOL's tax type (0: the supplier pays no VAT)."""

LATE_MARGIN = timedelta(seconds=5)
"""A late cheque's document time this much before its shift closed was printed in it."""

DRIVERS: dict[str, Callable[[str], CashRegister]] = {"atol": AtolWebServer}
"""The register drivers by ``cash_desk.register_driver``."""


_State = TypeVar("_State", bound=RegisterAnswer)


# -- cash desks --------------------------------------------------------------------------


def register_of(desk: CashDeskRow) -> CashRegister:
    """The driver talking to ``desk``'s register."""
    return DRIVERS[desk.register_driver](desk.register_url)


def set_cash_desk(
    session: Session,
    desk_id: int | None,
    name: str,
    register_url: str,
    register_serial: str,
    expected_version: int | None,
) -> int:
    """Create or change a cash desk (admins); returns its id."""
    return int(
        _call(
            session,
            "SELECT billing.set_cash_desk(:id, :name, :url, :serial, :version)",
            {
                "id": desk_id,
                "name": name,
                "url": register_url,
                "serial": register_serial,
                "version": expected_version,
            },
            Change.of("cash_desk"),
        )
    )


def set_operator_inn(session: Session, login: str, inn: str | None) -> None:
    """Record the INN an operator's cheques carry (admins)."""
    _call(
        session,
        "SELECT billing.set_operator_inn(:login, :inn)",
        {"login": login, "inn": inn},
        Change.of("operator"),
    )


# -- the cheque --------------------------------------------------------------------------


def vat_type(rate: Decimal) -> str:
    """ATOL's tax type of a VAT rate in per cent.

    Suppliers' rates are limited to the cheque's (``set_supplier_details`` since 0240);
    a rate stored before that refuses the cheque with the «Чеки» page's message (the
    payment stays pending until an admin sets a rate a cheque can carry).
    """
    found = VAT_TYPES.get(int(rate)) if rate == rate.to_integral_value() else None
    if found is None:
        raise ValidationFailed([Problem.error("supplier.fiscal_vat_rate", None)])
    return found


def item_name(account_number: str, period: date) -> str:
    """«Электроэнергия, л/с № 1234567, период 10.2026»."""
    return f"Электроэнергия, л/с № {account_number}, период {format_month(period)}"


def cheque_of(session: Session, payment_id: int) -> tuple[FiscalState, Cheque]:
    """The cheque a payment's fiscal row asks for, with ФФД 1.2 fields from the database."""
    row = cheque_source(session, payment_id)
    state = fiscal_state(session, payment_id)
    if row is None or state is None:
        raise ValidationFailed([Problem.error("fiscal.unknown")])
    if row.cashier != row.me:
        # Only the cheque's own desk prints it (the database would refuse to store it).
        raise ValidationFailed([Problem.error("fiscal.not_yours")])
    amount = abs(Decimal(row.amount))
    period = row.period or row.paid_on.replace(day=1)
    item = ChequeItem(
        name=item_name(row.account_number, period),
        price=amount,
        quantity=Decimal(1),
        amount=amount,
        vat=vat_type(Decimal(row.vat_rate if row.vat_rate is not None else 0)),
        subject=row.subject,
    )
    kind = ChequeKind(row.kind)
    correction = None
    if not kind.is_correction and row.shift_closed_at is not None:
        # A late cheque: the desk shift it was taken in is closed (a supervisor let it
        # close with the cheque pending). A settlement without a cheque in its shift is
        # fiscalised by a self-initiated correction, dated the day of the payment.
        kind = kind.corrected
        correction = Correction(
            CorrectionType.SELF, row.paid_on, None, "чек не напечатан в смену платежа"
        )
    cheque = Cheque(
        kind=kind,
        items=(item,),
        payment_type=PaymentType.CASH if row.method == "cash" else PaymentType.ELECTRONIC,
        total=amount,
        cashier=Cashier(row.cashier_name or "", row.cashier_inn),
        taxation=row.taxation,
        customer_contact=row.customer_contact,
        correction=correction,
    )
    return state, cheque


REFUSALS = Refusals(_FIELDS)


def _call(
    session: Session, sql: str, params: dict[str, object], change: Change | None = None
) -> Any:
    """One function call in its own transaction; ``change`` is what it changes."""
    changes = (change,) if change is not None else ()
    return call_value(session, sql, params, refusals=REFUSALS, changes=changes)


_CHEQUE = Change.of("fiscal_cheque")
"""A payment's cheque state changed (the history shows it)."""


def set_contact(session: Session, payment_id: int, contact: str) -> None:
    """Ask for an electronic cheque to ``contact`` (e-mail or +7 phone) before it is sent."""
    _call(
        session,
        "SELECT billing.record_fiscal_result(:id, CAST(:result AS jsonb))",
        {"id": payment_id, "result": json.dumps({"status": "pending", "contact": contact})},
        _CHEQUE,
    )


def _print(register: CashRegister, key: uuid.UUID, cheque: Cheque) -> FiscalResult:
    """Print; a register whose shift is closed gets it opened (as ATOL's ``autoOpenShift``
    would) and the cheque is sent again — its first attempt printed nothing."""
    try:
        return register.fiscalise(key, cheque)
    except RegisterFailed as failed:
        if failed.failure is not Failure.SHIFT_CLOSED:
            raise
    register.open_shift(uuid.uuid4(), cheque.cashier)
    return register.fiscalise(key, cheque)


def fiscalise(session: Session, register: CashRegister, payment_id: int) -> FiscalState:
    """Send the payment's cheque under its uuid and store the answer; the cheque's state.

    A refusal of the register is not an error here: the cheque stays pending with the
    reason, and the returned state says so. A cheque already done is returned as it is
    (a reprint never fiscalises again).
    """
    state, cheque = cheque_of(session, payment_id)
    closed_at = _shift_closed_at(session, payment_id) if cheque.kind.is_correction else None
    session.rollback()  # no transaction held open across the network call
    if state.is_done:
        return state
    try:
        result = _print(register, state.key, cheque)
    except RegisterFailed as failed:
        _call(
            session,
            "SELECT billing.record_fiscal_result(:id, CAST(:result AS jsonb))",
            {
                "id": payment_id,
                "result": json.dumps(
                    {"status": "pending", "failure": failed.failure.value, "detail": failed.detail}
                ),
            },
            _CHEQUE,
        )
    else:
        kind = cheque.kind
        if closed_at is not None and result.moment < closed_at - LATE_MARGIN:
            # The uuid had printed the original cheque in its shift before the answer
            # was lost: the register returned that one, not a correction. (The register
            # keeps whole seconds and its clock is not the database's: a margin.)
            kind = ChequeKind(state.kind)
        _call(
            session,
            "SELECT billing.record_fiscal_result(:id, CAST(:result AS jsonb))",
            {
                "id": payment_id,
                "result": json.dumps(
                    {
                        "status": "done",
                        "kind": kind.value,
                        "fn": result.fn_number,
                        "fd": result.fd_number,
                        "fp": result.fiscal_sign,
                        "at": result.moment.isoformat(),
                        "shift": result.shift_number,
                        "cheque": result.cheque_number,
                        "registration": result.register_serial,
                    }
                ),
            },
            _CHEQUE,
        )
    found = fiscal_state(session, payment_id)
    session.rollback()
    assert found is not None
    return found


def _in_order(states: Sequence[_State], send: Callable[[_State], _State]) -> tuple[_State, ...]:
    """Send ``states`` oldest first; their states after. Stops at the first the register
    could not print for a reason that holds for all (offline, out of paper…): the rest
    keep their place in the queue."""
    done: list[_State] = []
    for state in states:
        after = send(state)
        done.append(after)
        if not after.is_done and after.failure != Failure.ERROR.value:
            break
    return tuple(done)


def fiscalise_pending(session: Session, register: CashRegister) -> tuple[FiscalState, ...]:
    """Retry every pending cheque of the operator, oldest first; their states after."""
    pending = pending_cheques(session)
    session.rollback()
    return _in_order(pending, lambda state: fiscalise(session, register, state.payment_id))


# -- the register's shift ----------------------------------------------------------------


def me_as_cashier(session: Session) -> Cashier:
    """The operator as a register's ``operator``: full name and INN (from ``whoami``)."""
    me = whoami(session)
    session.rollback()
    return Cashier(me.full_name or me.login, me.inn)


@dataclass(frozen=True, slots=True)
class RegisterCheck:
    """The dry-run check at shift open and the register's shift after it."""

    serial: str
    paper_present: bool
    fn_full: bool
    shift: RegisterShift
    adopted: bool
    """True when the register's shift was open already and the desk adopted it."""


def open_register_shift(register: CashRegister, cashier: Cashier) -> RegisterCheck:
    """Dry-run check, then open the register's shift or adopt the one that is open.

    A shift over 24 hours old is refused (:attr:`Failure.SHIFT_EXPIRED`): the cashier
    is asked to close it first (:func:`close_register_shift`).
    """
    status = register.status()
    if status.fn_full:
        raise RegisterFailed(Failure.FN_FULL)
    if not status.paper_present:
        raise RegisterFailed(Failure.PAPER_OUT)
    if status.shift.state == "expired":
        raise RegisterFailed(Failure.SHIFT_EXPIRED)
    adopted = status.shift.state == "opened"
    shift = status.shift if adopted else register.open_shift(uuid.uuid4(), cashier)
    return RegisterCheck(status.serial, status.paper_present, status.fn_full, shift, adopted)


def close_register_shift(register: CashRegister, cashier: Cashier) -> RegisterShift:
    """Close the register's shift; it prints the Z-report."""
    return register.close_shift(uuid.uuid4(), cashier)


def x_report(register: CashRegister, cashier: Cashier) -> None:
    """Print the X-report."""
    register.x_report(uuid.uuid4(), cashier)


def release_pending(session: Session, shift_id: int, reason: str) -> int:
    """A supervisor lets a shift close with pending cheques; the count still pending."""
    return int(
        _call(
            session,
            "SELECT billing.release_pending_cheques(:id, :reason)",
            {"id": shift_id, "reason": reason},
            Change.of("cash_shift", shifts=[shift_id]),
        )
    )


# -- correction cheques ------------------------------------------------------------------

CORRECTION_KINDS = (ChequeKind.SELL_CORRECTION, ChequeKind.SELL_REFUND_CORRECTION)
MAX_CORRECTION = Decimal("1000000.00")


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    """What a supervisor asks to correct (``billing.create_fiscal_correction``)."""

    key: uuid.UUID
    """The idempotency key, and the uuid the register gets: the same key, the same row."""
    kind: ChequeKind
    correction_type: CorrectionType
    base_date: date
    base_number: str | None
    reason: str
    amount: Decimal
    method: str
    """``cash`` or ``card``."""
    account_id: int
    payment_id: int | None = None


def validate_correction(request: CorrectionRequest, today: date) -> list[Problem]:
    """The rules ``create_fiscal_correction`` checks, before anything is sent."""
    problems: list[Problem] = []
    if request.kind not in CORRECTION_KINDS:
        problems.append(Problem.error("fiscal_correction.kind", "kind"))
    if request.base_date > today:
        problems.append(Problem.error("fiscal_correction.base_date", "base_date"))
    number = (request.base_number or "").strip()
    if request.correction_type is CorrectionType.INSTRUCTION and not number:
        problems.append(Problem.error("fiscal_correction.base_number_required", "base_number"))
    elif len(number) > 32:
        problems.append(Problem.error("fiscal_correction.base_number_too_long", "base_number"))
    if not 3 <= len(request.reason.strip()) <= 500:
        problems.append(Problem.error("fiscal_correction.reason", "reason"))
    amount = request.amount
    if amount <= 0 or amount > MAX_CORRECTION or amount != amount.quantize(Decimal("0.01")):
        problems.append(Problem.error("fiscal_correction.amount", "amount"))
    if request.method not in ("cash", "card"):
        problems.append(Problem.error("fiscal_correction.method", "method"))
    return problems


def create_correction(session: Session, request: CorrectionRequest) -> CorrectionState:
    """Record a correction cheque, pending (supervisors); the same key → the same row."""
    problems = validate_correction(request, clock.today())
    if problems:
        raise ValidationFailed(problems)
    correction_id = int(
        _call(
            session,
            "SELECT billing.create_fiscal_correction(:key, :kind, :type, :base_date,"
            " :base_number, :reason, :amount, :method, :account, :payment)",
            {
                "key": request.key,
                "kind": request.kind.value,
                "type": request.correction_type.value,
                "base_date": request.base_date,
                "base_number": (request.base_number or "").strip() or None,
                "reason": request.reason.strip(),
                "amount": request.amount,
                "method": request.method,
                "account": request.account_id,
                "payment": request.payment_id,
            },
            Change.of("fiscal_correction", accounts=[request.account_id]),
        )
    )
    state = correction_state(session, correction_id)
    session.rollback()
    return state


def correction_cheque(session: Session, correction_id: int) -> tuple[CorrectionState, Cheque]:
    """The correction cheque to print, with the supplier's settings and the cashier."""
    state = correction_state(session, correction_id)
    row = correction_cheque_source(session, correction_id)
    if row.cashier != row.me:
        raise ValidationFailed([Problem.error("fiscal.not_yours")])
    amount = Decimal(state.amount)
    item = ChequeItem(
        name=item_name(state.account_number, row.period),
        price=amount,
        quantity=Decimal(1),
        amount=amount,
        vat=vat_type(Decimal(row.vat_rate if row.vat_rate is not None else 0)),
        subject=row.subject,
    )
    cheque = Cheque(
        kind=ChequeKind(state.kind),
        items=(item,),
        payment_type=PaymentType.CASH if state.method == "cash" else PaymentType.ELECTRONIC,
        total=amount,
        cashier=Cashier(row.cashier_name or row.cashier, row.cashier_inn),
        taxation=row.taxation,
        correction=Correction(
            CorrectionType(state.correction_type),
            state.base_date,
            state.base_number,
            state.reason,
        ),
    )
    return state, cheque


def fiscalise_correction(
    session: Session, register: CashRegister, correction_id: int
) -> CorrectionState:
    """Print a correction under its uuid and store the answer; its state after.

    As with :func:`fiscalise`, a refusal keeps it pending with the reason; a done one is
    returned as it is.
    """
    state, cheque = correction_cheque(session, correction_id)
    session.rollback()
    if state.is_done:
        return state
    try:
        result = _print(register, state.key, cheque)
    except RegisterFailed as failed:
        answer: dict[str, object] = {
            "status": "pending",
            "failure": failed.failure.value,
            "detail": failed.detail,
        }
    else:
        answer = {
            "status": "done",
            "fn": result.fn_number,
            "fd": result.fd_number,
            "fp": result.fiscal_sign,
            "at": result.moment.isoformat(),
            "shift": result.shift_number,
            "cheque": result.cheque_number,
            "registration": result.register_serial,
        }
    _call(
        session,
        "SELECT billing.record_correction_result(:id, CAST(:result AS jsonb))",
        {"id": correction_id, "result": json.dumps(answer)},
        Change.of("fiscal_correction"),
    )
    found = correction_state(session, correction_id)
    session.rollback()
    return found


def fiscalise_corrections(
    session: Session, register: CashRegister, pending: Sequence[CorrectionState]
) -> tuple[CorrectionState, ...]:
    """Send ``pending`` corrections (read by :func:`pending_corrections`), oldest first."""
    session.rollback()
    return _in_order(pending, lambda state: fiscalise_correction(session, register, state.id))


def fiscalise_pending_corrections(
    session: Session, register: CashRegister
) -> tuple[CorrectionState, ...]:
    """Retry the operator's pending corrections, oldest first (as :func:`fiscalise_pending`)."""
    return fiscalise_corrections(session, register, pending_corrections(session))


# -- the supplier's cheque settings ------------------------------------------------------

TAXATIONS = ("osn", "usnIncome", "usnIncomeOutcome", "esn", "patent")
"""Taxation systems (tag 1055), as ATOL names them."""
SUBJECTS = ("commodity", "service", "job", "another")
"""Settlement subjects (tag 1212), as ATOL names them."""


def set_supplier_fiscal(
    session: Session,
    region_id: int | None,
    vat_rate: Decimal,
    taxation: str,
    subject: str,
    expected_version: int,
) -> int:
    """Save the supplier's cheque settings (admins); the row's new version."""
    problems: list[Problem] = []
    if vat_rate not in [Decimal(rate) for rate in VAT_TYPES]:
        problems.append(Problem.error("supplier.fiscal_vat_rate", "vat_rate"))
    if taxation not in TAXATIONS:
        problems.append(Problem.error("supplier.fiscal_taxation", "fiscal_taxation"))
    if subject not in SUBJECTS:
        problems.append(Problem.error("supplier.fiscal_subject", "fiscal_subject"))
    if problems:
        raise ValidationFailed(problems)
    return int(
        _call(
            session,
            "SELECT billing.set_supplier_fiscal(:region, :vat, :taxation, :subject, :version)",
            {
                "region": region_id,
                "vat": vat_rate,
                "taxation": taxation,
                "subject": subject,
                "version": expected_version,
            },
            Change.of("supplier"),
        )
    )
