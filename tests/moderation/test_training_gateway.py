"""The training post office: the embedded demo's gateway on 127.0.0.1 and its sender."""

from __future__ import annotations

import json
from urllib.request import Request, urlopen

from sqlalchemy import URL, text
from sqlalchemy.orm import Session

from console.services.training_gateway import TrainingGateway, TrainingPostOffice
from tests.pause import pause


def test_the_gateway_takes_a_message_once_per_key() -> None:
    with TrainingGateway() as gateway:
        assert gateway.url.startswith("http://127.0.0.1:")
        for _ in range(2):
            request = Request(
                f"{gateway.url}/sms",
                data=json.dumps({"id": 1, "phone": "+79990000000", "text": "Код 123456"}).encode(),
                headers={"Content-Type": "application/json", "Idempotency-Key": "k-1"},
                method="POST",
            )
            with urlopen(request, timeout=5) as answer:
                assert json.loads(answer.read()) == {"status": "delivered"}
        assert [m.payload["text"] for m in gateway.messages("sms")] == ["Код 123456"]
        assert gateway.messages("email") == []


def test_the_post_office_delivers_the_outbox_by_itself(db_url: URL, session: Session) -> None:
    session.execute(
        text(
            "SELECT billing.portal_send_password_reset(id, version) FROM portal_user"
            " WHERE id = (SELECT min(id) FROM portal_user WHERE status = 'active')"
        )
    )
    session.commit()
    queued = session.execute(
        text("SELECT count(*) FROM notification WHERE status IN ('queued', 'failed')")
    ).scalar_one()
    session.rollback()
    post = TrainingPostOffice(db_url, interval_seconds=0.2).start()
    try:
        for _ in range(150):
            waiting = session.execute(
                text("SELECT count(*) FROM notification WHERE status IN ('queued', 'failed')")
            ).scalar_one()
            session.rollback()
            if waiting == 0:
                break
            pause(0.2)
        assert waiting == 0
        delivered = session.execute(
            text("SELECT count(*) FROM notification WHERE status = 'delivered'")
        ).scalar_one()
        assert queued >= 1
        assert delivered >= queued
        assert len(post.gateway.messages()) >= queued
    finally:
        post.stop()
