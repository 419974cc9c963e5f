"""Cash-desk shifts: a cashier's drawer from opening float to counted cash."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Index, Numeric, func, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import BigId, Money, OperatorName


class CashShift(Base):
    """One cashier's shift at the cash desk.

    Opened with the float in the drawer, closed with the counted cash; closing records
    the cash expected from the float and the shift's cash payments (reversals
    included) and the difference (counted minus expected: negative is a shortage).
    A cashier has at most one open shift (a partial unique index).
    """

    __tablename__ = "cash_shift"
    __table_args__ = (
        CheckConstraint("opening_float >= 0", name="opening_float_non_negative"),
        CheckConstraint(
            "(closed_at IS NULL AND counted_cash IS NULL AND expected_cash IS NULL"
            " AND difference IS NULL) OR (closed_at IS NOT NULL AND counted_cash >= 0"
            " AND expected_cash IS NOT NULL AND difference = counted_cash - expected_cash)",
            name="closed_consistently",
        ),
        CheckConstraint("closed_at IS NULL OR closed_at >= opened_at", name="closed_after_opened"),
        Index(
            "uq_cash_shift_cashier_open",
            "cashier",
            unique=True,
            postgresql_where=text("closed_at IS NULL"),
        ),
        Index("ix_cash_shift_opened_at", "opened_at"),
    )

    id: Mapped[BigId]
    cashier: Mapped[OperatorName]
    opened_at: Mapped[datetime] = mapped_column(server_default=func.now())
    opening_float: Mapped[Money]
    closed_at: Mapped[datetime | None]
    counted_cash: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    expected_cash: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    difference: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    """Counted minus expected cash: negative is a shortage, positive a surplus."""
    pending_release_by: Mapped[str | None]
    """The supervisor who let the shift close with pending cheques (with when and why)."""
    pending_release_at: Mapped[datetime | None]
    pending_release_reason: Mapped[str | None]
