"""The cashier's end-of-shift report (отчёт о закрытии кассовой смены).

Who worked which shift when, every payment taken (reversed ones marked), count and
sum by payment method, reversals, and the cash reconciliation: opening float plus
cash taken against the cash counted, with the difference in red when it is not zero.
Signature lines for the cashier and the supervisor close it.
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import ShiftPayment, ShiftReportDocument
from console.printing.layout import (
    ACCENT,
    ALERT,
    INK,
    SHADE,
    Column,
    Pages,
    info_box,
    new_canvas,
)
from console.printing.receipt import METHOD_LABELS
from models.domain.date_format import format_date, format_datetime, format_time
from models.domain.money_format import format_money

__all__ = ["draw_shift_report", "render_shift_report"]

TITLE = "Отчёт о закрытии кассовой смены"


def _cells(index: int, payment: ShiftPayment) -> tuple[str, ...]:
    return (
        str(index),
        format_time(payment.paid_at),
        payment.receipt_number,
        payment.account_number,
        METHOD_LABELS[payment.method],
        format_money(payment.amount, symbol=False),
        "сторнирован" if payment.reversed else "",
    )


def draw_shift_report(canvas: Canvas, doc: ShiftReportDocument) -> None:
    """Draw ``doc`` onto ``canvas`` as one or more finished A4 pages."""
    pages = Pages(
        canvas,
        footer=f"Смена № {doc.shift_number} · кассир {doc.cashier}",
        continuation=f"{TITLE} № {doc.shift_number} (продолжение)",
        duplicate=doc.duplicate,
    )
    sheet = pages.sheet
    subtitle = [f"Смена № {doc.shift_number} от {format_date(doc.opened_at.date())}"]
    y = sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate) - 12
    y = info_box(
        sheet,
        y,
        [
            ("Кассир", doc.cashier),
            ("Смена открыта", format_datetime(doc.opened_at)),
            ("Смена закрыта", format_datetime(doc.closed_at)),
            ("Размен на начало смены", format_money(doc.opening_float)),
        ],
    )
    pages.y = y - 20
    sheet.text(sheet.left, pages.y, "Принятые платежи", size=9, bold=True, color=ACCENT)
    pages.y -= 5
    width = sheet.content_width
    columns = [
        Column("№", width * 0.05, "center"),
        Column("Время", width * 0.09, "center"),
        Column("Квитанция", width * 0.15),
        Column("Лицевой счёт", width * 0.19),
        Column("Способ оплаты", width * 0.19),
        Column("Сумма, ₽", width * 0.15, "right"),
        Column("Отметка", width * 0.18, "center"),
    ]
    pages.table(columns, [_cells(i, p) for i, p in enumerate(doc.payments, start=1)])

    pages.y -= 20
    pages.ensure(30 + 15 * (len(doc.totals) + 2))
    sheet = pages.sheet
    sheet.text(sheet.left, pages.y, "Итоги смены", size=9, bold=True, color=ACCENT)
    pages.y -= 5
    summary = [
        Column("Способ оплаты", width * 0.5),
        Column("Количество", width * 0.2, "right"),
        Column("Сумма, ₽", width * 0.3, "right"),
    ]
    pages.y = sheet.table_header(sheet.left, pages.y, summary)
    for total in doc.totals:
        cells = (
            METHOD_LABELS[total.method].capitalize(),
            str(total.count),
            format_money(total.total, symbol=False),
        )
        pages.y = sheet.table_row(sheet.left, pages.y, summary, cells)
    reversals = (
        "Сторнировано",
        str(doc.reversals_count),
        format_money(doc.reversals_total, symbol=False),
    )
    pages.y = sheet.table_row(sheet.left, pages.y, summary, reversals)
    count = sum(total.count for total in doc.totals)
    amount = sum((total.total for total in doc.totals), start=Decimal(0))
    pages.y = sheet.table_row(
        sheet.left,
        pages.y,
        summary,
        ("Всего принято", str(count), format_money(amount, symbol=False)),
        bold=True,
        fill=SHADE,
    )

    pages.y -= 24
    pages.ensure(4 * 16 + 70)
    sheet = pages.sheet
    sheet.text(sheet.left, pages.y, "Сверка наличных", size=9, bold=True, color=ACCENT)
    pages.y -= 6
    x = sheet.left + sheet.content_width * 0.4
    difference = doc.difference
    if difference < 0:
        verdict = f"недостача {format_money(-difference)}"
    elif difference > 0:
        verdict = f"излишек {format_money(difference)}"
    else:
        verdict = "расхождений нет"
    lines = (
        ("Наличные по данным системы", format_money(doc.expected_cash), INK),
        ("Наличные пересчитаны", format_money(doc.counted_cash), INK),
        ("Расхождение", verdict, ALERT if difference else INK),
    )
    for label, value, color in lines:
        sheet.text(x, pages.y - 10, label, size=8.5)
        sheet.text(
            sheet.right - 4, pages.y - 10, value, size=8.5, bold=True, color=color, align="right"
        )
        sheet.rule(x, sheet.right, pages.y - 14)
        pages.y -= 16
    pages.y -= 36
    sheet.text(sheet.left, pages.y, "Кассир  ____________________", size=8.5)
    sheet.text(sheet.left + 150, pages.y, f"/ {doc.cashier} /", size=8.5)
    sheet.text(
        sheet.right, pages.y, "Старший кассир  ____________________", size=8.5, align="right"
    )
    pages.close()


def render_shift_report(doc: ShiftReportDocument) -> bytes:
    """One shift report as a PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=TITLE)
    draw_shift_report(canvas, doc)
    canvas.save()
    return buffer.getvalue()
