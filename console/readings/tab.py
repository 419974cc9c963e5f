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
from console.formatting import format_period
from console.lookup.alive import while_alive
from console.navigation import Tool
from console.problem_texts import describe
from console.readings.correction_dialog import CorrectionDialog
from console.readings.entry_form import ERROR_STYLE, ReadingEntryForm
from console.readings.history import HistoryView
from console.readings.labels import check_settings, with_window
from console.services.readings import ConfirmedReadings, calculate, confirm_readings
from console.tasks import ErrorKind, TaskError, TaskRunner
from models import clock
from models.domain.groups import Group
from models.domain.money_format import format_money
from models.domain.problems import Problem
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

SUCCESS_STYLE = "color: #1e6b2f;"


@dataclass(frozen=True, slots=True)
class _Loaded:
    form: ReadingForm | None
    history: tuple[HistoryRow, ...]


class ReadingsTab(QtWidgets.QWidget):
    """Readings of one account: entry form above, history below."""

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
        self._settings = settings or ReadingCheckSettings()
        self._navigator = navigator
        self._today = today
        self._form: ReadingForm | None = None
        self._account_id: int | None = None
        self._status_after_reload: str | None = None
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

        self.meter = QtWidgets.QComboBox()
        self.meter.setObjectName("readingsMeter")
        self.meter.setAccessibleName(self.tr("Meter"))
        self.meter.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meter.currentIndexChanged.connect(self._meter_chosen)
        meter_label = QtWidgets.QLabel(self.tr("M&eter:"))
        meter_label.setBuddy(self.meter)
        self.meter_info = QtWidgets.QLabel()
        self.meter_info.setObjectName("readingsMeterInfo")

        self.entry_form = ReadingEntryForm()
        self.entry_form.confirm_requested.connect(self._confirm)
        self.entry_form.price_requested.connect(self._price)
        self.entry_form.input_changed.connect(self._forget_outcome)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("readingsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history = HistoryView(today())
        self.history.filter_changed.connect(lambda since, until: self._reload_history())
        self.history.correct_requested.connect(self._correct)
        self.history.set_can_correct(can_correct)
        if not can_correct:
            self.history.correct_button.setToolTip(self.tr("Only supervisors correct readings."))

        for widget in (region_label, self.region, self.find_button):
            self.picker.row.addWidget(widget)
        self.picker.row.addStretch(1)
        meter_row = QtWidgets.QHBoxLayout()
        meter_row.addWidget(meter_label)
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.meter_info, 1)
        self.entry_box = QtWidgets.QGroupBox(self.tr("New readings"))
        self.entry_box.setObjectName("readingsEntryBox")
        entry_layout = QtWidgets.QVBoxLayout(self.entry_box)
        entry_layout.addLayout(meter_row)
        entry_layout.addWidget(self.entry_form)
        entry_layout.addWidget(self.status)
        self.entry_box.setEnabled(False)
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
            if note not in self.status.text():
                text = f"{self.status.text()}\n{note}".strip()
                self._say(text, self.status.styleSheet(), self.status)
        else:
            self.open_account(self._account_id, keep_input=True)

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Readings")

    def activated(self) -> None:
        """The operator came to the tab: without an account, the cursor is in its number."""
        if self._form is None:
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
        if self._form is not None and self._form.account.number != number:
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
        self._form = None
        self._account_id = None
        self._loading = None
        self._status_after_reload = None
        self.meter.blockSignals(True)
        self.meter.clear()
        self.meter.blockSignals(False)
        self.meter_info.clear()
        self.entry_form.clear()
        self.entry_box.setEnabled(False)
        self.status.clear()
        self.history.set_rows(())

    def _forget_outcome(self) -> None:
        """The operator works on a new entry: the last save's message no longer applies."""
        if self.status.styleSheet() == SUCCESS_STYLE:
            self.status.clear()

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
        self._form = form
        account = form.account
        self.region.setCurrentIndex(max(0, self.region.findData(account.region_id)))
        self._region_chosen = False
        self.picker.show_found(
            account.number,
            f"<b>{account.number}</b> · {account.region_name} · <b>{account.customer_name}</b>"
            f" · {account.address}",
        )
        chosen = self.meter.currentData() if keep_input else None
        focused = self._focused_entry() if keep_input else ""
        self.meter.blockSignals(True)
        self.meter.clear()
        for meter in form.meters:
            self.meter.addItem(self._meter_title(meter), meter.id)
        index = max(0, self.meter.findData(chosen)) if chosen is not None else 0
        self.meter.setCurrentIndex(index)
        self.meter.blockSignals(False)
        self.entry_box.setEnabled(bool(form.meters))
        if not form.meters:
            self.meter_info.setText(self.tr("The account has no meters."))
        else:
            self._meter_chosen(keep_input=keep_input)
        if not keep_input:
            self.status.clear()
        if self._status_after_reload is not None:
            self._say(self._status_after_reload, SUCCESS_STYLE, self.status)
            self._status_after_reload = None
        self.history.set_rows(loaded.history)
        if form.meters and not keep_input:
            self.entry_form.focus_first_zone()
        elif focused:
            self._refocus(focused)

    def _focused_entry(self) -> str:
        """The object name of the entry form's field with the cursor ("" if none)."""
        widget = QtWidgets.QApplication.focusWidget()
        if widget is None or not self.entry_form.isAncestorOf(widget):
            return ""
        return widget.objectName()

    def _refocus(self, name: str) -> None:
        """Put the cursor back in the rebuilt form's field ``name`` (a reload rebuilds the
        zones' fields: the old ones linger until deleted, the newest comes last)."""
        fields = self.entry_form.findChildren(QtWidgets.QWidget, name)
        if fields:
            fields[-1].setFocus()

    def _meter_title(self, meter: MeterForm) -> str:
        info = meter.context.meter
        title = self.tr("{serial} — {model}, zones: {zones}").format(
            serial=meter.serial_number, model=meter.model, zones=info.zone_count
        )
        if info.removed_on is not None:
            title += " " + self.tr("(removed {day:%d.%m.%Y})").format(day=info.removed_on)
        return title

    def _form_settings(self) -> ReadingCheckSettings:
        """The limits for the open account: this PC's plausibility limit and the region's
        acceptance window from the database (the same on every PC)."""
        if self._form is None:
            return self._settings
        return with_window(self._settings, self._form.window)

    def _current_meter(self) -> MeterForm | None:
        if self._form is None:
            return None
        meter_id = self.meter.currentData()
        return next((m for m in self._form.meters if m.id == meter_id), None)

    def _meter_chosen(self, *args: object, keep_input: bool = False) -> None:
        meter = self._current_meter()
        if meter is None:
            return
        info = meter.context.meter
        text = self.tr(
            "{digits} whole digits · installed {installed:%d.%m.%Y} · "
            "calibration until {due:%d.%m.%Y}"
        ).format(digits=info.digits, installed=info.installed_on, due=info.calibration_due)
        if meter.removed:
            problem = Problem.error(
                "reading.meter_removed", None, removed_on=f"{info.removed_on:%d.%m.%Y}"
            )
            text += " · " + describe(problem)
        self.meter_info.setText(text)
        self.entry_form.set_meter(
            meter, self._today(), self._form_settings(), keep_input=keep_input
        )

    # -- saving ---------------------------------------------------------------

    def _price(self, meter: MeterForm, entry: ReadingEntry) -> None:
        today, settings = self._today(), self._form_settings()
        self._runner.submit(
            lambda session, token, progress: calculate(session, meter, entry, today, settings),
            lambda result: self.entry_form.show_calculation(entry, result),
            self._failed,
        )

    def _confirm(
        self, meter: MeterForm, entry: ReadingEntry, key: uuid.UUID, shown: Decimal | None
    ) -> None:
        self.entry_form.set_busy(True)
        self._say(self.tr("Saving…"), "", self.status)
        today, settings = self._today(), self._form_settings()
        self._runner.submit(
            lambda session, token, progress: confirm_readings(
                session, meter, entry, today, settings, key, shown
            ),
            self._confirmed,
            self._confirm_failed,
        )

    def _confirmed(self, done: ConfirmedReadings) -> None:
        self.entry_form.set_busy(False)
        if done.bill_id is None:
            text = self.tr(
                "The readings are saved. This is the meter's first reading: no bill yet."
            )
        else:
            text = self.tr(
                "The readings are saved. Bill {receipt} for {period} formed: {amount}."
            ).format(
                receipt=done.receipt_number,
                period=format_period(done.billing_period),
                amount=format_money(done.amount or Decimal(0)),
            )
            if done.supplementary:
                text += " " + self.tr("(a supplementary bill: the period already had one)")
        self._say(text, SUCCESS_STYLE, self.status)
        if self._account_id is not None:
            # The reload shows the new readings; the confirmation stays on screen.
            self._status_after_reload = text
            self.open_account(self._account_id)

    def _confirm_failed(self, error: TaskError) -> None:
        self.entry_form.set_busy(False)
        if error.kind is ErrorKind.CONFLICT and error.detail == "reading.price_changed":
            text = describe(Problem.error("reading.price_changed"))
            self.entry_form.forget_price()
        elif error.kind is ErrorKind.CONFLICT:
            text = describe(Problem.error("reading.stale"))
        elif error.kind is ErrorKind.INVALID and error.problems:
            # The database refused (e.g. the billing period closed meanwhile): the
            # problems go next to their fields, the first of them in the status line.
            self.entry_form.show_refusal(error.problems)
            text = describe(error.problems[0])
        else:
            text = describe_error(error)
        self._say(text, ERROR_STYLE, self.status)

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
        if done.bill_id is None:
            text = self.tr("The correction is saved. The reading had formed no bill.")
        else:
            text = self.tr("The correction is saved. Correction bill {receipt}: {amount}.").format(
                receipt=done.receipt_number, amount=format_money(done.amount or Decimal(0))
            )
        if self._account_id is not None:
            self.open_account(self._account_id, keep_input=True)
        self._say(text, SUCCESS_STYLE, self.status)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._say(describe_error(error), ERROR_STYLE, self.status)

    @staticmethod
    def _say(text: str, style: str, label: QtWidgets.QLabel) -> None:
        label.setStyleSheet(style)
        label.setText(text)
