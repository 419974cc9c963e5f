"""The shared visual language of printed documents: page, colours, text, tables, marks.

Every renderer draws through a :class:`Sheet` so bills, receipts, statements and
shift reports look like one family: the supplier's header with its bank details, a
dark-blue accent, shaded table headers, right-aligned amounts and the same
«ДУБЛИКАТ» marking on reprints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import Supplier
from console.printing.fonts import FontNames, register_fonts
from models.domain.money_format import format_money

Align = Literal["left", "right", "center"]
Color = tuple[float, float, float]

INK: Color = (0.10, 0.11, 0.13)
MUTED: Color = (0.40, 0.42, 0.46)
ACCENT: Color = (0.11, 0.24, 0.40)
SHADE: Color = (0.92, 0.94, 0.97)
ZEBRA: Color = (0.97, 0.98, 0.99)
RULE: Color = (0.70, 0.73, 0.78)
WHITE: Color = (1.0, 1.0, 1.0)
ALERT: Color = (0.75, 0.10, 0.10)

MARGIN: float = 14 * mm
DUPLICATE = "ДУБЛИКАТ"


CREATOR = "billing-console"


def new_canvas(
    target: IO[bytes] | str,
    *,
    title: str,
    author: str = CREATOR,
    subject: str = "",
    pagesize: tuple[float, float] = A4,
) -> Canvas:
    """A canvas writing a compressed PDF to ``target``, a binary stream or a file path.

    The document information says what the file is: ``title``, ``author`` (the supplier
    that issues it), ``subject`` and the creation date, which is now (reportlab's
    "invariant" mode would stamp 1 January 2000 on every file). Every page's preamble
    selects the embedded DejaVu Sans as its initial font, so no page refers to
    reportlab's default Helvetica, which is never embedded.

    Fonts are registered once per process. Streams are written Flate-compressed as
    binary: reportlab's default ASCII85 wrapping (a process-wide setting, switched off
    here) only makes files larger and costs about a third of a bill's rendering time.
    """
    fonts = register_fonts()
    rl_config.useA85 = 0
    canvas = Canvas(
        target,
        pagesize=pagesize,
        pageCompression=1,
        invariant=0,
        initialFontName=fonts.regular,
        initialFontSize=8,
        initialLeading=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject or title)
    canvas.setCreator(CREATOR)
    return canvas


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: heading, width in points and how its cells align."""

    title: str
    width: float
    align: Align = "left"


class Sheet:
    """One page being drawn: text, rules, boxes and tables in the documents' style."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.fonts: FontNames = register_fonts()
        width, height = canvas._pagesize
        self.width = float(width)
        self.height = float(height)
        self.left = MARGIN
        self.right = self.width - MARGIN

    @property
    def content_width(self) -> float:
        """Width between the side margins."""
        return self.right - self.left

    def font(self, bold: bool) -> str:
        """The registered font name for regular or bold text."""
        return self.fonts.bold if bold else self.fonts.regular

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """Width of ``text`` in points."""
        return float(stringWidth(text, self.font(bold), size))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 8,
        bold: bool = False,
        color: Color = INK,
        align: Align = "left",
    ) -> None:
        """Draw one line of text with its baseline at ``y``."""
        canvas = self.canvas
        canvas.setFillColorRGB(*color)
        canvas.setFont(self.font(bold), size)
        if align == "right":
            canvas.drawRightString(x, y, text)
        elif align == "center":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)

    def fit(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """``text``, shortened with an ellipsis if it is wider than ``width``."""
        if self.measure(text, size, bold) <= width:
            return text
        while text and self.measure(text + "…", size, bold) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def wrap(
        self, text: str, width: float, size: float, bold: bool = False, max_lines: int = 0
    ) -> list[str]:
        """``text`` broken into lines at spaces to fit ``width`` (at most ``max_lines``)."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if current and self.measure(candidate, size, bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        lines = [self.fit(line, width, size, bold) for line in lines] or [""]
        if max_lines and len(lines) > max_lines:
            kept = lines[: max_lines - 1]
            rest = " ".join(lines[max_lines - 1 :])
            lines = [*kept, self.fit(rest, width, size, bold)]
        return lines

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        *,
        size: float = 8,
        bold: bool = False,
        color: Color = INK,
        leading: float = 0,
        max_lines: int = 0,
    ) -> float:
        """Draw wrapped text from baseline ``y`` down; returns the baseline after the last line."""
        step = leading or size * 1.25
        for line in self.wrap(text, width, size, bold, max_lines):
            self.text(x, y, line, size=size, bold=bold, color=color)
            y -= step
        return y

    def rule(
        self, x1: float, x2: float, y: float, *, width: float = 0.5, color: Color = RULE
    ) -> None:
        """A horizontal line."""
        canvas = self.canvas
        canvas.setStrokeColorRGB(*color)
        canvas.setLineWidth(width)
        canvas.line(x1, y, x2, y)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        stroke: Color | None = RULE,
        line_width: float = 0.5,
    ) -> None:
        """A rectangle with (x, y) at its bottom left."""
        canvas = self.canvas
        if fill is not None:
            canvas.setFillColorRGB(*fill)
        if stroke is not None:
            canvas.setStrokeColorRGB(*stroke)
            canvas.setLineWidth(line_width)
        canvas.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def label_value(
        self, x: float, y: float, label: str, value: str, width: float, *, size: float = 8
    ) -> None:
        """``Label: value`` on one line, the label muted, the value fitted into ``width``."""
        label_text = f"{label}: "
        self.text(x, y, label_text, size=size, color=MUTED)
        offset = self.measure(label_text, size)
        self.text(x + offset, y, self.fit(value, width - offset, size), size=size)

    def table_header(
        self, x: float, top: float, columns: Sequence[Column], *, size: float = 7
    ) -> float:
        """A shaded header row (titles may wrap to two lines); returns its bottom."""
        height = 2 * size * 1.2 + 6
        total = sum(column.width for column in columns)
        self.box(x, top - height, total, height, fill=SHADE, stroke=RULE)
        left = x
        for column in columns:
            lines = self.wrap(column.title, column.width - 6, size, True, max_lines=2)
            baseline = top - height / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
            for line in lines:
                self.text(
                    left + column.width / 2,
                    baseline,
                    line,
                    size=size,
                    bold=True,
                    color=ACCENT,
                    align="center",
                )
                baseline -= size * 1.2
            left += column.width
        return top - height

    def table_row(
        self,
        x: float,
        top: float,
        columns: Sequence[Column],
        cells: Sequence[str | tuple[str, str]],
        *,
        height: float = 15,
        size: float = 8,
        bold: bool = False,
        fill: Color | None = None,
    ) -> float:
        """One bordered row; a ``(main, note)`` cell prints a small muted second line."""
        total = sum(column.width for column in columns)
        self.box(x, top - height, total, height, fill=fill, stroke=RULE)
        left = x
        for column, cell in zip(columns, cells, strict=True):
            main, note = cell if isinstance(cell, tuple) else (cell, "")
            baseline = top - height / 2 + size * 0.3 if note else top - height / 2 - size * 0.35
            if column.align == "right":
                anchor = left + column.width - 4
            elif column.align == "center":
                anchor = left + column.width / 2
            else:
                anchor = left + 4
            text = self.fit(main, column.width - 8, size, bold)
            self.text(anchor, baseline, text, size=size, bold=bold, align=column.align)
            if note:
                self.text(
                    anchor,
                    baseline - size * 1.15,
                    self.fit(note, column.width - 8, size - 1.5),
                    size=size - 1.5,
                    color=MUTED,
                    align=column.align,
                )
            left += column.width
        return top - height

    def supplier_header(
        self,
        supplier: Supplier,
        title: str,
        subtitle_lines: Sequence[str],
        *,
        duplicate: bool,
        title_size: float = 13,
        title_lines: int = 2,
    ) -> float:
        """The supplier with its details on the left, the document title on the right
        (wrapped to at most ``title_lines`` lines of ``title_size`` points).

        Returns the y below the header's accent rule.
        """
        top = self.height - MARGIN
        left_width = self.content_width * 0.56
        y = top - 10
        y = self.paragraph(
            self.left, y, supplier.name, left_width, size=11, bold=True, color=ACCENT, max_lines=2
        )
        details = [
            supplier.address,
            " · ".join(part for part in (f"Тел.: {supplier.phone}", supplier.email) if part),
            " · ".join(
                part
                for part in (supplier.website, f"ИНН {supplier.inn} КПП {supplier.kpp}")
                if part
            ),
            f"Р/с {supplier.settlement_account} · БИК {supplier.bic}",
            f"Банк: {supplier.bank_name} · К/с {supplier.correspondent_account}",
        ]
        y += 2
        for line in details:
            y = self.paragraph(
                self.left, y, line, left_width, size=7.5, color=MUTED, leading=9.6, max_lines=2
            )
        right = self.right
        title_y = top - 12
        width = self.content_width - left_width - 10
        for line in self.wrap(title, width, title_size, True, title_lines):
            self.text(right, title_y, line, size=title_size, bold=True, color=ACCENT, align="right")
            title_y -= title_size + 2
        title_y -= 1
        for line in subtitle_lines:
            self.text(right, title_y, line, size=8.5, align="right")
            title_y -= 11
        if duplicate:
            self.duplicate_mark(right, title_y - 2)
            title_y -= 22
        bottom = min(y, title_y) - 2
        self.rule(self.left, self.right, bottom, width=1.6, color=ACCENT)
        return bottom

    def duplicate_mark(self, right: float, top: float) -> None:
        """A red framed «ДУБЛИКАТ» whose top right corner is at (right, top)."""
        size = 11
        width = self.measure(DUPLICATE, size, True) + 14
        self.box(right - width, top - 17, width, 17, stroke=ALERT, line_width=1.2)
        self.text(
            right - width / 2,
            top - 12.5,
            DUPLICATE,
            size=size,
            bold=True,
            color=ALERT,
            align="center",
        )

    def duplicate_watermark(self, bottom: float = 0.0) -> None:
        """A large translucent diagonal «ДУБЛИКАТ» across the page above ``bottom``.

        Bills keep it above the payment slip so it never crosses the QR code.
        """
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColorRGB(*ALERT)
        canvas.setFillAlpha(0.10)
        area = self.height - bottom
        canvas.translate(self.width / 2, bottom + area / 2)
        canvas.rotate(40 if area > self.width * 0.8 else 25)
        size = min(self.width, area) * 0.15
        canvas.setFont(self.fonts.bold, size)
        canvas.drawCentredString(0, -size * 0.35, DUPLICATE)
        canvas.restoreState()

    def footer(self, text: str, page_label: str = "") -> None:
        """Small muted print at the bottom margin."""
        y = MARGIN * 0.6
        self.text(self.left, y, text, size=6.5, color=MUTED)
        if page_label:
            self.text(self.right, y, page_label, size=6.5, color=MUTED, align="right")


class PageTotal:
    """«Лист N из M» where M is only known at the end: M is a form filled in last."""

    _serial = 0

    def __init__(self, sheet: Sheet) -> None:
        PageTotal._serial += 1
        self.name = f"page-total-{PageTotal._serial}"

    def label(self, sheet: Sheet, page: int) -> None:
        """Draw «Лист N из » and a reference to the total at the bottom right."""
        y = MARGIN * 0.6
        prefix = f"Лист {page} из "
        x = sheet.right - 70
        sheet.text(x, y, prefix, size=6.5, color=MUTED)
        canvas = sheet.canvas
        canvas.saveState()
        canvas.translate(x + sheet.measure(prefix, 6.5), y)
        canvas.doForm(self.name)
        canvas.restoreState()

    def finish(self, sheet: Sheet, pages: int) -> None:
        """Define the total once the last page is drawn."""
        canvas = sheet.canvas
        canvas.beginForm(self.name)
        sheet.text(0, 0, str(pages), size=6.5, color=MUTED)
        canvas.endForm()


class Pages:
    """The pages of one flowing document (statement, shift report).

    The body is drawn top-down from :attr:`y`; :meth:`ensure` starts a new page with
    a short continuation header when the next block would not fit. Every page gets
    the footer, «Лист N из M» and, on reprints, the duplicate watermark.
    """

    def __init__(self, canvas: Canvas, *, footer: str, continuation: str, duplicate: bool) -> None:
        self.canvas = canvas
        self.sheet = Sheet(canvas)
        self.footer = footer
        self.continuation = continuation
        self.duplicate = duplicate
        self.page = 1
        self.total = PageTotal(self.sheet)
        self.bottom = MARGIN + 10
        self.y = self.sheet.height - MARGIN

    def _finish_page(self) -> None:
        sheet = self.sheet
        sheet.footer(self.footer)
        self.total.label(sheet, self.page)
        if self.duplicate:
            sheet.duplicate_watermark()
        self.canvas.showPage()

    def ensure(self, height: float) -> bool:
        """Make room for ``height`` points; True when a new page was started."""
        if self.y - height >= self.bottom:
            return False
        self._finish_page()
        self.page += 1
        self.sheet = Sheet(self.canvas)
        sheet = self.sheet
        top = sheet.height - MARGIN - 10
        sheet.text(sheet.left, top, self.continuation, size=9, bold=True, color=ACCENT)
        if self.duplicate:
            sheet.duplicate_mark(sheet.right, top + 10)
        self.y = top - 12
        sheet.rule(sheet.left, sheet.right, self.y, width=1.6, color=ACCENT)
        self.y -= 10
        return True

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str | tuple[str, str]]],
        *,
        row_height: float = 15,
        size: float = 8,
        tail: float = 0,
    ) -> None:
        """A table whose header repeats on every page it runs onto.

        The last row keeps ``tail`` points below it on its page, so a totals row that
        follows never stands alone on a new page.
        """
        sheet = self.sheet
        self.ensure(30 + row_height)
        self.y = self.sheet.table_header(sheet.left, self.y, columns)
        last = len(rows) - 1
        for index, cells in enumerate(rows):
            if self.ensure(row_height + (tail if index == last else 0)):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            self.y = self.sheet.table_row(
                self.sheet.left,
                self.y,
                columns,
                cells,
                height=row_height,
                size=size,
                fill=ZEBRA if index % 2 else None,
            )

    def close(self) -> None:
        """Finish the last page and fill in the page total."""
        self._finish_page()
        self.total.finish(self.sheet, self.page)


def info_box(
    sheet: Sheet, top: float, rows: Sequence[tuple[str, str]], *, size: float = 8.5
) -> float:
    """A framed block of «label: value» lines; returns the y below it."""
    step = size * 1.55
    height = len(rows) * step + 8
    sheet.box(sheet.left, top - height, sheet.content_width, height)
    label_width = max(sheet.measure(label, size - 1) for label, _ in rows) + 14
    y = top - 4 - step + size * 0.45
    for label, value in rows:
        sheet.text(sheet.left + 7, y, label, size=size - 1, color=MUTED)
        width = sheet.content_width - label_width - 14
        sheet.text(sheet.left + 7 + label_width, y, sheet.fit(value, width, size), size=size)
        y -= step
    return top - height


def balance_text(balance: Decimal) -> str:
    """A balance as words and amount: «задолженность 1 234,56 ₽» / «переплата …» / «нет»."""
    if balance > 0:
        return f"задолженность {format_money(balance)}"
    if balance < 0:
        return f"переплата {format_money(-balance)}"
    return f"нет задолженности ({format_money(Decimal(0))})"
