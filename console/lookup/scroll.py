"""Keep what the operator looks at while a view is filled again (a background refresh)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from widgets.qt import QtWidgets


@contextmanager
def kept_scroll(views: Sequence[QtWidgets.QAbstractScrollArea]) -> Iterator[None]:
    """Restore the scroll positions of ``views`` after the block refills them."""
    positions = [
        (view.verticalScrollBar().value(), view.horizontalScrollBar().value()) for view in views
    ]
    yield
    for view, (vertical, horizontal) in zip(views, positions, strict=True):
        view.verticalScrollBar().setValue(vertical)
        view.horizontalScrollBar().setValue(horizontal)
