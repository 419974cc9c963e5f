"""Who is logged in: the current operator, their group, and what the group may see.

The database decides what an operator may do; the console only hides what would be
refused anyway. Groups are the PostgreSQL group roles ``billing_<group>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from models.domain.groups import SERVING_GROUPS, Group
from models.queries.operators import session_role, whoami

if TYPE_CHECKING:
    from console.database.connection import DatabaseInfo

AGENT = Group.AGENT
CASHIER = Group.CASHIER
SUPERVISOR = Group.SUPERVISOR
ADMIN = Group.ADMIN
SUPERUSER = "superuser"
"""Not an operator group: a maintenance connection (tests, migrations) that sees every tab."""
GROUPS = (AGENT, CASHIER, SUPERVISOR, ADMIN)
OPERATOR_GROUPS = SERVING_GROUPS
"""The groups that serve customers (they read business tables)."""
NO_CONTACT_GROUPS = frozenset({CASHIER, ADMIN})
"""Groups that read no phones or e-mails at all, not even masked (migration 0090)."""


def reads_contacts(role: str) -> bool:
    """Whether an operator of ``role`` sees (masked) contacts and may search and reveal them.

    The database refuses the others; the console leaves out what would be refused.
    ``""`` (a widget made without a role, in tests) counts as reading them.
    """
    return role not in NO_CONTACT_GROUPS


@dataclass(frozen=True, slots=True)
class CurrentOperator:
    """The logged-in PostgreSQL role: its login, full name and group ("" if none)."""

    login: str
    full_name: str
    role: str
    password_expires_at: datetime | None = None


def load_current_operator(session: Session) -> CurrentOperator:
    """Ask the database who we are (``billing.whoami()``; superusers are recognised too)."""
    role = session_role(session)
    if role.superuser:
        return CurrentOperator(role.login, "", SUPERUSER)
    if not role.has_whoami:
        return CurrentOperator(role.login, "", "")
    me = whoami(session)
    return CurrentOperator(
        role.login, me.full_name or "", me.group_name or "", me.password_expires_at
    )


def required_roles_of(tab: Callable[..., object] | type) -> frozenset[str] | None:
    """The groups a tab class (or its ``for_context``) declares in ``required_roles``;
    None when every operator gets it (no declaration, or an empty set)."""
    owner = getattr(tab, "__self__", tab)
    roles: frozenset[Group] = getattr(owner, "required_roles", frozenset())
    return frozenset(roles) or None


def role_allows(role: str, required: frozenset[str] | None) -> bool:
    """Whether an operator of ``role`` gets a tab or action that requires ``required``."""
    return required is None or role == SUPERUSER or role in required


def tab_allowed(tab: Callable[..., object] | type, role: str) -> bool:
    """Whether the main window shows the tab (its class or ``for_context``) to ``role``."""
    return role_allows(role, required_roles_of(tab))


def role_title(role: str) -> str:
    """The group's name in the operator's language."""
    from widgets.qt import QtCore

    titles = {
        AGENT: QtCore.QT_TRANSLATE_NOOP("Roles", "agent"),
        CASHIER: QtCore.QT_TRANSLATE_NOOP("Roles", "cashier"),
        SUPERVISOR: QtCore.QT_TRANSLATE_NOOP("Roles", "supervisor"),
        ADMIN: QtCore.QT_TRANSLATE_NOOP("Roles", "administrator"),
        SUPERUSER: QtCore.QT_TRANSLATE_NOOP("Roles", "superuser (maintenance)"),
        "": QtCore.QT_TRANSLATE_NOOP("Roles", "no group"),
    }
    source = titles.get(role)
    if source is None:
        return role
    return QtCore.QCoreApplication.translate("Roles", str(source))


def operator_text(info: DatabaseInfo) -> str:
    """The status bar's "who is logged in, with which role"."""
    from widgets.qt import QtCore

    name = f"{info.user} ({info.operator_name})" if info.operator_name else info.user
    return QtCore.QCoreApplication.translate("Session", "Operator: {user} · {role}").format(
        user=name, role=role_title(info.role)
    )
