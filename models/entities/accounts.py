"""Billing accounts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    SmallInteger,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.domain.enums import AccountStatus
from models.entities._columns import BigId, Money, normalized_key
from models.entities.checks import sql_in

if TYPE_CHECKING:
    from models.entities.customers import Contract, Customer, Region
    from models.entities.meters import MeteringPoint


class Account(Base):
    """The billing account (лицевой счёт) a customer pays on."""

    __tablename__ = "account"
    __table_args__ = (
        UniqueConstraint("region_id", "number"),
        CheckConstraint("number ~ '^[0-9]{6,14}$'", name="number_format"),
        CheckConstraint(sql_in(AccountStatus, "status"), name="status"),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        CheckConstraint(
            "household_type IS NULL OR household_type IN ('gas_stove', 'electric_stove')",
            name="household_type",
        ),
        CheckConstraint("rooms IS NULL OR rooms BETWEEN 1 AND 20", name="rooms"),
        CheckConstraint("residents IS NULL OR residents BETWEEN 0 AND 50", name="residents"),
        Index("ix_account_number", "number"),
        Index(
            "ix_account_address_key",
            "address_key",
            postgresql_ops={"address_key": "text_pattern_ops"},
        ),
    )

    id: Mapped[BigId]
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    number: Mapped[str] = mapped_column(Text)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    settlement: Mapped[str] = mapped_column(Text)
    street: Mapped[str] = mapped_column(Text)
    house: Mapped[str] = mapped_column(Text)
    flat: Mapped[str | None] = mapped_column(Text)
    address_key: Mapped[str] = mapped_column(
        Text,
        Computed(
            normalized_key("street || ' ' || house || coalesce(' ' || flat, '')"), persisted=True
        ),
    )
    """«ленина 5 12»: street, house and flat folded for prefix search."""
    status: Mapped[str] = mapped_column(Text, server_default=AccountStatus.OPEN.value)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    household_type: Mapped[str | None] = mapped_column(Text)
    """What the consumption norm depends on (ПП 354 п. 60): ``gas_stove`` or
    ``electric_stove``; NULL for organisations and unknown households."""
    rooms: Mapped[int | None] = mapped_column(SmallInteger)
    residents: Mapped[int | None] = mapped_column(SmallInteger)
    """Residents registered at the address (the norm is per resident)."""

    region: Mapped[Region] = relationship()
    customer: Mapped[Customer] = relationship(back_populates="accounts")
    contract: Mapped[Contract | None] = relationship()
    metering_points: Mapped[list[MeteringPoint]] = relationship(back_populates="account")

    @property
    def address(self) -> str:
        """The address as printed: «г. Симферополь, ул. Ленина, д. 5, кв. 12»."""
        text = f"{self.settlement}, {self.street}, д. {self.house}"
        return f"{text}, кв. {self.flat}" if self.flat else text


class AccountTotal(Base):
    """An account's bills and payments summed, kept by triggers on ``bill`` and ``payment``.

    Derived, not a record of its own (so not audited): ``charged − paid`` is the account's
    balance once the console's day has reached ``dated_until``, an upper bound of the dates
    summed; the debt badges of a result page read these rows instead of the history.
    """

    __tablename__ = "account_total"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    charged: Mapped[Money]
    """Every bill's amount, penalty and corrections included."""
    paid: Mapped[Money]
    """Every payment, reversals included (negative)."""
    dated_until: Mapped[date]
    """No bill summed was formed, and no payment paid, after this day."""
