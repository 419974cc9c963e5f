"""The readings tab: find the account, enter the readings, see and correct the history.

Reached directly (account number, and the region when the number exists in several:
the portals' «readings without registration») or from a customer card through
``navigator.open_account_tool(Tool.READINGS, account_id)``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import Session

from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.lookup.alive import while_alive
from console.navigation import Tool
from console.readings.correction_dialog import CorrectionDialog
from console.readings.entry_form import ERROR_STYLE
from console.readings.entry_panel import ReadingEntryPanel
from console.readings.history import HistoryView
from console.readings.labels import check_settings
from console.services.readings import ConfirmedReadings, calculate, confirm_readings
from console.tasks import TaskError, TaskRunner
from models import clock
from models.domain.groups import Group
from models.domain.reading_checks import ReadingCheckSettings, ReadingEntry
from models.queries.readings import (
    HistoryRow,
    MeterForm,
    ReadingForm,
    RegionChoice,
    find_accounts,
    list_regions,
    load_history,
    load_reading_form,
)
from widgets.account_picker import AccountPicker
from widgets.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from console.navigation import Navigator
    from console.tabs.context import TabContext


@dataclass(frozen=True, slots=True)
class _Loaded:
    form: ReadingForm | None
    history: tuple[HistoryRow, ...]


class ReadingsTab(QtWidgets.QWidget):
    """Readings of one account: the account picker and the entry panel above, the
    history below; the tab asks the services and tells the panels what came back."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.AGENT, Group.SUPERVISOR})

    def __init__(
        self,
        runner: TaskRunner,
        *,
        settings: ReadingCheckSettings | None = None,
        navigator: Navigator | None = None,
        today: Callable[[], date] = clock.today,
        can_correct: bool = True,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingsTab")
        self._runner = runner
        self._navigator = navigator
        self._today = today
        self._account_id: int | None = None
        self._generation = 0
        """Bumped by every lookup: an older lookup's late answer is dropped."""
        self._loading: bool | None = None
        """The account load in flight: whether it keeps the input (None: none runs)."""

        self.picker = AccountPicker(
            "readingsAccountNumber",
            "readingsAccountHeader",
            label_text=self.tr("&Account:"),
            placeholder=self.tr("account number"),
            header_text=self.tr("Enter an account number and press Enter."),
            accessible=self.tr("Account number"),
            header_accessible=self.tr("The account"),
            error_style=ERROR_STYLE,
        )
        self.picker.number_entered.connect(lambda _number: self.find_account())
        self.picker.empty_entered.connect(self.find_account)
        self.number = self.picker.edit
        self.header = self.picker.header
        self.region = QtWidgets.QComboBox()
        self.region.setObjectName("readingsRegion")
        self.region.setAccessibleName(self.tr("Region"))
        self.region.addItem(self.tr("any region"), None)
        self.region.setMinimumContentsLength(22)
        self._region_chosen = False
        """Whether the operator picked the region (not the last account's region shown)."""
        self.region.activated.connect(lambda _index: setattr(self, "_region_chosen", True))
        region_label = QtWidgets.QLabel(self.tr("Re&gion:"))
        region_label.setBuddy(self.region)
        self.find_button = QtWidgets.QPushButton(self.tr("F&ind (Enter)"))
        self.find_button.setObjectName("readingsFind")
        self.find_button.setAccessibleName(self.tr("Find the account"))
        self.find_button.clicked.connect(self.find_account)

        self.entry_panel = ReadingEntryPanel(settings or ReadingCheckSettings(), today)
        self.entry_box = self.entry_panel
        """The «New readings» group box: the panel itself."""
        self.meter = self.entry_panel.meter
        self.meter_info = self.entry_panel.meter_info
        self.entry_form = self.entry_panel.entry_form
        self.entry_form.confirm_requested.connect(self._confirm)
        self.entry_form.price_requested.connect(self._price)
        self.status = self.entry_panel.status

        self.history = HistoryView(today())
        self.history.filter_changed.connect(lambda since, until: self._reload_history())
        self.history.correct_requested.connect(self._correct)
        self.history.set_can_correct(can_correct)
        if not can_correct:
            self.history.correct_button.setToolTip(self.tr("Only supervisors correct readings."))

        for widget in (region_label, self.region, self.find_button):
            self.picker.row.addWidget(widget)
        self.picker.row.addStretch(1)
        top = QtWidgets.QWidget()
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.picker)
        top_layout.addWidget(self.entry_box)
        top_layout.addStretch(1)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setObjectName("readingsSplitter")
        splitter.addWidget(top)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)
        QtWidgets.QWidget.setTabOrder(self.number, self.region)
        QtWidgets.QWidget.setTabOrder(self.region, self.find_button)
        QtWidgets.QWidget.setTabOrder(self.find_button, self.meter)

        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)
        self._runner.submit(
            lambda session, token, progress: list_regions(session), self._show_regions
        )

    @classmethod
    def for_context(cls, context: TabContext) -> ReadingsTab:
        """The tab for the main window."""
        tab = cls(
            context.runner,
            settings=check_settings(context.settings),
            navigator=context.navigator,
            can_correct=context.info.role in ("supervisor", "superuser"),
        )
        tab.follow_changes(context.navigator)
        return tab

    def follow_changes(self, navigator: Navigator) -> None:
        """Reload when any console writes a reading or bill of the account shown."""
        refresh_on(
            self,
            navigator,
            lambda change: (
                change.table in {"reading", "bill", "*"}
                and change.touches_account(self._account_id)
            ),
            self._account_changed,
        )

    def has_unsaved_input(self) -> bool:
        """Whether the operator has typed readings that are not saved yet."""
        return any(text.strip() for text in self.entry_form.values_text().values())

    def _account_changed(self) -> None:
        """Another write changed the account shown. A load in flight is asked again (it
        may predate the write); typed readings are never touched: the form stays as it
        is (its calculation too), the history is reloaded and a note says F5 reloads the
        form; an empty form is reloaded in place."""
        if self._account_id is None:
            return
        if self._loading is not None:
            self.open_account(self._account_id, keep_input=self._loading)
        elif self.has_unsaved_input():
            self._reload_history()
            note = self.tr(
                "Another operator changed this account: the history is updated, your "
                "typed readings are kept (F5 reloads the form)."
            )
            self.entry_panel.add_note(note)
        else:
            self.open_account(self._account_id, keep_input=True)

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Readings")

    def activated(self) -> None:
        """The operator came to the tab: without an account, the cursor is in its number."""
        if self.entry_panel.form is None:
            self.number.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            self.number.selectAll()

    # -- finding the account ----------------------------------------------------

    def _show_regions(self, regions: tuple[RegionChoice, ...]) -> None:
        for region in regions:
            self.region.addItem(region.name, region.id)

    def find_account(self) -> None:
        """Look the typed account number up (in the chosen region, if any)."""
        number = self.number.text().strip()
        if not number:
            self._clear_account()
            self.picker.show_warning(self.tr("Enter an account number."))
            return
        form = self.entry_panel.form
        if form is not None and form.account.number != number:
            self._clear_account()  # another account: nothing of the previous one stays
            if not self._region_chosen:
                self.region.setCurrentIndex(0)  # the previous account's region is not a filter
        region = self.region.currentData()
        self._generation += 1
        self._loading = None
        generation = self._generation
        self.picker.show_message(self.tr("Searching…"))
        self._runner.submit(
            lambda session, token, progress: find_accounts(session, number, region),
            lambda ids: self._found(ids, generation),
            self._failed,
        )

    def _clear_account(self) -> None:
        """Forget the shown account: meters, typed values, messages and history go."""
        self._account_id = None
        self._loading = None
        self.entry_panel.clear()
        self.history.set_rows(())

    def _found(self, ids: tuple[int, ...], generation: int) -> None:
        if generation != self._generation:
            return  # the operator has looked up another number meanwhile
        if len(ids) != 1:
            self._clear_account()
        if len(ids) == 1:
            self.open_account(ids[0])
        elif not ids:
            self.picker.show_error(self.tr("No account with this number."))
        else:
            self.picker.show_warning(
                self.tr("This number exists in several regions: choose the region.")
            )
            self.region.setFocus()

    def _open_tool(self, tool: str, account_id: int) -> None:
        if tool == Tool.READINGS:
            self.open_account(account_id)

    def open_account(self, account_id: int, *, keep_input: bool = False) -> None:
        """Load the account's meters, readings and history."""
        if not keep_input and account_id != self._account_id:
            self._clear_account()
        self._account_id = account_id
        since, until = self.history.period()
        self._generation += 1
        self._loading = keep_input
        generation = self._generation

        def work(session: Session, token: object, progress: object) -> _Loaded:
            form = load_reading_form(session, account_id)
            return _Loaded(form, load_history(session, account_id, since, until))

        def show(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._loading = None
                self._show(loaded, keep_input)

        def failed(error: TaskError) -> None:
            if generation == self._generation:
                self._loading = None
                self._failed(error)

        self._runner.submit(work, show, failed)

    def refresh(self) -> None:
        """Reload the account (F5); typed values stay in the form."""
        if self._account_id is not None:
            self.open_account(self._account_id, keep_input=True)

    @while_alive
    def _show(self, loaded: _Loaded, keep_input: bool) -> None:
        form = loaded.form
        if form is None:
            self._clear_account()
            self.picker.show_error(self.tr("No account with this number."))
            return
        account = form.account
        self.region.setCurrentIndex(max(0, self.region.findData(account.region_id)))
        self._region_chosen = False
        self.picker.show_found(
            account.number,
            f"<b>{account.number}</b> · {account.region_name} · <b>{account.customer_name}</b>"
            f" · {account.address}",
        )
        self.entry_panel.show_form(form, keep_input=keep_input)
        self.history.set_rows(loaded.history)

    # -- saving ---------------------------------------------------------------

    def _price(self, meter: MeterForm, entry: ReadingEntry) -> None:
        today, settings = self._today(), self.entry_panel.form_settings()
        self._runner.submit(
            lambda session, token, progress: calculate(session, meter, entry, today, settings),
            lambda result: self.entry_form.show_calculation(entry, result),
            self._failed,
        )

    def _confirm(
        self, meter: MeterForm, entry: ReadingEntry, key: uuid.UUID, shown: Decimal | None
    ) -> None:
        self.entry_panel.show_saving()
        today, settings = self._today(), self.entry_panel.form_settings()
        self._runner.submit(
            lambda session, token, progress: confirm_readings(
                session, meter, entry, today, settings, key, shown
            ),
            self._confirmed,
            self.entry_panel.show_refused,
        )

    def _confirmed(self, done: ConfirmedReadings) -> None:
        self.entry_panel.show_saved(done)
        if self._account_id is not None:
            self.open_account(self._account_id)  # the reload shows the new readings

    # -- history and corrections ------------------------------------------------

    def _reload_history(self) -> None:
        account_id = self._account_id
        if account_id is None:
            return
        since, until = self.history.period()
        self._runner.submit(
            lambda session, token, progress: load_history(session, account_id, since, until),
            self.history.set_rows,
            self._failed,
        )

    def _correct(self, row: HistoryRow) -> None:
        dialog = CorrectionDialog(self._runner, row, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._corrected)
        dialog.open()

    def _corrected(self, done: ConfirmedReadings) -> None:
        if self._account_id is not None:
            self.open_account(self._account_id, keep_input=True)
        self.entry_panel.show_corrected(done)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.entry_panel.say_error(describe_error(error))
