"""The monthly billing run: bills by estimate for the accounts that gave no reading.

The database does the work (``billing.bill_period``, migration 0180: the rules of
ПП 354 пп. 59–60 are in its text); this module calls it batch after batch, each batch
its own transaction, so the caller can show progress and stop between batches: what
was formed stays formed, and a re-run skips every account already billed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from models.changes import Change
from models.operations.call import Refusals, call_value

__all__ = [
    "BATCH_SIZE",
    "RunCancelled",
    "RunProgress",
    "RunSummary",
    "default_period",
    "run_billing",
]

BATCH_SIZE = 100
"""Accounts per batch (one transaction each): small enough to stop soon after Cancel."""

_FIELDS: dict[str, str | None] = {
    "billing_run.region_unknown": "region",
    "billing_run.period": "period",
    "billing_run.batch_size": None,
}
REFUSALS = Refusals(_FIELDS)


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run (or the part of it done so far) did, in accounts."""

    region: str
    period: date
    formed: int = 0
    by_average: int = 0
    by_norm: int = 0
    amount: Decimal = Decimal(0)
    already_billed: int = 0
    has_reading: int = 0
    not_open: int = 0
    no_norm: int = 0
    complete: bool = False
    """Every account of the region was gone through (False: cancelled or failed)."""

    @property
    def skipped(self) -> int:
        """Accounts left without a new bill."""
        return self.already_billed + self.has_reading + self.not_open + self.no_norm

    def plus(self, batch: dict[str, object], complete: bool) -> RunSummary:
        """This summary with one batch's counts added."""

        def n(key: str) -> int:
            return int(str(batch[key]))

        return RunSummary(
            self.region,
            self.period,
            self.formed + n("formed"),
            self.by_average + n("average"),
            self.by_norm + n("norm"),
            self.amount + Decimal(str(batch["amount"])),
            self.already_billed + n("billed"),
            self.has_reading + n("has_reading"),
            self.not_open + n("not_open"),
            self.no_norm + n("no_norm"),
            complete,
        )


@dataclass(frozen=True, slots=True)
class RunProgress:
    """Where a run is: accounts gone through of the region's total, and the summary."""

    done: int
    total: int
    summary: RunSummary = field(compare=False)


class RunCancelled(Exception):
    """The run stopped between batches; ``summary`` is what was done (and stays done)."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("billing run cancelled")
        self.summary = summary


def default_period(today: date) -> date:
    """The period a run forms unless told otherwise: the last whole month before the
    business date ``today`` (``billing.today()``), whose readings are all in."""
    first = today.replace(day=1)
    return (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else (first.replace(month=first.month - 1))
    )


def _batch(
    session: Session, region: str, period: date, batch_size: int, after: int
) -> dict[str, object]:
    value = call_value(
        session,
        "SELECT billing.bill_period(:region, :period, :size, :after)",
        {"region": region, "period": period, "size": batch_size, "after": after},
        refusals=REFUSALS,
        changes=(Change.of("bill", bulk=True),),
    )
    return value if isinstance(value, dict) else dict(json.loads(str(value)))


def run_billing(
    session: Session,
    region: str,
    period: date,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[RunProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RunSummary:
    """Form the bills of ``region`` for ``period`` batch by batch; the summary.

    ``cancelled`` is asked between batches: when it says True the run stops and raises
    :class:`RunCancelled` with what was done. Refusals (unknown region, a future
    period) raise :class:`~models.domain.problems.ValidationFailed`; the rest of the
    database's errors propagate.
    """
    summary = RunSummary(region, period.replace(day=1))
    after = 0
    while True:
        batch = _batch(session, region, summary.period, batch_size, after)
        complete = bool(batch["done"])
        summary = summary.plus(batch, complete)
        after = int(str(batch["last_account_id"]))
        if progress is not None:
            progress(RunProgress(int(str(batch["position"])), int(str(batch["total"])), summary))
        if complete:
            return summary
        if cancelled is not None and cancelled():
            raise RunCancelled(summary)
