"""Regions, customers and organisations' supply contracts."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    SmallInteger,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.domain.enums import CustomerKind
from models.entities._columns import BigId, normalized_key
from models.entities.checks import sql_in

if TYPE_CHECKING:
    from models.entities.accounts import Account


class Region(Base):
    """A branch office (ГРОЭ, РЭС) that accounts belong to."""

    __tablename__ = "region"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    code: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    settlement: Mapped[str] = mapped_column(Text)
    """The main town, printed on bills and used for demo addresses."""


class Customer(Base):
    """Who the electricity is sold to: a person or an organisation."""

    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint(sql_in(CustomerKind, "kind"), name="kind"),
        CheckConstraint(
            "kind <> 'person' OR (last_name IS NOT NULL AND first_name IS NOT NULL)",
            name="person_has_name",
        ),
        CheckConstraint(
            "kind <> 'organisation' OR (name IS NOT NULL AND inn IS NOT NULL)",
            name="organisation_has_name_and_inn",
        ),
        CheckConstraint("inn IS NULL OR inn ~ '^([0-9]{10}|[0-9]{12})$'", name="inn_format"),
        CheckConstraint("kpp IS NULL OR kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'", name="kpp_format"),
        CheckConstraint("ogrn IS NULL OR ogrn ~ '^([0-9]{13}|[0-9]{15})$'", name="ogrn_format"),
        CheckConstraint("phone IS NULL OR phone ~ '^\\+7[0-9]{10}$'", name="phone_format"),
        CheckConstraint(
            "email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", name="email_format"
        ),
        Index("ix_customer_name_key", "name_key", postgresql_ops={"name_key": "text_pattern_ops"}),
        Index("ix_customer_phone", "phone"),
        Index("ix_customer_email_key", "email_key"),
        Index("ix_customer_inn", "inn"),
    )

    id: Mapped[BigId]
    kind: Mapped[str] = mapped_column(Text)
    last_name: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str | None] = mapped_column(Text)
    middle_name: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    """An organisation's full name («ООО "Ромашка"»)."""
    inn: Mapped[str | None] = mapped_column(Text)
    kpp: Mapped[str | None] = mapped_column(Text)
    ogrn: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(
        Text, Computed(normalized_key("coalesce(last_name, name)"), persisted=True)
    )
    """Surname (or organisation name) folded for prefix search."""
    email_key: Mapped[str | None] = mapped_column(Text, Computed("lower(email)", persisted=True))
    phone_masked: Mapped[str | None] = mapped_column(
        Text, Computed("billing.mask_phone(phone)", persisted=True)
    )
    """The phone as operators see it (``+7 (***) ***-**-67``); the whole one is revealed."""
    email_masked: Mapped[str | None] = mapped_column(
        Text, Computed("billing.mask_email(email)", persisted=True)
    )
    """The e-mail as operators see it (``iv***@mail.ru``)."""
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    accounts: Mapped[list[Account]] = relationship(back_populates="customer")
    contracts: Mapped[list[Contract]] = relationship(back_populates="customer")

    @property
    def display_name(self) -> str:
        """«Иванов Иван Петрович» for a person, the full name for an organisation."""
        if self.kind == CustomerKind.ORGANISATION:
            return self.name or ""
        parts = (self.last_name, self.first_name, self.middle_name)
        return " ".join(p for p in parts if p)


class Contract(Base):
    """An organisation's supply contract; it groups the organisation's accounts."""

    __tablename__ = "contract"

    id: Mapped[BigId]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    number: Mapped[str] = mapped_column(Text, unique=True)
    signed_on: Mapped[date]

    customer: Mapped[Customer] = relationship(back_populates="contracts")
