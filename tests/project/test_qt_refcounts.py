"""The Qt bindings must not leak or steal references: the console emits signals all day.

PySide6 6.12.0's ``Signal.emit`` returned ``True`` without a reference, so each emit whose
result was dropped took one reference from ``True``; after a few thousand signals the
process aborted with "bool_dealloc" (found by the GUI stall bench). The project pins a
version without the bug; this test fails if a version with it comes back.
"""

from __future__ import annotations

import sys

from widgets.qt import QtCore, Signal


class _Emitter(QtCore.QObject):
    changed = Signal(object)


def test_emitting_a_signal_keeps_the_reference_counts_of_none_and_the_booleans(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        emitter.changed.emit(None)
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert after == before
