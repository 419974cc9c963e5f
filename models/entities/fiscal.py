"""Cash desks with their registers, the fiscal cheque of each payment (migration 0190) and
the supervisors' correction cheques (migration 0230)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Identity,
    Index,
    Numeric,
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
    ``sellReturn`` («Возврат прихода»); a late cheque (its desk shift closed before it
    was printed) becomes ``sellCorrection`` / ``sellReturnCorrection``, self-initiated,
    based on the payment's date.
    """

    __tablename__ = "fiscal_cheque"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('sell', 'sellReturn', 'sellCorrection', 'sellReturnCorrection')",
            name="kind",
        ),
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
    correction_type: Mapped[str | None]
    correction_base_date: Mapped[date | None]


class FiscalCorrection(Base):
    """A correction cheque (ФФД 1.2) a supervisor recorded for a cash-desk mistake found
    after the shift: pending under its uuid until the register prints it.

    Written by ``billing.create_fiscal_correction`` (idempotent by ``key``) and completed
    by ``billing.record_correction_result``; audited.
    """

    __tablename__ = "fiscal_correction"
    __table_args__ = (
        CheckConstraint("kind IN ('sellCorrection', 'sellReturnCorrection')", name="kind"),
        CheckConstraint("correction_type IN ('self', 'instruction')", name="type"),
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint("method IN ('cash', 'card')", name="method"),
        CheckConstraint("status IN ('pending', 'done')", name="status"),
        Index(
            "ix_fiscal_correction_pending",
            "cashier",
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_fiscal_correction_account", "account_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    key: Mapped[uuid.UUID] = mapped_column(unique=True)
    kind: Mapped[str]
    correction_type: Mapped[str]
    base_date: Mapped[date]
    base_number: Mapped[str | None]
    reason: Mapped[str]
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    method: Mapped[str]
    account_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("account.id"))
    payment_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("payment.id"))
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    failure: Mapped[str | None]
    detail: Mapped[str | None]
    attempts: Mapped[int] = mapped_column(server_default="0")
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
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
