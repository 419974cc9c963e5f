"""Readings for the console's views: the model layer's reading operations.

The checks, the pricing and the write (``billing.confirm_readings``) live in
:mod:`models.operations.readings`; the reads (the reading to correct among them) in
:mod:`models.queries.readings`.
"""

from __future__ import annotations

from models.operations.readings import (
    DATE_FIELD,
    Calculation,
    ConfirmedReadings,
    ZoneCharge,
    calculate,
    check_entry,
    confirm_readings,
    correct_reading,
    rollover_zones,
)
from models.queries.readings import CorrectionTarget, load_correction_target

__all__ = [
    "DATE_FIELD",
    "Calculation",
    "ConfirmedReadings",
    "CorrectionTarget",
    "ZoneCharge",
    "calculate",
    "check_entry",
    "confirm_readings",
    "correct_reading",
    "load_correction_target",
    "rollover_zones",
]
