"""Protected tables stay protected, even from the role the console's functions run as.

Issue 11, point 2: ``billing_owner`` ran ``ALTER TABLE billing.payment DISABLE TRIGGER
USER`` and then rewrote payments, unaudited. Now the tables belong to
``billing_data_owner`` (nothing runs as it), and an event trigger refuses DDL on the
triggers of payments, readings, bills, bill lines, the audit log and the print log to
everyone but a superuser, whose DDL is audited.

``SET ROLE`` from the test's superuser stands for whoever reaches those roles.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.security.conftest import psycopg_connect

PROTECTED = ("payment", "reading", "bill", "bill_line", "audit_log", "document_print")


@pytest.fixture
def superuser(db_url) -> Iterator[psycopg.Connection]:
    with psycopg_connect(db_url) as connection:
        yield connection


def _refused(connection: psycopg.Connection, role: str, statement: str) -> psycopg.Error:
    connection.execute(f"SET ROLE {role}")
    try:
        with pytest.raises(psycopg.Error) as refused:
            connection.execute(statement)
        return refused.value
    finally:
        connection.rollback()


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE billing.payment DISABLE TRIGGER USER",
        "ALTER TABLE billing.audit_log DISABLE TRIGGER forbid_change",
        "DROP TRIGGER forbid_change ON billing.reading",
        "UPDATE billing.payment SET amount = 1 WHERE id = (SELECT min(id) FROM billing.payment)",
        "DELETE FROM billing.audit_log",
        "UPDATE billing.bill_line SET amount = 0",
        "DELETE FROM billing.bill",
        "DROP FUNCTION billing.forbid_change() CASCADE",
        "CREATE OR REPLACE FUNCTION billing.audit_row() RETURNS trigger LANGUAGE plpgsql"
        " AS $$ BEGIN RETURN NEW; END $$",
        "CREATE FUNCTION billing.mine() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
        "ALTER TABLE billing.customer DISABLE TRIGGER audit",
    ],
)
def test_the_functions_role_changes_no_table_and_no_trigger(superuser, statement) -> None:
    error = _refused(superuser, "billing_owner", statement)
    assert error.sqlstate == "42501", str(error)


@pytest.mark.parametrize(
    "statement",
    [
        *(f"ALTER TABLE billing.{table} DISABLE TRIGGER USER" for table in PROTECTED),
        "ALTER TABLE billing.reading ENABLE REPLICA TRIGGER forbid_change",
        "DROP TRIGGER audit ON billing.bill_line",
        "DROP TRIGGER forbid_truncate ON billing.payment",
        "ALTER TRIGGER audit ON billing.document_print RENAME TO gone",
        "CREATE TRIGGER extra BEFORE UPDATE ON billing.payment FOR EACH ROW"
        " EXECUTE FUNCTION billing.audit_row()",
        "CREATE RULE keep AS ON UPDATE TO billing.payment DO INSTEAD NOTHING",
        "DROP FUNCTION billing.forbid_change() CASCADE",
        "DROP FUNCTION billing.audit_row() CASCADE",
        "CREATE OR REPLACE FUNCTION billing.forbid_change() RETURNS trigger LANGUAGE plpgsql"
        " AS $$ BEGIN RETURN NEW; END $$",
        "DROP TABLE billing.document_print",
    ],
)
def test_even_the_tables_owner_keeps_the_protected_triggers(superuser, statement) -> None:
    error = _refused(superuser, "billing_data_owner", statement)
    assert error.sqlstate == "42501", str(error)
    assert error.diag.message_primary == "table.protected"


def test_not_even_the_foreign_keys_triggers(superuser) -> None:
    # PostgreSQL itself refuses the internal triggers to non-superusers first.
    error = _refused(
        superuser, "billing_data_owner", "ALTER TABLE billing.payment DISABLE TRIGGER ALL"
    )
    assert error.sqlstate == "42501"


def test_the_tables_owner_may_still_change_other_tables(superuser) -> None:
    superuser.execute("SET ROLE billing_data_owner")
    superuser.execute("ALTER TABLE billing.customer DISABLE TRIGGER audit")
    superuser.rollback()


def test_a_superusers_ddl_on_a_protected_table_is_audited(superuser) -> None:
    before = superuser.execute("SELECT max(id) FROM billing.audit_log").fetchone()[0]
    superuser.execute("ALTER TABLE billing.payment DISABLE TRIGGER forbid_change")
    superuser.execute("ALTER TABLE billing.payment ENABLE TRIGGER forbid_change")
    superuser.execute("DROP TRIGGER audit ON billing.document_print")
    superuser.execute("ALTER TABLE billing.customer DISABLE TRIGGER audit")  # not protected
    superuser.commit()
    rows = superuser.execute(
        "SELECT operator, table_name, action, new_values ->> 'command',"
        " new_values ->> 'object', new_values ->> 'statement'"
        " FROM billing.audit_log WHERE id > %s ORDER BY id",
        (before,),
    ).fetchall()
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("payment", "DDL", "ALTER TABLE", "billing.payment"),
        ("payment", "DDL", "ALTER TABLE", "billing.payment"),
        ("document_print", "DDL", "DROP TRIGGER", "audit on billing.document_print"),
    ]
    assert {r[0] for r in rows} == {"postgres"}
    assert rows[0][5] == "ALTER TABLE billing.payment DISABLE TRIGGER forbid_change"


def test_payments_stay_append_only_for_the_functions_role(superuser) -> None:
    superuser.execute("SET ROLE billing_owner")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        superuser.execute("TRUNCATE billing.payment")
    superuser.rollback()
