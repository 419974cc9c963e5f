"""The settings tab (administrators): the supplier's details, the reading acceptance
window, the tariff acts and the holiday transfers, all kept in the database.

Every PC prints and bills from these rows, so they are edited here once, not in each
PC's settings file. Each save is one call of a SECURITY DEFINER function (migration
0110) that re-checks the rules and the row's version and is recorded in the audit
log; the same rules are checked here first and every problem is shown next to its
field. Loading and saving run in workers; the form keeps its input on any refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_date, format_moment
from console.problem_texts import describe
from console.services import fiscal
from console.services import supplier_settings as service
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models import clock
from models.domain.groups import Group
from models.domain.problems import Problem
from models.domain.supplier_rules import SupplierInput, validate_supplier
from models.queries.settings import (
    AcceptanceWindow,
    CalendarEntry,
    SettingsOverview,
    SupplierDetails,
    TariffActEntry,
)
from widgets.qt import QtCore, QtGui, QtWidgets, qdate

if TYPE_CHECKING:
    from console.tabs.context import TabContext

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1e6b2f;"
_DEFAULT = -1
"""Combo data of «every region (default)»: the rows without a region."""


def _pydate(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _Form(QtWidgets.QWidget):
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
        error.setStyleSheet(_ERROR_STYLE)
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
        self.say("\n".join(general), _ERROR_STYLE)

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
            self.say(describe_error(error), _ERROR_STYLE)


def _button(
    name: str, text: str, accessible: str, slot: Callable[[], object]
) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


def _region_combo(name: str, accessible: str, with_default: bool) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setProperty("withDefault", with_default)
    return combo


class SettingsTab(QtWidgets.QWidget):
    """Supplier details and billing settings (billing_admin only; the database checks too)."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.ADMIN})
    loaded = QtCore.Signal(object)
    """The overview is shown: the :class:`SettingsOverview`."""
    saved = QtCore.Signal(str)
    """A change was saved: which part (``supplier``, ``window``, ``act``, ``calendar``,
    ``desk``, ``cheques``)."""

    SUPPLIER_FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "inn",
        "kpp",
        "address",
        "phone",
        "email",
        "website",
        "bank_name",
        "bic",
        "settlement_account",
        "correspondent_account",
        "vat_rate",
    )

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsTab")
        self._runner = runner
        self.overview: SettingsOverview | None = None
        heading = QtWidgets.QLabel(self.tr("Supplier details and billing settings"))
        heading.setObjectName("settingsHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        hint = QtWidgets.QLabel(
            self.tr(
                "Every PC prints bills and takes readings with these settings. A region "
                "without its own row uses the default one. Every change is recorded in "
                "the audit log."
            )
        )
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        self.pages = QtWidgets.QTabWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.addTab(self._supplier_page(), self.tr("Supplier"))
        self.pages.addTab(self._window_page(), self.tr("Reading window"))
        self.pages.addTab(self._acts_page(), self.tr("Tariff acts"))
        self.pages.addTab(self._calendar_page(), self.tr("Calendar"))
        self.pages.addTab(self._desks_page(), self.tr("Cash desks"))
        self.pages.addTab(self._cheques_page(), self.tr("Cheques"))
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        refresh = QtGui.QShortcut(QtGui.QKeySequence("F5"), self)
        refresh.activated.connect(self.refresh)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    @classmethod
    def for_context(cls, context: TabContext) -> SettingsTab:
        """The tab for the main window."""
        tab = cls(context.runner)
        tab.refresh()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Settings")

    # -- the supplier ------------------------------------------------------------

    def _supplier_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.supplier_region = _region_combo(
            "supplierRegion", self.tr("Region whose supplier is shown"), True
        )
        self.supplier_region.currentIndexChanged.connect(self._show_supplier)
        self.supplier_form = _Form("supplierForm")
        labels = {
            "name": (self.tr("Name:"), self.tr("Supplier's name")),
            "inn": (self.tr("INN:"), self.tr("Supplier's INN")),
            "kpp": (self.tr("KPP:"), self.tr("Supplier's KPP")),
            "address": (self.tr("Address:"), self.tr("Supplier's address")),
            "phone": (self.tr("Phone:"), self.tr("Supplier's phone")),
            "email": (self.tr("E-mail:"), self.tr("Supplier's e-mail")),
            "website": (self.tr("Website:"), self.tr("Supplier's website")),
            "bank_name": (self.tr("Bank:"), self.tr("Bank's name")),
            "bic": (self.tr("BIC:"), self.tr("Bank's BIC")),
            "settlement_account": (self.tr("Settlement account:"), self.tr("Settlement account")),
            "correspondent_account": (
                self.tr("Correspondent account:"),
                self.tr("Correspondent account"),
            ),
            "vat_rate": (self.tr("VAT rate, %:"), self.tr("VAT rate on organisations' bills")),
        }
        self.supplier_edits: dict[str, QtWidgets.QLineEdit] = {}
        for field in self.SUPPLIER_FIELDS:
            edit = QtWidgets.QLineEdit()
            label, accessible = labels[field]
            self.supplier_form.add(field, label, edit, accessible)
            self.supplier_edits[field] = edit
        self.supplier_edits["vat_rate"].setMaximumWidth(100)
        self.supplier_edits["inn"].setMaxLength(14)
        self.supplier_edits["kpp"].setMaxLength(12)
        self.supplier_edits["bic"].setMaxLength(12)
        self.supplier_source = QtWidgets.QLabel()
        self.supplier_source.setObjectName("supplierSource")
        self.supplier_source.setWordWrap(True)
        self.supplier_save = _button(
            "supplierSave",
            self.tr("Save (Ctrl+S)"),
            self.tr("Save the supplier"),
            self.save_supplier,
        )
        self.supplier_delete = _button(
            "supplierDelete",
            self.tr("Delete the region's own details"),
            self.tr("Delete the region's own supplier details"),
            self.delete_supplier,
        )
        save = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), page)
        save.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_supplier)
        top = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(self.tr("Region:"))
        caption.setBuddy(self.supplier_region)
        top.addWidget(caption)
        top.addWidget(self.supplier_region, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.supplier_save)
        buttons.addWidget(self.supplier_delete)
        buttons.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("supplierScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.supplier_form)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.supplier_source)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.supplier_form.status)
        return page

    def _region_of(self, combo: QtWidgets.QComboBox) -> int | None:
        value = combo.currentData()
        return None if value in (None, _DEFAULT) else int(value)

    def _own_supplier(self, region_id: int | None) -> SupplierDetails | None:
        if self.overview is None:
            return None
        return next((s for s in self.overview.suppliers if s.region_id == region_id), None)

    def _show_supplier(self) -> None:
        region_id = self._region_of(self.supplier_region)
        own = self._own_supplier(region_id)
        shown = own if own is not None else self._own_supplier(None)
        for field, edit in self.supplier_edits.items():
            value = getattr(shown, field) if shown is not None else ""
            edit.setText(str(value) if value is not None else "")
        self.supplier_form.show_problems(())
        if own is not None:
            text = self.tr("Saved by {who} at {when}.").format(
                who=own.updated_by, when=format_moment(own.updated_at)
            )
        elif region_id is not None and shown is not None:
            text = self.tr(
                "The region has no details of its own: it prints the default ones shown here. "
                "Saving gives it its own."
            )
        else:
            text = self.tr(
                "No details yet: no bill or receipt can be printed until they are saved."
            )
        self.supplier_source.setText(text)
        self.supplier_delete.setEnabled(own is not None)

    def supplier_input(self) -> SupplierInput:
        """What the form holds."""
        values = {field: self.supplier_edits[field].text() for field in self.SUPPLIER_FIELDS}
        return SupplierInput(**values)

    def save_supplier(self) -> None:
        """Check the details and save them for the chosen region (Ctrl+S)."""
        typed = self.supplier_input()
        problems = validate_supplier(typed)
        self.supplier_form.show_problems(problems)
        if problems:
            return
        region_id = self._region_of(self.supplier_region)
        own = self._own_supplier(region_id)
        version = own.version if own is not None else None
        self.supplier_form.say(self.tr("Saving…"))
        self._submit(
            lambda session: service.save_supplier(session, region_id, typed, version),
            "supplier",
            self.supplier_form,
        )

    def delete_supplier(self) -> None:
        """Remove the chosen region's own details after a confirmation."""
        region_id = self._region_of(self.supplier_region)
        own = self._own_supplier(region_id)
        if own is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete supplier details"),
            self.tr("Delete these details? The region will print the default ones, if any."),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        version = own.version
        self._submit(
            lambda session: service.delete_supplier(session, region_id, version),
            "supplier",
            self.supplier_form,
        )

    # -- the acceptance window ---------------------------------------------------

    def _window_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.window_region = _region_combo(
            "windowRegion", self.tr("Region whose window is shown"), True
        )
        self.window_region.currentIndexChanged.connect(self._show_window)
        self.window_form = _Form("windowForm")
        self.window_first = QtWidgets.QSpinBox()
        self.window_last = QtWidgets.QSpinBox()
        for spin in (self.window_first, self.window_last):
            spin.setRange(0, 31)
            spin.setSpecialValueText(self.tr("no limit on this side"))
        self.window_form.add(
            "window_first_day",
            self.tr("First day:"),
            self.window_first,
            self.tr("First day of the month readings are accepted for it"),
        )
        self.window_form.add(
            "window_last_day",
            self.tr("Last day:"),
            self.window_last,
            self.tr("Last day of the month readings are accepted for it"),
        )
        explain = QtWidgets.QLabel(
            self.tr(
                "Readings submitted after the last day count for the next month. The "
                "first day only warns the operator that the month's window is not open yet."
            )
        )
        explain.setObjectName("windowExplain")
        explain.setWordWrap(True)
        self.window_source = QtWidgets.QLabel()
        self.window_source.setObjectName("windowSource")
        self.window_save = _button(
            "windowSave", self.tr("Save"), self.tr("Save the window"), self.save_window
        )
        self.window_delete = _button(
            "windowDelete",
            self.tr("Delete the region's own window"),
            self.tr("Delete the region's own window"),
            self.delete_window,
        )
        top = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(self.tr("Region:"))
        caption.setBuddy(self.window_region)
        top.addWidget(caption)
        top.addWidget(self.window_region, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.window_save)
        buttons.addWidget(self.window_delete)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.window_source)
        layout.addWidget(self.window_form)
        layout.addLayout(buttons)
        layout.addWidget(self.window_form.status)
        layout.addStretch(1)
        return page

    def _own_window(self, region_id: int | None) -> AcceptanceWindow | None:
        if self.overview is None:
            return None
        return next((w for w in self.overview.windows if w.region_id == region_id), None)

    def _show_window(self) -> None:
        region_id = self._region_of(self.window_region)
        own = self._own_window(region_id)
        shown = own if own is not None else self._own_window(None)
        self.window_first.setValue((shown.first_day or 0) if shown else 0)
        self.window_last.setValue((shown.last_day or 0) if shown else 0)
        self.window_form.show_problems(())
        if own is not None:
            text = self.tr("The region's own window.") if region_id is not None else ""
        elif region_id is not None and shown is not None:
            text = self.tr("The region uses the default window. Saving gives it its own.")
        else:
            text = self.tr("No window: readings count for the month they are submitted in.")
        self.window_source.setText(text)
        self.window_delete.setEnabled(own is not None)

    def save_window(self) -> None:
        """Save the window of the chosen region."""
        first = self.window_first.value() or None
        last = self.window_last.value() or None
        problems = service.validate_window(first, last)
        self.window_form.show_problems(problems)
        if problems:
            return
        region_id = self._region_of(self.window_region)
        own = self._own_window(region_id)
        version = own.version if own is not None else None
        self._submit(
            lambda session: service.save_window(session, region_id, first, last, version),
            "window",
            self.window_form,
        )

    def delete_window(self) -> None:
        """Remove the chosen region's own window."""
        region_id = self._region_of(self.window_region)
        own = self._own_window(region_id)
        if own is None:
            return
        version = own.version
        self._submit(
            lambda session: service.delete_window(session, region_id, version),
            "window",
            self.window_form,
        )

    # -- tariff acts ---------------------------------------------------------------

    def _acts_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.acts_table = QtWidgets.QTableWidget(0, 3)
        self.acts_table.setObjectName("actsTable")
        self.acts_table.setAccessibleName(self.tr("Tariff acts"))
        self.acts_table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Tariffs from"), self.tr("Act")]
        )
        self._table_defaults(self.acts_table)
        self.acts_table.itemSelectionChanged.connect(self._act_selected)
        self.act_form = _Form("actForm")
        self.act_region = _region_combo("actRegion", self.tr("Region of the act"), False)
        self.act_valid_from = QtWidgets.QDateEdit()
        self.act_valid_from.setCalendarPopup(True)
        self.act_valid_from.setDisplayFormat("dd.MM.yyyy")
        self.act_title = QtWidgets.QLineEdit()
        self.act_title.setPlaceholderText(self.tr("Order of … dated … No. …"))
        self.act_form.add(
            "region", self.tr("Region:"), self.act_region, self.tr("Region of the act")
        )
        self.act_form.add(
            "valid_from",
            self.tr("Tariffs from:"),
            self.act_valid_from,
            self.tr("Date the act's tariffs apply from"),
        )
        self.act_form.add("title", self.tr("Act:"), self.act_title, self.tr("The act as cited"))
        self.act_new = _button(
            "actNew", self.tr("New act"), self.tr("Start a new act"), self.new_act
        )
        self.act_save = _button(
            "actSave", self.tr("Save act"), self.tr("Save the act"), self.save_act
        )
        self.act_delete = _button(
            "actDelete", self.tr("Delete act"), self.tr("Delete the selected act"), self.delete_act
        )
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.act_new, self.act_save, self.act_delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.acts_table, 1)
        layout.addWidget(self.act_form)
        layout.addLayout(buttons)
        layout.addWidget(self.act_form.status)
        self._editing_act: TariffActEntry | None = None
        return page

    @staticmethod
    def _table_defaults(table: QtWidgets.QTableWidget) -> None:
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)

    def _region_name(self, region_id: int | None) -> str:
        if self.overview is not None:
            for region in self.overview.regions:
                if region.id == region_id:
                    return region.name
        return self.tr("every region (default)")

    def _fill_acts(self) -> None:
        acts = self.overview.tariff_acts if self.overview else ()
        self.acts_table.setRowCount(len(acts))
        for row, act in enumerate(acts):
            for column, value in enumerate(
                (self._region_name(act.region_id), format_date(act.valid_from), act.title)
            ):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, act.id)
                self.acts_table.setItem(row, column, item)
        self.acts_table.resizeColumnsToContents()

    def _act_selected(self) -> None:
        rows = self.acts_table.selectionModel().selectedRows()
        if not rows or self.overview is None:
            return
        cell = self.acts_table.item(rows[0].row(), 0)
        act_id = cell.data(QtCore.Qt.ItemDataRole.UserRole) if cell is not None else None
        act = next((a for a in self.overview.tariff_acts if a.id == act_id), None)
        if act is None:
            return
        self._editing_act = act
        self.act_region.setCurrentIndex(max(0, self.act_region.findData(act.region_id)))
        self.act_valid_from.setDate(qdate(act.valid_from))
        self.act_title.setText(act.title)
        self.act_delete.setEnabled(True)
        self.act_form.show_problems(())
        self.act_form.say(self.tr("Editing the selected act."))

    def new_act(self) -> None:
        """Clear the act form for a new act."""
        self._editing_act = None
        self.acts_table.clearSelection()
        self.act_title.clear()
        self.act_valid_from.setDate(qdate(clock.today()))
        self.act_delete.setEnabled(False)
        self.act_form.show_problems(())
        self.act_form.say(self.tr("A new act."))

    def save_act(self) -> None:
        """Add or change the act in the form."""
        editing = self._editing_act
        act_id = editing.id if editing else None
        version = editing.version if editing else None
        data = self.act_region.currentData()
        region_id = int(data) if data is not None else None
        valid_from = _pydate(self.act_valid_from.date())
        title = self.act_title.text()
        self._submit(
            lambda session: service.save_tariff_act(
                session, act_id, region_id, valid_from, title, version
            ),
            "act",
            self.act_form,
        )

    def delete_act(self) -> None:
        """Remove the selected act."""
        editing = self._editing_act
        if editing is None:
            return
        act_id, version = editing.id, editing.version
        self._submit(
            lambda session: service.delete_tariff_act(session, act_id, version),
            "act",
            self.act_form,
        )

    # -- the calendar ----------------------------------------------------------------

    def _calendar_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        explain = QtWidgets.QLabel(
            self.tr(
                "The statutory holidays are known to the console. Enter here the year's "
                "transfers: weekdays made days off and Saturdays or Sundays made working days."
            )
        )
        explain.setObjectName("calendarExplain")
        explain.setWordWrap(True)
        self.calendar_table = QtWidgets.QTableWidget(0, 3)
        self.calendar_table.setObjectName("calendarTable")
        self.calendar_table.setAccessibleName(self.tr("Holiday transfers"))
        self.calendar_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Note")]
        )
        self._table_defaults(self.calendar_table)
        self.calendar_table.itemSelectionChanged.connect(self._day_selected)
        self.day_form = _Form("dayForm")
        self.day_date = QtWidgets.QDateEdit()
        self.day_date.setCalendarPopup(True)
        self.day_date.setDisplayFormat("dd.MM.yyyy")
        self.day_kind = QtWidgets.QComboBox()
        self.day_kind.addItem(self.tr("Day off (a weekday)"), "holiday")
        self.day_kind.addItem(self.tr("Working day (a weekend day)"), "working_day")
        self.day_note = QtWidgets.QLineEdit()
        self.day_form.add("day", self.tr("Date:"), self.day_date, self.tr("Date of the transfer"))
        self.day_form.add("kind", self.tr("Kind:"), self.day_kind, self.tr("Kind of day"))
        self.day_form.add("note", self.tr("Note:"), self.day_note, self.tr("Note on the transfer"))
        self.day_new = _button(
            "dayNew", self.tr("New date"), self.tr("Start a new date"), self.new_day
        )
        self.day_save = _button(
            "daySave", self.tr("Save date"), self.tr("Save the date"), self.save_day
        )
        self.day_delete = _button(
            "dayDelete",
            self.tr("Delete date"),
            self.tr("Delete the selected date"),
            self.delete_day,
        )
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.day_new, self.day_save, self.day_delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.calendar_table, 1)
        layout.addWidget(self.day_form)
        layout.addLayout(buttons)
        layout.addWidget(self.day_form.status)
        self._editing_day: CalendarEntry | None = None
        return page

    def _kind_text(self, kind: str) -> str:
        return self.tr("day off") if kind == "holiday" else self.tr("working day")

    def _fill_calendar(self) -> None:
        days = self.overview.calendar if self.overview else ()
        self.calendar_table.setRowCount(len(days))
        for row, entry in enumerate(days):
            for column, value in enumerate(
                (format_date(entry.day), self._kind_text(entry.kind), entry.note)
            ):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, entry.day.isoformat())
                self.calendar_table.setItem(row, column, item)
        self.calendar_table.resizeColumnsToContents()

    def _day_selected(self) -> None:
        rows = self.calendar_table.selectionModel().selectedRows()
        if not rows or self.overview is None:
            return
        cell = self.calendar_table.item(rows[0].row(), 0)
        key = cell.data(QtCore.Qt.ItemDataRole.UserRole) if cell is not None else None
        entry = next((d for d in self.overview.calendar if d.day.isoformat() == key), None)
        if entry is None:
            return
        self._editing_day = entry
        self.day_date.setDate(qdate(entry.day))
        self.day_date.setEnabled(False)
        self.day_kind.setCurrentIndex(max(0, self.day_kind.findData(entry.kind)))
        self.day_note.setText(entry.note)
        self.day_delete.setEnabled(True)
        self.day_form.show_problems(())
        self.day_form.say(self.tr("Editing the selected date."))

    def new_day(self) -> None:
        """Clear the calendar form for a new date."""
        self._editing_day = None
        self.calendar_table.clearSelection()
        self.day_date.setEnabled(True)
        self.day_date.setDate(qdate(clock.today()))
        self.day_note.clear()
        self.day_delete.setEnabled(False)
        self.day_form.show_problems(())
        self.day_form.say(self.tr("A new date."))

    def save_day(self) -> None:
        """Add or change the date in the form."""
        editing = self._editing_day
        day = editing.day if editing else _pydate(self.day_date.date())
        version = editing.version if editing else None
        kind = str(self.day_kind.currentData())
        note = self.day_note.text()
        self._submit(
            lambda session: service.save_calendar_day(session, day, kind, note, version),
            "calendar",
            self.day_form,
        )

    def delete_day(self) -> None:
        """Remove the selected date."""
        editing = self._editing_day
        if editing is None:
            return
        day, version = editing.day, editing.version
        self._submit(
            lambda session: service.delete_calendar_day(session, day, version),
            "calendar",
            self.day_form,
        )

    # -- the supplier's cheque settings ----------------------------------------------

    def _cheques_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setObjectName("chequesPage")
        self.cheque_region = _region_combo(
            "chequeRegion", self.tr("Region whose cheque settings are shown"), True
        )
        self.cheque_region.currentIndexChanged.connect(self._show_cheques)
        self.cheque_form = _Form("chequeForm")
        self.cheque_vat = QtWidgets.QComboBox()
        for rate in fiscal.VAT_TYPES:
            title = self.tr("no VAT") if rate == 0 else f"{rate} %"
            self.cheque_vat.addItem(title, rate)
        self.cheque_form.add(
            "vat_rate", self.tr("&VAT rate:"), self.cheque_vat, self.tr("VAT rate on cheques")
        )
        self.cheque_taxation = QtWidgets.QComboBox()
        taxations = {
            "osn": self.tr("General (ОСН)"),
            "usnIncome": self.tr("Simplified, income (УСН доход)"),
            "usnIncomeOutcome": self.tr("Simplified, income less expenses (УСН доход − расход)"),
            "esn": self.tr("Unified agricultural tax (ЕСХН)"),
            "patent": self.tr("Patent (ПСН)"),
        }
        for value in fiscal.TAXATIONS:
            self.cheque_taxation.addItem(taxations[value], value)
        self.cheque_form.add(
            "fiscal_taxation",
            self.tr("&Taxation system (tag 1055):"),
            self.cheque_taxation,
            self.tr("Supplier's taxation system on cheques"),
        )
        self.cheque_subject = QtWidgets.QComboBox()
        subjects = {
            "commodity": self.tr("Goods (товар)"),
            "service": self.tr("Service (услуга)"),
            "job": self.tr("Work (работа)"),
            "another": self.tr("Other (иной предмет расчёта)"),
        }
        for value in fiscal.SUBJECTS:
            self.cheque_subject.addItem(subjects[value], value)
        self.cheque_form.add(
            "fiscal_subject",
            self.tr("Settlement &subject (tag 1212):"),
            self.cheque_subject,
            self.tr("Settlement subject on cheques"),
        )
        self.cheque_source = QtWidgets.QLabel()
        self.cheque_source.setObjectName("chequeSource")
        self.cheque_source.setWordWrap(True)
        hint = QtWidgets.QLabel(
            self.tr(
                "Every cash-desk cheque of the region carries these: the VAT rate of its "
                "item (the same rate the organisations' bills show), the taxation system "
                "and the settlement subject. The settlement method is always full payment."
            )
        )
        hint.setObjectName("chequeHint")
        hint.setWordWrap(True)
        self.cheque_save = _button(
            "chequeSave",
            self.tr("Save cheque settings"),
            self.tr("Save the cheque settings"),
            self.save_cheques,
        )
        top = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(self.tr("Region:"))
        caption.setBuddy(self.cheque_region)
        top.addWidget(caption)
        top.addWidget(self.cheque_region, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.cheque_save)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.cheque_source)
        layout.addWidget(self.cheque_form)
        layout.addLayout(buttons)
        layout.addWidget(self.cheque_form.status)
        layout.addStretch(1)
        return page

    def _show_cheques(self) -> None:
        region_id = self._region_of(self.cheque_region)
        own = self._own_supplier(region_id)
        shown = own if own is not None else self._own_supplier(None)
        if shown is not None:
            rate = int(shown.vat_rate) if shown.vat_rate == int(shown.vat_rate) else -1
            self.cheque_vat.setCurrentIndex(self.cheque_vat.findData(rate))
            self.cheque_taxation.setCurrentIndex(
                max(0, self.cheque_taxation.findData(shown.fiscal_taxation))
            )
            self.cheque_subject.setCurrentIndex(
                max(0, self.cheque_subject.findData(shown.fiscal_subject))
            )
        self.cheque_form.show_problems(())
        if own is not None:
            text = self.tr("Saved by {who} at {when}.").format(
                who=own.updated_by, when=format_moment(own.updated_at)
            )
        elif shown is not None:
            text = self.tr(
                "The region has no details of its own: its cheques use the default ones "
                "shown here. Save the region's supplier details first to give it its own."
            )
        else:
            text = self.tr("No supplier details yet: save them on the «Supplier» page first.")
        self.cheque_source.setText(text)
        self.cheque_save.setEnabled(own is not None)

    def save_cheques(self) -> None:
        """Save the region's cheque settings (``billing.set_supplier_fiscal``)."""
        region_id = self._region_of(self.cheque_region)
        own = self._own_supplier(region_id)
        if own is None:
            self.cheque_form.show_problems([Problem.error("supplier.fiscal_without_details")])
            return
        rate = self.cheque_vat.currentData()
        if rate is None:
            self.cheque_form.show_problems([Problem.error("supplier.fiscal_vat_rate", "vat_rate")])
            return
        vat, taxation = Decimal(int(rate)), str(self.cheque_taxation.currentData())
        subject, version = str(self.cheque_subject.currentData()), own.version
        self._submit(
            lambda session: fiscal.set_supplier_fiscal(
                session, region_id, vat, taxation, subject, version
            ),
            "cheques",
            self.cheque_form,
        )

    # -- loading and saving ----------------------------------------------------------

    # -- cash desks and their registers ----------------------------------------------

    def _desks_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.desks_table = QtWidgets.QTableWidget(0, 3)
        self.desks_table.setObjectName("desksTable")
        self.desks_table.setAccessibleName(self.tr("Cash desks"))
        self.desks_table.setHorizontalHeaderLabels(
            [self.tr("Cash desk"), self.tr("Register address"), self.tr("Register serial")]
        )
        self._table_defaults(self.desks_table)
        self.desks_table.itemSelectionChanged.connect(self._desk_selected)
        self.desk_form = _Form("deskForm")
        self.desk_name = QtWidgets.QLineEdit()
        self.desk_url = QtWidgets.QLineEdit()
        self.desk_url.setPlaceholderText("http://192.168.0.20:16732")
        self.desk_serial = QtWidgets.QLineEdit()
        self.desk_form.add("name", self.tr("Cash desk:"), self.desk_name, self.tr("Cash desk"))
        self.desk_form.add(
            "register_url",
            self.tr("Register address:"),
            self.desk_url,
            self.tr("Address of the register's web server (ATOL driver v10)"),
        )
        self.desk_form.add(
            "register_serial",
            self.tr("Register serial:"),
            self.desk_serial,
            self.tr("Serial number of the register"),
        )
        self.desk_new = _button(
            "deskNew", self.tr("New cash desk"), self.tr("Start a new cash desk"), self.new_desk
        )
        self.desk_save = _button(
            "deskSave", self.tr("Save cash desk"), self.tr("Save the cash desk"), self.save_desk
        )
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.desk_new, self.desk_save):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.desks_table, 1)
        layout.addWidget(self.desk_form)
        layout.addLayout(buttons)
        layout.addWidget(self.desk_form.status)
        self.desks: tuple[fiscal.CashDeskRow, ...] = ()
        self._editing_desk: fiscal.CashDeskRow | None = None
        return page

    def _fill_desks(self, desks: tuple[fiscal.CashDeskRow, ...]) -> None:
        self.desks = desks
        self.desks_table.setRowCount(len(desks))
        for row, desk in enumerate(desks):
            for column, value in enumerate((desk.name, desk.register_url, desk.register_serial)):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, desk.id)
                self.desks_table.setItem(row, column, item)
        self.desks_table.resizeColumnsToContents()

    def _desk_selected(self) -> None:
        rows = self.desks_table.selectionModel().selectedRows()
        if not rows:
            return
        cell = self.desks_table.item(rows[0].row(), 0)
        desk_id = cell.data(QtCore.Qt.ItemDataRole.UserRole) if cell is not None else None
        desk = next((d for d in self.desks if d.id == desk_id), None)
        if desk is None:
            return
        self._editing_desk = desk
        self.desk_name.setText(desk.name)
        self.desk_url.setText(desk.register_url)
        self.desk_serial.setText(desk.register_serial)
        self.desk_form.show_problems(())
        self.desk_form.say(self.tr("Editing the selected cash desk."))

    def new_desk(self) -> None:
        """Clear the cash desk form for a new desk."""
        self._editing_desk = None
        self.desks_table.clearSelection()
        for edit in (self.desk_name, self.desk_url, self.desk_serial):
            edit.clear()
        self.desk_form.show_problems(())
        self.desk_form.say(self.tr("A new cash desk."))

    def save_desk(self) -> None:
        """Add or change the cash desk in the form (its register's address and serial)."""
        editing = self._editing_desk
        desk_id = editing.id if editing else None
        version = editing.version if editing else None
        name, url, serial = (
            self.desk_name.text(),
            self.desk_url.text(),
            self.desk_serial.text(),
        )
        form = self.desk_form
        form.show_problems(())
        form.say(self.tr("Saving…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> tuple[fiscal.CashDeskRow, ...]:
            fiscal.set_cash_desk(session, desk_id, name, url, serial, version)
            return fiscal.cash_desks(session)

        def done(desks: tuple[fiscal.CashDeskRow, ...]) -> None:
            self._fill_desks(desks)
            self._editing_desk = next((d for d in desks if d.name == name.strip()), None)
            form.say(self.tr("Saved."), _OK_STYLE)
            self.saved.emit("desk")

        self._runner.submit(work, done, form.failed)

    def refresh(self) -> None:
        """Reload everything from the database (F5)."""
        self.status.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda session, _t, _p: fiscal.cash_desks(session),
            self._fill_desks,
            self._load_failed,
        )

        def work(session: Session, _t: CancelToken, _p: Any) -> SettingsOverview:
            return service.load_overview(session)

        self._runner.submit(work, self._show, self._load_failed)

    def _load_failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))

    def _show(self, overview: SettingsOverview, reset: str | None = None) -> None:
        """Show ``overview``; the forms of ``reset`` (``None``: every form) start afresh,
        the others keep what is being typed in them."""
        self.overview = overview
        for combo in (
            self.supplier_region,
            self.window_region,
            self.act_region,
            self.cheque_region,
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if combo.property("withDefault"):
                combo.addItem(self.tr("Every region (default)"), _DEFAULT)
            for region in overview.regions:
                combo.addItem(f"{region.name} ({region.code})", region.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
        if reset in (None, "supplier"):
            self._show_supplier()
        if reset in (None, "window"):
            self._show_window()
        if reset in (None, "cheques", "supplier"):
            self._show_cheques()
        self._fill_acts()
        if reset in (None, "act"):
            self.new_act()
        self._fill_calendar()
        if reset in (None, "calendar"):
            self.new_day()
        missing = [
            region.name
            for region in overview.regions
            if self._own_supplier(region.id) is None and self._own_supplier(None) is None
        ]
        if missing:
            self.status.setStyleSheet(_ERROR_STYLE)
            self.status.setText(
                self.tr(
                    "No supplier details for: {regions}. Their bills cannot be printed."
                ).format(regions=", ".join(missing))
            )
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Every region has supplier details."))
        self.loaded.emit(overview)

    def _submit(self, operation: Callable[[Session], object], part: str, form: _Form) -> None:
        form.show_problems(())
        form.say(self.tr("Saving…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> object:
            return operation(session)

        def done(_result: object) -> None:
            form.say(self.tr("Saved."), _OK_STYLE)
            self.saved.emit(part)
            self._reload_keeping(form, part)

        self._runner.submit(work, done, form.failed)

    def _reload_keeping(self, form: _Form, part: str) -> None:
        """Reload after a save of ``part``; its form's «Saved.» stays on screen and the
        other forms keep their input."""

        def work(session: Session, _t: CancelToken, _p: Any) -> SettingsOverview:
            return service.load_overview(session)

        def shown(overview: SettingsOverview) -> None:
            self._show(overview, reset=part)
            form.say(self.tr("Saved."), _OK_STYLE)

        self._runner.submit(work, shown, self._load_failed)
