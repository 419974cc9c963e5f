"""Run model-layer work off the GUI thread and hand back plain values or a readable error.

Each task gets its own SQLAlchemy session (sessions never cross threads) and a
:class:`CancelToken`; its result or error arrives on the GUI thread through signals.
This is the only way GUI code touches the database, the network or the disk.

It is also the write path's publisher: what a task's writes committed (each write names
its :class:`~models.changes.Change`) is emitted on :attr:`TaskRunner.changed` once the
task's own callback has run, so every view showing those accounts, customers, shifts or
queues refreshes, whichever tab wrote.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import psycopg
import shiboken6
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.changes import Change, committed
from models.domain.problems import Problem, ValidationFailed
from models.operations.call import Conflict as Conflict

_log = logging.getLogger(__name__)

T = TypeVar("T")

_task_numbers = itertools.count(1)

MIN_THREADS = 8
"""Worker threads the pool keeps available at least."""


class Cancelled(Exception):
    """Raised inside a task when the operator cancelled it."""


class CancelToken:
    """Lets the GUI ask a running task to stop at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was asked for."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled


class ErrorKind(enum.Enum):
    """What went wrong, as far as the operator needs to know."""

    INVALID = "invalid"
    """The input was refused; ``problems`` say why."""
    CONFLICT = "conflict"
    """Someone else changed the same data meanwhile."""
    PERMISSION = "permission"
    """The database refused: the operator's role may not do this."""
    CONNECTION = "connection"
    """The database (or network) could not be reached; retrying may help."""
    CANCELLED = "cancelled"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True, slots=True)
class TaskError:
    """A task's failure as a value the GUI can show."""

    kind: ErrorKind
    problems: tuple[Problem, ...] = ()
    detail: str = ""


OPERATOR_REFUSALS = frozenset({"operator.disabled", "operator.password_bypassed"})
"""Why ``billing.assert_operator_active`` refuses the operator every database function:
such a refusal carries its problem, so the operator reads why instead of "not allowed"."""


def classify_error(error: BaseException) -> TaskError:
    """Turn an exception raised by model-layer code into a :class:`TaskError`."""
    if isinstance(error, ValidationFailed):
        return TaskError(ErrorKind.INVALID, error.problems)
    if isinstance(error, Cancelled):
        return TaskError(ErrorKind.CANCELLED)
    if isinstance(error, Conflict | StaleDataError):
        return TaskError(ErrorKind.CONFLICT, detail=str(error))
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, psycopg.errors.InsufficientPrivilege):
        code = original.diag.message_primary or ""
        problems = (Problem.error(code),) if code in OPERATOR_REFUSALS else ()
        return TaskError(ErrorKind.PERMISSION, problems, detail=str(original))
    if isinstance(original, psycopg.errors.SerializationFailure | psycopg.errors.LockNotAvailable):
        return TaskError(ErrorKind.CONFLICT, detail=str(original))
    if isinstance(error, OperationalError) or isinstance(original, psycopg.OperationalError):
        return TaskError(ErrorKind.CONNECTION, detail=str(original))
    if isinstance(error, ConnectionError | TimeoutError):
        return TaskError(ErrorKind.CONNECTION, detail=str(error))
    return TaskError(ErrorKind.UNEXPECTED, detail=f"{type(error).__name__}: {error}")


class _Relay(QObject):
    """Carries results from workers to the GUI thread, tagged with the task's number.

    One relay lives for the whole process and is never deleted, so a worker can never
    emit on an object the GUI thread has already destroyed.

    It also holds each task's body until the task has reported, and lets go of it on the
    GUI thread: a body is often a closure over a view, and the last reference to a Qt
    object dropped on a worker would destroy it there.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, str, float)
    committed = Signal(int, object)
    """A task's committed changes (a tuple of :class:`Change`), before it reports."""

    def __init__(self) -> None:
        super().__init__()
        self._bodies: dict[int, object] = {}
        self.finished.connect(self._release)
        self.failed.connect(self._release)

    def hold(self, task_id: int, body: object) -> None:
        """Keep a task's body alive until its report reaches the GUI thread."""
        self._bodies[task_id] = body

    @Slot(int, object)
    def _release(self, task_id: int, _report: object) -> None:
        self._bodies.pop(task_id, None)


_relays: list[_Relay] = []


def _relay() -> _Relay:
    """The process's relay, created on first use (on the GUI thread, by a TaskRunner)."""
    if not _relays:
        _relays.append(_Relay())
    return _relays[0]


Work = Callable[[Session, CancelToken, Callable[[str, float], None]], T]
"""A task body: gets its own session, a cancel token and a progress callback."""


class TaskHandle(Generic[T]):
    """A submitted task: ask it to stop, or see whether it has reported."""

    def __init__(self, task_id: int, token: CancelToken) -> None:
        self.task_id = task_id
        self.token = token
        self.done = False

    def cancel(self) -> None:
        """Ask the task to stop; it reports ``ErrorKind.CANCELLED``."""
        self.token.cancel()


class _Runnable(QRunnable, Generic[T]):
    def __init__(
        self,
        task_id: int,
        work: Work[T],
        sessions: sessionmaker[Session] | None,
        token: CancelToken,
    ) -> None:
        super().__init__()
        self._task_id = task_id
        self._work: Work[T] | None = work
        self._sessions = sessions
        self._token = token
        self._relay = _relay()

    def run(self) -> None:
        def progress(stage: str, fraction: float) -> None:
            self._relay.progress.emit(self._task_id, stage, fraction)

        # Only the relay keeps the body from here on: it lets go of it on the GUI thread.
        work, self._work = self._work, None
        signal, report = self._outcome(work, progress)
        del work
        signal.emit(self._task_id, report)

    def _outcome(
        self, work: Work[T] | None, progress: Callable[[str, float], None]
    ) -> tuple[Any, object]:
        """Run the body; the signal to report on and what to report. Every reference the
        run made (its frames, a traceback) is gone once this returns."""
        assert work is not None
        try:
            self._token.check()
            if self._sessions is None:
                result = work(None, self._token, progress)  # type: ignore[arg-type]
            else:
                with self._sessions() as session:
                    try:
                        result = work(session, self._token, progress)
                    finally:  # a task that failed late may have committed writes first
                        changes = committed(session)
                        if changes:
                            self._relay.committed.emit(self._task_id, changes)
        except BaseException as error:  # everything must reach the GUI
            failure = classify_error(error)
            if failure.kind is ErrorKind.UNEXPECTED:
                _log.error("task failed:\n%s", "".join(traceback.format_exception(error)))
            else:
                _log.info("task ended with %s: %s", failure.kind.value, failure.detail)
            return self._relay.failed, failure
        return self._relay.finished, result


def _alive(callback: Callable[..., object]) -> bool:
    """Whether a callback may still run: a method of a widget closed while its task ran
    is skipped (its C++ object is gone; touching it would raise)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


@dataclass(slots=True)
class _Pending:
    handle: TaskHandle[Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[TaskError], None] | None
    on_progress: Callable[[str, float], None] | None
    changes: tuple[Change, ...] = ()


class TaskRunner(QObject):
    """Submits work to a thread pool; results and errors come back on the GUI thread."""

    changed = Signal(object)
    """A :class:`Change` one of this runner's tasks committed (after its callback ran)."""

    def __init__(
        self,
        sessions: sessionmaker[Session] | None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._pool = pool or QThreadPool.globalInstance()
        # Tasks mostly wait on the database or the network, not the CPU: one slow task
        # (a batch, a big report) must not hold up a lookup typed meanwhile.
        self._pool.setMaxThreadCount(max(self._pool.maxThreadCount(), MIN_THREADS))
        self._pending: dict[int, _Pending] = {}
        relay = _relay()
        relay.finished.connect(self._finished)
        relay.failed.connect(self._failed)
        relay.progress.connect(self._progress)
        relay.committed.connect(self._committed)

    def set_sessions(self, sessions: sessionmaker[Session] | None) -> None:
        """Use another database (after a login or reconnect)."""
        self._sessions = sessions

    def submit(
        self,
        work: Work[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TaskError], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
        *,
        needs_database: bool = True,
    ) -> TaskHandle[T]:
        """Run ``work`` on the pool; call ``on_done``/``on_error`` on the GUI thread."""
        task_id = next(_task_numbers)
        handle: TaskHandle[T] = TaskHandle(task_id, CancelToken())
        self._pending[task_id] = _Pending(handle, on_done, on_error, on_progress)
        sessions = self._sessions if needs_database else None
        if needs_database and sessions is None:
            error = TaskError(ErrorKind.CONNECTION, detail="not connected")
            _relay().failed.emit(task_id, error)
            return handle
        _relay().hold(task_id, work)
        self._pool.start(_Runnable(task_id, work, sessions, handle.token))
        return handle

    @Slot(int, object)
    def _finished(self, task_id: int, result: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return  # another runner's task
        pending.handle.done = True
        try:
            if pending.on_done is not None and _alive(pending.on_done):
                pending.on_done(result)
        finally:
            self._publish(pending.changes)

    @Slot(int, object)
    def _failed(self, task_id: int, error: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        pending.handle.done = True
        try:
            if pending.on_error is not None and _alive(pending.on_error):
                assert isinstance(error, TaskError)
                pending.on_error(error)
        finally:
            self._publish(pending.changes)

    @Slot(int, object)
    def _committed(self, task_id: int, changes: object) -> None:
        pending = self._pending.get(task_id)
        if pending is not None and isinstance(changes, tuple):
            pending.changes += changes

    def _publish(self, changes: tuple[Change, ...]) -> None:
        for change in changes:
            self.changed.emit(change)

    @Slot(int, str, float)
    def _progress(self, task_id: int, stage: str, fraction: float) -> None:
        pending = self._pending.get(task_id)
        if pending is not None and pending.on_progress is not None:
            pending.on_progress(stage, fraction)

    @property
    def running(self) -> int:
        """How many submitted tasks have not reported yet."""
        return len(self._pending)

    @Slot()
    def cancel_all(self) -> None:
        """Ask every running task to stop (on quit)."""
        for pending in list(self._pending.values()):
            pending.handle.cancel()

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Wait for the pool to drain (on quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
