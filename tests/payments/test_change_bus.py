"""Two consoles on one database: what one writes, the other shows without F5.

Console A is a cashier taking a payment; console B is an agent with the payment history
of that account and the overview open, listening for changes (the same wiring the main
window uses). A link request written by the portal shows in B's overview too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.database.change_listener import ChangeListener
from console.navigation import Navigator
from console.payments.history_tab import PaymentsTab
from console.services import payments as service
from console.tabs.overview_tab import OverviewTab
from console.tasks import TaskRunner
from models.changes import Change, parse_change
from tests.payments.conftest import OperatorSessions


class ConsoleB:
    """The second console: its runner, navigator, listener and the two views."""

    def __init__(self, qtbot: QtBot, sessions: sessionmaker[Session]) -> None:
        self.runner = TaskRunner(sessions)
        self.navigator = Navigator()
        bind = sessions.kw["bind"]
        self.listener = ChangeListener(bind)
        self.listener.changed.connect(self.navigator.changed)
        self.history = PaymentsTab(self.runner, navigator=self.navigator)
        self.history.follow_changes(self.navigator)
        qtbot.addWidget(self.history)
        self.overview = OverviewTab(self.runner)
        qtbot.addWidget(self.overview)
        from console.change_subscriptions import refresh_on

        refresh_on(self.overview, self.navigator, lambda _c: True, self.overview.refresh)


@pytest.fixture
def console_b(qtbot: QtBot, operator: OperatorSessions) -> Iterator[ConsoleB]:
    console = ConsoleB(qtbot, operator("billing_agent"))
    with qtbot.waitSignal(console.listener.listening, timeout=10_000):
        console.listener.start()
    yield console
    console.listener.stop()
    console.runner.wait_for_done()


def test_a_payment_in_one_console_refreshes_the_others_history(
    qtbot: QtBot, operator: OperatorSessions, console_b: ConsoleB, session: Session
) -> None:
    account_id = int(
        session.execute(
            text("SELECT id FROM billing.account WHERE status = 'open' ORDER BY id LIMIT 1")
        ).scalar_one()
    )
    with qtbot.waitSignal(console_b.history.history_shown, timeout=10_000) as shown:
        console_b.history.load_account(account_id)
    before = len(shown.args[0].payments)

    cashier = operator("billing_cashier")  # console A
    with cashier() as a:
        service.open_shift(a, Decimal("0.00"))
        service.take_payment(
            a, service.PaymentRequest(account_id, Decimal("321.09"), "cash", None, uuid.uuid4())
        )
    # No F5 in console B: the database's announcement reloads its history.
    with qtbot.waitSignal(console_b.history.history_shown, timeout=10_000) as reloaded:
        pass
    payments = reloaded.args[0].payments
    assert len(payments) == before + 1
    assert Decimal("321.09") in {p.amount for p in payments}


def test_a_request_from_the_portal_shows_in_the_overview_without_f5(
    qtbot: QtBot, console_b: ConsoleB, session: Session
) -> None:
    tile = console_b.overview._tiles["pending_link_requests"]
    console_b.overview.refresh()
    qtbot.waitUntil(lambda: tile.value.text() not in ("", "…"), timeout=10_000)
    before = int(tile.value.text().replace("\u00a0", "").replace(" ", ""))
    session.execute(
        text(
            "INSERT INTO billing.link_request (portal_user_id, region_id, account_number,"
            " proof_kind, proof_value, status)"
            " SELECT u.id, a.region_id, a.number, 'receipt_number', '000', 'pending'"
            " FROM billing.portal_user u CROSS JOIN billing.account a"
            " ORDER BY u.id, a.id LIMIT 1"
        )
    )
    session.commit()
    qtbot.waitUntil(
        lambda: tile.value.text().replace("\u00a0", "").replace(" ", "") == str(before + 1),
        timeout=10_000,
    )


def test_a_forged_announcement_is_ignored() -> None:
    """Any login may NOTIFY on the channel: only a well-formed payload becomes a change."""
    assert parse_change("not json") is None
    assert parse_change('{"table": 1}') is None
    assert parse_change('{"table": "payment", "accounts": ["x"]}') is None
    assert parse_change('{"table": "payment", "accounts": [5]}') == Change(
        "payment", frozenset({5})
    )
