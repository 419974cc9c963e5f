"""``billing-console print-bill`` and ``print-bills``: bills as PDF without the GUI.

For scripts and night jobs: one account's bill for a period, or every bill of a
region for a period into one PDF or a file per account (on every core, with progress
lines on stderr, Ctrl+C to cancel).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import URL

from console.printing.documents import Supplier

COMMANDS = ("print-bill", "print-bills")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the printing subcommands on the main parser."""
    one = commands.add_parser("print-bill", help="print one account's bill for a period as PDF")
    one.add_argument("account_number", help="account number (лицевой счёт)")
    one.add_argument("period", help="billing period, YYYY-MM")
    one.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    one.add_argument("--region", help="region code, when the number exists in several regions")
    one.add_argument("--url", help="database URL (default: configured server or embedded)")

    batch = commands.add_parser("print-bills", help="print every bill of a region for a period")
    batch.add_argument("--region", required=True, help="region code, e.g. SIM")
    batch.add_argument("--period", required=True, help="billing period, YYYY-MM")
    batch.add_argument("--out", required=True, type=Path, help="folder (or PDF with --single-file)")
    batch.add_argument(
        "--single-file", action="store_true", help="all bills in one PDF (OUT is the file)"
    )
    batch.add_argument("--workers", type=int, help="renderer processes (default: every core)")
    batch.add_argument("--url", help="database URL (default: configured server or embedded)")


def run(args: argparse.Namespace) -> int:
    """Dispatch a printing subcommand; returns the exit code."""
    from console.cli import _target_url
    from console.services.documents import parse_period

    try:
        period = parse_period(args.period)
    except ValueError as error:
        print(f"{args.command}: {error}", file=sys.stderr)
        return 2
    from console.printing.supplier import configured_supplier

    supplier = configured_supplier()
    with _target_url(args.url) as url:
        if args.command == "print-bill":
            return print_one(url, args.account_number, period, args.output, args.region, supplier)
        return print_region(
            url, args.region, period, args.out, args.single_file, supplier, args.workers
        )


def print_one(
    url: URL,
    account_number: str,
    period: date,
    output: Path,
    region: str | None,
    supplier: Supplier,
) -> int:
    """Write one bill; a second print of the same bill is marked «ДУБЛИКАТ» (print log)."""
    from console.printing.bill import render_bill
    from console.services.documents import bill_document, find_bill
    from console.services.payments import record_print
    from models.database import make_engine, make_session_factory

    engine = make_engine(url, pool_size=1)
    try:
        with make_session_factory(engine)() as session:
            found = find_bill(session, account_number, period, region)
            if not found:
                print(
                    f"print-bill: no bill for account {account_number} in {period:%Y-%m}",
                    file=sys.stderr,
                )
                return 1
            if len(found) > 1:
                regions = ", ".join(code for _, _, code in found)
                print(
                    f"print-bill: account {account_number} exists in {regions}; add --region",
                    file=sys.stderr,
                )
                return 1
            bill_id, account_id, _ = found[0]
            copy = record_print(session, "bill", str(bill_id), account_id)
            doc = bill_document(session, bill_id, supplier, duplicate=copy > 1)
    finally:
        engine.dispose()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(render_bill(doc))
    suffix = " (duplicate)" if doc.duplicate else ""
    print(f"wrote {output}: bill {doc.receipt_number}, total due {doc.total_due}{suffix}")
    return 0


def print_region(
    url: URL,
    region: str,
    period: date,
    out: Path,
    single_file: bool,
    supplier: Supplier,
    workers: int | None,
) -> int:
    """Write every bill of ``region`` for ``period``, printing progress lines.

    Each bill's print is logged, so a later ``print-bill`` of it is a «ДУБЛИКАТ».
    """
    from console.printing.batch import BatchCancelled
    from console.services.documents import count_region_bills, print_region_bills
    from models.database import make_engine, make_session_factory

    engine = make_engine(url, pool_size=1)
    started = time.perf_counter()
    try:
        with make_session_factory(engine)() as session:
            total = count_region_bills(session, region, period)
            if total == 0:
                print(
                    f"print-bills: no bills in region {region} for {period:%Y-%m}", file=sys.stderr
                )
                return 1
            last = [0.0]

            def progress(done: int) -> None:
                fraction = done / total
                if fraction - last[0] >= 0.05 or done == total:
                    last[0] = fraction
                    elapsed = time.perf_counter() - started
                    print(
                        f"[{fraction:4.0%}] {done}/{total} bills ({elapsed:.1f} s)",
                        file=sys.stderr,
                        flush=True,
                    )

            result = print_region_bills(
                session,
                region,
                period,
                supplier,
                out,
                single_file=single_file,
                progress=progress,
                workers=workers,
            )
    except (KeyboardInterrupt, BatchCancelled):
        print("print-bills: cancelled", file=sys.stderr)
        return 130
    finally:
        engine.dispose()
    elapsed = time.perf_counter() - started
    where = out if single_file else f"{len(result.files)} files in {out}"
    print(f"wrote {result.bills} bills ({result.pages} pages) to {where} in {elapsed:.1f} s")
    return 0
