"""The bill PDF: what a customer reads on it and what a banking app scans from it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from console.printing.bill import bill_payment_string, render_bill, render_bills
from console.printing.documents import ChargeKind, ChargeLine
from console.printing.samples import SUPPLIER, sample_bill
from models.domain.enums import CustomerKind
from models.domain.problems import ValidationFailed
from tests.printing.pdf_reading import (
    all_text,
    decode_qr_codes,
    embedded_font_files,
    page_texts,
    rasterise,
)

EXPECTED_QR = (
    "ST00012|Name=АО «Северная энергосбытовая компания»|PersonalAcc=40702810900000012345"
    "|BankName=ПАО «Банк Восток»|BIC=043002711|CorrespAcc=30101810400000000711"
    "|PayeeINN=4101001230|KPP=410101001|Sum=388822"
    "|Purpose=Оплата электроэнергии за 03.2025, л/с 410012345678"
    "|PersAcc=410012345678|PaymPeriod=032025"
    "|LastName=Иванова|FirstName=Мария|MiddleName=Петровна|TechCode=02"
)


@pytest.fixture(scope="module")
def bill_pdf() -> bytes:
    return render_bill(sample_bill())


def test_bill_shows_account_period_amounts_and_details(bill_pdf: bytes) -> None:
    text = all_text(bill_pdf)
    for expected in (
        "Счёт на оплату за",
        "410012345678",
        "Иванова Мария Петровна",
        "март 2025 г.",
        "2503-0041-7782",
        "ИНН 4101001230",
        "БИК 043002711",
        "30101810400000000711",
        "1 450,08",  # day-zone amount
        "12 246",  # current day reading
        "1 234,56 ₽",  # debt carried in
        "Задолженность на начало периода",
        "18,42 ₽",  # penalty
        "ИТОГО К ОПЛАТЕ",
        "3 888,22 ₽",
        "до 10.04.2025",
        "Оплатить через банковское",
    ):
        assert expected in text, expected
    assert "ДУБЛИКАТ" not in text
    assert "прописью" not in text  # households get no amount in words


def test_bill_embeds_its_fonts(bill_pdf: bytes) -> None:
    assert embedded_font_files(bill_pdf) >= 2


def test_bill_qr_scans_to_the_gost_payment_string(
    bill_pdf: bytes, tmp_path: Path, qapp: object
) -> None:
    assert bill_payment_string(sample_bill()) == EXPECTED_QR
    assert decode_qr_codes(rasterise(bill_pdf, tmp_path, dpi=150)) == [EXPECTED_QR]


def test_bill_qr_still_scans_at_low_resolution(
    bill_pdf: bytes, tmp_path: Path, qapp: object
) -> None:
    assert decode_qr_codes(rasterise(bill_pdf, tmp_path, dpi=96)) == [EXPECTED_QR]


def test_duplicate_is_marked(tmp_path: Path, qapp: object) -> None:
    data = render_bill(sample_bill(duplicate=True))
    assert "ДУБЛИКАТ" in all_text(data)
    # The watermark stays clear of the payment slip: the QR still scans.
    assert decode_qr_codes(rasterise(data, tmp_path)) == [EXPECTED_QR]


def test_organisation_bill_has_amount_in_words_and_address_in_qr(
    tmp_path: Path, qapp: object
) -> None:
    doc = sample_bill(kind=CustomerKind.ORGANISATION)
    data = render_bill(doc)
    text = all_text(data)
    assert "Три тысячи восемьсот восемьдесят восемь рублей 22 копейки" in text
    (scanned,) = decode_qr_codes(rasterise(data, tmp_path))
    assert "|PayerAddress=683031, г. Петропавловск-Камчатский" in scanned
    assert "LastName=" not in scanned


def test_overpayment_shows_overpayment_and_a_qr_without_sum(tmp_path: Path, qapp: object) -> None:
    doc = replace(
        sample_bill(), balance_carried_in=Decimal("-5000.00"), total_due=Decimal("-2346.34")
    )
    data = render_bill(doc)
    text = all_text(data)
    assert "Переплата на начало периода" in text
    assert "5 000,00 ₽" in text
    assert "Переплата: 2 346,34 ₽" in text
    (scanned,) = decode_qr_codes(rasterise(data, tmp_path))
    assert "|Sum=" not in scanned


def test_many_charge_lines_continue_on_further_pages(tmp_path: Path, qapp: object) -> None:
    lines = tuple(
        ChargeLine(ChargeKind.ACT, f"Акт № {n} о безучётном потреблении", Decimal("100.00"))
        for n in range(1, 61)
    )
    data = render_bill(replace(sample_bill(), charge_lines=lines))
    pages = page_texts(data)
    assert len(pages) >= 2
    assert "Продолжение на следующем листе" in pages[0]
    assert "Акт № 60 о безучётном потреблении" in pages[-1]
    assert "ИТОГО К ОПЛАТЕ" in pages[-1]
    assert decode_qr_codes(rasterise(data, tmp_path, page=0)) == []
    assert decode_qr_codes(rasterise(data, tmp_path, page=len(pages) - 1)) == [EXPECTED_QR]


def test_batch_puts_each_bill_on_its_own_page() -> None:
    bills = [replace(sample_bill(), account_number=f"41001234567{n}") for n in range(3)]
    data = render_bills(bills)
    pages = page_texts(data)
    assert len(pages) == 3
    for n, text in enumerate(pages):
        assert f"41001234567{n}" in text


def test_unusable_bank_details_refuse_to_print() -> None:
    doc = replace(sample_bill(), supplier=replace(SUPPLIER, bic="12345"))
    with pytest.raises(ValidationFailed) as raised:
        render_bill(doc)
    assert [p.code for p in raised.value.problems] == ["payment_qr.digits"]
