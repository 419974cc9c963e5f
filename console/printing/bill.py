"""The bill: «Счёт на оплату за электроэнергию», the customer's payment document.

An A4 page the way Russian utility bills read: the supplier with its bank details,
the customer and account, a table of meter readings per tariff zone, the period's
charges, the balance carried in, the penalty and the total due, and below a cut line
the payment slip (извещение) with the GOST R 56042-2014 QR code a banking app scans.
A bill with more lines than one page holds continues on further pages; the payment
slip is always on the last one.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import (
    BillDocument,
    ChargeKind,
    CustomerKind,
    MeterLine,
)
from console.printing.formatting import format_date, format_period
from console.printing.layout import (
    ACCENT,
    ALERT,
    MARGIN,
    MUTED,
    SHADE,
    WHITE,
    Column,
    Sheet,
    new_canvas,
)
from console.printing.qr import draw_qr, encode_qr
from models.domain.money_format import format_kwh, format_money, format_rate
from models.domain.money_words import amount_in_words
from models.domain.payment_qr import (
    PayeeDetails,
    PaymentQrData,
    build_payment_string,
    split_full_name,
)

__all__ = ["bill_payment_string", "draw_bill", "render_bill", "render_bills"]

TITLE = "Счёт на оплату за электроэнергию"
QR_CAPTION = "Оплатить через банковское приложение"
CHARGE_KIND_LABELS = {
    ChargeKind.ELECTRICITY: "Электроэнергия",
    ChargeKind.DEBT_SCHEDULE: "График погашения задолженности",
    ChargeKind.ACT: "Начисление по акту",
    ChargeKind.SERVICE: "Услуга",
    ChargeKind.PENALTY: "Пеня",
}

_CUT_Y: float = MARGIN + 74 * mm
"""Where the payment slip is cut off; the bill's body flows down to just above it."""
_BODY_BOTTOM = _CUT_Y + 10
_QR_SIZE: float = 40 * mm
_METER_ROW = 22.0
_CHARGE_ROW = 15.0


def bill_payment_string(doc: BillDocument) -> str:
    """The GOST R 56042-2014 string of the bill's QR code.

    Raises :class:`~models.domain.problems.ValidationFailed` when the supplier's bank
    details are unusable.
    """
    supplier = doc.supplier
    names = split_full_name(doc.customer_name) if doc.customer_kind is CustomerKind.PERSON else None
    last, first, middle = names or ("", "", "")
    period = doc.billing_period
    data = PaymentQrData(
        payee=PayeeDetails(
            name=supplier.name,
            settlement_account=supplier.settlement_account,
            bank_name=supplier.bank_name,
            bic=supplier.bic,
            correspondent_account=supplier.correspondent_account,
            inn=supplier.inn,
            kpp=supplier.kpp,
        ),
        purpose=f"Оплата электроэнергии за {period:%m.%Y}, л/с {doc.account_number}",
        account_number=doc.account_number,
        amount=doc.total_due if doc.total_due > 0 else None,
        billing_period=period,
        payer_last_name=last,
        payer_first_name=first,
        payer_middle_name=middle,
        payer_address="" if names else doc.address,
    )
    return build_payment_string(data)


class _BillPages:
    """Draws one bill, starting a continuation page whenever the body runs out of room."""

    def __init__(self, canvas: Canvas, doc: BillDocument) -> None:
        self.canvas = canvas
        self.doc = doc
        self.sheet = Sheet(canvas)
        self.page = 1
        self.y = self._first_page_header()

    # -- pages ---------------------------------------------------------------------

    def _first_page_header(self) -> float:
        doc = self.doc
        subtitle = [
            f"Платёжный документ за {format_period(doc.billing_period)}",
            f"Уникальный № квитанции: {doc.receipt_number}",
            f"Дата формирования: {format_date(doc.formed_on)}",
        ]
        y = self.sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate)
        return self._customer_block(y - 8)

    def _continuation_header(self) -> float:
        sheet, doc = self.sheet, self.doc
        top = sheet.height - MARGIN - 10
        sheet.text(sheet.left, top, doc.supplier.name, size=9, bold=True, color=ACCENT)
        sheet.text(
            sheet.right,
            top,
            f"Лицевой счёт {doc.account_number} · {format_period(doc.billing_period)}"
            f" · лист {self.page}",
            size=8.5,
            align="right",
        )
        if doc.duplicate:
            sheet.duplicate_mark(sheet.right, top - 6)
        bottom = top - (28 if doc.duplicate else 6)
        sheet.rule(sheet.left, sheet.right, bottom, width=1.6, color=ACCENT)
        return bottom - 10

    def _finish_page(self, last: bool) -> None:
        sheet, doc = self.sheet, self.doc
        if not last:
            sheet.text(
                sheet.right,
                _BODY_BOTTOM - 8,
                "Продолжение на следующем листе",
                size=7,
                color=MUTED,
                align="right",
            )
        sheet.footer(
            f"Счёт № {doc.receipt_number} · лицевой счёт {doc.account_number}",
            f"Лист {self.page}" if self.page > 1 or not last else "",
        )
        if doc.duplicate:
            sheet.duplicate_watermark(bottom=_CUT_Y if last else 0.0)
        self.canvas.showPage()

    def _ensure(self, height: float) -> bool:
        """Make room for ``height`` points; True when a new page had to be started."""
        if self.y - height >= _BODY_BOTTOM:
            return False
        self._finish_page(last=False)
        self.page += 1
        self.sheet = Sheet(self.canvas)
        self.y = self._continuation_header()
        return True

    # -- blocks ----------------------------------------------------------------------

    def _customer_block(self, top: float) -> float:
        sheet, doc = self.sheet, self.doc
        height = 72.0
        split = sheet.left + sheet.content_width * 0.62
        sheet.box(sheet.left, top - height, sheet.content_width, height)
        sheet.box(split, top - height, sheet.right - split, height, fill=SHADE)
        x = sheet.left + 6
        width = split - x - 6
        sheet.text(x, top - 11, "Плательщик", size=6.5, color=MUTED)
        sheet.text(x, top - 22, sheet.fit(doc.customer_name, width, 10, True), size=10, bold=True)
        sheet.text(x, top - 33, "Адрес", size=6.5, color=MUTED)
        sheet.paragraph(x, top - 43, doc.address, width, size=8, max_lines=2, leading=9.5)
        sheet.label_value(x, top - height + 6, "Отделение", doc.region_name, width, size=7)
        x = split + 8
        sheet.text(x, top - 11, "Лицевой счёт", size=6.5, color=MUTED)
        sheet.text(x, top - 27, doc.account_number, size=15, bold=True, color=ACCENT)
        sheet.text(x, top - 40, "Расчётный период", size=6.5, color=MUTED)
        sheet.text(x, top - 51, format_period(doc.billing_period), size=9, bold=True)
        sheet.label_value(
            x, top - height + 6, "Оплатить до", format_date(doc.due_on), sheet.right - x - 6, size=7
        )
        return top - height - 14

    def _section_title(self, text: str) -> None:
        self.sheet.text(self.sheet.left, self.y, text, size=9, bold=True, color=ACCENT)
        self.y -= 5

    def _meter_table(self) -> None:
        lines = self.doc.meter_lines
        if not lines:
            return
        columns = self._meter_columns()
        self._ensure(16 + 26 + _METER_ROW)
        self._section_title("Показания приборов учёта и расчёт за электроэнергию")
        self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
        for line in lines:
            if self._ensure(_METER_ROW):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            self.y = self.sheet.table_row(
                self.sheet.left, self.y, columns, _meter_cells(line), height=_METER_ROW
            )
        self.y -= 16

    def _meter_columns(self) -> list[Column]:
        widths = (0.15, 0.10, 0.16, 0.16, 0.13, 0.13, 0.17)
        titles = (
            ("Прибор учёта, №", "left"),
            ("Зона", "center"),
            ("Предыдущие показания", "right"),
            ("Текущие показания", "right"),
            ("Расход, кВт·ч", "right"),
            ("Тариф, ₽/кВт·ч", "right"),
            ("Сумма, ₽", "right"),
        )
        total = self.sheet.content_width
        return [
            Column(title, total * share, align)  # type: ignore[arg-type]
            for (title, align), share in zip(titles, widths, strict=True)
        ]

    def _charge_table(self) -> Decimal:
        sheet = self.sheet
        total = sheet.content_width
        columns = [
            Column("Вид начисления", total * 0.34),
            Column("Основание / описание", total * 0.49),
            Column("Сумма, ₽", total * 0.17, "right"),
        ]
        charged = sum((line.amount for line in self.doc.charge_lines), Decimal(0))
        self._ensure(16 + 26 + 2 * _CHARGE_ROW)
        self._section_title("Начисления за расчётный период")
        self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
        for line in self.doc.charge_lines:
            if self._ensure(_CHARGE_ROW):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            cells = (
                CHARGE_KIND_LABELS[line.kind],
                line.description,
                format_money(line.amount, symbol=False),
            )
            self.y = self.sheet.table_row(self.sheet.left, self.y, columns, cells)
        self._ensure(_CHARGE_ROW)
        self.y = self.sheet.table_row(
            self.sheet.left,
            self.y,
            columns,
            ("Итого начислено за период", "", format_money(charged, symbol=False)),
            bold=True,
            fill=SHADE,
        )
        self.y -= 14
        return charged

    def _summary(self, charged: Decimal) -> None:
        doc = self.doc
        words = doc.customer_kind is CustomerKind.ORGANISATION
        self._ensure(92 + (26 if words else 0))
        sheet = self.sheet
        width = sheet.content_width * 0.46
        x = sheet.right - width
        carried = doc.balance_carried_in
        rows = [
            (
                "Переплата на начало периода" if carried < 0 else "Задолженность на начало периода",
                format_money(abs(carried)),
            ),
            ("Начислено за период", format_money(charged)),
            ("Пеня", format_money(doc.penalty)),
        ]
        y = self.y
        for label, value in rows:
            sheet.text(x, y - 10, label, size=8.5)
            sheet.text(sheet.right - 6, y - 10, value, size=8.5, align="right")
            sheet.rule(x, sheet.right, y - 14)
            y -= 15
        y -= 4
        sheet.box(x, y - 24, width, 24, fill=ACCENT, stroke=None)
        sheet.text(x + 8, y - 16, "ИТОГО К ОПЛАТЕ", size=11, bold=True, color=WHITE)
        sheet.text(
            sheet.right - 8,
            y - 16.5,
            format_money(max(doc.total_due, Decimal(0))),
            size=13,
            bold=True,
            color=WHITE,
            align="right",
        )
        note_x = sheet.left
        note_width = sheet.content_width - width - 16
        sheet.text(note_x, self.y - 10, "Срок оплаты", size=6.5, color=MUTED)
        sheet.text(
            note_x, self.y - 24, f"до {format_date(doc.due_on)}", size=12, bold=True, color=ALERT
        )
        sheet.paragraph(
            note_x,
            self.y - 38,
            "При оплате указывайте номер лицевого счёта. Пеня начисляется за каждый день "
            "просрочки оплаты.",
            note_width,
            size=7,
            color=MUTED,
            max_lines=3,
        )
        y -= 24
        if doc.total_due < 0:
            y -= 12
            sheet.text(
                sheet.right - 6,
                y,
                f"Переплата: {format_money(-doc.total_due)}",
                size=8.5,
                bold=True,
                align="right",
            )
        if words:
            y -= 12
            text = f"Сумма к оплате прописью: {amount_in_words(max(doc.total_due, Decimal(0)))}"
            y = (
                sheet.paragraph(
                    sheet.left, y, text, sheet.content_width, size=8, bold=True, max_lines=2
                )
                + 10
            )
        self.y = y - 8

    def _payment_slip(self, qr_text: str) -> None:
        sheet, doc = self.sheet, self.doc
        supplier = doc.supplier
        canvas = self.canvas
        canvas.saveState()
        canvas.setDash(3, 2)
        sheet.rule(sheet.left, sheet.right, _CUT_Y, width=0.6, color=MUTED)
        canvas.restoreState()
        sheet.text(sheet.left, _CUT_Y + 3, "✂", size=9, color=MUTED)
        sheet.text(sheet.right, _CUT_Y + 3, "линия отреза", size=6, color=MUTED, align="right")

        top = _CUT_Y - 8
        bottom = MARGIN + 4
        left_width = _QR_SIZE + 16
        sheet.box(sheet.left, bottom, sheet.content_width, top - bottom)
        sheet.box(sheet.left, bottom, left_width, top - bottom, fill=SHADE)
        centre = sheet.left + left_width / 2
        sheet.text(centre, top - 14, "ИЗВЕЩЕНИЕ", size=9, bold=True, color=ACCENT, align="center")
        qr_y = top - 22 - _QR_SIZE
        draw_qr(canvas, encode_qr(qr_text), centre - _QR_SIZE / 2, qr_y, _QR_SIZE)
        caption_y = qr_y - 11
        for line in sheet.wrap(QR_CAPTION, left_width - 8, 7.5, True):
            sheet.text(centre, caption_y, line, size=7.5, bold=True, color=ACCENT, align="center")
            caption_y -= 9.5

        x = sheet.left + left_width + 10
        width = sheet.right - x - 8
        y = top - 14
        sheet.text(x, y, "Платёжный документ за электроэнергию", size=9, bold=True, color=ACCENT)
        sheet.text(sheet.right - 8, y, f"№ {doc.receipt_number}", size=9, bold=True, align="right")
        y -= 15
        lines = (
            ("Получатель", supplier.name),
            ("ИНН / КПП", f"{supplier.inn} / {supplier.kpp}"),
            ("Р/с", f"{supplier.settlement_account}   БИК {supplier.bic}"),
            ("Банк", f"{supplier.bank_name}   К/с {supplier.correspondent_account}"),
            ("Плательщик", doc.customer_name),
            ("Адрес", doc.address),
            ("Лицевой счёт", doc.account_number),
            ("Расчётный период", format_period(doc.billing_period)),
            ("Срок оплаты", f"до {format_date(doc.due_on)}"),
        )
        for label, value in lines:
            sheet.label_value(x, y, label, value, width, size=8)
            y -= 11.5
        y -= 8
        sheet.box(x - 2, y - 8, width + 4, 22, fill=SHADE, stroke=None)
        sheet.text(x + 4, y, "Сумма к оплате", size=10, bold=True)
        sheet.text(
            sheet.right - 12,
            y,
            format_money(max(doc.total_due, Decimal(0))),
            size=13,
            bold=True,
            align="right",
        )
        sign_y = bottom + 14
        if doc.duplicate:
            sheet.text(x, sign_y + 18, "ДУБЛИКАТ", size=9, bold=True, color=ALERT)
        sheet.text(x, sign_y, "Подпись плательщика ____________________", size=7.5, color=MUTED)
        sheet.text(
            sheet.right - 8,
            sign_y,
            "Дата «____» ______________ 20____ г.",
            size=7.5,
            color=MUTED,
            align="right",
        )

    def draw(self, qr_text: str) -> None:
        self._meter_table()
        charged = self._charge_table()
        self._summary(charged)
        self._payment_slip(qr_text)
        self._finish_page(last=True)


def _meter_cells(line: MeterLine) -> tuple[str | tuple[str, str], ...]:
    return (
        line.meter_serial,
        line.zone_label,
        (
            format_kwh(line.previous_reading, unit=False),
            f"на {format_date(line.previous_reading_on)}",
        ),
        (
            format_kwh(line.current_reading, unit=False),
            f"на {format_date(line.current_reading_on)}",
        ),
        format_kwh(line.consumption_kwh, unit=False),
        format_rate(line.rate, unit=False),
        format_money(line.amount, symbol=False),
    )


def draw_bill(canvas: Canvas, doc: BillDocument) -> None:
    """Draw ``doc`` onto ``canvas`` as one or more finished pages (batches share a canvas).

    Raises :class:`~models.domain.problems.ValidationFailed` before drawing anything
    when the payment QR cannot be built from the supplier's details.
    """
    qr_text = bill_payment_string(doc)
    _BillPages(canvas, doc).draw(qr_text)


def render_bills(docs: Iterable[BillDocument]) -> bytes:
    """Many bills in one PDF, each starting on a new page."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=TITLE)
    for doc in docs:
        draw_bill(canvas, doc)
    canvas.save()
    return buffer.getvalue()


def render_bill(doc: BillDocument) -> bytes:
    """One bill as a PDF."""
    return render_bills([doc])
