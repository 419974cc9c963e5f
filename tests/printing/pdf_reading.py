"""Reading rendered PDFs back as a person (or a banking app) would: text, fonts, QR."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import zxingcpp
from pypdf import PdfReader

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def page_texts(data: bytes) -> list[str]:
    """Each page's extracted text, every run of whitespace (line breaks, the narrow and
    no-break spaces inside numbers) made one plain space."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def all_text(data: bytes) -> str:
    """The whole document's text."""
    return "\n".join(page_texts(data))


def embedded_font_files(data: bytes) -> int:
    """How many TrueType font programs (FontFile2) the PDF embeds."""
    reader = PdfReader(io.BytesIO(data))
    found = 0
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).get_object().values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found += 1
    return found


def rasterise(data: bytes, tmp_path: Path, page: int = 0, dpi: int = 150) -> QImage:
    """Render one page to an image on white, as a scanner or phone camera would see it."""
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)
    document.close()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def decode_qr_codes(image: QImage) -> list[str]:
    """The QR codes found in ``image``, their bytes read as UTF-8."""
    found = zxingcpp.read_barcodes(image)
    return [barcode.bytes.decode("utf-8") for barcode in found]
