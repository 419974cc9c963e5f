"""What the printed documents show, as plain values.

The renderers take these and nothing else (no database session, no Qt), so the same
code serves the console's print preview and the command-line night jobs. Amounts are
``Decimal`` roubles, quantities ``Decimal`` kWh; every value is already final: the
renderers print, they do not calculate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from models.domain.date_format import format_date
from models.domain.enums import CustomerKind, PaymentMethod


class ChargeKind(enum.StrEnum):
    """What a bill line charges for."""

    ELECTRICITY = "electricity"
    DEBT_SCHEDULE = "debt_schedule"
    ACT = "act"
    SERVICE = "service"
    PENALTY = "penalty"


@dataclass(frozen=True, slots=True)
class Supplier:
    """The electricity supplier printed in every document header, with its bank details
    (from the database's ``supplier_details`` of the document's region)."""

    name: str
    inn: str
    kpp: str
    address: str
    phone: str
    email: str
    website: str
    bank_name: str
    bic: str
    settlement_account: str
    correspondent_account: str


ZONE_ORDER = ("T1", "T2", "T3")
"""Zones print in this order: День, Ночь / Пик, Ночь, Полупик (the register order)."""


@dataclass(frozen=True, slots=True)
class MeterLine:
    """One tariff segment of one zone of one meter on a bill: readings, kWh and cost.

    A zone whose reading period spans a tariff change has one line per segment, each
    with its own dates (``period_from`` to ``period_to``, both inclusive), kWh and rate;
    the readings are the zone's, the same on each of its lines. ``*_estimated`` marks a
    reading that was calculated (source ``estimated``), not read off the meter.
    """

    meter_serial: str
    zone: str
    """``T1``..``T3``."""
    zone_label: str
    """«Сутки», «День», «Ночь», «Пик», «Полупик»."""
    previous_reading: Decimal
    previous_reading_on: date
    current_reading: Decimal
    current_reading_on: date
    consumption_kwh: Decimal
    rate: Decimal
    amount: Decimal
    period_from: date | None = None
    period_to: date | None = None
    previous_estimated: bool = False
    current_estimated: bool = False

    @property
    def sort_key(self) -> tuple[str, int, date]:
        """Meter, then zone T1, T2, T3, then segment."""
        zone = ZONE_ORDER.index(self.zone) if self.zone in ZONE_ORDER else len(ZONE_ORDER)
        return (self.meter_serial, zone, self.period_from or self.current_reading_on)


@dataclass(frozen=True, slots=True)
class RecalculationLine:
    """A recalculation of earlier periods (ПП 354 п. 61), a bill line of kind
    ``recalculation``: what was recalculated and why (the line's description, e.g.
    «Перерасчёт: … по фактическому показанию на … вместо расчётного … (п. 61 …)»), kWh,
    rate and amount (a credit is negative)."""

    description: str
    quantity_kwh: Decimal | None
    rate: Decimal | None
    amount: Decimal


@dataclass(frozen=True, slots=True)
class CorrectionZone:
    """One corrected reading on a correction bill: the zone's reading, kWh and amount as
    the corrected bill had them (before) and after the correction."""

    meter_serial: str
    zone: str
    zone_label: str
    previous_reading: Decimal | None
    previous_reading_on: date | None
    taken_on: date
    reading_before: Decimal
    reading_after: Decimal
    kwh_before: Decimal
    kwh_after: Decimal
    amount_before: Decimal
    amount_after: Decimal

    @property
    def kwh_difference(self) -> Decimal:
        """kWh added (negative: taken off) by the correction."""
        return self.kwh_after - self.kwh_before

    @property
    def amount_difference(self) -> Decimal:
        """Roubles added (negative: credited) by the correction."""
        return self.amount_after - self.amount_before


@dataclass(frozen=True, slots=True)
class CorrectionDetails:
    """What makes a bill a correction (перерасчёт): the bill it corrects, why, and each
    corrected reading before and after; the bill's own amount is the net."""

    corrected_receipt_number: str
    corrected_formed_on: date
    reason: str
    zones: tuple[CorrectionZone, ...]
    net: Decimal

    @property
    def title(self) -> str:
        """«Перерасчёт к платёжному документу № … от …»."""
        return (
            f"Перерасчёт к платёжному документу № {self.corrected_receipt_number}"
            f" от {format_date(self.corrected_formed_on)}"
        )


@dataclass(frozen=True, slots=True)
class LastPayment:
    """The account's last payment received before the bill was formed."""

    paid_on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BuyerDetails:
    """An organisation's details on its bill: INN, KPP and supply contract."""

    inn: str
    kpp: str
    contract_number: str
    contract_signed_on: date | None


@dataclass(frozen=True, slots=True)
class ChargeLine:
    """One charge of the billing period."""

    kind: ChargeKind
    description: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BillDocument:
    """A bill (счёт на оплату / платёжный документ) for one account and billing period.

    ``balance_carried_in`` is the debt at the start of the period when positive and an
    overpayment when negative.
    """

    supplier: Supplier
    customer_name: str
    customer_kind: CustomerKind
    address: str
    account_number: str
    region_name: str
    billing_period: date
    """First day of the billing month."""
    formed_on: date
    due_on: date
    receipt_number: str
    meter_lines: tuple[MeterLine, ...]
    charge_lines: tuple[ChargeLine, ...]
    balance_carried_in: Decimal
    penalty: Decimal
    total_due: Decimal
    duplicate: bool = False
    recalculations: tuple[RecalculationLine, ...] = ()
    tariff_acts: tuple[str, ...] = ()
    """The acts that set the tariffs applied («Приказ … от … № …»)."""
    last_payment: LastPayment | None = None
    buyer: BuyerDetails | None = None
    """An organisation's INN, KPP and contract (None for households)."""
    vat_rate: Decimal | None = None
    """VAT included in an organisation's charges, per cent (None: not shown)."""
    correction: CorrectionDetails | None = None
    """Set on a correction bill: it prints as «Перерасчёт к платёжному документу …»,
    and ``balance_carried_in`` is the balance right before it (the corrected bill
    included), so ``total_due`` is what the customer owes after it."""

    @property
    def payment_required(self) -> bool:
        """False for a zero or overpaid bill: it says «Оплата не требуется»."""
        return self.total_due > 0


@dataclass(frozen=True, slots=True)
class FiscalAttributes:
    """A cheque's fiscal attributes as printed (54-ФЗ), with the ФНС cheque QR text."""

    kind_label: str
    """«Приход» or «Возврат прихода»."""
    fn_number: str
    fd_number: int
    fiscal_sign: str
    moment: datetime
    register_shift: int
    cheque_number: int
    qr_text: str


@dataclass(frozen=True, slots=True)
class PaymentReceiptDocument:
    """What a cashier prints after taking a payment (квитанция об оплате)."""

    supplier: Supplier
    receipt_number: str
    account_number: str
    customer_name: str
    amount: Decimal
    method: PaymentMethod
    paid_at: datetime
    cashier: str
    shift_number: str
    balance_after: Decimal
    """Balance after the payment: positive is debt left, negative an overpayment."""
    duplicate: bool = False
    fiscal: FiscalAttributes | None = None
    """The cash register's cheque; None while it is pending (or for no cheque)."""
    fiscal_pending: bool = False
    """The payment's cheque is not printed yet (the register was unavailable)."""


@dataclass(frozen=True, slots=True)
class AppealAnswerDocument:
    """The supplier's written answer to a customer's appeal (ПП 354 п. 31 «к»), a letter
    in the documents' visual language: whom it answers, what was asked, the answer."""

    supplier: Supplier
    appeal_number: str
    appeal_kind: str
    """``complaint``, ``feedback``, ``general`` or ``change_of_details``."""
    arrived_on: date
    customer_name: str
    address: str
    account_number: str | None
    appeal_text: str
    answer: str
    answered_on: date
    answered_by: str
    """The full name of the operator who answered (the login when the registry is closed)."""
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One movement on an account: a charge or a payment."""

    on: date
    document: str
    charge: Decimal | None = None
    payment: Decimal | None = None


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """An account statement (выписка по лицевому счёту) for a date range."""

    supplier: Supplier
    account_number: str
    customer_name: str
    address: str
    period_from: date
    period_to: date
    opening_balance: Decimal
    rows: tuple[StatementRow, ...]
    total_charged: Decimal
    total_paid: Decimal
    closing_balance: Decimal
    formed_on: date
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class ShiftPayment:
    """One payment taken during a cash desk shift."""

    paid_at: datetime
    receipt_number: str
    account_number: str
    method: PaymentMethod
    amount: Decimal
    reversed: bool = False


@dataclass(frozen=True, slots=True)
class MethodTotal:
    """Count and sum of a shift's payments by one method."""

    method: PaymentMethod
    count: int
    total: Decimal


@dataclass(frozen=True, slots=True)
class ShiftReportDocument:
    """The cashier's end-of-shift report (отчёт о закрытии смены)."""

    supplier: Supplier
    cashier: str
    shift_number: str
    opened_at: datetime
    closed_at: datetime
    opening_float: Decimal
    payments: tuple[ShiftPayment, ...]
    totals: tuple[MethodTotal, ...]
    reversals_count: int
    reversals_total: Decimal
    expected_cash: Decimal
    counted_cash: Decimal
    difference: Decimal
    """Counted minus expected: negative is a shortage, positive a surplus."""
    duplicate: bool = False
