"""A tile showing one figure large with its caption below (dashboards, overviews)."""

from __future__ import annotations

import string

from widgets.qt import QtCore, QtWidgets

_STYLE = string.Template("""
QFrame#$tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#$tile[attention="true"] { border: 1px solid #c0392b; background: #fdf2f1; }
QLabel#$value { font-size: 20pt; font-weight: 600; border: none; background: transparent; }
QLabel#$caption { color: palette(dark); border: none; background: transparent; }
""")


class StatTile(QtWidgets.QFrame):
    """A figure and its caption; ``set_attention`` outlines it when something awaits staff."""

    def __init__(self, name: str, caption: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self.value = QtWidgets.QLabel("…")
        self.value.setObjectName(f"overview_{name}")
        self.value.setAccessibleName(caption)
        self.value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QtWidgets.QLabel(caption)
        self.caption.setObjectName(f"tile_{name}_caption")
        self.caption.setWordWrap(True)
        self.setStyleSheet(
            _STYLE.substitute(
                tile=self.objectName(),
                value=self.value.objectName(),
                caption=self.caption.objectName(),
            )
        )
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumWidth(200)

    def set_value(self, text: str) -> None:
        """Show ``text`` as the figure."""
        self.value.setText(text)

    def set_attention(self, attention: bool) -> None:
        """Outline the tile when its figure needs someone's attention."""
        self.setProperty("attention", attention)
        self.style().unpolish(self)
        self.style().polish(self)
