"""SQL functions as files: at head the database holds exactly ``models/sql``, and history is frozen.

Each file is run, inside a transaction that is rolled back, against a database at head:
if the database's definition (``pg_get_functiondef``), owner and grants of every function
are the same before and after, the database held exactly the file. The grants the file
declares must also be all the grants the function has.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL, create_engine, text

from migrations import new_sql_migration, sql_files
from migrations.sql_files import GUARD, signature_of, snapshot_files
from models.sql import FUNCTIONS_DIR, GUARD_DIR
from tests.security.conftest import psycopg_connect

_DEFINITIONS = """
SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition,
       pg_get_userbyid(p.proowner) AS owner, p.proacl::text AS acl
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname IN ('billing', 'billing_guard')
"""
_GRANT = re.compile(r"^GRANT EXECUTE ON FUNCTION (\S+\(.*\)) TO (.+);$", re.MULTILINE)
_OWNER = re.compile(r"^ALTER FUNCTION (\S+\(.*\)) OWNER TO (\w+);$", re.MULTILINE)
_CREATED = re.compile(r"CREATE OR REPLACE FUNCTION (\w+)\.(\w+)\(")


def _definitions(connection: psycopg.Connection) -> dict[str, tuple[str, str, str]]:
    return {row[0]: (row[1], row[2], row[3]) for row in connection.execute(_DEFINITIONS).fetchall()}


def _files() -> list[Path]:
    return snapshot_files(FUNCTIONS_DIR) + snapshot_files(GUARD_DIR)


def test_every_function_at_head_is_exactly_its_file(db_url: URL) -> None:
    with psycopg_connect(db_url) as connection:
        before = _definitions(connection)
        assert any(s.startswith("billing_guard.") for s in before), "the guard is installed"
        for path in _files():
            with connection.transaction(force_rollback=True):
                connection.execute(path.read_text())
                after = _definitions(connection)
            changed = {
                signature
                for signature in before.keys() | after.keys()
                if before.get(signature) != after.get(signature)
            }
            assert changed == set(), (
                f"{path.relative_to(FUNCTIONS_DIR.parents[2])} differs from the database at "
                f"head for {sorted(changed)}: write a migration "
                "(python -m migrations.new_sql_migration)"
            )


def test_every_function_has_its_own_file(db_url: URL) -> None:
    with psycopg_connect(db_url) as connection:
        in_database = {
            (row[0], row[1])
            for row in connection.execute(
                "SELECT n.nspname, p.proname FROM pg_proc p"
                " JOIN pg_namespace n ON n.oid = p.pronamespace"
                " WHERE n.nspname IN ('billing', 'billing_guard')"
            ).fetchall()
        }
    files = {("billing", path.stem) for path in snapshot_files(FUNCTIONS_DIR)}
    for path in snapshot_files(FUNCTIONS_DIR):
        created = _CREATED.findall(path.read_text())
        assert created == [("billing", path.stem)], f"{path.name} defines exactly its function"
    guard_created = {
        match for path in snapshot_files(GUARD_DIR) for match in _CREATED.findall(path.read_text())
    }
    assert in_database == files | guard_created


def test_each_file_declares_its_owner_and_every_grant(db_url: URL) -> None:
    with psycopg_connect(db_url) as connection:
        acl = {
            row[0]: (row[1], set(row[2]))
            for row in connection.execute(
                "SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner),"
                " array(SELECT a.grantee::regrole::text FROM aclexplode(p.proacl) a"
                "        WHERE a.grantee <> p.proowner AND a.privilege_type = 'EXECUTE')"
                " FROM pg_proc p WHERE p.pronamespace = 'billing'::regnamespace"
            ).fetchall()
        }
    for path in snapshot_files(FUNCTIONS_DIR):
        sql = path.read_text()
        signature = signature_of(sql).replace(", ", ",")
        owners = _OWNER.findall(sql)
        assert [(s.replace(", ", ","), o) for s, o in owners] == [(signature, acl[signature][0])]
        granted = {
            role.strip()
            for grant_signature, roles in _GRANT.findall(sql)
            if grant_signature.replace(", ", ",") == signature
            for role in roles.split(",")
        }
        assert granted == acl[signature][1], f"{path.name}: the grants in the file are all of them"


def test_models_sql_is_frozen_in_the_newest_snapshots() -> None:
    from console.database.migrations import head_revision

    changes = new_sql_migration.changes_since(head_revision())
    assert changes.empty, (
        "models/sql changed since the last migration: run "
        "python -m migrations.new_sql_migration <revision> <down_revision> <slug>: "
        f"{[p.name for p in changes.functions + changes.guard]} {changes.dropped}"
    )


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The generator working on copies: snapshots, models/sql and the versions folder."""
    snapshots = tmp_path / "snapshots"
    shutil.copytree(sql_files.SNAPSHOTS, snapshots)
    functions = tmp_path / "functions"
    shutil.copytree(FUNCTIONS_DIR, functions)
    guard = tmp_path / "guard"
    shutil.copytree(GUARD_DIR, guard)
    (tmp_path / "out" / "versions").mkdir(parents=True)
    monkeypatch.setattr(sql_files, "SNAPSHOTS", snapshots)
    monkeypatch.setattr(new_sql_migration, "FUNCTIONS_DIR", functions)
    monkeypatch.setattr(new_sql_migration, "GUARD_DIR", guard)
    monkeypatch.setattr(new_sql_migration, "MIGRATIONS", tmp_path / "out")
    return tmp_path


def test_the_generator_freezes_changed_files_and_writes_the_migration(sandbox: Path) -> None:
    from console.database.migrations import head_revision

    head = head_revision()
    changed = sandbox / "functions" / "mod_trim.sql"
    changed.write_text(changed.read_text().replace("IMMUTABLE", "IMMUTABLE STRICT"))
    added = sandbox / "functions" / "brand_new.sql"
    added.write_text(
        "CREATE OR REPLACE FUNCTION billing.brand_new()\nRETURNS int\nLANGUAGE sql\n"
        "AS $function$ SELECT 1 $function$;\n\n"
        "ALTER FUNCTION billing.brand_new() OWNER TO billing_data_owner;\n"
        "REVOKE ALL ON FUNCTION billing.brand_new() FROM PUBLIC;\n"
    )
    removed = sandbox / "functions" / "mod_money.sql"
    removed_signature = signature_of(removed.read_text())
    removed.unlink()

    migration = new_sql_migration.write_migration("9990", head, "sample", "A sample")

    frozen = sandbox / "snapshots" / "9990"
    assert sorted(p.name for p in frozen.glob("*.sql")) == ["brand_new.sql", "mod_trim.sql"]
    assert (frozen / "mod_trim.sql").read_text() == changed.read_text()
    assert (frozen / "dropped.txt").read_text() == f"{removed_signature}\n"
    assert not (frozen / GUARD).exists()
    source = migration.read_text()
    assert 'revision: str = "9990"' in source
    assert f'down_revision: str | None = "{head}"' in source
    assert 'apply_snapshot(op, "9990")' in source
    assert 'revert_snapshot(op, "9990")' in source
    compile(source, str(migration), "exec")
    with pytest.raises(FileExistsError):
        new_sql_migration.write_migration("9990", head, "sample", "again")


def test_the_generator_refuses_when_nothing_changed(sandbox: Path) -> None:
    from console.database.migrations import head_revision

    with pytest.raises(ValueError, match="nothing to migrate"):
        new_sql_migration.write_migration("9991", head_revision(), "nothing", "Nothing")


def test_the_hardening_migration_downgrades_and_upgrades_again(empty_db_url: URL) -> None:
    from alembic import command

    from console.database import migrations

    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0070")
        with engine.connect() as connection:
            legacy = connection.execute(
                text(
                    "SELECT pg_get_userbyid(n.nspowner), array_to_string(p.proconfig, ',')"
                    " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                    " WHERE p.oid = 'billing.take_payment(bigint,numeric,text,bigint,uuid)'"
                    "::regprocedure"
                )
            ).one()
            guard = connection.execute(
                text("SELECT to_regnamespace('billing_guard') IS NOT NULL")
            ).scalar_one()
        assert tuple(legacy) == ("billing_owner", "search_path=pg_catalog, billing")
        assert not guard
    finally:
        engine.dispose()
    migrations.upgrade(empty_db_url)
