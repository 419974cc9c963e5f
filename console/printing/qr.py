"""The payment QR code: encoded with zxing-cpp, drawn as vector modules with reportlab.

The payment string goes into the symbol as raw UTF-8 bytes (byte mode, no ECI), which
is what ``ST00012`` promises to banking apps; error correction level M. The modules
are drawn as a single filled path (one rectangle per horizontal run of dark modules)
on a white quiet zone, so the code is sharp at any printer resolution and cheap to
draw.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 4
"""White border around the symbol, in modules, as ISO/IEC 18004 asks."""
_OVERLAP = 0.02
"""Rows overlap by this fraction of a module so no hairline shows between them."""


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """A QR symbol as runs of dark modules: ``(row, first column, length)``, row 0 on top."""

    size: int
    runs: tuple[tuple[int, int, int], ...]


def encode_qr(text: str) -> QrMatrix:
    """Encode ``text`` as UTF-8 bytes into a QR symbol at error correction level M."""
    barcode = zxingcpp.create_barcode(
        text.encode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level="M"
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    # One byte per module, 0 = dark; Image has the buffer protocol, its stub does not say so.
    pixels = bytes(image)  # type: ignore[call-overload]
    runs: list[tuple[int, int, int]] = []
    for row in range(height):
        line = pixels[row * width : (row + 1) * width]
        column = 0
        while column < width:
            if line[column] < 128:
                start = column
                while column < width and line[column] < 128:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return QrMatrix(width, tuple(runs))


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Draw ``matrix`` with its quiet zone in the square of side ``size`` at (x, y) (bottom left).

    The rectangles are written in module units under a scaling transform, as literal
    path operators: formatting some 1,500 coordinates through reportlab's path object
    would cost more than the rest of the page.
    """
    modules = matrix.size + 2 * QUIET_ZONE_MODULES
    module = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x + QUIET_ZONE_MODULES * module, y + size - QUIET_ZONE_MODULES * module)
    canvas.scale(module, module)
    height = 1 + _OVERLAP
    operators = [f"{column} {-row - 1} {length} {height} re" for row, column, length in matrix.runs]
    operators.append("f")
    canvas.addLiteral("\n".join(operators))
    canvas.restoreState()
