"""Correction bills tell the truth: a recalculation document referring to the bill it
corrects, with the reason, before and after, and the total the customer owes after it.

The issue's case, recreated on our own rows: a reading confirmed at 1 118,91 ₽ and
corrected the same day to −410,27 ₽ leaves the customer owing 708,64 ₽ (not «ИТОГО К
ОПЛАТЕ 0,00 ₽, Переплата 410,27 ₽»). A region of its own with one single-rate tariff of
7,4594 ₽/kWh makes the money easy to check by hand:

* confirmed: 10 150 − 10 000 = 150 kWh × 7,4594 = 1 118,91 ₽;
* corrected to 10 095: 95 kWh × 7,4594 = 708,643 → 708,64 ₽;
* correction: 708,64 − 1 118,91 = −410,27 ₽; owed after it: 1 118,91 − 410,27 = 708,64 ₽.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, Engine, text
from sqlalchemy.orm import Session

from console.cli import main
from console.payments.bill_choice_dialog import BillChoiceDialog
from console.payments.history_tab import PaymentsTab
from console.printing.bill import bill_payment_string, render_bill
from console.services import payments
from console.services.documents import (
    bill_document,
    find_bill,
    period_documents,
    print_region_bills,
)
from console.services.readings import correct_reading, load_correction_target
from console.tasks import TaskRunner
from models import clock
from models.queries.balance import balance
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import (
    all_text,
    decode_qr_codes,
    decode_qr_zbar,
    document_info,
    rasterise,
)
from tests.readings.conftest import new_account
from tests.readings.helpers import confirm
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import QtWidgets

RATE = Decimal("7.4594")
REASON = "Абонент сообщил верное показание 10095, при приёме по телефону записано 10150"


@dataclass(frozen=True)
class Corrected:
    """The issue's case on our rows: the account, the bill and its correction."""

    account_id: int
    account_number: str
    region_code: str
    bill_id: int
    bill_receipt: str
    correction_id: int
    correction_receipt: str


def _region_with_tariff(engine: Engine) -> tuple[int, str]:
    """A region of our own whose only single-rate tariff is :data:`RATE` (superuser)."""
    code = f"T{uuid.uuid4().hex[:5].upper()}"
    with engine.begin() as connection:
        region = connection.execute(
            text(
                "INSERT INTO region (id, code, name, settlement)"
                " SELECT max(id) + 1, :code, 'Тестовое ГРОЭ ' || :code, 'г. Тест' FROM region"
                " RETURNING id"
            ),
            {"code": code},
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO tariff (region_id, zones, zone, rate, valid_from)"
                " VALUES (:r, 1, 'T1', :rate, '2025-01-01')"
            ),
            {"r": region, "rate": RATE},
        )
    return int(region), code


def _meter(engine: Engine, account_id: int) -> None:
    """A single-rate meter read at 10 000 on 25.10.2026 (superuser)."""
    with engine.begin() as connection:
        point = connection.execute(
            text(
                "INSERT INTO metering_point (account_id, name) VALUES (:a, 'Квартира') RETURNING id"
            ),
            {"a": account_id},
        ).scalar_one()
        meter = connection.execute(
            text(
                "INSERT INTO meter (metering_point_id, serial_number, model, digits, zones,"
                " installed_on, calibration_due)"
                " VALUES (:p, :s, 'Нева 101', 5, 1, '2025-01-10', '2035-01-01') RETURNING id"
            ),
            {"p": point, "s": f"TS{uuid.uuid4().hex[:8].upper()}"},
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO reading (meter_id, zone, value, taken_on, source, entered_by)"
                " VALUES (:m, 'T1', 10000, '2026-10-25', 'customer', 'portal')"
            ),
            {"m": meter},
        )


def _correct(
    engine: Engine, operator: OperatorSessions, paid_between: Decimal | None = None
) -> Corrected:
    """Confirm 10 150 (an agent), then correct it the same day to 10 095 (a supervisor);
    with ``paid_between``, a cashier takes that much in between."""
    region_id, code = _region_with_tariff(engine)
    account = new_account(engine, region_id)
    _meter(engine, account)
    with operator("billing_agent")() as session:
        done = confirm(session, account, {"T1": "10150"})
    assert done.amount == Decimal("1118.91")  # 150 x 7,4594
    if paid_between is not None:
        with operator("billing_cashier")() as session:
            payments.open_shift(session, Decimal("0.00"))
            payments.take_payment(
                session,
                payments.PaymentRequest(account, paid_between, "cash", None, uuid.uuid4()),
            )
    with operator("billing_supervisor")() as session:
        target = load_correction_target(session, done.reading_ids["T1"])
        assert target is not None
        fixed = correct_reading(session, target, Decimal(10095), REASON, uuid.uuid4())
    assert fixed.amount == Decimal("-410.27")  # 95 x 7,4594 = 708,64; 708,64 - 1 118,91
    with engine.connect() as connection:
        number = connection.execute(
            text("SELECT number FROM account WHERE id = :a"), {"a": account}
        ).scalar_one()
    assert done.bill_id is not None
    assert done.receipt_number is not None
    assert fixed.bill_id is not None
    assert fixed.receipt_number is not None
    return Corrected(
        account,
        str(number),
        code,
        done.bill_id,
        done.receipt_number,
        fixed.bill_id,
        fixed.receipt_number,
    )


@pytest.fixture
def corrected(engine: Engine, operator: OperatorSessions) -> Corrected:
    """The issue's case: nothing paid between the bill and its correction."""
    return _correct(engine, operator)


def _money(text_: str) -> str:
    return text_.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_same_day_correction_is_due_what_the_customer_owes_after_it(
    corrected: Corrected, session: Session, tmp_path: Path, qapp: object
) -> None:
    doc = bill_document(session, corrected.correction_id)
    assert doc.balance_carried_in == Decimal("1118.91")  # the bill it corrects, same day
    assert doc.total_due == Decimal("708.64")
    assert doc.payment_required
    assert doc.correction is not None
    assert doc.correction.net == Decimal("-410.27")
    [zone] = doc.correction.zones
    assert (zone.reading_before, zone.reading_after) == (Decimal(10150), Decimal(10095))
    assert (zone.kwh_before, zone.kwh_after) == (Decimal(150), Decimal(95))
    assert (zone.amount_before, zone.amount_after) == (Decimal("1118.91"), Decimal("708.64"))
    assert zone.amount_difference == Decimal("-410.27")
    payment = bill_payment_string(doc)
    assert "|Sum=70864|" in payment
    data = render_bill(doc)
    assert decode_qr_codes(rasterise(data, tmp_path)) == [payment]
    assert decode_qr_zbar(rasterise(data, tmp_path, dpi=100)) == [payment]
    # What the customer owes after the correction is the account's balance now.
    assert doc.total_due == balance(session, corrected.account_id, clock.today()).net
    # The original bill still says what it said when it was formed.
    original = bill_document(session, corrected.bill_id)
    assert original.correction is None
    assert original.total_due == Decimal("1118.91")
    assert "|Sum=111891|" in bill_payment_string(original)


def test_the_correction_reads_as_a_recalculation_document(
    corrected: Corrected, session: Session, today: date
) -> None:
    doc = bill_document(session, corrected.correction_id)
    data = render_bill(doc)
    printed = _money(all_text(data))
    title = f"Перерасчёт к платёжному документу № {corrected.bill_receipt} от {today:%d.%m.%Y}"
    assert title in printed
    assert document_info(data)["/Title"] == title
    assert "Основание перерасчёта" in printed
    assert REASON in printed
    assert "Было в документе 10 000 на 25.10.2026" in printed
    assert f"10 150 на {today:%d.%m.%Y} 150 1 118,91" in printed
    assert f"Стало исправлено 10 000 на 25.10.2026 10 095 на {today:%d.%m.%Y} 95 708,64" in printed
    assert "Разница −55 −410,27" in printed
    assert "Итого по перерасчёту −410,27" in printed
    assert "Задолженность до перерасчёта 1 118,91 ₽" in printed
    assert "ИТОГО К ОПЛАТЕ 708,64 ₽" in printed
    assert "Услуга" not in printed
    assert "Сторно" not in printed
    assert "Переплата" not in printed
    assert "Оплата не требуется" not in printed


def test_print_bill_prints_the_correction_and_original_on_request(
    corrected: Corrected, db_url: URL, tmp_path: Path, session: Session
) -> None:
    url = db_url.render_as_string(hide_password=False)
    period = f"{clock.today():%Y-%m}"
    out = tmp_path / "bill.pdf"
    args = ["print-bill", corrected.account_number, period, "--region", corrected.region_code]
    assert main([*args, "-o", str(out), "--url", url]) == 0
    printed = _money(all_text(out.read_bytes()))
    assert "Перерасчёт к платёжному документу № " + corrected.bill_receipt in printed
    assert corrected.correction_receipt in printed
    assert "ИТОГО К ОПЛАТЕ 708,64 ₽" in printed
    assert main([*args, "--original", "-o", str(out), "--url", url]) == 0
    printed = _money(all_text(out.read_bytes()))
    assert "Счёт на оплату за электроэнергию" in printed
    assert "Перерасчёт к платёжному документу" not in printed
    assert "ИТОГО К ОПЛАТЕ 1 118,91 ₽" in printed
    assert "ДУБЛИКАТ" not in printed  # the original's first print: each document its own log
    documents = period_documents(session, corrected.bill_id)
    assert (documents.original_id, documents.current_id) == (
        corrected.bill_id,
        corrected.correction_id,
    )
    assert documents.corrected
    assert period_documents(session, corrected.correction_id) == documents


def test_a_batch_prints_the_correction_in_place_of_the_bill_it_corrected(
    corrected: Corrected, session: Session, tmp_path: Path
) -> None:
    period = clock.today().replace(day=1)
    assert [row[0] for row in find_bill(session, corrected.account_number, period)] == [
        corrected.correction_id
    ]
    folder = tmp_path / "batch"
    folder.mkdir()
    result = print_region_bills(
        session, corrected.region_code, period, folder, single_file=False, workers=1
    )
    assert result.bills == 1
    [path] = folder.iterdir()
    assert path.name == f"{corrected.account_number}_{period:%Y-%m}.pdf"
    printed = _money(all_text(path.read_bytes()))
    assert "Перерасчёт к платёжному документу № " + corrected.bill_receipt in printed
    assert "ИТОГО К ОПЛАТЕ 708,64 ₽" in printed
    single = tmp_path / "batch.pdf"
    print_region_bills(session, corrected.region_code, period, single, single_file=True, workers=1)
    printed = _money(all_text(single.read_bytes()))
    assert corrected.correction_receipt in printed
    assert "ИТОГО К ОПЛАТЕ 1 118,91 ₽" not in printed


def _preview(qtbot: QtBot, seen: list[PdfPreviewDialog]) -> str:
    """The text of the next print preview that opens (one not in ``seen``).

    ``seen`` holds the dialogs themselves, not their ``id()``: a closed dialog's wrapper
    is freed and a new one may get the same id, which made the next preview look seen.
    """
    found: list[PdfPreviewDialog] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QtWidgets.QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog)
            and w.isVisible()
            and not any(w is old for old in seen)
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=15_000)
    dialog = found[0]
    seen.append(dialog)
    text_ = _money(all_text(dialog._data))
    dialog.accept()
    return text_


def test_the_console_prints_the_correction_unless_the_original_is_chosen(
    corrected: Corrected, operator: OperatorSessions, qtbot: QtBot
) -> None:
    runner = TaskRunner(operator("billing_agent"))
    try:
        tab = PaymentsTab(runner)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        with qtbot.waitSignal(tab.history_shown, timeout=10_000):
            tab.load_account(corrected.account_id)
        tab.bills_view.setFocus()
        seen: list[PdfPreviewDialog] = []
        for choose_original in (False, True):
            # The original bill is selected: the dialog still offers the correction first.
            tab.bills_view.setCurrentIndex(tab.bills_model.index(1, 0))
            assert tab.selected_bill_id() == corrected.bill_id
            with qtbot.waitSignal(tab.bill_choice_opened, timeout=10_000) as opened:
                tab.print_selected_bill()
            dialog = opened.args[0]
            assert isinstance(dialog, BillChoiceDialog)
            assert dialog.current_button.isDefault()
            assert corrected.correction_receipt in dialog.current_button.text()
            assert corrected.bill_receipt in dialog.original_button.text()
            button = dialog.original_button if choose_original else dialog.current_button
            button.click()
            printed = _preview(qtbot, seen)
            if choose_original:
                assert "Счёт на оплату за электроэнергию" in printed
                assert "ИТОГО К ОПЛАТЕ 1 118,91 ₽" in printed
            else:
                assert "Перерасчёт к платёжному документу № " + corrected.bill_receipt in printed
                assert "ИТОГО К ОПЛАТЕ 708,64 ₽" in printed
    finally:
        runner.wait_for_done()


def test_a_payment_taken_before_the_correction_makes_it_an_overpayment(
    engine: Engine, operator: OperatorSessions, session: Session
) -> None:
    """1 000,00 paid at the cash desk between the bill and its correction (the same day):
    1 118,91 - 1 000,00 = 118,91 owed before it; 118,91 - 410,27 = -291,36 after it."""
    case = _correct(engine, operator, paid_between=Decimal("1000.00"))
    doc = bill_document(session, case.correction_id)
    assert doc.balance_carried_in == Decimal("118.91")
    assert doc.total_due == Decimal("-291.36")
    assert not doc.payment_required
    assert "|Sum=" not in bill_payment_string(doc)  # nothing to pay: the payer enters none
    printed = _money(all_text(render_bill(doc)))
    assert "Задолженность до перерасчёта 118,91 ₽" in printed
    assert "Перерасчёт −410,27 ₽" in printed
    assert "ИТОГО К ОПЛАТЕ 0,00 ₽" in printed
    assert "Переплата: 291,36 ₽" in printed
    assert "Оплата не требуется" in printed
