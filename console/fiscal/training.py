"""The training database's cash register: the emulator, started with the embedded database.

The demo works without hardware: the training desk «Касса 1» points at the emulator on
127.0.0.1:16732 (migration 0190). When that port is taken (another console on this PC),
the emulator listens on a free port and the training database's desks that point at
this PC follow it. Its state (shift, documents, tasks by uuid) is kept in a file next to
the embedded database, so a restart neither loses nor repeats a cheque.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from sqlalchemy import Connection

from console.fiscal.emulator import RegisterEmulator
from models.demo.register import TRAINING_INN, give_demo_cashiers_inns, point_training_desks

_log = logging.getLogger(__name__)

TRAINING_PORT = 16732
__all__ = ["TRAINING_INN", "TRAINING_PORT", "start_training_register"]

_lock = threading.Lock()
_running: RegisterEmulator | None = None


def start_training_register(connection: Connection, state_dir: Path) -> RegisterEmulator:
    """Start the emulator once per process and point the training desks at it."""
    global _running
    with _lock:
        if _running is None:
            state_dir.mkdir(parents=True, exist_ok=True)
            state = state_dir / "register.json"
            try:
                _running = RegisterEmulator(TRAINING_PORT, state).start()
            except OSError:
                _running = RegisterEmulator(0, state).start()
            _log.info("training cash register emulator on %s", _running.url)
        emulator = _running
    point_training_desks(connection, emulator.url)
    give_demo_cashiers_inns(connection)
    return emulator
