"""Batch printing: ms per bill page on one core, bills per second and peak memory in a batch.

Run: ``python -m bench.bench_batch [bills] [workers]`` from the project root (defaults:
10,000 bills, every core). Prints, in one run:

- a bare reportlab page (new canvas, the Cyrillic fonts, one line, save): the floor;
- one bill page with its payment QR code, on one core;
- the batch: bills per second into one PDF through the renderer pool, with the peak
  memory of the parent (Python heap via tracemalloc, and RSS) and of the largest
  renderer process, for a tenth of the batch and for the whole batch, so that flat
  memory shows as equal peaks.
"""

from __future__ import annotations

import argparse
import io
import resource
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from console.printing.batch import default_workers, print_bills
from console.printing.bill import render_bill
from console.printing.documents import BillDocument
from console.printing.layout import new_canvas
from console.printing.samples import sample_bill


def bare_page() -> bytes:
    """The cheapest page reportlab makes with our fonts: one line of Cyrillic text."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="bare")
    canvas.setFont("DejaVuSans", 10)
    canvas.drawString(72, 760, "Счёт на оплату за электроэнергию")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def chunks(count: int, size: int = 100) -> Iterator[list[BillDocument]]:
    """``count`` distinct bills, made lazily ``size`` at a time (as the database streams them)."""
    bill = sample_bill()
    for start in range(0, count, size):
        yield [
            replace(bill, account_number=f"4100{n:08d}", receipt_number=f"R{n:012d}")
            for n in range(start, min(start + size, count))
        ]


def batch(count: int, workers: int) -> tuple[float, float, float, float]:
    """Seconds, parent heap peak MiB, parent RSS MiB, largest child RSS MiB."""
    tracemalloc.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        result = print_bills(
            chunks(count), Path(folder) / "batch.pdf", single_file=True, workers=workers
        )
        assert result.pages == count
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak / 2**20, parent, child


def main(count: int = 10_000, workers: int | None = None) -> None:
    """Print the figures."""
    workers = workers or default_workers()
    bill = sample_bill()
    render_bill(bill)
    bare_page()
    n = 200
    bare = timeit.timeit(bare_page, number=n) / n
    single = timeit.timeit(lambda: render_bill(bill), number=n) / n
    print(f"bare reportlab page:           {bare * 1000:6.1f} ms/page (one core, {n} runs)")
    print(f"bill page with QR code:        {single * 1000:6.1f} ms/page (one core, {n} runs)")
    for size in (count // 10, count):
        seconds, heap, parent, child = batch(size, workers)
        print(
            f"batch of {size:>6} bills, {workers} workers: {seconds:6.1f} s, "
            f"{size / seconds:6.0f} bills/s; peak heap {heap:5.1f} MiB,"
            f" parent RSS {parent:5.0f} MiB, renderer RSS {child:5.0f} MiB"
        )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "bills", nargs="?", type=int, default=10_000, help="bills in the batch (default 10000)"
    )
    parser.add_argument(
        "workers",
        nargs="?",
        type=int,
        default=None,
        help="renderer processes (default: every core)",
    )
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    main(arguments.bills, arguments.workers)
