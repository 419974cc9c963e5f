"""Documents built from the demo database, rendered and read back like a customer would."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from console.printing.bill import bill_payment_string, render_bill
from console.printing.receipt import render_receipt
from console.printing.shift_report import render_shift_report
from console.printing.statement import render_statement
from console.services import fiscal
from console.services import payments as service
from console.services.documents import (
    bill_document,
    receipt_document,
    shift_report_document,
    statement_document,
)
from models import clock
from models.domain.money_format import format_money
from models.queries.balance import balance
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import all_text, decode_qr_codes, embedded_font_files, rasterise

PERIOD = date(2026, 10, 1)


def _two_zone_bill(session: Session) -> tuple[int, str]:
    row = session.execute(
        text(
            "SELECT b.id, a.number FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN bill_line l ON l.bill_id = b.id"
            " WHERE b.billing_period = :p AND l.zone = 'T2' ORDER BY b.id LIMIT 1"
        ),
        {"p": PERIOD},
    ).one()
    return int(row[0]), str(row[1])


def test_bill_from_the_database_reads_back_and_its_qr_scans(
    session: Session, tmp_path: Path, qapp: object
) -> None:
    bill_id, number = _two_zone_bill(session)
    doc = bill_document(session, bill_id)
    amount = session.execute(
        text("SELECT amount, formed_on, account_id FROM bill WHERE id = :i"), {"i": bill_id}
    ).one()
    carried = balance(session, amount.account_id, amount.formed_on - timedelta(days=1)).net
    assert doc.total_due == carried + amount.amount
    assert ("T2", "Ночь") in {(line.zone, line.zone_label) for line in doc.meter_lines}
    for line in doc.meter_lines:
        assert line.current_reading - line.previous_reading == line.consumption_kwh
    data = render_bill(doc)
    text_ = all_text(data)
    assert number in text_
    assert "октябрь 2026 г." in text_
    assert " ".join(format_money(max(doc.total_due, Decimal(0))).split()) in text_
    assert doc.receipt_number in text_
    assert embedded_font_files(data) >= 2
    assert decode_qr_codes(rasterise(data, tmp_path)) == [bill_payment_string(doc)]
    assert f"|PersAcc={number}|PaymPeriod=102026" in bill_payment_string(doc)


def test_a_reprint_is_marked_duplicate_by_the_print_log(
    operator: OperatorSessions, session: Session
) -> None:
    bill_id, _ = _two_zone_bill(session)
    with operator("billing_agent")() as agent:
        copies = [service.record_print(agent, "bill", str(bill_id), None) for _ in range(2)]
        docs = [bill_document(agent, bill_id, duplicate=c > 1) for c in copies]
    assert "ДУБЛИКАТ" not in all_text(render_bill(docs[0]))
    assert "ДУБЛИКАТ" in all_text(render_bill(docs[1]))


def test_receipt_statement_and_shift_report_of_a_day_at_the_cash_desk(
    operator: OperatorSessions,
) -> None:
    with operator("billing_cashier")() as session:
        account_id = int(
            session.execute(
                text("SELECT id FROM account WHERE status = 'open' ORDER BY id LIMIT 1")
            ).scalar_one()
        )
        shift = service.open_shift(session, Decimal("500.00"))
        taken = service.take_payment(
            session,
            service.PaymentRequest(account_id, Decimal("1234.50"), "cash", None, uuid.uuid4()),
        )
        receipt = receipt_document(session, taken.payment.id)
        assert receipt.balance_after == taken.account.balance.net
        receipt_text = all_text(render_receipt(receipt))
        assert "1 234,50 ₽" in receipt_text
        assert f"К-{taken.payment.id:06d}" in receipt_text
        fiscal.fiscalise_pending(session, fiscal.register_of(fiscal.cash_desk(session)))
        service.close_shift(session, Decimal("1734.50"))
        report = shift_report_document(session, shift.id)
        assert report.expected_cash == Decimal("1734.50")
        assert report.difference == Decimal("0.00")
        assert "1 734,50 ₽" in all_text(render_shift_report(report))
        start = date(2026, 1, 1)
        statement = statement_document(session, account_id, start, clock.today(), clock.today())
        assert (
            statement.opening_balance == balance(session, account_id, start - timedelta(days=1)).net
        )
        assert statement.closing_balance == balance(session, account_id, clock.today()).net
        statement_text = all_text(render_statement(statement))
        assert "1 234,50" in statement_text
