"""The account statement (выписка по лицевому счёту): charges and payments over a range.

Opening balance, one row per bill or payment, totals and closing balance; the table
runs onto as many A4 pages as it needs, its header repeated, «Лист N из M» below.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import StatementDocument, StatementRow
from console.printing.layout import (
    ACCENT,
    SHADE,
    Column,
    Pages,
    balance_text,
    info_box,
    new_canvas,
)
from models.domain.date_format import format_date
from models.domain.money_format import format_money

__all__ = ["draw_statement", "render_statement"]

TITLE = "Выписка по лицевому счёту"


def _cells(row: StatementRow) -> tuple[str, ...]:
    return (
        format_date(row.on),
        row.document,
        "" if row.charge is None else format_money(row.charge, symbol=False),
        "" if row.payment is None else format_money(row.payment, symbol=False),
    )


def draw_statement(canvas: Canvas, doc: StatementDocument) -> None:
    """Draw ``doc`` onto ``canvas`` as one or more finished A4 pages."""
    period = f"с {format_date(doc.period_from)} по {format_date(doc.period_to)}"
    pages = Pages(
        canvas,
        footer=f"Выписка по лицевому счёту {doc.account_number} {period}",
        continuation=f"{TITLE} {doc.account_number} {period} (продолжение)",
        duplicate=doc.duplicate,
    )
    sheet = pages.sheet
    subtitle = [f"за период {period}", f"Дата формирования: {format_date(doc.formed_on)}"]
    y = sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate) - 12
    y = info_box(
        sheet,
        y,
        [
            ("Лицевой счёт", doc.account_number),
            ("Абонент", doc.customer_name),
            ("Адрес", doc.address),
        ],
    )
    pages.y = y - 22
    sheet.text(sheet.left, pages.y, f"Сальдо на {format_date(doc.period_from)}:", size=9)
    sheet.text(
        sheet.right, pages.y, balance_text(doc.opening_balance), size=9, bold=True, align="right"
    )
    pages.y -= 10
    width = sheet.content_width
    columns = [
        Column("Дата", width * 0.13, "center"),
        Column("Документ", width * 0.51),
        Column("Начислено, ₽", width * 0.18, "right"),
        Column("Оплачено, ₽", width * 0.18, "right"),
    ]
    pages.table(columns, [_cells(row) for row in doc.rows], tail=15 + 40)
    pages.ensure(15 + 40)
    pages.y = pages.sheet.table_row(
        pages.sheet.left,
        pages.y,
        columns,
        (
            "",
            "Итого за период",
            format_money(doc.total_charged, symbol=False),
            format_money(doc.total_paid, symbol=False),
        ),
        bold=True,
        fill=SHADE,
    )
    sheet = pages.sheet
    pages.y -= 22
    sheet.text(
        sheet.left,
        pages.y,
        f"Сальдо на {format_date(doc.period_to)}:",
        size=10,
        bold=True,
        color=ACCENT,
    )
    sheet.text(
        sheet.right,
        pages.y,
        balance_text(doc.closing_balance),
        size=10,
        bold=True,
        color=ACCENT,
        align="right",
    )
    pages.close()


def render_statement(doc: StatementDocument) -> bytes:
    """One statement as a PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=TITLE)
    draw_statement(canvas, doc)
    canvas.save()
    return buffer.getvalue()
