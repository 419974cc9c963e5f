"""Portal account actions done for the customer: rules, roles, versions, notifications."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.services import portal_actions as actions
from console.tasks import Conflict, ErrorKind, classify_error
from models.domain.problems import ValidationFailed
from tests.lookup.conftest import one

Factory = Callable[[str], sessionmaker[Session]]


def active_user(session: Session) -> tuple[int, int, str, str | None, int]:
    """(id, version, email, phone, customer_id) of an active portal user with a link."""
    return one(
        session,
        "SELECT pu.id, pu.version, pu.email, pu.phone, pu.customer_id FROM portal_user pu"
        " WHERE pu.status = 'active' AND pu.phone IS NOT NULL"
        " AND EXISTS (SELECT FROM account_link l WHERE l.portal_user_id = pu.id) ORDER BY pu.id",
    )


def notifications(session: Session, user_id: int) -> list[tuple[str, str]]:
    session.rollback()
    rows = session.execute(
        text("SELECT template, recipient FROM notification WHERE portal_user_id = :u ORDER BY id"),
        {"u": user_id},
    )
    return [tuple(r) for r in rows]


def user_row(session: Session, user_id: int) -> tuple[object, ...]:
    session.rollback()
    return one(
        session,
        "SELECT version, status, email, phone, block_reason FROM portal_user WHERE id = :u",
        u=user_id,
    )


def test_agent_sends_a_password_reset_audited_and_queued(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, email, _phone, _customer = active_user(session)
    agent = operator_sessions("billing_agent")
    with agent() as agent_session:
        new_version = actions.send_password_reset(agent_session, user_id, version)
        operator = agent_session.execute(text("SELECT session_user")).scalar_one()
    assert new_version == version + 1
    assert user_row(session, user_id)[0] == new_version
    assert notifications(session, user_id)[-1] == ("password_reset", email)
    action, performed_by = one(
        session,
        "SELECT action, performed_by FROM portal_action WHERE portal_user_id = :u",
        u=user_id,
    )
    assert (action, performed_by) == ("password_reset_sent", operator)
    assert (
        one(
            session,
            "SELECT count(*) FROM audit_log WHERE table_name = 'portal_user' AND operator = :o",
            o=operator,
        )[0]
        >= 1
    )


def test_the_same_click_twice_sends_once(session: Session, operator_sessions: Factory) -> None:
    user_id, version, *_ = active_user(session)
    agent = operator_sessions("billing_agent")
    with agent() as agent_session:
        actions.send_password_reset(agent_session, user_id, version)
        with pytest.raises(Conflict):
            actions.send_password_reset(agent_session, user_id, version)
    assert [t for t, _ in notifications(session, user_id)].count("password_reset") == 1


def test_an_agent_cannot_block(session: Session, operator_sessions: Factory) -> None:
    user_id, version, *_ = active_user(session)
    agent = operator_sessions("billing_agent")
    with agent() as agent_session, pytest.raises(DBAPIError) as raised:
        actions.block(agent_session, user_id, version, "Подозрение на взлом")
    assert raised.value.orig.sqlstate == "42501"
    assert classify_error(raised.value).kind is ErrorKind.PERMISSION
    assert user_row(session, user_id)[1] == "active"
    with agent() as agent_session, pytest.raises(DBAPIError) as raised:
        actions.merge(agent_session, user_id, version, user_id + 1, 1)
    assert raised.value.orig.sqlstate == "42501"


def test_supervisor_blocks_and_unblocks_with_a_reason(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, *_ = active_user(session)
    supervisor = operator_sessions("billing_supervisor")
    with supervisor() as s:
        with pytest.raises(ValidationFailed) as refused:
            actions.block(s, user_id, version, "   ")
        assert refused.value.problems[0].code == "portal_user.reason_required"
        version = actions.block(s, user_id, version, "Подозрение на взлом")
        assert user_row(session, user_id)[1:] == (
            "blocked",
            user_row(session, user_id)[2],
            user_row(session, user_id)[3],
            "Подозрение на взлом",
        )
        with pytest.raises(ValidationFailed) as refused:
            actions.send_password_reset(s, user_id, version)
        assert refused.value.problems[0].code == "portal_user.blocked"
        actions.unblock(s, user_id, version, "Клиент подтвердил личность")
    assert user_row(session, user_id)[1] == "active"
    assert user_row(session, user_id)[4] is None
    templates = [t for t, _ in notifications(session, user_id)]
    assert templates[-2:] == ["portal_user_blocked", "portal_user_unblocked"]
    reasons = session.execute(
        text("SELECT action, reason FROM portal_action WHERE portal_user_id = :u ORDER BY id"),
        {"u": user_id},
    ).all()
    assert [tuple(r) for r in reasons] == [
        ("blocked", "Подозрение на взлом"),
        ("unblocked", "Клиент подтвердил личность"),
    ]


def test_stale_version_is_a_conflict_and_changes_nothing(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, _email, phone, _ = active_user(session)
    agent = operator_sessions("billing_agent")
    with agent() as a:
        actions.send_password_reset(a, user_id, version)
        with pytest.raises(Conflict) as raised:
            actions.change_phone(a, user_id, version, "+7 914 000-11-22")
    assert classify_error(raised.value).kind is ErrorKind.CONFLICT
    assert user_row(session, user_id)[3] == phone


@pytest.mark.parametrize("bad", ["8 914 123", "+1 202 555 0101", "телефон", ""])
def test_invalid_phone_is_refused_and_nothing_changes(
    session: Session, operator_sessions: Factory, bad: str
) -> None:
    user_id, version, *_ = active_user(session)
    before = user_row(session, user_id)
    queued = notifications(session, user_id)
    agent = operator_sessions("billing_agent")
    with agent() as a, pytest.raises(ValidationFailed) as refused:
        actions.change_phone(a, user_id, version, bad)
    assert refused.value.problems[0].field == "phone"
    assert user_row(session, user_id) == before
    assert notifications(session, user_id) == queued


def test_the_database_refuses_what_the_console_would_not_send(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, *_ = active_user(session)
    before = user_row(session, user_id)
    agent = operator_sessions("billing_agent")
    for function, value, code in (
        ("portal_change_phone", "89141234567", "portal_user.phone_format"),
        ("portal_change_email", "no-at-sign.ru", "portal_user.email_format"),
        ("portal_change_email", "a..b@mail.ru", "portal_user.email_format"),
    ):
        with agent() as a, pytest.raises(DBAPIError) as raised:
            a.execute(
                text(f"SELECT billing.{function}(:u, :v, :x)"),
                {"u": user_id, "v": version, "x": value},
            )
        assert raised.value.orig.diag.message_primary == code
        assert raised.value.orig.sqlstate == "23514"
    assert user_row(session, user_id) == before


def test_change_email_validated_unique_and_confirmed_again(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, old_email, *_ = active_user(session)
    other_email = one(
        session, "SELECT email FROM portal_user WHERE id <> :u ORDER BY id", u=user_id
    )[0]
    agent = operator_sessions("billing_agent")
    with agent() as a:
        with pytest.raises(ValidationFailed) as refused:
            actions.change_email(a, user_id, version, "ivanov@@mail.ru")
        assert refused.value.problems[0].field == "email"
        with pytest.raises(ValidationFailed) as refused:
            actions.change_email(a, user_id, version, other_email.upper())
        assert refused.value.problems[0].code == "portal_user.email_taken"
        actions.change_email(a, user_id, version, "  New.Address@Example.RU ")
    assert user_row(session, user_id)[2] == "New.Address@example.ru"
    assert notifications(session, user_id)[-2:] == [
        ("contact_changed", old_email),
        ("email_confirmation", "New.Address@example.ru"),
    ]


def test_change_phone_unique(session: Session, operator_sessions: Factory) -> None:
    user_id, version, *_ = active_user(session)
    taken = one(
        session,
        "SELECT phone FROM portal_user WHERE phone IS NOT NULL AND id <> :u ORDER BY id",
        u=user_id,
    )[0]
    agent = operator_sessions("billing_agent")
    with agent() as a:
        with pytest.raises(ValidationFailed) as refused:
            actions.change_phone(a, user_id, version, taken)
        assert refused.value.problems[0].code == "portal_user.phone_taken"
        actions.change_phone(a, user_id, version, "8 (914) 555-01-02")
    assert user_row(session, user_id)[3] == "+79145550102"
    assert notifications(session, user_id)[-1][0] == "contact_changed"


def test_resend_confirmation_only_when_unconfirmed(
    session: Session, operator_sessions: Factory
) -> None:
    confirmed_id, confirmed_version, *_ = active_user(session)
    user_id, version = one(
        session,
        "SELECT id, version FROM portal_user WHERE status = 'email_unconfirmed' ORDER BY id",
    )
    agent = operator_sessions("billing_agent")
    with agent() as a:
        with pytest.raises(ValidationFailed) as refused:
            actions.resend_confirmation(a, confirmed_id, confirmed_version)
        assert refused.value.problems[0].code == "portal_user.already_confirmed"
        actions.resend_confirmation(a, user_id, version)
    assert notifications(session, user_id)[-1][0] == "email_confirmation"


def test_unlink_an_account(session: Session, operator_sessions: Factory) -> None:
    user_id, version, *_ = active_user(session)
    account_id, number = one(
        session,
        "SELECT a.id, a.number FROM account_link l JOIN account a ON a.id = l.account_id"
        " WHERE l.portal_user_id = :u",
        u=user_id,
    )
    agent = operator_sessions("billing_agent")
    with agent() as a:
        version = actions.unlink_account(a, user_id, version, account_id)
        with pytest.raises(ValidationFailed) as refused:
            actions.unlink_account(a, user_id, version, account_id)
        assert refused.value.problems[0].code == "account_link.not_found"
    session.rollback()
    assert not session.execute(
        text("SELECT 1 FROM account_link WHERE portal_user_id = :u AND account_id = :a"),
        {"u": user_id, "a": account_id},
    ).first()
    assert notifications(session, user_id)[-1][0] == "account_unlinked"
    body = one(
        session,
        "SELECT body FROM notification WHERE portal_user_id = :u ORDER BY id DESC",
        u=user_id,
    )[0]
    assert number in body


def test_notification_is_part_of_the_action_transaction(
    session: Session, operator_sessions: Factory
) -> None:
    user_id, version, *_ = active_user(session)
    before = notifications(session, user_id)
    agent = operator_sessions("billing_agent")
    with agent() as a:
        a.execute(
            text("SELECT billing.portal_send_password_reset(:u, :v)"), {"u": user_id, "v": version}
        )
        inside = a.execute(
            text("SELECT count(*) FROM notification WHERE portal_user_id = :u"), {"u": user_id}
        ).scalar_one()
        assert inside == len(before) + 1
        a.rollback()
    assert notifications(session, user_id) == before
    assert user_row(session, user_id)[0] == version


def _second_login(session: Session, customer_id: int) -> int:
    """Give the customer a second portal login with a link to one more account."""
    account_id = one(
        session,
        "SELECT id FROM account WHERE customer_id <> :c ORDER BY id DESC",
        c=customer_id,
    )[0]
    new_id = session.execute(
        text(
            "INSERT INTO portal_user (login, email, phone, password_hash, kind, status,"
            " customer_id, email_confirmed_at) VALUES ('second_login', 'second@example.ru',"
            " NULL, 'x', 'person', 'active', :c, now()) RETURNING id"
        ),
        {"c": customer_id},
    ).scalar_one()
    own = one(session, "SELECT id FROM account WHERE customer_id = :c", c=customer_id)[0]
    for linked in (own, account_id):
        session.execute(
            text("INSERT INTO account_link (portal_user_id, account_id) VALUES (:u, :a)"),
            {"u": new_id, "a": linked},
        )
    session.commit()
    return int(new_id)


def test_supervisor_merges_two_logins_of_one_customer(
    session: Session, operator_sessions: Factory
) -> None:
    keep_id, keep_version, _e, _p, customer_id = active_user(session)
    joined_id = _second_login(session, customer_id)
    joined_accounts = {
        r[0]
        for r in session.execute(
            text("SELECT account_id FROM account_link WHERE portal_user_id = :u"), {"u": joined_id}
        )
    }
    supervisor = operator_sessions("billing_supervisor")
    with supervisor() as s:
        with pytest.raises(ValidationFailed) as refused:
            actions.merge(s, keep_id, keep_version, keep_id, keep_version)
        assert refused.value.problems[0].code == "portal_user.merge_same"
        actions.merge(s, keep_id, keep_version, joined_id, 1)
    session.rollback()
    assert not session.execute(
        text("SELECT 1 FROM portal_user WHERE id = :u"), {"u": joined_id}
    ).first()
    kept_accounts = {
        r[0]
        for r in session.execute(
            text("SELECT account_id FROM account_link WHERE portal_user_id = :u"), {"u": keep_id}
        )
    }
    assert joined_accounts <= kept_accounts
    assert notifications(session, keep_id)[-1][0] == "portal_users_merged"


def test_logins_of_different_customers_are_not_merged(
    session: Session, operator_sessions: Factory
) -> None:
    keep_id, keep_version, *_ = active_user(session)
    other_id, other_version = one(
        session,
        "SELECT id, version FROM portal_user WHERE customer_id IS NOT NULL"
        " AND customer_id <> (SELECT customer_id FROM portal_user WHERE id = :u) ORDER BY id",
        u=keep_id,
    )
    supervisor = operator_sessions("billing_supervisor")
    with supervisor() as s, pytest.raises(ValidationFailed) as refused:
        actions.merge(s, keep_id, keep_version, other_id, other_version)
    assert refused.value.problems[0].code == "portal_user.merge_other_customer"
    assert session.execute(text("SELECT 1 FROM portal_user WHERE id = :u"), {"u": other_id}).first()
