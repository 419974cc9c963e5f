"""The operator registry as the admins' view lists it (state read from the roles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from models import clock
from models.operations.call import writing
from models.queries.rows import one_as, rows_as

__all__ = [
    "Me",
    "OperatorRow",
    "SessionRole",
    "get_operator",
    "list_operators",
    "session_role",
    "whoami",
]


@dataclass(frozen=True, slots=True)
class OperatorRow:
    """One operator as the admin view lists it (state read from the role itself)."""

    login: str
    full_name: str
    group: str
    disabled: bool
    can_login: bool
    password_changed_at: datetime
    password_expires_at: datetime | None
    created_at: datetime
    created_by: str
    password_bypassed_at: datetime | None = None
    """When the console found the password set outside it (``ALTER ROLE … PASSWORD``):
    every database function refuses the operator until an administrator resets it."""
    inn: str | None = None
    """The INN the operator's cheques carry (ФФД 1.2 tag 1203), if recorded."""

    @property
    def password_expired(self) -> bool:
        """Whether the password is past its expiry (the operator cannot log in)."""
        return self.password_expires_at is not None and self.password_expires_at < clock.wall_now()


_SELECT = """
SELECT o.login, o.full_name, o.group_name AS "group", o.disabled,
       coalesce(r.rolcanlogin, false) AS can_login, o.password_changed_at,
       CASE WHEN r.rolvaliduntil = 'infinity' THEN NULL ELSE r.rolvaliduntil END
           AS password_expires_at,
       o.created_at, o.created_by, o.password_bypassed_at, o.inn
  FROM billing.operator o LEFT JOIN pg_catalog.pg_roles r ON r.rolname = o.login
"""


def list_operators(session: Session) -> list[OperatorRow]:
    """Every registered operator, by login.

    First ``billing.detect_password_bypasses()`` marks (audited, once) the operators whose
    password was set outside the console, so the list shows them.
    """
    with writing(session):
        session.execute(text("SELECT billing.detect_password_bypasses()"))
        return list(rows_as(session, OperatorRow, _SELECT + " ORDER BY o.login"))


def get_operator(session: Session, login: str) -> OperatorRow:
    """One operator (after a change)."""
    found = one_as(session, OperatorRow, _SELECT + " WHERE o.login = :login", {"login": login})
    if found is None:
        raise LookupError(f"no operator {login}")
    return found


@dataclass(frozen=True, slots=True)
class Me:
    """The logged-in role as ``billing.whoami()`` tells it (the operator's own row only)."""

    login: str
    full_name: str | None
    group_name: str | None
    password_expires_at: datetime | None
    inn: str | None


@dataclass(frozen=True, slots=True)
class SessionRole:
    """The session's PostgreSQL role: a superuser (maintenance) or not, and whether the
    database is new enough to answer ``billing.whoami()``."""

    login: str
    superuser: bool
    has_whoami: bool


def session_role(session: Session) -> SessionRole:
    """Who the connection is logged in as, as PostgreSQL itself sees it."""
    found = one_as(
        session,
        SessionRole,
        "SELECT session_user::text AS login, r.rolsuper AS superuser,"
        " to_regprocedure('billing.whoami()') IS NOT NULL AS has_whoami"
        " FROM pg_catalog.pg_roles r WHERE r.rolname = session_user",
    )
    assert found is not None  # the session's own role always exists
    return found


def whoami(session: Session) -> Me:
    """The operator's own login, full name, group, password expiry and INN."""
    found = one_as(
        session,
        Me,
        "SELECT login, full_name, group_name, password_expires_at, inn FROM billing.whoami()",
    )
    assert found is not None  # whoami always answers one row
    return found
