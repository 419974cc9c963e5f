"""Milliseconds per bill page, on one core: a single bill and a batch of bills.

Run: ``python -m bench.bench_pdf [count]`` from the project root.
"""

from __future__ import annotations

import sys
import timeit
from dataclasses import replace

from console.printing.bill import render_bill, render_bills
from console.printing.samples import sample_bill


def main(count: int = 50) -> None:
    """Print ms per page for one-bill PDFs and for one PDF of ``count`` bills."""
    bill = sample_bill()
    bills = [replace(bill, account_number=f"4100{n:08d}") for n in range(count)]
    render_bill(bill)  # fonts registered, modules imported
    single = timeit.timeit(lambda: render_bill(bill), number=count) / count
    batch = timeit.timeit(lambda: render_bills(bills), number=1) / count
    print(f"bill, one per PDF:      {single * 1000:6.1f} ms/page ({count} renders)")
    print(f"bills, {count} in one PDF: {batch * 1000:6.1f} ms/page")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
