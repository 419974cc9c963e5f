"""Views subscribe to the writes they show: refresh once the writes settle.

``refresh_on(view, navigator, wanted, refresh)`` restarts a short single-shot timer on
each announced change that ``wanted`` accepts, so a burst of writes (a billing run, a
batch of readings) refreshes the view once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from console.navigation import Navigator
from models.changes import Change
from widgets.qt import QtCore

SETTLE_MS = 400


def refresh_on(
    view: QtCore.QObject,
    navigator: Navigator,
    wanted: Callable[[Change], bool],
    refresh: Callable[[], None],
    *,
    settle_ms: int = SETTLE_MS,
) -> QtCore.QTimer:
    """Call ``refresh`` after changes that ``wanted`` accepts; the timer belongs to
    ``view``, so nothing fires once the view is gone."""
    timer = QtCore.QTimer(view)
    timer.setObjectName("changeRefreshTimer")
    timer.setSingleShot(True)
    timer.setInterval(settle_ms)
    timer.timeout.connect(refresh)

    def heard(change: object) -> None:
        if isinstance(change, Change) and wanted(change):
            timer.start()

    navigator.changed.connect(heard)
    view.destroyed.connect(lambda *_: _disconnect(navigator, heard))
    return timer


def _disconnect(navigator: Navigator, slot: Callable[[object], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the navigator went first
        navigator.changed.disconnect(slot)
