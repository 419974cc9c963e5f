"""Registering a portal login for a caller under the portal's rules (Kamchatskenergo's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.services import link_requests
from models.domain.problems import ValidationFailed
from tests.lookup.conftest import one

Factory = Callable[[str], sessionmaker[Session]]


def account_without_login(session: Session) -> tuple[int, int, str, str]:
    """(account id, region id, number, latest receipt) of an account no login sees."""
    return one(
        session,
        "SELECT a.id, a.region_id, a.number, (SELECT b.receipt_number FROM bill b"
        " WHERE b.account_id = a.id ORDER BY b.billing_period DESC, b.id DESC LIMIT 1)"
        " FROM account a WHERE EXISTS (SELECT FROM bill b WHERE b.account_id = a.id)"
        " AND NOT EXISTS (SELECT FROM account_link l WHERE l.account_id = a.id) ORDER BY a.id",
    )


@pytest.fixture
def agent(operator_sessions: Factory) -> sessionmaker[Session]:
    return operator_sessions("billing_agent")


def test_agent_registers_a_login_that_waits_for_the_email_link_and_the_sms_code(
    session: Session, agent: sessionmaker[Session]
) -> None:
    account_id, region_id, number, receipt = account_without_login(session)
    with agent() as s:
        user_id = link_requests.register_login(
            s,
            region_id,
            number,
            receipt,
            "ivanov_2026",
            "Ivanov.Caller@Mail.RU",
            "8 (914) 555-12-34",
        )
    login, email, phone, status, hash_, customer = one(
        session,
        "SELECT login, email, phone, status, password_hash, customer_id FROM portal_user"
        " WHERE id = :u",
        u=user_id,
    )
    assert (login, email, phone, status) == (
        "ivanov_2026",
        "Ivanov.Caller@mail.ru",
        "+79145551234",
        "email_unconfirmed",
    )
    assert hash_ == "!"  # the customer sets the password by the e-mail link
    assert (
        customer == one(session, "SELECT customer_id FROM account WHERE id = :a", a=account_id)[0]
    )
    assert one(
        session,
        "SELECT count(*) FROM account_link WHERE portal_user_id = :u AND account_id = :a",
        u=user_id,
        a=account_id,
    ) == (1,)
    sent = session.execute(
        text("SELECT template, channel FROM notification WHERE portal_user_id = :u ORDER BY id"),
        {"u": user_id},
    ).all()
    assert [tuple(r) for r in sent] == [("email_confirmation", "email"), ("portal_code", "sms")]
    assert one(session, "SELECT purpose FROM portal_code WHERE portal_user_id = :u", u=user_id) == (
        "registration",
    )
    assert one(
        session, "SELECT action FROM portal_action WHERE portal_user_id = :u ORDER BY id", u=user_id
    ) == ("registered",)


@pytest.mark.parametrize(
    ("login", "email", "phone", "code"),
    [
        ("ivan7ch", "a.b@mail.ru", "+79145550001", "login.too_short"),
        ("ivan ivanov", "a.b@mail.ru", "+79145550001", "login.spaces"),
        ("ivanov_2026x", "not-an-email", "+79145550001", "email.format"),
        ("ivanov_2026x", "a.b@mail.ru", "+7 914 555", "phone.format"),
    ],
)
def test_the_portal_rules_refuse_before_the_database_is_asked(
    session: Session, agent: sessionmaker[Session], login: str, email: str, phone: str, code: str
) -> None:
    _account, region_id, number, receipt = account_without_login(session)
    with agent() as s, pytest.raises(ValidationFailed) as refused:
        link_requests.register_login(s, region_id, number, receipt, login, email, phone)
    assert code.split(".")[0] in {p.code.split(".")[0] for p in refused.value.problems}


def test_a_wrong_receipt_registers_nothing_and_tells_nothing(
    session: Session, agent: sessionmaker[Session]
) -> None:
    _account, region_id, number, receipt = account_without_login(session)
    wrong = receipt[:-1] + str((int(receipt[-1]) + 1) % 10)
    with agent() as s, pytest.raises(ValidationFailed) as refused:
        link_requests.register_login(
            s, region_id, number, wrong, "ivanov_2026", "a.b@mail.ru", "+79145550002"
        )
    assert [p.code for p in refused.value.problems] == ["registration.proof_failed"]
    session.rollback()
    assert one(session, "SELECT count(*) FROM portal_user WHERE login = 'ivanov_2026'") == (0,)


def test_an_agent_in_plain_sql_bypasses_no_rule(
    session: Session, agent: sessionmaker[Session]
) -> None:
    _account, region_id, number, receipt = account_without_login(session)
    with agent() as s:
        for login, phone, code in (
            ("short", "+79145550003", "registration.login_too_short"),
            ("has space1", "+79145550003", "registration.login_spaces"),
            ("longenough", "89145550003", "portal_user.phone_format"),
        ):
            with pytest.raises(DBAPIError) as refused, s.begin():
                s.execute(
                    text(
                        "SELECT billing.register_portal_login(:r, :n, :receipt, :login,"
                        " 'x.y@mail.ru', :phone)"
                    ),
                    {
                        "r": region_id,
                        "n": number,
                        "receipt": receipt,
                        "login": login,
                        "phone": phone,
                    },
                )
            assert refused.value.orig.diag.message_primary == code
        with pytest.raises(DBAPIError) as refused, s.begin():
            s.execute(
                text(
                    "INSERT INTO billing.portal_user (login, email, password_hash, status)"
                    " VALUES ('sneaky_login', 's@mail.ru', '!', 'active')"
                )
            )
        assert refused.value.orig.sqlstate == "42501"


def test_agent_registers_from_the_card(
    qtbot, session: Session, agent: sessionmaker[Session]
) -> None:
    from console.lookup.card_widget import CustomerCard
    from console.lookup.register_dialog import RegisterLoginDialog
    from console.navigation import Navigator
    from console.tasks import TaskRunner
    from tests.lookup.test_link_for_caller import shot
    from widgets.qt import Qt

    account_id, _region, number, receipt = account_without_login(session)
    (customer_id,) = one(session, "SELECT customer_id FROM account WHERE id = :a", a=account_id)
    runner = TaskRunner(agent)
    card = CustomerCard(runner, Navigator(), customer_id, "agent")
    qtbot.addWidget(card)
    card.resize(1300, 900)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    card.sections.setCurrentIndex(1)
    logins = card.portal.table.rowCount()
    assert card.portal.buttons["register"].isEnabled()
    qtbot.mouseClick(card.portal.buttons["register"], Qt.MouseButton.LeftButton)
    dialog = card.portal.findChild(RegisterLoginDialog)
    assert dialog is not None
    dialog.account.setCurrentIndex(dialog.account.findText(number, Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(dialog.receipt, receipt)
    qtbot.keyClicks(dialog.login, "caller login")
    qtbot.keyClicks(dialog.email, "caller.new@mail.ru")
    qtbot.keyClicks(dialog.phone, "+7 914 555 77 66")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "spaces" in dialog.problem.text()
    dialog.login.clear()
    qtbot.keyClicks(dialog.login, "caller_login")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.verdict.isVisible, timeout=10_000)
    assert "caller_login" in dialog.verdict.text()
    shot(dialog, "register_dialog_done")
    qtbot.waitUntil(lambda: card.portal.table.rowCount() == logins + 1, timeout=10_000)
    runner.wait_for_done()
    qtbot.wait(100)
