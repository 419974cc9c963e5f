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


class CustomerKind(enum.StrEnum):
    """Who the customer is; organisations get the amount in words on their bills."""

    PERSON = "person"
    ORGANISATION = "organisation"


class ChargeKind(enum.StrEnum):
    """What a bill line charges for."""

    ELECTRICITY = "electricity"
    DEBT_SCHEDULE = "debt_schedule"
    ACT = "act"
    SERVICE = "service"
    PENALTY = "penalty"


class PaymentMethod(enum.StrEnum):
    """How a payment was taken at the cash desk."""

    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class Supplier:
    """The electricity supplier printed in every document header, with its bank details."""

    name: str
    inn: str
    kpp: str
    address: str
    phone: str
    bank_name: str
    bic: str
    settlement_account: str
    correspondent_account: str


@dataclass(frozen=True, slots=True)
class MeterLine:
    """One tariff zone of one meter on a bill: readings, consumption and its cost."""

    meter_serial: str
    zone_label: str
    previous_reading: Decimal
    previous_reading_on: date
    current_reading: Decimal
    current_reading_on: date
    consumption_kwh: Decimal
    rate: Decimal
    amount: Decimal


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
