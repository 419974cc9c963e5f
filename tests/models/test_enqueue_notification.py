"""Queued notifications are rendered from templates for the portal user's contact."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError


def test_enqueue_renders_template(engine: Engine) -> None:
    with engine.begin() as connection:
        user = connection.execute(
            text(
                "SELECT id, login, email FROM portal_user WHERE email IS NOT NULL ORDER BY id LIMIT 1"
            )
        ).one()
        notification_id = connection.execute(
            text(
                "SELECT enqueue_notification(:u, 'link_request_rejected',"
                " jsonb_build_object('number', 100123, 'account_number', '310000001', 'reason', 'Неверная сумма'))"
            ),
            {"u": user.id},
        ).scalar_one()
        row = connection.execute(
            text(
                "SELECT channel, recipient, subject, body, status FROM notification WHERE id = :i"
            ),
            {"i": notification_id},
        ).one()
    assert row.channel == "email"
    assert row.recipient == user.email
    assert row.subject == "Заявка № 100123 отклонена"
    assert user.login in row.body
    assert "Неверная сумма" in row.body
    assert row.status == "queued"


def test_unknown_template_is_refused(engine: Engine) -> None:
    with (
        pytest.raises(DBAPIError, match=r"notification\.unknown_template"),
        engine.begin() as connection,
    ):
        connection.execute(text("SELECT enqueue_notification(1, 'no_such_template')"))
