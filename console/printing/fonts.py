"""The Cyrillic fonts of printed documents (DejaVu Sans, shipped in resources/fonts).

reportlab's built-in fonts have no Cyrillic, so the documents use TrueType fonts,
which reportlab always embeds (as subsets) in the PDF. Registration happens once per
process; every page after that only refers to the registered names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True, slots=True)
class FontNames:
    """The registered font names to pass to ``canvas.setFont``."""

    regular: str
    bold: str


@cache
def register_fonts() -> FontNames:
    """Register DejaVu Sans and DejaVu Sans Bold with reportlab (idempotent, cached)."""
    folder = resources.files("resources") / "fonts"
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return FontNames(REGULAR, BOLD)
