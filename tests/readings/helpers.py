"""Shared steps of the reading tests."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from console.services.readings import ConfirmedReadings, confirm_readings
from models import clock
from models.domain.reading_checks import ReadingCheckSettings, ReadingEntry
from models.queries.readings import MeterForm, load_reading_form

SETTINGS = ReadingCheckSettings()


def meter_of(session: Session, account_id: int, meter_id: int | None = None) -> MeterForm:
    """The account's meter (its first one unless ``meter_id`` is given)."""
    form = load_reading_form(session, account_id)
    assert form is not None
    if meter_id is None:
        return form.meters[0]
    return next(m for m in form.meters if m.id == meter_id)


def confirm(
    session: Session,
    account_id: int,
    values: dict[str, str],
    *,
    taken_on: date | None = None,
    meter_id: int | None = None,
    key: uuid.UUID | None = None,
    **entry: object,
) -> ConfirmedReadings:
    """Confirm ``values`` for the account's meter through the service."""
    meter = meter_of(session, account_id, meter_id)
    reading = ReadingEntry(
        taken_on or clock.today(), {z: Decimal(v) for z, v in values.items()}, **entry
    )
    return confirm_readings(session, meter, reading, clock.today(), SETTINGS, key or uuid.uuid4())


def count(session: Session, sql: str, **params: object) -> int:
    """A count from the database."""
    return int(session.execute(text(sql), params).scalar_one())
