"""The registry of console operators (each one a PostgreSQL login role)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import OperatorName


class Operator(Base):
    """A console operator: a PostgreSQL login role in exactly one group role.

    Written only by the SECURITY DEFINER functions (``billing.create_operator`` and
    friends), which change the role and this row together; ``disabled`` mirrors the
    role's NOLOGIN (a disabled operator is in no group). ``password_bypassed_at``: when
    the console found the role's password set outside it (``ALTER ROLE … PASSWORD``);
    the operator is refused until an administrator resets the password.
    """

    __tablename__ = "operator"
    __table_args__ = (
        CheckConstraint(
            "login ~ '^[a-z][a-z0-9_]{2,39}$' AND login !~ '^(pg_|billing_)' "
            "AND login <> 'postgres'",
            name="login_rules",
        ),
        CheckConstraint("length(btrim(full_name)) BETWEEN 1 AND 200", name="full_name"),
        CheckConstraint(
            "group_name IN ('agent', 'cashier', 'supervisor', 'admin')", name="group_name"
        ),
    )

    login: Mapped[str] = mapped_column(Text, primary_key=True)
    full_name: Mapped[str]
    group_name: Mapped[str]
    disabled: Mapped[bool] = mapped_column(server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    created_by: Mapped[OperatorName]
    password_changed_at: Mapped[datetime] = mapped_column(server_default=func.now())
    password_expires_on: Mapped[date | None]
    password_bypassed_at: Mapped[datetime | None]
    inn: Mapped[str | None]
    """The cashier's INN printed on cheques (``billing.set_operator_inn``)."""


class LoginFingerprint(Base):
    """The fingerprint of the password the console last set for a login (migration 0080).

    Compared with the role's stored password (``billing_guard.password_fingerprint``)
    before every console function; readable by no operator group.
    """

    __tablename__ = "login_fingerprint"

    login: Mapped[str] = mapped_column(Text, primary_key=True)
    fingerprint: Mapped[str]
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())
