"""The payment receipt a cashier hands to the customer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from console.printing.receipt import render_receipt
from console.printing.samples import sample_receipt
from models.domain.enums import PaymentMethod
from tests.printing.pdf_reading import all_text, embedded_font_files, page_texts


def test_receipt_shows_payment_and_balance() -> None:
    data = render_receipt(sample_receipt())
    text = all_text(data)
    for expected in (
        "Квитанция об",
        "К-000731",
        "410012345678",
        "Иванова Мария Петровна",
        "наличными",
        "05.04.2025 11:42",
        "Петрова О. Н.",
        "№ 118",
        "4 000,00 ₽",
        "переплата 111,78 ₽",
    ):
        assert expected in text, expected
    assert "ДУБЛИКАТ" not in text
    assert len(page_texts(data)) == 1
    assert embedded_font_files(data) >= 2


def test_card_payment_leaving_debt() -> None:
    doc = replace(sample_receipt(), method=PaymentMethod.CARD, balance_after=Decimal("250.10"))
    text = all_text(render_receipt(doc))
    assert "банковской картой" in text
    assert "задолженность 250,10 ₽" in text


def test_reprinted_receipt_is_marked_duplicate() -> None:
    assert "ДУБЛИКАТ" in all_text(render_receipt(sample_receipt(duplicate=True)))
