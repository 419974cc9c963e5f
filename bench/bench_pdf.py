"""Milliseconds per bill page on one core, beside a raw reportlab baseline of the same text.

Run: ``python -m bench.bench_pdf [--count N]`` from the project root. Prints, in one run:

- the baseline: a raw reportlab page (a bare canvas, our Cyrillic font) drawing the very
  text of the bill page, one line after another, with no layout code and no QR code;
- one bill per PDF (layout, tables, the GOST payment QR code);
- ``N`` bills in one PDF (the per-page cost inside a batch).
"""

from __future__ import annotations

import argparse
import io
import timeit
from dataclasses import replace

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from console.printing.bill import render_bill, render_bills
from console.printing.fonts import register_fonts
from console.printing.samples import sample_bill


def page_lines(pdf: bytes) -> list[str]:
    """The text lines of the first page of ``pdf``, as a reader extracts them."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return [line for line in (page.extract_text() or "").splitlines() if line.strip()]


def raw_page(lines: list[str]) -> bytes:
    """The baseline: ``lines`` drawn top to bottom on a bare reportlab canvas."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, invariant=1)
    canvas.setFont("DejaVuSans", 7)
    y = 810.0
    for line in lines:
        canvas.drawString(28, y, line)
        y -= 8.5
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main(count: int = 50) -> None:
    """Print ms per page: the baseline, one bill per PDF, ``count`` bills in one PDF."""
    register_fonts()
    bill = sample_bill()
    bills = [replace(bill, account_number=f"4100{n:08d}") for n in range(count)]
    lines = page_lines(render_bill(bill))  # fonts registered, modules imported
    raw_page(lines)
    baseline = timeit.timeit(lambda: raw_page(lines), number=count) / count
    single = timeit.timeit(lambda: render_bill(bill), number=count) / count
    batch = timeit.timeit(lambda: render_bills(bills), number=1) / count
    print(
        f"raw reportlab page, same text ({len(lines)} lines, baseline): "
        f"{baseline * 1000:6.1f} ms/page ({count} renders)"
    )
    print(
        f"bill, one per PDF:      {single * 1000:6.1f} ms/page ({count} renders,"
        f" {single / baseline:4.1f} x baseline)"
    )
    print(
        f"bills, {count} in one PDF: {batch * 1000:6.1f} ms/page"
        f" ({batch / baseline:4.1f} x baseline)"
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "count", nargs="?", type=int, default=50, help="renders of each kind (default 50)"
    )
    return parser.parse_args()


if __name__ == "__main__":
    main(_arguments().count)
