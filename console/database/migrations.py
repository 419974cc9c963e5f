"""Apply the Alembic migrations in ``migrations/`` to a database."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import URL, Connection, create_engine, inspect, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

import migrations
from models.base import SCHEMA
from models.server import advisory_lock

_SCRIPT_LOCATION = Path(migrations.__file__).parent
_log = logging.getLogger(__name__)

MAINTENANCE_DATABASES = ("postgres", "template1")
"""Where upgrades meet to take the cluster-wide lock, in order of preference."""
UPGRADE_LOCK_KEY = 0x62696C6C696E67
"""The advisory lock key upgrades hold in the maintenance database ("billing" in ASCII)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for our script directory, bound to ``connection`` if given."""
    config = Config()
    config.set_main_option("script_location", str(_SCRIPT_LOCATION))
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration(s) shipped with this console (comma-joined if branched)."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if not heads:
        raise RuntimeError("no migrations found")
    return ",".join(sorted(heads))


def current_revision(connection: Connection) -> str | None:
    """The migration(s) the database is at, or None for an empty database."""
    if not inspect(connection).has_table("alembic_version", schema=SCHEMA):
        return None
    context = MigrationContext.configure(connection, opts={"version_table_schema": SCHEMA})
    heads = context.get_current_heads()
    return ",".join(sorted(heads)) if heads else None


def upgrade(url: str | URL, revision: str = "heads") -> None:
    """Bring the database at ``url`` up to ``revision`` in one transaction.

    Refuses a server older than PostgreSQL 15 before changing anything
    (``DatabaseUnavailable``, reason ``OLD_SERVER``). Upgrades of any databases of one
    cluster run one at a time (:func:`cluster_lock`): roles are cluster-wide, and two
    transactions changing the same role at once fail with "tuple concurrently updated".
    """
    from console.database.connection import check_server_version

    engine = create_engine(url)
    try:
        with cluster_lock(engine.url), engine.begin() as connection:
            check_server_version(connection)
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


@contextmanager
def cluster_lock(url: str | URL, key: int = UPGRADE_LOCK_KEY) -> Iterator[int]:
    """Hold an advisory lock that is exclusive across the whole cluster of ``url``.

    Advisory locks belong to one database, so every holder takes it in the same
    maintenance database (``postgres``, else ``template1``) on a connection of its own,
    kept open until the block (and the transaction inside it) has ended; closing that
    connection releases the lock. If neither can be opened, the lock is taken in
    ``url``'s own database: then only upgrades of that database wait for each other
    (logged as a warning). A failure to open ``url``'s database itself propagates.
    Yields the process id of the session holding the lock.
    """
    target = make_url(url)
    connection: Connection | None = None
    own_database: Connection | None = None
    for database in MAINTENANCE_DATABASES:
        try:
            connection = _lock_connection(target.set(database=database))
            break
        except DBAPIError as error:
            _log.info("no upgrade lock in database %s: %s", database, error.orig)
            if own_database is None:
                # Raises the real error when the server itself is unusable (down, wrong
                # password...): then trying the other maintenance database is pointless.
                own_database = _lock_connection(target)
    if connection is None:
        assert own_database is not None
        if target.database not in MAINTENANCE_DATABASES:
            _log.warning(
                "cannot open %s: upgrades of other databases of this cluster are not "
                "serialised with this one",
                " or ".join(MAINTENANCE_DATABASES),
            )
        connection, own_database = own_database, None
    if own_database is not None:
        own_database.close()
        own_database.engine.dispose()
    try:
        with advisory_lock(connection, key) as backend:
            yield backend
    finally:
        connection.close()  # the session ends, and with it the lock
        connection.engine.dispose()


def _lock_connection(url: URL) -> Connection:
    """A connection of its own (no pool) in autocommit mode, for a session-level lock."""
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        return engine.connect()
    except DBAPIError:
        engine.dispose()
        raise


def all_revisions() -> list[Script]:
    """Every migration shipped with this console, newest first."""
    return list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
