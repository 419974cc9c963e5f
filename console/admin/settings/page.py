"""What the settings pages share: the form with an error line under each field, the page
base class, the named buttons, region pickers and tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import ClassVar

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.problem_texts import describe
from console.tasks import ErrorKind, TaskError
from models.domain.problems import Problem
from models.queries.settings import SettingsOverview, SupplierDetails
from widgets.qt import QtCore, QtWidgets

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1e6b2f;"
DEFAULT = -1
"""Combo data of «every region (default)»: the rows without a region."""


def pydate(day: QtCore.QDate) -> date:
    """The Python date of ``day``."""
    return date(day.year(), day.month(), day.day())


class Form(QtWidgets.QWidget):
    """A form whose every field has a stable name, an accessible name and an error line."""

    def __init__(self, name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.layout_ = QtWidgets.QFormLayout(self)
        self.layout_.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.status = QtWidgets.QLabel()
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)

    def add(self, field: str, label: str, widget: QtWidgets.QWidget, accessible: str) -> None:
        """A labelled field with its (hidden) error line."""
        widget.setObjectName(f"{self.objectName()}_{field}")
        widget.setAccessibleName(accessible)
        error = QtWidgets.QLabel()
        error.setObjectName(f"{self.objectName()}_{field}Error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box = QtWidgets.QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QtWidgets.QLabel(label)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, box)
        self.errors[field] = error

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Each problem under its field, the rest in the status line."""
        for error in self.errors.values():
            error.hide()
        general: list[str] = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field in self.errors:
                texts.setdefault(problem.field, []).append(describe(problem))
            else:
                general.append(describe(problem))
        for field, lines in texts.items():
            self.errors[field].setText("\n".join(lines))
            self.errors[field].show()
        self.say("\n".join(general), ERROR_STYLE)

    def say(self, text: str, style: str = "") -> None:
        """A line under the form."""
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def failed(self, error: TaskError) -> None:
        """A refusal: next to the fields when it names them, else under the form."""
        if error.kind is ErrorKind.INVALID and error.problems:
            self.show_problems(error.problems)
        else:
            self.show_problems(())
            self.say(describe_error(error), ERROR_STYLE)


Operation = Callable[[Session], object]
"""One save in the database (a worker runs it)."""
Save = Callable[[Operation, str, Form], None]
"""How a page saves: the tab runs the operation, reports the part saved and reloads,
the form showing «Saving…», then «Saved.» or the refusal."""


def button(
    name: str, text: str, accessible: str, slot: Callable[[], object]
) -> QtWidgets.QPushButton:
    """A named push button calling ``slot``."""
    push = QtWidgets.QPushButton(text)
    push.setObjectName(name)
    push.setAccessibleName(accessible)
    push.clicked.connect(slot)
    return push


def region_combo(name: str, accessible: str, with_default: bool) -> QtWidgets.QComboBox:
    """A region picker, with «every region (default)» first when ``with_default``."""
    combo = QtWidgets.QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setProperty("withDefault", with_default)
    return combo


def region_row(text: str, combo: QtWidgets.QComboBox) -> QtWidgets.QHBoxLayout:
    """The «Region:» caption and its picker, on one line."""
    top = QtWidgets.QHBoxLayout()
    caption = QtWidgets.QLabel(text)
    caption.setBuddy(combo)
    top.addWidget(caption)
    top.addWidget(combo, 1)
    return top


def button_row(*buttons: QtWidgets.QPushButton) -> QtWidgets.QHBoxLayout:
    """Buttons on one line, flush left."""
    row = QtWidgets.QHBoxLayout()
    for push in buttons:
        row.addWidget(push)
    row.addStretch(1)
    return row


def table_defaults(table: QtWidgets.QTableWidget) -> None:
    """A read-only table picking one whole row."""
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)


def selected_key(table: QtWidgets.QTableWidget) -> object:
    """The key (user data of the first cell) of the table's selected row, or None."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    cell = table.item(rows[0].row(), 0)
    return cell.data(QtCore.Qt.ItemDataRole.UserRole) if cell is not None else None


def own_supplier(
    overview: SettingsOverview | None, region_id: int | None
) -> SupplierDetails | None:
    """The supplier details saved for ``region_id`` itself (None: the default row)."""
    if overview is None:
        return None
    return next((s for s in overview.suppliers if s.region_id == region_id), None)


class SettingsPage(QtWidgets.QWidget):
    """A page of the settings tab: shows its part of the overview and saves it through
    the tab, which reloads the overview after every save."""

    PART: ClassVar[str]
    """The part the page saves (the tab's ``saved`` signal reports it)."""
    RESET_BY: ClassVar[frozenset[str]]
    """The parts whose save starts this page's form afresh; others keep its input."""

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.overview: SettingsOverview | None = None

    def region_combos(self) -> tuple[QtWidgets.QComboBox, ...]:
        """The page's region pickers (refilled with each overview)."""
        return ()

    def show_overview(self, overview: SettingsOverview, reset: bool) -> None:
        """Show ``overview``; ``reset``: the form starts afresh, else keeps its input."""
        self.overview = overview
        for combo in self.region_combos():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if combo.property("withDefault"):
                combo.addItem(self.tr("Every region (default)"), DEFAULT)
            for region in overview.regions:
                combo.addItem(f"{region.name} ({region.code})", region.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
        self.show_part(reset)

    def show_part(self, reset: bool) -> None:
        """Show the page's part of :attr:`overview`."""
        raise NotImplementedError

    def save(self, operation: Operation, form: Form) -> None:
        """Run ``operation`` as a save of this page's part, reporting in ``form``."""
        self._save(operation, self.PART, form)

    @staticmethod
    def region_of(combo: QtWidgets.QComboBox) -> int | None:
        """The region chosen in ``combo`` (None: every region, the default row)."""
        value = combo.currentData()
        return None if value in (None, DEFAULT) else int(value)

    def own_supplier(self, region_id: int | None) -> SupplierDetails | None:
        """The supplier details saved for ``region_id`` itself."""
        return own_supplier(self.overview, region_id)
