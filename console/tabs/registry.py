"""The tabs of the main window, in order; each capability adds its own tab here.

A tab is a ``QWidget`` subclass with a ``for_context(context)`` classmethod and a
``tab_title()`` method (translated, with an ``&`` accelerator), and optionally
``refresh()`` (called on F5) and ``required_role`` (a group role name or None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from console.database.connection import DatabaseInfo
from console.navigation import Navigator
from console.settings import Settings
from console.tasks import TaskRunner
from widgets.qt import QtWidgets


@dataclass(frozen=True, slots=True)
class TabContext:
    """What a tab gets: the task runner, settings, connection info and the navigator."""

    runner: TaskRunner
    settings: Settings
    info: DatabaseInfo
    navigator: Navigator


TabFactory = Callable[[TabContext], QtWidgets.QWidget]


def tab_factories() -> list[TabFactory]:
    """Every tab of the main window, in display order."""
    from console.tabs.overview_tab import OverviewTab

    factories: list[TabFactory] = [OverviewTab.for_context]
    # lookup and customer cards (issue 4): add here
    # moderation queues (issue 5): add here
    # readings (issue 6): add here
    # payments, cash desk and printing (issue 7): add here
    # operators and audit (issue 3): add here
    return factories
