"""Hears what every console writes: LISTEN on the database's change channel.

A daemon thread holds its own connection (never the GUI thread, never a task runner's
session), waits for ``billing_change`` notifications and re-emits each as a
:class:`models.changes.Change` on the GUI thread (Qt queues a signal emitted from
another thread). A lost connection is retried every few seconds; once it is back a
``bulk`` change of table ``*`` tells every view to refresh, since notifications sent
meanwhile were missed.
"""

from __future__ import annotations

import logging
import threading

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from models.changes import Change, listen, parse_change
from widgets.qt import QtCore, Signal

_log = logging.getLogger(__name__)

RETRY_SECONDS = 3.0
POLL_SECONDS = 1.0
"""How often the thread looks up from its wait to see whether it should stop."""

RESYNC = Change("*", bulk=True)
"""Announced after a reconnection: anything may have changed meanwhile."""


class ChangeListener(QtCore.QObject):
    """Emits :attr:`changed` for every write any console makes to the database."""

    changed = Signal(object)
    """A :class:`models.changes.Change`."""
    listening = Signal()
    """The connection is up and listening (again)."""

    def __init__(self, engine: Engine, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening (in the background)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and close the connection (waits a moment for the thread)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=POLL_SECONDS * 3)
            self._thread = None

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                self._listen(announce_resync=not first)
            except (psycopg.Error, SQLAlchemyError, OSError) as error:
                _log.info("change listener: %s; retrying in %s s", error, RETRY_SECONDS)
            except Exception:  # the listener must outlive any surprise; it is logged
                _log.exception("change listener failed; retrying in %s s", RETRY_SECONDS)
            first = False
            self._stop.wait(RETRY_SECONDS)

    def _listen(self, *, announce_resync: bool) -> None:
        pooled = self._engine.raw_connection()
        connection = pooled.driver_connection
        pooled.detach()  # a connection of its own, never returned to the pool
        if not isinstance(connection, psycopg.Connection):
            pooled.close()
            raise psycopg.InterfaceError("the change listener needs a psycopg connection")
        try:
            listen(connection)
            self.listening.emit()
            if announce_resync:
                self.changed.emit(RESYNC)
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=POLL_SECONDS):
                    change = parse_change(notice.payload)
                    if change is not None:
                        self.changed.emit(change)
                    if self._stop.is_set():
                        break
        finally:
            pooled.close()
