"""The payment QR code: encoded with zxing-cpp, drawn as vector modules with reportlab.

The payment string goes into the symbol as raw UTF-8 bytes (byte mode, no ECI), which
is what ``ST00012`` promises to banking apps. The modules are drawn as a single filled
path (one rectangle per horizontal run of dark modules) on a white quiet zone, so the
code is sharp at any printer resolution and cheap to draw.

Size and error correction. A phone camera, a 100 dpi fax or a worn laser printer read
a code reliably when each module is at least 0.5 mm on paper. The module is the box
divided by the modules across it (the symbol's plus the 4-module quiet zone on each
side), so a fixed box gives the largest modules the text allows. Bills print the code
in a 58 mm box (:data:`console.printing.bill.QR_BOX_MM`): up to version 22 (105
modules, 113 with the quiet zone) its modules are 0.51 mm or more. A household's bill
(about 500 bytes of UTF-8) is version 16–18 at level M, 0.63–0.68 mm; the longest
realistic organisation's address (about 700 bytes) is version 20, 0.55 mm. Level M
(15 % of the symbol may be lost) is kept whenever its modules reach 0.5 mm, because
bills get folded and stamped; only a text too long for that falls back to level L
(7 %), and the caller may then drop optional fields (:func:`fit_qr`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 4
"""White border around the symbol, in modules, as ISO/IEC 18004 asks."""
MIN_MODULE_MM = 0.5
"""The smallest module printed, in millimetres."""
EC_LEVELS = ("M", "L")
"""Error correction levels tried, most robust first."""
_OVERLAP = 0.02
"""Rows overlap by this fraction of a module so no hairline shows between them."""


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """A QR symbol as runs of dark modules: ``(row, first column, length)``, row 0 on top."""

    size: int
    runs: tuple[tuple[int, int, int], ...]
    ec_level: str = "M"

    @property
    def modules_across(self) -> int:
        """Modules across the printed square: the symbol and its quiet zone."""
        return self.size + 2 * QUIET_ZONE_MODULES

    def module_mm(self, box_mm: float) -> float:
        """A module's side, in millimetres, when the code fills a ``box_mm`` square."""
        return box_mm / self.modules_across


@dataclass(frozen=True, slots=True)
class FittedQr:
    """The symbol chosen for a box and the text it carries."""

    matrix: QrMatrix
    text: str


def encode_qr(text: str, ec_level: str = "M") -> QrMatrix:
    """Encode ``text`` as UTF-8 bytes into a QR symbol at ``ec_level`` (L, M, Q or H)."""
    barcode = zxingcpp.create_barcode(
        text.encode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level
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
    return QrMatrix(width, tuple(runs), ec_level)


def fit_qr(texts: Sequence[str], box_mm: float) -> FittedQr:
    """The first of ``texts`` (most complete first) whose symbol, at the most robust
    level that allows it, has modules of at least :data:`MIN_MODULE_MM` in the box.

    Raises ValueError when none fits (the shortest text must always fit).
    """
    for text in texts:
        for level in EC_LEVELS:
            matrix = encode_qr(text, level)
            if matrix.module_mm(box_mm) >= MIN_MODULE_MM:
                return FittedQr(matrix, text)
    raise ValueError(f"no payment text fits a {box_mm} mm QR code with {MIN_MODULE_MM} mm modules")


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Draw ``matrix`` with its quiet zone in the square of side ``size`` at (x, y) (bottom left).

    The rectangles are written in module units under a scaling transform, as literal
    path operators: formatting some 1,500 coordinates through reportlab's path object
    would cost more than the rest of the page.
    """
    module = size / matrix.modules_across
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
