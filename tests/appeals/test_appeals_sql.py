"""The interaction log and the appeals register through their SQL functions, as each role."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services import appeals as service
from console.tasks import Conflict
from models.domain.problems import ValidationFailed
from models.domain.working_days import russian_calendar
from models.queries import appeals as queries
from models.queries.settings import working_calendar
from tests.appeals.conftest import Customer, Operator

CONTACT_SQL = (
    "SELECT billing.record_interaction(:customer, :account, 'phone', 'complaint',"
    " ARRAY['account_number', 'address'], 'звонок', 'зарегистрирована жалоба')"
)


def _contact(customer: Customer) -> service.Contact:
    return service.Contact(
        customer.customer_id,
        customer.account_id,
        "phone",
        "bill_question",
        ("account_number", "last_payment"),
        "Спрашивает о начислении",
        "Зарегистрирована жалоба",
    )


def _sqlstate(error: DBAPIError) -> str:
    assert isinstance(error.orig, psycopg.Error)
    return error.orig.sqlstate or ""


def _register(agent: Operator, customer: Customer) -> service.Recorded:
    with agent.sessions() as s:
        return service.record_contact(
            s, _contact(customer), service.NewAppeal("complaint", "Неверно начислено за октябрь")
        )


def test_agent_records_a_contact_stamped_by_the_database(
    agent: Operator, customer: Customer, session: Session
) -> None:
    with agent.sessions() as s:
        recorded = service.record_contact(s, _contact(customer))
    row = session.execute(
        text(
            "SELECT recorded_by, recorded_at > now() - interval '1 minute', identified_by,"
            " channel, topic FROM billing.interaction WHERE id = :id"
        ),
        {"id": recorded.interaction_id},
    ).one()
    assert row == (agent.login, True, ["account_number", "last_payment"], "phone", "bill_question")
    audited = session.execute(
        text(
            "SELECT operator FROM billing.audit_log WHERE table_name = 'interaction'"
            " AND row_key = :key"
        ),
        {"key": str(recorded.interaction_id)},
    ).scalar_one()
    assert audited == agent.login


def test_bad_contact_input_is_refused_next_to_its_field_and_changes_nothing(
    agent: Operator, customer: Customer, session: Session
) -> None:
    before = session.execute(text("SELECT count(*) FROM billing.interaction")).scalar_one()
    session.rollback()
    bad = (
        (service.Contact(customer.customer_id, None, "pigeon", "other", (), "", ""), "channel"),
        (service.Contact(customer.customer_id, None, "phone", "no_such", (), "", ""), "topic"),
        (
            service.Contact(customer.customer_id, None, "phone", "other", ("horoscope",), "", ""),
            "identified_by",
        ),
    )
    for contact, field in bad:
        with agent.sessions() as s, pytest.raises(ValidationFailed) as refused:
            service.record_contact(s, contact)
        assert refused.value.problems[0].field == field
    with agent.sessions() as s, pytest.raises(ValidationFailed) as refused:
        service.record_contact(s, _contact(customer), service.NewAppeal("complaint", "   "))
    assert refused.value.problems[0].code == "appeal.text_required"
    after = session.execute(text("SELECT count(*) FROM billing.interaction")).scalar_one()
    assert after == before


def test_agent_registers_an_appeal_with_number_and_three_working_day_deadline(
    agent: Operator, customer: Customer, session: Session
) -> None:
    recorded = _register(agent, customer)
    assert recorded.appeal_number is not None
    row = session.execute(
        text(
            "SELECT a.number, a.status, a.source, a.created_by, a.interaction_id, a.deadline,"
            " (a.created_at AT TIME ZONE k.time_zone)::date, a.assignee"
            " FROM billing.appeal a CROSS JOIN billing.business_clock k WHERE a.id = :id"
        ),
        {"id": recorded.appeal_id},
    ).one()
    number, status, source, created_by, interaction_id, deadline, arrived, assignee = row
    assert number == recorded.appeal_number
    assert number.startswith(f"О-{arrived.year}-")
    assert len(number.split("-")[2]) == 6
    assert (status, source, created_by, interaction_id, assignee) == (
        "new",
        "agent",
        agent.login,
        recorded.interaction_id,
        None,
    )
    calendar = russian_calendar(range(arrived.year, arrived.year + 2))
    assert deadline == calendar.add_working_days(arrived, 3) == recorded.deadline
    assert calendar.working_days_between(arrived, deadline) == 3


def test_sql_working_days_agree_with_the_domain_calendar(session: Session) -> None:
    start = session.execute(text("SELECT billing.today()")).scalar_one()
    calendar = working_calendar(session, start, start + timedelta(days=800))
    for offset in range(0, 400, 3):
        day = start + timedelta(days=offset)
        for n in (0, 1, 3, 5):
            got = session.execute(
                text("SELECT billing.add_working_days(:d, :n)"), {"d": day, "n": n}
            ).scalar_one()
            assert got == calendar.add_working_days(day, n), (day, n)


def test_the_deadline_follows_the_governments_transfers(
    agent: Operator, customer: Customer, session: Session
) -> None:
    """An admin's transfer (a weekday off, a worked Saturday) moves the legal deadline, and
    the register's ageing counts with the same calendar."""
    # The day an appeal registered now arrives on (as billing.appeal_stamp takes it).
    arrived = session.execute(
        text("SELECT (now() AT TIME ZONE k.time_zone)::date FROM billing.business_clock k")
    ).scalar_one()

    def deadline() -> date:
        day: date = session.execute(
            text("SELECT billing.add_working_days(:d, 3)"), {"d": arrived}
        ).scalar_one()
        return day

    def transfer(day: date, kind: str) -> None:
        session.execute(
            text(
                "INSERT INTO billing.calendar_day (day, kind, note) VALUES (:day, :kind, 'перенос')"
                " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind"
            ),
            {"day": day, "kind": kind},
        )
        session.commit()

    plain = deadline()
    # The first working day after the arrival (on any date: not a weekend, not 7 January).
    weekday_off: date = session.execute(
        text("SELECT billing.add_working_days(:d, 1)"), {"d": arrived}
    ).scalar_one()
    transfer(weekday_off, "holiday")
    later = deadline()
    assert later > plain  # one of the three working days became a day off
    saturday = arrived + timedelta(days=(6 - arrived.isoweekday()) % 7 or 7)
    transfer(saturday, "working_day")
    calendar = russian_calendar(
        range(arrived.year - 1, arrived.year + 2),
        extra_holidays=[weekday_off],
        extra_working_days=[saturday],
    )
    assert deadline() == calendar.add_working_days(arrived, 3)
    recorded = _register(agent, customer)
    assert recorded.deadline == deadline()
    with agent.sessions() as s:
        shown = queries.appeal(s, recorded.appeal_id)
    assert shown is not None
    assert shown.deadline == recorded.deadline
    assert shown.age_working_days == 0


def test_supervisor_claims_answers_and_the_customers_email_is_queued(
    agent: Operator, supervisor: Operator, customer: Customer, session: Session
) -> None:
    recorded = _register(agent, customer)
    session.execute(
        text(
            "UPDATE billing.appeal SET deadline = deadline - 400 WHERE status = 'new' AND id <> :id"
        ),
        {"id": recorded.appeal_id},
    )
    session.execute(
        text("UPDATE billing.appeal SET deadline = billing.today() - 500 WHERE id = :id"),
        {"id": recorded.appeal_id},
    )
    session.commit()
    with supervisor.sessions() as s:
        claimed = service.claim_next(s)
    assert claimed == recorded.appeal_id
    with supervisor.sessions() as s:
        row = queries.appeal(s, recorded.appeal_id)
    assert row is not None
    assert (row.status, row.assignee, row.overdue) == ("in_work", supervisor.login, True)
    with supervisor.sessions() as s:
        notification_id = service.answer(s, row.id, row.version, "Перерасчёт выполнен.")
    assert notification_id is not None
    queued = session.execute(
        text(
            "SELECT n.recipient, n.template, n.status, n.body LIKE '%Перерасчёт выполнен.%',"
            " n.subject LIKE '%' || a.number || '%'"
            " FROM billing.notification n, billing.appeal a WHERE n.id = :n AND a.id = :a"
        ),
        {"n": notification_id, "a": row.id},
    ).one()
    assert queued == (customer.email, "appeal_answered", "queued", True, True)
    with supervisor.sessions() as s:
        answered = queries.appeal(s, row.id)
    assert answered is not None
    assert (answered.status, answered.answered_by, answered.overdue) == (
        "answered",
        supervisor.login,
        False,
    )
    assert answered.answered_on_time is False
    with supervisor.sessions() as s:
        service.close(s, answered.id, answered.version)
    status = session.execute(
        text("SELECT status, closed_by FROM billing.appeal WHERE id = :id"), {"id": row.id}
    ).one()
    assert tuple(status) == ("closed", supervisor.login)


def test_agent_answers_only_the_appeals_assigned_to_them(
    make_operator, supervisor: Operator, customer: Customer, session: Session
) -> None:
    agent, other = make_operator("agent"), make_operator("agent")
    recorded = _register(agent, customer)
    assert recorded.appeal_id is not None
    with supervisor.sessions() as s:
        row = queries.appeal(s, recorded.appeal_id)
    assert row is not None
    with supervisor.sessions() as s:
        version = service.assign(s, row.id, row.version, agent.login)
    with other.sessions() as s, pytest.raises(DBAPIError) as refused:
        s.execute(text(f"SELECT billing.answer_appeal({row.id}, {version}, 'Не мой ответ')"))
    assert _sqlstate(refused.value) == "42501"
    with other.sessions() as s, pytest.raises(ValidationFailed) as problem:
        service.answer(s, row.id, version, "Не мой ответ")
    assert problem.value.problems[0].code == "appeal.not_assignee"
    with agent.sessions() as s:
        service.answer(s, row.id, version, "Ответ исполнителя")
    answered_by = session.execute(
        text("SELECT answered_by FROM billing.appeal WHERE id = :id"), {"id": row.id}
    ).scalar_one()
    assert answered_by == agent.login


def test_agents_cannot_assign_claim_or_close(
    agent: Operator, customer: Customer, session: Session
) -> None:
    recorded = _register(agent, customer)
    version = session.execute(
        text("SELECT version FROM billing.appeal WHERE id = :id"), {"id": recorded.appeal_id}
    ).scalar_one()
    for call in (
        lambda s: service.assign(s, recorded.appeal_id, version, agent.login),
        service.claim_next,
        lambda s: service.close(s, recorded.appeal_id, version),
    ):
        with agent.sessions() as s, pytest.raises(DBAPIError) as refused:
            call(s)
        assert _sqlstate(refused.value) == "42501"


def test_cashiers_are_refused_everything(
    cashier: Operator, agent: Operator, customer: Customer
) -> None:
    recorded = _register(agent, customer)
    statements = (
        CONTACT_SQL,
        "SELECT * FROM billing.register_appeal(:customer, :account, 'complaint', 'текст')",
        "SELECT * FROM billing.appeals_claim_next()",
        f"SELECT billing.answer_appeal({recorded.appeal_id}, 1, 'ответ')",
        f"SELECT billing.close_appeal({recorded.appeal_id}, 1)",
        "SELECT billing.save_interaction_topic('x', 'X', 1, true)",
        "SELECT * FROM billing.appeal",
        "SELECT * FROM billing.interaction",
    )
    for statement in statements:
        with cashier.sessions() as s, pytest.raises(DBAPIError) as refused:
            s.execute(
                text(statement), {"customer": customer.customer_id, "account": customer.account_id}
            )
        assert _sqlstate(refused.value) == "42501", statement


def test_a_stale_version_is_a_conflict(
    agent: Operator, supervisor: Operator, customer: Customer
) -> None:
    recorded = _register(agent, customer)
    assert recorded.appeal_id is not None
    with supervisor.sessions() as s:
        row = queries.appeal(s, recorded.appeal_id)
    assert row is not None
    with supervisor.sessions() as s:
        service.assign(s, row.id, row.version, agent.login)
    with supervisor.sessions() as s, pytest.raises(Conflict):
        service.answer(s, row.id, row.version, "Ответ по старой версии")


def test_two_supervisors_never_claim_the_same_appeal(
    make_operator, agent: Operator, customer: Customer, session: Session
) -> None:
    first, second = make_operator("supervisor"), make_operator("supervisor")
    _register(agent, customer)
    _register(agent, customer)
    with first.sessions() as a, second.sessions() as b:
        a.begin()
        one = a.execute(text("SELECT * FROM billing.appeals_claim_next()")).one()[0]
        b.begin()
        two = b.execute(text("SELECT * FROM billing.appeals_claim_next()")).one()[0]
        a.commit()
        b.commit()
    assert one != two


def test_supervisors_maintain_the_topics(
    supervisor: Operator, agent: Operator, session: Session
) -> None:
    with supervisor.sessions() as s, s.begin():
        s.execute(text("SELECT billing.save_interaction_topic('tariff', 'Тарифы', 35, true)"))
    with agent.sessions() as s:
        assert queries.Topic("tariff", "Тарифы") in queries.topics(s)
    with agent.sessions() as s, pytest.raises(DBAPIError) as refused, s.begin():
        s.execute(text("SELECT billing.save_interaction_topic('tariff', 'Другое', 35, false)"))
    assert _sqlstate(refused.value) == "42501"


def test_demo_has_portal_appeals_of_every_kind_some_overdue(supervisor: Operator) -> None:
    with supervisor.sessions() as s:
        board = queries.dashboard(s)
    portal = [r for r in board.rows if r.source == "portal"]
    assert {r.kind for r in portal} == {"feedback", "complaint", "general", "change_of_details"}
    assert any(r.overdue for r in portal)
    assert any(not r.overdue for r in portal)
    assert board.overdue == sum(1 for r in board.rows if r.overdue) > 0
    assert all(
        r.attachments or r.kind in ("feedback", "general", "change_of_details") for r in portal
    )
