"""The console's main window: menu, tabs, and a status bar that says where we are connected."""

from __future__ import annotations

from console.billing_run.dialog import SHORTCUT as BILLING_RUN_SHORTCUT
from console.billing_run.dialog import BillingRunDialog
from console.database.connection import DatabaseInfo
from console.garbage import collect_on_gui_thread, freeze_startup_objects
from console.navigation import Navigator
from console.session import ADMIN, AGENT, CASHIER, SUPERVISOR, operator_text, tab_allowed
from console.settings import Settings
from console.tabs.context import TabContext
from console.tabs.overview_tab import OverviewTab
from console.tabs.registry import tab_classes
from console.tasks import TaskRunner
from widgets.focus_ring import FocusRing
from widgets.keyboard import alt_sequence, layout_twin, mnemonic_letter
from widgets.page_warmer import PageWarmer
from widgets.qt import Qt, QtCore, QtGui, QtWidgets, Signal

START_TABS: dict[str, str] = {AGENT: "lookupTab", CASHIER: "cashdeskTab", ADMIN: "operatorsTab"}
"""Where each group starts: agents answer calls, cashiers open the shift, admins manage."""
FIND_KEYS = ("Ctrl+F", "F3")
"""The one «find» shortcut: from any tab to the lookup's search field."""


class MainWindow(QtWidgets.QMainWindow):
    """Menu, one tab per task area, status bar with the database and the operator."""

    connect_requested = Signal()
    billing_run_opened = Signal(object)
    """The billing run dialog is open: the :class:`BillingRunDialog`."""
    language_requested = Signal(str)

    def __init__(self, info: DatabaseInfo, runner: TaskRunner, settings: Settings) -> None:
        super().__init__()
        collect_on_gui_thread()  # already on when started by the application
        self.setObjectName("mainWindow")
        self._info = info
        self._runner = runner
        self._settings = settings
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.setCentralWidget(self.tabs)
        self.navigator = Navigator(self)
        self.navigator.open_customer.connect(self._focus_tab_for_customer)
        self.navigator.open_account_tool.connect(self._focus_tab_for_tool)
        # This console's own writes reach its views at once, without waiting for the
        # database's announcement (which other consoles hear).
        runner.changed.connect(self.navigator.changed)
        context = TabContext(runner, settings, info, self.navigator)
        for tab_class in tab_classes():
            if not tab_allowed(tab_class, info.role):
                continue  # the operator's group may not use this tab (issue 3)
            tab = tab_class.for_context(context)
            self.tabs.addTab(tab, tab.tab_title())  # type: ignore[attr-defined]
        self.overview = self.tabs.findChild(OverviewTab, "overviewTab")
        self._bind_tab_keys()
        self._build_menu()
        self._build_status_bar()
        self.focus_ring = FocusRing(self)
        self.setWindowTitle(self._title())
        self.resize(1280, 800)
        geometry = settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        refresh = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh_current)
        if self.overview is not None:
            self.overview.refresh()
        start = self._tab_named(START_TABS.get(info.role, ""))
        if start is not None:
            self.tabs.setCurrentWidget(start)
        self.tabs.currentChanged.connect(self._tab_activated)
        # The tabs not yet shown are shown once, off screen, while the operator is idle,
        # so their first switch is no slower than the next ones.
        self.page_warmer = PageWarmer(self.tabs)
        QtCore.QTimer.singleShot(0, self._activate_current)

    # -- construction ----------------------------------------------------------

    def _title(self) -> str:
        base = self.tr("Billing operator console")
        if self._info.embedded:
            return self.tr("{title} — embedded training database").format(title=base)
        return f"{base} — {self._info.host}/{self._info.database}"

    def _bind_tab_keys(self) -> None:
        """Alt+1…9 and each tab's Alt+letter on either keyboard layout switch tabs.

        The tab bar binds the letter of its title («По&иск»: the key И); with the other
        layout active that key sends another letter («B»), so the same key is bound again.
        """
        self.tab_shortcuts: list[QtGui.QShortcut] = []
        for index in range(min(self.tabs.count(), 9)):
            keys = [
                QtGui.QKeySequence(
                    QtCore.QKeyCombination(
                        Qt.KeyboardModifier.AltModifier, Qt.Key(Qt.Key.Key_1.value + index)
                    )
                )
            ]
            twin = layout_twin(mnemonic_letter(self.tabs.tabText(index)))
            if twin:
                keys.append(alt_sequence(twin))
            for sequence in keys:
                shortcut = QtGui.QShortcut(sequence, self)
                shortcut.setObjectName(f"tabShortcut_{index}_{sequence.toString()}")
                shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
                self.tab_shortcuts.append(shortcut)
            self.tabs.setTabToolTip(
                index,
                self.tr("{title} (Alt+{number})").format(
                    title=self.tabs.tabText(index).replace("&", ""), number=index + 1
                ),
            )

    def _build_menu(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        self.connect_action = QtGui.QAction(self.tr("&Connect to a server…"), self)
        self.connect_action.setObjectName("actionConnect")
        self.connect_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+O"))
        self.connect_action.triggered.connect(self.connect_requested.emit)
        file_menu.addAction(self.connect_action)
        self.billing_run_action: QtGui.QAction | None = None
        if self._info.role == SUPERVISOR:  # the database refuses the others anyway
            self.billing_run_action = QtGui.QAction(self.tr("Form the period's bills…"), self)
            self.billing_run_action.setObjectName("actionBillingRun")
            self.billing_run_action.setShortcut(QtGui.QKeySequence(BILLING_RUN_SHORTCUT))
            self.billing_run_action.triggered.connect(self.open_billing_run)
            file_menu.addAction(self.billing_run_action)
            self.addAction(self.billing_run_action)
        file_menu.addSeparator()
        quit_action = QtGui.QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menuView")
        self.find_action = QtGui.QAction(self.tr("&Find a customer"), self)
        self.find_action.setObjectName("actionFind")
        self.find_action.setShortcuts([QtGui.QKeySequence(keys) for keys in FIND_KEYS])
        self.find_action.triggered.connect(self.find_customer)
        self.find_action.setEnabled(self._tab_named("lookupTab") is not None)
        view_menu.addAction(self.find_action)
        self.addAction(self.find_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QtGui.QActionGroup(self)
        current = self._settings.get_language()
        for code, title in (("ru", "Русский"), ("en", "English")):
            action = QtGui.QAction(title, self, checkable=True)
            action.setObjectName(f"actionLanguage_{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        about = QtGui.QAction(self.tr("&About"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QtWidgets.QLabel(self._database_text())
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setAccessibleName(self.tr("Database"))
        status.addPermanentWidget(self.database_label)
        self.user_label = QtWidgets.QLabel(operator_text(self._info))
        self.user_label.setObjectName("statusUser")
        self.user_label.setAccessibleName(self.tr("Operator"))
        status.addPermanentWidget(self.user_label)

    def _database_text(self) -> str:
        if self._info.embedded:
            return self.tr("Embedded training database · {version}").format(
                version=self._info.server_version
            )
        return self.tr("Server {host}:{port}/{database} · {version}").format(
            host=self._info.host,
            port=self._info.port or 5432,
            database=self._info.database,
            version=self._info.server_version,
        )

    # -- behaviour -------------------------------------------------------------

    def _tab_named(self, object_name: str) -> QtWidgets.QWidget | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == object_name:
                return widget
        return None

    def _focus_tab_for_customer(self, customer_id: int) -> None:
        tab = self._tab_named("lookupTab")
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _focus_tab_for_tool(self, tool: str, account_id: int) -> None:
        tab = self._tab_named(f"{tool}Tab")
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def find_customer(self) -> None:
        """Ctrl+F / F3 from anywhere: the lookup's search field, its old text selected."""
        tab = self._tab_named("lookupTab")
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        focus_search = getattr(tab, "focus_search", None)
        if callable(focus_search):
            focus_search()

    def _tab_activated(self, index: int) -> None:
        activated = getattr(self.tabs.widget(index), "activated", None)
        if callable(activated):
            activated()

    def _activate_current(self) -> None:
        if self.tabs.count():
            self._tab_activated(self.tabs.currentIndex())
        freeze_startup_objects()
        self.page_warmer.start()

    def refresh_current(self) -> None:
        """F5: reload whatever the current tab shows."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def open_billing_run(self) -> BillingRunDialog:
        """The monthly billing run with progress and cancel (Ctrl+Shift+B, supervisors)."""
        dialog = BillingRunDialog(self._runner, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.billing_run_opened.emit(dialog)
        return dialog

    def show_about(self) -> None:
        """The About box: version, database, where settings and logs are kept."""
        from console import paths

        QtWidgets.QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<h3>Billing operator console</h3>"
                "<p>For the customer service centres of an electricity supplier.</p>"
                "<p>Database: {database}</p><p>Settings: {settings}</p><p>Logs: {logs}</p>"
            ).format(
                database=self._database_text(),
                settings=self._settings.path,
                logs=str(paths.log_dir()),
            ),
        )

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Keep the geometry for the next run."""
        self._settings.save_geometry("main_window", self.saveGeometry())
        self._runner.cancel_all()
        super().closeEvent(event)


def center_on_screen(widget: QtWidgets.QWidget) -> None:
    """Place a window in the middle of the primary screen."""
    screen = QtGui.QGuiApplication.primaryScreen()
    if screen is not None:
        frame = widget.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        widget.move(frame.topLeft())


__all__ = ["MainWindow", "QtCore", "center_on_screen"]
