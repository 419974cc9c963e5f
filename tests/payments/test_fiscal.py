"""Fiscal cheques against the register emulator (real local HTTP): the issue's scenarios."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import requests
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from console.fiscal.emulator import RegisterEmulator
from console.payments.cashdesk_tab import CashDeskTab
from console.payments.release_dialog import ReleasePendingDialog
from console.printing.receipt import render_receipt
from console.services import fiscal
from console.services import payments as service
from console.services.documents import receipt_document
from console.tasks import TaskRunner
from models.database import make_engine, make_session_factory
from models.domain.problems import ValidationFailed
from models.fiscal.atol import AtolWebServer
from models.fiscal.register import Failure, RegisterFailed
from tests.conftest import PgServer
from tests.pause import pause
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import all_text, decode_qr_zbar, rasterise
from widgets.qt import Qt

CASHIER_NAME = "Соколова Мария Андреевна"
CASHIER_INN = "500100732259"
PASSWORD = "Fiscal-Cashier-2026"


@pytest.fixture
def register(engine: Engine) -> Iterator[RegisterEmulator]:
    """A register of this test alone, the desk «Касса 1» pointing at it."""
    emulator = RegisterEmulator().start()
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE billing.cash_desk SET register_url = :url"), {"url": emulator.url}
        )
    yield emulator
    emulator.stop()


@pytest.fixture
def cashier(pg_server: PgServer, db_name: str, engine: Engine) -> Iterator[sessionmaker[Session]]:
    """A cashier of the operator registry (full name and INN), logged in."""
    login = f"fc_{uuid.uuid4().hex[:8]}"
    with engine.begin() as connection:
        connection.execute(
            text("SELECT billing.create_operator(:login, :name, 'cashier', :password)"),
            {"login": login, "name": CASHIER_NAME, "password": PASSWORD},
        )
        connection.execute(
            text("SELECT billing.set_operator_inn(:login, :inn)"),
            {"login": login, "inn": CASHIER_INN},
        )
    cashier_engine = make_engine(pg_server.url(db_name, user=login, password=PASSWORD))
    yield make_session_factory(cashier_engine)
    cashier_engine.dispose()
    pg_server.execute(f"DROP ROLE IF EXISTS {login}")


def _account_number(engine: Engine) -> tuple[int, str]:
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT a.id, a.number FROM billing.account a WHERE a.status = 'open'"
                " AND (SELECT count(*) FROM billing.account b WHERE b.number = a.number) = 1"
                " ORDER BY a.id LIMIT 1"
            )
        ).one()
    return int(row.id), str(row.number)


def _take(session: Session, account_id: int, amount: str, method: str = "cash") -> int:
    request = service.PaymentRequest(account_id, Decimal(amount), method, None, uuid.uuid4())
    return service.take_payment(session, request).payment.id


def test_a_keyboard_cash_payment_hands_over_a_receipt_with_the_fiscal_attributes(
    qtbot: QtBot,
    cashier: sessionmaker[Session],
    register: RegisterEmulator,
    engine: Engine,
    tmp_path: Path,
) -> None:
    _, number = _account_number(engine)
    runner = TaskRunner(cashier)
    tab = CashDeskTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "No open shift" in tab.shift_label.text())
    tab.float_edit.setFocus()
    qtbot.keyClicks(tab.float_edit, "500")
    qtbot.keyClick(tab.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "register's shift" in tab.status.text(), timeout=20_000)
    assert register.state["shift"]["state"] == "opened"  # the desk opened the register's
    qtbot.waitUntil(lambda: tab.account_edit.hasFocus())
    qtbot.keyClicks(tab.account_edit, number)
    qtbot.keyClick(tab.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.amount_edit.hasFocus())
    qtbot.keyClicks(tab.amount_edit, "1234,50")
    with qtbot.waitSignal(tab.receipt_shown, timeout=60_000) as shown:
        qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = shown.args[0]
    saved = tmp_path / "receipt.pdf"
    with qtbot.waitCallback(timeout=10_000) as callback:
        dialog.save_to(saved, callback)
    dialog.reject()
    runner.wait_for_done()

    sold = register.documents("sell")
    assert len(sold) == 1
    cheque = sold[0]
    task = cheque["task"]
    assert task["items"][0]["name"].startswith(f"Электроэнергия, л/с № {number}, период ")
    assert task["items"][0]["price"] == task["total"] == 1234.5
    assert task["items"][0]["quantity"] == 1
    assert task["items"][0]["paymentMethod"] == "fullPayment"
    assert task["items"][0]["tax"]["type"].startswith("vat")
    assert task["payments"] == [{"type": "cash", "sum": 1234.5}]
    assert task["operator"] == {"name": CASHIER_NAME, "vatin": CASHIER_INN}
    assert task["taxationType"] == "osn"

    data = saved.read_bytes()
    words = all_text(data)
    assert f"ФД № {cheque['fd']}" in words
    assert f"ФП {cheque['fp']}" in words
    assert f"ФН № {register.state['fn']}" in words
    assert CASHIER_NAME in words  # the full name, not the login
    assert "Кассовый чек: Приход" in words
    codes = decode_qr_zbar(rasterise(data, tmp_path, dpi=200))
    qr = next(code for code in codes if code.startswith("t="))
    fields = {key: values[0] for key, values in parse_qs(qr).items()}
    assert fields["s"] == "1234.50"
    assert fields["fn"] == register.state["fn"]
    assert fields["i"] == str(cheque["fd"])
    assert fields["fp"] == cheque["fp"]
    assert fields["n"] == "1"

    # A reprint is a duplicate and prints no second cheque.
    with qtbot.waitSignal(tab.receipt_shown, timeout=15_000) as reprinted:
        tab.reprint_receipt()
    duplicate = reprinted.args[0]
    again = tmp_path / "duplicate.pdf"
    with qtbot.waitCallback(timeout=10_000) as callback:
        duplicate.save_to(again, callback)
    duplicate.reject()
    runner.wait_for_done()
    assert "ДУБЛИКАТ" in all_text(again.read_bytes())
    assert f"ФД № {cheque['fd']}" in all_text(again.read_bytes())
    assert len(register.documents("sell")) == 1


def test_a_register_cut_off_mid_payment_keeps_it_pending_and_prints_it_exactly_once(
    cashier: sessionmaker[Session], register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        desk = fiscal.cash_desk(session)
        driver = AtolWebServer(desk.register_url, wait=2, poll_every=0.05)
        fiscal.open_register_shift(driver, fiscal.me_as_cashier(session))
        payment_id = _take(session, account_id, "300.00")
        # The register takes the task, prints, and dies before it answers.
        register.set_mode("crash")
        state = fiscal.fiscalise(session, driver, payment_id)
        assert not state.is_done
        assert state.failure == "offline"
        assert [p.payment_id for p in fiscal.pending_cheques(session)] == [payment_id]
        with pytest.raises(ValidationFailed) as refused:
            service.close_shift(session, Decimal("300.00"))
        assert [p.code for p in refused.value.problems] == ["cash_shift.cheques_pending"]
        # Still cut off: the retry keeps it pending.
        assert not fiscal.fiscalise_pending(session, driver)[0].is_done
        # Back: the retry under the same uuid gets the cheque it printed, not a new one.
        register.set_mode("normal")
        register.start()
        driver.url = register.url
        (after,) = fiscal.fiscalise_pending(session, driver)
        assert after.is_done
        assert fiscal.pending_cheques(session) == ()
        assert len(register.documents("sell")) == 1
        assert after.fd_number == register.documents("sell")[0]["fd"]
        # Once more (a second desk's timer, a double F7): nothing new.
        fiscal.fiscalise(session, driver, payment_id)
        assert len(register.documents("sell")) == 1
        service.close_shift(session, Decimal("300.00"))


@pytest.mark.parametrize(
    ("mode", "failure"),
    [("offline", "offline"), ("busy", "busy"), ("paper_out", "paper_out"), ("fn_full", "fn_full")],
)
def test_an_unavailable_register_keeps_the_cheque_pending_with_the_reason(
    cashier: sessionmaker[Session],
    register: RegisterEmulator,
    engine: Engine,
    mode: str,
    failure: str,
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
        fiscal.open_register_shift(driver, fiscal.me_as_cashier(session))
        payment_id = _take(session, account_id, "10.00")
        register.set_mode(mode)
        state = fiscal.fiscalise(session, driver, payment_id)
        assert (state.status, state.failure) == ("pending", failure)
        register.set_mode("normal")
        assert fiscal.fiscalise(session, driver, payment_id).is_done
    assert len(register.documents("sell")) == 1


def test_a_slow_register_times_out_and_the_retry_finds_the_printed_cheque(
    cashier: sessionmaker[Session], register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        driver = AtolWebServer(register.url, wait=0.3, poll_every=0.05)
        fiscal.open_register_shift(driver, fiscal.me_as_cashier(session))
        payment_id = _take(session, account_id, "10.00")
        register.set_mode("slow", delay=1.0)
        assert fiscal.fiscalise(session, driver, payment_id).failure == "timeout"
        pause(1.0)
        assert fiscal.fiscalise(session, driver, payment_id).is_done
    assert len(register.documents("sell")) == 1


def test_a_register_shift_over_24_hours_is_refused_until_closed(
    cashier: sessionmaker[Session], register: RegisterEmulator, engine: Engine
) -> None:
    driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
    with cashier() as session:
        me = fiscal.me_as_cashier(session)
    fiscal.open_register_shift(driver, me)
    register.set_mode("expire_shift")
    with pytest.raises(RegisterFailed) as refused:
        fiscal.open_register_shift(driver, me)
    assert refused.value.failure is Failure.SHIFT_EXPIRED
    fiscal.close_register_shift(driver, me)
    check = fiscal.open_register_shift(driver, me)
    assert (check.shift.state, check.shift.number) == ("opened", 2)
    assert len(register.documents("closeShift")) == 1


def test_a_supervisors_reversal_produces_a_refund_cheque(
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    account_id, _ = _account_number(engine)
    driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        fiscal.open_register_shift(driver, fiscal.me_as_cashier(session))
        payment_id = _take(session, account_id, "450.00", "card")
        assert fiscal.fiscalise(session, driver, payment_id).is_done
    with operator("billing_supervisor")() as session:
        reversal = service.reverse_payment(session, payment_id, "Ошибка в сумме")
    with cashier() as session:
        (refund,) = fiscal.fiscalise_pending(session, driver)
        assert refund.payment_id == reversal.id
        assert refund.is_done
        assert refund.kind == "sellReturn"
        receipt = render_receipt(receipt_document(session, reversal.id))
    (returned,) = register.documents("sellReturn")
    assert returned["task"]["total"] == 450.0
    assert returned["task"]["payments"] == [{"type": "electronically", "sum": 450.0}]
    assert returned["task"]["operator"]["name"] == CASHIER_NAME
    assert refund.qr_text is not None
    assert refund.qr_text.endswith("&n=2")
    assert "Возврат прихода" in all_text(receipt)


def test_killing_the_register_process_mid_request_leaves_exactly_one_cheque(
    cashier: sessionmaker[Session], engine: Engine, tmp_path: Path
) -> None:
    """The register is a separate process, killed while the desk waits for its answer."""
    state_file = tmp_path / "register.json"
    account_id, _ = _account_number(engine)

    def launch(mode: str) -> tuple[subprocess.Popen[str], str]:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "console.fiscal.emulator",
                "--port",
                "0",
                "--state",
                str(state_file),
                "--mode",
                mode,
                "--delay",
                "30",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        return process, process.stdout.readline().strip()

    process, url = launch("normal")
    try:
        with cashier() as session:
            service.open_shift(session, Decimal("0"))
            driver = AtolWebServer(url, wait=5, poll_every=0.05)
            fiscal.open_register_shift(driver, fiscal.me_as_cashier(session))
        requests.post(f"{url}/emulator/mode", json={"mode": "slow", "delay": 30}, timeout=5)
        with cashier() as session:
            payment_id = _take(session, account_id, "99.90")
            cheque = fiscal.fiscal_state(session, payment_id)
            assert cheque is not None
            key = cheque.key
        # The task is accepted (and printed); the desk polls; the register is killed.
        driver = AtolWebServer(url, wait=60, poll_every=0.05)
        killer = _kill_when_accepted(process, url, key)
        with cashier() as session:
            state = fiscal.fiscalise(session, driver, payment_id)
        killer.join()
        assert state.failure == "offline"
    finally:
        process.kill()
        process.wait()
    process, url = launch("normal")
    try:
        with cashier() as session:
            (after,) = fiscal.fiscalise_pending(session, AtolWebServer(url, wait=5))
            assert after.is_done
    finally:
        process.kill()
        process.wait()
    documents = json.loads(state_file.read_text("utf-8"))["documents"]
    assert [d["type"] for d in documents].count("sell") == 1


def _kill_when_accepted(
    process: subprocess.Popen[str], url: str, key: uuid.UUID
) -> threading.Thread:
    def watch() -> None:
        for _ in range(400):
            try:
                answer = requests.get(f"{url}/api/v2/requests/{key}", timeout=2)
            except requests.RequestException:
                return
            if answer.status_code == 200:
                process.kill()
                return
            pause(0.05)
        process.kill()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_the_training_database_prints_on_the_emulator_by_default(
    engine: Engine, tmp_path: Path
) -> None:
    from console.fiscal.training import start_training_register

    with engine.begin() as connection:
        connection.execute(
            text("UPDATE billing.cash_desk SET register_url = 'http://127.0.0.1:16732'")
        )
        emulator = start_training_register(connection, tmp_path)
    with Session(engine) as session:
        desk = fiscal.cash_desk(session)
    assert desk.register_url == emulator.url
    status = fiscal.register_of(desk).status()
    assert status.serial == desk.register_serial
    assert (tmp_path / "register.json").exists()  # its state survives a restart


def test_an_electronic_cheque_goes_to_the_customers_contact(
    cashier: sessionmaker[Session], register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "20.00")
        with pytest.raises(ValidationFailed) as refused:
            fiscal.set_contact(session, payment_id, "not a contact")
        assert [p.code for p in refused.value.problems] == ["fiscal.contact_format"]
        fiscal.set_contact(session, payment_id, "ivanov@example.ru")
        state = fiscal.fiscalise(session, fiscal.register_of(fiscal.cash_desk(session)), payment_id)
    assert state.is_done
    (sold,) = register.documents("sell")
    assert sold["task"]["clientInfo"] == {"emailOrPhone": "ivanov@example.ru"}


def test_only_the_payments_own_cashier_prints_and_stores_its_cheque(
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "20.00")
    with operator("billing_cashier")() as other:
        with pytest.raises(ValidationFailed) as refused:
            fiscal.set_contact(other, payment_id, "x@example.ru")
        assert [p.code for p in refused.value.problems] == ["fiscal.not_yours"]
        assert fiscal.pending_cheques(other) == ()
        with pytest.raises(ValidationFailed) as not_printed:
            fiscal.fiscalise(other, fiscal.register_of(fiscal.cash_desk(other)), payment_id)
        assert [p.code for p in not_printed.value.problems] == ["fiscal.not_yours"]
    assert register.documents("sell") == []


def test_the_desk_shows_a_pending_cheque_with_its_reason_and_prints_it_on_f7(
    qtbot: QtBot,
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    _, number = _account_number(engine)
    runner = TaskRunner(cashier)
    tab = CashDeskTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "No open shift" in tab.shift_label.text())
    qtbot.keyClicks(tab.float_edit, "0")
    qtbot.keyClick(tab.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "register's shift" in tab.status.text(), timeout=20_000)
    register.set_mode("paper_out")
    qtbot.keyClicks(tab.account_edit, number)
    qtbot.keyClick(tab.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.amount_edit.hasFocus())
    qtbot.keyClicks(tab.amount_edit, "100")
    with qtbot.waitSignal(tab.receipt_shown, timeout=60_000) as shown:
        qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown.args[0].reject()
    assert "out of paper" in tab.status.text()
    assert tab.fiscal_label.isVisible()
    assert "Cheques not printed: 1" in tab.fiscal_label.text()
    assert register.documents("sell") == []
    # The close is refused while the cheque is pending.
    qtbot.keyClicks(tab.counted_edit, "100")
    with qtbot.waitSignal(tab.close_asked, timeout=15_000) as asked:
        tab.close_button.click()  # F9
    asked.args[0].accept()
    qtbot.waitUntil(lambda: "not printed yet" in tab.status.text(), timeout=20_000)
    with cashier() as session:
        assert service.current_shift(session) is not None
    # Paper loaded, F7: printed once, the list is empty.
    register.set_mode("normal")
    with qtbot.waitSignal(tab.fiscal_changed, timeout=20_000) as changed:
        tab.retry_button.click()  # F7
    assert changed.args[0] == ()
    assert not tab.fiscal_label.isVisible()
    assert len(register.documents("sell")) == 1
    runner.wait_for_done()


def test_a_supervisors_recorded_decision_lets_a_shift_close_with_pending_cheques(
    qtbot: QtBot,
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    account_id, _ = _account_number(engine)
    register.stop()  # the register is out of order all day
    with cashier() as session:
        shift = service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "70.00")
        assert (
            fiscal.fiscalise(
                session, fiscal.register_of(fiscal.cash_desk(session)), payment_id
            ).failure
            == "offline"
        )
    supervisor = operator("billing_supervisor")
    runner = TaskRunner(supervisor)
    dialog = ReleasePendingDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shift_combo.count() == 1)
    dialog.reason_edit.insert("касса неисправна")  # typed (QTest types ASCII only)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter alone does nothing
    assert dialog.shift_combo.count() == 1
    assert not dialog.isHidden()
    with qtbot.waitSignal(dialog.released, timeout=15_000):
        dialog.confirm_button.click()  # Ctrl+Enter
    runner.wait_for_done()
    with cashier() as session:
        closed = service.close_shift(session, Decimal("70.00"))
        assert closed.closed_at is not None
        assert [p.payment_id for p in fiscal.pending_cheques(session)] == [payment_id]
    with engine.connect() as connection:
        decided = connection.execute(
            text("SELECT pending_release_reason FROM billing.cash_shift WHERE id = :id"),
            {"id": shift.id},
        ).scalar_one()
    assert decided == "касса неисправна"


def test_an_admin_edits_a_cash_desks_register_and_stale_edits_are_refused(
    operator: OperatorSessions, engine: Engine
) -> None:
    def audited() -> int:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text("SELECT count(*) FROM billing.audit_log WHERE table_name = 'cash_desk'")
                ).scalar_one()
            )

    before = audited()
    with operator("billing_admin")() as session:
        desk = fiscal.cash_desk(session)
        with pytest.raises(ValidationFailed) as refused:
            fiscal.set_cash_desk(session, desk.id, desk.name, "ftp://x", "1", desk.version)
        assert [(p.code, p.field) for p in refused.value.problems] == [
            ("cash_desk.register_url", "register_url")
        ]
        fiscal.set_cash_desk(
            session, desk.id, desk.name, "http://10.0.0.5:16732", "00106700000777", desk.version
        )
        with pytest.raises(ValidationFailed) as stale:
            fiscal.set_cash_desk(session, desk.id, "Касса 9", desk.register_url, "1", desk.version)
        assert [p.code for p in stale.value.problems] == ["settings.stale"]
        second = fiscal.set_cash_desk(session, None, "Касса 2", "http://10.0.0.6:16732", "2", None)
    assert audited() == before + 2  # the change and the new desk
    with engine.connect() as connection:
        desks = connection.execute(
            text("SELECT id, register_url FROM billing.cash_desk ORDER BY id")
        ).all()
    assert [tuple(d) for d in desks] == [
        (desk.id, "http://10.0.0.5:16732"),
        (second, "http://10.0.0.6:16732"),
    ]


def test_a_vat_rate_no_cheque_carries_refuses_the_cheque_with_a_message() -> None:
    """A supplier's rate stored before 0240 (18 %) does not crash the cash desk: the
    cheque is refused with the «Чеки» page's message and the payment stays pending."""
    assert fiscal.vat_type(Decimal("20.00")) == "vat20"
    assert fiscal.vat_type(Decimal("0")) == "none"
    for rate in ("18", "20.5"):
        with pytest.raises(ValidationFailed) as refused:
            fiscal.vat_type(Decimal(rate))
        assert [p.code for p in refused.value.problems] == ["supplier.fiscal_vat_rate"]
