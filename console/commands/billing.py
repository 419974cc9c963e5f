"""``billing-console bill-period``: the monthly billing run without the GUI.

Forms the bills of a region's accounts that gave no reading for the period, by the
average or the norm (``billing.bill_period``, ПП 354 пп. 59–60), batch by batch with
progress lines on stderr; Ctrl+C stops between batches (what was formed stays formed,
and running the command again completes the rest: an account is never billed twice).
Only supervisors may run it: the database refuses everyone else. The summary line
says how many bills were formed, by which method, and how many accounts were skipped.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from console.commands.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    CommandFailed,
    Handler,
    checked_engine,
    database_error,
    refused_input,
    target_url,
)
from console.commands.types import billing_period, positive_int
from models.domain.money_format import format_money
from models.domain.problems import ValidationFailed

COMMANDS = ("bill-period",)


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register the subcommand; its handler by command name."""
    run = commands.add_parser(
        "bill-period",
        parents=[language],
        help=QCoreApplication.translate(
            "Cli", "form the bills of the accounts that gave no reading (supervisors)"
        ),
    )
    run.add_argument(
        "--region", required=True, help=QCoreApplication.translate("Cli", "region code, e.g. SIM")
    )
    run.add_argument(
        "--period",
        required=True,
        type=billing_period,
        help=QCoreApplication.translate("Cli", "billing period, YYYY-MM"),
    )
    run.add_argument(
        "--batch-size",
        type=positive_int,
        default=100,
        help=QCoreApplication.translate("Cli", "accounts per transaction (default 100)"),
    )
    run.add_argument(
        "--url",
        help=QCoreApplication.translate(
            "Cli", "database URL (default: the configured server, else the embedded database)"
        ),
    )
    return {"bill-period": run_bill_period}


def run_bill_period(args: argparse.Namespace) -> int:
    """``bill-period``: run, then print the summary."""
    with target_url(args.url) as url:
        return bill_period(url, args.region, args.period, args.batch_size)


def summary_text(formed: int, average: int, norm: int, amount: Decimal, skipped: int) -> str:
    """The run's one-line summary."""
    return QCoreApplication.translate(
        "Cli",
        "Formed {formed} bills for {amount} (by the average {average}, by the norm "
        "{norm}); skipped {skipped} accounts",
    ).format(
        formed=formed, amount=format_money(amount), average=average, norm=norm, skipped=skipped
    )


def skipped_text(billed: int, has_reading: int, not_open: int, no_norm: int) -> str:
    """Why accounts were skipped."""
    return QCoreApplication.translate(
        "Cli",
        "already billed {billed}, reading given {reading}, not open {closed}, no norm for "
        "the household {no_norm}",
    ).format(billed=billed, reading=has_reading, closed=not_open, no_norm=no_norm)


def bill_period(url: URL, region: str, period: date, batch_size: int) -> int:
    """Run the billing of ``region`` for ``period``; progress on stderr, summary on stdout."""
    from console.services.billing_run import RunProgress, RunSummary, run_billing
    from models.database import make_session_factory

    def progress(step: RunProgress) -> None:
        print(
            QCoreApplication.translate(
                "Cli", "[{done}/{total}] accounts, {formed} bills formed"
            ).format(done=step.done, total=step.total, formed=step.summary.formed),
            file=sys.stderr,
            flush=True,
        )

    def line(summary: RunSummary) -> str:
        why = skipped_text(
            summary.already_billed, summary.has_reading, summary.not_open, summary.no_norm
        )
        head = summary_text(
            summary.formed, summary.by_average, summary.by_norm, summary.amount, summary.skipped
        )
        return f"{head} ({why})."

    done: RunSummary | None = None
    with checked_engine(url, pool_size=1) as engine, make_session_factory(engine)() as session:
        try:
            done = run_billing(session, region, period, batch_size=batch_size, progress=progress)
        except ValidationFailed as error:
            raise refused_input(error) from error
        except KeyboardInterrupt as error:
            raise CommandFailed(
                QCoreApplication.translate(
                    "Cli",
                    "Interrupted; the bills formed so far stay formed: run the command again "
                    "to complete the period.",
                ),
                EXIT_INTERRUPTED,
            ) from error
        except DBAPIError as error:
            raise database_error(error, url.username) from error
    print(line(done))
    return EXIT_OK
