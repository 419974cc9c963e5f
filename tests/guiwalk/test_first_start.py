"""First start: the login dialog waits for the login, not for a password."""

from __future__ import annotations

from console.app import ConsoleApplication
from console.settings import SERVER_URL, Settings
from tests.guiwalk.keys import Keyboard
from widgets.qt import Qt, QtCore, QtWidgets


def _console(tmp_path, pg_server, db_name) -> ConsoleApplication:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "first.ini"), QtCore.QSettings.Format.IniFormat)
    )
    server = pg_server.url(db_name).set(username=None, password=None)
    settings.set(SERVER_URL, server.render_as_string(hide_password=False))
    return ConsoleApplication(QtWidgets.QApplication.instance(), settings)


def test_the_cursor_waits_in_the_login_field_when_no_login_is_known(
    qtbot, tmp_path, pg_server, db_name, russian
) -> None:
    console = _console(tmp_path, pg_server, db_name)
    console.start()
    dialog = console.login
    qtbot.waitActive(dialog)
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is not None)
    assert keys.focus() is dialog.login
    keys.type("demo_agent")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Agent-Training-2026")
    assert dialog.login.text() == "demo_agent"
    assert dialog.password.text() == "Agent-Training-2026"
    dialog.hide()
    console.runner.wait_for_done()
    console.startup.deleteLater()
    dialog.deleteLater()
