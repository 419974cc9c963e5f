"""A ring around the widget with the keyboard focus, so the operator sees where keys go.

The platform styles mark focus with a thin, pale frame that nearly vanishes on tables and
buttons; the ring is a transparent overlay over the whole window that draws a clear
two-pixel frame around the focused widget and follows it as it moves or resizes.
"""

from __future__ import annotations

import shiboken6

from widgets.qt import Qt, QtCore, QtGui, QtWidgets

RING_COLOUR = QtGui.QColor("#1f5fa8")
RING_WIDTH = 2
_MARGIN = 3
_TRACKED = frozenset(
    {
        QtCore.QEvent.Type.Move,
        QtCore.QEvent.Type.Resize,
        QtCore.QEvent.Type.Show,
        QtCore.QEvent.Type.Hide,
    }
)


class FocusRing(QtWidgets.QWidget):
    """Draws the ring over ``window`` around whichever of its widgets has the focus."""

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAccessibleName(QtCore.QCoreApplication.translate("FocusRing", "Keyboard focus"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QtWidgets.QWidget | None = None
        self._watched: list[QtWidgets.QWidget] = []
        self.hide()
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def target(self) -> QtWidgets.QWidget | None:
        """The widget the ring is around (None when the focus is elsewhere)."""
        return self._target

    def _focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        window = self.parentWidget()
        if window is None:
            return
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self._target = None
        if new is not None and new is not window and window.isAncestorOf(new):
            self._target = new
            widget: QtWidgets.QWidget | None = new
            while widget is not None and widget is not window:
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = widget.parentWidget()
        self.place()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """The focused widget or one of its parents moved: follow it."""
        if event.type() in _TRACKED:
            self.place()
        return False

    def place(self) -> None:
        """Put the ring around the visible part of the focused widget."""
        window = self.parentWidget()
        target = self._target
        if window is None or target is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        ring = QtCore.QRect(top_left, visible.size()).adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self.setGeometry(ring.intersected(window.rect()))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Only the frame: everything inside stays visible."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pen = QtGui.QPen(RING_COLOUR, RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


__all__ = ["RING_COLOUR", "FocusRing"]
