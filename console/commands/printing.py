"""``billing-console print-bill`` and ``print-bills``: bills as PDF without the GUI.

For scripts and night jobs: one account's bill for a period, or every bill of a
region for a period into one PDF or a file per account (on every core, with progress
lines on stderr, Ctrl+C to cancel).

The output path is checked before anything is rendered. Every file is written under a
temporary name in its folder and renamed into place, and a print is logged in the
print log (``billing.record_print``) only once its file is there: a print that failed
is never counted, so the next real copy is not marked «ДУБЛИКАТ».

The supplier printed on the bills is the database's (``billing.supplier_details`` of
the bill's region): without it nothing is rendered or logged, and the command says so
in the operator's language.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from console.commands.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    CommandFailed,
    Handler,
    check_output_file,
    check_output_folder,
    checked_engine,
    database_error,
    refused_input,
    target_url,
    write_file_atomically,
)
from console.commands.types import billing_period
from models.domain.problems import ValidationFailed

COMMANDS = ("print-bill", "print-bills")


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register the printing subcommands; their handlers by command name."""
    url_help = QCoreApplication.translate(
        "Cli", "database URL (default: the configured server, else the embedded database)"
    )
    one = commands.add_parser(
        "print-bill",
        parents=[language],
        help=QCoreApplication.translate(
            "Cli",
            "print one account's current document for a period as PDF (the latest "
            "correction bill, if the bill was corrected)",
        ),
    )
    one.add_argument(
        "account_number",
        metavar="ACCOUNT_NUMBER",
        help=QCoreApplication.translate("Cli", "account number (лицевой счёт)"),
    )
    one.add_argument(
        "period",
        metavar="PERIOD",
        type=billing_period,
        help=QCoreApplication.translate("Cli", "billing period, YYYY-MM"),
    )
    one.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        required=True,
        type=Path,
        help=QCoreApplication.translate("Cli", "the PDF file to write"),
    )
    one.add_argument(
        "--region",
        help=QCoreApplication.translate(
            "Cli", "region code, when the number exists in several regions"
        ),
    )
    one.add_argument(
        "--original",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "the bill as first formed, not the correction bill that replaced it "
            "(by default: the account's current document for the period)",
        ),
    )
    one.add_argument("--url", help=url_help)

    batch = commands.add_parser(
        "print-bills",
        parents=[language],
        help=QCoreApplication.translate(
            "Cli",
            "print every account's current document of a region for a period "
            "(correction bills in place of the bills they corrected)",
        ),
    )
    batch.add_argument(
        "--region", required=True, help=QCoreApplication.translate("Cli", "region code, e.g. SIM")
    )
    batch.add_argument(
        "--period",
        required=True,
        type=billing_period,
        help=QCoreApplication.translate("Cli", "billing period, YYYY-MM"),
    )
    batch.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR|FILE.pdf",
        help=QCoreApplication.translate(
            "Cli", "the folder for a file per account, or the PDF file with --single-file"
        ),
    )
    batch.add_argument(
        "--single-file",
        action="store_true",
        help=QCoreApplication.translate("Cli", "all bills in one PDF (--out is the file)"),
    )
    batch.add_argument(
        "--workers",
        type=int,
        help=QCoreApplication.translate("Cli", "renderer processes (default: every core)"),
    )
    batch.add_argument("--url", help=url_help)
    return {"print-bill": run_print_bill, "print-bills": run_print_bills}


def run_print_bill(args: argparse.Namespace) -> int:
    """``print-bill``: check the output file, then print."""
    check_output_file(args.output)
    with target_url(args.url) as url:
        return print_one(
            url,
            args.account_number,
            args.period,
            args.output,
            args.region,
            original=args.original,
        )


def run_print_bills(args: argparse.Namespace) -> int:
    """``print-bills``: check the output path, then print the region."""
    if args.single_file:
        check_output_file(args.out)
    else:
        check_output_folder(args.out)
    with target_url(args.url) as url:
        return print_region(
            url,
            args.region,
            args.period,
            args.out,
            args.single_file,
            args.workers,
        )


def print_one(
    url: URL,
    account_number: str,
    period: date,
    output: Path,
    region: str | None,
    *,
    original: bool = False,
) -> int:
    """Write the account's current document for ``period`` (the latest correction bill,
    or with ``original`` the bill as first formed), then log the print; a document
    printed before is a «ДУБЛИКАТ»."""
    from console.printing.bill import render_bill
    from console.services.documents import bill_document, find_bill
    from console.services.payments import printed_documents, record_print
    from models.database import make_session_factory

    with checked_engine(url, pool_size=1) as engine, make_session_factory(engine)() as session:
        try:
            found = find_bill(session, account_number, period, region, original=original)
            if not found:
                raise CommandFailed(
                    QCoreApplication.translate(
                        "Cli", "No bill for account {account} in {period}."
                    ).format(account=account_number, period=f"{period:%Y-%m}"),
                    EXIT_FAILED,
                )
            if len(found) > 1:
                raise CommandFailed(
                    QCoreApplication.translate(
                        "Cli", "Account {account} exists in regions {regions}: add --region."
                    ).format(account=account_number, regions=", ".join(c for _, _, c in found)),
                    EXIT_FAILED,
                )
            bill_id, account_id, _ = found[0]
            key = str(bill_id)
            duplicate = key in printed_documents(session, "bill", [key])
            doc = bill_document(session, bill_id, duplicate=duplicate)
            write_file_atomically(output, render_bill(doc))
            try:
                copy = record_print(session, "bill", key, account_id)
            except BaseException:  # not logged, so not printed: no copy the log does not know
                output.unlink(missing_ok=True)
                raise
            if copy > 1 and not duplicate:  # another print of it was logged meanwhile
                doc = bill_document(session, bill_id, duplicate=True)
                write_file_atomically(output, render_bill(doc))
        except ValidationFailed as error:  # no supplier details: nothing written nor logged
            raise refused_input(error) from error
        except DBAPIError as error:
            raise database_error(error, url.username) from error
    suffix = QCoreApplication.translate("Cli", " (duplicate)") if doc.duplicate else ""
    print(
        QCoreApplication.translate(
            "Cli", "Wrote {path}: bill {receipt}, total due {total}{dup}."
        ).format(path=output, receipt=doc.receipt_number, total=doc.total_due, dup=suffix)
    )
    return 0


def print_region(
    url: URL,
    region: str,
    period: date,
    out: Path,
    single_file: bool,
    workers: int | None,
) -> int:
    """Write every bill of ``region`` for ``period``, printing progress lines.

    Each bill's print is logged once its file is written, so a later ``print-bill`` of
    it is a «ДУБЛИКАТ».
    """
    from console.printing.batch import BatchCancelled
    from console.services.documents import count_region_bills, print_region_bills
    from models.database import make_session_factory

    started = time.perf_counter()
    with checked_engine(url, pool_size=2) as engine, make_session_factory(engine)() as session:
        try:
            total = count_region_bills(session, region, period)
            if total == 0:
                raise CommandFailed(
                    QCoreApplication.translate(
                        "Cli", "No bills in region {region} for {period}."
                    ).format(region=region, period=f"{period:%Y-%m}"),
                    EXIT_FAILED,
                )
            last = [0.0]

            def progress(done: int) -> None:
                fraction = done / total
                if fraction - last[0] >= 0.05 or done == total:
                    last[0] = fraction
                    elapsed = time.perf_counter() - started
                    print(
                        QCoreApplication.translate(
                            "Cli", "[{percent}] {done}/{total} bills ({seconds} s)"
                        ).format(
                            percent=f"{fraction:4.0%}",
                            done=done,
                            total=total,
                            seconds=f"{elapsed:.1f}",
                        ),
                        file=sys.stderr,
                        flush=True,
                    )

            result = print_region_bills(
                session,
                region,
                period,
                out,
                single_file=single_file,
                progress=progress,
                workers=workers,
            )
        except ValidationFailed as error:  # no supplier details: nothing written nor logged
            raise refused_input(error) from error
        except (KeyboardInterrupt, BatchCancelled) as error:
            raise CommandFailed(
                QCoreApplication.translate(
                    "Cli", "Cancelled; the bills written so far are in the print log."
                ),
                EXIT_INTERRUPTED,
            ) from error
        except DBAPIError as error:
            raise database_error(error, url.username) from error
        except OSError as error:
            raise CommandFailed(
                QCoreApplication.translate("Cli", "Cannot write to {path}: {error}").format(
                    path=out, error=error.strerror or error
                ),
                EXIT_FAILED,
            ) from error
    elapsed = f"{time.perf_counter() - started:.1f}"
    if single_file:
        message = QCoreApplication.translate(
            "Cli", "Wrote {bills} bills ({pages} pages) to {path} in {seconds} s."
        ).format(bills=result.bills, pages=result.pages, path=out, seconds=elapsed)
    else:
        message = QCoreApplication.translate(
            "Cli", "Wrote {bills} bills ({pages} pages) as {files} files in {path} in {seconds} s."
        ).format(
            bills=result.bills,
            pages=result.pages,
            files=len(result.files),
            path=out,
            seconds=elapsed,
        )
    print(message)
    return 0
