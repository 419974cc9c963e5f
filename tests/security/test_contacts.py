"""Contacts: no operator reads phones or e-mails in bulk; the console still works for each role.

Plays the hostile operator of issue 11 ("Contacts can be read in bulk"): an agent,
cashier, supervisor or admin with psql and their own password tries every way to the
phones and e-mails of customers and portal users. Then the console's own reads (lookup,
card, portal login, moderation) run as each group, over TCP with passwords.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.services.lookup import LookupQuery, fetch_page, interpret, open_card
from console.services.lookup import open_portal_login as open_login
from models.database import make_engine, make_session_factory
from models.domain.emails import mask_email
from models.domain.phones import mask_phone
from models.domain.search_keys import KeyKind
from models.domain.working_days import WorkingCalendar
from models.queries import moderation as mq
from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect

ROLES = ("agent", "cashier", "supervisor", "admin")
CONTACT_READERS = ("agent", "supervisor")

BULK_READS = (
    "SELECT phone FROM billing.customer",
    "SELECT email FROM billing.customer",
    "SELECT email_key FROM billing.customer",
    "SELECT * FROM billing.customer",
    "SELECT c FROM billing.customer c",
    "SELECT to_jsonb(c) FROM billing.customer c",
    "SELECT count(*) FROM billing.customer WHERE phone LIKE '+7914%'",
    "SELECT id FROM billing.customer ORDER BY email LIMIT 1",
    "SELECT phone FROM billing.portal_user",
    "SELECT email FROM billing.portal_user",
    "SELECT email_key FROM billing.portal_user",
    "SELECT u FROM billing.portal_user u",
    "SELECT recipient FROM billing.notification",
    "SELECT * FROM billing.notification",
    "SELECT details FROM billing.portal_action",
    "SELECT * FROM billing.portal_action",
    "COPY billing.customer (phone) TO STDOUT",
    "COPY (SELECT email FROM billing.portal_user) TO STDOUT",
)


@pytest.fixture(scope="module")
def superuser(pg_server: PgServer, matrix_db: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(matrix_db), autocommit=True) as connection:
        yield connection


@pytest.fixture(scope="module")
def connections(
    pg_server: PgServer, matrix_db: str, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[dict[str, psycopg.Connection]]:
    opened = {}
    for role in ROLES:
        operator = matrix_operators[role]
        opened[role] = psycopg_connect(
            pg_server.url(matrix_db, user=operator.login, password=operator.password)
        )
    yield opened
    for connection in opened.values():
        connection.close()


@pytest.fixture(scope="module")
def sessions_of(
    pg_server: PgServer, matrix_db: str, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[dict[str, sessionmaker[Session]]]:
    """The console's session factories, logged in as an operator of each group."""
    engines = {
        role: make_engine(
            pg_server.url(
                matrix_db,
                user=matrix_operators[role].login,
                password=matrix_operators[role].password,
            )
        )
        for role in ROLES
    }
    yield {role: make_session_factory(engine) for role, engine in engines.items()}
    for engine in engines.values():
        engine.dispose()


def refused(connection: psycopg.Connection, statement: str) -> str | None:
    """The SQLSTATE ``statement`` fails with (None if it ran); always rolled back."""
    try:
        with connection.cursor() as cursor:
            if statement.startswith("COPY"):
                with cursor.copy(statement) as copy:
                    for _ in copy:
                        pass
            else:
                cursor.execute(statement)
                cursor.fetchall()
    except psycopg.Error as error:
        return error.sqlstate
    finally:
        connection.rollback()
    return None


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("statement", BULK_READS)
def test_no_operator_reads_contacts_in_bulk(role: str, statement: str, connections) -> None:
    assert refused(connections[role], statement) == "42501"


@pytest.mark.parametrize("role", ROLES)
def test_masked_contacts_only_for_agents_and_supervisors(role: str, connections) -> None:
    state = refused(connections[role], "SELECT phone_masked, email_masked FROM billing.customer")
    assert state == (None if role in CONTACT_READERS else "42501")


def test_masked_contacts_hide_what_the_domain_rules_hide(superuser) -> None:
    rows = superuser.execute(
        "SELECT phone, phone_masked, email, email_masked FROM billing.customer"
        " UNION ALL SELECT phone, phone_masked, email, email_masked FROM billing.portal_user"
    ).fetchall()
    assert len(rows) > 100
    for phone, phone_masked, email, email_masked in rows:
        assert phone_masked == (mask_phone(phone) if phone else None)
        assert email_masked == (mask_email(email) if email else None)
    superuser.execute(
        "SELECT billing.enqueue_notification(id, 'password_reset') FROM billing.portal_user"
        " ORDER BY id DESC LIMIT 3"
    )
    for masked, channel, recipient in superuser.execute(
        "SELECT recipient_masked, channel, recipient FROM billing.notification"
    ):
        assert masked == (mask_phone(recipient) if channel == "sms" else mask_email(recipient))


@pytest.mark.parametrize("role", ROLES)
def test_search_by_contact_returns_masked_ids(role: str, connections, superuser) -> None:
    phone, email = superuser.execute(
        "SELECT c.phone, u.email FROM billing.customer c JOIN billing.portal_user u"
        " ON u.customer_id = c.id WHERE c.phone IS NOT NULL ORDER BY c.id LIMIT 1"
    ).fetchone()
    find = "SELECT customer_id, portal_user_id, matched FROM billing.find_by_contact(%s, %s)"
    connection = connections[role]
    if role not in CONTACT_READERS:
        for field, value in (("phone", phone), ("email", email)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(find, (field, value))
            connection.rollback()
        return
    by_phone = connection.execute(find, ("phone", phone)).fetchall()
    by_email = connection.execute(find, ("email", email.upper())).fetchall()
    connection.rollback()
    assert by_phone
    assert all(matched == mask_phone(phone) for _c, _u, matched in by_phone)
    assert [m for _c, user, m in by_email if user is not None] == [mask_email(email)]


# --- the console's reads, as each group -------------------------------------------------


def _today(sessions: sessionmaker[Session]) -> date:
    with sessions() as session:
        today: date = session.execute(text("SELECT billing.today()")).scalar_one()
    return today


@pytest.mark.parametrize("role", ["agent", "cashier", "supervisor"])
def test_lookup_works_for_every_serving_group(role: str, sessions_of, superuser) -> None:
    sessions = sessions_of[role]
    contacts = role in CONTACT_READERS
    phone, email, login, number, inn, surname = superuser.execute(
        "SELECT c.phone, u.email, u.login, a.number,"
        " (SELECT inn FROM billing.customer WHERE inn IS NOT NULL LIMIT 1), c.last_name"
        " FROM billing.customer c JOIN billing.portal_user u ON u.customer_id = c.id"
        " JOIN billing.account a ON a.customer_id = c.id"
        " WHERE c.phone IS NOT NULL AND c.last_name IS NOT NULL ORDER BY c.id LIMIT 1"
    ).fetchone()
    as_of = _today(sessions)
    with sessions() as session:
        for key in (number, inn, surname, login, phone, email):
            query = interpret(key, contacts=contacts)
            if not contacts and key in (phone, email):
                assert not isinstance(query, LookupQuery) or all(
                    g.kind not in (KeyKind.PHONE, KeyKind.EMAIL) for g in query.guesses
                )
                continue
            assert isinstance(query, LookupQuery), key
            page = fetch_page(session, query, as_of=as_of)
            session.rollback()
            assert page.rows, key
        if contacts:
            page = fetch_page(session, interpret(phone, KeyKind.PHONE), as_of=as_of)
            assert {r.matched for r in page.rows if r.field == "customer_phone"} == {
                mask_phone(phone)
            }
        else:
            refusal = interpret(phone, KeyKind.PHONE, contacts=False)
            assert not isinstance(refusal, LookupQuery)
            assert refusal.code == "lookup.contacts_not_allowed"


@pytest.mark.parametrize("role", ["agent", "cashier", "supervisor"])
def test_card_and_portal_login_work_for_every_serving_group(
    role: str, sessions_of, superuser
) -> None:
    sessions = sessions_of[role]
    contacts = role in CONTACT_READERS
    customer_id, phone, user_id, email = superuser.execute(
        "SELECT c.id, c.phone, u.id, u.email FROM billing.customer c"
        " JOIN billing.portal_user u ON u.customer_id = c.id"
        " WHERE c.phone IS NOT NULL ORDER BY c.id LIMIT 1"
    ).fetchone()
    with sessions() as session:
        card = open_card(session, customer_id, _today(sessions), contacts=contacts)
        login = open_login(session, user_id, contacts=contacts)
    if contacts:
        assert card.customer.phone_masked == mask_phone(phone)
        assert login.user.email_masked == mask_email(email)
        assert any(u.email_masked == mask_email(email) for u in card.portal_users)
    else:
        assert card.customer.phone_masked is None
        assert card.customer.email_masked is None
        assert login.user.email_masked is None
        assert all(u.email_masked is None and u.phone_masked is None for u in card.portal_users)
    assert card.accounts


def test_moderation_shows_supervisors_masked_contacts(sessions_of, superuser) -> None:
    sessions = sessions_of["supervisor"]
    calendar = WorkingCalendar(frozenset())
    now = datetime.now(UTC)
    request_id, request_email = superuser.execute(
        "SELECT r.id, u.email FROM billing.link_request r"
        " JOIN billing.portal_user u ON u.id = r.portal_user_id ORDER BY r.id LIMIT 1"
    ).fetchone()
    review_id, review_email = superuser.execute(
        "SELECT r.id, u.email FROM billing.registration_review r"
        " JOIN billing.portal_user u ON u.id = r.portal_user_id ORDER BY r.id LIMIT 1"
    ).fetchone()
    superuser.execute(
        "SELECT billing.enqueue_notification(id, 'password_reset') FROM billing.portal_user"
        " ORDER BY id LIMIT 3"
    )
    with sessions() as session:
        rows = mq.load_notifications(session, limit=50)
        request = mq.load_link_request(session, request_id, calendar, now)
        review = mq.load_review(session, review_id, calendar, now)
    assert rows
    assert all("***" in row.recipient for row in rows)
    assert request is not None
    assert request.portal_email == mask_email(request_email)
    assert review is not None
    assert review.portal_email == mask_email(review_email)


@pytest.mark.parametrize("role", ["agent", "cashier", "supervisor"])
def test_the_history_shows_contacts_masked(role: str, connections, superuser) -> None:
    """A contact change is in the customer's history, masked; the audit log keeps it whole."""
    customer_id, user_id, version, email = superuser.execute(
        "SELECT u.customer_id, u.id, u.version, u.email FROM billing.portal_user u"
        " WHERE u.customer_id IS NOT NULL AND u.status = 'active' ORDER BY u.id DESC LIMIT 1"
    ).fetchone()
    new_email = f"{role}.history@example.ru"  # a mask of its own: ag***, ca***, su***
    changer = connections["agent"]
    changer.execute("SELECT billing.portal_change_email(%s, %s, %s)", (user_id, version, new_email))
    changer.commit()
    rows = (
        connections[role]
        .execute(
            "SELECT table_name, old_values, new_values FROM billing.customer_history(%s, 1000)",
            (customer_id,),
        )
        .fetchall()
    )
    connections[role].rollback()
    shown = repr(rows)
    assert new_email not in shown
    assert email not in shown
    [change] = [
        r
        for r in rows
        if r[0] == "portal_user"
        and r[1]
        and r[2]
        and r[2].get("email") == mask_email(new_email) != r[1].get("email")
    ]
    assert change[1]["email"] == mask_email(email)
    whole = superuser.execute(
        "SELECT new_values ->> 'email' FROM billing.audit_log WHERE table_name = 'portal_user'"
        " AND row_key = %s ORDER BY id DESC LIMIT 1",
        (str(user_id),),
    ).fetchone()
    assert whole == (new_email,)
