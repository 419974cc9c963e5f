"""Batch printing from the payments tab and the command line: pages, cancel, the print log."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, text
from sqlalchemy.orm import Session, sessionmaker

from console.cli import main
from console.payments import batch_dialog
from console.payments.batch_dialog import BatchPrintDialog
from console.payments.history_tab import PaymentsTab
from console.printing.batch import BatchResult
from console.services import documents
from console.tasks import ErrorKind, TaskError, TaskRunner
from tests.pause import pause
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import all_text, page_texts

PERIOD = date(2026, 10, 1)


@pytest.fixture
def agent(operator: OperatorSessions) -> sessionmaker[Session]:
    return operator("billing_agent")


@pytest.fixture
def runner(agent: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(agent)
    yield runner
    runner.wait_for_done(60_000)


@pytest.fixture
def waits_for_the_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch, once its first chunk is reported, waits (up to a minute) until the
    operator's cancel reaches it, as when the operator is quicker than the renderers.

    Without the wait the test raced the renderers: on a loaded machine the GUI thread
    handled the first progress report only after the last chunk, the batch finished,
    and the cancel came too late (CI's year-ahead run lost that race once).
    """
    real = documents.print_region_bills

    def paused(
        *args: Any, progress: Callable[[int], None], cancelled: Callable[[], bool], **kw: Any
    ) -> BatchResult:
        def report(done: int) -> None:
            progress(done)
            deadline = time.monotonic() + 60
            while not cancelled() and time.monotonic() < deadline:
                pause(0.01)

        return real(*args, progress=report, cancelled=cancelled, **kw)

    monkeypatch.setattr(batch_dialog, "print_region_bills", paused)


def _numbers(session: Session, region: str) -> list[str]:
    return list(
        session.execute(
            text(
                "SELECT a.number FROM bill b JOIN account a ON a.id = b.account_id"
                " JOIN region r ON r.id = a.region_id WHERE r.code = :region"
                " AND b.billing_period = :period AND b.corrects_bill_id IS NULL ORDER BY a.number"
            ),
            {"region": region, "period": PERIOD},
        ).scalars()
    )


def _printed(session: Session) -> int:
    session.rollback()  # a fresh snapshot
    return int(
        session.execute(
            text("SELECT count(*) FROM document_print WHERE kind = 'bill'")
        ).scalar_one()
    )


def _dialog(qtbot: QtBot, runner: TaskRunner, **options: int) -> BatchPrintDialog:
    tab = PaymentsTab(runner)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.batch_opened, timeout=5_000) as opened:
        tab.batch_button.click()
    from_tab: BatchPrintDialog = opened.args[0]
    assert from_tab.isVisible()
    from_tab.reject()  # reachable from the tab; the tests drive one with small chunks
    dialog = BatchPrintDialog(runner, **options)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10_000)
    return dialog


def test_the_dialog_prints_every_bill_of_a_region_into_one_pdf_and_logs_the_prints(
    qtbot: QtBot, runner: TaskRunner, session: Session, tmp_path: Path, db_url: URL
) -> None:
    numbers = _numbers(session, "KER")
    assert len(numbers) > 10
    dialog = _dialog(qtbot, runner, workers=2, chunk_size=8)
    assert dialog.period() == PERIOD  # the newest billing period by default
    dialog.set_region("KER")
    out = tmp_path / "out" / "ker"  # no suffix: the dialog adds «.pdf»
    dialog.output_edit.setText(str(out))
    progress: list[int] = []
    dialog.progressed.connect(progress.append)
    with qtbot.waitSignal(dialog.batch_done, timeout=120_000) as done:
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled()  # no second batch meanwhile
    result: BatchResult = done.args[0]
    written = out.with_suffix(".pdf")
    assert result.bills == len(numbers)
    assert result.files == (written,)
    pages = page_texts(written.read_bytes())
    assert len(PdfReader(written).pages) == result.pages == len(pages) >= len(numbers)
    assert all(any(number in page for page in pages) for number in numbers)
    assert "ДУБЛИКАТ" not in "".join(pages)
    assert progress == sorted(progress)
    assert progress[-1] == len(numbers)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == len(numbers)
    assert str(len(numbers)) in dialog.status.text()
    assert not list(written.parent.glob(".*.part"))
    assert _printed(session) == len(numbers)

    # A later single reprint of one of them is a duplicate.
    url = db_url.render_as_string(hide_password=False)
    again = tmp_path / "again.pdf"
    args = ["print-bill", numbers[0], "2026-10", "-o", str(again), "--region", "KER"]
    assert main([*args, "--url", url]) == 0
    assert "ДУБЛИКАТ" in all_text(again.read_bytes())


@pytest.mark.usefixtures("waits_for_the_cancel")
def test_cancel_stops_the_batch_and_leaves_the_old_file_alone(
    qtbot: QtBot, runner: TaskRunner, session: Session, tmp_path: Path
) -> None:
    total = len(_numbers(session, "PKM"))
    dialog = _dialog(qtbot, runner, workers=1, chunk_size=2)
    dialog.set_region("PKM")
    dialog.set_period(PERIOD)
    out = tmp_path / "pkm.pdf"
    out.write_bytes(b"yesterday's batch")
    dialog.output_edit.setText(str(out))
    dialog.progressed.connect(lambda done: dialog.cancel())
    with qtbot.waitSignal(dialog.batch_stopped, timeout=120_000) as stopped:
        dialog.start_button.click()
    error: TaskError = stopped.args[0]
    assert error.kind is ErrorKind.CANCELLED
    assert 0 < dialog.progress_bar.value() < total
    assert out.read_bytes() == b"yesterday's batch"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkm.pdf"]
    assert "pkm.pdf" in dialog.status.text()
    assert dialog.start_button.isEnabled()  # ready for another go
    assert _printed(session) == 0  # nothing was handed out


@pytest.mark.usefixtures("waits_for_the_cancel")
def test_cancelling_a_per_account_batch_keeps_whole_files_and_logs_only_those(
    qtbot: QtBot, runner: TaskRunner, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, runner, workers=1, chunk_size=2)
    dialog.set_region("SIM")
    dialog.per_account_radio.setChecked(True)
    folder = tmp_path / "sim"
    dialog.output_edit.setText(str(folder))
    dialog.progressed.connect(lambda done: dialog.cancel())
    with qtbot.waitSignal(dialog.batch_stopped, timeout=120_000):
        dialog.start_button.click()
    files = sorted(folder.iterdir())
    assert files
    assert all(f.suffix == ".pdf" and not f.name.startswith(".") for f in files)
    assert all(len(PdfReader(f).pages) >= 1 for f in files)
    assert len(files) < len(_numbers(session, "SIM"))
    assert _printed(session) == len(files)


def test_the_output_is_required_next_to_its_field(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, runner)
    dialog.show()
    dialog.start_button.click()
    assert dialog.output_error.isVisible()
    assert dialog.output_error.text()
    assert not dialog.running


def test_print_bills_logs_each_print_so_reprints_are_duplicates(
    db_url: URL, session: Session, tmp_path: Path
) -> None:
    numbers = _numbers(session, "EVP")
    url = db_url.render_as_string(hide_password=False)
    args = ["print-bills", "--region", "EVP", "--period", "2026-10", "--workers", "2"]
    folder = tmp_path / "evp"
    assert main([*args, "--out", str(folder), "--url", url]) == 0
    assert _printed(session) == len(numbers)
    first = folder / f"{numbers[0]}_2026-10.pdf"
    assert "ДУБЛИКАТ" not in all_text(first.read_bytes())
    one = tmp_path / "one.pdf"
    assert main(["print-bill", numbers[0], "2026-10", "-o", str(one), "--url", url]) == 0
    assert "ДУБЛИКАТ" in all_text(one.read_bytes())
    # A second batch prints copies: each page says so.
    single = tmp_path / "evp.pdf"
    assert main([*args, "--out", str(single), "--single-file", "--url", url]) == 0
    assert all("ДУБЛИКАТ" in page for page in page_texts(single.read_bytes()))
    assert _printed(session) == 2 * len(numbers) + 1
