"""Cash desks with their registers, and the fiscal cheque of each payment (migration 0190)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Identity,
    Index,
    SmallInteger,
    Text,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import OperatorName


class CashDesk(Base):
    """A cash desk and its online cash register (driver, web-server address, serial).

    Admin-edited through ``billing.set_cash_desk`` (version-checked), audited.
    """

    __tablename__ = "cash_desk"
    __table_args__ = (
        CheckConstraint("btrim(name) <> ''", name="name_present"),
        CheckConstraint("register_driver IN ('atol')", name="register_driver"),
        CheckConstraint("register_url ~ '^https?://'", name="register_url"),
    )

    id: Mapped[int] = mapped_column(SmallInteger, Identity(always=False), primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    register_driver: Mapped[str] = mapped_column(Text, server_default="atol")
    register_url: Mapped[str]
    register_serial: Mapped[str]
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class FiscalCheque(Base):
    """The cheque of one payment: pending with its uuid until the register's answer.

    Written in the payment's transaction (trigger ``fiscal_cheque_on_payment``) and
    completed by ``billing.record_fiscal_result``; ``kind`` ``sell`` («Приход») or
    ``sellReturn`` («Возврат прихода»).
    """

    __tablename__ = "fiscal_cheque"
    __table_args__ = (
        CheckConstraint("kind IN ('sell', 'sellReturn', 'sellCorrection')", name="kind"),
        CheckConstraint("method IN ('cash', 'card')", name="method"),
        CheckConstraint("status IN ('pending', 'done')", name="status"),
        Index(
            "ix_fiscal_cheque_pending",
            "cashier",
            postgresql_where=text("status = 'pending'"),
        ),
    )

    payment_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("payment.id"), primary_key=True)
    kind: Mapped[str]
    key: Mapped[uuid.UUID] = mapped_column(unique=True)
    method: Mapped[str]
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    failure: Mapped[str | None]
    detail: Mapped[str | None]
    attempts: Mapped[int] = mapped_column(server_default="0")
    customer_contact: Mapped[str | None]
    cashier: Mapped[str]
    cashier_name: Mapped[str | None]
    cashier_inn: Mapped[str | None]
    fn_number: Mapped[str | None]
    fd_number: Mapped[int | None] = mapped_column(BigInteger)
    fiscal_sign: Mapped[str | None]
    fiscal_at: Mapped[datetime | None]
    register_shift: Mapped[int | None]
    cheque_number: Mapped[int | None]
    registration_number: Mapped[str | None]
    register_serial: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
