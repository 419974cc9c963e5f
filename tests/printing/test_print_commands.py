"""``billing-console print-bill`` and ``print-bills`` against the demo database."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import URL, text
from sqlalchemy.orm import Session

from console.cli import main
from tests.printing.pdf_reading import all_text, page_texts


def _url(db_url: URL) -> str:
    return db_url.render_as_string(hide_password=False)


def test_print_bill_writes_the_bill_of_a_demo_account(
    db_url: URL, session: Session, tmp_path: Path
) -> None:
    number, code = session.execute(
        text(
            "SELECT a.number, r.code FROM account a JOIN region r ON r.id = a.region_id"
            " JOIN bill b ON b.account_id = a.id WHERE b.billing_period = '2026-10-01'"
            " ORDER BY a.id LIMIT 1"
        )
    ).one()
    out = tmp_path / "bill.pdf"
    assert (
        main(
            [
                "print-bill",
                number,
                "2026-10",
                "-o",
                str(out),
                "--region",
                code,
                "--url",
                _url(db_url),
            ]
        )
        == 0
    )
    first = all_text(out.read_bytes())
    assert number in first
    assert "октябрь 2026 г." in first
    assert "ДУБЛИКАТ" not in first
    assert main(["print-bill", number, "2026-10", "-o", str(out), "--url", _url(db_url)]) == 0
    assert "ДУБЛИКАТ" in all_text(out.read_bytes())
    assert main(["print-bill", number, "1999-01", "-o", str(out), "--url", _url(db_url)]) == 1


def test_print_bills_of_a_region_into_one_file_and_a_file_each(
    db_url: URL, session: Session, tmp_path: Path
) -> None:
    numbers = (
        session.execute(
            text(
                "SELECT a.number FROM account a JOIN region r ON r.id = a.region_id"
                " JOIN bill b ON b.account_id = a.id"
                " WHERE r.code = 'KER' AND b.billing_period = '2026-10-01' ORDER BY a.number"
            )
        )
        .scalars()
        .all()
    )
    assert numbers
    single = tmp_path / "ker.pdf"
    args = ["print-bills", "--region", "KER", "--period", "2026-10", "--workers", "2"]
    assert main([*args, "--out", str(single), "--single-file", "--url", _url(db_url)]) == 0
    pages = page_texts(single.read_bytes())
    assert len(pages) == len(PdfReader(single).pages) >= len(numbers)
    assert all(any(n in page for page in pages) for n in numbers)
    folder = tmp_path / "ker"
    assert main([*args, "--out", str(folder), "--url", _url(db_url)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [f"{n}_2026-10.pdf" for n in numbers]
