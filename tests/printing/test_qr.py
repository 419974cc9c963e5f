"""The QR drawing: what zxing-cpp encodes is what a scanner reads back from the PDF."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm

from console.printing.layout import new_canvas
from console.printing.qr import QUIET_ZONE_MODULES, draw_qr, encode_qr
from tests.printing.pdf_reading import decode_qr_codes, rasterise


def test_matrix_runs_lie_inside_the_symbol() -> None:
    matrix = encode_qr("ST00012|Name=Тест")
    assert matrix.size >= 21
    assert all(c >= 0 and c + n <= matrix.size and 0 <= r < matrix.size for r, c, n in matrix.runs)
    # The top-left finder pattern starts with a run of 7 dark modules.
    assert matrix.runs[0] == (0, 0, 7)


def test_drawn_qr_scans_back_with_cyrillic(tmp_path: Path, qapp: object) -> None:
    text = "ST00012|Name=ООО «Ёлка»|Purpose=Оплата за 03.2025 — л/с 000123"
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="QR")
    draw_qr(canvas, encode_qr(text), 50 * mm, 150 * mm, 30 * mm)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    assert decode_qr_codes(rasterise(data, tmp_path, dpi=120)) == [text]
    assert QUIET_ZONE_MODULES == 4
