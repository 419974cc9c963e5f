"""The moderation tab: three queues (link requests, registrations, merge requests), the
decision view, the dashboard. A registration shows the applicant's proofs with the
database's verdicts; an organisation's is approved for the branch (KPP) chosen in the
picker when several customers share its INN.

Keyboard: Ctrl+N takes the oldest unclaimed item, Ctrl+Return approves, Ctrl+Shift+R
opens the rejection (a reason must be chosen there, then Ctrl+Enter), Ctrl+E edits,
Ctrl+B returns the item to the queue, F5 reloads. The notifications the decisions queue
are delivered by the application (:mod:`console.outbox`), not by this tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from sqlalchemy.orm import Session

from console.errors import describe_error
from console.moderation.detail_html import link_request_html, merge_request_html, review_html
from console.moderation.edit_dialog import EditLinkRequestDialog
from console.moderation.labels import label
from console.moderation.queue_model import QueueModel
from console.moderation.registration_dialog import EditRegistrationDialog
from console.moderation.reject_dialog import RejectDialog
from console.moderation.side_views import DashboardView, NotificationsView
from console.navigation import Navigator, Tool
from console.services import moderation
from console.settings import MODERATION_CLAIM_MINUTES, Settings
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.clock import now
from models.domain.groups import Group
from models.queries.moderation import (
    AgeFilter,
    LinkRequestDetail,
    MergeRequestDetail,
    Queue,
    QueueFilter,
    Reason,
    Region,
    ReviewDetail,
    load_dashboard,
    load_link_request,
    load_merge_request,
    load_queue,
    load_reasons,
    load_regions,
    load_review,
)
from models.queries.settings import working_calendar
from widgets.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from console.tabs.context import TabContext

Detail = LinkRequestDetail | ReviewDetail | MergeRequestDetail

REVIEW_TOOL = Tool.REVIEW
"""``navigator.open_account_tool(REVIEW_TOOL, review_id)`` opens a registration review here
(the lookup's portal-login view links to the login's pending review this way)."""


class ModerationTab(QtWidgets.QWidget):
    """Supervisors work the link-request, registration and merge-request queues here."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.SUPERVISOR})
    reject_opened = QtCore.Signal(object)
    """The :class:`RejectDialog` is open (the supervisor chooses the reason there)."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        parent: QtWidgets.QWidget | None = None,
        *,
        navigator: Navigator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moderationTab")
        self._runner = runner
        self._settings = settings
        self._navigator = navigator
        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)
        self._detail: Detail | None = None
        self._reasons: dict[Queue, tuple[Reason, ...]] = {}
        self._regions: tuple[Region, ...] = ()
        self._model = QueueModel(self)
        self._build()

    # -- layout ------------------------------------------------------------------------

    def _combo(
        self, name: str, accessible: str, items: list[tuple[str, Any]]
    ) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _button(self, name: str, text: str, shortcut: str, slot: Any) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setShortcut(QtGui.QKeySequence(shortcut))
        button.setToolTip(
            QtGui.QKeySequence(shortcut).toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        )
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self._queue_combo = self._combo(
            "moderationQueue",
            self.tr("Queue"),
            [
                (self.tr("Link requests"), Queue.LINK_REQUESTS),
                (self.tr("Registrations"), Queue.REGISTRATIONS),
                (self.tr("Merge requests"), Queue.MERGES),
            ],
        )
        self._kind_combo = self._combo("moderationKind", self.tr("Kind"), [])
        self._region_combo = self._combo(
            "moderationRegion", self.tr("Region"), [(self.tr("All regions"), None)]
        )
        self._status_combo = self._combo(
            "moderationStatus",
            self.tr("Status"),
            [
                (self.tr("Waiting"), ("new", "pending")),
                (self.tr("Decided"), ("approved", "rejected", "auto_approved")),
                (
                    self.tr("All"),
                    ("new", "pending", "approved", "rejected", "auto_approved", "cancelled"),
                ),
            ],
        )
        self._age_combo = self._combo(
            "moderationAge",
            self.tr("Term"),
            [
                (self.tr("Any term"), AgeFilter.ANY),
                (self.tr("Due soon or overdue"), AgeFilter.LATE_OR_DUE),
                (self.tr("Overdue"), AgeFilter.OVERDUE),
            ],
        )
        self._fill_kinds()
        for combo in (self._kind_combo, self._region_combo, self._status_combo, self._age_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self._queue_combo.currentIndexChanged.connect(self._queue_changed)
        self._next_button = self._button(
            "moderationNext", self.tr("&Next (Ctrl+N)"), "Ctrl+N", self.take_next
        )
        refresh = self._button("moderationRefresh", self.tr("Refresh (F5)"), "F5", self.refresh)
        # Two rows, so the filters fit a 1280-pixel window without cutting the lists short.
        filters = QtWidgets.QGridLayout()
        for position, (title, widget) in enumerate(
            (
                (self.tr("&Queue:"), self._queue_combo),
                (self.tr("&Kind:"), self._kind_combo),
                (self.tr("Re&gion:"), self._region_combo),
                (self.tr("&Status:"), self._status_combo),
                (self.tr("&Term:"), self._age_combo),
            )
        ):
            caption = QtWidgets.QLabel(title)
            caption.setBuddy(widget)
            row, column = divmod(position, 3)
            filters.addWidget(caption, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.setColumnStretch(6, 1)
        filters.addWidget(refresh, 1, 7)
        filters.addWidget(self._next_button, 1, 8)

        self._table = QtWidgets.QTableView()
        self._table.setObjectName("moderationQueueTable")
        self._table.setAccessibleName(self.tr("Queue items, oldest first"))
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.activated.connect(self._open_row)

        self._page = QtWidgets.QTextBrowser()
        self._page.setObjectName("moderationDecisionPage")
        self._page.setAccessibleName(self.tr("The item beside billing's data"))
        self._page.setPlaceholderText(self.tr("Press Ctrl+N to take the oldest item of the queue."))
        self._approve = self._button(
            "moderationApprove", self.tr("&Approve (Ctrl+Enter)"), "Ctrl+Return", self.approve
        )
        self._reject = self._button(
            "moderationReject", self.tr("Re&ject… (Ctrl+Shift+R)"), "Ctrl+Shift+R", self.reject
        )
        self._edit = self._button("moderationEdit", self.tr("&Edit (Ctrl+E)"), "Ctrl+E", self.edit)
        self._release = self._button(
            "moderationRelease",
            self.tr("Ret&urn to queue (Ctrl+B)"),
            "Ctrl+B",
            self.return_to_queue,
        )
        # An organisation's registration: the branch (KPP) to approve, when several
        # customers share the INN (the database checks the choice again).
        self._branch = self._combo("moderationBranch", self.tr("Branch to approve"), [])
        self._branch_label = QtWidgets.QLabel(self.tr("&Branch (KPP):"))
        self._branch_label.setObjectName("moderationBranchLabel")
        self._branch_label.setAccessibleName(self._branch.accessibleName())
        self._branch_label.setBuddy(self._branch)
        self._branch.hide()  # shown only for a registration whose INN several customers share
        self._branch_label.hide()
        self._message = QtWidgets.QLabel()
        self._message.setObjectName("moderationMessage")
        self._message.setWordWrap(True)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self._branch_label)
        actions.addWidget(self._branch)
        for button in (self._approve, self._reject, self._edit, self._release):
            actions.addWidget(button)
        actions.addStretch(1)
        decision = QtWidgets.QWidget()
        decision_layout = QtWidgets.QVBoxLayout(decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(self._page, 1)
        decision_layout.addLayout(actions)
        decision_layout.addWidget(self._message)

        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setObjectName("moderationSplitter")
        splitter.addWidget(self._table)
        splitter.addWidget(decision)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        queues = QtWidgets.QWidget()
        queue_layout = QtWidgets.QVBoxLayout(queues)
        queue_layout.addLayout(filters)
        queue_layout.addWidget(splitter, 1)

        self.notifications = NotificationsView(self._runner)
        self.dashboard = DashboardView()
        self._pages = QtWidgets.QTabWidget()
        self._pages.setObjectName("moderationPages")
        self._pages.addTab(queues, self.tr("Queues"))
        self._pages.addTab(self.notifications, self.tr("Notifications"))
        self._pages.addTab(self.dashboard, self.tr("Dashboard"))
        self._pages.currentChanged.connect(lambda _index: self.refresh())
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._pages)
        self._set_actions_enabled(False)

    def _fill_kinds(self) -> None:
        self._kind_combo.blockSignals(True)
        self._kind_combo.clear()
        self._kind_combo.addItem(self.tr("All kinds"), None)
        kinds = {
            Queue.LINK_REQUESTS: (
                "last_payment_amount",
                "surname_prefix",
                "meter_serial",
                "receipt_number",
            ),
            Queue.REGISTRATIONS: ("person", "organisation"),
            Queue.MERGES: ("same_customer", "other_customers"),
        }[self._queue()]
        for kind in kinds:
            self._kind_combo.addItem(label(kind), kind)
        self._kind_combo.blockSignals(False)

    def _submit(self, work: Any, on_done: Any, on_error: Any) -> None:
        """Run ``work`` in the background; results for a closed view are dropped."""

        def alive(callback: Any) -> Any:
            def deliver(value: Any) -> None:
                if shiboken6.isValid(self):
                    callback(value)

            return deliver

        self._runner.submit(work, alive(on_done), alive(on_error))

    # -- tab protocol ------------------------------------------------------------------

    @classmethod
    def for_context(cls, context: TabContext) -> ModerationTab:
        """The tab for the main window."""
        tab = cls(context.runner, context.settings, navigator=context.navigator)
        tab.refresh()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Moderation")

    def _queue(self) -> Queue:
        return Queue(self._queue_combo.currentData() or Queue.LINK_REQUESTS.value)

    def _queue_changed(self) -> None:
        self._fill_kinds()
        self._show_detail(None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the visible page (F5)."""
        if self._pages.currentWidget() is self.notifications:
            self.notifications.refresh()
            return
        queue = self._queue()
        filters = QueueFilter(
            statuses=tuple(self._status_combo.currentData() or ("new", "pending")),
            kind=self._kind_combo.currentData(),
            region_id=self._region_combo.currentData(),
            age=AgeFilter(self._age_combo.currentData() or AgeFilter.ANY.value),
        )
        need_lists = not self._regions

        def work(session: Session, token: Any, progress: Any) -> tuple[Any, ...]:
            moment = now()
            calendar = working_calendar(session, moment.date())
            items = load_queue(session, queue, filters, calendar, moment)
            dashboard = load_dashboard(session, calendar, moment)
            regions = load_regions(session) if need_lists else None
            reasons = {q: load_reasons(session, q) for q in Queue} if need_lists else None
            return items, dashboard, regions, reasons

        self._submit(work, lambda result: self._show_queue(queue, *result), self._failed)

    def _show_queue(
        self, queue: Queue, items: Any, dashboard: Any, regions: Any, reasons: Any
    ) -> None:
        if regions is not None:
            self._regions = regions
            self._fill_regions()
            self._reasons = reasons
        self._model.set_items(queue, items)
        self._table.resizeColumnsToContents()
        self.dashboard.show_dashboard(dashboard)
        if self._detail is not None:
            row = self._model.row_of(self._detail.id)
            if row >= 0:
                self._table.selectRow(row)

    def _fill_regions(self) -> None:
        """The region filter: «All regions» and the loaded regions, the choice kept."""
        combo = self._region_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All regions"), None)
        for region in self._regions:
            combo.addItem(region.name, region.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    # -- working an item ---------------------------------------------------------------

    def take_next(self) -> None:
        """Claim the oldest unclaimed item and open it (Ctrl+N)."""
        queue = self._queue()
        minutes = self._settings.get(MODERATION_CLAIM_MINUTES)

        def work(session: Session, token: Any, progress: Any) -> Detail | None:
            claim = moderation.claim_next(session, queue, minutes)
            if claim is None:
                return None
            return self._load(session, queue, claim.id)

        self._message.setText(self.tr("Taking the next item…"))
        self._submit(work, self._taken, self._failed)

    @staticmethod
    def _load(session: Session, queue: Queue, item_id: int) -> Detail | None:
        """The item's detail, its term counted in the database's working calendar."""
        moment = now()
        calendar = working_calendar(session, moment.date())
        if queue is Queue.LINK_REQUESTS:
            return load_link_request(session, item_id, calendar, moment)
        if queue is Queue.MERGES:
            return load_merge_request(session, item_id, calendar, moment)
        return load_review(session, item_id, calendar, moment)

    def _taken(self, detail: Detail | None) -> None:
        if detail is None:
            self._show_detail(None)
            self._message.setText(self.tr("The queue is empty: nothing waits for a decision."))
        else:
            self._show_detail(detail)
            self._message.clear()
        self.refresh()

    def _open_row(self, index: QtCore.QModelIndex) -> None:
        item = self._model.item(index.row())
        if item is None:
            return
        queue = item.queue
        self._submit(
            lambda session, token, progress: self._load(session, queue, item.id),
            self._show_detail,
            self._failed,
        )

    def _show_detail(self, detail: Detail | None) -> None:
        self._detail = detail
        if detail is None:
            self._page.clear()
        elif isinstance(detail, LinkRequestDetail):
            self._page.setHtml(link_request_html(detail))
        elif isinstance(detail, MergeRequestDetail):
            self._page.setHtml(merge_request_html(detail))
        else:
            self._page.setHtml(review_html(detail))
        self._fill_branches(detail)
        waiting = detail is not None and detail.status in ("new", "pending")
        self._set_actions_enabled(waiting)
        if waiting:
            self._approve.setFocus()

    def _fill_branches(self, detail: Detail | None) -> None:
        """The branch picker: shown for an organisation whose INN several customers share."""
        combo = self._branch
        combo.clear()
        branches = detail.branches if isinstance(detail, ReviewDetail) else ()
        shown = len(branches) > 1
        combo.setVisible(shown)
        self._branch_label.setVisible(shown)
        if not shown:
            return
        combo.addItem(self.tr("— choose the branch —"), None)
        for branch in branches:
            kpp = branch.kpp or self.tr("no KPP")
            combo.addItem(branch.name + ", " + self.tr("KPP") + " " + kpp, branch.customer_id)
        fitting = [b for b in branches if b.kpp_matches]
        if len(fitting) == 1:
            combo.setCurrentIndex(combo.findData(fitting[0].customer_id))

    def chosen_branch(self) -> int | None:
        """The customer id of the branch chosen in the picker (None: none chosen)."""
        data = self._branch.currentData() if self._branch.count() else None
        return int(data) if data is not None else None

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (
            self._approve,
            self._reject,
            self._edit,
            self._release,
            self._branch,
        ):
            widget.setEnabled(enabled)
        household = (
            isinstance(self._detail, ReviewDetail) and self._detail.customer_kind != "organisation"
        )
        if enabled and (household or isinstance(self._detail, MergeRequestDetail)):
            self._edit.setEnabled(False)  # a household's registration has no data to correct

    def _queue_of(self, detail: Detail) -> Queue:
        if isinstance(detail, LinkRequestDetail):
            return Queue.LINK_REQUESTS
        if isinstance(detail, MergeRequestDetail):
            return Queue.MERGES
        return Queue.REGISTRATIONS

    def approve(self) -> None:
        """Approve the open item (Ctrl+Enter)."""
        self._decide(approve=True)

    def reject(self) -> RejectDialog | None:
        """Ctrl+Shift+R: ask for the reason; the item is rejected only when it is chosen."""
        detail = self._detail
        if detail is None or not self._reject.isEnabled():
            return None
        reasons = self._reasons.get(self._queue_of(detail), ())
        dialog = RejectDialog(detail, reasons, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._decide(approve=False, choice=dialog.choice()))
        dialog.rejected.connect(self._reject.setFocus)
        dialog.open()
        self.reject_opened.emit(dialog)
        return dialog

    def _decide(self, *, approve: bool, choice: tuple[str, str] | None = None) -> None:
        detail = self._detail
        if detail is None or not self._approve.isEnabled():
            return
        if not approve and choice is None:
            return  # a rejection always names the reason the supervisor chose
        reason, comment = choice if choice is not None else (None, "")
        queue = self._queue_of(detail)
        branch = self.chosen_branch() if queue is Queue.REGISTRATIONS and approve else None

        def work(session: Session, token: Any, progress: Any) -> moderation.Decision:
            return moderation.decide(
                session,
                queue,
                detail.id,
                detail.version,
                approve=approve,
                reason_code=reason,
                comment=comment,
                customer_id=branch,
            )

        self._set_actions_enabled(False)
        self._submit(work, self._decided, self._decision_failed)

    def _decided(self, decision: moderation.Decision) -> None:
        self._show_detail(None)
        text = (
            self.tr("Approved; the customer is notified.")
            if decision.status == "approved"
            else self.tr("Rejected; the customer is notified.")
        )
        self._message.setText(text + " " + self.tr("Ctrl+N takes the next item."))
        self._next_button.setFocus()
        self.refresh()

    def _decision_failed(self, error: TaskError) -> None:
        self._set_actions_enabled(self._detail is not None)
        self._failed(error)

    def return_to_queue(self) -> None:
        """Give the open item back to the queue (Ctrl+B)."""
        detail = self._detail
        if detail is None or not self._release.isEnabled():
            return
        queue = self._queue_of(detail)
        self._submit(
            lambda session, token, progress: moderation.release(
                session, queue, detail.id, detail.version
            ),
            lambda _version: self._taken_back(),
            self._failed,
        )

    def _taken_back(self) -> None:
        self._show_detail(None)
        self._message.setText(self.tr("Returned to the queue."))
        self.refresh()

    def edit(self) -> None:
        """Correct the item's data (Ctrl+E); a link request's check runs again."""
        detail = self._detail
        if isinstance(detail, ReviewDetail) and self._edit.isEnabled():
            self.edit_registration(detail)
            return
        if not isinstance(detail, LinkRequestDetail) or not self._edit.isEnabled():
            return
        dialog = EditLinkRequestDialog(detail, self._regions, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        region_id, number, kind, value = dialog.values()

        def work(session: Session, token: Any, progress: Any) -> Detail | None:
            state = moderation.edit_link_request(
                session, detail.id, detail.version, region_id, number, kind, value
            )
            return self._load(session, Queue.LINK_REQUESTS, state.id)

        self._submit(work, self._edited, self._failed)

    def edit_registration(self, detail: ReviewDetail) -> EditRegistrationDialog:
        """Open the dialog correcting an organisation's registration; it saves on Save."""
        dialog = EditRegistrationDialog(detail, self)

        def save() -> None:
            data = dialog.values()

            def work(session: Session, token: Any, progress: Any) -> Detail | None:
                moderation.edit_registration(session, detail.id, detail.version, data)
                return self._load(session, Queue.REGISTRATIONS, detail.id)

            def done(updated: Detail | None) -> None:
                if shiboken6.isValid(dialog):
                    dialog.saved()
                self._show_detail(updated)
                self._message.setText(self.tr("The registration data is saved."))
                self.refresh()

            def failed(error: TaskError) -> None:
                if shiboken6.isValid(dialog):
                    problems = error.problems if error.kind is ErrorKind.INVALID else ()
                    dialog.failed(describe_error(error), tuple(problems))

            self._submit(work, done, failed)

        dialog.submitted.connect(save)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _open_tool(self, tool: str, item_id: int) -> None:
        """The lookup asked to show registration review ``item_id``."""
        if tool != REVIEW_TOOL:
            return
        if self._queue() is not Queue.REGISTRATIONS:
            self._queue_combo.setCurrentIndex(self._queue_combo.findData(Queue.REGISTRATIONS))
        self._submit(
            lambda session, token, progress: self._load(session, Queue.REGISTRATIONS, item_id),
            self._show_detail,
            self._failed,
        )

    def _edited(self, detail: Detail | None) -> None:
        self._show_detail(detail)
        if detail is not None and detail.status == "auto_approved":
            self._message.setText(
                self.tr("The corrected request passes the check: the account is linked.")
            )
        else:
            self._message.setText(self.tr("Saved; the check still fails."))
        self.refresh()

    def _failed(self, error: TaskError) -> None:
        self._message.setText(describe_error(error))
