"""Views subscribe to the writes they show: refresh once the writes settle.

``refresh_on(view, navigator, wanted, refresh)`` restarts a short single-shot timer on
each announced change that ``wanted`` accepts, so a burst of writes (a billing run, a
batch of readings) refreshes the view once. ``on_changes`` does the same but hands the
view the changes heard, for a view that reloads only the rows they name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from console.navigation import Navigator
from models.changes import Change
from widgets.qt import QtCore

SETTLE_MS = 400


def on_changes(
    view: QtCore.QObject,
    bus: QtCore.SignalInstance,
    wanted: Callable[[Change], bool],
    handle: Callable[[tuple[Change, ...]], None],
    *,
    settle_ms: int = SETTLE_MS,
) -> QtCore.QTimer:
    """Call ``handle`` with the changes ``wanted`` accepts that ``bus`` (the navigator's
    or a runner's ``changed``) carried, once they settle; the timer belongs to ``view``,
    so nothing fires once the view is gone."""
    heard_changes: list[Change] = []
    timer = QtCore.QTimer(view)
    timer.setObjectName("changeRefreshTimer")
    timer.setSingleShot(True)
    timer.setInterval(settle_ms)

    def settled() -> None:
        changes = tuple(heard_changes)
        heard_changes.clear()
        handle(changes)

    def heard(change: object) -> None:
        if isinstance(change, Change) and wanted(change):
            heard_changes.append(change)
            timer.start()

    timer.timeout.connect(settled)
    bus.connect(heard)
    view.destroyed.connect(lambda *_: _disconnect(bus, heard))
    return timer


def refresh_on(
    view: QtCore.QObject,
    navigator: Navigator,
    wanted: Callable[[Change], bool],
    refresh: Callable[[], None],
    *,
    settle_ms: int = SETTLE_MS,
) -> QtCore.QTimer:
    """Call ``refresh`` after changes that ``wanted`` accepts (see :func:`on_changes`)."""
    return on_changes(
        view, navigator.changed, wanted, lambda _changes: refresh(), settle_ms=settle_ms
    )


def _disconnect(bus: QtCore.SignalInstance, slot: Callable[[object], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the bus's owner went first
        bus.disconnect(slot)
