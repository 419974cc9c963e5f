"""Supplier details and billing settings: the database's, not each PC's (migration 0160).

Admins change these rows only through SECURITY DEFINER functions (``billing.set_*``,
``billing.delete_*``) which re-check every rule and the row's ``version``; the audit
trigger records each change. Everybody who prints bills or takes readings reads them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Identity,
    Numeric,
    SmallInteger,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import OperatorName

CALENDAR_DAY_KINDS = ("holiday", "working_day")
"""``holiday``: a weekday made a day off; ``working_day``: a weekend day made a working day."""


class SupplierDetailsRow(Base):
    """Who issues the bills of a region, with its bank details (the row without a region
    is the default for every region that has none of its own)."""

    __tablename__ = "supplier_details"
    __table_args__ = (
        UniqueConstraint("region_id", postgresql_nulls_not_distinct=True),
        CheckConstraint("btrim(name) <> ''", name="name_present"),
        CheckConstraint("inn ~ '^[0-9]{10}$'", name="inn_format"),
        CheckConstraint("kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'", name="kpp_format"),
        CheckConstraint("btrim(address) <> ''", name="address_present"),
        CheckConstraint("btrim(phone) <> ''", name="phone_present"),
        CheckConstraint("email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", name="email_format"),
        CheckConstraint("btrim(website) <> ''", name="website_present"),
        CheckConstraint("btrim(bank_name) <> ''", name="bank_name_present"),
        CheckConstraint("bic ~ '^[0-9]{9}$'", name="bic_format"),
        CheckConstraint("settlement_account ~ '^[0-9]{20}$'", name="settlement_account_format"),
        CheckConstraint(
            "correspondent_account ~ '^301[0-9]{17}$'", name="correspondent_account_format"
        ),
        CheckConstraint("vat_rate >= 0 AND vat_rate < 100", name="vat_rate_range"),
    )

    id: Mapped[int] = mapped_column(SmallInteger, Identity(always=False), primary_key=True)
    region_id: Mapped[int | None] = mapped_column(SmallInteger, ForeignKey("region.id"))
    name: Mapped[str]
    inn: Mapped[str]
    kpp: Mapped[str]
    address: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    website: Mapped[str]
    bank_name: Mapped[str]
    bic: Mapped[str]
    settlement_account: Mapped[str]
    correspondent_account: Mapped[str]
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    """VAT rate, per cent, printed as «в т. ч. НДС» on organisations' bills."""
    fiscal_taxation: Mapped[str] = mapped_column(Text, server_default="osn")
    """Taxation system on cheques (tag 1055), ATOL's names: ``osn``, ``usnIncome``…"""
    fiscal_subject: Mapped[str] = mapped_column(Text, server_default="commodity")
    """Settlement subject on cheques (tag 1212): ``commodity``, ``service``…"""
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class TariffAct(Base):
    """The act that set a region's tariffs from ``valid_from`` («Приказ … от … № …»)."""

    __tablename__ = "tariff_act"
    __table_args__ = (
        UniqueConstraint("region_id", "valid_from"),
        CheckConstraint("btrim(title) <> ''", name="title_present"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    region_id: Mapped[int] = mapped_column(SmallInteger, ForeignKey("region.id"))
    valid_from: Mapped[date]
    title: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class BillingSettingsRow(Base):
    """The reading acceptance window of a region (the row without a region: the default).

    Readings submitted after ``window_last_day`` count for the next month; NULL days
    mean no limit on that side.
    """

    __tablename__ = "billing_settings"
    __table_args__ = (
        UniqueConstraint("region_id", postgresql_nulls_not_distinct=True),
        CheckConstraint(
            "(window_first_day IS NULL OR window_first_day BETWEEN 1 AND 31)"
            " AND (window_last_day IS NULL OR window_last_day BETWEEN 1 AND 31)"
            " AND (window_first_day IS NULL OR window_last_day IS NULL"
            " OR window_first_day <= window_last_day)",
            name="window_days",
        ),
    )

    id: Mapped[int] = mapped_column(SmallInteger, Identity(always=False), primary_key=True)
    region_id: Mapped[int | None] = mapped_column(SmallInteger, ForeignKey("region.id"))
    window_first_day: Mapped[int | None] = mapped_column(SmallInteger)
    window_last_day: Mapped[int | None] = mapped_column(SmallInteger)
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class CalendarDay(Base):
    """A transfer of the year on top of the statutory holidays (Labour Code art. 112)."""

    __tablename__ = "calendar_day"
    __table_args__ = (
        CheckConstraint("kind IN ('holiday', 'working_day')", name="kind"),
        CheckConstraint(
            "kind <> 'holiday' OR extract(isodow FROM day) < 6", name="holiday_on_weekday"
        ),
        CheckConstraint(
            "kind <> 'working_day' OR extract(isodow FROM day) >= 6",
            name="working_day_on_weekend",
        ),
    )

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, server_default="")
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
