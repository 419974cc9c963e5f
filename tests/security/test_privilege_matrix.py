"""The privilege matrix, tried with plain SQL by an operator of every group.

Connections go over TCP with scram-sha-256 password authentication, as the console's
do. What the matrix forbids fails with SQLSTATE 42501 and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect
from tests.security.privilege_matrix import ACTIONS, FUNCTIONS_OUTSIDE_THE_MATRIX, ROLES, Action

CELLS = [(role, action) for action in ACTIONS for role in ROLES]


@pytest.fixture(scope="module")
def superuser(pg_server: PgServer, matrix_db: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(matrix_db), autocommit=True) as connection:
        yield connection


@pytest.fixture(scope="module")
def facts(
    superuser: psycopg.Connection, matrix_operators: dict[str, OperatorLogin]
) -> dict[str, object]:
    """Ids of demo rows the matrix SQL refers to."""

    def one(query: str) -> object:
        row = superuser.execute(query).fetchone()
        assert row is not None, query
        assert row[0] is not None, query
        return row[0]

    return {
        "customer_id": one("SELECT min(id) FROM billing.customer WHERE phone IS NOT NULL"),
        "account_id": one("SELECT min(id) FROM billing.account"),
        "portal_user_id": one("SELECT min(id) FROM billing.portal_user"),
        "meter_id": one("SELECT min(id) FROM billing.meter"),
        "reading_id": one("SELECT min(id) FROM billing.reading"),
        "payment_id": one("SELECT min(id) FROM billing.payment"),
        "bill_id": one("SELECT min(id) FROM billing.bill"),
        "link_request_id": one("SELECT coalesce(min(id), 0) FROM billing.link_request"),
        "review_id": one("SELECT coalesce(min(id), 0) FROM billing.registration_review"),
        "target_operator": matrix_operators["target"].login,
    }


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


@pytest.mark.parametrize(("role", "action"), CELLS, ids=[f"{r}-{a.name}" for r, a in CELLS])
def test_matrix_cell(role: str, action: Action, connections, superuser, facts) -> None:
    statement = action.sql.format(**facts)
    before = fingerprint(superuser, action.table)
    state = attempt(connections[role], statement)
    after = fingerprint(superuser, action.table)
    if role in action.allowed:
        assert state != "42501", f"{role} must be allowed to {action.name}"
    else:
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
