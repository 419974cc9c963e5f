"""The whole main window as a real operator of each group sees it (issue 14's walk).

Operators are created as the console creates them (``billing.create_operator``), log in
over TCP with their password, and the window is the one the console shows after login.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from console.database.connection import _describe
from console.main_window import MainWindow
from console.settings import Settings
from console.tasks import TaskRunner
from models.database import make_engine, make_session_factory
from tests.conftest import PgServer
from widgets.qt import QtCore, QtWidgets

PASSWORD = "Walk-Passw0rd-1"
WINDOW_SIZE = QtCore.QSize(1280, 800)
"""The main window's size on first start."""
FULL_NAMES = {
    "agent": "Агентова Анна Павловна",
    "cashier": "Кассирова Ирина Петровна",
    "supervisor": "Старшова Ольга Игоревна",
    "admin": "Админов Пётр Сергеевич",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Operators on the Russian layout press Cyrillic keys; QTest has no text for them."""
    for item in items:
        if "guiwalk" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore("keyToAscii Unhandled key code"))


@pytest.fixture(autouse=True)
def no_stuck_message_box(qapp) -> Iterator[None]:
    """A blocking message box nobody expected (``exec()``) fails the test instead of hanging it."""
    stuck: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        box = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(box, QtWidgets.QMessageBox):
            seen.clear()
            return
        seen[id(box)] = seen.get(id(box), 0) + 1
        if seen[id(box)] > 20:  # ten seconds
            stuck.append(box.text())
            box.reject()

    timer = QtCore.QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert stuck == [], f"a message box blocked the window: {stuck}"


@dataclass
class Console:
    """A logged-in operator's main window and what the test needs beside it."""

    window: MainWindow
    runner: TaskRunner
    sessions: sessionmaker[Session]
    login: str
    full_name: str
    role: str


@pytest.fixture
def console(
    qtbot, tmp_path, pg_server: PgServer, db_name: str
) -> Iterator[Callable[[str], Console]]:
    """``console("cashier")`` → the main window of a new cashier, shown."""
    made: list[tuple[str, Engine, TaskRunner, MainWindow]] = []

    def make(role: str) -> Console:
        login = f"w_{role[:4]}_{uuid.uuid4().hex[:8]}"
        owner = create_engine(pg_server.url(db_name))
        with owner.begin() as connection:
            connection.execute(
                text("SELECT billing.create_operator(:login, :name, :group, :password)"),
                {"login": login, "name": FULL_NAMES[role], "group": role, "password": PASSWORD},
            )
        owner.dispose()
        engine = make_engine(pg_server.url(db_name, user=login, password=PASSWORD))
        sessions = make_session_factory(engine)
        runner = TaskRunner(sessions)
        settings = Settings(
            QtCore.QSettings(str(tmp_path / f"{login}.ini"), QtCore.QSettings.Format.IniFormat)
        )
        window = MainWindow(_describe(engine, embedded=True, server=None), runner, settings)
        qtbot.addWidget(window)
        window.resize(WINDOW_SIZE)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is not None)
        made.append((login, engine, runner, window))
        return Console(window, runner, sessions, login, FULL_NAMES[role], role)

    yield make
    for login, engine, runner, window in made:
        window.close()
        runner.cancel_all()
        runner.wait_for_done()
        engine.dispose()
        pg_server.execute(f'DROP OWNED BY "{login}" CASCADE; DROP ROLE IF EXISTS "{login}"')


def sql_one(engine_url, sql: str, **params: object):  # pragma: no cover - helper
    """The first row of ``sql`` as the superuser."""
    engine = create_engine(engine_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql), params).first()
    finally:
        engine.dispose()
