"""The monthly billing run for the console (the batches in
:mod:`models.operations.billing_run`, the form's choices in :mod:`models.queries.billing_run`)."""

from __future__ import annotations

from models.operations.billing_run import (
    BATCH_SIZE,
    RunCancelled,
    RunProgress,
    RunSummary,
    default_period,
    run_billing,
)
from models.queries.billing_run import region_choices

__all__ = [
    "BATCH_SIZE",
    "RunCancelled",
    "RunProgress",
    "RunSummary",
    "default_period",
    "region_choices",
    "run_billing",
]
