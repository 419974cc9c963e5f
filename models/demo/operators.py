"""One demo operator of each group in the embedded training database.

Their passwords are shown on the login screen in training mode only (and in the
README): the training database holds demo data, never real customers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, text

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DemoOperator:
    """A training login: its group and its published password."""

    login: str
    full_name: str
    group: str
    password: str


DEMO_OPERATORS = (
    DemoOperator("demo_agent", "Иванова Анна Сергеевна", "agent", "Agent-Training-2026"),
    DemoOperator("demo_cashier", "Петров Олег Иванович", "cashier", "Cashier-Training-2026"),
    DemoOperator(
        "demo_supervisor", "Смирнова Елена Викторовна", "supervisor", "Supervisor-Training-2026"
    ),
    DemoOperator("demo_admin", "Кузнецов Дмитрий Павлович", "admin", "Admin-Training-2026"),
)


def ensure_demo_operators(connection: Connection) -> None:
    """Create the demo operators that are missing (run as the superuser, once per database).

    Roles are cluster-wide, the registry is per database: a role that exists already
    (another training database on the same cluster) only gets its registry row.
    """
    for demo in DEMO_OPERATORS:
        role_exists = connection.execute(
            text("SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = :login)"),
            {"login": demo.login},
        ).scalar_one()
        if not role_exists:
            connection.execute(
                text("SELECT billing.create_operator(:login, :name, :group, :password)"),
                {
                    "login": demo.login,
                    "name": demo.full_name,
                    "group": demo.group,
                    "password": demo.password,
                },
            )
            _log.info("demo operator %s created", demo.login)
            continue
        inserted = connection.execute(
            text(
                "INSERT INTO billing.operator (login, full_name, group_name, created_by)"
                " VALUES (:login, :name, :group, 'training') ON CONFLICT (login) DO NOTHING"
                " RETURNING login"
            ),
            {"login": demo.login, "name": demo.full_name, "group": demo.group},
        ).first()
        if inserted is not None:
            # The role's password is the published one: the console's from now on.
            connection.execute(
                text("SELECT billing.record_password_fingerprint(:login)"), {"login": demo.login}
            )
