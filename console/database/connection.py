"""Open the billing database: a configured server, or the embedded training database."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import psycopg
from sqlalchemy import URL, Engine, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console import paths
from console.database import migrations
from console.database.embedded import EmbeddedServer, EmbeddedServerError
from models import clock
from models.database import make_engine, make_session_factory

_log = logging.getLogger(__name__)

EMBEDDED_DATABASE = "billing"
Progress = Callable[[str, float], None]


class Unavailable(enum.Enum):
    """Why the database cannot be used; each has its own message for the operator."""

    UNREACHABLE = "unreachable"
    AUTH_FAILED = "auth_failed"
    NO_DATABASE = "no_database"
    BAD_URL = "bad_url"
    NOT_MIGRATED = "not_migrated"
    NEWER_SCHEMA = "newer_schema"
    EMBEDDED_FAILED = "embedded_failed"


class DatabaseUnavailable(Exception):
    """The database cannot be opened; ``reason`` says why, ``detail`` is for the log."""

    def __init__(self, reason: Unavailable, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What the status bar shows about the connection."""

    embedded: bool
    server_version: str
    host: str
    port: int | None
    database: str
    user: str


@dataclass(slots=True)
class Database:
    """An open database: engine, session factory and, for the embedded one, its server."""

    engine: Engine
    sessions: sessionmaker[Session]
    info: DatabaseInfo
    server: EmbeddedServer | None = None

    def close(self) -> None:
        """Dispose of the connections and stop the embedded server if we started it."""
        self.engine.dispose()
        if self.server is not None:
            self.server.stop()


def classify_connect_error(error: BaseException) -> Unavailable:
    """Tell a wrong password from an unreachable server from a missing database."""
    message = str(error).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        return Unavailable.AUTH_FAILED
    if "does not exist" in message and "database" in message:
        return Unavailable.NO_DATABASE
    return Unavailable.UNREACHABLE


def _describe(engine: Engine, *, embedded: bool, server: EmbeddedServer | None) -> DatabaseInfo:
    with engine.connect() as connection:
        version = connection.execute(text("SHOW server_version")).scalar_one()
        user = connection.execute(text("SELECT session_user")).scalar_one()
    url = engine.url
    return DatabaseInfo(
        embedded=embedded,
        server_version=f"PostgreSQL {str(version).split(' ')[0]}",
        host=url.host or "localhost",
        port=url.port,
        database=url.database or "",
        user=str(user),
    )


def check_schema(engine: Engine) -> None:
    """Refuse a database whose schema is not at this console's migration head."""
    with engine.connect() as connection:
        current = migrations.current_revision(connection)
    head = migrations.head_revision()
    if current is None:
        raise DatabaseUnavailable(Unavailable.NOT_MIGRATED, "no billing schema")
    if current != head:
        known = {rev.revision for rev in migrations.all_revisions()}
        reason = Unavailable.NOT_MIGRATED if current in known else Unavailable.NEWER_SCHEMA
        raise DatabaseUnavailable(reason, f"database at {current}, console expects {head}")


def open_server(url: str | URL) -> Database:
    """Connect to a configured server whose schema is already migrated."""
    try:
        parsed = make_url(url)
    except Exception as error:  # SQLAlchemy raises ArgumentError and ValueError alike
        raise DatabaseUnavailable(Unavailable.BAD_URL, str(error)) from error
    engine = make_engine(parsed)
    try:
        info = _describe(engine, embedded=False, server=None)
        check_schema(engine)
    except (OperationalError, DBAPIError, psycopg.Error) as error:
        engine.dispose()
        raise DatabaseUnavailable(classify_connect_error(error), str(error)) from error
    except DatabaseUnavailable:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), info)


def prepare_embedded(
    progress: Progress | None = None, *, demo_accounts: int = 2000, today: date | None = None
) -> EmbeddedServer:
    """Start the embedded server, migrate it and fill demo data on first start."""
    report = progress or (lambda stage, fraction: None)
    report("Starting the embedded database", 0.05)
    server = EmbeddedServer(paths.data_dir() / "embedded")
    try:
        server.start()
    except EmbeddedServerError as error:
        raise DatabaseUnavailable(Unavailable.EMBEDDED_FAILED, str(error)) from error
    admin = make_engine(server.url(), pool_size=1)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": EMBEDDED_DATABASE}
            ).first()
            if exists is None:
                connection.execute(text(f'CREATE DATABASE "{EMBEDDED_DATABASE}"'))
    finally:
        admin.dispose()
    report("Applying migrations", 0.15)
    migrations.upgrade(server.url(EMBEDDED_DATABASE))
    engine = make_engine(server.url(EMBEDDED_DATABASE), pool_size=1)
    try:
        with engine.begin() as connection:
            empty = connection.execute(
                text("SELECT NOT EXISTS (SELECT FROM billing.account)")
            ).scalar()
            if empty:
                from models.demo import seed_demo

                def staged(stage: str, fraction: float) -> None:
                    report(stage, 0.2 + 0.8 * fraction)

                result = seed_demo(
                    connection,
                    accounts=demo_accounts,
                    seed=1,
                    today=today or clock.today(),
                    progress=staged,
                )
                _log.info("demo data loaded: %s", result)
    finally:
        engine.dispose()
    return server


def open_embedded(progress: Progress | None = None, *, demo_accounts: int = 2000) -> Database:
    """The embedded training database, ready to use."""
    server = prepare_embedded(progress, demo_accounts=demo_accounts)
    engine = make_engine(server.url(EMBEDDED_DATABASE))
    info = _describe(engine, embedded=True, server=server)
    return Database(engine, make_session_factory(engine), info, server)
