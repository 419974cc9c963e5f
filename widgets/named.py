"""The names every input and action carries: a stable ``objectName`` (GUI tests, saved
layouts) and an accessible name (screen readers). One helper, so no view forgets either."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from widgets.qt import QtGui, QtWidgets

W = TypeVar("W", bound=QtWidgets.QWidget)


def named(widget: W, name: str, accessible: str) -> W:
    """Give ``widget`` its object name and accessible name; returns it."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def named_button(
    text: str,
    name: str,
    accessible: str | None = None,
    keys: str = "",
    slot: Callable[[], Any] | None = None,
) -> QtWidgets.QPushButton:
    """A push button with its names (the accessible one defaults to ``text`` without its
    mnemonic ``&``), its shortcut ``keys`` if any and ``slot`` called on a click."""
    button = named(QtWidgets.QPushButton(text), name, accessible or text.replace("&", ""))
    if keys:
        button.setShortcut(QtGui.QKeySequence(keys))
    if slot is not None:
        button.clicked.connect(slot)
    return button
