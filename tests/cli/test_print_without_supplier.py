"""``print-bill`` and ``print-bills`` on a database where nobody entered the supplier's
details: nothing is written nor logged, and one line says why in the operator's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, text
from sqlalchemy.orm import Session

from tests.cli.conftest import assert_one_line, run_cli, text_url


@pytest.fixture
def bill(engine: Engine, session: Session) -> tuple[str, str, str, str]:
    """A bill's account number, period, region code and name, with the details removed."""
    with engine.begin() as connection:  # a real server's state, as the superuser
        connection.execute(text("DELETE FROM supplier_details"))
    row = session.execute(
        text(
            "SELECT a.number, to_char(b.billing_period, 'YYYY-MM'), r.code, r.name FROM bill b"
            " JOIN account a ON a.id = b.account_id JOIN region r ON r.id = a.region_id"
            " WHERE b.corrects_bill_id IS NULL ORDER BY b.billing_period DESC, b.id LIMIT 1"
        )
    ).one()
    return str(row[0]), str(row[1]), str(row[2]), str(row[3])


def _printed(session: Session) -> int:
    session.rollback()
    return int(session.execute(text("SELECT count(*) FROM document_print")).scalar_one())


def test_print_bill_refuses_in_russian_and_logs_nothing(
    bill: tuple[str, str, str, str],
    db_url: URL,
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number, period, code, name = bill
    before = _printed(session)
    out = tmp_path / "bill.pdf"
    outcome = run_cli(
        capsys,
        "print-bill",
        number,
        period,
        "-o",
        str(out),
        "--region",
        code,
        "--url",
        text_url(db_url),
    )
    line = assert_one_line(outcome, 1, command="print-bill")
    assert f"Реквизиты поставщика для «{name}» не заполнены" in line
    assert "администратор вносит их на вкладке «Настройки»" in line
    assert not out.exists()
    assert _printed(session) == before


@pytest.mark.parametrize("single_file", [True, False])
def test_print_bills_refuses_before_writing_anything(
    bill: tuple[str, str, str, str],
    db_url: URL,
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    single_file: bool,
) -> None:
    _number, period, code, name = bill
    before = _printed(session)
    out = tmp_path / ("bills.pdf" if single_file else "bills")
    argv = ["print-bills", "--region", code, "--period", period, "--out", str(out)]
    argv += ["--single-file"] if single_file else []
    outcome = run_cli(capsys, *argv, "--workers", "1", "--url", text_url(db_url))
    line = assert_one_line(outcome, 1, command="print-bills")
    assert f"«{name}»" in line
    assert not out.exists() or not any(out.iterdir())
    assert _printed(session) == before
    english = run_cli(capsys, *argv, "--lang", "en", "--url", text_url(db_url))
    assert english.code == 1
    assert english.err.count("\n") == 1
    assert f"The supplier's details for {name} are not filled in" in english.err
