"""The console, the command line and the documents take their settings from the database.

Two PCs with different settings files bill the same reading to the same month (the
window is the database's); a bill or receipt is not printed (nor logged as printed) where
nobody entered the supplier's details, and the operator is told why in Russian (the
command line's refusal: ``tests/cli/test_print_without_supplier.py``).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from console.payments.history_tab import PaymentsTab
from console.problem_texts import describe
from console.readings.labels import check_settings, with_window
from console.services import supplier_settings
from console.services.documents import (
    bill_document,
    print_region_bills,
    receipt_document,
    statement_document,
)
from console.services.readings import confirm_readings
from console.settings import Settings
from console.tasks import TaskRunner
from models.domain.problems import ValidationFailed
from models.domain.reading_checks import ReadingCheckSettings, ReadingEntry, billing_period_for
from models.queries.readings import load_reading_form
from tests.readings.conftest import MeterFactory, OperatorFactory, make_meter, new_account
from widgets.qt import QtCore

__all__ = ["make_meter"]  # the fixture, used by name


def _pc(tmp_path: Path, name: str, last_day: int) -> Settings:
    """A PC's settings file that still holds the old per-PC window keys."""
    store = QtCore.QSettings(str(tmp_path / f"{name}.ini"), QtCore.QSettings.Format.IniFormat)
    store.setValue("readings/window_first_day", 1)
    store.setValue("readings/window_last_day", last_day)
    store.setValue("moderation/extra_holidays", "2030-01-09")
    store.sync()
    return Settings(store)


def test_two_pcs_bill_the_same_reading_to_the_same_month(
    operator: OperatorFactory,
    engine: Engine,
    make_meter: MeterFactory,
    today: date,
    tmp_path: Path,
    qapp: object,
) -> None:
    # The admin closes this month's window yesterday (or, on the 1st, leaves it open).
    last = today.day - 1 if today.day > 1 else 28
    _admin, admins = operator("billing_admin")
    with admins() as session:
        version = session.execute(
            text("SELECT version FROM billing_settings WHERE region_id IS NULL")
        ).scalar_one()
        supplier_settings.save_window(session, None, 1, last, version)
    expected = billing_period_for(today, ReadingCheckSettings(window_last_day=last))
    pcs = [_pc(tmp_path, "a", 25), _pc(tmp_path, "b", 3)]
    _agent, agents = operator("billing_agent")
    periods = []
    for pc in pcs:
        account = new_account(engine)
        meter_id = make_meter(
            account, history={today - timedelta(days=30): {"T1": Decimal("1000")}}
        )
        with agents() as session:
            form = load_reading_form(session, account)
            assert form is not None
            assert (form.window.first_day, form.window.last_day) == (1, last)
            settings = with_window(check_settings(pc), form.window)
            assert billing_period_for(today, settings) == expected
            meter = next(m for m in form.meters if m.id == meter_id)
            entry = ReadingEntry(today, {"T1": Decimal("1100")})
            done = confirm_readings(session, meter, entry, today, settings, uuid.uuid4())
            periods.append(done.billing_period)
    assert periods == [expected, expected]


def test_the_settings_file_no_longer_moves_the_window(tmp_path: Path, qapp: object) -> None:
    settings = check_settings(_pc(tmp_path, "old", 5))
    assert (settings.window_first_day, settings.window_last_day) == (None, None)


@pytest.fixture
def no_details(engine: Engine) -> None:
    """A real server's state: nobody entered the supplier's details (as the superuser)."""
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM supplier_details"))


def _printed(session: Session) -> int:
    session.rollback()
    return int(session.execute(text("SELECT count(*) FROM document_print")).scalar_one())


def test_no_details_no_documents(
    no_details: None, session: Session, tmp_path: Path, russian: object
) -> None:
    bill = session.execute(
        text(
            "SELECT b.id, b.account_id, b.billing_period, r.code, r.name FROM bill b"
            " JOIN account a ON a.id = b.account_id JOIN region r ON r.id = a.region_id"
            " WHERE b.corrects_bill_id IS NULL ORDER BY b.billing_period DESC, b.id LIMIT 1"
        )
    ).one()
    with pytest.raises(ValidationFailed) as refused:
        bill_document(session, bill.id)
    (problem,) = refused.value.problems
    assert problem.code == "supplier.details_missing"
    sentence = describe(problem)
    assert sentence.startswith("Реквизиты поставщика для «")
    assert bill.name in sentence
    payment = session.execute(
        text("SELECT id FROM payment WHERE account_id = :a LIMIT 1"), {"a": bill.account_id}
    ).scalar_one()
    with pytest.raises(ValidationFailed):
        receipt_document(session, payment)
    start = bill.billing_period
    with pytest.raises(ValidationFailed):
        statement_document(session, bill.account_id, start, start, start)
    before = _printed(session)
    with pytest.raises(ValidationFailed):
        print_region_bills(
            session, bill.code, bill.billing_period, tmp_path / "folder", single_file=False
        )
    assert not (tmp_path / "folder").exists()
    assert _printed(session) == before  # nothing is logged as printed


def test_the_console_says_why_and_logs_no_print(
    no_details: None, operator: OperatorFactory, session: Session, qtbot: QtBot, russian: object
) -> None:
    _agent, agents = operator("billing_agent")
    runner = TaskRunner(agents)
    try:
        account_id = int(
            session.execute(text("SELECT account_id FROM bill ORDER BY id LIMIT 1")).scalar_one()
        )
        before = _printed(session)
        tab = PaymentsTab(runner)
        qtbot.addWidget(tab)
        with qtbot.waitSignal(tab.history_shown, timeout=10_000):
            tab.load_account(account_id)
        tab.print_selected_bill()
        qtbot.waitUntil(lambda: "Реквизиты поставщика" in tab.status.text(), timeout=10_000)
        tab.status.clear()
        tab.print_statement()
        qtbot.waitUntil(lambda: "Реквизиты поставщика" in tab.status.text(), timeout=10_000)
        assert _printed(session) == before
    finally:
        runner.wait_for_done()
