"""Start → login dialog → main window as the operator → log out → login dialog again."""

from __future__ import annotations

from console.app import ConsoleApplication
from console.settings import SERVER_URL, Settings
from widgets.qt import QtCore, QtWidgets


def test_login_window_and_logout(qtbot, tmp_path, pg_server, db_name, make_operator) -> None:
    admin = make_operator("admin")
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    server = pg_server.url(db_name).set(username=None, password=None)
    settings.set(SERVER_URL, server.render_as_string(hide_password=False))
    app = QtWidgets.QApplication.instance()
    console = ConsoleApplication(app, settings)
    console.start()
    assert console.login.isVisible()
    assert not console.login.training.isVisible()  # a real server: no training logins
    console.login.login.setText(admin.login)
    console.login.password.setText(admin.password)
    console.login.submit()
    qtbot.waitUntil(lambda: console.session is not None, timeout=10_000)
    window = console.session.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert not console.login.isVisible()
    assert console.database.info.user == admin.login
    assert window.tabs.currentWidget().objectName() == "operatorsTab"
    logout = next(a for a in window.actions() if a.objectName() == "actionLogout")
    logout.trigger()
    assert console.session is None
    assert console.login.isVisible()
    assert console.login.password.text() == ""
    assert console.login.login.text() == admin.login
    console.runner.wait_for_done()
    console.login.hide()
    console.startup.deleteLater()
    console.login.deleteLater()
