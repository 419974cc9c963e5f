"""Registration reviews with evidence, organisations by INN + KPP, merges across customers.

Against the real database (each test has its own copy of the demo) and the real
moderation tab (offscreen).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, Engine, text

from console.moderation.detail_html import merge_request_html, review_html
from console.moderation.tab import REVIEW_TOOL, ModerationTab
from console.navigation import Navigator
from console.services import moderation, portal_actions
from console.settings import Settings
from console.tasks import Conflict, TaskRunner
from models.clock import now
from models.domain.problems import ValidationFailed
from models.queries.moderation import (
    Queue,
    QueueFilter,
    load_merge_request,
    load_queue,
    load_review,
)
from models.queries.settings import working_calendar
from tests.moderation.conftest import Operator
from widgets.qt import QtCore, QtWidgets

INN = "7707083893"


@dataclass(frozen=True)
class Branches:
    """Two customers of one organisation (head office and branch) and a review for it."""

    head_id: int
    branch_id: int
    person_id: int
    other_inn_id: int
    review_id: int
    portal_user_id: int


def _one(connection: Connection, sql: str, **params: object) -> int:
    return int(connection.execute(text(sql), params).scalar_one())


def _branches(engine: Engine, *, kpp: str | None) -> Branches:
    """Customers with INN 7707083893 (KPP 770701001 and 770702001) and a pending review."""
    with engine.begin() as c:
        c.execute(text("UPDATE billing.customer SET inn = NULL WHERE inn = :inn"), {"inn": INN})
        head, branch, other = (
            _one(
                c,
                "INSERT INTO billing.customer (kind, name, inn, kpp)"
                " VALUES ('organisation', :name, :inn, :kpp) RETURNING id",
                name=name,
                inn=inn,
                kpp=code,
            )
            for name, inn, code in (
                ("ПАО «Заря»", INN, "770701001"),
                ("ПАО «Заря», филиал", INN, "770702001"),
                ("ООО «Другое»", "7736050003", "773601001"),
            )
        )
        person = _one(c, "SELECT min(id) FROM billing.customer WHERE kind = 'person'")
        user = _one(
            c,
            "INSERT INTO billing.portal_user (login, email, password_hash, kind, status)"
            " VALUES ('zarya_branch', 'zarya@example.ru', '!', 'organisation',"
            " 'awaiting_review') RETURNING id",
        )
        review = _one(
            c,
            "INSERT INTO billing.registration_review (portal_user_id, customer_kind,"
            " organisation_type, organisation_name, inn, kpp, status, applicant_name)"
            " VALUES (:user, 'organisation', 'ПАО', 'Заря', :inn, :kpp, 'pending',"
            " 'Петрова Анна') RETURNING id",
            user=user,
            inn=INN,
            kpp=kpp,
        )
    return Branches(head, branch, person, other, review, user)


def _version(engine: Engine, table: str, item_id: int) -> int:
    with engine.connect() as c:
        return _one(c, f"SELECT version FROM billing.{table} WHERE id = :i", i=item_id)


def _decide_review(operator: Operator, review: int, version: int, customer: int | None) -> str:
    with operator.sessions() as session:
        return moderation.decide(
            session, Queue.REGISTRATIONS, review, version, approve=True, customer_id=customer
        ).status


def _refusal(call: object) -> str:
    with pytest.raises(ValidationFailed) as refused:
        call()  # type: ignore[operator]
    return refused.value.problems[0].code


# --- organisations by INN + KPP --------------------------------------------------------


def test_an_organisation_is_approved_for_the_branch_the_supervisor_chose(
    engine: Engine, supervisor: Operator
) -> None:
    b = _branches(engine, kpp=None)
    version = _version(engine, "registration_review", b.review_id)
    # Two customers share the INN and the registration names no KPP: a choice is needed.
    assert (
        _refusal(lambda: _decide_review(supervisor, b.review_id, version, None))
        == "registration.branch_required"
    )
    wrong = {
        b.person_id: "registration.customer_not_organisation",
        b.other_inn_id: "registration.customer_inn_differs",
        10**9: "registration.customer_not_found",
    }
    for customer, code in wrong.items():
        assert _refusal(lambda c=customer: _decide_review(supervisor, b.review_id, version, c)) == (
            code
        )
    assert _version(engine, "registration_review", b.review_id) == version  # nothing changed
    assert _decide_review(supervisor, b.review_id, version, b.branch_id) == "approved"
    with engine.connect() as c:
        row = c.execute(
            text(
                "SELECT r.customer_id, u.customer_id AS user_customer, u.status"
                " FROM billing.registration_review r JOIN billing.portal_user u"
                " ON u.id = r.portal_user_id WHERE r.id = :i"
            ),
            {"i": b.review_id},
        ).one()
        audited = c.execute(
            text(
                "SELECT new_values ->> 'customer_id' FROM billing.audit_log"
                " WHERE table_name = 'registration_review' AND row_key = :k"
                " ORDER BY id DESC LIMIT 1"
            ),
            {"k": str(b.review_id)},
        ).scalar_one()
    assert (row.customer_id, row.user_customer, row.status) == (b.branch_id, b.branch_id, "active")
    assert audited == str(b.branch_id)


def test_the_branch_must_have_the_registrations_kpp(engine: Engine, supervisor: Operator) -> None:
    b = _branches(engine, kpp="770702001")
    version = _version(engine, "registration_review", b.review_id)
    assert (
        _refusal(lambda: _decide_review(supervisor, b.review_id, version, b.head_id))
        == "registration.customer_kpp_differs"
    )
    # The KPP names one customer: without a choice the approval takes it.
    assert _decide_review(supervisor, b.review_id, version, None) == "approved"
    with engine.connect() as c:
        chosen = _one(
            c, "SELECT customer_id FROM billing.registration_review WHERE id = :i", i=b.review_id
        )
    assert chosen == b.branch_id


def test_a_households_registration_takes_only_the_accounts_owner(
    engine: Engine, supervisor: Operator
) -> None:
    with engine.connect() as c:
        row = c.execute(
            text(
                "SELECT r.id, r.version, a.customer_id FROM billing.registration_review r"
                " JOIN billing.account a ON a.region_id = r.region_id"
                "  AND a.number = r.account_number"
                " WHERE r.status = 'pending' AND r.customer_kind = 'person' ORDER BY r.id LIMIT 1"
            )
        ).one()
        other = _one(c, "SELECT min(id) FROM billing.customer WHERE id <> :o", o=row.customer_id)
    assert (
        _refusal(lambda: _decide_review(supervisor, row.id, row.version, other))
        == "registration.customer_not_account_owner"
    )
    assert _decide_review(supervisor, row.id, row.version, row.customer_id) == "approved"


def test_old_callers_of_the_decision_still_work(engine: Engine, supervisor: Operator) -> None:
    """The five-argument call (as before 0220) still rejects and approves."""
    b = _branches(engine, kpp=None)
    with supervisor.engine.begin() as c:
        status = c.execute(
            text(
                "SELECT status FROM billing.decide_registration_review(:i, :v, false,"
                " 'other', 'проверка')"
            ),
            {"i": b.review_id, "v": _version(engine, "registration_review", b.review_id)},
        ).scalar_one()
    assert status == "rejected"


# --- evidence ---------------------------------------------------------------------------


def test_the_database_checks_each_proof_the_applicant_gave(
    engine: Engine, supervisor: Operator
) -> None:
    """The demo's reviews carry right and wrong proofs; the verdicts are billing's."""
    with engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT p.review_id, p.kind, p.proof_value = lb.receipt_number AS right_value"
                " FROM billing.registration_proof p"
                " JOIN billing.account a ON a.region_id = p.region_id"
                "  AND a.number = p.account_number"
                " JOIN LATERAL (SELECT receipt_number FROM billing.bill b"
                "  WHERE b.account_id = a.id ORDER BY billing_period DESC, id DESC LIMIT 1) lb"
                "  ON true WHERE p.kind = 'receipt_number' ORDER BY p.review_id"
            )
        ).all()
        kinds = set(
            c.execute(
                text(
                    "SELECT DISTINCT r.customer_kind FROM billing.registration_proof p"
                    " JOIN billing.registration_review r ON r.id = p.review_id"
                )
            ).scalars()
        )
    assert kinds == {"person", "organisation"}
    assert {r.right_value for r in rows} == {True, False}
    right = next(r.review_id for r in rows if r.right_value)
    wrong = next(r.review_id for r in rows if not r.right_value)
    with supervisor.engine.connect() as c:
        verdicts = {
            review: {
                row.kind: row.matched
                for row in c.execute(
                    text("SELECT * FROM billing.registration_proof_checks(:i)"), {"i": review}
                )
            }
            for review in (right, wrong)
        }
        problems = c.execute(
            text(
                "SELECT problems FROM billing.registration_proof_checks(:i)"
                " WHERE kind = 'receipt_number'"
            ),
            {"i": wrong},
        ).scalar_one()
    assert verdicts[right]["receipt_number"] is True
    assert verdicts[wrong]["receipt_number"] is False
    assert problems
    assert problems[0]["code"].startswith("link_proof.")


def test_an_agent_may_not_read_the_verdicts(agent: Operator, engine: Engine) -> None:
    with agent.engine.connect() as c, pytest.raises(Exception, match="permission denied"):
        c.execute(text("SELECT * FROM billing.registration_proof_checks(1)")).all()


def test_the_review_detail_shows_the_applicant_and_the_proofs(
    engine: Engine, supervisor: Operator
) -> None:
    with engine.connect() as c:
        review = _one(
            c,
            "SELECT min(p.review_id) FROM billing.registration_proof p"
            " JOIN billing.registration_review r ON r.id = p.review_id"
            " WHERE r.customer_kind = 'person'",
        )
    moment = now()
    with supervisor.sessions() as session:
        detail = load_review(session, review, working_calendar(session, moment.date()), moment)
    assert detail is not None
    assert detail.applicant_name
    assert detail.proofs
    page = review_html(detail)
    assert detail.applicant_name in page
    for proof in detail.proofs:
        assert proof.value in page
    assert ("matches billing" in page) == any(p.matched for p in detail.proofs)
    assert ("does not match" in page) == (not all(p.matched for p in detail.proofs))


# --- merge requests ---------------------------------------------------------------------


def _two_logins(engine: Engine) -> tuple[int, int, int, int]:
    """(keep, joined, keep's version, joined's version): active logins of two customers."""
    with engine.connect() as c:
        row = c.execute(
            text(
                "SELECT k.id AS keep, k.version AS kv, j.id AS joined, j.version AS jv"
                " FROM billing.portal_user k JOIN billing.portal_user j"
                "   ON j.customer_id <> k.customer_id AND j.status = 'active'"
                "  AND EXISTS (SELECT FROM billing.account_link l WHERE l.portal_user_id = j.id)"
                " WHERE k.status = 'active' AND k.kind = 'person' AND j.kind = 'person'"
                "   AND NOT EXISTS (SELECT FROM billing.merge_request m WHERE m.keep_id IN (k.id, j.id)"
                "     OR m.joined_id IN (k.id, j.id))"
                " ORDER BY k.id, j.id LIMIT 1"
            )
        ).one()
    return row.keep, row.joined, row.kv, row.jv


def test_an_agents_merge_across_customers_waits_for_a_supervisor(
    engine: Engine, agent: Operator, supervisor: Operator
) -> None:
    keep, joined, kv, jv = _two_logins(engine)
    with agent.sessions() as session:
        # Only a supervisor merges at once, and only one customer's logins.
        with pytest.raises(Exception, match="permission denied"):
            portal_actions.merge(session, keep, kv, joined, jv)
        session.rollback()
        request = portal_actions.request_merge(session, keep, kv, joined, jv, "обе мои")
        # Asking again gives the same request; the other way round is refused.
        assert portal_actions.request_merge(session, keep, kv, joined, jv) == request
        with pytest.raises(ValidationFailed) as refused:
            portal_actions.request_merge(session, joined, jv, keep, kv)
    assert refused.value.problems[0].code == "merge_request.duplicate"
    with engine.connect() as c:
        assert _one(c, "SELECT count(*) FROM billing.portal_user WHERE id = :i", i=joined) == 1
        moved = _one(
            c, "SELECT count(*) FROM billing.account_link WHERE portal_user_id = :i", i=joined
        )
    version = _version(engine, "merge_request", request)
    with supervisor.sessions() as session:
        decision = moderation.decide(session, Queue.MERGES, request, version, approve=True)
        # The same decision again (a retry after a lost answer) changes nothing.
        again = moderation.decide(session, Queue.MERGES, request, version, approve=True)
    assert decision.status == again.status == "approved"
    assert again.version == decision.version
    with engine.connect() as c:
        assert _one(c, "SELECT count(*) FROM billing.portal_user WHERE id = :i", i=joined) == 0
        links = _one(
            c, "SELECT count(*) FROM billing.account_link WHERE portal_user_id = :i", i=keep
        )
        audited = _one(
            c,
            "SELECT count(*) FROM billing.audit_log WHERE table_name = 'merge_request'"
            " AND row_key = :k",
            k=str(request),
        )
    assert links >= moved > 0
    assert audited >= 2  # the request and the decision


def test_a_decision_on_stale_data_is_refused(
    engine: Engine, agent: Operator, supervisor: Operator, make_operator: Callable[..., Operator]
) -> None:
    keep, joined, kv, jv = _two_logins(engine)
    with agent.sessions() as session:
        request = portal_actions.request_merge(session, keep, kv, joined, jv)
    version = _version(engine, "merge_request", request)
    # A login changes after the request (its phone, say): the approval is refused.
    with engine.begin() as c:
        c.execute(
            text("UPDATE billing.portal_user SET version = version + 1 WHERE id = :i"), {"i": keep}
        )
    with supervisor.sessions() as session:
        with pytest.raises(ValidationFailed) as refused:
            moderation.decide(session, Queue.MERGES, request, version, approve=True)
        assert refused.value.problems[0].code == "merge_request.logins_changed"
        rejected = moderation.decide(
            session, Queue.MERGES, request, version, approve=False, reason_code="not_confirmed"
        )
        assert rejected.status == "rejected"
        # Repeating one's own decision (a retry) returns it unchanged...
        again = moderation.decide(
            session, Queue.MERGES, request, version, approve=False, reason_code="not_confirmed"
        )
        assert again.version == rejected.version
    # ...a second supervisor holding the old version is told, not overwritten.
    with (
        make_operator("billing_supervisor").sessions() as session,
        pytest.raises(ValidationFailed) as late,
    ):
        moderation.decide(session, Queue.MERGES, request, version, approve=True)
    assert late.value.problems[0].code == "moderation.already_decided"
    with engine.connect() as c:
        reason = c.execute(
            text("SELECT reason FROM billing.merge_request WHERE id = :i"), {"i": request}
        ).scalar_one()
        assert _one(c, "SELECT count(*) FROM billing.portal_user WHERE id = :i", i=joined) == 1
    assert reason.startswith("владелец учётных записей не подтвердил")


def test_a_stale_request_version_is_a_conflict(
    engine: Engine, agent: Operator, supervisor: Operator
) -> None:
    keep, joined, kv, jv = _two_logins(engine)
    with agent.sessions() as session:
        request = portal_actions.request_merge(session, keep, kv, joined, jv)
    version = _version(engine, "merge_request", request)
    with supervisor.sessions() as session:
        claim = moderation.claim_next(session, Queue.MERGES)
        assert claim is not None
        with pytest.raises(Conflict):
            moderation.decide(session, Queue.MERGES, claim.id, claim.version - 1, approve=True)
        assert moderation.release(session, Queue.MERGES, claim.id, claim.version) > version


# --- the moderation tab ------------------------------------------------------------------


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, supervisor: Operator) -> Iterator[ModerationTab]:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    runner = TaskRunner(supervisor.sessions)
    widget = ModerationTab(runner, settings, navigator=Navigator())
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    yield widget
    runner.wait_for_done()


def test_the_supervisor_picks_the_branch_in_the_review_detail(
    qtbot: QtBot, tab: ModerationTab, engine: Engine
) -> None:
    b = _branches(engine, kpp=None)
    assert tab._navigator is not None
    tab._navigator.open_account_tool.emit(REVIEW_TOOL, b.review_id)
    branch = tab.findChild(QtWidgets.QComboBox, "moderationBranch")
    approve = tab.findChild(QtWidgets.QPushButton, "moderationApprove")
    message = tab.findChild(QtWidgets.QLabel, "moderationMessage")
    assert branch is not None
    assert approve is not None
    assert message is not None
    qtbot.waitUntil(lambda: tab._detail is not None and approve.isEnabled(), timeout=10_000)
    assert branch.isVisible()
    assert branch.accessibleName() == "Branch to approve"
    assert branch.count() == 3  # «choose» and the two customers with the INN
    assert branch.currentData() is None
    page = tab.findChild(QtWidgets.QTextBrowser, "moderationDecisionPage")
    assert page is not None
    assert "Петрова Анна" in page.toPlainText()
    approve.click()  # no branch chosen: the database refuses, the item stays
    qtbot.waitUntil(lambda: "choose the branch" in message.text(), timeout=10_000)
    qtbot.waitUntil(approve.isEnabled, timeout=10_000)
    branch.setCurrentIndex(branch.findData(b.branch_id))
    approve.click()
    qtbot.waitUntil(lambda: "Approved" in message.text(), timeout=10_000)
    with engine.connect() as c:
        chosen = _one(
            c, "SELECT customer_id FROM billing.registration_review WHERE id = :i", i=b.review_id
        )
    assert chosen == b.branch_id
    assert not branch.isVisible()


def test_merge_requests_are_a_queue_of_the_tab(
    qtbot: QtBot, tab: ModerationTab, engine: Engine, agent: Operator
) -> None:
    keep, joined, kv, jv = _two_logins(engine)
    with agent.sessions() as session:
        request = portal_actions.request_merge(session, keep, kv, joined, jv, "обе мои")
    queue = tab.findChild(QtWidgets.QComboBox, "moderationQueue")
    assert queue is not None
    queue.setCurrentIndex(queue.findData(Queue.MERGES))
    moment = now()
    with agent.sessions() as session:
        items = load_queue(
            session,
            Queue.MERGES,
            QueueFilter(statuses=("pending",)),
            working_calendar(session, moment.date()),
            moment,
        )
        detail = load_merge_request(
            session, request, working_calendar(session, moment.date()), moment
        )
    assert request in [item.id for item in items]
    assert detail is not None
    assert not detail.keep.changed
    assert detail.comment == "обе мои"
    assert detail.keep.login in merge_request_html(detail)
    tab.take_next()
    approve = tab.findChild(QtWidgets.QPushButton, "moderationApprove")
    assert approve is not None
    qtbot.waitUntil(lambda: tab._detail is not None and approve.isEnabled(), timeout=10_000)
    edit = tab.findChild(QtWidgets.QPushButton, "moderationEdit")
    assert edit is not None
    assert not edit.isEnabled()
    taken = tab._detail
    assert taken is not None
    approve.click()
    message = tab.findChild(QtWidgets.QLabel, "moderationMessage")
    assert message is not None
    qtbot.waitUntil(lambda: "Approved" in message.text(), timeout=10_000)
    with engine.connect() as c:
        status = c.execute(
            text("SELECT status FROM billing.merge_request WHERE id = :i"), {"i": taken.id}
        ).scalar_one()
    assert status == "approved"
