"""Bills (what the customer is asked to pay for a billing period) and their lines."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.domain.enums import BillLineKind, Zone
from models.entities._columns import BigId, Money, OperatorName, Rate, RegisterValue
from models.entities.checks import sql_in

if TYPE_CHECKING:
    from models.entities.accounts import Account


class Bill(Base):
    """A bill for one account and billing period, with a unique receipt number.

    A correction bill names the bill it corrects and carries only the difference.
    """

    __tablename__ = "bill"
    __table_args__ = (
        CheckConstraint("extract(day FROM billing_period) = 1", name="period_is_month"),
        CheckConstraint("due_on >= formed_on", name="due_after_formed"),
        CheckConstraint("receipt_number ~ '^R[0-9]{8,18}$'", name="receipt_number_format"),
        Index(
            "uq_bill_account_id_billing_period",
            "account_id",
            "billing_period",
            unique=True,
            postgresql_where=text("corrects_bill_id IS NULL"),
        ),
    )

    id: Mapped[BigId]
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    billing_period: Mapped[date]
    """First day of the billing month."""
    receipt_number: Mapped[str] = mapped_column(Text, unique=True)
    formed_on: Mapped[date]
    due_on: Mapped[date]
    amount: Mapped[Money]
    paid_on: Mapped[date | None]
    corrects_bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"), index=True)
    formed_by: Mapped[OperatorName]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    account: Mapped[Account] = relationship()
    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", order_by="BillLine.id", cascade="all, delete-orphan"
    )

    @property
    def is_paid(self) -> bool:
        """Whether the bill has been paid in full."""
        return self.paid_on is not None


class BillLine(Base):
    """One charge on a bill: electricity of a zone, a debt-schedule instalment, an act...

    A ``recalculation`` line corrects earlier periods (a credit is negative, its
    quantity too) and says why in ``reason``.
    """

    __tablename__ = "bill_line"
    __table_args__ = (
        CheckConstraint(sql_in(BillLineKind, "kind"), name="kind"),
        CheckConstraint("zone IS NULL OR " + sql_in(Zone, "zone"), name="zone"),
        CheckConstraint(
            "amount >= 0 OR kind IN ('correction', 'recalculation')", name="amount_non_negative"
        ),
        CheckConstraint("kind <> 'electricity' OR zone IS NOT NULL", name="electricity_has_zone"),
        CheckConstraint(
            "quantity IS NULL OR quantity >= 0 OR kind = 'recalculation'",
            name="quantity_non_negative",
        ),
        CheckConstraint(
            "credits_line_id IS NULL OR kind = 'recalculation'", name="credit_is_recalculation"
        ),
    )

    id: Mapped[BigId]
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text)
    zone: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str]
    quantity: Mapped[RegisterValue | None]
    rate: Mapped[Rate | None]
    amount: Mapped[Money]
    previous_reading_id: Mapped[int | None] = mapped_column(ForeignKey("reading.id"))
    current_reading_id: Mapped[int | None] = mapped_column(ForeignKey("reading.id"), index=True)
    credits_line_id: Mapped[int | None] = mapped_column(ForeignKey("bill_line.id"), unique=True)
    """A «Перерасчёт» line: the estimated line it credits (each at most once)."""

    bill: Mapped[Bill] = relationship(back_populates="lines")

    @property
    def signed_amount(self) -> Decimal:
        """The amount as it counts in the balance."""
        return self.amount
