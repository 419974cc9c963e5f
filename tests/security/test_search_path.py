"""Pins what keeps definer functions from being hijacked, so a new function can't forget it.

* every SECURITY DEFINER function has a fixed ``search_path`` with ``pg_temp`` written
  out last (PostgreSQL searches an unlisted ``pg_temp`` *first*);
* every function a login may call runs ``billing.assert_operator_active()`` first;
* nothing runs as the tables' owner, and the role the functions run as owns no table;
* ``TEMPORARY`` on the database is revoked from PUBLIC and the groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import URL

from console.database import migrations
from tests.conftest import PgServer
from tests.security.conftest import create_operator, drop_role, psycopg_connect

LOGIN_GROUPS = ("billing_agent", "billing_cashier", "billing_supervisor", "billing_admin")
CALLERS = (*LOGIN_GROUPS, "billing_sender")
UNGUARDED = {
    "check_own_password": "it explains and records the refusal at login; it changes nothing else",
    "password_expired": "only billing_login_check may call it, which is in no registry",
}
"""Callable definer functions that do not refuse a disabled or bypassed operator, and why."""
_GUARD_FIRST = re.compile(
    r"^\s*(?:DECLARE\b(?P<declarations>(?:(?!\bBEGIN\b).)*))?"
    r"(?:BEGIN\s+PERFORM|SELECT)\s+billing\.assert_operator_active\(\);",
    re.DOTALL | re.IGNORECASE,
)
_READING_INITIALISER = re.compile(
    r":=[^;]*(\bSELECT\b|billing\.(?!mod_trim\(|today\(\)))", re.IGNORECASE
)
"""A DECLARE initialiser runs before the body: it may not read the business tables (pure
helpers and the business date only)."""


@pytest.fixture
def catalog(db_url: URL) -> Iterator[psycopg.Connection]:
    with psycopg_connect(db_url, autocommit=True) as connection:
        yield connection


def test_every_definer_function_searches_pg_temp_last(catalog) -> None:
    rows = catalog.execute(
        "SELECT p.oid::regprocedure::text, n.nspname, p.proconfig FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    ).fetchall()
    assert len(rows) > 30
    expected = {"billing": "pg_catalog, billing, pg_temp", "billing_guard": "pg_catalog, pg_temp"}
    for signature, schema, config in rows:
        paths = [c.removeprefix("search_path=") for c in config or [] if "search_path=" in c]
        assert paths == [expected.get(schema, "?")], f"{signature}: fixed search_path {paths}"


def test_every_function_that_sets_a_search_path_ends_it_with_pg_temp(catalog) -> None:
    rows = catalog.execute(
        "SELECT p.oid::regprocedure::text, c FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace, unnest(p.proconfig) AS c"
        " WHERE n.nspname IN ('billing', 'billing_guard') AND c LIKE 'search_path=%'"
    ).fetchall()
    assert rows
    for signature, setting in rows:
        assert setting.endswith(", pg_temp"), f"{signature}: {setting}"


def test_every_callable_definer_function_refuses_inactive_operators_first(catalog) -> None:
    rows = catalog.execute(
        "SELECT p.proname, p.prosrc FROM pg_proc p"
        " WHERE p.pronamespace = 'billing'::regnamespace AND p.prosecdef"
        "   AND ("
        + " OR ".join(f"has_function_privilege('{g}', p.oid, 'EXECUTE')" for g in CALLERS)
        + ")"
    ).fetchall()
    assert len(rows) > 30
    for name, source in rows:
        if name in UNGUARDED:
            continue
        first = _GUARD_FIRST.match(source)
        assert first, f"billing.{name} must PERFORM the guard first"
        declarations = first.group("declarations") or ""
        assert not _READING_INITIALISER.search(declarations), f"billing.{name}: {declarations}"
    granted_to_login_check = catalog.execute(
        "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'billing'::regnamespace"
        " AND has_function_privilege('billing_login_check', p.oid, 'EXECUTE')"
    ).fetchall()
    assert [row[0] for row in granted_to_login_check] == ["password_expired"]


def test_nothing_runs_as_the_tables_owner(catalog) -> None:
    owners = dict(
        catalog.execute(
            "SELECT CASE WHEN p.prosecdef THEN 'definer' ELSE 'invoker' END,"
            " array_agg(DISTINCT pg_get_userbyid(p.proowner)) FROM pg_proc p"
            " WHERE p.pronamespace = 'billing'::regnamespace GROUP BY 1"
        ).fetchall()
    )
    assert owners == {"definer": ["billing_owner"], "invoker": ["billing_data_owner"]}
    table_owners = catalog.execute(
        "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c"
        " WHERE c.relnamespace = 'billing'::regnamespace"
    ).fetchall()
    assert table_owners == [("billing_data_owner",)]
    schema = catalog.execute(
        "SELECT pg_get_userbyid(nspowner), has_schema_privilege('billing_owner', oid, 'CREATE')"
        " FROM pg_namespace WHERE nspname = 'billing'"
    ).fetchone()
    assert schema == ("billing_data_owner", False)
    data_owner = catalog.execute(
        "SELECT rolcanlogin, (SELECT count(*) FROM pg_auth_members m WHERE m.roleid = r.oid)"
        " FROM pg_roles r WHERE rolname = 'billing_data_owner'"
    ).fetchone()
    assert data_owner == (False, 0), "nobody logs in as, or is a member of, billing_data_owner"


def test_no_login_may_create_temporary_objects(pg_server: PgServer, empty_db_url: URL) -> None:
    """Checked on a freshly migrated database: CREATE DATABASE … TEMPLATE (the other tests'
    copies) does not copy database privileges."""
    migrations.upgrade(empty_db_url)
    database = empty_db_url.database or ""
    operator = create_operator(pg_server, database, "cashier", prefix="tmp")
    try:
        url = pg_server.url(database, user=operator.login, password=operator.password)
        with (
            psycopg_connect(url) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute("CREATE TEMP TABLE shadow (id int)")
        with psycopg_connect(empty_db_url) as connection:
            holders = connection.execute(
                "SELECT coalesce(r.rolname, 'PUBLIC') FROM pg_database d,"
                " aclexplode(d.datacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
                " WHERE d.datname = current_database() AND a.privilege_type = 'TEMPORARY'"
                "   AND NOT coalesce(r.rolsuper, false)"
            ).fetchall()
        assert holders == []
    finally:
        drop_role(pg_server, operator.login)
