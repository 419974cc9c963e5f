"""The settings tab (administrators): the supplier's details, the reading acceptance
window, the tariff acts and the holiday transfers, all kept in the database.

Every PC prints and bills from these rows, so they are edited here once, not in each
PC's settings file. Each save is one call of a SECURITY DEFINER function (migration
0110) that re-checks the rules and the row's version and is recorded in the audit
log; the same rules are checked here first and every problem is shown next to its
field. Loading and saving run in workers; the form keeps its input on any refusal.
The pages are in :mod:`console.admin.settings`; this tab loads the overview they show
and runs their saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from console.admin.settings.acts_page import ActsPage
from console.admin.settings.calendar_page import CalendarPage
from console.admin.settings.cheques_page import ChequesPage
from console.admin.settings.desks_page import DesksPage
from console.admin.settings.page import (
    ERROR_STYLE,
    OK_STYLE,
    Form,
    Operation,
    SettingsPage,
    own_supplier,
)
from console.admin.settings.supplier_page import SupplierPage
from console.admin.settings.window_page import WindowPage
from console.errors import describe_error
from console.services import fiscal
from console.services import supplier_settings as service
from console.tasks import CancelToken, TaskError, TaskRunner
from models.domain.groups import Group
from models.queries.settings import SettingsOverview
from widgets.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from console.tabs.context import TabContext


class SettingsTab(QtWidgets.QWidget):
    """Supplier details and billing settings (billing_admin only; the database checks too)."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.ADMIN})
    loaded = QtCore.Signal(object)
    """The overview is shown: the :class:`SettingsOverview`."""
    saved = QtCore.Signal(str)
    """A change was saved: which part (``supplier``, ``window``, ``act``, ``calendar``,
    ``desk``, ``cheques``)."""

    SUPPLIER_FIELDS: ClassVar[tuple[str, ...]] = SupplierPage.FIELDS

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
        self.supplier_page = SupplierPage(self._submit)
        self.window_page = WindowPage(self._submit)
        self.acts_page = ActsPage(self._submit)
        self.calendar_page = CalendarPage(self._submit)
        self.desks_page = DesksPage(runner)
        self.desks_page.saved.connect(self.saved)
        self.cheques_page = ChequesPage(self._submit)
        self._overview_pages: tuple[SettingsPage, ...] = (
            self.supplier_page,
            self.window_page,
            self.cheques_page,
            self.acts_page,
            self.calendar_page,
        )
        self.pages = QtWidgets.QTabWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.addTab(self.supplier_page, self.tr("Supplier"))
        self.pages.addTab(self.window_page, self.tr("Reading window"))
        self.pages.addTab(self.acts_page, self.tr("Tariff acts"))
        self.pages.addTab(self.calendar_page, self.tr("Calendar"))
        self.pages.addTab(self.desks_page, self.tr("Cash desks"))
        self.pages.addTab(self.cheques_page, self.tr("Cheques"))
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
        self._name_page_parts()

    def _name_page_parts(self) -> None:
        """The pages' fields and actions under the names the tab had before it was split
        into pages (the tests and the keyboard walks reach them so)."""
        supplier, window, calendar, cheques = (
            self.supplier_page,
            self.window_page,
            self.calendar_page,
            self.cheques_page,
        )
        self.supplier_region, self.supplier_edits = supplier.region, supplier.edits
        self.supplier_form, self.supplier_source = supplier.form, supplier.source
        self.supplier_save, self.supplier_delete = supplier.save_button, supplier.delete_button
        self.window_region, self.window_form = window.region, window.form
        self.window_first, self.window_last = window.first, window.last
        self.window_save, self.window_delete = window.save_button, window.delete_button
        self.calendar_table, self.day_form = calendar.table, calendar.form
        self.day_date, self.day_kind, self.day_note = calendar.date, calendar.kind, calendar.note
        self.day_save = calendar.save_button
        self.new_day = calendar.new_day
        self.cheque_region, self.cheque_form = cheques.region, cheques.form
        self.cheque_vat, self.cheque_taxation = cheques.vat, cheques.taxation
        self.cheque_subject, self.cheque_source = cheques.subject, cheques.source
        self.cheque_save = cheques.save_button
        self.save_cheques = cheques.save_cheques

    @classmethod
    def for_context(cls, context: TabContext) -> SettingsTab:
        """The tab for the main window."""
        tab = cls(context.runner)
        tab.refresh()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Settings")

    def refresh(self) -> None:
        """Reload everything from the database (F5)."""
        self.status.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda session, _t, _p: fiscal.cash_desks(session),
            self.desks_page.fill,
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
        for page in self._overview_pages:
            page.show_overview(overview, reset is None or reset in page.RESET_BY)
        missing = [
            region.name
            for region in overview.regions
            if own_supplier(overview, region.id) is None and own_supplier(overview, None) is None
        ]
        if missing:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr(
                    "No supplier details for: {regions}. Their bills cannot be printed."
                ).format(regions=", ".join(missing))
            )
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Every region has supplier details."))
        self.loaded.emit(overview)

    def _submit(self, operation: Operation, part: str, form: Form) -> None:
        """Run a page's save; then reload, that page's form starting afresh."""
        form.show_problems(())
        form.say(self.tr("Saving…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> object:
            return operation(session)

        def done(_result: object) -> None:
            form.say(self.tr("Saved."), OK_STYLE)
            self.saved.emit(part)
            self._reload_keeping(form, part)

        self._runner.submit(work, done, form.failed)

    def _reload_keeping(self, form: Form, part: str) -> None:
        """Reload after a save of ``part``; its form's «Saved.» stays on screen and the
        other forms keep their input."""

        def work(session: Session, _t: CancelToken, _p: Any) -> SettingsOverview:
            return service.load_overview(session)

        def shown(overview: SettingsOverview) -> None:
            self._show(overview, reset=part)
            form.say(self.tr("Saved."), OK_STYLE)

        self._runner.submit(work, shown, self._load_failed)
