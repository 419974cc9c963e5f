"""What an operator can learn about other operators, as docs/privileges.md says.

PostgreSQL's catalogs are world-readable: an operator lists every role (so every
operator login), its groups, whether it may log in (disabled or not) and its password
expiry. It does not read password hashes, other sessions' queries or client addresses,
nor the operator registry (full names). These tests pin that documented truth so a
change either way is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect

SERVING = ("agent", "cashier", "supervisor")


@pytest.fixture(scope="module")
def connections(
    pg_server: PgServer, matrix_db: str, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[dict[str, psycopg.Connection]]:
    opened = {}
    for role in (*SERVING, "admin"):
        operator = matrix_operators[role]
        opened[role] = psycopg_connect(
            pg_server.url(matrix_db, user=operator.login, password=operator.password),
            autocommit=True,
        )
    yield opened
    for connection in opened.values():
        connection.close()


@pytest.mark.parametrize("role", SERVING)
def test_an_operator_sees_other_logins_groups_and_their_state(
    role: str, connections, matrix_operators
) -> None:
    """Documented, not hidden: pg_roles and pg_auth_members are readable by every role."""
    target = matrix_operators["target"]
    row = (
        connections[role]
        .execute(
            "SELECT r.rolcanlogin, r.rolvaliduntil IS NULL, g.rolname"
            " FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid"
            " JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = %s",
            (target.login,),
        )
        .fetchone()
    )
    assert row == (True, False, "billing_agent")  # created with VALID UNTIL 'infinity'


@pytest.mark.parametrize("role", [*SERVING, "admin"])
def test_an_operator_reads_no_password_hash_and_no_registry_but_admins(
    role: str, connections
) -> None:
    connection = connections[role]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT rolpassword FROM pg_authid")
    if role == "admin":
        assert connection.execute("SELECT count(*) FROM billing.operator").fetchone()[0] > 0
    else:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT full_name FROM billing.operator")


def test_other_sessions_show_who_but_not_what_or_from_where(connections, matrix_operators) -> None:
    agent = connections["agent"]
    cashier_login = matrix_operators["cashier"].login
    connections["cashier"].execute("SELECT 'a secret query'")
    row = agent.execute(
        "SELECT usename, query, client_addr, state FROM pg_stat_activity WHERE usename = %s",
        (cashier_login,),
    ).fetchone()
    assert row is not None
    assert row[0] == cashier_login  # who is connected is visible
    assert row[1:] == ("<insufficient privilege>", None, None)
