"""The telephony hook: ``billing-console lookup KEY`` reaches the running console."""

from __future__ import annotations

import threading
import uuid
from unittest import mock

import pytest

from PySide6 import QtNetwork

from console import single_instance
from console.navigation import Navigator
from widgets.qt import QtWidgets


def unique_name() -> str:
    return f"billing-console-test-{uuid.uuid4().hex[:10]}"


def test_two_clients_each_get_their_lookup_through(qtbot) -> None:
    server = single_instance.InstanceServer(unique_name())
    assert server.listen()
    received: list[str] = []
    server.lookup_requested.connect(received.append)
    clients = [QtNetwork.QLocalSocket(), QtNetwork.QLocalSocket()]
    for client, key in zip(clients, ("+7 914 123-45-67", "Ёлкина"), strict=True):
        client.connectToServer(server.name)
        message = single_instance.lookup_message(key)
        # Split the request in two writes: the server must wait for the whole line.
        client.write(message[:5])
        client.flush()
        client.write(message[5:])
        client.flush()
    qtbot.waitUntil(lambda: len(received) == 2, timeout=5_000)
    assert sorted(received) == sorted(["+7 914 123-45-67", "Ёлкина"])
    qtbot.waitUntil(lambda: all(c.bytesAvailable() for c in clients), timeout=5_000)
    assert all(bytes(c.readAll().data()) == b"ok\n" for c in clients)
    server.close()


def test_a_second_console_does_not_take_the_name(qtbot) -> None:
    name = unique_name()
    first = single_instance.InstanceServer(name)
    second = single_instance.InstanceServer(name)
    assert first.listen()
    assert not second.listen()
    first.close()


def test_the_command_delivers_to_the_running_console(qtbot) -> None:
    server = single_instance.InstanceServer(unique_name())
    assert server.listen()
    received: list[str] = []
    server.lookup_requested.connect(received.append)
    result: list[bool] = []
    # The command blocks on its socket; the console's event loop answers meanwhile.
    sender = threading.Thread(
        target=lambda: result.append(
            single_instance.send_to_running(
                single_instance.lookup_message("310000001"), server.name
            )
        )
    )
    sender.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5_000)
    sender.join()
    assert result == [True]
    assert received == ["310000001"]
    server.close()


def test_nothing_running_means_not_delivered() -> None:
    assert not single_instance.send_to_running(b"{}\n", unique_name())


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_lookup_brings_the_window_forward_on_the_lookup_tab(qtbot) -> None:
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    window.navigator = Navigator(window)  # type: ignore[attr-defined]
    window.tabs = QtWidgets.QTabWidget()  # type: ignore[attr-defined]
    other, lookup_tab = QtWidgets.QWidget(), QtWidgets.QWidget()
    lookup_tab.setObjectName("lookupTab")
    window.tabs.addTab(other, "other")  # type: ignore[attr-defined]
    window.tabs.addTab(lookup_tab, "lookup")  # type: ignore[attr-defined]
    window.setCentralWidget(window.tabs)  # type: ignore[attr-defined]
    single_instance.request_on_start("Иванов И.И.")
    with qtbot.waitSignal(window.navigator.lookup) as signal:  # type: ignore[attr-defined]
        single_instance.attach(window)
    assert signal.args == ["Иванов И.И."]
    assert window.tabs.currentWidget() is lookup_tab  # type: ignore[attr-defined]
    assert window.isVisible()
    if single_instance._server is not None:
        single_instance._server.close()


def test_plain_start_brings_the_running_console_forward(qtbot, monkeypatch) -> None:
    """``billing-console`` started again hands over to the running console and exits."""
    from console import app as console_app
    from console import cli

    server = single_instance.InstanceServer(unique_name())
    assert server.listen()
    monkeypatch.setenv("CONSOLE_INSTANCE_NAME", server.name)
    started = mock.Mock(return_value=99)
    monkeypatch.setattr(console_app, "run_gui", started)
    shown: list[bool] = []
    server.show_requested.connect(lambda: shown.append(True))
    result: list[int] = []
    second = threading.Thread(target=lambda: result.append(cli.main([])))
    second.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5_000)
    second.join()
    assert result == [0]
    assert shown == [True]
    started.assert_not_called()
    server.close()


def test_plain_start_with_no_console_running_starts_one(monkeypatch) -> None:
    from console import app as console_app
    from console import cli

    monkeypatch.setenv("CONSOLE_INSTANCE_NAME", unique_name())
    started = mock.Mock(return_value=0)
    monkeypatch.setattr(console_app, "run_gui", started)
    assert cli.main([]) == 0
    started.assert_called_once()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_show_request_raises_the_login_dialog_before_the_login(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(single_instance, "_window", None)
    dialog = QtWidgets.QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.showMinimized()
    server = single_instance.InstanceServer(unique_name())
    server.show_requested.connect(single_instance.bring_forward)
    assert server.listen()
    client = QtNetwork.QLocalSocket()
    client.connectToServer(server.name)
    client.write(single_instance.show_message())
    client.flush()
    qtbot.waitUntil(lambda: not dialog.isMinimized(), timeout=5_000)
    assert dialog.isVisible()
    server.close()
