"""The privilege matrix, tried with plain SQL by an operator of every group.

Connections go over TCP with scram-sha-256 password authentication, as the console's
do. What the matrix forbids fails with SQLSTATE 42501 and changes nothing; what it
allows succeeds (no error at all) and does what it says, seen from inside the
operator's transaction, which is rolled back afterwards (see privilege_matrix.py).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect
from tests.security.privilege_matrix import (
    ACTIONS,
    FUNCTIONS_OUTSIDE_THE_MATRIX,
    READS,
    ROLES,
    Action,
)

CELLS = [(role, action) for action in ACTIONS for role in ROLES]

NEW_EMAIL, NEW_PHONE = "matrix@example.ru", "+79990000000"
"""The contacts the portal rows change to: free in the database (the facts check)."""


@pytest.fixture(scope="module")
def superuser(pg_server: PgServer, matrix_db: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(matrix_db), autocommit=True) as connection:
        yield connection


def _one(connection: psycopg.Connection, query: str, params: object = None) -> tuple[Any, ...]:
    """The one row ``query`` returns, with no NULL in it."""
    row = connection.execute(query, params).fetchone()  # type: ignore[call-overload]
    assert row is not None, f"no row for the matrix: {query}"
    assert None not in row, f"a NULL for the matrix: {query}"
    return tuple(row)


def _install_meter(superuser: psycopg.Connection, account_id: object) -> int:
    """A new single-zone meter on a new metering point of the account, with no readings."""
    (point,) = _one(
        superuser,
        "INSERT INTO billing.metering_point (account_id, name) VALUES (%s, 'Гараж') RETURNING id",
        (account_id,),
    )
    (meter,) = _one(
        superuser,
        "INSERT INTO billing.meter (metering_point_id, serial_number, model, digits, zones,"
        " installed_on, calibration_due) VALUES (%s, %s, 'Нева 101', 5, 1,"
        " billing.today() - 60, billing.today() + 3650) RETURNING id",
        (point, f"MX{uuid.uuid4().hex[:10].upper()}"),
    )
    return int(meter)


@pytest.fixture(scope="module")
def facts(
    superuser: psycopg.Connection, matrix_operators: dict[str, OperatorLogin]
) -> dict[str, object]:
    """Rows in the state each matrix call needs; what the demo lacks is made here.

    * ``account_id`` (open), its ``customer_id`` (has a phone), ``account_region_id``,
      ``account_number``; the meters below are installed on it, so its history and its
      customer's are not empty.
    * ``meter_id``: a new meter without readings (``confirm_readings`` of a first one).
    * ``reading_id``: the only reading of another new meter (``correct_reading``).
    * ``payment_id``: a payment neither reversed nor a reversal; ``bill_id``: a bill.
    * ``portal_user_id``/``portal_user_version``: an active portal user of a customer,
      e-mail confirmed, linked to ``linked_account_id``, not linked to ``account_id``
      and with no open request for it; ``twin_portal_user_id``/``_version``: a second
      portal user of the same customer (``portal_merge``).
    * ``unconfirmed_portal_user_id``/``_version`` (e-mail not confirmed),
      ``blocked_portal_user_id``/``_version``.
    * ``link_request_id``/``_version``: the oldest unclaimed open link request (the one
      ``moderation_claim_next`` takes), naming an account that exists (can be approved).
    * ``review_id``/``_version``: a pending registration review that can be approved;
      ``organisation_review_id``/``_version``/``_inn``: a pending organisation's review.
    * ``notification_id``: a queued notification, the first due (``notification_claim``
      takes it as try 1); ``dead_notification_id``: a dead one (``notification_resend``).
    * ``customer_phone``, ``portal_user_email``: the contacts of ``customer_id`` and
      ``portal_user_id``, for the searches by a contact (operators cannot read them).
    * ``target_operator``: an agent for the admin's operator actions.
    * ``claimable_appeal_id``/``_version``: the new, unassigned appeal
      ``appeals_claim_next`` takes (the earliest deadline); ``assigned_appeal_id``/
      ``_version``: an appeal in work assigned to the matrix's agent (who may answer it);
      ``answered_appeal_id``/``_version``: an answered appeal (``close_appeal``). The
      customer has an interaction recorded, so ``billing.interaction`` is not empty.
    * ``supplier_version``, ``window_version``: versions of the default supplier details
      and acceptance window; ``own_supplier_region_id``/``_version``: a region with its
      own supplier; ``tariff_act_id``/``_version``, ``calendar_day``/``_version``: a
      tariff act and a holiday transfer of the demo.
    * ``open_shift_id``: an open cash-desk shift (``release_pending_cheques``).
    """
    account_id, customer_id, region_id, number = _one(
        superuser,
        "SELECT a.id, a.customer_id, a.region_id, a.number FROM billing.account a"
        " JOIN billing.customer c ON c.id = a.customer_id"
        " WHERE a.status = 'open' AND c.phone IS NOT NULL ORDER BY a.id LIMIT 1",
    )
    meter_id = _install_meter(superuser, account_id)
    (reading_id,) = _one(
        superuser,
        "INSERT INTO billing.reading (meter_id, zone, value, taken_on, source, entered_by)"
        " VALUES (%s, 'T1', 100, billing.today() - 10, 'customer', 'portal') RETURNING id",
        (_install_meter(superuser, account_id),),
    )
    (payment_id,) = _one(
        superuser,
        "SELECT min(p.id) FROM billing.payment p WHERE p.amount > 0 AND p.reverses_id IS NULL"
        " AND NOT EXISTS (SELECT FROM billing.payment r WHERE r.reverses_id = p.id)",
    )
    portal_user_id, portal_user_version, linked_account_id = _one(
        superuser,
        "SELECT u.id, u.version, min(l.account_id) FROM billing.portal_user u"
        " JOIN billing.account_link l ON l.portal_user_id = u.id"
        " WHERE u.status = 'active' AND u.customer_id IS NOT NULL"
        " AND u.email_confirmed_at IS NOT NULL"
        " AND NOT EXISTS (SELECT FROM billing.account_link x"
        "                  WHERE x.portal_user_id = u.id AND x.account_id = %(account)s)"
        " AND NOT EXISTS (SELECT FROM billing.link_request r WHERE r.portal_user_id = u.id"
        "                  AND r.region_id = %(region)s AND r.account_number = %(number)s"
        "                  AND r.status IN ('new', 'pending'))"
        " GROUP BY u.id ORDER BY u.id LIMIT 1",
        {"account": account_id, "region": region_id, "number": number},
    )
    twin_id, twin_version = _one(
        superuser,
        "INSERT INTO billing.portal_user (login, email, password_hash, kind, status,"
        " customer_id, email_confirmed_at)"
        " SELECT 'matrix_twin_' || u.id, 'matrix.twin.' || u.id || '@example.ru',"
        " u.password_hash, u.kind, 'active', u.customer_id, now()"
        " FROM billing.portal_user u WHERE u.id = %s RETURNING id, version",
        (portal_user_id,),
    )
    unconfirmed_id, unconfirmed_version = _one(
        superuser,
        "SELECT id, version FROM billing.portal_user"
        " WHERE status = 'email_unconfirmed' AND email_confirmed_at IS NULL ORDER BY id LIMIT 1",
    )
    blocked_id, blocked_version = _one(
        superuser,
        "SELECT id, version FROM billing.portal_user WHERE status = 'blocked' ORDER BY id LIMIT 1",
    )
    assert _one(
        superuser,
        "SELECT NOT EXISTS (SELECT FROM billing.portal_user"
        " WHERE email_key = lower(%s) OR phone = %s)",
        (NEW_EMAIL, NEW_PHONE),
    ) == (True,)
    link_request_id, link_request_version, link_account_exists = _one(
        superuser,
        "SELECT r.id, r.version, EXISTS (SELECT FROM billing.account a"
        " WHERE a.region_id = r.region_id AND a.number = r.account_number)"
        " FROM billing.link_request r WHERE r.status IN ('new', 'pending')"
        " AND (r.claimed_until IS NULL OR r.claimed_until <= now())"
        " ORDER BY r.created_at, r.id LIMIT 1",
    )
    assert link_account_exists, "the first open link request must name an existing account"
    review_id, review_version = _one(
        superuser,
        "SELECT r.id, r.version FROM billing.registration_review r WHERE r.status = 'pending'"
        " AND (r.claimed_until IS NULL OR r.claimed_until <= now())"
        " AND CASE WHEN r.customer_kind = 'organisation'"
        "     THEN r.inn ~ '^[0-9]{10}([0-9]{2})?$'"
        "          AND (SELECT count(*) FROM billing.customer c WHERE c.kind = 'organisation'"
        "               AND c.inn = r.inn AND (r.kpp IS NULL OR c.kpp = r.kpp)) = 1"
        "     ELSE EXISTS (SELECT FROM billing.account a"
        "                   WHERE a.region_id = r.region_id AND a.number = r.account_number)"
        " END ORDER BY r.id LIMIT 1",
    )
    organisation_review = _one(
        superuser,
        "SELECT id, version, inn FROM billing.registration_review WHERE status = 'pending'"
        " AND customer_kind = 'organisation' AND inn ~ '^[0-9]{10}$'"
        " AND (claimed_until IS NULL OR claimed_until <= now()) ORDER BY id LIMIT 1",
    )
    notification_id, dead_notification_id = (
        _one(
            superuser,
            "SELECT billing.enqueue_notification(%s, 'password_reset')",
            (portal_user_id,),
        )[0]
        for _ in range(2)
    )
    superuser.execute(
        "UPDATE billing.notification SET next_attempt_at = now() - interval '30 days'"
        " WHERE id = %s",
        (notification_id,),
    )
    superuser.execute(
        "UPDATE billing.notification SET status = 'dead', attempts = 3,"
        " last_error = 'шлюз отклонил адрес' WHERE id = %s",
        (dead_notification_id,),
    )
    assert _one(
        superuser,
        "SELECT id, attempts FROM billing.notification WHERE status IN ('queued', 'failed')"
        " AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 1",
    ) == (notification_id, 0), "the matrix's notification must be the first due"
    (bill_id,) = _one(superuser, "SELECT min(id) FROM billing.bill")
    # Operators cannot read contacts: the searches get them as literals.
    (customer_phone,) = _one(
        superuser, "SELECT phone FROM billing.customer WHERE id = %s", (customer_id,)
    )
    (portal_user_email,) = _one(
        superuser, "SELECT email FROM billing.portal_user WHERE id = %s", (portal_user_id,)
    )
    (interaction_id,) = _one(
        superuser,
        "INSERT INTO billing.interaction (customer_id, account_id, channel, topic, recorded_by)"
        " VALUES (%s, %s, 'phone', 'other', 'matrix') RETURNING id",
        (customer_id, account_id),
    )
    appeals = {}
    for name, status in (("assigned", "in_work"), ("answered", "answered")):
        appeals[name] = _one(
            superuser,
            "INSERT INTO billing.appeal (kind, source, customer_id, account_id, body, status,"
            " assignee, answer, answered_at, answered_by, deadline, interaction_id)"
            " VALUES ('complaint', 'agent', %(customer)s, %(account)s, 'Жалоба матрицы',"
            " %(status)s, %(agent)s, CASE WHEN %(status)s = 'answered' THEN 'Ответ' END,"
            " CASE WHEN %(status)s = 'answered' THEN now() END,"
            " CASE WHEN %(status)s = 'answered' THEN %(agent)s END,"
            " billing.today() - 1000, %(interaction)s) RETURNING id, version",
            {
                "customer": customer_id,
                "account": account_id,
                "status": status,
                "agent": matrix_operators["agent"].login,
                "interaction": interaction_id,
            },
        )
    claimable = _one(
        superuser,
        "SELECT id, version FROM billing.appeal WHERE status = 'new' AND assignee IS NULL"
        " ORDER BY deadline, created_at, id LIMIT 1",
    )
    supplier_version, window_version = _one(
        superuser,
        "SELECT (SELECT version FROM billing.supplier_details WHERE region_id IS NULL),"
        " (SELECT version FROM billing.billing_settings WHERE region_id IS NULL)",
    )
    own_supplier_region_id, own_supplier_version = _one(
        superuser,
        "SELECT region_id, version FROM billing.supplier_details"
        " WHERE region_id IS NOT NULL ORDER BY region_id LIMIT 1",
    )
    tariff_act_id, tariff_act_version = _one(
        superuser, "SELECT id, version FROM billing.tariff_act ORDER BY id LIMIT 1"
    )
    calendar_day, calendar_day_version = _one(
        superuser, "SELECT day, version FROM billing.calendar_day ORDER BY day LIMIT 1"
    )
    (open_shift_id,) = _one(
        superuser,
        "INSERT INTO billing.cash_shift (cashier, opening_float)"
        " VALUES ('matrix_shift_cashier', 0) RETURNING id",
    )
    return {
        "open_shift_id": open_shift_id,
        "claimable_appeal_id": claimable[0],
        "claimable_appeal_version": claimable[1],
        "assigned_appeal_id": appeals["assigned"][0],
        "assigned_appeal_version": appeals["assigned"][1],
        "answered_appeal_id": appeals["answered"][0],
        "answered_appeal_version": appeals["answered"][1],
        "customer_id": customer_id,
        "customer_phone": customer_phone,
        "portal_user_email": portal_user_email,
        "account_id": account_id,
        "account_region_id": region_id,
        "account_number": number,
        "meter_id": meter_id,
        "reading_id": reading_id,
        "payment_id": payment_id,
        "bill_id": bill_id,
        "portal_user_id": portal_user_id,
        "portal_user_version": portal_user_version,
        "linked_account_id": linked_account_id,
        "twin_portal_user_id": twin_id,
        "twin_portal_user_version": twin_version,
        "unconfirmed_portal_user_id": unconfirmed_id,
        "unconfirmed_portal_user_version": unconfirmed_version,
        "blocked_portal_user_id": blocked_id,
        "blocked_portal_user_version": blocked_version,
        "link_request_id": link_request_id,
        "link_request_version": link_request_version,
        "review_id": review_id,
        "review_version": review_version,
        "organisation_review_id": organisation_review[0],
        "organisation_review_version": organisation_review[1],
        "organisation_review_inn": organisation_review[2],
        "notification_id": notification_id,
        "dead_notification_id": dead_notification_id,
        "target_operator": matrix_operators["target"].login,
        "supplier_version": supplier_version,
        "window_version": window_version,
        "own_supplier_region_id": own_supplier_region_id,
        "own_supplier_version": own_supplier_version,
        "tariff_act_id": tariff_act_id,
        "tariff_act_version": tariff_act_version,
        "calendar_day": calendar_day,
        "calendar_day_version": calendar_day_version,
    }


PROBE = """
CREATE SCHEMA matrix_probe;
REVOKE ALL ON SCHEMA matrix_probe FROM PUBLIC;
CREATE FUNCTION matrix_probe.fingerprint(p_table text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SELECT count(*) || '':'' || coalesce(sum(hashtext(x::text)), 0)'
                   ' FROM billing.%I x', p_table) INTO result;
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION matrix_probe.fingerprint(text) FROM PUBLIC;
"""


@pytest.fixture(scope="module")
def probe(
    superuser: psycopg.Connection, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[None]:
    """``matrix_probe.fingerprint(table)``: a table's row count and content hash, for the
    test's operators only, so an allowed call's effect is seen inside the operator's own
    (uncommitted) transaction even where the group may not read the table. A test
    instrument of the matrix's private database, outside the ``billing`` schema."""
    superuser.execute(PROBE)
    for role in ROLES:
        login = sql.Identifier(matrix_operators[role].login)
        superuser.execute(sql.SQL("GRANT USAGE ON SCHEMA matrix_probe TO {}").format(login))
        superuser.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION matrix_probe.fingerprint(text) TO {}").format(login)
        )
    yield
    superuser.execute("DROP SCHEMA matrix_probe CASCADE")


@pytest.fixture(scope="module")
def connections(
    pg_server: PgServer, matrix_db: str, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[dict[str, psycopg.Connection]]:
    """One password-authenticated TCP connection per group."""
    opened = {}
    for role in ROLES:
        operator = matrix_operators[role]
        opened[role] = psycopg_connect(
            pg_server.url(matrix_db, user=operator.login, password=operator.password)
        )
    yield opened
    for connection in opened.values():
        connection.close()


def fingerprint(superuser: psycopg.Connection, table: str) -> tuple[object, ...]:
    """Row count and content hash of ``table`` and of the audit log."""
    query = sql.SQL(
        "SELECT (SELECT count(*) FROM billing.{t}), (SELECT coalesce(sum(hashtext(x::text)), 0) FROM billing.{t} x),"
        " (SELECT count(*) FROM billing.audit_log)"
    ).format(t=sql.Identifier(table))
    row = superuser.execute(query).fetchone()
    assert row is not None
    return tuple(row)


def attempt(connection: psycopg.Connection, statement: str) -> str | None:
    """Run ``statement``; the SQLSTATE it failed with, or None. Always rolled back."""
    try:
        connection.execute(statement)
    except psycopg.Error as error:
        return error.sqlstate or "?"
    finally:
        connection.rollback()
    return None


def must_run(connection: psycopg.Connection, statement: str, what: str) -> list[tuple[object, ...]]:
    """Run ``statement`` in the open transaction; its rows. Any error fails the test."""
    try:
        cursor = connection.execute(statement)
    except psycopg.Error as error:
        diag = error.diag
        pytest.fail(
            f"{what} failed with SQLSTATE {error.sqlstate}: {diag.message_primary}"
            f" ({diag.message_detail or 'no detail'})\n{statement}"
        )
    return [tuple(row) for row in cursor.fetchall()] if cursor.description else []


def take_allowed_action(
    connection: psycopg.Connection, action: Action, facts: dict[str, object]
) -> None:
    """Run the action's setup, the action and its check in one transaction; assert that
    each succeeds and that the action did what it says. Always rolled back."""
    statement = action.sql.format(**facts)
    try:
        if action.setup:
            must_run(connection, action.setup.format(**facts), f"setup of {action.name}")
        probe = f"SELECT matrix_probe.fingerprint('{action.table}')"
        before = must_run(connection, probe, "fingerprint") if action.effect is not READS else []
        rows = must_run(connection, statement, action.name)
        after = must_run(connection, probe, "fingerprint") if action.effect is not READS else []
        checked = (
            must_run(connection, f"SELECT ({action.check.format(**facts)})", "check")
            if action.check
            else [(True,)]
        )
    finally:
        connection.rollback()
    if action.effect is READS:
        assert rows, f"{action.name} returned no row"
        first = rows[0][0]
        assert first is not None, f"{action.name} returned NULL"
        assert first is not False, f"{action.name} returned false"
    else:
        assert after != before, f"{action.name} did not change billing.{action.table}"
    assert checked == [(True,)], f"{action.name}: the check {action.check!r} is {checked!r}"


@pytest.mark.parametrize(("role", "action"), CELLS, ids=[f"{r}-{a.name}" for r, a in CELLS])
def test_matrix_cell(role: str, action: Action, connections, superuser, facts, probe) -> None:
    if role in action.allowed:
        take_allowed_action(connections[role], action, facts)
        return
    before = fingerprint(superuser, action.table)
    state = attempt(connections[role], action.sql.format(**facts))
    after = fingerprint(superuser, action.table)
    assert state == "42501", f"{role} must be refused to {action.name} (got {state})"
    assert after == before, f"{action.name} by {role} changed data"


@pytest.mark.parametrize("role", ROLES)
def test_no_group_writes_any_table_directly(role: str, connections, superuser) -> None:
    """INSERT, UPDATE, DELETE and TRUNCATE of every table in the schema: always refused."""
    tables = [
        row[0]
        for row in superuser.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'billing' ORDER BY 1"
        )
    ]
    assert {"customer", "operator"} <= set(tables)
    failures = []
    for table in tables:
        column = superuser.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum LIMIT 1",
            (f"billing.{table}",),
        ).fetchone()[0]
        t = sql.Identifier(table)
        c = sql.Identifier(column)
        statements = {
            "INSERT": sql.SQL("INSERT INTO billing.{t} DEFAULT VALUES").format(t=t),
            "UPDATE": sql.SQL("UPDATE billing.{t} SET {c} = {c}").format(t=t, c=c),
            "DELETE": sql.SQL("DELETE FROM billing.{t}").format(t=t),
            "TRUNCATE": sql.SQL("TRUNCATE billing.{t} CASCADE").format(t=t),
        }
        before = fingerprint(superuser, table)
        for verb, statement in statements.items():
            state = attempt(connections[role], statement.as_string(superuser))
            if state != "42501":
                failures.append(f"{verb} {table}: {state}")
        assert fingerprint(superuser, table) == before
    assert failures == []


def test_every_granted_function_is_in_the_matrix(superuser) -> None:
    """A new function granted to a group must get a row in privilege_matrix.py."""
    granted = {
        row[0]
        for row in superuser.execute("""
            SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'billing'
               AND (has_function_privilege('billing_agent', p.oid, 'EXECUTE')
                 OR has_function_privilege('billing_cashier', p.oid, 'EXECUTE')
                 OR has_function_privilege('billing_supervisor', p.oid, 'EXECUTE')
                 OR has_function_privilege('billing_admin', p.oid, 'EXECUTE'))
        """)
    }
    mentioned = {name for action in ACTIONS for name in re.findall(r"billing\.(\w+)\(", action.sql)}
    missing = granted - mentioned - FUNCTIONS_OUTSIDE_THE_MATRIX
    assert missing == set(), (
        "functions granted to a group without a row in tests/security/privilege_matrix.py "
        f"(see docs/privileges.md, 'Adding your functions'): {sorted(missing)}"
    )


def test_no_operator_is_superuser_or_owns_anything(superuser, matrix_operators) -> None:
    for operator in matrix_operators.values():
        row = superuser.execute(
            "SELECT rolsuper, rolcreaterole, rolcreatedb,"
            " (SELECT count(*) FROM pg_class WHERE relowner = r.oid)"
            " + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)"
            " FROM pg_roles r WHERE rolname = %s",
            (operator.login,),
        ).fetchone()
        assert row == (False, False, False, 0)
        groups = superuser.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (operator.login,),
        ).fetchall()
        assert groups == [(f"billing_{operator.group}",)]


@pytest.mark.parametrize("table", ["audit_log", "payment", "reading"])
@pytest.mark.parametrize("verb", ["UPDATE", "DELETE", "TRUNCATE"])
def test_even_the_owner_cannot_change_history(table: str, verb: str, superuser) -> None:
    """Audit rows, payments and readings: the owner is refused too; only a superuser may repair."""
    t = sql.Identifier(table)
    statements = {
        "UPDATE": sql.SQL("UPDATE billing.{t} SET id = id"),
        "DELETE": sql.SQL("DELETE FROM billing.{t}"),
        "TRUNCATE": sql.SQL("TRUNCATE billing.{t} CASCADE"),
    }
    statement = statements[verb].format(t=t)
    before = fingerprint(superuser, table)
    assert as_role(superuser, "billing_owner", statement) == "42501"
    assert fingerprint(superuser, table) == before


def test_a_superuser_may_repair_the_audit_log(superuser) -> None:
    """Maintenance by a superuser stays possible (tried in a rolled-back transaction)."""
    repair = sql.SQL(
        "UPDATE billing.audit_log SET id = id WHERE id = (SELECT min(id) FROM billing.audit_log)"
    )
    assert as_role(superuser, None, repair) is None


def as_role(
    connection: psycopg.Connection, role: str | None, statement: sql.Composable
) -> str | None:
    """Run ``statement`` (as ``role`` if given) in a rolled-back transaction; its SQLSTATE."""
    try:
        with connection.transaction(force_rollback=True):
            if role:
                connection.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(role)))
            connection.execute(statement)  # type: ignore[call-overload]
    except psycopg.Error as error:
        return error.sqlstate
    return None
