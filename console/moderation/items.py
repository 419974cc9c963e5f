"""What the moderation panels share: an item's detail loaded in a worker, its queue, the
named combos and shortcut buttons, background work a closed panel never hears of."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from sqlalchemy.orm import Session

from console.tasks import TaskRunner
from models.clock import now
from models.queries.moderation import (
    LinkRequestDetail,
    MergeRequestDetail,
    Queue,
    ReviewDetail,
    load_link_request,
    load_merge_request,
    load_review,
)
from models.queries.settings import working_calendar
from widgets.named import named_button
from widgets.qt import QtCore, QtGui, QtWidgets

Detail = LinkRequestDetail | ReviewDetail | MergeRequestDetail


def load_detail(session: Session, queue: Queue, item_id: int) -> Detail | None:
    """The item's detail, its term counted in the database's working calendar."""
    moment = now()
    calendar = working_calendar(session, moment.date())
    if queue is Queue.LINK_REQUESTS:
        return load_link_request(session, item_id, calendar, moment)
    if queue is Queue.MERGES:
        return load_merge_request(session, item_id, calendar, moment)
    return load_review(session, item_id, calendar, moment)


def queue_of(detail: Detail) -> Queue:
    """The queue ``detail`` belongs to."""
    if isinstance(detail, LinkRequestDetail):
        return Queue.LINK_REQUESTS
    if isinstance(detail, MergeRequestDetail):
        return Queue.MERGES
    return Queue.REGISTRATIONS


def submit_for(
    owner: QtCore.QObject,
    runner: TaskRunner,
    work: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None],
) -> None:
    """Run ``work`` in the background; results for a closed ``owner`` are dropped."""

    def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if shiboken6.isValid(owner):
                callback(value)

        return deliver

    runner.submit(work, alive(on_done), alive(on_error))


def combo(name: str, accessible: str, items: list[tuple[str, Any]]) -> QtWidgets.QComboBox:
    """A named combo box holding ``items`` (text, data)."""
    box = QtWidgets.QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for text, data in items:
        box.addItem(text, data)
    return box


def shortcut_button(name: str, text: str, shortcut: str, slot: Any) -> QtWidgets.QPushButton:
    """A named button with its shortcut (shown in its tooltip) calling ``slot``."""
    button = named_button(text, name, keys=shortcut, slot=slot)
    button.setToolTip(
        QtGui.QKeySequence(shortcut).toString(QtGui.QKeySequence.SequenceFormat.NativeText)
    )
    return button
