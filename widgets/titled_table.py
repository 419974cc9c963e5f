"""A read-only table with its title: a label whose mnemonic (Alt+letter) focuses the table.

Rows are chosen whole, one at a time, nothing is edited in place, and the table carries
its object and accessible names (screen readers, tests). :func:`read_only` sets a view
up so on its own (for a view that is a tab's page, whose tab already titles it).
"""

from __future__ import annotations

from widgets.qt import QtCore, QtWidgets


def read_only(view: QtWidgets.QAbstractItemView, name: str, accessible: str) -> None:
    """Name ``view`` and make it a read-only list of rows chosen one at a time."""
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    if isinstance(view, QtWidgets.QTableView):
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)


class TitledTable(QtWidgets.QWidget):
    """``title`` (with its ``&`` mnemonic; None: no label) above a read-only ``view``.

    ``model`` is shown in a :class:`QTableView`; the table is named ``name`` and
    ``accessible``, its label ``<name>Title``.
    """

    def __init__(
        self,
        name: str,
        accessible: str,
        model: QtCore.QAbstractItemModel,
        *,
        title: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Box")
        self.view = QtWidgets.QTableView()
        self.view.setModel(model)
        read_only(self.view, name, accessible)
        self.title: QtWidgets.QLabel | None = None
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if title is not None:
            self.title = QtWidgets.QLabel(title)
            self.title.setObjectName(f"{name}Title")
            self.title.setAccessibleName(accessible)
            self.title.setBuddy(self.view)
            layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)


__all__ = ["TitledTable", "read_only"]
