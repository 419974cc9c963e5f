"""The cash-register interface every driver implements (no Qt, no database).

A driver sends one fiscal task under a caller-chosen uuid and returns its result; the
same uuid sent again never prints a second cheque (the register's own idempotency), so
a payment recorded as «pending» with its uuid can be retried until it is fiscalised.
Drivers: :class:`models.fiscal.atol.AtolWebServer` (ATOL, ККТ driver v10 web server).
A second driver (Штрих-М through «Сервер ККМ», a cloud fiscalisation service) needs only
these few methods.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol


class ChequeKind(enum.StrEnum):
    """The cheque's settlement sign (ФФД 1.2 tag 1054)."""

    SELL = "sell"
    """«Приход»."""
    SELL_REFUND = "sellReturn"
    """«Возврат прихода»."""
    SELL_CORRECTION = "sellCorrection"
    """«Чек коррекции прихода»."""
    SELL_REFUND_CORRECTION = "sellReturnCorrection"
    """«Чек коррекции возврата прихода»."""

    @property
    def is_correction(self) -> bool:
        """Whether this is a correction cheque (ФФД 1.2 КД «Кассовый чек коррекции»)."""
        return self in (ChequeKind.SELL_CORRECTION, ChequeKind.SELL_REFUND_CORRECTION)

    @property
    def corrected(self) -> ChequeKind:
        """The correction of this kind (a late «Приход» is a «Чек коррекции прихода»)."""
        if self is ChequeKind.SELL:
            return ChequeKind.SELL_CORRECTION
        if self is ChequeKind.SELL_REFUND:
            return ChequeKind.SELL_REFUND_CORRECTION
        return self


class CorrectionType(enum.StrEnum):
    """Tag 1173: why the correction is made."""

    SELF = "self"
    """«Самостоятельно»: the supplier found the mistake itself."""
    INSTRUCTION = "instruction"
    """«По предписанию» of the tax office (its number is the base document's, tag 1179)."""


class PaymentType(enum.StrEnum):
    """How the customer paid (tags 1031 cash / 1081 electronic)."""

    CASH = "cash"
    ELECTRONIC = "electronically"


class Failure(enum.StrEnum):
    """Why a register did not fiscalise; each has a plain-Russian text in the console."""

    OFFLINE = "offline"
    BUSY = "busy"
    SHIFT_CLOSED = "shift_closed"
    SHIFT_EXPIRED = "shift_expired"
    PAPER_OUT = "paper_out"
    FN_FULL = "fn_full"
    TIMEOUT = "timeout"
    """The task was accepted but no result came in time: it may still be printed."""
    ERROR = "error"


class RegisterFailed(Exception):
    """The register refused or could not be reached; ``failure`` says which."""

    def __init__(self, failure: Failure, detail: str = "", *, definite: bool = False) -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail
        self.definite = definite
        """The register answered that the task failed: nothing was printed."""


@dataclass(frozen=True, slots=True)
class Cashier:
    """The cashier printed on the cheque (tags 1021 and 1203)."""

    full_name: str
    inn: str | None


@dataclass(frozen=True, slots=True)
class ChequeItem:
    """One settlement subject line (tag 1059)."""

    name: str
    price: Decimal
    quantity: Decimal
    amount: Decimal
    vat: str
    """ATOL's VAT type: ``none``, ``vat0``, ``vat10``, ``vat20``, ``vat22``…"""
    subject: str
    """Settlement subject (tag 1212): ``commodity``, ``service``…"""
    method: str = "fullPayment"
    """Settlement method (tag 1214): full payment."""


@dataclass(frozen=True, slots=True)
class Cheque:
    """A cheque to print: what the register needs, nothing of the database."""

    kind: ChequeKind
    items: tuple[ChequeItem, ...]
    payment_type: PaymentType
    total: Decimal
    cashier: Cashier
    taxation: str
    """Taxation system (tag 1055): ``osn``, ``usnIncome``…"""
    customer_contact: str | None = None
    """E-mail or phone for an electronic cheque (tag 1008)."""
    correction: Correction | None = None
    """For a correction cheque (``kind.is_correction``): its type and base document."""


@dataclass(frozen=True, slots=True)
class Correction:
    """What a correction cheque corrects (ФФД 1.2 tags 1173, 1174: 1178 and 1179)."""

    type: CorrectionType
    base_date: date
    """Tag 1178: the day of the settlement being corrected."""
    base_number: str | None = None
    """Tag 1179: the tax office's order number (required «по предписанию»)."""
    reason: str = ""
    """The mistake, in the supplier's words (kept in the database, not sent: see atol)."""


@dataclass(frozen=True, slots=True)
class FiscalResult:
    """The fiscal attributes the register returned for a cheque."""

    fn_number: str
    fd_number: int
    fiscal_sign: str
    moment: datetime
    shift_number: int
    cheque_number: int
    register_serial: str
    total: Decimal


@dataclass(frozen=True, slots=True)
class RegisterShift:
    """The register's shift: ``state`` is ``closed``, ``opened`` or ``expired`` (over 24 h)."""

    state: str
    number: int
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class RegisterStatus:
    """A dry-run check: can the register print now, and what does it say about itself."""

    serial: str
    paper_present: bool
    fn_full: bool
    shift: RegisterShift


class CashRegister(Protocol):
    """What the cash desk asks of a cash register."""

    def status(self) -> RegisterStatus:
        """Dry-run check: the register answers, its paper, its ФН and its shift."""
        ...

    def open_shift(self, key: uuid.UUID, cashier: Cashier) -> RegisterShift:
        """Open the shift (a no-op answer when it is open already)."""
        ...

    def close_shift(self, key: uuid.UUID, cashier: Cashier) -> RegisterShift:
        """Close the shift; the register prints the Z-report."""
        ...

    def x_report(self, key: uuid.UUID, cashier: Cashier) -> None:
        """Print the X-report (the shift's totals without closing it)."""
        ...

    def fiscalise(self, key: uuid.UUID, cheque: Cheque) -> FiscalResult:
        """Print ``cheque`` under ``key``; the same key never prints twice.

        A correction cheque is a :class:`Cheque` whose ``kind.is_correction`` and whose
        ``correction`` is set: a driver must send it as its register's correction task.
        """
        ...


def cheque_qr_text(result: FiscalResult, kind: ChequeKind = ChequeKind.SELL) -> str:
    """The ФНС cheque QR: ``t=20261202T1530&s=1500.00&fn=…&i=…&fp=…&n=1``.

    ``n`` is the settlement sign: 1 «Приход», 2 «Возврат прихода» (a correction cheque
    carries the sign of what it corrects).
    """
    sign = 2 if kind in (ChequeKind.SELL_REFUND, ChequeKind.SELL_REFUND_CORRECTION) else 1
    return (
        f"t={result.moment.strftime('%Y%m%dT%H%M')}&s={result.total:.2f}"
        f"&fn={result.fn_number}&i={result.fd_number}&fp={result.fiscal_sign}&n={sign}"
    )
