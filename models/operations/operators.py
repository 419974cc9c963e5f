"""Operator management for administrators: list, create, disable, enable, regroup, reset.

Each write is one call of a SECURITY DEFINER function of migration 0010, which changes
the PostgreSQL role and the ``billing.operator`` registry row together, re-checks the
rules and is recorded in the audit log. The rules are checked here first so that bad
input never reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from models import clock
from models.changes import Change
from models.domain.identifiers import InnKind, compact, validate_inn
from models.domain.operator_rules import GROUPS, validate_full_name, validate_operator_login
from models.domain.portal_rules import validate_operator_password
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.operations.call import Refusals, writing
from models.queries.operators import OperatorRow, get_operator

_FIELDS: dict[str, str | None] = {
    "password.*": "password",
    "operator_login.*": "login",
    "operator.full_name_required": "full_name",
    "operator.full_name_too_long": "full_name",
    "text.characters": "full_name",
    "operator.group": "group",
    "operator.unknown": None,
    "operator.self": None,
    "operator.inn": "inn",
}
REFUSALS = Refusals(_FIELDS)
_MOSCOW = ZoneInfo("Europe/Moscow")


@dataclass(frozen=True, slots=True)
class NewOperator:
    """What the admin typed to create an operator."""

    login: str
    full_name: str
    group: str
    password: str
    password_expires_on: date | None = None


def _valid_until(expires_on: date | None) -> datetime | None:
    """A password valid through ``expires_on`` expires at the following Moscow midnight."""
    if expires_on is None:
        return None
    return datetime.combine(expires_on, time.max, tzinfo=_MOSCOW)


def _check_expiry(expires_on: date | None) -> list[Problem]:
    if expires_on is not None and expires_on < clock.wall_today():
        return [Problem.error("operator.expiry_in_past", "password_expires_on")]
    return []


def validate_new_operator(new: NewOperator) -> list[Problem]:
    """Every problem with the admin's input, before anything is sent to the database."""
    problems = validate_operator_login(new.login)
    problems += validate_full_name(new.full_name)
    if new.group not in GROUPS:
        problems.append(Problem.error("operator.group", "group"))
    problems += validate_operator_password(new.password, new.login)
    problems += _check_expiry(new.password_expires_on)
    return problems


def _call(session: Session, sql: str, params: dict[str, object], login: str) -> OperatorRow:
    """One write, and the operator's row as it stands after it (same transaction)."""
    with writing(session, REFUSALS, changes=(Change.of("operator"),)):
        session.execute(text(sql), params)
        return get_operator(session, login)


def create_operator(session: Session, new: NewOperator) -> OperatorRow:
    """Create the login role in its group and the registry row; returns the new operator."""
    raise_if_errors(validate_new_operator(new))
    return _call(
        session,
        "SELECT billing.create_operator(:login, :full_name, :group, :password, :valid_until)",
        {
            "login": new.login,
            "full_name": new.full_name.strip(),
            "group": new.group,
            "password": new.password,
            "valid_until": _valid_until(new.password_expires_on),
        },
        new.login,
    )


def disable_operator(session: Session, login: str) -> OperatorRow:
    """Forbid the operator to log in (NOLOGIN); their history stays."""
    return _call(session, "SELECT billing.disable_operator(:login)", {"login": login}, login)


def enable_operator(session: Session, login: str) -> OperatorRow:
    """Let a disabled operator log in again."""
    return _call(session, "SELECT billing.enable_operator(:login)", {"login": login}, login)


def set_operator_group(session: Session, login: str, group: str) -> OperatorRow:
    """Move the operator to exactly one other group."""
    if group not in GROUPS:
        raise ValidationFailed([Problem.error("operator.group", "group")])
    return _call(
        session,
        "SELECT billing.set_operator_group(:login, :group)",
        {"login": login, "group": group},
        login,
    )


def reset_operator_password(
    session: Session, login: str, password: str, expires_on: date | None = None
) -> OperatorRow:
    """Give the operator a new password (policy applies), optionally valid until a date."""
    raise_if_errors(validate_operator_password(password, login) + _check_expiry(expires_on))
    return _call(
        session,
        "SELECT billing.reset_operator_password(:login, :password, :valid_until)",
        {"login": login, "password": password, "valid_until": _valid_until(expires_on)},
        login,
    )


def validate_operator_inn(text_: str) -> list[Problem]:
    """An operator's INN is a person's: 12 digits with valid check digits (empty clears)."""
    if not compact(text_):
        return []
    return validate_inn(text_, InnKind.PERSON)


def set_operator_inn(session: Session, login: str, inn: str) -> OperatorRow:
    """Record (or, empty, clear) the INN the operator's cheques carry; the row after."""
    raise_if_errors(validate_operator_inn(inn))
    return _call(
        session,
        "SELECT billing.set_operator_inn(:login, :inn)",
        {"login": login, "inn": compact(inn) or None},
        login,
    )
