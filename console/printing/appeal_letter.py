"""The answer to an appeal as a letter: «Ответ на обращение № … от …».

The supplier's header as on bills, the addressee, what the customer wrote (quoted, at most
a few lines), the answer in full, and who answered and when. Long answers run onto more
pages with the footer and «Лист N из M», like a statement.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import AppealAnswerDocument
from console.printing.layout import MUTED, Pages, info_box, new_canvas
from models.domain.date_format import format_date

__all__ = ["draw_appeal_answer", "render_appeal_answer"]

TITLE = "Ответ на обращение"

KIND_NAMES = {
    "complaint": "жалоба",
    "feedback": "обратная связь",
    "general": "заявление",
    "change_of_details": "заявление об изменении данных",
}
"""The appeal kinds as the letter names them (documents are always in Russian)."""

QUOTED_LINES = 6
"""At most this many lines of the customer's text are quoted; the register keeps it all."""

TEXT_SIZE = 10
LEADING = 13.5


def draw_appeal_answer(canvas: Canvas, doc: AppealAnswerDocument) -> None:
    """Draw ``doc`` onto ``canvas`` as one or more finished A4 pages."""
    heading = f"{TITLE} № {doc.appeal_number} от {format_date(doc.arrived_on)}"
    pages = Pages(
        canvas,
        footer=f"{heading} · {doc.supplier.name}",
        continuation=f"{heading} (продолжение)",
        duplicate=doc.duplicate,
    )
    sheet = pages.sheet
    subtitle = [
        f"№ {doc.appeal_number} от {format_date(doc.arrived_on)}",
        f"Дата ответа: {format_date(doc.answered_on)}",
    ]
    y = sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate) - 12
    rows = [("Кому", doc.customer_name), ("Адрес", doc.address)]
    if doc.account_number:
        rows.append(("Лицевой счёт", doc.account_number))
    rows.append(("Обращение", KIND_NAMES.get(doc.appeal_kind, doc.appeal_kind)))
    pages.y = info_box(sheet, y, rows) - 22
    width = sheet.content_width
    sheet.text(sheet.left, pages.y, "Вы обратились к нам:", size=TEXT_SIZE - 1, color=MUTED)
    pages.y -= LEADING
    pages.y = sheet.paragraph(
        sheet.left + 12,
        pages.y,
        f"«{' '.join(doc.appeal_text.split())}»",
        width - 12,
        size=TEXT_SIZE - 1,
        color=MUTED,
        leading=LEADING - 1,
        max_lines=QUOTED_LINES,
    )
    pages.y -= 10
    for paragraph in _paragraphs(doc.answer):
        lines = pages.sheet.wrap(paragraph, width, TEXT_SIZE)
        for line in lines:
            pages.ensure(LEADING)
            pages.sheet.text(pages.sheet.left, pages.y, line, size=TEXT_SIZE)
            pages.y -= LEADING
        pages.y -= LEADING * 0.4
    pages.ensure(LEADING * 4)
    pages.y -= LEADING * 1.5
    sheet = pages.sheet
    sheet.text(sheet.left, pages.y, "Ответ подготовил:", size=TEXT_SIZE)
    sheet.text(sheet.right, pages.y, doc.answered_by, size=TEXT_SIZE, align="right")
    pages.y -= LEADING
    sheet.text(sheet.left, pages.y, "Дата:", size=TEXT_SIZE)
    sheet.text(sheet.right, pages.y, format_date(doc.answered_on), size=TEXT_SIZE, align="right")
    pages.close()


def _paragraphs(text: str) -> list[str]:
    """The answer's paragraphs (blank lines and line breaks the operator typed)."""
    return [" ".join(part.split()) for part in text.splitlines() if part.strip()] or [""]


def render_appeal_answer(doc: AppealAnswerDocument) -> bytes:
    """One answer letter as a PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        title=f"{TITLE} № {doc.appeal_number}",
        author=doc.supplier.name,
        subject=f"{TITLE} № {doc.appeal_number} от {format_date(doc.arrived_on)}",
    )
    draw_appeal_answer(canvas, doc)
    canvas.save()
    return buffer.getvalue()
