"""The supervisors' «Appeals» tab: the queue, the answer editor and the dashboard.

Ctrl+N claims the next new appeal (the earliest deadline; two supervisors never take the
same one), Ctrl+Enter sends the answer (the customer's e-mail is queued with it), F5
reloads. The dashboard counts the register by status and by age in working days, shows
the overdue in red, the share answered on time and each operator's figures, and exports
the register as CSV. Everything is read and written in workers.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy.orm import Session

from console.appeals.dashboard_panel import AppealsDashboard
from console.appeals.labels import label
from console.appeals.queue_model import AppealsModel
from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.formatting import format_date
from console.lookup.alive import while_alive
from console.navigation import Navigator
from console.payments.print_flow import print_with_preview
from console.printing.appeal_letter import render_appeal_answer
from console.services import appeals as service
from console.services.documents import appeal_answer_document
from console.tabs.context import TabContext
from console.tasks import TaskError, TaskRunner
from models.domain.groups import Group
from models.queries.appeals import AppealRow, Dashboard, appeals, dashboard
from widgets.qt import QtCore, QtGui, QtWidgets

QUEUE_STATUSES = ("new", "in_work", "answered")
"""The queue: appeals to answer, and answered ones waiting to be closed."""

_Loaded = tuple[tuple[AppealRow, ...], Dashboard, tuple[str, ...]]
"""What a refresh reads: the queue, the dashboard and the logins appeals may go to."""


class AppealsTab(QtWidgets.QWidget):
    """Queue, answer editor and dashboard of the appeals register (supervisors)."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.SUPERVISOR})

    def __init__(
        self,
        runner: TaskRunner,
        parent: QtWidgets.QWidget | None = None,
        *,
        navigator: Navigator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appealsTab")
        self._runner = runner
        self._navigator = navigator
        self.model = AppealsModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("appealsQueue")
        self.table.setAccessibleName(self.tr("Open appeals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.claim = QtWidgets.QPushButton(self.tr("Claim &next (Ctrl+N)"))
        self.claim.setObjectName("appealsClaimNext")
        self.claim.setAccessibleName(self.tr("Claim the next appeal"))
        self.claim.clicked.connect(self.claim_next)
        claim_key = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+N"), self)
        claim_key.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        claim_key.activated.connect(self.claim_next)

        self.detail = QtWidgets.QPlainTextEdit()
        self.detail.setObjectName("appealsDetail")
        self.detail.setAccessibleName(self.tr("Appeal text"))
        self.detail.setReadOnly(True)
        self.answer = QtWidgets.QPlainTextEdit()
        self.answer.setObjectName("appealsAnswer")
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.setTabChangesFocus(True)
        self.send = QtWidgets.QPushButton(self.tr("Send the &answer (Ctrl+Enter)"))
        self.send.setObjectName("appealsSendAnswer")
        self.send.setAccessibleName(self.tr("Send the answer"))
        self.send.clicked.connect(self.send_answer)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self.answer)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send_answer)
        self.close_button = QtWidgets.QPushButton(self.tr("Clo&se the appeal"))
        self.close_button.setObjectName("appealsClose")
        self.close_button.setAccessibleName(self.tr("Close the answered appeal"))
        self.close_button.clicked.connect(self.close_current)
        self.print_letter = QtWidgets.QPushButton(self.tr("Print the letter (Ctrl+P)"))
        self.print_letter.setObjectName("appealsPrintLetter")
        self.print_letter.setAccessibleName(self.tr("Print the answer as a letter"))
        self.print_letter.clicked.connect(self.print_answer)
        print_key = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+P"), self)
        print_key.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_key.activated.connect(self.print_answer)
        self.assignee = QtWidgets.QComboBox()
        self.assignee.setObjectName("appealsAssignee")
        self.assignee.setAccessibleName(self.tr("Operator to assign the appeal to"))
        self.assignee.setEditable(True)
        self.assignee.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.assign_button = QtWidgets.QPushButton(self.tr("Assign (Ctrl+Shift+A)"))
        self.assign_button.setObjectName("appealsAssign")
        self.assign_button.setAccessibleName(self.tr("Assign the appeal"))
        self.assign_button.setShortcut(QtGui.QKeySequence("Ctrl+Shift+A"))
        self.assign_button.clicked.connect(self.assign_current)
        self.open_card = QtWidgets.QPushButton(self.tr("Customer's card (Ctrl+O)"))
        self.open_card.setObjectName("appealsOpenCard")
        self.open_card.setAccessibleName(
            self.tr("Open the customer's card (to apply a change of details)")
        )
        self.open_card.setToolTip(
            self.tr(
                "A change of details is applied on the customer's card with its own actions"
                " (phone, e-mail, portal login), each checked and audited by the database;"
                " then answer the appeal saying what was changed."
            )
        )
        card_key = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+O"), self)
        card_key.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        card_key.activated.connect(self.show_customer)
        self.open_card.clicked.connect(self.show_customer)
        self.open_card.setVisible(navigator is not None)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("appealsProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")

        self.board_panel = AppealsDashboard(runner)
        self.board_panel.message.connect(self.problem.setText)
        # The dashboard's parts under the tab's names from before the split (tests use them).
        self.overdue = self.board_panel.overdue
        self.export_csv = self.board_panel.export_csv
        self.edit_topics = self.board_panel.edit_topics

        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.claim)
        left.addWidget(self.table, 1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.detail, 2)
        right.addWidget(QtWidgets.QLabel(self.tr("Answer:")))
        right.addWidget(self.answer, 2)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.send)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_letter)
        buttons.addWidget(self.open_card)
        buttons.addStretch(1)
        right.addLayout(buttons)
        assign_row = QtWidgets.QHBoxLayout()
        assign_caption = QtWidgets.QLabel(self.tr("Assign to:"))
        assign_caption.setBuddy(self.assignee)
        assign_row.addWidget(assign_caption)
        assign_row.addWidget(self.assignee, 1)
        assign_row.addWidget(self.assign_button)
        right.addLayout(assign_row)
        right.addWidget(self.problem)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 3)
        layout.addWidget(self.board_panel, 2)
        self._show_current()

    @property
    def board(self) -> Dashboard | None:
        """The figures last shown on the dashboard."""
        return self.board_panel.board

    # -- tab protocol ------------------------------------------------------------------

    @classmethod
    def for_context(cls, context: TabContext) -> AppealsTab:
        """The tab for the main window."""
        tab = cls(context.runner, navigator=context.navigator)
        refresh_on(tab, context.navigator, lambda c: c.table in {"appeal", "*"}, tab.refresh)
        tab.refresh()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("A&ppeals")

    def refresh(self, select: int | None = None) -> None:
        """Reload the queue and the dashboard (F5)."""
        shown = self.current()
        keep = select if select is not None else (shown.id if shown is not None else None)

        def work(session: Session, _t: Any, _p: Any) -> _Loaded:
            return (
                appeals(session, QUEUE_STATUSES),
                dashboard(session),
                service.assignable_operators(session),
            )

        @while_alive
        def done(tab: AppealsTab, result: _Loaded) -> None:
            rows, board, logins = result
            tab.model.set_rows(rows)
            tab.board_panel.show_board(board)
            typed = tab.assignee.currentText()
            tab.assignee.clear()
            tab.assignee.addItems(list(logins))
            tab.assignee.setCurrentText(typed)
            ids = [r.id for r in rows]
            if keep in ids:
                tab.table.selectRow(ids.index(keep))
            tab.table.resizeColumnsToContents()
            tab._show_current()

        self._submit(work, done, clear=False)

    # -- actions ---------------------------------------------------------------------

    def current(self) -> AppealRow | None:
        """The selected appeal."""
        return self.model.row(self.table.currentIndex().row())

    def claim_next(self) -> None:
        """Take the next new appeal and select it, the answer editor focused."""

        @while_alive
        def done(tab: AppealsTab, appeal_id: int | None) -> None:
            if appeal_id is None:
                tab.problem.setText(
                    QtCore.QCoreApplication.translate("AppealsTab", "No new appeals are waiting.")
                )
                return
            tab.refresh(select=appeal_id)
            tab.answer.setFocus()

        self._submit(lambda s, _t, _p: service.claim_next(s), done)

    def send_answer(self) -> None:
        """Answer the selected appeal; the customer's e-mail is queued with it."""
        item, text = self.current(), self.answer.toPlainText()
        if item is None:
            return

        @while_alive
        def done(tab: AppealsTab, notification: int | None) -> None:
            tab.answer.clear()
            tab.problem.setText(
                QtCore.QCoreApplication.translate(
                    "AppealsTab", "Answered; the customer's e-mail is queued."
                )
                if notification is not None
                else QtCore.QCoreApplication.translate(
                    "AppealsTab", "Answered; the customer has no e-mail: send the answer by letter."
                )
            )
            tab.refresh(select=item.id)

        self._submit(lambda s, _t, _p: service.answer(s, item.id, item.version, text), done)

    def assign_current(self) -> None:
        """Ctrl+Shift+A: give the selected open appeal to the login in «Assign to»; the
        database refuses a login that is not an active agent or supervisor."""
        item, login = self.current(), self.assignee.currentText().strip()
        if item is None or not login:
            return

        @while_alive
        def done(tab: AppealsTab, _version: int) -> None:
            tab.problem.setText(
                QtCore.QCoreApplication.translate(
                    "AppealsTab", "Appeal {number} is assigned to {login}."
                ).format(number=item.number, login=login)
            )
            tab.refresh(select=item.id)

        self._submit(lambda s, _t, _p: service.assign(s, item.id, item.version, login), done)

    def show_customer(self) -> None:
        """Ctrl+O: the selected appeal's customer on the lookup tab's card, where a change
        of details is applied through the card's own actions."""
        item = self.current()
        if item is not None and self._navigator is not None:
            self._navigator.open_customer.emit(item.customer_id)

    def close_current(self) -> None:
        """Close the selected (answered) appeal."""
        item = self.current()
        if item is None:
            return

        @while_alive
        def done(tab: AppealsTab, _version: int) -> None:
            tab.refresh()

        self._submit(lambda s, _t, _p: service.close(s, item.id, item.version), done)

    def print_answer(self) -> None:
        """Ctrl+P: the selected appeal's answer as a letter, previewed (then printed or
        saved as PDF); a second print of it says «ДУБЛИКАТ»."""
        item = self.current()
        if item is None or not item.answer:
            return
        self.problem.clear()

        def build(session: Session, duplicate: bool) -> bytes:
            return render_appeal_answer(
                appeal_answer_document(session, item.id, duplicate=duplicate)
            )

        @while_alive
        def failed(tab: AppealsTab, error: TaskError) -> None:
            tab.problem.setText(describe_error(error))

        print_with_preview(
            self._runner,
            self,
            kind="appeal_answer",
            key=str(item.id),
            account_id=None,
            build=build,
            title=self.tr("Answer to appeal {number}").format(number=item.number),
            file_name=f"answer-{item.number}.pdf",
            on_error=lambda error: failed(self, error),
            require=lambda session: appeal_answer_document(session, item.id),
        )

    # -- display ---------------------------------------------------------------------

    def _submit(self, work: Any, done: Any, *, clear: bool = True) -> None:
        """Run ``work`` in a worker; an action clears the last message first, a reload
        keeps it (an action's outcome stays readable after the list refreshes)."""
        if clear:
            self.problem.clear()

        @while_alive
        def failed(tab: AppealsTab, error: TaskError) -> None:
            tab.problem.setText(describe_error(error))

        self._runner.submit(work, lambda value: done(self, value), lambda e: failed(self, e))

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            self.detail.setPlainText("")
            self.send.setEnabled(False)
            self.close_button.setEnabled(False)
            self.print_letter.setEnabled(False)
            self.assign_button.setEnabled(False)
            self.open_card.setEnabled(False)
            return
        lines = [
            f"{item.number} · {label(item.kind)} · {item.customer_name}"
            + (f" · {item.account_number}" if item.account_number else ""),
            self.tr("Arrived {day}, due {deadline}").format(
                day=format_date(item.arrived_on), deadline=format_date(item.deadline)
            ),
            "",
            item.body,
        ]
        if item.attachments:
            lines += ["", self.tr("Attachments:")]
            lines += [f"• {a.name} ({a.size // 1024} KB)" for a in item.attachments]
        if item.answer:
            lines += ["", self.tr("Answer:"), item.answer]
        self.detail.setPlainText("\n".join(lines))
        self.send.setEnabled(item.is_open)
        self.close_button.setEnabled(item.status == "answered")
        self.print_letter.setEnabled(bool(item.answer))
        self.assign_button.setEnabled(item.is_open)
        self.open_card.setEnabled(True)
