"""A flat table model with fixed, translated column titles over a list of rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from widgets.qt import QtCore

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class TitledTableModel(QtCore.QAbstractTableModel):
    """Rows from :meth:`row_total`, columns from :meth:`set_titles`; subclasses add ``data``."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: tuple[str, ...] = ()

    def set_titles(self, titles: Sequence[str]) -> None:
        """The column titles (already translated), which also fix the column count."""
        self._titles = tuple(titles)

    def row_total(self) -> int:
        """How many rows the model holds (override)."""
        raise NotImplementedError

    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Rows held; a flat table has no children."""
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Fixed columns."""
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self,
        section: int,
        orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if (
            orientation == QtCore.Qt.Orientation.Horizontal
            and role == QtCore.Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None
