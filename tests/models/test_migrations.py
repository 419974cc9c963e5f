"""The migration chain builds exactly the schema the ORM describes."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, create_engine, inspect, text
from sqlalchemy.exc import OperationalError

import models.entities  # noqa: F401
from console.database import migrations
from models.base import SCHEMA, Base
from tests.conftest import PgServer
from tests.pause import pause


def test_empty_database_upgrades_to_head(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
        tables = set(inspect(connection).get_table_names(schema=SCHEMA))
    engine.dispose()
    assert {"account", "customer", "reading", "bill", "payment", "audit_log"} <= tables


def test_migrated_schema_matches_the_models(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_schemas": True,
                "version_table_schema": SCHEMA,
                "include_name": lambda name, type_, parent: type_ != "schema" or name == SCHEMA,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_is_idempotent(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    migrations.upgrade(empty_db_url)


def test_migration_chain_is_linear() -> None:
    revisions = migrations.all_revisions()
    heads = [r for r in revisions if not r.nextrev]
    assert len(heads) == 1
    assert sum(1 for r in revisions if r.down_revision is None) == 1


@pytest.fixture
def two_empty_databases(pg_server: PgServer) -> Iterator[tuple[URL, URL]]:
    """Two fresh databases of the one test cluster."""
    names = [f"billing_parallel_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    for name in names:
        pg_server.create_database(name)
    yield pg_server.url(names[0]), pg_server.url(names[1])
    for name in names:
        pg_server.drop_database(name)


def _upgrade_in_thread(url: URL, start: threading.Barrier, errors: list[BaseException]) -> None:
    try:
        start.wait(timeout=60)
        migrations.upgrade(url)
    except BaseException as error:  # reported by the test
        errors.append(error)


def _upgrade_in_processes(urls: tuple[URL, URL]) -> list[str]:
    """``billing-console db upgrade`` of each database, both started at once; the failures."""
    commands = [
        [
            sys.executable,
            "-m",
            "console.cli",
            "db",
            "upgrade",
            "--url",
            url.render_as_string(hide_password=False),
        ]
        for url in urls
    ]
    runs = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    failures = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        if run.returncode != 0:
            failures.append(f"exit {run.returncode}: {out}{err}")
    return failures


def _upgrade_in_threads(urls: tuple[URL, URL]) -> list[str]:
    """``migrations.upgrade`` of each database in two threads released at once; the failures."""
    start = threading.Barrier(2)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_upgrade_in_thread, args=(url, start, errors)) for url in urls
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    return [repr(error) for error in errors]


@pytest.mark.parametrize(
    "upgrade_side_by_side",
    [_upgrade_in_processes, _upgrade_in_threads],
    ids=["processes", "threads"],
)
def test_two_databases_of_one_cluster_upgrade_at_once(
    two_empty_databases: tuple[URL, URL],
    upgrade_side_by_side: Callable[[tuple[URL, URL]], list[str]],
) -> None:
    """Roles are cluster-wide: unserialised, the second ``ALTER ROLE billing_owner`` fails
    with "tuple concurrently updated" (processes); threads of one process would also mix
    up Alembic's process-wide ``op`` proxy."""
    assert upgrade_side_by_side(two_empty_databases) == []
    for url in two_empty_databases:
        engine = create_engine(url)
        with engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.head_revision()
        engine.dispose()


def test_an_upgrade_waits_for_one_of_another_database(
    pg_server: PgServer, two_empty_databases: tuple[URL, URL]
) -> None:
    """The lock is cluster-wide: an upgrade of B waits while one of A holds it."""
    first, second = two_empty_databases
    errors: list[BaseException] = []
    waiting = threading.Thread(
        target=_upgrade_in_thread, args=(second, threading.Barrier(1), errors)
    )
    with migrations.cluster_lock(first) as holder:
        waiting.start()
        assert _sessions_waiting_for(pg_server, holder) >= 1
        assert waiting.is_alive()
    waiting.join(timeout=600)
    assert errors == []
    engine = create_engine(second)
    with engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
    engine.dispose()


def _sessions_waiting_for(pg_server: PgServer, holder: int, timeout: float = 60.0) -> int:
    """How many sessions wait for the upgrade lock held by ``holder`` (polled until one)."""
    engine = create_engine(pg_server.admin_url)
    deadline = time.monotonic() + timeout
    try:
        while True:
            with engine.connect() as connection:
                waiters = connection.execute(
                    text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        " AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = :key"
                        " AND :holder = ANY (pg_blocking_pids(pid))"
                    ),
                    {"key": migrations.UPGRADE_LOCK_KEY, "holder": holder},
                ).scalar_one()
            if waiters or time.monotonic() > deadline:
                return int(waiters)
            pause(0.1)
    finally:
        engine.dispose()


def test_without_a_maintenance_database_the_lock_is_taken_in_the_target(
    pg_server: PgServer, empty_db_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server whose maintenance databases cannot be opened still upgrades (locally locked)."""
    monkeypatch.setattr(migrations, "MAINTENANCE_DATABASES", ("no_such_maintenance_db",))
    with migrations.cluster_lock(empty_db_url) as holder:
        engine = create_engine(pg_server.admin_url)
        with engine.connect() as connection:
            where = connection.execute(
                text(
                    "SELECT d.datname FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                    " WHERE l.locktype = 'advisory' AND l.granted AND l.pid = :holder"
                ),
                {"holder": holder},
            ).scalar_one()
        engine.dispose()
    assert where == empty_db_url.database
    migrations.upgrade(empty_db_url)


def test_an_unreachable_server_is_reported_as_such(empty_db_url: URL) -> None:
    closed = empty_db_url.set(host="127.0.0.1", port=_free_port())
    with pytest.raises(OperationalError), migrations.cluster_lock(closed):
        pass


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
