"""The audit log, written by database triggers on every business table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Identity, Index, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AuditEntry(Base):
    """One insert, update or delete: when, which operator, which row, old and new values.

    Rows are written by the trigger function ``billing.audit_row()``, by
    ``billing.reveal_contact`` (``REVEAL``) and by the event trigger guarding the
    protected tables (``DDL``: a superuser changed one of them); nobody may update or
    delete them.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("action IN ('INSERT', 'UPDATE', 'DELETE', 'REVEAL', 'DDL')", name="action"),
        Index("ix_audit_log_table_name_row_key", "table_name", "row_key"),
        Index("ix_audit_log_operator_at", "operator", "at"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(server_default=func.clock_timestamp())
    operator: Mapped[str] = mapped_column(Text, server_default=func.session_user())
    table_name: Mapped[str]
    row_key: Mapped[str]
    action: Mapped[str]
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
