"""The billing run in the console: a supervisor's menu action (Ctrl+Shift+B) opens a
dialog that runs it in a worker with progress and Cancel; a re-run completes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from console.billing_run.dialog import BillingRunDialog
from console.database.connection import DatabaseInfo
from console.main_window import MainWindow
from console.services.billing_run import RunSummary, default_period
from console.settings import Settings
from console.tasks import ErrorKind, TaskError, TaskRunner
from tests.billing_run.conftest import account_in_region, month, monthly
from tests.readings.conftest import MeterFactory, OperatorFactory
from widgets.qt import QtCore, QtGui

SCREENSHOT = Path("/tmp/estimation/billing_run_dialog.png")


@pytest.fixture
def supervisor(operator: OperatorFactory) -> tuple[str, sessionmaker[Session]]:
    return operator("billing_supervisor")


@pytest.fixture
def runner(supervisor: tuple[str, sessionmaker[Session]]) -> Iterator[TaskRunner]:
    runner = TaskRunner(supervisor[1])
    yield runner
    runner.wait_for_done(60_000)


def _window(qtbot: QtBot, tmp_path: Path, runner: TaskRunner, login: str, role: str) -> MainWindow:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    info = DatabaseInfo(True, "PostgreSQL", "localhost", None, "billing", login, role)
    window = MainWindow(info, runner, settings)
    qtbot.addWidget(window)
    return window


def _bills(session: Session, period: date) -> int:
    session.rollback()
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM bill b JOIN account a ON a.id = b.account_id"
                " WHERE a.region_id = 90 AND b.billing_period = :p"
            ),
            {"p": period},
        ).scalar_one()
    )


def test_only_a_supervisor_has_the_action(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, supervisor: tuple[str, object]
) -> None:
    window = _window(qtbot, tmp_path, runner, supervisor[0], "agent")
    assert window.billing_run_action is None
    window = _window(qtbot, tmp_path, runner, supervisor[0], "supervisor")
    assert window.billing_run_action is not None
    assert window.billing_run_action.shortcut() == QtGui.QKeySequence("Ctrl+Shift+B")
    runner.wait_for_done(10_000)


def test_the_dialog_runs_cancels_between_batches_and_a_rerun_completes(
    qtbot: QtBot,
    tmp_path: Path,
    runner: TaskRunner,
    supervisor: tuple[str, sessionmaker[Session]],
    engine: Engine,
    region: int,
    period: date,
    today: date,
    make_meter: MeterFactory,
    session: Session,
    russian: object,
) -> None:
    """5 accounts, a batch each, in the console's default language (Russian). The test holds the second account's meter locked, so
    the worker waits in batch 2 while Cancel is pressed after batch 1 (the GUI stays
    responsive meanwhile); batch 2 completes, the run stops: 2 bills. Start again: the
    other 3 are formed and the first 2 skipped."""
    history = monthly(period, {k: {"T1": str(100 * (k + 8))} for k in range(-7, 0)})
    meters = [
        make_meter(account_in_region(engine), installed_on=month(period, -8), history=history)
        for _ in range(5)
    ]
    window = _window(qtbot, tmp_path, runner, supervisor[0], "supervisor")
    window.show()
    with qtbot.waitSignal(window.billing_run_opened, timeout=5_000) as opened:
        assert window.billing_run_action is not None
        window.billing_run_action.trigger()
    from_menu: BillingRunDialog = opened.args[0]
    assert from_menu.period() == default_period(today)  # the business period
    from_menu.reject()
    dialog = BillingRunDialog(runner, batch_size=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10_000)
    dialog.set_region("TST")
    dialog.set_period(period)

    blocker = engine.connect()
    lock = blocker.begin()
    blocker.execute(text("SELECT id FROM meter WHERE id = :m FOR UPDATE"), {"m": meters[1]})
    progress: list[int] = []

    def first_batch(step: object) -> None:
        progress.append(step.done)  # type: ignore[attr-defined]
        if len(progress) == 1:
            dialog.cancel_button.click()  # Cancel: after the current batch
            assert not dialog.cancel_button.isEnabled()
            lock.rollback()  # let batch 2 finish

    dialog.progressed.connect(first_batch)
    with qtbot.waitSignal(dialog.run_stopped, timeout=30_000) as stopped:
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled()
    blocker.close()
    error: TaskError = stopped.args[0]
    assert error.kind is ErrorKind.CANCELLED
    assert _bills(session, period) == 2
    assert progress == [1, 2]
    assert dialog.status.text().startswith("Остановлено: сформированные счета (2) сохранены")
    assert dialog.start_button.isEnabled()

    with qtbot.waitSignal(dialog.run_done, timeout=30_000) as done:
        dialog.start_button.click()
    summary: RunSummary = done.args[0]
    assert (summary.formed, summary.already_billed, summary.by_average) == (3, 2, 3)
    assert _bills(session, period) == 5
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.status.text().startswith("Готово. Сформировано счетов: 3 на 1\u00a0461,00 ₽")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOT))
