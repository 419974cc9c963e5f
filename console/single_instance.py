"""One console per operator session, and the telephony hook that talks to it.

The first console of an operator session listens on a local socket whose name is
private to the user and the desktop session (from its start, before the login).
``billing-console lookup KEY`` (what a softphone runs for an incoming call) sends the
key there: the running console comes forward with that search done. When no console
runs, the command starts one and the search runs as soon as the operator has logged in.
Plain ``billing-console`` started again sends ``show``: the running console (its main
window, or the login dialog before the login) comes to the front and no second one starts.

The protocol is one JSON line per request (``{"command": "lookup", "key": "..."}`` or
``{"command": "show"}``), answered by ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable

import shiboken6

from PySide6 import QtNetwork

from widgets.qt import QtCore, QtWidgets, Signal

_log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000
"""The console answers at once; a loaded machine may take a moment to get to it."""
WAIT_STEP_MS = 20
ACKNOWLEDGEMENT = b"ok\n"
_PARTIAL = "partialRequest"


def server_name() -> str:
    """The socket name of this user's desktop session (``CONSOLE_INSTANCE_NAME`` overrides)."""
    override = os.environ.get("CONSOLE_INSTANCE_NAME")
    if override:
        return override
    session = "|".join(
        os.environ.get(name, "")
        for name in ("XDG_SESSION_ID", "DISPLAY", "WAYLAND_DISPLAY", "SESSIONNAME")
    )
    digest = hashlib.sha256(f"{getpass.getuser()}|{session}".encode()).hexdigest()[:16]
    return f"billing-console-{digest}"


def lookup_message(key: str) -> bytes:
    """The request to run a lookup for ``key``."""
    return json.dumps({"command": "lookup", "key": key}, ensure_ascii=False).encode() + b"\n"


def show_message() -> bytes:
    """The request to bring the running console to the front."""
    return json.dumps({"command": "show"}).encode() + b"\n"


def send_to_running(message: bytes, name: str | None = None) -> bool:
    """Deliver ``message`` to the running console; False when none answers."""
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(name or server_name())
    connected = _wait(
        lambda: socket.waitForConnected(WAIT_STEP_MS),
        lambda: socket.state() == QtNetwork.QLocalSocket.LocalSocketState.ConnectedState,
        CONNECT_TIMEOUT_MS,
        give_up=lambda: socket.state() == QtNetwork.QLocalSocket.LocalSocketState.UnconnectedState,
    )
    if not connected:
        return False
    socket.write(message)
    socket.flush()
    delivered = _wait(
        lambda: socket.waitForBytesWritten(WAIT_STEP_MS),
        lambda: socket.bytesToWrite() == 0,
        ANSWER_TIMEOUT_MS,
    )
    answered = delivered and _wait(
        lambda: socket.waitForReadyRead(WAIT_STEP_MS),
        lambda: socket.bytesAvailable() > 0,
        ANSWER_TIMEOUT_MS,
    )
    acknowledged = answered and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return bool(acknowledged)


def _wait(
    step: Callable[[], object],
    done: Callable[[], bool],
    timeout_ms: int,
    *,
    give_up: Callable[[], bool] | None = None,
) -> bool:
    """Run short waits until ``done`` or ``timeout_ms`` pass on the monotonic clock.

    Short steps: PySide keeps the GIL during a wait, so a console in the same process
    (tests) could not answer one long wait; and a wait may return early (a signal, or
    libfaketime's wrapped poll), so time is counted on the clock, not in steps.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while not done():
        if time.monotonic() >= deadline or (give_up is not None and give_up()):
            return done()
        step()
    return True


class InstanceServer(QtCore.QObject):
    """Listens for requests from ``billing-console lookup`` and re-emits them."""

    lookup_requested = Signal(str)
    show_requested = Signal()

    def __init__(self, name: str | None = None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QtNetwork.QLocalServer(self)
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Claim the name; False when another console of this session holds it."""
        probe = QtNetwork.QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return False
        QtNetwork.QLocalServer.removeServer(self.name)  # a socket left by a crash
        listening = bool(self._server.listen(self.name))
        if not listening:
            _log.warning(
                "single instance: cannot listen on %s: %s", self.name, self._server.errorString()
            )
        return listening

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QtNetwork.QLocalSocket):
            return
        # What arrived so far without its newline waits on the socket itself.
        pending = socket.property(_PARTIAL)
        data = (bytes(pending) if pending else b"") + bytes(socket.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            self._handle(line)
            socket.write(ACKNOWLEDGEMENT)
            socket.flush()
        socket.setProperty(_PARTIAL, QtCore.QByteArray(data))

    def _handle(self, line: bytes) -> None:
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            _log.warning("single instance: unreadable request %r", line[:200])
            return
        if not isinstance(request, dict):
            return
        if request.get("command") == "lookup":
            self.lookup_requested.emit(str(request.get("key", "")))
        elif request.get("command") == "show":
            self.show_requested.emit()


# --- the running console's side ------------------------------------------------------

_server: InstanceServer | None = None
_window: QtWidgets.QMainWindow | None = None
_pending: list[str] = []


def request_on_start(key: str) -> None:
    """Run a lookup for ``key`` as soon as a main window is attached (console started)."""
    _pending.append(key)


def claim() -> bool:
    """Listen for the session's requests (once; at the console's start): False when
    another console of this operator session already holds the socket."""
    global _server
    if _server is not None:
        return True
    app = QtCore.QCoreApplication.instance()
    _server = InstanceServer(parent=app)
    _server.lookup_requested.connect(_deliver)
    _server.show_requested.connect(bring_forward)
    return _server.listen()


def attach(window: QtWidgets.QMainWindow) -> None:
    """Route telephony lookups to ``window`` (the main window after each login).

    Claims the session's socket unless the console did at its start; later calls only
    retarget it.
    """
    global _window
    _window = window
    claim()
    while _pending:
        _deliver(_pending.pop(0))


def bring_forward() -> None:
    """Show the running console in front: the main window, or before the login whatever
    window it shows (the login dialog, the start-up progress)."""
    window = _window
    if window is not None and shiboken6.isValid(window):
        windows: list[QtWidgets.QWidget] = [window]
    else:
        windows = [
            w
            for w in QtWidgets.QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and not isinstance(w, QtWidgets.QMenu)
        ]
    for widget in windows:
        if widget.isMinimized():
            widget.showNormal()
        widget.raise_()
        widget.activateWindow()


def _deliver(key: str) -> None:
    window = _window
    if window is None or not shiboken6.isValid(window):
        _pending.append(key)
        bring_forward()
        return
    navigator = getattr(window, "navigator", None)
    tabs = getattr(window, "tabs", None)
    if isinstance(tabs, QtWidgets.QTabWidget):
        lookup_tab = tabs.findChild(QtWidgets.QWidget, "lookupTab")
        if lookup_tab is not None:
            tabs.setCurrentWidget(lookup_tab)
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if navigator is not None:
        navigator.lookup.emit(key)
