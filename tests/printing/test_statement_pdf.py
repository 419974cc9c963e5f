"""The account statement: every charge and payment, balances, pages numbered."""

from __future__ import annotations

from console.printing.samples import sample_statement
from console.printing.statement import render_statement
from tests.printing.pdf_reading import all_text, embedded_font_files, page_texts


def test_statement_lists_rows_and_balances() -> None:
    doc = sample_statement(months=3)
    data = render_statement(doc)
    text = all_text(data)
    for expected in (
        "Выписка по лицевому счёту",
        "410012345678",
        "с 01.04.2024 по 08.06.2024",
        "Сальдо на 01.04.2024:",
        "задолженность 1 234,56 ₽",
        "01.05.2024",
        "Оплата, квитанция К-000102",
        "1 537,48",
        "Итого за период",
        "Лист 1 из 1",
    ):
        assert expected in text, expected
    assert "ДУБЛИКАТ" not in text
    assert embedded_font_files(data) >= 2


def test_long_statement_runs_onto_numbered_pages() -> None:
    doc = sample_statement(months=40)
    pages = page_texts(render_statement(doc))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Лист {number} из {len(pages)}" in text
        assert "Документ" in text  # the table header repeats
    assert "Итого за период" in pages[-1]
    assert doc.rows[-1].document in pages[-1]


def test_duplicate_statement_is_marked_on_every_page() -> None:
    pages = page_texts(render_statement(sample_statement(months=30, duplicate=True)))
    assert len(pages) >= 2
    assert all("ДУБЛИКАТ" in text for text in pages)
