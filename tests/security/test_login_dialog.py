"""The login dialog against a real server: wrong password refused, password remembered."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import URL

from console.database.connection import Database, Unavailable
from console.login import credentials as saved
from console.login.authenticate import connector
from console.login.dialog import LoginDialog
from console.login.messages import describe_login_failure
from console.settings import LAST_LOGIN, Settings
from console.tasks import TaskRunner
from tests.security.memory_keyring import MemoryKeyring
from widgets.qt import QtCore, QtWidgets


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path):
    return Settings(QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))


def server_text(pg_server, db_name) -> str:
    url: URL = pg_server.url(db_name)
    return url.set(username=None, password=None).render_as_string(hide_password=False)


def make_dialog(qtbot, pg_server, db_name, settings) -> tuple[LoginDialog, TaskRunner]:
    runner = TaskRunner(None, parent=QtWidgets.QApplication.instance())
    from console.database.connection import operator_url

    dialog = LoginDialog(
        runner, settings, connector(lambda c: operator_url(c.server, c.login, c.password))
    )
    qtbot.addWidget(dialog)
    dialog.server_choice.setCurrentIndex(1)
    dialog.server_url.setText(server_text(pg_server, db_name))
    dialog.show()
    return dialog, runner


@pytest.mark.usefixtures("password_authentication")
def test_a_wrong_password_is_refused_with_its_own_message(
    qtbot, pg_server, db_name, settings, make_operator, memory_keyring
) -> None:
    agent = make_operator("agent")
    dialog, runner = make_dialog(qtbot, pg_server, db_name, settings)
    dialog.login.setText(agent.login)
    dialog.password.setText("Not-The-Password-1")
    with qtbot.assertNotEmitted(dialog.logged_in, wait=0):
        qtbot.mouseClick(dialog.login_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                dialog.login_button.isEnabled()
                and dialog.message.text() != dialog.tr("Connecting…")
            ),
            timeout=10_000,
        )
    assert dialog.message.isVisible()
    assert dialog.message.text() == describe_login_failure(Unavailable.AUTH_FAILED)
    assert dialog.login.text() == agent.login  # what was typed stays
    assert memory_keyring.passwords == {}
    runner.wait_for_done()


def test_the_password_is_remembered_in_the_keyring(
    qtbot, pg_server, db_name, settings, make_operator, memory_keyring
) -> None:
    agent = make_operator("agent")
    dialog, runner = make_dialog(qtbot, pg_server, db_name, settings)
    qtbot.waitUntil(dialog.remember.isEnabled, timeout=5_000)
    dialog.login.setText(agent.login)
    dialog.password.setText(agent.password)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as signal:
        qtbot.keyClick(dialog.password, QtCore.Qt.Key.Key_Return)
    database, credentials = signal.args
    assert isinstance(database, Database)
    assert database.info.user == agent.login
    assert database.info.role == "agent"
    assert credentials.password == ""  # the dialog hands on no password
    database.close()
    server = server_text(pg_server, db_name)
    assert memory_keyring.passwords == {(saved.service_name(server), agent.login): agent.password}
    assert settings.get(LAST_LOGIN) == agent.login
    with open(settings.path, encoding="utf-8") as stored:
        assert agent.password not in stored.read()

    # Next start: login and password are filled in from the settings and the keyring.
    again, runner2 = make_dialog(qtbot, pg_server, db_name, settings)
    again._check_keyring()
    qtbot.waitUntil(lambda: again.password.text() == agent.password, timeout=5_000)
    assert again.login.text() == agent.login
    assert again.remember.isChecked()
    runner.wait_for_done()
    runner2.wait_for_done()


def test_without_a_secure_keyring_remembering_is_unavailable(
    qtbot, pg_server, db_name, settings
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog, runner = make_dialog(qtbot, pg_server, db_name, settings)
        qtbot.waitUntil(dialog.keyring_note.isVisible, timeout=5_000)
        assert not dialog.remember.isEnabled()
        assert dialog.remember.toolTip() == dialog.keyring_note.text() != ""
        runner.wait_for_done()
    finally:
        keyring.set_keyring(previous)


def test_training_logins_only_for_the_embedded_database(
    qtbot, pg_server, db_name, settings
) -> None:
    dialog, runner = make_dialog(qtbot, pg_server, db_name, settings)
    assert not dialog.training.isVisible()
    dialog.server_choice.setCurrentIndex(0)
    assert dialog.training.isVisible()
    button = dialog.findChild(QtWidgets.QPushButton, "loginDemo_cashier")
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.login.text() == "demo_cashier"
    assert dialog.password.text()
    runner.wait_for_done()


def test_a_password_set_outside_the_console_is_explained(
    qtbot, russian, pg_server, db_name, settings, make_operator, memory_keyring
) -> None:
    from tests.security.conftest import psycopg_connect

    agent = make_operator("agent")
    with psycopg_connect(
        pg_server.url(db_name, user=agent.login, password=agent.password), autocommit=True
    ) as connection:
        connection.execute("ALTER ROLE CURRENT_USER PASSWORD 'Self-Chosen-Passw0rd-9'")
    dialog, runner = make_dialog(qtbot, pg_server, db_name, settings)
    dialog.login.setText(agent.login)
    dialog.password.setText("Self-Chosen-Passw0rd-9")
    with qtbot.assertNotEmitted(dialog.logged_in, wait=0):
        qtbot.mouseClick(dialog.login_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                dialog.login_button.isEnabled()
                and dialog.message.text() != dialog.tr("Connecting…")
            ),
            timeout=10_000,
        )
    assert dialog.message.text() == ("Пароль изменён в обход консоли; обратитесь к администратору.")
    assert memory_keyring.passwords == {}
    runner.wait_for_done()
