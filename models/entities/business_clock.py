"""The business clock: which day it is for billing rules, as the database says."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class BusinessClockSetting(Base):
    """The one row that fixes the business date (``billing.today()``).

    ``time_zone`` is the supplier's zone: the date there is "today" for readings,
    payments and bills, whatever the session's ``TimeZone``. ``pinned_on`` freezes the
    date of a training or test database so its demo history stays coherent on any day.
    """

    __tablename__ = "business_clock"
    __table_args__ = (
        CheckConstraint("id", name="one_row"),
        CheckConstraint("now() AT TIME ZONE time_zone IS NOT NULL", name="time_zone"),
    )

    id: Mapped[bool] = mapped_column(primary_key=True, server_default=text("true"))
    time_zone: Mapped[str]
    pinned_on: Mapped[date | None]
