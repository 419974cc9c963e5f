"""confirm_readings bills a reading only to the period the region's acceptance window
opens today (``billing_settings``): an earlier period is closed, a later one not open
yet. The demo window is days 15-25 and the demo's business date 23.11.2026, so
November is open; with the window ending on day 20, December is, and November closed.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal

import psycopg
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.navigation import Navigator
from console.readings.tab import ReadingsTab
from console.tasks import TaskRunner
from models import clock
from tests.readings.conftest import MeterFactory, OperatorFactory, new_account
from tests.readings.helpers import count
from widgets.qt import QtWidgets

CALL = text(
    "SELECT billing.confirm_readings(:meter, :taken_on, CAST(:values AS jsonb), NULL, NULL,"
    " :expected, :period, NULL, :key)"
)
NOVEMBER, DECEMBER, OCTOBER = date(2026, 11, 1), date(2026, 12, 1), date(2026, 10, 1)
CLOSED = "reading.period_closed (taken_on)"
NOT_OPEN = "reading.period_not_open (taken_on)"
"""The refusals, with the form field they belong to (the reading's date)."""


def _window_ends_on(engine: Engine, day: int) -> None:
    """The default acceptance window: days 15 to ``day`` (as an admin would save it)."""
    with engine.begin() as connection:
        connection.execute(text("UPDATE billing_settings SET window_last_day = :d"), {"d": day})


def _confirm(session: Session, meter: int, taken_on: date, period: date) -> str:
    """Call confirm_readings as the operator: the refusal's code and field, or ``"saved"``."""
    expected = session.execute(
        text("SELECT max(id) FROM reading WHERE meter_id = :m"), {"m": meter}
    ).scalar_one()
    refusal: BaseException | None = None
    try:
        session.execute(
            CALL,
            {
                "meter": meter,
                "taken_on": taken_on,
                "values": json.dumps({"T1": "1100"}),
                "expected": expected,
                "period": period,
                "key": uuid.uuid4(),
            },
        )
        session.commit()
    except DBAPIError as error:
        session.rollback()
        refusal = error.orig
    if not isinstance(refusal, psycopg.Error):
        return "saved"
    field = refusal.diag.message_detail
    return f"{refusal.diag.message_primary} ({field})"


def _meter(engine: Engine, make_meter: MeterFactory) -> int:
    return make_meter(new_account(engine), history={date(2026, 10, 20): {"T1": Decimal(1000)}})


def test_a_period_the_window_has_closed_is_refused(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    meter = _meter(engine, make_meter)
    _, sessions = operator("billing_agent")
    with sessions() as session:
        # A paper reading of 30.10 entered today: October's window closed on 25.10.
        assert _confirm(session, meter, date(2026, 10, 30), OCTOBER) == CLOSED
        assert count(session, "SELECT count(*) FROM reading WHERE meter_id = :m", m=meter) == 1
        _window_ends_on(engine, 20)  # November's window ended on the 20th
        assert _confirm(session, meter, clock.today(), NOVEMBER) == CLOSED
        assert (
            count(
                session,
                "SELECT count(*) FROM bill b JOIN metering_point mp"
                " ON mp.account_id = b.account_id JOIN meter m"
                " ON m.metering_point_id = mp.id WHERE m.id = :m",
                m=meter,
            )
            == 0
        )
        assert _confirm(session, meter, clock.today(), DECEMBER) == "saved"


def test_a_period_not_open_yet_is_refused(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    meter = _meter(engine, make_meter)
    _, sessions = operator("billing_agent")
    with sessions() as session:
        # November's window is open until the 25th: December is not open yet.
        assert _confirm(session, meter, clock.today(), DECEMBER) == NOT_OPEN
        assert count(session, "SELECT count(*) FROM reading WHERE meter_id = :m", m=meter) == 1
        assert _confirm(session, meter, clock.today(), NOVEMBER) == "saved"


def test_the_form_shows_a_closed_period_next_to_the_date_in_russian(
    qtbot: QtBot,
    russian: object,
    engine: Engine,
    make_meter: MeterFactory,
    operator: OperatorFactory,
) -> None:
    account = new_account(engine)
    make_meter(account, history={date(2026, 10, 20): {"T1": Decimal(1000)}})
    runner = TaskRunner(operator("billing_agent")[1])
    tab = ReadingsTab(runner, today=clock.today, navigator=Navigator())
    qtbot.addWidget(tab)
    tab.show()
    tab.open_account(account)
    qtbot.waitUntil(lambda: tab.findChild(QtWidgets.QLineEdit, "readingsValue_T1") is not None)
    value = tab.findChild(QtWidgets.QLineEdit, "readingsValue_T1")
    assert value is not None
    value.setText("1100")
    # The form loaded the window of days 15-25 (November); an admin ends it on the 20th
    # before the agent confirms: the database refuses November as closed.
    _window_ends_on(engine, 20)
    tab.entry_form.confirm()
    message = tab.findChild(QtWidgets.QLabel, "readingsDateMessage")
    assert message is not None
    qtbot.waitUntil(lambda: message.isVisible(), timeout=10_000)
    assert message.text().startswith("Расчётный период 11.2026 уже закрыт")
    assert "относятся к периоду 12.2026" in message.text()
    assert "Расчётный период 11.2026 уже закрыт" in tab.status.text()
    assert tab.entry_form.date_edit.hasFocus() or not tab.isActiveWindow()
    assert value.text() == "1100"  # the typed value stays for the retry
    runner.wait_for_done()
    with engine.connect() as connection:
        saved = connection.execute(
            text(
                "SELECT count(*) FROM reading r JOIN meter m ON m.id = r.meter_id"
                " JOIN metering_point mp ON mp.id = m.metering_point_id"
                " WHERE mp.account_id = :a"
            ),
            {"a": account},
        ).scalar_one()
    assert saved == 1
