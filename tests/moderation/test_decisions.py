"""Link requests and registrations through the SQL functions, as agents and supervisors."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services import moderation
from console.tasks import Conflict
from models.domain.identifiers import validate_ogrnip
from models.domain.problems import ValidationFailed
from models.queries.moderation import Queue, account_facts
from tests.moderation.conftest import DemoAccount, Operator, scalar


def _last_amount(session: Session, demo: DemoAccount) -> Decimal:
    facts = account_facts(session, demo.region_id, demo.number)
    assert facts.last_payment_amount is not None
    return facts.last_payment_amount


def _notifications(session: Session, user_id: int) -> list[str]:
    rows = session.execute(
        text("SELECT template FROM billing.notification WHERE portal_user_id = :u ORDER BY id"),
        {"u": user_id},
    )
    return [r[0] for r in rows]


def test_matching_amount_links_at_once(
    session: Session, agent: Operator, demo_account: DemoAccount
) -> None:
    amount = _last_amount(session, demo_account)
    with agent.sessions() as s:
        state = moderation.create_link_request(
            s,
            demo_account.portal_user_id,
            demo_account.region_id,
            demo_account.number,
            "last_payment_amount",
            str(amount).replace(".", ","),
        )
    assert state.status == "auto_approved"
    assert (
        scalar(
            session,
            "SELECT count(*) FROM billing.account_link WHERE portal_user_id = :u AND account_id = :a",
            u=demo_account.portal_user_id,
            a=demo_account.account_id,
        )
        == 1
    )
    assert _notifications(session, demo_account.portal_user_id)[-1] == "link_request_approved"


def test_a_kopeck_off_waits_with_the_reason(
    session: Session, agent: Operator, demo_account: DemoAccount
) -> None:
    amount = _last_amount(session, demo_account) + Decimal("0.01")
    with agent.sessions() as s:
        state = moderation.create_link_request(
            s,
            demo_account.portal_user_id,
            demo_account.region_id,
            demo_account.number,
            "last_payment_amount",
            str(amount),
        )
    assert state.status == "pending"
    assert state.check_code == "link_proof.amount_differs"
    assert state.check_details["difference"] == "0.01"
    assert _notifications(session, demo_account.portal_user_id)[-1] == "link_request_received"
    body = scalar(session, "SELECT body FROM billing.notification ORDER BY id DESC LIMIT 1")
    assert str(state.number) in body
    # a double click does not create a second request
    with agent.sessions() as s, pytest.raises(ValidationFailed) as refused:
        moderation.create_link_request(
            s,
            demo_account.portal_user_id,
            demo_account.region_id,
            demo_account.number,
            "last_payment_amount",
            str(amount),
        )
    assert refused.value.problems[0].code == "link_request.duplicate"
    # the customer corrects the amount: the check runs again and links the account
    with agent.sessions() as s:
        edited = moderation.edit_link_request(
            s,
            state.id,
            state.version,
            demo_account.region_id,
            demo_account.number,
            "last_payment_amount",
            str(amount - Decimal("0.01")),
        )
    assert edited.status == "auto_approved"


def test_wrong_region_waits(session: Session, agent: Operator, demo_account: DemoAccount) -> None:
    amount = _last_amount(session, demo_account)
    with agent.sessions() as s:
        state = moderation.create_link_request(
            s,
            demo_account.portal_user_id,
            demo_account.other_region_id,
            demo_account.number,
            "last_payment_amount",
            str(amount),
        )
    assert (state.status, state.check_code) == ("pending", "link_proof.region_differs")


def _pending_request(agent: Operator, demo: DemoAccount) -> moderation.LinkRequestState:
    with agent.sessions() as s:
        return moderation.create_link_request(
            s, demo.portal_user_id, demo.region_id, demo.number, "surname_prefix", "Щщщ"
        )


def test_agents_cannot_decide(agent: Operator, demo_account: DemoAccount) -> None:
    state = _pending_request(agent, demo_account)
    with agent.sessions() as s, pytest.raises(DBAPIError) as refused:
        moderation.decide(s, Queue.LINK_REQUESTS, state.id, state.version, approve=True)
    assert getattr(refused.value.orig, "sqlstate", "") == "42501"


def test_a_decision_made_meanwhile_is_never_overwritten(
    session: Session,
    agent: Operator,
    make_operator: Callable[..., Operator],
    demo_account: DemoAccount,
) -> None:
    state = _pending_request(agent, demo_account)
    first, second = make_operator("billing_supervisor"), make_operator("billing_supervisor")
    with first.sessions() as s:
        decided = moderation.decide(
            s,
            Queue.LINK_REQUESTS,
            state.id,
            state.version,
            approve=False,
            reason_code="proof_mismatch",
            comment="фамилия не совпадает",
        )
    assert decided.status == "rejected"
    with second.sessions() as s, pytest.raises(Conflict):
        moderation.decide(s, Queue.LINK_REQUESTS, state.id, state.version, approve=True)
    row = session.execute(
        text("SELECT status, decided_by, reason FROM billing.link_request WHERE id = :i"),
        {"i": state.id},
    ).one()
    assert row == (
        "rejected",
        first.login,
        "данные для подтверждения не совпадают с данными биллинга: фамилия не совпадает",
    )
    assert _notifications(session, demo_account.portal_user_id)[-1] == "link_request_rejected"
    audit = scalar(
        session,
        "SELECT count(*) FROM billing.audit_log WHERE table_name = 'link_request'"
        " AND row_key = :k AND operator = :o AND new_values ->> 'status' = 'rejected'",
        k=str(state.id),
        o=first.login,
    )
    assert audit == 1


def test_rejection_needs_a_reason(
    agent: Operator, supervisor: Operator, demo_account: DemoAccount
) -> None:
    state = _pending_request(agent, demo_account)
    with supervisor.sessions() as s:
        for code, comment, expected in (
            (None, "", "moderation.reason_required"),
            ("other", "  ", "moderation.comment_required"),
        ):
            with pytest.raises(ValidationFailed) as refused:
                moderation.decide(
                    s,
                    Queue.LINK_REQUESTS,
                    state.id,
                    state.version,
                    approve=False,
                    reason_code=code,
                    comment=comment,
                )
            assert refused.value.problems[0].code == expected


def test_approval_links_the_account(
    session: Session, agent: Operator, supervisor: Operator, demo_account: DemoAccount
) -> None:
    state = _pending_request(agent, demo_account)
    with supervisor.sessions() as s:
        claim = moderation.claim_next(s, Queue.LINK_REQUESTS)
        assert claim is not None
        # the oldest demo request comes first; decide ours with the version we saw
        version = scalar(s, "SELECT version FROM billing.link_request WHERE id = :i", i=state.id)
        s.rollback()
        moderation.decide(s, Queue.LINK_REQUESTS, state.id, version, approve=True)
    assert (
        scalar(
            session,
            "SELECT count(*) FROM billing.account_link WHERE link_request_id = :r",
            r=state.id,
        )
        == 1
    )


def test_claims_never_overlap_and_expire(
    session: Session, make_operator: Callable[..., Operator]
) -> None:
    first, second = make_operator("billing_supervisor"), make_operator("billing_supervisor")
    with first.sessions() as a, second.sessions() as b:
        claim_a = moderation.claim_next(a, Queue.LINK_REQUESTS)
        claim_b = moderation.claim_next(b, Queue.LINK_REQUESTS)
        assert claim_a is not None
        assert claim_b is not None
        assert claim_a.id != claim_b.id
        # Next again gives the item one already holds, not a second one
        assert moderation.claim_next(a, Queue.LINK_REQUESTS).id == claim_a.id
        # the other supervisor cannot decide an item someone holds
        version = scalar(b, "SELECT version FROM billing.link_request WHERE id = :i", i=claim_a.id)
        b.rollback()
        with pytest.raises(ValidationFailed) as refused:
            moderation.decide(b, Queue.LINK_REQUESTS, claim_a.id, version, approve=True)
        assert refused.value.problems[0].code == "moderation.claimed_by_other"
    # an abandoned claim expires and the item can be claimed again
    session.execute(
        text(
            "UPDATE billing.link_request SET claimed_until = now() - interval '1 minute' WHERE id = :i"
        ),
        {"i": claim_a.id},
    )
    session.commit()
    third = make_operator("billing_supervisor")
    with third.sessions() as c:
        claim_c = moderation.claim_next(c, Queue.LINK_REQUESTS)
    assert claim_c is not None
    assert claim_c.id == claim_a.id


def test_release_returns_the_item(
    supervisor: Operator, make_operator: Callable[..., Operator]
) -> None:
    with supervisor.sessions() as s:
        claim = moderation.claim_next(s, Queue.REGISTRATIONS)
        assert claim is not None
        moderation.release(s, Queue.REGISTRATIONS, claim.id, claim.version)
    other = make_operator("billing_supervisor")
    with other.sessions() as s:
        again = moderation.claim_next(s, Queue.REGISTRATIONS)
    assert again is not None
    assert again.id == claim.id


def _review(session: Session, valid_inn: bool) -> tuple[int, int, int]:
    row = session.execute(
        text(
            "SELECT rv.id, rv.version, rv.portal_user_id FROM billing.registration_review rv"
            " WHERE rv.customer_kind = 'organisation' AND rv.status = 'pending'"
            " AND billing.mod_inn_valid(rv.inn)"
            " AND EXISTS (SELECT FROM billing.customer c WHERE c.inn = rv.inn) = :valid"
            " ORDER BY rv.id LIMIT 1"
        ),
        {"valid": valid_inn},
    ).one()
    session.rollback()
    return row.id, row.version, row.portal_user_id


def test_approving_an_organisation_activates_the_user(
    session: Session, supervisor: Operator
) -> None:
    review_id, version, user_id = _review(session, valid_inn=True)
    with supervisor.sessions() as s:
        decision = moderation.decide(s, Queue.REGISTRATIONS, review_id, version, approve=True)
    assert decision.status == "approved"
    assert (
        scalar(session, "SELECT status FROM billing.portal_user WHERE id = :u", u=user_id)
        == "active"
    )
    assert _notifications(session, user_id)[-1] == "registration_approved"


def test_an_organisation_unknown_to_billing_cannot_be_approved(
    session: Session, supervisor: Operator
) -> None:
    review_id, version, user_id = _review(session, valid_inn=False)
    with supervisor.sessions() as s, pytest.raises(ValidationFailed) as refused:
        moderation.decide(s, Queue.REGISTRATIONS, review_id, version, approve=True)
    assert refused.value.problems[0].code == "registration.customer_not_found"
    with supervisor.sessions() as s:
        rejected = moderation.decide(
            s, Queue.REGISTRATIONS, review_id, version, approve=False, reason_code="not_customer"
        )
    assert rejected.reason == "организация не является абонентом"
    body = scalar(
        session,
        "SELECT body FROM billing.notification WHERE portal_user_id = :u ORDER BY id DESC LIMIT 1",
        u=user_id,
    )
    assert "организация не является абонентом" in body


def test_the_decision_view_accepts_the_ogrnip_stdnum_rejects(session: Session) -> None:
    from stdnum.ru import ogrn as stdnum_ogrn

    assert not stdnum_ogrn.is_valid("304500116000050")
    assert validate_ogrnip("304500116000050") == []
    review_id, _version, _user = _review(session, valid_inn=True)
    session.execute(
        text("UPDATE billing.registration_review SET ogrn = '304500116000050' WHERE id = :i"),
        {"i": review_id},
    )
    session.commit()
    from models.clock import now
    from models.domain.working_days import WorkingCalendar
    from models.queries.moderation import load_review

    detail = load_review(session, review_id, WorkingCalendar(frozenset()), now())
    assert detail is not None
    assert detail.ogrn_problems == ()
