"""What the operator cannot read: texts cut off by their widget, header titles cut short."""

from __future__ import annotations

from widgets.qt import Qt, QtWidgets

_SLACK = 2
"""Pixels of rounding a text may overrun its widget by."""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(root: QtWidgets.QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit where it is shown."""
    found: list[str] = []
    window = root.window()
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        metrics = widget.fontMetrics()
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QtWidgets.QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or "<" in text or "\n" in text:
                continue
            if not widget.pixmap().isNull():
                continue
            need = metrics.horizontalAdvance(_plain(text))
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * 0
            if need > room + _SLACK:
                found.append(f"label {name} «{text}»: {need} > {room}")
        elif isinstance(widget, QtWidgets.QPushButton):
            text = _plain(widget.text())
            if text and widget.sizeHint().width() > widget.width() + _SLACK:
                found.append(
                    f"button {name} «{text}»: {widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QtWidgets.QComboBox):
            text = widget.currentText()
            option = QtWidgets.QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QtWidgets.QStyle.ComplexControl.CC_ComboBox,
                option,
                QtWidgets.QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            if text and metrics.horizontalAdvance(text) > field.width() + _SLACK:
                found.append(
                    f"combo {name} «{text}»: {metrics.horizontalAdvance(text)} > {field.width()}"
                )
        elif isinstance(widget, QtWidgets.QLineEdit) and not isinstance(
            widget.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox
        ):
            text = widget.placeholderText() if not widget.text() else ""
            room = widget.width() - 12
            if text and metrics.horizontalAdvance(text) > room + _SLACK:
                found.append(
                    f"placeholder {name} «{text}»: {metrics.horizontalAdvance(text)} > {room}"
                )
        elif (
            isinstance(widget, QtWidgets.QHeaderView)
            and widget.orientation() == Qt.Orientation.Horizontal
        ):
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                need = widget.sectionSizeHint(section) - _SLACK  # the title and its margins
                if title and widget.sectionSize(section) < need:
                    found.append(
                        f"header {widget.parent().objectName()} «{title}»: {widget.sectionSize(section)} < {need}"
                    )
    return found
