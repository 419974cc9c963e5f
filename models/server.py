"""What the console asks of the PostgreSQL server itself rather than of the billing data:
its version, whether a database exists (and creating it), whether it is empty, who the
connected role is, a liveness ping and the migrations' advisory lock.

Every statement the console sends lives in ``models/``; these are the ones about the
server and the connection, used by start-up, the command line and the connection
monitor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

__all__ = [
    "advisory_lock",
    "billing_rows",
    "check_own_password",
    "ensure_database",
    "has_accounts",
    "is_superuser",
    "operator_creation",
    "password_expired",
    "ping",
    "server_version",
]


def ping(connection: Connection | Session) -> None:
    """A round trip that fails if the connection is gone."""
    connection.execute(text("SELECT 1"))


def server_version(connection: Connection | Session) -> tuple[int, str]:
    """``server_version_num`` (150004) and the version as shown (``15.4 (Debian …)``)."""
    number, shown = connection.execute(
        text(
            "SELECT current_setting('server_version_num')::integer,"
            " current_setting('server_version')"
        )
    ).one()
    return int(number), str(shown)


def ensure_database(connection: Connection, name: str) -> bool:
    """Create the database ``name`` unless it exists (``connection`` in autocommit: CREATE
    DATABASE cannot run in a transaction); whether it was created."""
    exists = connection.execute(
        text("SELECT 1 FROM pg_catalog.pg_database WHERE datname = :name"), {"name": name}
    ).first()
    if exists is not None:
        return False
    quoted = name.replace('"', '""')
    connection.execute(text(f'CREATE DATABASE "{quoted}"'))
    return True


def has_accounts(connection: Connection) -> bool:
    """Whether the billing schema holds any account (a new database holds none)."""
    return bool(connection.execute(text("SELECT EXISTS (SELECT FROM billing.account)")).scalar())


def billing_rows(connection: Connection) -> int:
    """How many regions, customers and accounts the database holds (0: empty)."""
    return int(
        connection.execute(
            text(
                "SELECT (SELECT count(*) FROM billing.region)"
                " + (SELECT count(*) FROM billing.customer)"
                " + (SELECT count(*) FROM billing.account)"
            )
        ).scalar_one()
    )


def is_superuser(connection: Connection) -> bool:
    """Whether the connected role is a superuser."""
    return bool(
        connection.execute(
            text("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")
        ).scalar_one_or_none()
    )


def operator_creation(session: Session, function: str, login: str) -> tuple[bool, bool]:
    """Whether the connected role may execute ``function`` (creating operators), and
    whether a role named ``login`` exists already."""
    allowed, taken = session.execute(
        text(
            "SELECT has_function_privilege(:function, 'EXECUTE'),"
            " EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = :login)"
        ),
        {"function": function, "login": login},
    ).one()
    return bool(allowed), bool(taken)


def password_expired(connection: Connection, login: str) -> bool:
    """Whether ``login``'s password has expired (asked as the narrow login-check role)."""
    return bool(
        connection.execute(
            text("SELECT billing.password_expired(:login)"), {"login": login}
        ).scalar_one()
    )


def check_own_password(session: Session) -> bool:
    """Whether the operator's password was set outside the console (``True``: refuse the
    login). The database records the first time it notices, so this commits. A
    database older than the check answers ``False``."""
    known = session.execute(
        text("SELECT to_regprocedure('billing.check_own_password()') IS NOT NULL")
    ).scalar_one()
    if not known:
        return False
    bypassed = bool(session.execute(text("SELECT billing.check_own_password()")).scalar_one())
    session.commit()
    return bypassed


@contextmanager
def advisory_lock(connection: Connection, key: int) -> Iterator[int]:
    """Hold the session-level advisory lock ``key`` (waiting for it); the backend's pid.

    The lock is released when the connection closes; callers close it after the block.
    """
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
    yield int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())
