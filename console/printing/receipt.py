"""The payment receipt (квитанция об оплате) a cashier hands over after a payment.

An A5 page in the documents' common style: supplier header, what was paid on which
account, how and when, by which cashier in which shift, the amount received and the
account's balance after the payment.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import PaymentReceiptDocument
from console.printing.layout import (
    ACCENT,
    MUTED,
    SHADE,
    WHITE,
    Sheet,
    balance_text,
    info_box,
    new_canvas,
)
from console.printing.qr import draw_qr, encode_qr
from models.domain.date_format import format_datetime
from models.domain.enums import PaymentMethod
from models.domain.money_format import format_money

__all__ = ["METHOD_LABELS", "draw_receipt", "render_receipt"]

TITLE = "Квитанция об оплате"
METHOD_LABELS = {PaymentMethod.CASH: "наличными", PaymentMethod.CARD: "банковской картой"}


def draw_receipt(canvas: Canvas, doc: PaymentReceiptDocument) -> None:
    """Draw ``doc`` as one finished page of ``canvas`` (A5 is expected)."""
    sheet = Sheet(canvas)
    subtitle = [f"№ {doc.receipt_number}", f"от {format_datetime(doc.paid_at)}"]
    y = sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate) - 12
    y = info_box(
        sheet,
        y,
        [
            ("Лицевой счёт", doc.account_number),
            ("Плательщик", doc.customer_name),
            ("Назначение", "Оплата за электроэнергию"),
            ("Способ оплаты", METHOD_LABELS[doc.method]),
            ("Дата и время", format_datetime(doc.paid_at)),
            ("Кассир", doc.cashier),
            ("Смена", f"№ {doc.shift_number}"),
        ],
    )
    y -= 14
    sheet.box(sheet.left, y - 30, sheet.content_width, 30, fill=ACCENT, stroke=None)
    sheet.text(sheet.left + 10, y - 19, "ПРИНЯТО", size=12, bold=True, color=WHITE)
    sheet.text(
        sheet.right - 10,
        y - 20,
        format_money(doc.amount),
        size=15,
        bold=True,
        color=WHITE,
        align="right",
    )
    y -= 48
    sheet.box(sheet.left, y - 8, sheet.content_width, 22, fill=SHADE, stroke=None)
    sheet.text(sheet.left + 10, y, "Сальдо после оплаты:", size=9)
    sheet.text(
        sheet.right - 10, y, balance_text(doc.balance_after), size=9, bold=True, align="right"
    )
    y = _fiscal_block(sheet, y - 22, doc)
    y -= 30
    sheet.text(sheet.left, y, "Кассир  ____________________", size=8.5)
    sheet.text(sheet.right, y, f"/ {doc.cashier} /", size=8.5, align="right")
    y -= 24
    sheet.paragraph(
        sheet.left,
        y,
        "Сохраняйте квитанцию до зачисления платежа: она подтверждает оплату.",
        sheet.content_width,
        size=7,
        color=MUTED,
    )
    sheet.footer(f"Квитанция № {doc.receipt_number} · лицевой счёт {doc.account_number}")
    if doc.duplicate:
        sheet.duplicate_watermark()
    canvas.showPage()


FISCAL_QR_MM = 30
"""Side of the cheque's QR code with its quiet zone."""


def _fiscal_block(sheet: Sheet, top: float, doc: PaymentReceiptDocument) -> float:
    """The cash register's cheque: its fiscal attributes and the ФНС QR; the y below it."""
    fiscal = doc.fiscal
    if fiscal is None:
        if doc.fiscal_pending:
            sheet.text(
                sheet.left, top - 10, "Кассовый чек: ожидает печати на кассе (ККТ)", size=8.5
            )
            return top - 16
        return top
    size = float(FISCAL_QR_MM * mm)
    sheet.box(sheet.left, top - size, sheet.content_width, size)
    draw_qr(sheet.canvas, encode_qr(fiscal.qr_text), sheet.right - size, top - size, size)
    lines = [
        f"Кассовый чек: {fiscal.kind_label}",
        f"ФН № {fiscal.fn_number}",
        f"ФД № {fiscal.fd_number}   ФП {fiscal.fiscal_sign}",
        f"Смена № {fiscal.register_shift}   Чек № {fiscal.cheque_number}",
        f"Дата и время: {format_datetime(fiscal.moment)}",
    ]
    y = top - 13
    for index, line in enumerate(lines):
        sheet.text(sheet.left + 7, y, line, size=8.5, bold=index == 0)
        y -= 12.5
    return top - size


def render_receipt(doc: PaymentReceiptDocument) -> bytes:
    """One payment receipt as an A5 PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=TITLE, pagesize=A5)
    draw_receipt(canvas, doc)
    canvas.save()
    return buffer.getvalue()
