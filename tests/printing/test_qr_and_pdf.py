"""The payment QR code on paper and the PDF files themselves.

A bill of every demo kind is rendered at 100 dpi (a fax, a cheap scanner) and its QR
code read back by two decoders, ZBar and zxing-cpp; its modules are at least 0.5 mm.
Every font every page names is embedded; the document information says what the file
is and when it was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from console.printing.batch import print_bills
from console.printing.bill import QR_BOX_MM, bill_payment_string, bill_qr, render_bill
from console.printing.documents import BillDocument
from console.printing.qr import MIN_MODULE_MM
from console.printing.receipt import render_receipt
from console.printing.samples import (
    sample_bill,
    sample_receipt,
    sample_shift_report,
    sample_statement,
)
from console.printing.shift_report import render_shift_report
from console.printing.statement import render_statement
from console.services.documents import bill_document
from models.domain.enums import CustomerKind
from models.domain.payment_qr import split_full_name
from tests.printing.pdf_reading import (
    decode_qr_codes,
    decode_qr_zbar,
    document_info,
    page_fonts,
    rasterise,
)

LONGEST_ORGANISATION_ADDRESS = (
    "297503, Республика Крым, Симферопольский район, Мирновское сельское поселение,"
    " с. Мирное, ул. Промышленная (территория индустриального парка «Мирный»), д. 12,"
    " корп. 3, стр. 1, пом. 14–18"
)
"""A long but real-looking legal address: about 180 characters, 330 bytes of UTF-8."""

KINDS: dict[str, str] = {
    "single rate": "EXISTS (SELECT FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id"
    " WHERE mp.account_id = a.id AND m.zones = 1) AND c.kind = 'person'",
    "two zones": "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.zone = 'T2')"
    " AND NOT EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.zone = 'T3')",
    "three zones": "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.zone = 'T3')",
    "tariff change": "b.billing_period = (SELECT max(valid_from) FROM tariff"
    " WHERE valid_from <= billing.today())",
    "calculated reading": "EXISTS (SELECT FROM bill_line l JOIN reading r"
    " ON r.id = l.current_reading_id WHERE l.bill_id = b.id AND r.source = 'estimated')",
    "organisation": "c.kind = 'organisation'",
    "debt schedule": "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id"
    " AND l.kind = 'debt_schedule')",
    "act": "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.kind = 'act')",
    "penalty": "EXISTS (SELECT FROM bill_line l WHERE l.bill_id = b.id AND l.kind = 'penalty')",
    "Kamchatka": "a.region_id = (SELECT id FROM region WHERE code = 'PKM')",
}


def _bill(session: Session, where: str) -> BillDocument:
    bill_id = session.execute(
        text(
            "SELECT b.id FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN customer c ON c.id = a.customer_id"
            f" WHERE b.corrects_bill_id IS NULL AND {where}"
            " ORDER BY b.billing_period DESC, b.id LIMIT 1"
        )
    ).scalar_one()
    return bill_document(session, int(bill_id))


def _assert_scans(doc: BillDocument, tmp_path: Path, dpi: int = 100) -> None:
    qr = bill_qr(doc)
    assert qr.matrix.module_mm(QR_BOX_MM) >= MIN_MODULE_MM
    page = rasterise(render_bill(doc), tmp_path, dpi=dpi)
    assert decode_qr_zbar(page) == [qr.text]
    assert decode_qr_codes(page) == [qr.text]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_bill_of_each_demo_kind_scans_at_100_dpi(
    kind: str, session: Session, tmp_path: Path, qapp: object
) -> None:
    doc = _bill(session, KINDS[kind])
    assert bill_qr(doc).text == bill_payment_string(doc)  # nothing left out
    _assert_scans(doc, tmp_path)


def test_overpaid_and_duplicate_bills_scan_at_100_dpi(
    session: Session, tmp_path: Path, qapp: object
) -> None:
    doc = _bill(session, KINDS["two zones"])
    overpaid = replace(doc, balance_carried_in=-doc.total_due - 100, total_due=Decimal("-100"))
    _assert_scans(overpaid, tmp_path)
    _assert_scans(replace(doc, duplicate=True), tmp_path)


def test_the_longest_realistic_organisation_address_scans_at_100_dpi(
    session: Session, tmp_path: Path, qapp: object
) -> None:
    doc = replace(_bill(session, KINDS["organisation"]), address=LONGEST_ORGANISATION_ADDRESS)
    qr = bill_qr(doc)
    assert qr.text == bill_payment_string(doc)
    assert f"|PayerAddress={LONGEST_ORGANISATION_ADDRESS}|" in qr.text
    assert len(qr.text.encode("utf-8")) > 600
    assert qr.matrix.ec_level == "M"
    _assert_scans(doc, tmp_path)
    _assert_scans(doc, tmp_path, dpi=120)


def test_an_address_too_long_for_half_millimetre_modules_is_left_out(
    tmp_path: Path, qapp: object
) -> None:
    doc = replace(
        sample_bill(kind=CustomerKind.ORGANISATION), address=LONGEST_ORGANISATION_ADDRESS * 3
    )
    qr = bill_qr(doc)
    assert "PayerAddress" in bill_payment_string(doc)
    assert "PayerAddress" not in qr.text
    assert "|PersAcc=410012345678|" in qr.text
    _assert_scans(doc, tmp_path)


def test_the_code_size_and_level_documented_hold() -> None:
    """58 mm at level M: 0.5 mm modules up to version 22 (105 modules + 8 of quiet zone)."""
    assert QR_BOX_MM / (105 + 8) >= MIN_MODULE_MM > QR_BOX_MM / (109 + 8)
    household = bill_qr(sample_bill())
    assert household.matrix.ec_level == "M"
    assert household.matrix.module_mm(QR_BOX_MM) > 0.6


def test_a_separator_in_a_name_is_a_space_before_the_name_is_split() -> None:
    assert split_full_name("Иванова|Мария Петровна") == ("Иванова", "Мария", "Петровна")
    assert split_full_name("Иванова | Мария | Петровна") == ("Иванова", "Мария", "Петровна")
    doc = replace(sample_bill(), customer_name="Иванова|Мария|Петровна")
    assert "|LastName=Иванова|FirstName=Мария|MiddleName=Петровна|" in bill_payment_string(doc)


RENDERERS: dict[str, Callable[[], bytes]] = {
    "bill": lambda: render_bill(sample_bill()),
    "organisation's bill": lambda: render_bill(sample_bill(kind=CustomerKind.ORGANISATION)),
    "duplicate bill": lambda: render_bill(sample_bill(duplicate=True)),
    "receipt": lambda: render_receipt(sample_receipt()),
    "statement": lambda: render_statement(sample_statement(months=40)),
    "shift report": lambda: render_shift_report(sample_shift_report(payments=60)),
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_font_of_every_page_is_embedded(name: str) -> None:
    fonts = page_fonts(RENDERERS[name]())
    assert fonts
    assert [font for font in fonts if not font[2]] == []
    assert not [font for font in fonts if "Helvetica" in font[1]]


def _created(info: dict[str, str]) -> datetime:
    raw = info["/CreationDate"].removeprefix("D:")
    moment = datetime.strptime(raw[:14] + "+0000", "%Y%m%d%H%M%S%z")
    sign = -1 if raw[14] == "-" else 1
    offset = timedelta(hours=int(raw[15:17]), minutes=int(raw[18:20])) * sign
    return moment - offset


def test_a_bills_document_information() -> None:
    doc = sample_bill()
    info = document_info(render_bill(doc))
    assert info["/Title"] == "Счёт на оплату за электроэнергию"
    assert info["/Author"] == doc.supplier.name
    assert doc.account_number in info["/Subject"]
    assert "март 2025 г." in info["/Subject"]
    assert doc.receipt_number in info["/Subject"]
    assert abs(_created(info) - datetime.now(UTC)) < timedelta(minutes=10)


def test_a_batch_files_document_information_and_fonts(tmp_path: Path) -> None:
    bills = [[replace(sample_bill(), account_number=f"41001234567{n}")] for n in range(3)]
    out = tmp_path / "batch.pdf"
    print_bills(bills, out, single_file=True, workers=1)
    data = out.read_bytes()
    info = document_info(data)
    assert info["/Title"] == "Счёт на оплату за электроэнергию"
    assert info["/Author"] == bills[0][0].supplier.name
    assert info["/Subject"] == "Платёжные документы за электроэнергию за март 2025 г.: 3 шт."
    assert abs(_created(info) - datetime.now(UTC)) < timedelta(minutes=10)
    fonts = page_fonts(data)
    assert fonts
    assert all(embedded for _page, _name, embedded in fonts)
