"""The window as an operator sees it: tabs by role, idle lock, lost connection banner."""

from __future__ import annotations

import pytest

from console.database.connection import open_operator, verify_password
from console.login.connection_monitor import ConnectionBanner, ConnectionMonitor
from console.login.idle_lock import IdleLock
from console.main_window import MainWindow
from console.session import role_title
from console.settings import Settings
from console.tasks import TaskRunner
from models.database import make_engine, make_session_factory
from widgets.qt import QtCore, QtWidgets


@pytest.fixture
def settings(tmp_path):
    return Settings(QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot, pg_server, db_name, settings, make_runner):
    opened = []

    def open_as(operator):
        database = open_operator(
            pg_server.url(db_name, user=operator.login, password=operator.password)
        )
        runner = make_runner(database.sessions)
        window = MainWindow(database.info, runner, settings)
        qtbot.addWidget(window)
        window.show()
        opened.append((database, runner))
        return window, runner

    yield open_as
    for database, runner in opened:
        runner.wait_for_done()
        database.close()


def tab_names(window: MainWindow) -> set[str]:
    return {window.tabs.widget(i).objectName() for i in range(window.tabs.count())}


def test_tabs_and_status_bar_follow_the_role(open_window, make_operator) -> None:
    agent = make_operator("agent")
    admin = make_operator("admin")
    agent_window, _ = open_window(agent)
    admin_window, _ = open_window(admin)
    assert not {"operatorsTab", "auditTab"} & tab_names(agent_window)
    assert {"operatorsTab", "auditTab"} <= tab_names(admin_window)
    label = agent_window.findChild(QtWidgets.QLabel, "statusUser")
    assert agent.login in label.text()
    assert role_title("agent") in label.text()
    assert "Тестовый Оператор" in label.text()


@pytest.mark.usefixtures("password_authentication")
def test_the_idle_lock_hides_data_and_keeps_input(
    qtbot, open_window, make_operator, pg_server, db_name
) -> None:
    agent = make_operator("agent")
    window, runner = open_window(agent)
    form = QtWidgets.QLineEdit()
    form.setObjectName("someForm")
    window.tabs.addTab(form, "Form")
    window.tabs.setCurrentWidget(form)
    form.setText("half-typed payment")
    customers = window.findChild(QtWidgets.QLabel, "overview_customers")
    qtbot.waitUntil(lambda: customers.text() != "…", timeout=10_000)

    def verify(password: str):
        return verify_password(pg_server.url(db_name, user=agent.login, password=password))

    lock = IdleLock(window, runner, agent.login, verify, minutes=10, interval_ms=200)
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        pass
    overlay = window.findChild(QtWidgets.QFrame, "lockOverlay")
    assert overlay.isVisible()
    assert not customers.isVisible()
    assert not form.isVisible()
    assert not window.menuBar().isEnabled()

    overlay.password.setText("Wrong-Password-9")
    qtbot.keyClick(overlay.password, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            overlay.password.isEnabled()
            and overlay.message.text() != overlay.tr("Checking the password…")
        ),
        timeout=10_000,
    )
    assert lock.is_locked
    assert not customers.isVisible()

    overlay.password.setText(agent.password)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.keyClick(overlay.password, QtCore.Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.text() == "half-typed payment"
    assert window.menuBar().isEnabled()
    lock.stop()


def test_a_lost_connection_shows_a_banner_and_its_return(qtbot, sessions) -> None:
    dead = make_session_factory(make_engine("postgresql+psycopg://nobody:x@127.0.0.1:9/none"))
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    runner = TaskRunner(dead, parent=banner)
    monitor = ConnectionMonitor(runner, interval_ms=60_000, retry_ms=60_000, parent=banner)
    monitor.lost.connect(banner.show_lost)
    monitor.restored.connect(banner.show_restored)
    with qtbot.waitSignal(monitor.lost, timeout=15_000):
        monitor.ping()
    assert not banner.isHidden()
    lost_text = banner.label.text()
    runner.set_sessions(sessions)
    with qtbot.waitSignal(monitor.restored, timeout=15_000):
        monitor.ping()
    assert banner.label.text() != lost_text
    monitor.stop()
    runner.wait_for_done()
