"""Open the billing database: a configured server, or the embedded training database."""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import psycopg
from sqlalchemy import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console import paths
from console.database import migrations
from console.database.demo_operators import ensure_demo_operators
from console.database.embedded import EmbeddedServer, EmbeddedServerError
from models import clock
from models.database import make_engine, make_session_factory
from models.server import (
    check_own_password,
    ensure_database,
    has_accounts,
    ping,
    server_version,
)
from models.server import (
    password_expired as ask_password_expired,
)

_log = logging.getLogger(__name__)

EMBEDDED_DATABASE = "billing"
LOGIN_CHECK_ROLE = "billing_login_check"
LOGIN_CHECK_PASSWORD = "billing-login-check"
"""Created by migration 0010: may only ask ``billing.password_expired(login)``."""
MINIMUM_SERVER_VERSION_NUM = 150000
"""The oldest PostgreSQL the schema supports (``server_version_num`` of 15.0)."""
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
    DISABLED = "disabled"
    """The operator's role exists but may not log in (disabled by an administrator)."""
    PASSWORD_EXPIRED = "password_expired"
    """The operator's password is past its VALID UNTIL date."""
    PASSWORD_BYPASSED = "password_bypassed"
    """The operator's password was set outside the console (``ALTER ROLE … PASSWORD``):
    every database function refuses them until an administrator resets it."""
    OLD_SERVER = "old_server"
    """The server is older than PostgreSQL 15 (``server_version`` says which it is)."""


class DatabaseUnavailable(Exception):
    """The database cannot be opened; ``reason`` says why, ``detail`` is for the log.

    ``server_version`` is the server's version ("14.11") when the reason is
    :attr:`Unavailable.OLD_SERVER`, so the message can name it.
    """

    def __init__(self, reason: Unavailable, detail: str = "", server_version: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail
        self.server_version = server_version


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What the status bar shows about the connection."""

    embedded: bool
    server_version: str
    host: str
    port: int | None
    database: str
    user: str
    role: str = ""
    """The operator's group (``console.session``: agent, cashier, supervisor, admin,
    or superuser for a maintenance connection; "" for a role in no group)."""
    operator_name: str = ""
    """The operator's full name from the registry ("" if unknown)."""


@dataclass(slots=True)
class Database:
    """An open database: engine, session factory and, for the embedded one, its server."""

    engine: Engine
    sessions: sessionmaker[Session]
    info: DatabaseInfo
    clock: clock.BusinessClock
    """The database's business clock, read when it was opened."""
    server: EmbeddedServer | None = None

    def close(self) -> None:
        """Dispose of the connections and stop the embedded server if we started it."""
        self.engine.dispose()
        if self.server is not None:
            self.server.stop()


def server_version_supported(version_num: int) -> bool:
    """Whether a server reporting ``server_version_num`` (e.g. 150004) can hold the schema."""
    return version_num >= MINIMUM_SERVER_VERSION_NUM


def check_server_version(connection: Connection | Session) -> str:
    """The server's version ("15.20"); refuses a server older than PostgreSQL 15.

    Raises :class:`DatabaseUnavailable` (:attr:`Unavailable.OLD_SERVER`) naming the version.
    """
    number, shown = server_version(connection)
    version = str(shown).split(" ")[0]
    if not server_version_supported(int(number)):
        raise DatabaseUnavailable(
            Unavailable.OLD_SERVER,
            f"PostgreSQL {version} (server_version_num {number}) is older than 15",
            server_version=version,
        )
    return version


def classify_connect_error(error: BaseException) -> Unavailable:
    """Tell a wrong password from an unreachable server from a missing database."""
    # libpq gives no SQLSTATE for a refused connection: read the server's words (English,
    # or Russian when the server's lc_messages is Russian).
    message = str(error).lower()
    if "not permitted to log in" in message or "не разрешён вход" in message:
        return Unavailable.DISABLED
    if any(
        words in message
        for words in (
            "password authentication failed",
            "no password supplied",
            "не прошёл проверку подлинности",
            "не прошел проверку подлинности",
        )
    ):
        return Unavailable.AUTH_FAILED
    if re.search(r'(role|роль) "[^"]*" (does not exist|не существует)', message):
        return Unavailable.AUTH_FAILED
    if re.search(r'(database|база данных) "[^"]*" (does not exist|не существует)', message):
        return Unavailable.NO_DATABASE
    return Unavailable.UNREACHABLE


def _sqlstate(error: BaseException) -> str | None:
    original = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    return str(state) if state else None


def password_expired(url: URL, login: str) -> bool:
    """Whether ``login``'s password has expired, asked as the narrow login-check role.

    PostgreSQL answers an expired password exactly like a wrong one, so after a failed
    login the console asks. Any failure of this check counts as "not expired".
    """
    check_url = url.set(username=LOGIN_CHECK_ROLE, password=LOGIN_CHECK_PASSWORD)
    engine = make_engine(check_url, pool_size=1)
    try:
        with engine.connect() as connection:
            return ask_password_expired(connection, login)
    except (DBAPIError, psycopg.Error) as error:
        _log.info("password expiry check failed: %s", error)
        return False
    finally:
        engine.dispose()


def classify_login_error(error: BaseException, url: URL, login: str) -> Unavailable:
    """Wrong password, disabled operator, expired password, or an unreachable server.

    PostgreSQL says "not permitted to log in" (28000) only after a correct password of a
    NOLOGIN role; a wrong password, an unknown login and an expired password all give
    28P01, and only the expiry can then be told apart (see :func:`password_expired`).
    """
    state = _sqlstate(error)
    message = str(error).lower()
    if state == "28000" or "not permitted to log in" in message:
        return Unavailable.DISABLED
    if state == "28P01" or "password authentication failed" in message:
        return (
            Unavailable.PASSWORD_EXPIRED
            if password_expired(url, login)
            else Unavailable.AUTH_FAILED
        )
    return classify_connect_error(error)


_REFUSALS = {
    "operator.disabled": Unavailable.DISABLED,
    "operator.password_bypassed": Unavailable.PASSWORD_BYPASSED,
}
"""Why ``billing.assert_operator_active`` refuses an operator who could still connect."""


def refusal_of(error: BaseException) -> Unavailable | None:
    """The reason when the database refused the operator rather than the connection."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, psycopg.errors.InsufficientPrivilege):
        return None
    return _REFUSALS.get(original.diag.message_primary or "")


def _check_own_password(session: Session) -> None:
    """Refuse the login when the operator's password was set outside the console.

    ``billing.check_own_password()`` also records the first time it notices (audited, and
    shown to administrators), so the check is committed before the login is refused.
    """
    if check_own_password(session):
        raise DatabaseUnavailable(Unavailable.PASSWORD_BYPASSED, "password set outside")


def _describe(engine: Engine, *, embedded: bool, server: EmbeddedServer | None) -> DatabaseInfo:
    from console.session import load_current_operator

    with Session(engine) as session:
        version = check_server_version(session)
        _check_own_password(session)
        me = load_current_operator(session)
    url = engine.url
    return DatabaseInfo(
        embedded=embedded,
        server_version=f"PostgreSQL {version}",
        host=url.host or "localhost",
        port=url.port,
        database=url.database or "",
        user=me.login,
        role=me.role,
        operator_name=me.full_name,
    )


def _read_clock(engine: Engine) -> clock.BusinessClock:
    with engine.connect() as connection:
        return clock.read_business_clock(connection)


def check_schema(engine: Engine) -> None:
    """Refuse a server older than PostgreSQL 15, or a schema not at this console's head."""
    with engine.connect() as connection:
        check_server_version(connection)
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
        business_clock = _read_clock(engine)
    except (OperationalError, DBAPIError, psycopg.Error) as error:
        engine.dispose()
        raise DatabaseUnavailable(classify_connect_error(error), str(error)) from error
    except DatabaseUnavailable:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), info, business_clock)


def operator_url(server_url: str | URL, login: str, password: str) -> URL:
    """The URL of a configured server with the operator's credentials in it."""
    try:
        parsed = make_url(server_url)
    except Exception as error:  # SQLAlchemy raises ArgumentError and ValueError alike
        raise DatabaseUnavailable(Unavailable.BAD_URL, str(error)) from error
    return parsed.set(username=login, password=password)


def open_operator(url: URL, *, embedded: bool = False) -> Database:
    """Connect as the operator named in ``url`` (the console never works as a superuser).

    Raises :class:`DatabaseUnavailable` saying why the login failed: wrong password,
    disabled operator, expired password, unreachable server, missing database, or a
    schema this console does not match.
    """
    engine = make_engine(url)
    try:
        info = _describe(engine, embedded=embedded, server=None)
        check_schema(engine)
        business_clock = _read_clock(engine)
    except (OperationalError, DBAPIError, psycopg.Error) as error:
        engine.dispose()
        reason = refusal_of(error) or classify_login_error(error, url, url.username or "")
        raise DatabaseUnavailable(reason, str(error)) from error
    except DatabaseUnavailable:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), info, business_clock)


def verify_password(url: URL) -> Unavailable | None:
    """Check the credentials in ``url`` by a real connection (the idle lock); None if right."""
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            ping(connection)
    except (OperationalError, DBAPIError, psycopg.Error) as error:
        return classify_login_error(error, url, url.username or "")
    finally:
        engine.dispose()
    return None


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
            ensure_database(connection, EMBEDDED_DATABASE)
    finally:
        admin.dispose()
    report("Applying migrations", 0.15)
    migrations.upgrade(server.url(EMBEDDED_DATABASE))
    engine = make_engine(server.url(EMBEDDED_DATABASE), pool_size=1)
    try:
        with engine.begin() as connection:
            if not has_accounts(connection):
                from models.demo import seed_demo

                def staged(stage: str, fraction: float) -> None:
                    report(stage, 0.2 + 0.8 * fraction)

                result = seed_demo(
                    connection,
                    accounts=demo_accounts,
                    seed=1,
                    today=today or clock.wall_today(),
                    progress=staged,
                )
                _log.info("demo data loaded: %s", result)
            ensure_demo_operators(connection)
            # The training desk prints on the register emulator: the demo needs no hardware.
            from console.fiscal.training import start_training_register

            start_training_register(connection, paths.data_dir() / "embedded-register")
    finally:
        engine.dispose()
    return server


def embedded_operator_url(server: EmbeddedServer, login: str, password: str) -> URL:
    """The URL an operator uses to log in to the embedded training database."""
    return server.url(EMBEDDED_DATABASE, user=login, password=password)


def open_embedded(progress: Progress | None = None, *, demo_accounts: int = 2000) -> Database:
    """The embedded training database, ready to use."""
    server = prepare_embedded(progress, demo_accounts=demo_accounts)
    engine = make_engine(server.url(EMBEDDED_DATABASE))
    info = _describe(engine, embedded=True, server=server)
    return Database(engine, make_session_factory(engine), info, _read_clock(engine), server)
