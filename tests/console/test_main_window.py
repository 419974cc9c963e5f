"""The main window opens against a real database and says where it is connected."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from console.database.connection import _describe
from console.main_window import MainWindow
from console.settings import Settings
from console.tasks import TaskRunner
from widgets.qt import QtCore, QtWidgets


def test_main_window_shows_database_and_overview(
    qtbot, tmp_path, engine: Engine, sessions: sessionmaker[Session]
) -> None:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    info = _describe(engine, embedded=True, server=None)
    runner = TaskRunner(sessions)
    window = MainWindow(info, runner, settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(QtWidgets.QLabel, "statusDatabase")
    assert status is not None
    assert "PostgreSQL" in status.text()
    accounts = window.findChild(QtWidgets.QLabel, "overview_accounts")
    qtbot.waitUntil(lambda: accounts.text().startswith("300"), timeout=10_000)
    assert window.windowTitle()
    runner.wait_for_done()
