"""An agent on a call links an account for the caller, and sees the SMS delivered.

Real widgets (offscreen), the real training gateway on 127.0.0.1, the real sender, and
the attacks an agent could try in plain SQL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.card_widget import CustomerCard
from console.lookup.link_dialog import LinkAccountDialog
from console.navigation import Navigator
from console.services import link_requests
from console.services.notification_sender import NotificationSender, SenderConfig
from console.services.training_gateway import TrainingGateway
from console.tasks import TaskRunner
from models.domain.problems import ValidationFailed
from models.queries.card import load_card
from tests.lookup.conftest import one
from widgets.qt import Qt, QtWidgets

Factory = Callable[[str], sessionmaker[Session]]
SHOTS = Path(os.environ.get("CONSOLE_SCREENSHOTS", "/tmp/portal-shots"))


def caller(session: Session) -> tuple[int, int, str, str, int]:
    """(portal user id, version, login, phone, customer id): an active login with a phone."""
    return one(
        session,
        "SELECT pu.id, pu.version, pu.login, pu.phone, pu.customer_id FROM portal_user pu"
        " WHERE pu.status = 'active' AND pu.phone IS NOT NULL AND pu.customer_id IS NOT NULL"
        " ORDER BY pu.id",
    )


def unlinked_account(session: Session, user_id: int) -> tuple[int, int, str, str]:
    """(account id, region id, number, latest receipt number) the login does not see."""
    return one(
        session,
        "SELECT a.id, a.region_id, a.number,"
        " (SELECT b.receipt_number FROM bill b WHERE b.account_id = a.id"
        "   ORDER BY b.billing_period DESC, b.id DESC LIMIT 1)"
        " FROM account a WHERE EXISTS (SELECT FROM bill b WHERE b.account_id = a.id)"
        " AND NOT EXISTS (SELECT FROM account_link l WHERE l.account_id = a.id"
        "                 AND l.portal_user_id = :u)"
        " AND NOT EXISTS (SELECT FROM link_request r WHERE r.portal_user_id = :u"
        "                 AND r.account_number = a.number)"
        " ORDER BY a.id DESC",
        u=user_id,
    )


def linked(session: Session, user_id: int, account_id: int) -> bool:
    session.rollback()
    return bool(
        session.execute(
            text(
                "SELECT EXISTS (SELECT FROM account_link WHERE portal_user_id = :u AND account_id = :a)"
            ),
            {"u": user_id, "a": account_id},
        ).scalar_one()
    )


@pytest.fixture
def gateway() -> Iterator[TrainingGateway]:
    with TrainingGateway() as running:
        yield running


@pytest.fixture
def sender(gateway: TrainingGateway) -> Iterator[NotificationSender]:
    sender = NotificationSender(
        SenderConfig(gateway_url=f"{gateway.url}/email", sms_gateway_url=f"{gateway.url}/sms")
    )
    yield sender
    sender.close()


@pytest.fixture
def agent(operator_sessions: Factory) -> sessionmaker[Session]:
    return operator_sessions("billing_agent")


@pytest.fixture
def runner(qtbot, agent: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(agent)
    yield runner
    runner.wait_for_done()
    qtbot.wait(100)


def open_card(qtbot, runner: TaskRunner, customer_id: int, user_id: int) -> CustomerCard:
    card = CustomerCard(runner, Navigator(), customer_id, "agent")
    qtbot.addWidget(card)
    card.resize(1300, 1000)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    card.sections.setCurrentIndex(1)
    table = card.portal.table
    rows = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    table.selectRow(rows.index(user_id))
    return card


def shot(widget: QtWidgets.QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def fill_and_run(
    qtbot, dialog: LinkAccountDialog, region_id: int, number: str, kind: str, proof: str
) -> None:
    qtbot.waitUntil(dialog.run_button.isEnabled, timeout=10_000)
    dialog.region.setCurrentIndex(dialog.region.findData(region_id))
    qtbot.keyClicks(dialog.number, number)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    qtbot.keyClicks(dialog.proof, proof)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.verdict.isVisible() or dialog.problem.isVisible(), timeout=10_000
    )


def test_agent_links_with_the_receipt_and_the_card_shows_the_sms_delivered(
    qtbot,
    runner: TaskRunner,
    session: Session,
    gateway: TrainingGateway,
    sender: NotificationSender,
    sessions: sessionmaker[Session],
) -> None:
    user_id, _version, login, phone, customer_id = caller(session)
    account_id, region_id, number, receipt = unlinked_account(session, user_id)
    card = open_card(qtbot, runner, customer_id, user_id)
    assert card.portal.buttons["link"].isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.portal.findChild(LinkAccountDialog) is not None, timeout=5_000)
    dialog = card.portal.findChild(LinkAccountDialog)
    assert dialog is not None
    assert dialog.isVisible()
    fill_and_run(qtbot, dialog, region_id, number, "receipt_number", receipt)
    assert dialog.verdict.isVisible(), dialog.problem.text()
    assert number in dialog.verdict.text()
    assert login in dialog.verdict.text()
    assert dialog.outcome is not None
    assert dialog.outcome.linked
    shot(dialog, "link_dialog_linked")
    assert linked(session, user_id, account_id)

    with sessions() as send_session:
        report = sender.send_due(send_session)
    assert report.sent >= 1
    assert report.failed == 0
    sms = [m for m in gateway.messages("sms") if m.payload["phone"] == phone]
    assert len(sms) == 1
    assert number in str(sms[0].payload["text"])

    request_number = str(dialog.outcome.number)
    dialog.close()
    card.refresh()
    messages = card.portal.messages

    def sms_delivered() -> bool:
        for row in range(messages.rowCount()):
            if (
                messages.item(row, 2).text() == "SMS"
                and request_number in messages.item(row, 4).text()
            ):
                return messages.item(row, 5).text().startswith("delivered")
        return False

    qtbot.waitUntil(sms_delivered, timeout=10_000)
    assert messages.isVisible()
    shot(card, "card_sms_delivered")


def test_a_wrong_proof_makes_a_numbered_request_and_links_nothing(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    user_id, _version, _login, _phone, customer_id = caller(session)
    account_id, region_id, number, receipt = unlinked_account(session, user_id)
    wrong = receipt[:-1] + str((int(receipt[-1]) + 1) % 10)
    card = open_card(qtbot, runner, customer_id, user_id)
    qtbot.mouseClick(card.portal.buttons["link"], Qt.MouseButton.LeftButton)
    dialog = card.portal.findChild(LinkAccountDialog)
    assert dialog is not None
    fill_and_run(qtbot, dialog, region_id, number, "receipt_number", wrong)
    assert dialog.outcome is not None
    assert dialog.outcome.status == "pending"
    assert f"№ {dialog.outcome.number}" in dialog.verdict.text()
    # The agent learns that the proof failed, never what billing holds.
    assert receipt not in dialog.verdict.text()
    shot(dialog, "link_dialog_request")
    assert not linked(session, user_id, account_id)
    session.rollback()
    templates = (
        session.execute(
            text(
                "SELECT channel FROM notification WHERE portal_user_id = :u AND template = 'link_request_received'"
            ),
            {"u": user_id},
        )
        .scalars()
        .all()
    )
    assert sorted(templates) == ["email", "sms"]
    # The card lists the request; the agent can edit or cancel it.
    qtbot.waitUntil(lambda: card.portal.buttons["cancel_request"].isEnabled(), timeout=10_000)
    assert card.portal.buttons["edit_request"].isEnabled()


def test_the_form_refuses_a_bad_amount_next_to_the_field(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    user_id, _version, _login, _phone, customer_id = caller(session)
    _account, region_id, number, _receipt = unlinked_account(session, user_id)
    card = open_card(qtbot, runner, customer_id, user_id)
    qtbot.mouseClick(card.portal.buttons["link"], Qt.MouseButton.LeftButton)
    dialog = card.portal.findChild(LinkAccountDialog)
    assert dialog is not None
    fill_and_run(qtbot, dialog, region_id, number, "last_payment_amount", "1,234")
    assert dialog.problem.isVisible()
    assert "amount" in dialog.problem.text()
    assert dialog.outcome is None


def test_agent_edits_then_cancels_a_request_audited_and_notified(
    session: Session, agent: sessionmaker[Session]
) -> None:
    user_id, _version, _login, _phone, _customer = caller(session)
    account_id, region_id, number, receipt = unlinked_account(session, user_id)
    with agent() as s:
        first = link_requests.link_account(s, user_id, region_id, number, "meter_serial", "000")
        assert first.status == "pending"
        edited = link_requests.edit_request(
            s, first.id, first.version, region_id, number, "meter_serial", "0001"
        )
        assert edited.status == "pending"
        assert edited.version > first.version
        with pytest.raises(ValidationFailed) as refused:
            link_requests.cancel_request(s, edited.id, edited.version, "  ")
        assert refused.value.problems[0].code == "link_request.reason_required"
        cancelled = link_requests.cancel_request(s, edited.id, edited.version, "Абонент передумал")
        assert cancelled.status == "cancelled"
        operator = s.execute(text("SELECT session_user")).scalar_one()
    session.rollback()
    templates = (
        session.execute(
            text("SELECT template FROM notification WHERE portal_user_id = :u ORDER BY id"),
            {"u": user_id},
        )
        .scalars()
        .all()
    )
    assert {"link_request_received", "link_request_edited", "link_request_cancelled"} <= set(
        templates
    )
    reason, decided_by = one(
        session, "SELECT reason, decided_by FROM link_request WHERE id = :id", id=first.id
    )
    assert (reason, decided_by) == ("Абонент передумал", operator)
    audited = one(
        session,
        "SELECT count(*) FROM audit_log WHERE table_name = 'link_request' AND row_key = :k"
        " AND operator = :o",
        k=str(first.id),
        o=operator,
    )[0]
    assert audited >= 3
    assert not linked(session, user_id, account_id)
    # A cancelled request is decided: editing it again is refused.
    with agent() as s, pytest.raises(ValidationFailed) as again:
        link_requests.edit_request(
            s, first.id, cancelled.version, region_id, number, "receipt_number", receipt
        )
    assert again.value.problems[0].code == "moderation.already_decided"
    assert not linked(session, user_id, account_id)


def test_an_agent_in_plain_sql_cannot_link_without_the_proof(
    session: Session, agent: sessionmaker[Session]
) -> None:
    user_id, _version, _login, _phone, _customer = caller(session)
    account_id, region_id, number, _receipt = unlinked_account(session, user_id)
    with agent() as s:
        with s.begin():
            status = s.execute(
                text(
                    "SELECT status FROM billing.create_link_request(:u, :r, :n,"
                    " 'surname_prefix', 'Ъъъ')"
                ),
                {"u": user_id, "r": region_id, "n": number},
            ).scalar_one()
        assert status == "pending"
        request_id, version = s.execute(
            text(
                "SELECT id, version FROM billing.link_request WHERE portal_user_id = :u"
                " AND account_number = :n"
            ),
            {"u": user_id, "n": number},
        ).one()
        s.rollback()
        attacks = (
            ("INSERT INTO billing.account_link (portal_user_id, account_id) VALUES (:u, :a)", {}),
            ("UPDATE billing.link_request SET status = 'approved' WHERE id = :id", {}),
            ("SELECT billing.decide_link_request(:id, :v, true)", {}),
            ("SELECT billing.link_request_run_check(:id)", {}),
        )
        for sql, _ in attacks:
            with pytest.raises(DBAPIError) as refused, s.begin():
                s.execute(
                    text(sql), {"u": user_id, "a": account_id, "id": request_id, "v": version}
                )
            assert refused.value.orig.sqlstate == "42501", sql
    assert not linked(session, user_id, account_id)


def test_codes_reach_the_phone_but_no_operator_reads_them(
    session: Session,
    agent: sessionmaker[Session],
    gateway: TrainingGateway,
    sender: NotificationSender,
    sessions: sessionmaker[Session],
    operator_sessions: Factory,
    today: date,
) -> None:
    user_id, version, _login, phone, customer_id = caller(session)
    with agent() as s:
        new_version = link_requests.send_code(s, user_id, version)
        assert new_version == version + 1
        body = s.execute(
            text(
                "SELECT body FROM billing.notification WHERE portal_user_id = :u"
                " AND template = 'portal_code'"
            ),
            {"u": user_id},
        ).scalar_one()
        assert "{code}" in body
        assert not re.search(r"\d{6}", body)
        s.rollback()
        for sql in (
            "SELECT secret FROM billing.notification",
            "SELECT code_hash FROM billing.portal_code",
            "SELECT billing.notification_mark_delivered(1, 1)",
        ):
            with pytest.raises(DBAPIError) as refused:
                s.execute(text(sql)).all()
            assert refused.value.orig.sqlstate == "42501", sql
            s.rollback()
    supervisor = operator_sessions("billing_supervisor")
    with supervisor() as s, pytest.raises(DBAPIError):
        s.execute(text("SELECT secret FROM billing.notification")).all()
    with sessions() as send_session:
        sender.send_due(send_session)
    sms = [m for m in gateway.messages("sms") if m.payload["phone"] == phone]
    assert len(sms) == 1
    assert re.search(r"\b\d{6}\b", str(sms[0].payload["text"]))
    code = re.findall(r"\b\d{6}\b", str(sms[0].payload["text"]))[0]
    session.rollback()
    logged = (
        session.execute(
            text(
                "SELECT coalesce(old_values::text, '') || coalesce(new_values::text, '')"
                " FROM audit_log WHERE table_name IN ('notification', 'portal_code')"
            )
        )
        .scalars()
        .all()
    )
    assert logged
    assert not any(code in entry for entry in logged)  # not even the audit log keeps it
    with agent() as s:
        card = load_card(s, customer_id, today)
    codes = [c for c in card.codes if c.portal_user_id == user_id]
    assert codes
    assert codes[0].message_status == "delivered"
    assert codes[0].purpose == "login"
    user = next(u for u in card.portal_users if u.id == user_id)
    assert user.failed_login_count >= 0
