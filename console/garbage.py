"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread allocates when a threshold is
crossed, often a worker. A reference cycle holding the wrapper of a Qt object that Python
owns (a dialog, a timer, a parentless runner) then has its C++ destructor run on that
worker, which Qt forbids: CI saw the process die of a segmentation fault while two
workers were loading. So automatic collection is switched off and a timer on the GUI
thread collects whichever generations are due (Anki's desktop client does the same).

Objects are still freed by reference counting at once, on any thread; only cycles wait
for the next tick.
"""

from __future__ import annotations

import gc

from widgets.qt import QtCore

INTERVAL_MS = 1000
"""How often the GUI thread looks at the collector's counts."""


def collect_due() -> int:
    """Collect the oldest generation whose threshold has been passed (and the younger
    ones with it), as the automatic collector would have; returns the objects found."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class GuiThreadCollector(QtCore.QObject):
    """Owns the timer that collects garbage on the thread it was created on."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(INTERVAL_MS)


def collect_on_gui_thread() -> None:
    """Once per process, from the GUI thread once the application object exists: switch
    automatic collection off and collect from a timer instead."""
    app = QtCore.QCoreApplication.instance()
    if app is None or app.findChild(GuiThreadCollector, "guiThreadCollector") is not None:
        return
    if QtCore.QThread.currentThread() is not app.thread():
        raise RuntimeError("the garbage collector's timer belongs to the GUI thread")
    GuiThreadCollector(app)
    gc.disable()


def freeze_startup_objects() -> None:
    """Once per process, once the first window is up: collect, then leave every object
    alive now (modules, classes, the window) out of later garbage collections.

    They are hundreds of thousands of objects; a full collection walked all of them
    (100-260 ms on the GUI thread): frozen, a full collection walks only what was created
    since. Frozen objects are still freed by reference counting; only a cycle among them
    stays.
    """
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()
