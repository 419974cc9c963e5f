"""The bill: «Счёт на оплату за электроэнергию», the customer's payment document.

An A4 page the way Russian utility bills read (ПП 354 п. 69 and the Минстрой form of
payment documents): the supplier with its bank details, phone, e-mail and website; the
customer and account (an organisation with its INN, KPP and contract); a table of meter
readings per zone and tariff segment (a zone whose reading period spans a tariff change
has a row for each part, with its dates), calculated readings marked as such; the acts
that set the tariffs; the period's charges; recalculations of earlier periods with
their reasons; the balance carried in, the last payment, the penalty and the total due
(«Оплата не требуется» when nothing is due); for organisations the VAT included and
the amount in words; and below a cut line the payment slip (извещение) with the
GOST R 56042-2014 QR code a banking app scans. A bill with more lines than one page
holds continues on further pages; the payment slip is always on the last one.

A correction bill reads as a recalculation document: «Перерасчёт к платёжному
документу № … от …», the reason, each corrected reading before and after (readings,
kWh, amount, difference) and the net, then the debt before the recalculation and the
total due after it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from console.printing.documents import (
    BillDocument,
    ChargeKind,
    MeterLine,
)
from console.printing.formatting import format_period
from console.printing.layout import (
    ACCENT,
    ALERT,
    CREATOR,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    WHITE,
    Column,
    Sheet,
    new_canvas,
)
from console.printing.qr import FittedQr, draw_qr, fit_qr
from models.domain.date_format import format_date, format_month
from models.domain.enums import CustomerKind
from models.domain.money_format import format_money, format_number
from models.domain.money_words import amount_in_words
from models.domain.payment_qr import (
    PayeeDetails,
    PaymentQrData,
    build_payment_string,
    split_full_name,
)

__all__ = [
    "QR_BOX_MM",
    "bill_payment_string",
    "bill_qr",
    "bill_title",
    "draw_bill",
    "render_bill",
    "render_bills",
]

TITLE = "Счёт на оплату за электроэнергию"
QR_CAPTION = "Оплатить через банковское приложение"
NO_PAYMENT = "Оплата не требуется"
ESTIMATED_NOTE = (
    "* Расчётные показания: показания прибора учёта не переданы, объём определён по "
    "среднемесячному потреблению или по нормативу (пп. 59, 60 Правил № 354)."
)
CHARGE_KIND_LABELS = {
    ChargeKind.ELECTRICITY: "Электроэнергия",
    ChargeKind.DEBT_SCHEDULE: "График погашения задолженности",
    ChargeKind.ACT: "Начисление по акту",
    ChargeKind.SERVICE: "Услуга",
    ChargeKind.PENALTY: "Пеня",
}

QR_BOX_MM = 58.0
"""Side of the printed QR code with its quiet zone: modules stay at least 0.5 mm up to
symbol version 22 (see :mod:`console.printing.qr`)."""
_QR_SIZE: float = QR_BOX_MM * mm
_CUT_Y: float = MARGIN + 78 * mm
"""Where the payment slip is cut off; the bill's body flows down to just above it."""
_BODY_BOTTOM = _CUT_Y + 10
_METER_ROW = 20.0
_CHARGE_ROW = 15.0
_SMALL = 6.5
_WRAPPED = 7.5
"""Text size of table cells that wrap (recalculations' descriptions with their reasons)."""
_WRAPPED_LEADING = 8.5


def bill_title(doc: BillDocument) -> str:
    """The document's title: the bill's, or a correction's «Перерасчёт к … № … от …»."""
    return doc.correction.title if doc.correction is not None else TITLE


def _payment_data(doc: BillDocument, *, with_address: bool = True) -> PaymentQrData:
    supplier = doc.supplier
    names = split_full_name(doc.customer_name) if doc.customer_kind is CustomerKind.PERSON else None
    last, first, middle = names or ("", "", "")
    period = doc.billing_period
    return PaymentQrData(
        payee=PayeeDetails(
            name=supplier.name,
            settlement_account=supplier.settlement_account,
            bank_name=supplier.bank_name,
            bic=supplier.bic,
            correspondent_account=supplier.correspondent_account,
            inn=supplier.inn,
            kpp=supplier.kpp,
        ),
        purpose=f"Оплата электроэнергии за {format_month(period)}, л/с {doc.account_number}",
        account_number=doc.account_number,
        amount=doc.total_due if doc.payment_required else None,
        billing_period=period,
        payer_last_name=last,
        payer_first_name=first,
        payer_middle_name=middle,
        payer_address="" if names or not with_address else doc.address,
    )


def bill_payment_string(doc: BillDocument) -> str:
    """The GOST R 56042-2014 string of the bill, with every requisite it has.

    Raises :class:`~models.domain.problems.ValidationFailed` when the supplier's bank
    details are unusable.
    """
    return build_payment_string(_payment_data(doc))


def bill_qr(doc: BillDocument) -> FittedQr:
    """The QR code printed on the bill: the full payment string at level M if its modules
    reach 0.5 mm in :data:`QR_BOX_MM`, else level L; only if neither fits is the payer's
    address (optional, the account number identifies the payer) left out."""
    full = bill_payment_string(doc)
    short = build_payment_string(_payment_data(doc, with_address=False))
    return fit_qr([full] if short == full else [full, short], QR_BOX_MM)


def _places(values: Iterable[Decimal], least: int, most: int) -> int:
    """Decimals that show every value of a column exactly (between ``least`` and ``most``)."""
    places = least
    for value in values:
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            places = -exponent
    return min(places, most)


def _with_places(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


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
            f"Платёжный документ за {format_period(doc.billing_period)}"
            if doc.correction is None
            else f"Расчётный период: {format_period(doc.billing_period)}",
            f"Уникальный № квитанции: {doc.receipt_number}",
            f"Дата формирования: {format_date(doc.formed_on)}",
        ]
        if doc.correction is None:
            y = self.sheet.supplier_header(doc.supplier, TITLE, subtitle, duplicate=doc.duplicate)
        else:
            y = self.sheet.supplier_header(
                doc.supplier,
                doc.correction.title,
                subtitle,
                duplicate=doc.duplicate,
                title_size=11,
                title_lines=3,
            )
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

    def _due_text(self) -> str:
        doc = self.doc
        return format_date(doc.due_on) if doc.payment_required else NO_PAYMENT

    def _customer_block(self, top: float) -> float:
        sheet, doc = self.sheet, self.doc
        buyer = doc.buyer
        height = 72.0 + (20.0 if buyer is not None else 0.0)
        split = sheet.left + sheet.content_width * 0.62
        sheet.box(sheet.left, top - height, sheet.content_width, height)
        sheet.box(split, top - height, sheet.right - split, height, fill=SHADE)
        x = sheet.left + 6
        width = split - x - 6
        sheet.text(x, top - 11, "Плательщик", size=6.5, color=MUTED)
        sheet.text(x, top - 22, sheet.fit(doc.customer_name, width, 10, True), size=10, bold=True)
        y = top - 33
        if buyer is not None:
            details = f"ИНН {buyer.inn}" + (f"   КПП {buyer.kpp}" if buyer.kpp else "")
            sheet.text(x, y, details, size=8)
            y -= 10
            if buyer.contract_number:
                signed = (
                    f" от {format_date(buyer.contract_signed_on)}"
                    if buyer.contract_signed_on
                    else ""
                )
                contract = f"Договор энергоснабжения № {buyer.contract_number}{signed}"
                sheet.text(x, y, sheet.fit(contract, width, 8), size=8)
            y -= 10
        sheet.text(x, y, "Адрес", size=6.5, color=MUTED)
        sheet.paragraph(x, y - 10, doc.address, width, size=8, max_lines=2, leading=9.5)
        sheet.label_value(x, top - height + 6, "Отделение", doc.region_name, width, size=7)
        x = split + 8
        sheet.text(x, top - 11, "Лицевой счёт", size=6.5, color=MUTED)
        sheet.text(x, top - 27, doc.account_number, size=15, bold=True, color=ACCENT)
        sheet.text(x, top - 40, "Расчётный период", size=6.5, color=MUTED)
        sheet.text(x, top - 51, format_period(doc.billing_period), size=9, bold=True)
        label = "Оплатить до" if doc.payment_required else "Срок оплаты"
        sheet.label_value(x, top - height + 6, label, self._due_text(), sheet.right - x - 6, size=7)
        return top - height - 14

    def _section_title(self, text: str) -> None:
        self.sheet.text(self.sheet.left, self.y, text, size=9, bold=True, color=ACCENT)
        self.y -= 5

    def _small_print(self, text: str) -> None:
        """A muted note under a table, wrapped to the page's width."""
        sheet = self.sheet
        lines = sheet.wrap(text, sheet.content_width, _SMALL)
        self._ensure(len(lines) * 8.5 + 2)
        for line in lines:
            self.sheet.text(self.sheet.left, self.y, line, size=_SMALL, color=MUTED)
            self.y -= 8.5

    def _meter_table(self) -> None:
        lines = self.doc.meter_lines
        if not lines:
            return
        columns = self._meter_columns()
        cells = _meter_cells(lines)
        self._ensure(16 + 26 + _METER_ROW)
        self._section_title("Показания приборов учёта и расчёт за электроэнергию")
        self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
        for row in cells:
            if self._ensure(_METER_ROW):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            self.y = self.sheet.table_row(self.sheet.left, self.y, columns, row, height=_METER_ROW)
        self.y -= 9
        if any(line.current_estimated or line.previous_estimated for line in lines):
            self._small_print(ESTIMATED_NOTE)
        if self.doc.tariff_acts:
            self._small_print("Тарифы установлены: " + "; ".join(self.doc.tariff_acts) + ".")
        self.y -= 8

    def _meter_columns(self) -> list[Column]:
        widths = (0.14, 0.10, 0.13, 0.13, 0.13, 0.10, 0.11, 0.16)
        titles = (
            ("Прибор учёта, №", "left"),
            ("Зона", "center"),
            ("Предыдущие показания", "right"),
            ("Текущие показания", "right"),
            ("Период по тарифу", "center"),
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
            cells = (
                CHARGE_KIND_LABELS[line.kind],
                line.description,
                format_money(line.amount, symbol=False),
            )
            # A long description (how an estimate was made) wraps instead of being cut.
            height = self._wrapped_height(columns, cells[:2])
            if self._ensure(height):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            if height > _CHARGE_ROW:
                self._wrapped_row(columns, cells, height)
            else:
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

    def _recalculation_table(self) -> Decimal:
        """«Перерасчёт»: each recalculation with its reason, kWh, rate and amount; the sum."""
        lines = self.doc.recalculations
        if not lines:
            return Decimal(0)
        total = self.sheet.content_width
        columns = [
            Column("Что пересчитано и почему (основание перерасчёта)", total * 0.60),
            Column("Объём, кВт·ч", total * 0.12, "right"),
            Column("Тариф, ₽/кВт·ч", total * 0.12, "right"),
            Column("Сумма, ₽", total * 0.16, "right"),
        ]
        places = _places((line.quantity_kwh for line in lines if line.quantity_kwh), 0, 3)
        rate_places = _places((line.rate for line in lines if line.rate), 2, 4)
        self._ensure(16 + 26 + 2 * _CHARGE_ROW)
        self._section_title("Перерасчёт")
        self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
        for line in lines:
            quantity = (
                format_number(line.quantity_kwh, places) if line.quantity_kwh is not None else ""
            )
            rate = (
                format_number(_with_places(line.rate, rate_places), rate_places)
                if line.rate is not None
                else ""
            )
            amount = format_money(line.amount, symbol=False)
            height = self._wrapped_height(columns, (line.description,))
            if self._ensure(height):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            self._wrapped_row(columns, (line.description, quantity, rate, amount), height)
        recalculated = sum((line.amount for line in lines), Decimal(0))
        self._ensure(_CHARGE_ROW)
        self.y = self.sheet.table_row(
            self.sheet.left,
            self.y,
            columns,
            ("Итого перерасчёт", "", "", format_money(recalculated, symbol=False)),
            bold=True,
            fill=SHADE,
        )
        self.y -= 14
        return recalculated

    def _correction_reason(self) -> None:
        """«Основание перерасчёта»: the reason the reading was corrected."""
        correction = self.doc.correction
        assert correction is not None
        sheet = self.sheet
        text = (
            f"Исправлены показания, по которым сформирован платёжный документ "
            f"№ {correction.corrected_receipt_number} от "
            f"{format_date(correction.corrected_formed_on)}. Причина: {correction.reason}"
        )
        lines = sheet.wrap(text, sheet.content_width, 8.5)
        self._ensure(16 + len(lines) * 11 + 8)
        self._section_title("Основание перерасчёта")
        self.y -= 6
        for line in lines:
            sheet.text(sheet.left, self.y, line, size=8.5)
            self.y -= 11
        self.y -= 8

    def _correction_table(self) -> None:
        """Each corrected reading before and after: readings, kWh, amount; the net."""
        correction = self.doc.correction
        assert correction is not None
        zones = correction.zones
        total = self.sheet.content_width
        columns = [
            Column("Прибор учёта, зона", total * 0.24),
            Column("", total * 0.12),
            Column("Предыдущие показания", total * 0.16, "right"),
            Column("Текущие показания", total * 0.16, "right"),
            Column("Расход, кВт·ч", total * 0.14, "right"),
            Column("Сумма, ₽", total * 0.18, "right"),
        ]
        reading_places = _places(
            (v for z in zones for v in (z.reading_before, z.reading_after)), 0, 3
        )
        kwh_places = _places((v for z in zones for v in (z.kwh_before, z.kwh_after)), 0, 3)

        def reading(value: Decimal | None, on: object) -> str | tuple[str, str]:
            if value is None:
                return "—"
            return (format_number(value, reading_places), f"на {format_date(on)}")  # type: ignore[arg-type]

        def kwh(value: Decimal) -> str:
            return format_number(_with_places(value, kwh_places), kwh_places)

        self._ensure(16 + 26 + 3 * _METER_ROW + _CHARGE_ROW)
        self._section_title("Перерасчёт: было и стало")
        self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
        for zone in zones:
            if self._ensure(3 * _METER_ROW):
                self.y = self.sheet.table_header(self.sheet.left, self.y, columns)
            previous = reading(zone.previous_reading, zone.previous_reading_on)
            rows: list[tuple[str | tuple[str, str], ...]] = [
                (
                    (zone.meter_serial, f"{zone.zone_label} ({zone.zone})"),
                    ("Было", "в документе"),
                    previous,
                    reading(zone.reading_before, zone.taken_on),
                    kwh(zone.kwh_before),
                    format_money(zone.amount_before, symbol=False),
                ),
                (
                    "",
                    ("Стало", "исправлено"),
                    previous,
                    reading(zone.reading_after, zone.taken_on),
                    kwh(zone.kwh_after),
                    format_money(zone.amount_after, symbol=False),
                ),
                (
                    "",
                    "Разница",
                    "",
                    "",
                    kwh(zone.kwh_difference),
                    format_money(zone.amount_difference, symbol=False),
                ),
            ]
            for index, cells in enumerate(rows):
                self.y = self.sheet.table_row(
                    self.sheet.left,
                    self.y,
                    columns,
                    cells,
                    height=_METER_ROW,
                    bold=index == 2,
                )
        self._ensure(_CHARGE_ROW)
        self.y = self.sheet.table_row(
            self.sheet.left,
            self.y,
            columns,
            (
                "Итого по перерасчёту",
                "",
                "",
                "",
                "",
                format_money(correction.net, symbol=False),
            ),
            bold=True,
            fill=SHADE,
        )
        self.y -= 14

    def _wrapped_height(self, columns: Sequence[Column], texts: Sequence[str]) -> float:
        lines = max(
            len(self.sheet.wrap(text, column.width - 8, _WRAPPED))
            for column, text in zip(columns, texts, strict=False)
        )
        return max(_CHARGE_ROW, lines * _WRAPPED_LEADING + 6)

    def _wrapped_row(self, columns: Sequence[Column], cells: Sequence[str], height: float) -> None:
        """A bordered row whose text cells wrap instead of being cut short."""
        sheet = self.sheet
        left = sheet.left
        sheet.box(left, self.y - height, sum(c.width for c in columns), height, stroke=RULE)
        for column, cell in zip(columns, cells, strict=True):
            if column.align == "right":
                sheet.text(left + column.width - 4, self.y - 10, cell, size=8, align="right")
            else:
                sheet.paragraph(
                    left + 4,
                    self.y - 10,
                    cell,
                    column.width - 8,
                    size=_WRAPPED,
                    leading=_WRAPPED_LEADING,
                )
            left += column.width
        self.y -= height

    def _summary_rows(self, charged: Decimal, recalculated: Decimal) -> list[tuple[str, str]]:
        """The totals above «ИТОГО К ОПЛАТЕ»: a bill's balance carried in, charges,
        recalculation, VAT and penalty; a correction's balance before it and its net."""
        doc = self.doc
        organisation = doc.customer_kind is CustomerKind.ORGANISATION
        vat = doc.vat_rate if organisation else None
        carried = doc.balance_carried_in
        if doc.correction is not None:
            before = "Переплата до перерасчёта" if carried < 0 else "Задолженность до перерасчёта"
            rows = [
                (before, format_money(abs(carried))),
                ("Перерасчёт", format_money(doc.correction.net)),
            ]
            base = doc.correction.net
        else:
            rows = [
                (
                    "Переплата на начало периода"
                    if carried < 0
                    else "Задолженность на начало периода",
                    format_money(abs(carried)),
                ),
                ("Начислено за период", format_money(charged)),
            ]
            if doc.recalculations:
                rows.append(("Перерасчёт", format_money(recalculated)))
            base = charged + recalculated
        if vat is not None:
            included = (base * vat / (100 + vat)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            rows.append(
                (
                    f"в т. ч. НДС {format_number(vat, _places([vat], 0, 2))} %",
                    format_money(included),
                )
            )
        if doc.correction is None or doc.penalty:
            rows.append(("Пеня", format_money(doc.penalty)))
        return rows

    def _summary(self, charged: Decimal, recalculated: Decimal) -> None:
        doc = self.doc
        organisation = doc.customer_kind is CustomerKind.ORGANISATION
        rows = self._summary_rows(charged, recalculated)
        overpaid = 12 if doc.total_due < 0 else 0
        self._ensure(len(rows) * 15 + 28 + overpaid + (32 if organisation else 0))
        sheet = self.sheet
        width = sheet.content_width * 0.46
        x = sheet.right - width
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
        self._payment_note(sheet.left, sheet.content_width - width - 16)
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
        if organisation:
            y -= 12
            text = f"Сумма к оплате прописью: {amount_in_words(max(doc.total_due, Decimal(0)))}"
            y = (
                sheet.paragraph(
                    sheet.left, y, text, sheet.content_width, size=8, bold=True, max_lines=2
                )
                + 10
            )
        self.y = y - 8

    def _payment_note(self, x: float, width: float) -> None:
        """Left of the totals: the due date (or «Оплата не требуется») and the last payment."""
        sheet, doc = self.sheet, self.doc
        top = self.y
        if doc.payment_required:
            sheet.text(x, top - 10, "Срок оплаты", size=6.5, color=MUTED)
            sheet.text(
                x, top - 24, f"до {format_date(doc.due_on)}", size=12, bold=True, color=ALERT
            )
            note = (
                "При оплате указывайте номер лицевого счёта. Пеня начисляется за каждый день "
                "просрочки оплаты."
            )
        else:
            sheet.text(x, top - 10, "Срок оплаты", size=6.5, color=MUTED)
            sheet.text(x, top - 24, NO_PAYMENT, size=12, bold=True, color=ACCENT)
            note = (
                "Переплата будет учтена в следующих расчётных периодах."
                if doc.total_due < 0
                else "Задолженности нет."
            )
        y = sheet.paragraph(x, top - 38, note, width, size=7, color=MUTED, max_lines=3)
        last = doc.last_payment
        paid = (
            f"Последняя оплата: {format_date(last.paid_on)} — {format_money(last.amount)}"
            if last is not None
            else "Оплат не поступало"
        )
        sheet.text(x, y - 2, sheet.fit(paid, width, 7.5), size=7.5)

    def _payment_slip(self, qr: FittedQr) -> None:
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
        left_width = _QR_SIZE + 12
        sheet.box(sheet.left, bottom, sheet.content_width, top - bottom)
        sheet.box(sheet.left, bottom, left_width, top - bottom, fill=SHADE)
        centre = sheet.left + left_width / 2
        sheet.text(centre, top - 13, "ИЗВЕЩЕНИЕ", size=9, bold=True, color=ACCENT, align="center")
        qr_y = top - 19 - _QR_SIZE
        draw_qr(canvas, qr.matrix, centre - _QR_SIZE / 2, qr_y, _QR_SIZE)
        caption_y = qr_y - 9
        for line in sheet.wrap(QR_CAPTION, left_width - 6, 7, True):
            sheet.text(centre, caption_y, line, size=7, bold=True, color=ACCENT, align="center")
            caption_y -= 8.5

        x = sheet.left + left_width + 10
        width = sheet.right - x - 8
        y = top - 14
        sheet.text(
            x, y, f"Платёжный документ № {doc.receipt_number}", size=9, bold=True, color=ACCENT
        )
        y -= 15
        lines = (
            ("Получатель", supplier.name),
            ("ИНН / КПП", f"{supplier.inn} / {supplier.kpp}"),
            ("Р/с", f"{supplier.settlement_account}   БИК {supplier.bic}"),
            ("Банк", supplier.bank_name),
            ("К/с", supplier.correspondent_account),
            ("Плательщик", doc.customer_name),
            ("Адрес", doc.address),
            ("Лицевой счёт", doc.account_number),
            ("Расчётный период", format_period(doc.billing_period)),
            (
                "Срок оплаты",
                f"до {format_date(doc.due_on)}" if doc.payment_required else NO_PAYMENT,
            ),
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
        sign_y = bottom + 10
        if doc.duplicate:
            sheet.text(x, sign_y + 16, "ДУБЛИКАТ", size=9, bold=True, color=ALERT)
        sheet.text(x, sign_y, "Подпись плательщика ____________________", size=7.5, color=MUTED)
        sheet.text(
            sheet.right - 8,
            sign_y,
            "Дата «____» ______________ 20____ г.",
            size=7.5,
            color=MUTED,
            align="right",
        )

    def draw(self, qr: FittedQr) -> None:
        if self.doc.correction is not None:
            self._correction_reason()
            self._correction_table()
            charged = Decimal(0)
        else:
            self._meter_table()
            charged = self._charge_table()
        recalculated = self._recalculation_table()
        self._summary(charged, recalculated)
        self._payment_slip(qr)
        self._finish_page(last=True)


def _meter_cells(lines: Sequence[MeterLine]) -> list[tuple[str | tuple[str, str], ...]]:
    """Table rows of the meter lines (sorted by meter, zone T1–T3, segment).

    Every number of a column has the same decimals (a tariff of 6,8400 beside 3,4213);
    the readings of a zone print on its first segment only; a calculated reading is
    marked with an asterisk explained under the table.
    """
    reading_places = _places(
        (v for line in lines for v in (line.previous_reading, line.current_reading)), 0, 3
    )
    kwh_places = _places((line.consumption_kwh for line in lines), 0, 3)
    rate_places = _places((line.rate for line in lines), 2, 4)

    def reading(value: Decimal, on: object, estimated: bool) -> tuple[str, str]:
        mark = "*" if estimated else ""
        return (f"{format_number(value, reading_places)}{mark}", f"на {format_date(on)}")  # type: ignore[arg-type]

    rows: list[tuple[str | tuple[str, str], ...]] = []
    previous_key: tuple[object, ...] | None = None
    for line in sorted(lines, key=lambda item: item.sort_key):
        key = (line.meter_serial, line.zone, line.previous_reading_on, line.current_reading_on)
        first_segment = key != previous_key
        previous_key = key
        if line.period_from is not None and line.period_to is not None:
            period: str | tuple[str, str] = (
                f"с {format_date(line.period_from)}",
                f"по {format_date(line.period_to)}",
            )
        else:
            period = "весь период"
        rows.append(
            (
                line.meter_serial if first_segment else "",
                (line.zone_label, line.zone) if first_segment else "",
                reading(line.previous_reading, line.previous_reading_on, line.previous_estimated)
                if first_segment
                else "",
                reading(line.current_reading, line.current_reading_on, line.current_estimated)
                if first_segment
                else "",
                period,
                format_number(_with_places(line.consumption_kwh, kwh_places), kwh_places),
                format_number(_with_places(line.rate, rate_places), rate_places),
                format_money(line.amount, symbol=False),
            )
        )
    return rows


def draw_bill(canvas: Canvas, doc: BillDocument) -> None:
    """Draw ``doc`` onto ``canvas`` as one or more finished pages (batches share a canvas).

    Raises :class:`~models.domain.problems.ValidationFailed` before drawing anything
    when the payment QR cannot be built from the supplier's details.
    """
    qr = bill_qr(doc)
    _BillPages(canvas, doc).draw(qr)


def document_subject(docs: Sequence[BillDocument]) -> str:
    """The PDF's subject: which account and period, or how many bills of which period."""
    if len(docs) == 1:
        doc = docs[0]
        kind = "Платёжный документ" if doc.correction is None else "Перерасчёт, документ"
        return (
            f"{kind} № {doc.receipt_number} за {format_period(doc.billing_period)},"
            f" лицевой счёт {doc.account_number}"
        )
    periods = sorted({doc.billing_period for doc in docs})
    when = ", ".join(format_period(period) for period in periods)
    return f"Платёжные документы за электроэнергию за {when}: {len(docs)} шт."


def render_bills(docs: Iterable[BillDocument]) -> bytes:
    """Many bills in one PDF, each starting on a new page."""
    bills = list(docs)
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        title=bill_title(bills[0]) if len(bills) == 1 else TITLE,
        author=bills[0].supplier.name if bills else CREATOR,
        subject=document_subject(bills) if bills else TITLE,
    )
    for doc in bills:
        draw_bill(canvas, doc)
    canvas.save()
    return buffer.getvalue()


def render_bill(doc: BillDocument) -> bytes:
    """One bill as a PDF."""
    return render_bills([doc])
