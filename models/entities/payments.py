"""Payments received on accounts."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.domain.enums import PaymentChannel, PaymentMethod
from models.entities._columns import BigId, Money, OperatorName
from models.entities.checks import sql_in


class Payment(Base):
    """Money received on an account.

    Payments are never edited or deleted: a mistaken one is reversed by a new payment
    with the opposite amount that names it in ``reverses_id`` and gives a reason.
    ``idempotency_key`` comes from the form that took the payment, so pressing twice,
    retrying or reconnecting cannot record it twice. Cash-desk payments name the
    cashier's shift and the method (cash or card).
    """

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(sql_in(PaymentChannel, "channel"), name="channel"),
        CheckConstraint(
            "(reverses_id IS NULL AND amount > 0) OR "
            "(reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL)",
            name="amount_sign",
        ),
        CheckConstraint("method IS NULL OR " + sql_in(PaymentMethod, "method"), name="method"),
        CheckConstraint("method IS NULL OR channel = 'cash_desk'", name="method_only_at_cash_desk"),
        CheckConstraint("shift_id IS NULL OR method IS NOT NULL", name="shift_payment_has_method"),
        UniqueConstraint("channel", "external_id"),
        Index("ix_payment_account_id_paid_on", "account_id", "paid_on"),
    )

    id: Mapped[BigId]
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[Money]
    paid_on: Mapped[date]
    channel: Mapped[str] = mapped_column(Text)
    external_id: Mapped[str | None]
    idempotency_key: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"), index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), unique=True)
    reason: Mapped[str | None]
    entered_by: Mapped[OperatorName]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("cash_shift.id"), index=True)
    """The cash-desk shift the payment was taken in (cash-desk payments only)."""
    method: Mapped[str | None] = mapped_column(Text)
    """``cash`` or ``card`` for cash-desk payments."""


class InternetPayment(Base):
    """A payment the customer made on the portal (by card, SBP) that billing has not posted.

    The acquirer confirms it at once; billing posts it to the account (as a ``payment``
    of channel ``portal``) with the next bank register, usually the next working day.
    Until then the card shows it as pending, so an agent does not tell the customer
    they still owe it.
    """

    __tablename__ = "internet_payment"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'posted', 'failed')", name="status"),
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_internet_payment_account_id_status", "account_id", "status"),
    )

    id: Mapped[BigId]
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[Money]
    paid_at: Mapped[datetime]
    external_id: Mapped[str] = mapped_column(Text, unique=True)
    """The acquirer's operation number."""
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))
    """The posted payment, once billing has posted it."""
