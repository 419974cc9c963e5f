"""Demo documents with realistic values, for print previews, tests and the benchmark.

The supplier, bank and people are fictitious; the numbers have valid formats.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from console.printing.documents import (
    BillDocument,
    BuyerDetails,
    ChargeKind,
    ChargeLine,
    LastPayment,
    MeterLine,
    MethodTotal,
    PaymentReceiptDocument,
    ShiftPayment,
    ShiftReportDocument,
    StatementDocument,
    StatementRow,
    Supplier,
)
from models.domain.enums import CustomerKind, PaymentMethod
from models.domain.receipt_numbers import payment_receipt_number

KAMCHATKA = timezone(timedelta(hours=12))

SUPPLIER = Supplier(
    name="АО «Северная энергосбытовая компания»",
    inn="4101001230",
    kpp="410101001",
    address="683000, г. Петропавловск-Камчатский, ул. Энергетиков, д. 12",
    phone="+7 415 200-00-00",
    email="info@sevenergo.example.ru",
    website="www.sevenergo.example.ru",
    bank_name="ПАО «Банк Восток»",
    bic="043002711",
    settlement_account="40702810900000012345",
    correspondent_account="30101810400000000711",
)


def sample_bill(
    *, duplicate: bool = False, kind: CustomerKind = CustomerKind.PERSON
) -> BillDocument:
    """A two-zone household bill for March 2025 with a debt schedule and a penalty
    (an organisation's: with its INN, KPP, contract and VAT)."""
    organisation = kind is CustomerKind.ORGANISATION
    return BillDocument(
        supplier=SUPPLIER,
        customer_name="ООО «Камчатрыбсервис»" if organisation else "Иванова Мария Петровна",
        customer_kind=kind,
        address="683031, г. Петропавловск-Камчатский, пр-т Карла Маркса, д. 21, кв. 47",
        account_number="410012345678",
        region_name="Петропавловское отделение",
        billing_period=date(2025, 3, 1),
        formed_on=date(2025, 4, 2),
        due_on=date(2025, 4, 10),
        receipt_number="2503-0041-7782",
        meter_lines=(
            MeterLine(
                meter_serial="011076153927",
                zone="T1",
                zone_label="День",
                previous_reading=Decimal("12034"),
                previous_reading_on=date(2025, 2, 25),
                current_reading=Decimal("12246"),
                current_reading_on=date(2025, 3, 25),
                consumption_kwh=Decimal("212"),
                rate=Decimal("6.84"),
                amount=Decimal("1450.08"),
            ),
            MeterLine(
                meter_serial="011076153927",
                zone="T2",
                zone_label="Ночь",
                previous_reading=Decimal("5120.5"),
                previous_reading_on=date(2025, 2, 25),
                current_reading=Decimal("5218.5"),
                current_reading_on=date(2025, 3, 25),
                consumption_kwh=Decimal("98"),
                rate=Decimal("3.42"),
                amount=Decimal("335.16"),
            ),
        ),
        charge_lines=(
            ChargeLine(
                ChargeKind.ELECTRICITY,
                "Электроэнергия по показаниям, 310 кВт·ч",
                Decimal("1785.24"),
            ),
            ChargeLine(
                ChargeKind.DEBT_SCHEDULE, "ГПЗ № 17 от 12.01.2025, платёж 3 из 6", Decimal("500.00")
            ),
            ChargeLine(ChargeKind.SERVICE, "Замена пломбы прибора учёта", Decimal("350.00")),
        ),
        balance_carried_in=Decimal("1234.56"),
        penalty=Decimal("18.42"),
        total_due=Decimal("3888.22"),
        duplicate=duplicate,
        tariff_acts=(
            "Приказ Региональной службы по тарифам и ценам Камчатского края от 19.12.2024 № 412",
        ),
        last_payment=LastPayment(date(2025, 3, 6), Decimal("2100.00")),
        buyer=(
            BuyerDetails("4101123454", "410101001", "41-00123/ЭС", date(2019, 5, 14))
            if organisation
            else None
        ),
        vat_rate=Decimal("20") if organisation else None,
    )


def sample_receipt(*, duplicate: bool = False) -> PaymentReceiptDocument:
    """A cash payment at the cash desk."""
    return PaymentReceiptDocument(
        supplier=SUPPLIER,
        receipt_number=payment_receipt_number(731),
        account_number="410012345678",
        customer_name="Иванова Мария Петровна",
        amount=Decimal("4000.00"),
        method=PaymentMethod.CASH,
        paid_at=datetime(2025, 4, 5, 11, 42, tzinfo=KAMCHATKA),
        cashier="Петрова О. Н.",
        shift_number="118",
        balance_after=Decimal("-111.78"),
        duplicate=duplicate,
    )


def sample_statement(*, duplicate: bool = False, months: int = 12) -> StatementDocument:
    """A statement with one charge and one payment a month."""
    rows: list[StatementRow] = []
    balance = Decimal("1234.56")
    opening = balance
    charged = paid = Decimal(0)
    for index in range(months):
        year, month = 2024 + (3 + index) // 12, (3 + index) % 12 + 1
        charge = Decimal("1500.00") + Decimal(index * 37) + Decimal("0.48")
        payment = Decimal("1600.00") if index % 3 else Decimal("1200.00")
        rows.append(
            StatementRow(
                date(year, month, 1), f"Счёт № {year % 100:02d}{month:02d}-0041", charge=charge
            )
        )
        rows.append(
            StatementRow(
                date(year, month, 8),
                f"Оплата, квитанция {payment_receipt_number(index + 101)}",
                payment=payment,
            )
        )
        charged += charge
        paid += payment
        balance += charge - payment
    return StatementDocument(
        supplier=SUPPLIER,
        account_number="410012345678",
        customer_name="Иванова Мария Петровна",
        address="683031, г. Петропавловск-Камчатский, пр-т Карла Маркса, д. 21, кв. 47",
        period_from=date(2024, 4, 1),
        period_to=rows[-1].on if rows else date(2024, 4, 30),
        opening_balance=opening,
        rows=tuple(rows),
        total_charged=charged,
        total_paid=paid,
        closing_balance=balance,
        formed_on=date(2025, 4, 2),
        duplicate=duplicate,
    )


def sample_shift_report(*, duplicate: bool = False, payments: int = 14) -> ShiftReportDocument:
    """A shift with cash and card payments, one reversal and a 50-kopeck shortage."""
    opened = datetime(2025, 4, 5, 9, 0, tzinfo=KAMCHATKA)
    items: list[ShiftPayment] = []
    for index in range(payments):
        method = PaymentMethod.CARD if index % 3 == 1 else PaymentMethod.CASH
        items.append(
            ShiftPayment(
                paid_at=opened + timedelta(minutes=17 * index + 5),
                receipt_number=payment_receipt_number(index + 720),
                account_number=f"4100123{index + 45600:05d}",
                method=method,
                amount=Decimal("850.00") + Decimal(index * 113) + Decimal("0.25"),
                reversed=index == 4,
            )
        )
    totals = []
    for method in PaymentMethod:
        kept = [p for p in items if p.method is method and not p.reversed]
        totals.append(MethodTotal(method, len(kept), sum((p.amount for p in kept), Decimal(0))))
    reversed_items = [p for p in items if p.reversed]
    opening_float = Decimal("2000.00")
    expected = opening_float + next(t.total for t in totals if t.method is PaymentMethod.CASH)
    counted = expected - Decimal("0.50")
    return ShiftReportDocument(
        supplier=SUPPLIER,
        cashier="Петрова О. Н.",
        shift_number="118",
        opened_at=opened,
        closed_at=datetime(2025, 4, 5, 18, 3, tzinfo=KAMCHATKA),
        opening_float=opening_float,
        payments=tuple(items),
        totals=tuple(totals),
        reversals_count=len(reversed_items),
        reversals_total=sum((p.amount for p in reversed_items), Decimal(0)),
        expected_cash=expected,
        counted_cash=counted,
        difference=counted - expected,
        duplicate=duplicate,
    )


__all__ = [
    "KAMCHATKA",
    "SUPPLIER",
    "sample_bill",
    "sample_receipt",
    "sample_shift_report",
    "sample_statement",
]
