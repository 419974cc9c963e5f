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
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.changes import Change, committed, parse_change
from models.domain.problems import ValidationFailed
from models.operations import portal_actions
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


# -- this console's own writes: named by the operation, published by the task runner ------


def _open_account(session: Session) -> int:
    return int(
        session.execute(
            text("SELECT id FROM billing.account WHERE status = 'open' ORDER BY id LIMIT 1")
        ).scalar_one()
    )


def test_a_write_names_what_it_changed_once_committed(
    operator: OperatorSessions, session: Session
) -> None:
    account_id = _open_account(session)
    with operator("billing_cashier")() as cashier:
        shift = service.open_shift(cashier, Decimal("0.00"))
        assert committed(cashier) == (Change.of("cash_shift", shifts=[shift.id]),)
        request = service.PaymentRequest(account_id, Decimal("10.00"), "cash", None, uuid.uuid4())
        taken = service.take_payment(cashier, request)
        assert committed(cashier) == (
            Change.of("payment", accounts=[account_id], shifts=[taken.shift.id]),
        )
        assert committed(cashier) == ()  # taken once
        # A refused write changed nothing and announces nothing.
        refused = service.PaymentRequest(account_id, Decimal("-1"), "cash", None, uuid.uuid4())
        with pytest.raises(ValidationFailed):
            service.take_payment(cashier, refused)
        assert committed(cashier) == ()


def test_the_runner_publishes_a_payment_to_this_consoles_views_at_once(
    qtbot: QtBot, operator: OperatorSessions, session: Session
) -> None:
    """No listener here: the history of the account reloads because the task runner
    published what the payment changed, right after the cash desk's own callback."""
    account_id = _open_account(session)
    runner = TaskRunner(operator("billing_cashier"))
    navigator = Navigator()
    runner.changed.connect(navigator.changed)
    history = PaymentsTab(runner, navigator=navigator)
    history.follow_changes(navigator)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.history_shown, timeout=10_000) as shown:
        history.load_account(account_id)
    before = len(shown.args[0].payments)
    events: list[object] = []
    navigator.changed.connect(events.append)

    def pay(s: Session, _token: object, _progress: object) -> service.TakenPayment:
        service.open_shift(s, Decimal("0.00"))
        request = service.PaymentRequest(account_id, Decimal("54.32"), "cash", None, uuid.uuid4())
        return service.take_payment(s, request)

    with qtbot.waitSignal(history.history_shown, timeout=10_000) as reloaded:
        runner.submit(pay, lambda taken: events.append(taken))
    assert isinstance(events[0], service.TakenPayment)  # the cash desk's callback ran first
    taken = events[0]
    assert events[1:] == [
        Change.of("cash_shift", shifts=[taken.shift.id]),
        Change.of("payment", accounts=[account_id], shifts=[taken.shift.id]),
    ]
    assert len(reloaded.args[0].payments) == before + 1
    # A refused payment publishes nothing.
    events.clear()
    failures: list[TaskError] = []
    refused = service.PaymentRequest(account_id, Decimal("0"), "cash", None, uuid.uuid4())
    runner.submit(lambda s, _t, _p: service.take_payment(s, refused), on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].kind is ErrorKind.INVALID
    assert events == []
    runner.wait_for_done()


def _heard(qtbot: QtBot, heard: list[Change], table: str) -> Change:
    """The first change of ``table`` among those heard."""
    qtbot.waitUntil(lambda: any(c.table == table for c in heard), timeout=10_000)
    return next(c for c in heard if c.table == table)


def test_the_database_names_the_shift_and_announces_merge_requests(
    qtbot: QtBot, operator: OperatorSessions, console_b: ConsoleB, session: Session
) -> None:
    heard: list[Change] = []
    console_b.listener.changed.connect(heard.append)
    account_id = _open_account(session)
    with operator("billing_cashier")() as cashier:
        shift = service.open_shift(cashier, Decimal("0.00"))
        request = service.PaymentRequest(account_id, Decimal("12.00"), "cash", None, uuid.uuid4())
        service.take_payment(cashier, request)
    paid = _heard(qtbot, heard, "payment")
    assert paid.accounts == {account_id}
    assert paid.shifts == {shift.id}
    assert _heard(qtbot, heard, "cash_shift").shifts == {shift.id}

    pair = session.execute(
        text(
            "SELECT k.id AS keep, k.version AS kv, k.customer_id AS kc,"
            " j.id AS joined, j.version AS jv, j.customer_id AS jc"
            " FROM billing.portal_user k JOIN billing.portal_user j"
            "   ON j.customer_id <> k.customer_id AND j.status = 'active'"
            " WHERE k.status = 'active' AND NOT EXISTS (SELECT FROM billing.merge_request m"
            "   WHERE m.keep_id IN (k.id, j.id) OR m.joined_id IN (k.id, j.id))"
            " ORDER BY k.id, j.id LIMIT 1"
        )
    ).one()
    with operator("billing_agent")() as agent:
        portal_actions.request_merge(agent, pair.keep, pair.kv, pair.joined, pair.jv, "обе мои")
        assert committed(agent) == (Change.of("merge_request", customers=[pair.kc, pair.jc]),)
    asked = _heard(qtbot, heard, "merge_request")
    assert asked.customers == {pair.kc, pair.jc}
