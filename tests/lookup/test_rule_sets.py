"""Per-portal rule sets kept in the database: the SQL check and the console's agree, and a
registration for a caller follows the portal's rules (Kamchatskenergo, Krymenergo, Inter RAO).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.register_dialog import RegisterLoginDialog
from console.services import link_requests
from console.tasks import TaskRunner
from models import clock
from models.domain.phones import normalize_phone
from models.domain.portal_rules import KAMCHATSKENERGO, registration_problems
from models.domain.problems import ValidationFailed
from models.queries.card import load_card
from models.queries.portal_rules import load_rule_sets, rules_for
from tests.domain.test_portal_rules import INTER_RAO, KRYMENERGO, RULE_CASES
from tests.lookup.conftest import one

Factory = Callable[[str], sessionmaker[Session]]


@pytest.fixture
def agent(operator_sessions: Factory) -> sessionmaker[Session]:
    return operator_sessions("billing_agent")


def test_the_database_holds_the_three_portals_rule_sets(session: Session) -> None:
    rules = {r.code: r for r in load_rule_sets(session)}
    assert rules == {
        "kamchatskenergo": KAMCHATSKENERGO,
        "krymenergo": KRYMENERGO,
        "inter_rao": INTER_RAO,
    }
    assert next(iter(load_rule_sets(session))) == KAMCHATSKENERGO  # the default first
    assert rules_for(session, None, 1) == KAMCHATSKENERGO
    assert rules_for(session, "krymenergo", 1) == KRYMENERGO
    sources = dict(session.execute(text("SELECT code, source FROM portal_rule_set")).all())
    assert sources["kamchatskenergo"].startswith("000:")
    assert sources["krymenergo"].startswith("001:")
    assert sources["inter_rao"].startswith("002:")


@pytest.mark.parametrize(("rules", "login", "email", "phone", "password", "accepted"), RULE_CASES)
def test_the_sql_check_agrees_with_the_consoles(
    session: Session, rules, login, email, phone, password, accepted
) -> None:
    problems = session.execute(
        text(
            "SELECT billing.portal_rule_problems(s, :login, :password, :email, :phone)"
            " FROM billing.portal_rule_set s WHERE s.code = :code"
        ),
        {
            "code": rules.code,
            "login": login,
            "password": password,
            "email": email,
            "phone": normalize_phone(phone) or phone if phone else "",
        },
    ).scalar_one()
    console = [p for p in registration_problems(rules, login, email, phone, password) if p.is_error]
    assert (problems == []) is accepted, problems
    assert (console == []) is accepted, console


def _receipt_account(session: Session, skip: int = 0) -> tuple[int, str, str]:
    _account_id, region_id, number, receipt = one(
        session,
        "SELECT a.id, a.region_id, a.number, (SELECT b.receipt_number FROM bill b"
        " WHERE b.account_id = a.id ORDER BY b.billing_period DESC, b.id DESC LIMIT 1)"
        " FROM account a WHERE EXISTS (SELECT FROM bill b WHERE b.account_id = a.id)"
        " AND NOT EXISTS (SELECT FROM account_link l WHERE l.account_id = a.id)"
        " AND (SELECT count(*) FROM account x WHERE x.number = a.number) = 1"
        " ORDER BY a.id OFFSET :skip",
        skip=skip,
    )
    return region_id, number, receipt


def test_krymenergo_registers_a_short_e_mail_login_without_a_phone(
    session: Session, agent: sessionmaker[Session]
) -> None:
    region_id, number, amount = one(
        session,
        "SELECT a.region_id, a.number, to_char(p.amount, 'FM999999990.00') FROM account a"
        " JOIN LATERAL (SELECT amount FROM payment p WHERE p.account_id = a.id AND p.amount > 0"
        "  AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)"
        "  ORDER BY p.paid_on DESC, p.id DESC LIMIT 1) p ON true"
        " WHERE NOT EXISTS (SELECT FROM account_link l WHERE l.account_id = a.id)"
        " AND (SELECT count(*) FROM account x WHERE x.number = a.number) = 1 ORDER BY a.id",
    )
    with agent() as s:
        # Kamchatskenergo refuses the login (too short) and wants a phone.
        with pytest.raises(ValidationFailed) as refused:
            link_requests.register_login(s, region_id, number, amount, "a@b.ru", "a@b.ru", "")
        assert {p.code for p in refused.value.problems} >= {"login.too_short", "phone.required"}
        user_id = link_requests.register_login(
            s,
            region_id,
            number,
            amount,
            "",
            "a@b.ru",
            "",
            rule_set="krymenergo",
            proof_kind="last_payment_amount",
        )
        # Krymenergo's proofs are a payment or the surname letters, not a receipt.
        with pytest.raises(ValidationFailed) as wrong_kind:
            link_requests.register_login(
                s,
                region_id,
                number,
                "R1",
                "",
                "c@d.ru",
                "",
                rule_set="krymenergo",
                proof_kind="receipt_number",
            )
    assert wrong_kind.value.problems[0].code == "registration.proof_kind"
    login, phone, rule_set, sent = one(
        session,
        "SELECT u.login, u.phone, u.rule_set_code, (SELECT array_agg(n.channel ORDER BY n.id)"
        " FROM notification n WHERE n.portal_user_id = u.id) FROM portal_user u WHERE id = :u",
        u=user_id,
    )
    assert (login, phone, rule_set, sent) == ("a@b.ru", None, "krymenergo", ["email"])


def test_inter_rao_lets_one_e_mail_serve_two_logins(
    session: Session, agent: sessionmaker[Session]
) -> None:
    first = _receipt_account(session)
    second = _receipt_account(session, skip=1)
    with agent() as s:
        ids = [
            link_requests.register_login(
                s, region, number, receipt, login, "firma@example.ru", "", rule_set="inter_rao"
            )
            for (region, number, receipt), login in ((first, "buh"), (second, "director"))
        ]
        # Kamchatskenergo keeps e-mails unique: this one is taken now.
        third = _receipt_account(session, skip=2)
        with pytest.raises(ValidationFailed) as taken:
            link_requests.register_login(
                s, third[0], third[1], third[2], "kamchatka_1", "firma@example.ru", "+79145550101"
            )
    assert taken.value.problems[0].code == "portal_user.email_taken"
    shared = session.execute(
        text("SELECT login, email_shared FROM portal_user WHERE id = ANY(:ids) ORDER BY login"),
        {"ids": ids},
    ).all()
    assert [tuple(r) for r in shared] == [("buh", True), ("director", True)]


def test_an_inter_rao_login_may_not_take_a_kamchatka_logins_e_mail(
    session: Session, agent: sessionmaker[Session]
) -> None:
    email = one(session, "SELECT email FROM portal_user WHERE NOT email_shared ORDER BY id")[0]
    region, number, receipt = _receipt_account(session)
    with agent() as s, pytest.raises(ValidationFailed) as taken:
        link_requests.register_login(
            s, region, number, receipt, "buh2", email, "", rule_set="inter_rao"
        )
    assert taken.value.problems[0].code == "portal_user.email_taken"


def test_the_registration_form_offers_each_portals_rules_and_proofs(
    qtbot, session: Session, agent: sessionmaker[Session]
) -> None:
    amount, customer_id = one(
        session,
        "SELECT to_char(p.amount, 'FM999999990.00'), a.customer_id"
        " FROM account a JOIN LATERAL (SELECT amount FROM payment p WHERE p.account_id = a.id"
        "  AND p.amount > 0 AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)"
        "  ORDER BY p.paid_on DESC, p.id DESC LIMIT 1) p ON true"
        " WHERE NOT EXISTS (SELECT FROM account_link l WHERE l.account_id = a.id)"
        " AND (SELECT count(*) FROM account x WHERE x.number = a.number) = 1"
        " AND (SELECT count(*) FROM account y WHERE y.customer_id = a.customer_id) = 1"
        " ORDER BY a.id",
    )
    card = load_card(session, customer_id, clock.today())
    session.rollback()
    runner = TaskRunner(agent)
    dialog = RegisterLoginDialog(runner, card.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rule_set.count() == 4, timeout=10_000)
    assert dialog.rule_set.objectName() == "lookupRegisterRuleSet"
    assert dialog.proof_kind.accessibleName() == "Proof kind"
    dialog.rule_set.setCurrentIndex(dialog.rule_set.findData("krymenergo"))
    assert [dialog.proof_kind.itemData(i) for i in range(dialog.proof_kind.count())] == [
        "last_payment_amount",
        "surname_prefix",
    ]
    dialog.receipt.setText(amount)
    dialog.email.setText("k@r.ru")
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.run()
    assert dialog.verdict.isVisible()
    runner.wait_for_done()
    login, rule_set = one(
        session, "SELECT login, rule_set_code FROM portal_user WHERE email = 'k@r.ru'"
    )
    assert (login, rule_set) == ("k@r.ru", "krymenergo")
