"""Append whole PDFs to one output file as they arrive, keeping only offsets in memory.

The batch renderers produce one small PDF per chunk of bills. Each chunk is turned
into a *relocatable block* where it was rendered (in the worker process): its pages
and the objects they use (fonts, images) serialised with object numbers from the
chunk's own range (``chunk index × STRIDE``), so the parent only writes the block
and records where each object landed. The page tree and the cross-reference table
(one subsection per chunk) are written at the end. Memory holds the blocks in
flight and a few integers per object written, however many pages the file gets.
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import IO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

STRIDE = 20_000
"""Object numbers reserved for each chunk (a chunk of 100 bills uses a few hundred)."""
_CATALOG = 1
_PAGES = 2
_INFO = 3


@dataclass(frozen=True, slots=True)
class Block:
    """A chunk's objects as bytes, ready to append: numbers are final, offsets relative."""

    data: bytes
    first: int
    """The first object number of the block; objects are ``first, first + 1, ...``."""
    offsets: tuple[int, ...]
    """Offset of each object from the start of ``data``, in object-number order."""
    pages: tuple[int, ...]
    """Object numbers of the pages, in order."""


def relocate(pdf: bytes, chunk_index: int) -> Block:
    """Serialise the pages of ``pdf`` with object numbers of chunk ``chunk_index``."""
    reader = PdfReader(io.BytesIO(pdf))
    first = (chunk_index + 1) * STRIDE
    numbers: dict[int, int] = {}
    pending: list[tuple[int, PdfObject]] = []

    def number_of(ref: IndirectObject) -> int:
        if ref.idnum not in numbers:
            numbers[ref.idnum] = first + len(numbers)
            if len(numbers) > STRIDE:
                raise ValueError("too many objects in one chunk; render fewer bills per chunk")
            pending.append((numbers[ref.idnum], ref.get_object()))  # type: ignore[arg-type]
        return numbers[ref.idnum]

    pages = []
    for page in reader.pages:
        ref = page.indirect_reference
        assert ref is not None
        pages.append(number_of(ref))
    written: dict[int, bytes] = {}
    while pending:
        number, obj = pending.pop()
        buffer = io.BytesIO()
        buffer.write(f"{number} 0 obj\n".encode())
        _serialise(obj, buffer, number_of, page=True)
        buffer.write(b"\nendobj\n")
        written[number] = buffer.getvalue()
    out = io.BytesIO()
    offsets = []
    for number in range(first, first + len(written)):
        offsets.append(out.tell())
        out.write(written[number])
    return Block(out.getvalue(), first, tuple(offsets), tuple(pages))


class PdfConcatenator:
    """Writes the pages of successive PDFs (or relocated blocks) into one PDF, incrementally."""

    def __init__(
        self, target: IO[bytes], *, title: str = "", author: str = "", subject: str = ""
    ) -> None:
        self._out = target
        self._sections: list[tuple[int, array[int]]] = []
        self._kids = array("q")
        self.title = title
        self.author = author
        self.subject = subject
        self.created = datetime.now(UTC).astimezone()
        """The creation date written in the document information (now, local time)."""
        self._closed = False
        target.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def page_count(self) -> int:
        """Pages written so far."""
        return len(self._kids)

    def append(self, pdf: bytes) -> int:
        """Copy every page of ``pdf`` to the output; returns how many pages it had."""
        return self.append_block(relocate(pdf, len(self._sections)))

    def append_block(self, block: Block) -> int:
        """Write a block made by :func:`relocate` for the next chunk index."""
        if block.first != (len(self._sections) + 1) * STRIDE:
            raise ValueError("blocks must be appended in chunk order")
        start = self._out.tell()
        self._out.write(block.data)
        self._sections.append((block.first, array("q", (start + o for o in block.offsets))))
        self._kids.extend(block.pages)
        return len(block.pages)

    def close(self) -> None:
        """Write the catalog, the page tree, the info, the cross-references and the trailer."""
        if self._closed:
            return
        self._closed = True
        out = self._out
        own = array("q")
        own.append(out.tell())
        out.write(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
        own.append(out.tell())
        out.write(f"2 0 obj\n<< /Type /Pages /Count {len(self._kids)} /Kids [".encode())
        for start in range(0, len(self._kids), 1000):
            out.write(" ".join(f"{n} 0 R" for n in self._kids[start : start + 1000]).encode())
            out.write(b" ")
        out.write(b"] >>\nendobj\n")
        own.append(out.tell())
        details = (
            f"<< /Producer (billing-console) /Creator (billing-console)"
            f" /Title {_text(self.title)} /Author {_text(self.author)}"
            f" /Subject {_text(self.subject or self.title)}"
            f" /CreationDate ({pdf_date(self.created)}) /ModDate ({pdf_date(self.created)}) >>"
        )
        out.write(f"{_INFO} 0 obj\n{details}\nendobj\n".encode())
        xref = out.tell()
        out.write(b"xref\n0 4\n0000000000 65535 f \n")
        out.write("".join(f"{o:010d} 00000 n \n" for o in own).encode())
        size = 4
        for first, offsets in self._sections:
            out.write(f"{first} {len(offsets)}\n".encode())
            out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
            size = first + len(offsets)
        out.write(
            f"trailer\n<< /Size {size} /Root {_CATALOG} 0 R /Info {_INFO} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n".encode()
        )


def _text(value: str) -> str:
    """A PDF text string in UTF-16 (any alphabet), as a hexadecimal literal."""
    return f"<FEFF{value.encode('utf-16-be').hex().upper()}>"


def pdf_date(moment: datetime) -> str:
    """A PDF date: ``D:20261123143000+03'00'`` (an aware ``moment``)."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def _serialise(
    obj: PdfObject,
    out: io.BytesIO,
    number_of: Callable[[IndirectObject], int],
    *,
    page: bool = False,
) -> None:
    """Write ``obj`` with its references renumbered; a page's /Parent becomes our page tree."""
    if isinstance(obj, IndirectObject):
        out.write(f"{number_of(obj)} 0 R".encode())
    elif isinstance(obj, DictionaryObject):
        is_page = page and obj.get("/Type") == "/Page"
        out.write(b"<<")
        for key, value in obj.items():
            if isinstance(obj, StreamObject) and key == "/Length":
                continue
            out.write(b" ")
            NameObject(key).write_to_stream(out)
            out.write(b" ")
            if is_page and key == "/Parent":
                out.write(f"{_PAGES} 0 R".encode())
            else:
                _serialise(value, out, number_of)
        if isinstance(obj, StreamObject):
            data = obj._data  # the encoded bytes exactly as read
            out.write(f" /Length {len(data)} >>\nstream\n".encode())
            out.write(data)
            out.write(b"\nendstream")
        else:
            out.write(b" >>")
    elif isinstance(obj, ArrayObject):
        out.write(b"[")
        for item in obj:
            out.write(b" ")
            _serialise(item, out, number_of)
        out.write(b" ]")
    else:
        obj.write_to_stream(out)
