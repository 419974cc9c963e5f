"""Payment history of an account: payments and bills for a period, balance on a date, statement.

Agents answer «did my payment arrive?» and «send me my bill» here: the payments with
their channel and totals, the bills with their lines on expand (paid or not), the
balance as of any date, a printable statement of account, and the visible table
exported to CSV (written in a worker). Batch printing of a region's bills opens from
here, and a supervisor reverses the selected payment (the database refuses others).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import Session

from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.navigation import Tool
from console.payments.balance_text import balance_words
from console.payments.batch_dialog import BatchPrintDialog
from console.payments.history_documents import (
    print_bill,
    print_period_document,
    print_statement,
    write_csv,
)
from console.payments.history_panels import (
    REVERSAL_ROLES,
    BalanceBar,
    HistoryActions,
    HistoryFilterBar,
    totals_text,
)
from console.payments.history_supervision import SupervisorActions
from console.payments.history_tables import HistoryViews, model_rows
from console.payments.newest import Newest
from console.services import payments as service
from console.session import role_allows
from console.settings import CASH_DESK_ID, Settings
from console.tasks import TaskError, TaskRunner
from models import clock
from models.domain.groups import Group
from models.queries.balance import Balance
from widgets.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from console.navigation import Navigator
    from console.tabs.context import TabContext


class PaymentsTab(QtWidgets.QWidget):
    """History of one account's payments and bills."""

    required_roles: ClassVar[frozenset[Group]] = frozenset(
        {Group.AGENT, Group.CASHIER, Group.SUPERVISOR}
    )
    """Admins manage operators and read the audit log; they cannot read business data."""

    history_shown = QtCore.Signal(object)
    reversal_opened = QtCore.Signal(object)
    """The reversal dialog is open: the :class:`ReversalDialog`."""
    release_opened = QtCore.Signal(object)
    """The :class:`ReleasePendingDialog`, once it is open."""
    batch_opened = QtCore.Signal(object)
    """The batch printing dialog is open: the :class:`BatchPrintDialog`."""
    correction_opened = QtCore.Signal(object)
    """The :class:`CorrectionDialog`, once it is open."""
    corrections_retried = QtCore.Signal(object)
    """Pending corrections were sent again (automatically): the states after."""
    bill_choice_opened = QtCore.Signal(object)
    """A corrected period's «which document» dialog was opened (for tests)."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings | None = None,
        navigator: Navigator | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        role: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsTab")
        self._runner = runner
        self._can_reverse = role_allows(role, REVERSAL_ROLES)
        desk_id = int(settings.get(CASH_DESK_ID)) if settings is not None else 0
        self._desk_id: int | None = desk_id or None
        self._notice = ""
        """What the status line says once the history is reloaded (after a reversal)."""
        self._account_id: int | None = None
        self._history: service.AccountHistory | None = None
        self._navigator = navigator
        self._histories, self._balances, self._lookups = Newest(), Newest(), Newest()
        """Only the newest load of each kind is shown (an older answer may come last)."""
        self._build()
        self.supervision = SupervisorActions(runner, self._desk_id, self._can_reverse, self)
        self._correction_timer = self.supervision.timer
        for mine, theirs in (
            (self.reversal_opened, self.supervision.reversal_opened),
            (self.release_opened, self.supervision.release_opened),
            (self.correction_opened, self.supervision.correction_opened),
            (self.corrections_retried, self.supervision.corrections_retried),
        ):
            theirs.connect(mine)
        self.supervision.said.connect(self.status.setText)
        self.supervision.history_changed.connect(self._history_changed)
        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)

    def _build(self) -> None:
        today = clock.today()
        start, end = service.default_range(today)
        self.heading = QtWidgets.QLabel(self.tr("Payment history"))
        self.heading.setObjectName("paymentsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_bar = HistoryFilterBar(start, end)
        self.account_edit = self.filter_bar.account_edit
        self.from_edit = self.filter_bar.from_edit
        self.to_edit = self.filter_bar.to_edit
        self.show_button = self.filter_bar.show_button
        self.account_edit.returnPressed.connect(self.find_account)
        self.show_button.clicked.connect(self.refresh)

        self.balance_bar = BalanceBar(today, self._can_reverse)
        self.account_label = self.balance_bar.account_label
        self.balance_date = self.balance_bar.balance_date
        self.balance_label = self.balance_bar.balance_label
        self.correction_button = self.balance_bar.correction_button
        self.balance_date.dateChanged.connect(self.load_balance)
        self.correction_button.clicked.connect(self.open_correction)

        self.views = HistoryViews()
        self.payments_table = self.views.payments_table
        self.payments_model = self.payments_table.model
        self.payments_view = self.payments_table.view
        self.payments_view.selectionModel().currentRowChanged.connect(self._payment_selected)
        self.bills_view = self.views.bills_view
        self.bills_model = self.bills_view.bills_model
        self.corrections_table = self.views.corrections_table
        self.corrections_model = self.corrections_table.model
        self.corrections_view = self.corrections_table.view

        self.actions_bar = HistoryActions(self._can_reverse)
        self.statement_button = self.actions_bar.statement_button
        self.bill_button = self.actions_bar.bill_button
        self.export_button = self.actions_bar.export_button
        self.batch_button = self.actions_bar.batch_button
        self.release_button = self.actions_bar.release_button
        self.reverse_button = self.actions_bar.reverse_button
        self.statement_button.clicked.connect(self.print_statement)
        self.bill_button.clicked.connect(self.print_selected_bill)
        self.export_button.clicked.connect(self.export_csv)
        self.batch_button.clicked.connect(self.open_batch_printing)
        self.release_button.clicked.connect(self.release_pending_cheques)
        self.reverse_button.clicked.connect(self.reverse_selected_payment)

        self.totals_label = QtWidgets.QLabel()
        self.totals_label.setObjectName("paymentsTotals")
        self.totals_label.setAccessibleName(self.tr("Totals"))
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("paymentsStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.balance_bar)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.status)
        chain = (
            self.views,
            self.statement_button,
            self.bill_button,
            self.export_button,
            self.batch_button,
            self.reverse_button,
        )
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    @classmethod
    def for_context(cls, context: TabContext) -> PaymentsTab:
        """The tab for the main window."""
        tab = cls(
            context.runner,
            context.settings,
            context.navigator,
            role=getattr(context.info, "role", ""),
        )
        tab.follow_changes(context.navigator)
        return tab

    def follow_changes(self, navigator: Navigator) -> None:
        """Reload when any console writes a payment or bill of the account shown."""
        refresh_on(
            self,
            navigator,
            lambda change: (
                change.table in {"payment", "bill", "*"}
                and change.touches_account(self._account_id)
            ),
            self.refresh,
        )

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("Pa&yments")

    # -- loading -------------------------------------------------------------------------

    def _open_tool(self, tool: str, account_id: int) -> None:
        if tool == Tool.PAYMENTS:
            self.load_account(account_id)

    def find_account(self) -> None:
        """Load the account whose number was typed."""
        number = self.account_edit.text().strip()
        if not number:
            return
        today = clock.today()

        def work(session: Session, token: object, progress: object) -> list[service.AccountSummary]:
            return service.find_accounts(session, number, today)

        def found(accounts: list[service.AccountSummary]) -> None:
            if len(accounts) == 1:
                self.load_account(accounts[0].id)
            elif not accounts:
                self.status.setText(self.tr("No account has this number."))
            else:
                self.status.setText(
                    self.tr(
                        "This number exists in several regions; open it from the customer card."
                    )
                )

        self._runner.submit(work, *self._lookups.answers(found, self._failed))

    def load_account(self, account_id: int) -> None:
        """Show the history of ``account_id`` for the chosen period."""
        self._account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the history (F5)."""
        if self._account_id is None:
            return
        account_id = self._account_id
        date_from, date_to = self.filter_bar.period()
        today = clock.today()
        self.status.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda session, token, progress: service.account_history(
                session, account_id, date_from, date_to, today
            ),
            *self._histories.answers(self._show, self._failed),
        )
        self.load_balance()

    def load_balance(self) -> None:
        """The balance as of the chosen date."""
        if self._account_id is None:
            return
        account_id, day = self._account_id, self.balance_bar.balance_day()
        self._runner.submit(
            lambda session, token, progress: service.balance_on(session, account_id, day),
            *self._balances.answers(self._show_balance, self._failed),
        )

    def _show_balance(self, value: Balance) -> None:
        self.balance_label.setText(balance_words(value))

    def _show(self, history: service.AccountHistory) -> None:
        self._history = history
        account = history.account
        self.status.setText(self._notice)
        self._notice = ""
        self.account_edit.setText(account.number)
        self.balance_bar.show_account(account)
        self.views.fill(history)
        self.correction_button.setEnabled(self._can_reverse)
        self.totals_label.setText(totals_text(history))
        self.actions_bar.set_account_shown(True)
        self._payment_selected()
        self.history_shown.emit(history)

    def open_correction(self) -> None:
        """A correction cheque for the account shown (Ctrl+Shift+F, supervisors)."""
        if self._history is not None:
            self.supervision.open_correction(self._history.account, self.selected_payment())

    def retry_corrections(self) -> None:
        """Send this supervisor's pending correction cheques again (every 30 s, as the
        cash desk retries its cheques); nothing is asked of the register when none is."""
        self.supervision.retry_corrections()

    def _history_changed(self, notice: str) -> None:
        """A reversal or a correction changed the history: reload it, then say ``notice``."""
        self._notice = notice
        self.refresh()

    # -- reversal ------------------------------------------------------------------------

    def selected_payment(self) -> service.PaymentRow | None:
        """The payment under the cursor in the payments table."""
        value = self.payments_table.current_id()
        if value is None or self._history is None:
            return None
        return next((p for p in self._history.payments if p.id == value), None)

    def _payment_selected(self, *_: object) -> None:
        payment = self.selected_payment()
        self.reverse_button.setEnabled(
            self._can_reverse
            and payment is not None
            and payment.reverses_id is None
            and payment.reversed_by_id is None
        )

    def reverse_selected_payment(self) -> None:
        """Ask for a reason and reverse the selected payment (Ctrl+Shift+V, supervisors)."""
        self.supervision.reverse(self.selected_payment())

    def release_pending_cheques(self) -> None:
        """Let a shift close with unprinted cheques, with a reason (Ctrl+Shift+K)."""
        self.supervision.release_pending_cheques()

    # -- printing and export -------------------------------------------------------------

    def open_batch_printing(self) -> None:
        """Print every bill of a region for a period (Ctrl+Shift+P)."""
        dialog = BatchPrintDialog(self._runner, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.batch_opened.emit(dialog)

    def selected_bill_id(self) -> int | None:
        """The bill under the cursor in the bills tree (or the newest)."""
        return self.bills_view.selected_bill_id()

    def print_selected_bill(self) -> None:
        """Preview and print the current document of the selected bill's period (a
        reprint is marked «ДУБЛИКАТ»); when a correction replaced the period's bill, a
        dialog offers the correction (the default) or the original bill."""
        bill_id = self.selected_bill_id()
        if bill_id is not None:
            print_period_document(
                self._runner,
                self,
                bill_id,
                self._account_id,
                self._failed,
                self.bill_choice_opened.emit,
            )

    def print_bill(self, bill_id: int) -> None:
        """Preview and print bill ``bill_id`` (a reprint is marked «ДУБЛИКАТ»)."""
        print_bill(self._runner, self, bill_id, self._account_id, self._failed)

    def print_statement(self) -> None:
        """Preview and print the statement of account for the chosen period."""
        if self._account_id is not None:
            period = self.filter_bar.period()
            print_statement(
                self._runner, self, self._account_id, period, clock.today(), self._failed
            )

    def visible_table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows of the table on screen (bills with their lines)."""
        return model_rows(
            self.payments_model if self.views.currentIndex() == 0 else self.bills_model
        )

    def export_csv(self) -> None:
        """Save the visible table as CSV (Ctrl+E)."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), "history.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the visible table to ``path`` in a worker."""
        header, rows = self.visible_table()
        self._runner.submit(
            lambda session, token, progress: write_csv(path, header, rows),
            lambda saved: self.status.setText(
                self.tr("Exported {count} rows to {path}.").format(count=len(rows), path=str(saved))
            ),
            self._failed,
            needs_database=False,
        )

    def _failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))
