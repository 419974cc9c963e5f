"""The worker facility: results and errors arrive on the GUI thread as plain values."""

from __future__ import annotations

import threading

import shiboken6
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.tasks import ErrorKind, TaskRunner
from models.domain.problems import Problem, ValidationFailed


def test_result_arrives_on_the_gui_thread(qtbot, sessions: sessionmaker[Session]) -> None:
    runner = TaskRunner(sessions)
    seen: dict[str, object] = {}
    gui_thread = threading.get_ident()

    def work(session: Session, token, progress) -> int:
        seen["worker_thread"] = threading.get_ident()
        return int(session.execute(text("SELECT count(*) FROM account")).scalar_one())

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.get_ident()

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=10_000)
    assert seen["value"] == 300
    assert seen["worker_thread"] != gui_thread
    assert seen["callback_thread"] == gui_thread


def test_validation_error_comes_back_with_its_problems(qtbot, sessions) -> None:
    runner = TaskRunner(sessions)
    errors = []

    def work(session, token, progress):
        raise ValidationFailed([Problem.error("phone.format", "phone")])

    runner.submit(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].kind is ErrorKind.INVALID
    assert errors[0].problems[0].code == "phone.format"


def test_lost_connection_is_reported_as_connection(qtbot, sessions) -> None:
    runner = TaskRunner(sessions)
    errors = []

    def work(session, token, progress):
        session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))

    runner.submit(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].kind is ErrorKind.CONNECTION


def test_permission_error_is_reported_as_permission(qtbot, sessions) -> None:
    runner = TaskRunner(sessions)
    errors = []

    def work(session, token, progress):
        session.execute(text("SET ROLE pg_read_all_data"))
        session.execute(text("DELETE FROM audit_log"))

    runner.submit(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].kind is ErrorKind.PERMISSION


def test_cancelled_task_reports_cancelled(qtbot, sessions) -> None:
    runner = TaskRunner(sessions)
    errors = []
    started = threading.Event()
    release = threading.Event()

    def work(session, token, progress):
        started.set()
        release.wait(5)
        token.check()

    handle = runner.submit(work, on_error=errors.append)
    assert started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].kind is ErrorKind.CANCELLED


def test_a_result_for_a_closed_widget_is_dropped(qtbot, sessions) -> None:
    """A tab closed (its C++ object deleted) while its load ran: the answer is dropped,
    not delivered to a dead widget (which raised RuntimeError on the GUI thread)."""
    from widgets.qt import QtWidgets

    class Tile(QtWidgets.QLabel):
        def show_count(self, value: int) -> None:
            self.setText(str(value))

        def show_error(self, error: object) -> None:
            self.setText(str(error))

    runner = TaskRunner(sessions)
    release = threading.Event()
    tile = Tile()

    def work(session: Session, token, progress) -> int:
        release.wait(10)
        return 1

    handle = runner.submit(work, tile.show_count, tile.show_error)
    tile.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(tile), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=10_000)  # no RuntimeError on the way


def _body_over(view: object, release: threading.Event):
    """A task body that, like a tab's, closes over a Qt object."""

    def work(session: Session, token, progress) -> int:
        release.wait(10)
        return 1 if view is not None else 0

    return work


def _destroyed_on(owned: object) -> list[threading.Thread]:
    from widgets.qt import Qt, QtCore

    assert isinstance(owned, QtCore.QObject)
    threads: list[threading.Thread] = []
    owned.destroyed.connect(
        lambda: threads.append(threading.current_thread()),
        Qt.ConnectionType.DirectConnection,
    )
    return threads


def test_a_view_only_a_task_kept_alive_is_destroyed_on_the_gui_thread(qtbot, sessions) -> None:
    """The task's body held the last reference to a Qt object Python owns: it is let go
    on the GUI thread. Destroyed on the worker, a widget crashed the whole console."""
    from widgets.qt import QtCore

    runner = TaskRunner(sessions)
    release = threading.Event()
    owned = QtCore.QObject()
    threads = _destroyed_on(owned)
    handle = runner.submit(_body_over(owned, release))
    del owned
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=10_000)
    qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    assert threads == [threading.main_thread()]


def test_a_failed_task_lets_go_of_its_view_on_the_gui_thread(qtbot, sessions) -> None:
    """The same when the body raised: its traceback, which holds the body's frames, is
    gone before the failure is reported."""
    from widgets.qt import QtCore

    runner = TaskRunner(sessions)
    owned = QtCore.QObject()
    threads = _destroyed_on(owned)

    def failing(view: object):
        def work(session: Session, token, progress) -> int:
            assert view is not None
            raise ValidationFailed((Problem.error("x"),))

        return work

    errors: list[object] = []
    runner.submit(failing(owned), on_error=errors.append)
    del owned
    qtbot.waitUntil(lambda: bool(errors) and bool(threads), timeout=10_000)
    assert threads == [threading.main_thread()]


def test_cycles_are_collected_on_the_gui_thread_only(qtbot) -> None:
    """Automatic collection is off once the console's collector runs; its timer, on the
    GUI thread, collects what is due."""
    import gc

    from console import garbage

    garbage.collect_on_gui_thread()
    assert not gc.isenabled()
    gc.collect()
    for _ in range(gc.get_threshold()[0] + 100):
        cycle: list[object] = []
        cycle.append(cycle)
    assert gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5_000)
