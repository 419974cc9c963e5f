"""Results of background tasks may arrive after the widget that asked was closed."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import shiboken6

from widgets.qt import QtCore

F = TypeVar("F", bound=Callable[..., Any])


def while_alive(method: F) -> F:
    """Call ``method`` only while its QObject still exists (a closed card ignores its load)."""

    @wraps(method)
    def guarded(self: QtCore.QObject, *args: Any, **kwargs: Any) -> Any:
        if not shiboken6.isValid(self):
            return None
        return method(self, *args, **kwargs)

    return guarded  # type: ignore[return-value]
