"""The outbox is delivered by the application, whichever tab is open (no moderation tab)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from console.outbox import OutboxService
from console.settings import NOTIFICATION_GATEWAY, NOTIFICATION_INTERVAL_SECONDS, Settings
from console.tasks import TaskRunner
from tests.moderation.conftest import Gateway, Operator
from widgets.qt import QtCore


def _settings(tmp_path: Path, gateway: Gateway) -> Settings:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "c.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set(NOTIFICATION_GATEWAY, gateway.url)
    settings.set(NOTIFICATION_INTERVAL_SECONDS, 5)
    return settings


def _queued(session: Session) -> int:
    session.execute(
        text(
            "SELECT billing.enqueue_notification(u.id, 'registration_approved')"
            " FROM billing.portal_user u WHERE u.status = 'active' AND u.email IS NOT NULL"
            " ORDER BY u.id LIMIT 2"
        )
    )
    session.commit()
    return int(
        session.execute(
            text("SELECT count(*) FROM billing.notification WHERE status = 'queued'")
        ).scalar_one()
    )


def test_a_supervisors_console_delivers_the_outbox_with_no_tab_open(
    qtbot: QtBot, tmp_path: Path, supervisor: Operator, gateway: Gateway, session: Session
) -> None:
    assert _queued(session) >= 2
    runner = TaskRunner(supervisor.sessions)
    outbox = OutboxService(runner, _settings(tmp_path, gateway), "supervisor")
    assert outbox.active
    assert outbox.timer.interval() == 5_000
    outbox.send_now()  # what the timer does every interval
    qtbot.waitUntil(lambda: len(gateway.delivered) >= 2, timeout=15_000)
    runner.wait_for_done()
    outbox.stop()
    assert not outbox.timer.isActive()


def test_an_agents_console_leaves_the_outbox_alone(
    tmp_path: Path, make_operator, gateway: Gateway
) -> None:
    agent = make_operator("billing_agent")
    runner = TaskRunner(agent.sessions)
    outbox = OutboxService(runner, _settings(tmp_path, gateway), "agent")
    assert not outbox.active
    assert not outbox.timer.isActive()
    outbox.send_now()
    runner.wait_for_done()
    assert gateway.requests == 0
