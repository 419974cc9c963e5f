"""The moderation tab: three queues (link requests, registrations, merge requests), the
decision view, the dashboard. A registration shows the applicant's proofs with the
database's verdicts; an organisation's is approved for the branch (KPP) chosen in the
picker when several customers share its INN.

Keyboard: Ctrl+N takes the oldest unclaimed item, Ctrl+Return approves, Ctrl+Shift+R
opens the rejection (a reason must be chosen there, then Ctrl+Enter), Ctrl+E edits,
Ctrl+B returns the item to the queue, F5 reloads. The notifications the decisions queue
are delivered by the application (:mod:`console.outbox`), not by this tab.

The tab composes the queue panel (:mod:`.queue_panel`: filters and items) and the
decision panel (:mod:`.decision_panel`: the open item and the decisions on it); it loads
the queue and opens the items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from console.change_subscriptions import on_changes
from console.database.change_listener import RESYNC
from console.moderation.decision_panel import DecisionPanel
from console.moderation.items import Detail, load_detail, queue_of, submit_for
from console.moderation.queue_panel import QueuePanel
from console.moderation.registration_dialog import EditRegistrationDialog
from console.moderation.side_views import DashboardView, NotificationsView
from console.navigation import Navigator, Tool
from console.services import moderation
from console.settings import MODERATION_CLAIM_MINUTES, Settings
from console.tasks import TaskError, TaskRunner
from models.changes import Change
from models.clock import now
from models.domain.groups import Group
from models.queries.moderation import (
    Queue,
    QueueItem,
    Reason,
    Region,
    ReviewDetail,
    load_dashboard,
    load_queue,
    load_reasons,
    load_regions,
)
from models.queries.settings import working_calendar
from widgets.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from console.tabs.context import TabContext

REVIEW_TOOL = Tool.REVIEW
"""``navigator.open_account_tool(REVIEW_TOOL, review_id)`` opens a registration review here
(the lookup's portal-login view links to the login's pending review this way)."""


def _names_a_queue(change: Change) -> bool:
    """Whether ``change`` wrote to a moderation queue (or asks every view to reload)."""
    return change.table in _QUEUE_TABLES


_QUEUE_TABLES = frozenset({*(queue.value for queue in Queue), RESYNC.table})


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
        self._reasons: dict[Queue, tuple[Reason, ...]] = {}
        self._regions: tuple[Region, ...] = ()
        self._build()
        # Every write to a queue, this console's or another's, reloads just the rows it
        # names (the runner's own writes only, for a tab without the main window's bus).
        bus = navigator.changed if navigator is not None else runner.changed
        on_changes(self, bus, _names_a_queue, self._changes_heard)
        # The panels' parts under the tab's names from before the split (tests use them).
        self._model = self._queue_panel.model
        self._approve = self._decision.approve_button
        self._reject = self._decision.reject_button
        self._message = self._decision.message

    def _build(self) -> None:
        self._queue_panel = QueuePanel()
        self._queue_panel.filters_changed.connect(self.refresh)
        self._queue_panel.queue_changed.connect(self._queue_changed)
        self._queue_panel.refresh_requested.connect(self.refresh)
        self._queue_panel.next_requested.connect(self.take_next)
        self._queue_panel.opened.connect(self._open_item)
        self._decision = DecisionPanel(self._runner)
        self._decision.reject_opened.connect(self.reject_opened)
        self._decision.decided.connect(self._queue_panel.next_button.setFocus)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setObjectName("moderationSplitter")
        splitter.addWidget(self._queue_panel)
        splitter.addWidget(self._decision)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        queues = QtWidgets.QWidget()
        queue_layout = QtWidgets.QVBoxLayout(queues)
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

    @property
    def _detail(self) -> Detail | None:
        """The open item (the decision panel's)."""
        return self._decision.detail

    def _submit(self, work: Any, on_done: Any, on_error: Any) -> None:
        """Run ``work`` in the background; results for a closed view are dropped."""
        submit_for(self, self._runner, work, on_done, on_error)

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
        return self._queue_panel.queue()

    def _queue_changed(self) -> None:
        self._decision.show_detail(None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the visible page (F5)."""
        if self._pages.currentWidget() is self.notifications:
            self.notifications.refresh()
            return
        queue = self._queue()
        filters = self._queue_panel.filters()
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
            self._decision.set_lists(regions, reasons)
        detail = self._decision.detail
        self._queue_panel.show_items(queue, items, detail.id if detail is not None else None)
        self.dashboard.show_dashboard(dashboard)

    def _changes_heard(self, changes: tuple[Change, ...]) -> None:
        """Writes to the queues settled: reload the shown queue's rows they name (all of
        it when one named none), the dashboard, and the open item if it is among them."""
        queue = self._queue()
        named = [c for c in changes if c.table in (queue.value, RESYNC.table)]
        if any(c.bulk or not c.items for c in named):
            self.refresh()
            return
        ids = frozenset(i for c in named for i in c.items)
        filters = self._queue_panel.filters()
        detail = self._decision.detail
        open_id = (
            detail.id
            if detail is not None and queue_of(detail) is queue and detail.id in ids
            else None
        )

        def work(session: Session, token: Any, progress: Any) -> tuple[Any, ...]:
            moment = now()
            calendar = working_calendar(session, moment.date())
            items = load_queue(session, queue, filters, calendar, moment, ids=ids) if ids else ()
            dashboard = load_dashboard(session, calendar, moment)
            opened = load_detail(session, queue, open_id) if open_id is not None else None
            return items, dashboard, opened

        def done(result: tuple[Any, ...]) -> None:
            items, dashboard, opened = result
            self.dashboard.show_dashboard(dashboard)
            if self._queue() is not queue or self._queue_panel.filters() != filters:
                return  # the supervisor chose another view meanwhile: it loads itself
            self._queue_panel.update_items(ids, items)
            if opened is not None:
                self._decision.update_detail(opened)

        self._submit(work, done, self._failed)

    def _fill_regions(self) -> None:
        """The region filter: «All regions» and the loaded regions, the choice kept."""
        self._queue_panel.fill_regions(self._regions)

    # -- opening an item ---------------------------------------------------------------

    def take_next(self) -> None:
        """Claim the oldest unclaimed item and open it (Ctrl+N)."""
        queue = self._queue()
        minutes = self._settings.get(MODERATION_CLAIM_MINUTES)

        def work(session: Session, token: Any, progress: Any) -> Detail | None:
            claim = moderation.claim_next(session, queue, minutes)
            if claim is None:
                return None
            return load_detail(session, queue, claim.id)

        self._decision.say(self.tr("Taking the next item…"))
        self._submit(work, self._taken, self._failed)

    def _taken(self, detail: Detail | None) -> None:
        if detail is None:
            self._decision.show_detail(None)
            self._decision.say(self.tr("The queue is empty: nothing waits for a decision."))
        else:
            self._decision.show_detail(detail)
            self._decision.say("")

    def _open_item(self, item: QueueItem) -> None:
        queue = item.queue
        self._submit(
            lambda session, token, progress: load_detail(session, queue, item.id),
            self._decision.show_detail,
            self._failed,
        )

    def _open_tool(self, tool: str, item_id: int) -> None:
        """The lookup asked to show registration review ``item_id``."""
        if tool != REVIEW_TOOL:
            return
        self._queue_panel.choose_queue(Queue.REGISTRATIONS)
        self._submit(
            lambda session, token, progress: load_detail(session, Queue.REGISTRATIONS, item_id),
            self._decision.show_detail,
            self._failed,
        )

    def edit_registration(self, detail: ReviewDetail) -> EditRegistrationDialog:
        """Open the dialog correcting an organisation's registration; it saves on Save."""
        return self._decision.edit_registration(detail)

    def _failed(self, error: TaskError) -> None:
        self._decision.failed(error)
