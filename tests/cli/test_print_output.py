"""``print-bill`` / ``print-bills``: the output path is checked before anything is rendered,
and a print is logged only once its file is written.

A write that fails after the check is a real one: the command runs as a process whose
file-size limit (RLIMIT_FSIZE) is smaller than a bill, so the PDF write fails with
EFBIG exactly as on a full disk.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.orm import Session

from console.commands.common import EXIT_FAILED
from tests.cli.conftest import FailingDatabases, assert_one_line, count, run_cli, text_url
from tests.printing.pdf_reading import all_text

PRINTS = "SELECT count(*) FROM billing.document_print"


def _latest_bill(session: Session) -> tuple[str, str, str]:
    """Account number, region code and period (YYYY-MM) of a bill of the newest period."""
    period: date = session.execute(text("SELECT max(billing_period) FROM bill")).scalar_one()
    number, code = session.execute(
        text(
            "SELECT a.number, r.code FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN region r ON r.id = a.region_id"
            " WHERE b.billing_period = :period AND b.corrects_bill_id IS NULL"
            " AND NOT EXISTS (SELECT FROM document_print p WHERE p.document_key = b.id::text)"
            " ORDER BY a.id LIMIT 1"
        ),
        {"period": period},
    ).one()
    session.rollback()
    return number, code, f"{period:%Y-%m}"


def _limited_run(
    argv: list[str], tmp_path: Path, max_file_bytes: int
) -> subprocess.CompletedProcess[str]:
    """``billing-console ARGV`` as a process that cannot write a file over ``max_file_bytes``."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("CONSOLE_LANG", "CONSOLE_DATABASE_URL")
    }
    environment.update(
        CONSOLE_CONFIG_DIR=str(tmp_path / "config"),
        CONSOLE_LOG_DIR=str(tmp_path / "log"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return subprocess.run(
        [sys.executable, "-m", "console.cli", *argv],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        preexec_fn=limit,
        check=False,
    )


def test_a_failed_write_is_not_logged_so_the_first_real_copy_is_no_duplicate(
    db_url: URL, session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, region, period = _latest_bill(session)
    out = tmp_path / "bills" / "bill.pdf"
    url = text_url(db_url)
    argv = ["print-bill", number, period, "-o", str(out), "--region", region, "--url", url]
    before = count(db_url, PRINTS)

    result = _limited_run(argv, tmp_path, max_file_bytes=4096)
    assert result.returncode == EXIT_FAILED, result
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("billing-console print-bill: Не удаётся записать в ")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left behind
    assert count(db_url, PRINTS) == before

    first = run_cli(capsys, *argv)
    assert first.code == 0, first
    assert "ДУБЛИКАТ" not in all_text(out.read_bytes())
    assert count(db_url, PRINTS) == before + 1
    second = run_cli(capsys, *argv)
    assert second.code == 0, second
    assert "ДУБЛИКАТ" in all_text(out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] == ["bill.pdf"]


@pytest.mark.parametrize("where", ["under_a_file", "a_folder"])
def test_print_bill_refuses_an_output_it_cannot_write_before_rendering(
    db_url: URL,
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    number, region, period = _latest_bill(session)
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("x")
    out = blocker / "bill.pdf" if where == "under_a_file" else tmp_path
    before = count(db_url, PRINTS)
    outcome = run_cli(
        capsys,
        "print-bill",
        number,
        period,
        "-o",
        str(out),
        "--region",
        region,
        "--url",
        text_url(db_url),
        "--lang",
        "en",
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="print-bill", russian=False)
    assert ("is a file, not a folder" if where == "under_a_file" else "is a folder") in line
    assert count(db_url, PRINTS) == before


def test_single_file_onto_an_existing_folder_refuses_at_once(
    db_url: URL,
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    failing: FailingDatabases,
) -> None:
    _, region, period = _latest_bill(session)
    folder = tmp_path / "bills"
    folder.mkdir()
    before = count(db_url, PRINTS)
    argv = [
        "print-bills",
        "--region",
        region,
        "--period",
        period,
        "--out",
        str(folder),
        "--single-file",
    ]
    outcome = run_cli(capsys, *argv, "--url", text_url(db_url))
    line = assert_one_line(outcome, EXIT_FAILED, command="print-bills")
    assert "это папка" in line
    assert list(folder.iterdir()) == []
    assert count(db_url, PRINTS) == before
    # Refused before even connecting: nothing was rendered.
    unreachable = run_cli(capsys, *argv, "--url", failing.server_down)
    assert unreachable.code == EXIT_FAILED
    assert unreachable.err == outcome.err


def test_a_folder_batch_refuses_a_file_in_its_place(
    db_url: URL, session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, region, period = _latest_bill(session)
    occupied = tmp_path / "bills.pdf"
    occupied.write_bytes(b"%PDF-1.4 an older batch")
    outcome = run_cli(
        capsys,
        "print-bills",
        "--region",
        region,
        "--period",
        period,
        "--out",
        str(occupied),
        "--url",
        text_url(db_url),
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="print-bills")
    assert "--single-file" in line
    assert occupied.read_bytes() == b"%PDF-1.4 an older batch"


def test_a_batch_whose_file_cannot_be_written_logs_nothing(
    db_url: URL, session: Session, tmp_path: Path
) -> None:
    _, region, period = _latest_bill(session)
    out = tmp_path / "batch" / "region.pdf"
    out.parent.mkdir()
    before = count(db_url, PRINTS)
    result = _limited_run(
        [
            "print-bills",
            "--region",
            region,
            "--period",
            period,
            "--out",
            str(out),
            "--single-file",
            "--workers",
            "1",
            "--url",
            text_url(db_url),
        ],
        tmp_path,
        max_file_bytes=16384,
    )
    assert result.returncode == EXIT_FAILED, result
    errors = [line for line in result.stderr.splitlines() if not line.startswith("[")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("billing-console print-bills: Не удаётся записать в ")
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []
    assert count(db_url, PRINTS) == before


def test_a_print_the_log_refuses_leaves_no_file(
    db_url: URL,
    db_name: str,
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pg_server: Any,
) -> None:
    """A login that may read bills but not log prints: its print is refused, not left behind."""
    number, region, period = _latest_bill(session)
    login = f"cli_reader_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'Reader-Pass-2026'")
    owner = create_engine(db_url)
    with owner.begin() as connection:
        connection.execute(text(f"GRANT USAGE ON SCHEMA billing TO {login}"))
        connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA billing TO {login}"))
    owner.dispose()
    try:
        out = tmp_path / "bill.pdf"
        url = text_url(pg_server.url(db_name, user=login, password="Reader-Pass-2026"))
        before = count(db_url, PRINTS)
        outcome = run_cli(
            capsys, "print-bill", number, period, "-o", str(out), "--region", region, "--url", url
        )
        line = assert_one_line(outcome, EXIT_FAILED, command="print-bill")
        assert f"роли {login} это не разрешено" in line
        assert not out.exists()
        assert count(db_url, PRINTS) == before
    finally:
        owner = create_engine(db_url)
        with owner.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {login} CASCADE"))
        owner.dispose()
        pg_server.execute(f"DROP ROLE {login}")
