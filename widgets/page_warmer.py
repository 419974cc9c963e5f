"""Show each hidden page of a tab widget once, while the operator is idle.

A page's first appearance pays for work later appearances don't: polishing its widgets,
their first size hints and layout, their first show events. On the moderation tab that is
6-8 ms of a 20-25 ms first switch, enough to push it past the 30 ms a GUI thread may be
busy. Shown and hidden again within one turn of the event loop a page is never painted
and the tab bar, the current page and the focus stay as they were; done one page per
turn, shortly after the window opens, each step costs the GUI thread about 2 ms.
"""

from __future__ import annotations

import shiboken6

from widgets.qt import QtCore, QtWidgets

START_DELAY_MS = 500
"""Wait this long after :meth:`PageWarmer.start`: the window's own first paint comes first."""
STEP_INTERVAL_MS = 100
"""Between two pages: other events (a key the operator pressed) get their turns."""


class PageWarmer(QtCore.QObject):
    """Shows and hides each never-shown page of ``tabs`` once, a page per timer turn."""

    def __init__(self, tabs: QtWidgets.QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("pageWarmer")
        self._tabs = tabs
        self._warmed: set[int] = set()
        self._timer = QtCore.QTimer(self)
        self._timer.setObjectName("pageWarmerTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        tabs.currentChanged.connect(self._shown)
        self._shown(tabs.currentIndex())

    def start(self) -> None:
        """Begin warming the pages (again, for pages added since)."""
        self._timer.start(START_DELAY_MS)

    def pending(self) -> int:
        """How many pages have still never been shown."""
        return sum(1 for page in self._pages() if not self._seen(page))

    def _pages(self) -> list[QtWidgets.QWidget]:
        return [
            page
            for index in range(self._tabs.count())
            if (page := self._tabs.widget(index)) is not None
        ]

    def _shown(self, index: int) -> None:
        page = self._tabs.widget(index)
        if page is not None:
            self._warmed.add(id(page))

    def _seen(self, page: QtWidgets.QWidget) -> bool:
        return id(page) in self._warmed

    def _step(self) -> None:
        if QtWidgets.QApplication.activePopupWidget() is not None:
            self._timer.start(STEP_INTERVAL_MS)  # a menu is open: its keys come first
            return
        current = self._tabs.currentWidget()
        page = next((p for p in self._pages() if not self._seen(p)), None)
        if page is None or current is None or not shiboken6.isValid(current):
            return
        self._warmed.add(id(page))
        page.setGeometry(current.geometry())
        page.show()
        page.hide()
        self._timer.start(STEP_INTERVAL_MS)
