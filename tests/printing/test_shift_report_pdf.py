"""The cashier's end-of-shift report."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from console.printing.samples import sample_shift_report
from console.printing.shift_report import render_shift_report
from tests.printing.pdf_reading import all_text, page_texts


def test_shift_report_lists_payments_totals_and_reconciliation() -> None:
    doc = sample_shift_report()
    text = all_text(render_shift_report(doc))
    for expected in (
        "Отчёт о закрытии кассовой",
        "Смена № 118",
        "Петрова О. Н.",
        "05.04.2025 09:00",
        "05.04.2025 18:03",
        "2 000,00 ₽",  # opening float
        "К-000724",
        "сторнирован",
        "Наличными",
        "Банковской картой",
        "Сторнировано",
        "недостача 0,50 ₽",
    ):
        assert expected in text, expected
    assert "ДУБЛИКАТ" not in text


def test_balanced_cash_reports_no_difference() -> None:
    doc = sample_shift_report()
    doc = replace(doc, counted_cash=doc.expected_cash, difference=Decimal(0))
    assert "расхождений нет" in all_text(render_shift_report(doc))


def test_busy_shift_runs_onto_more_pages_and_duplicate_is_marked() -> None:
    pages = page_texts(render_shift_report(sample_shift_report(payments=90, duplicate=True)))
    assert len(pages) >= 2
    assert "Сверка наличных" in pages[-1]
    assert all("ДУБЛИКАТ" in text for text in pages)
