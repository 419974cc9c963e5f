"""What a bill says, per ПП 354 п. 69, built from the demo database and read back from its PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from console.printing.bill import bill_payment_string, render_bill
from console.printing.documents import BillDocument, MeterLine
from console.printing.samples import sample_bill
from console.services.documents import ACTUAL_CHARGE, ESTIMATED_CHARGE, bill_document
from models.domain.enums import CustomerKind
from models.domain.money_format import format_money, format_number
from models.domain.money_words import amount_in_words
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import all_text
from tests.readings.helpers import confirm


def _one(session: Session, where: str, **params: object) -> int:
    """The first bill (by id) matching ``where`` (``b`` bill, ``a`` account, ``c`` customer)."""
    bill_id = session.execute(
        text(
            "SELECT b.id FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN customer c ON c.id = a.customer_id"
            f" WHERE b.corrects_bill_id IS NULL AND {where} ORDER BY b.id LIMIT 1"
        ),
        params,
    ).scalar_one()
    return int(bill_id)


def _tariff_change(session: Session) -> date:
    """The last day the demo tariffs changed (every 1 July)."""
    value = session.execute(
        text("SELECT max(valid_from) FROM tariff WHERE valid_from <= billing.today()")
    ).scalar_one()
    assert isinstance(value, date)
    return value


def _text(doc: BillDocument) -> str:
    return all_text(render_bill(doc))


def _zones(lines: tuple[MeterLine, ...]) -> list[str]:
    return [line.zone for line in lines]


def test_a_tariff_change_month_has_a_row_per_segment_with_its_dates(session: Session) -> None:
    change = _tariff_change(session)
    bill_id = _one(
        session,
        "b.billing_period = :p AND EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id"
        " AND l.zone = 'T3')",
        p=change,
    )
    doc = bill_document(session, bill_id)
    assert _zones(doc.meter_lines) == ["T1", "T1", "T2", "T2", "T3", "T3"]
    for first, second in zip(doc.meter_lines[::2], doc.meter_lines[1::2], strict=True):
        assert first.period_from == first.previous_reading_on
        assert first.period_to == change - timedelta(days=1)
        assert second.period_from == change
        assert second.period_to == second.current_reading_on
        assert first.rate != second.rate
        used = first.current_reading - first.previous_reading
        assert first.consumption_kwh + second.consumption_kwh == used
    printed = _text(doc)
    assert printed.count(f"с {change:%d.%m.%Y}") == 3
    assert printed.count(f"по {change - timedelta(days=1):%d.%m.%Y}") == 3
    # The readings of a zone print once, on its first segment.
    for line in doc.meter_lines[::2]:
        assert printed.count(f"на {line.current_reading_on:%d.%m.%Y}") == 3


def test_zones_are_in_register_order_with_whole_names(session: Session) -> None:
    bill_id = _one(
        session, "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.zone = 'T3')"
    )
    doc = bill_document(session, bill_id)
    zones = _zones(doc.meter_lines)
    assert zones == sorted(zones)
    assert next(line.zone_label for line in doc.meter_lines if line.zone == "T3") == "Полупик"
    printed = _text(doc)
    assert "Полупик T3" in printed
    assert "Полупи…" not in printed
    assert printed.index("Пик T1") < printed.index("Ночь T2") < printed.index("Полупик T3")


def test_a_calculated_reading_is_marked_and_charged_by_norm_or_average(
    session: Session,
) -> None:
    bill_id = _one(
        session,
        "EXISTS (SELECT FROM bill_line l JOIN reading r ON r.id = l.current_reading_id"
        " WHERE l.bill_id = b.id AND r.source = 'estimated')"
        " AND NOT EXISTS (SELECT FROM bill_line l JOIN reading r ON r.id = l.current_reading_id"
        " WHERE l.bill_id = b.id AND r.source <> 'estimated')",
    )
    doc = bill_document(session, bill_id)
    assert doc.meter_lines
    assert all(line.current_estimated for line in doc.meter_lines)
    (electricity,) = [c for c in doc.charge_lines if c.description.startswith("Электроэнергия")]
    assert electricity.description.startswith(ESTIMATED_CHARGE)
    printed = _text(doc)
    assert "по нормативу/среднему" in printed
    assert ACTUAL_CHARGE not in printed
    assert "* Расчётные показания" in printed
    value = " ".join(format_number(doc.meter_lines[0].current_reading, 0).split())
    assert f"{value}*" in printed


def test_rates_of_a_column_have_the_same_decimals() -> None:
    doc = sample_bill()
    day, night = doc.meter_lines
    doc = replace(doc, meter_lines=(day, replace(night, rate=Decimal("3.4213"))))
    printed = _text(doc)
    assert "6,8400" in printed
    assert "3,4213" in printed


def test_supplier_contacts_tariff_act_and_last_payment(session: Session) -> None:
    bill_id = _one(session, "b.billing_period = :p", p=_tariff_change(session))
    doc = bill_document(session, bill_id)
    region = session.execute(
        text(
            "SELECT a.region_id, b.formed_on FROM bill b JOIN account a ON a.id = b.account_id"
            " WHERE b.id = :b"
        ),
        {"b": bill_id},
    ).one()
    acts = (
        session.execute(
            text("SELECT title FROM tariff_act WHERE region_id = :r ORDER BY valid_from"),
            {"r": region.region_id},
        )
        .scalars()
        .all()
    )
    # A reading period across the change: the act before it and the act from it.
    assert list(doc.tariff_acts) == acts[-2:]
    last = session.execute(
        text(
            "SELECT paid_on, amount FROM payment p WHERE p.account_id = (SELECT account_id FROM"
            " bill WHERE id = :b) AND p.reverses_id IS NULL AND p.paid_on < :f"
            " AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)"
            " ORDER BY paid_on DESC, id DESC LIMIT 1"
        ),
        {"b": bill_id, "f": region.formed_on},
    ).one()
    assert doc.last_payment is not None
    assert (doc.last_payment.paid_on, doc.last_payment.amount) == (last.paid_on, last.amount)
    printed = _text(doc)
    assert doc.supplier.email in printed
    assert doc.supplier.website in printed
    for act in acts[-2:]:
        assert " ".join(act.split()) in printed
    assert (
        f"Последняя оплата: {last.paid_on:%d.%m.%Y} — {' '.join(format_money(last.amount).split())}"
        in printed
    )


def test_nothing_to_pay_says_so_and_shows_no_due_date(session: Session) -> None:
    candidates = session.execute(
        text(
            "SELECT b.id FROM bill b WHERE b.corrects_bill_id IS NULL AND b.billing_period ="
            " (SELECT max(billing_period) FROM bill) ORDER BY b.id"
        )
    ).scalars()
    doc = next(d for d in (bill_document(session, i) for i in candidates) if d.total_due < 0)
    for shown in (
        doc,
        replace(
            doc,
            balance_carried_in=doc.balance_carried_in - doc.total_due,
            total_due=Decimal("0.00"),
        ),
    ):
        assert not shown.payment_required
        printed = _text(shown)
        assert printed.count("Оплата не требуется") == 3  # the account box, the summary, the slip
        assert f"{shown.due_on:%d.%m.%Y}" not in printed
        assert "Оплатить до" not in printed
        assert "|Sum=" not in bill_payment_string(shown)
    assert "Переплата: " in _text(doc)


def test_recalculations_are_listed_with_their_reasons(session: Session, engine: Engine) -> None:
    bill_id = _one(
        session, "c.kind = 'person' AND b.billing_period = (SELECT max(billing_period) FROM bill)"
    )
    before = bill_document(session, bill_id)
    credit = (
        "Перерасчёт: Электроэнергия, ночь по фактическому показанию на 20.10.2026 вместо"
        " расчётного 17725 на 22.09.2026 (п. 61 ПП РФ № 354)"
    )
    charge = "Перерасчёт: Электроэнергия по акту проверки прибора учёта от 05.10.2026"
    with engine.begin() as connection:  # as the superuser: lines like confirm_readings forms
        connection.execute(
            text(
                "INSERT INTO bill_line (bill_id, kind, zone, description, quantity, rate, amount)"
                " VALUES (:b, 'recalculation', 'T2', :credit, -211, 5.8924, -1243.30),"
                " (:b, 'recalculation', NULL, :charge, 111, 5.8924, 654.06)"
            ),
            {"b": bill_id, "credit": credit, "charge": charge},
        )
        connection.execute(
            text("UPDATE bill SET amount = amount - 589.24 WHERE id = :b"), {"b": bill_id}
        )
    doc = bill_document(session, bill_id)
    assert [(r.description, r.quantity_kwh, r.amount) for r in doc.recalculations] == [
        (credit, Decimal("-211"), Decimal("-1243.30")),
        (charge, Decimal("111"), Decimal("654.06")),
    ]
    assert doc.total_due == before.total_due - Decimal("589.24")
    assert doc.charge_lines == before.charge_lines
    printed = _text(doc)
    assert "Перерасчёт " in printed
    assert "Итого перерасчёт −589,24" in printed
    assert "(п. 61 ПП РФ № 354)" in printed  # the reason, whole (the cell wraps)
    assert "вместо расчётного 17725 на 22.09.2026" in printed
    assert "−211 5,8924 −1 243,30" in printed
    assert f"Перерасчёт {' '.join(format_money(Decimal('-589.24')).split())}" in printed
    if doc.payment_required:
        assert f"|Sum={int(doc.total_due * 100)}|" in bill_payment_string(doc)


def test_an_actual_reading_after_estimates_prints_its_recalculation(
    operator: OperatorSessions,
) -> None:
    """The issue's case, end to end: demo meter 10 billed 211 kWh on an estimate; a real
    17 825 is priced from the last actual reading (311 kWh) and the estimate credited."""
    with operator("billing_agent")() as session:
        done = confirm(session, 10, {"T1": "17825"})
        assert done.bill_id is not None
        doc = bill_document(session, done.bill_id)
    (line,) = doc.meter_lines
    assert (line.previous_reading, line.current_reading) == (Decimal("17514"), Decimal("17825"))
    assert not line.previous_estimated
    (recalculation,) = doc.recalculations
    assert recalculation.quantity_kwh == Decimal("-211")
    assert recalculation.amount == Decimal("-1243.30")
    printed = _text(doc)
    assert "Электроэнергия по показаниям, 311 кВт·ч 1 832,54" in printed
    assert "Итого перерасчёт −1 243,30" in printed
    assert "вместо расчётного 17725" in printed


def test_an_organisations_bill_names_the_buyer_contract_vat_and_words(session: Session) -> None:
    bill_id = _one(
        session,
        "c.kind = 'organisation' AND c.kpp IS NOT NULL AND a.contract_id IS NOT NULL"
        " AND b.billing_period = (SELECT max(billing_period) FROM bill)",
    )
    doc = bill_document(session, bill_id)
    buyer = session.execute(
        text(
            "SELECT c.inn, c.kpp, ct.number FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN customer c ON c.id = a.customer_id JOIN contract ct ON ct.id = a.contract_id"
            " WHERE b.id = :b"
        ),
        {"b": bill_id},
    ).one()
    assert doc.customer_kind is CustomerKind.ORGANISATION
    assert doc.buyer is not None
    assert (doc.buyer.inn, doc.buyer.kpp, doc.buyer.contract_number) == tuple(buyer)
    rate = session.execute(
        text("SELECT vat_rate FROM supplier_details WHERE region_id IS NULL")
    ).scalar_one()
    assert doc.vat_rate in (rate, Decimal("20.00"))
    charged = sum((line.amount for line in doc.charge_lines), Decimal(0))
    vat = (charged * doc.vat_rate / (100 + doc.vat_rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    printed = _text(doc)
    assert f"ИНН {buyer.inn} КПП {buyer.kpp}" in printed
    assert f"Договор энергоснабжения № {buyer.number}" in printed
    assert f"в т. ч. НДС 20 % {' '.join(format_money(vat).split())}" in printed
    words = amount_in_words(max(doc.total_due, Decimal(0)))
    assert f"Сумма к оплате прописью: {words}" in " ".join(printed.split())


def test_a_household_bill_has_no_vat_nor_words() -> None:
    printed = _text(sample_bill())
    assert "НДС" not in printed
    assert "прописью" not in printed
