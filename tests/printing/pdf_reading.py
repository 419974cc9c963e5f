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


def decode_qr_zbar(image: QImage) -> list[str]:
    """The QR codes ZBar (the decoder of many scanners and apps) finds in ``image``."""
    from pyzbar import pyzbar

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    pixels = b"".join(raw[row * stride : row * stride + width] for row in range(height))
    found = pyzbar.decode((pixels, width, height), symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [symbol.data.decode("utf-8") for symbol in found]


def page_fonts(data: bytes) -> list[tuple[int, str, bool]]:
    """Every font each page's resources name: (page, base font, whether it is embedded).

    A composite (Type0) font is embedded when its descendant's descriptor carries a font
    program (FontFile, FontFile2 or FontFile3); forms' own resources are included.
    """
    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[int, str, bool]] = []

    def walk(resources: Any, page: int, seen: set[int]) -> None:
        resources = resources.get_object() if resources is not None else {}
        fonts = resources.get("/Font")
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            font = ref.get_object()
            embedded = False
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    keys = descriptor.get_object().keys()
                    embedded = embedded or bool({"/FontFile", "/FontFile2", "/FontFile3"} & keys)
            found.append((page, str(font.get("/BaseFont")), embedded))
        xobjects = resources.get("/XObject")
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            xobject = ref.get_object()
            key = id(xobject)
            if xobject.get("/Subtype") == "/Form" and key not in seen:
                seen.add(key)
                walk(xobject.get("/Resources"), page, seen)

    for number, page in enumerate(reader.pages):
        walk(page.get("/Resources"), number, set())
    return found


def document_info(data: bytes) -> dict[str, str]:
    """The PDF's document information: /Title, /Author, /Subject, /CreationDate..."""
    reader = PdfReader(io.BytesIO(data))
    info = reader.trailer["/Info"].get_object()
    return {str(key): str(value) for key, value in info.items()}
