"""The sender against a real HTTP gateway on 127.0.0.1: exactly once, failures, dead letters."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from console.services import moderation
from console.services.notification_sender import NotificationSender, SenderConfig
from tests.moderation.conftest import Gateway, Operator, scalar


def _queue_messages(session: Session, count: int) -> list[int]:
    users = (
        session.execute(
            text("SELECT id FROM billing.portal_user WHERE status = 'active' ORDER BY id LIMIT :n"),
            {"n": count},
        )
        .scalars()
        .all()
    )
    ids = [
        session.execute(
            text("SELECT billing.enqueue_notification(:u, 'registration_approved')"), {"u": u}
        ).scalar_one()
        for u in users
    ]
    session.commit()
    return ids


def _due_now(session: Session) -> None:
    session.execute(
        text(
            "UPDATE billing.notification SET next_attempt_at = now() - interval '1 second'"
            " WHERE status IN ('queued', 'failed')"
        )
    )
    session.commit()


def _status(session: Session, ids: list[int]) -> set[str]:
    rows = session.execute(
        text("SELECT DISTINCT status FROM billing.notification WHERE id = ANY(:ids)"), {"ids": ids}
    )
    return {r[0] for r in rows}


def _clear_outbox(session: Session) -> None:
    """Demo messages are delivered by hand so each test sees only its own."""
    session.execute(text("UPDATE billing.notification SET status = 'sent' WHERE status <> 'sent'"))
    session.commit()


def _config(gateway: Gateway, **changes: object) -> SenderConfig:
    base = {
        "gateway_url": gateway.url,
        "read_timeout": 0.5,
        "connect_timeout": 0.5,
        "max_attempts": 3,
        "backoff_seconds": 0,
    }
    base.update(changes)
    return SenderConfig(**base)


def test_delivered_exactly_once(session: Session, supervisor: Operator, gateway: Gateway) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 5)
    sender = NotificationSender(_config(gateway))
    with supervisor.sessions() as s:
        report = sender.send_due(s)
        again = sender.send_due(s)
    assert (report.sent, again.attempted) == (5, 0)
    assert len(gateway.delivered) == 5
    assert gateway.duplicates == 0
    assert _status(session, ids) == {"sent"}
    payload = gateway.delivered[0]
    assert set(payload) == {"id", "channel", "recipient", "subject", "body"}
    assert payload["subject"] == "Регистрация подтверждена"


def test_a_repeated_delivery_is_dropped_by_the_key(
    session: Session, supervisor: Operator, gateway: Gateway
) -> None:
    """A sender that crashed after the POST: the lease runs out, the next try is a duplicate."""
    _clear_outbox(session)
    ids = _queue_messages(session, 1)
    sender = NotificationSender(_config(gateway))
    with supervisor.sessions() as s:
        leased = sender._lease(s)
        sender._post(leased[0])
        _due_now(session)  # the lease expires
        report = sender.send_due(s)
    assert report.sent == 1
    assert len(gateway.delivered) == 1
    assert gateway.duplicates == 1
    assert _status(session, ids) == {"sent"}


def test_failing_hanging_then_back(
    session: Session, supervisor: Operator, gateway: Gateway
) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 3)
    sender = NotificationSender(_config(gateway, max_attempts=5))
    gateway.mode = "fail"
    with supervisor.sessions() as s:
        first = sender.send_due(s)
        assert first.failed == 3
        assert _status(session, ids) == {"failed"}
        error = scalar(
            session, "SELECT last_error FROM billing.notification WHERE id = :i", i=ids[0]
        )
        assert error.startswith("HTTP 500")
        assert "smsc unavailable" in error
        gateway.mode = "hang"
        _due_now(session)
        second = sender.send_due(s)
        assert second.failed == 3
        error = scalar(
            session, "SELECT last_error FROM billing.notification WHERE id = :i", i=ids[0]
        )
        assert error.startswith("timeout")
        gateway.mode = "ok"
        gateway.release.set()
        _due_now(session)
        third = sender.send_due(s)
    assert third.sent == 3
    assert _status(session, ids) == {"sent"}
    assert sorted(p["id"] for p in gateway.delivered) == sorted(ids)


def test_backoff_grows(session: Session, supervisor: Operator, gateway: Gateway) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 1)
    gateway.mode = "fail"
    sender = NotificationSender(_config(gateway, backoff_seconds=60, max_attempts=5))
    delays = []
    with supervisor.sessions() as s:
        for _ in range(3):
            sender.send_due(s)
            delays.append(
                scalar(
                    session,
                    "SELECT extract(epoch FROM next_attempt_at - clock_timestamp())"
                    " FROM billing.notification WHERE id = :i",
                    i=ids[0],
                )
            )
            _due_now(session)
    assert 50 < delays[0] < 61
    assert 110 < delays[1] < 121
    assert 230 < delays[2] < 241


def test_dead_letter_and_resend(session: Session, supervisor: Operator, gateway: Gateway) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 2)
    gateway.mode = "fail"
    sender = NotificationSender(_config(gateway, max_attempts=2))
    with supervisor.sessions() as s:
        sender.send_due(s)
        _due_now(session)
        last = sender.send_due(s)
        assert last.dead == 2
        assert _status(session, ids) == {"dead"}
        _due_now(session)
        assert sender.send_due(s).attempted == 0  # dead letters are not retried
        gateway.mode = "ok"
        for notification_id in ids:
            assert moderation.resend_notification(s, notification_id) == "queued"
        assert sender.send_due(s).sent == 2
    assert _status(session, ids) == {"sent"}
    assert len(gateway.delivered) == 2


def test_a_rejected_message_dies_at_once(
    session: Session, supervisor: Operator, gateway: Gateway
) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 1)
    gateway.mode = "reject"
    with supervisor.sessions() as s:
        NotificationSender(_config(gateway, max_attempts=5)).send_due(s)
    assert _status(session, ids) == {"dead"}


def test_two_senders_never_send_the_same_message(
    session: Session, make_operator: Callable[..., Operator], gateway: Gateway
) -> None:
    _clear_outbox(session)
    ids = _queue_messages(session, 40)
    senders = [make_operator("billing_sender") for _ in range(4)]
    barrier = threading.Barrier(len(senders))
    errors: list[BaseException] = []

    def run(operator: Operator) -> None:
        try:
            sender = NotificationSender(_config(gateway, batch_size=3))
            barrier.wait()
            with operator.sessions() as s:
                sender.send_due(s)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(op,)) for op in senders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert gateway.requests == 40
    assert gateway.duplicates == 0
    assert _status(session, ids) == {"sent"}
