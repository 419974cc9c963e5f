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
    from console.lookup.lookup_tab import LookupTab

    factories.append(LookupTab.for_context)
    # moderation queues (issue 5): add here
    from console.moderation.tab import ModerationTab

    factories += [ModerationTab.for_context]
    # appeals register (issue 16)
    from console.appeals.tab import AppealsTab

    factories.append(AppealsTab.for_context)
    # readings (issue 6): add here
    from console.readings.tab import ReadingsTab

    factories.append(ReadingsTab.for_context)
    # payments, cash desk and printing (issue 7): add here
    from console.payments.cashdesk_tab import CashDeskTab
    from console.payments.history_tab import PaymentsTab

    factories += [PaymentsTab.for_context, CashDeskTab.for_context]
    # operators and audit (issue 3): add here
    from console.admin.audit_tab import AuditTab
    from console.admin.operators_tab import OperatorsTab

    factories += [OperatorsTab.for_context, AuditTab.for_context]
    # supplier details and billing settings in the database (issue 12)
    from console.admin.settings_tab import SettingsTab

    factories.append(SettingsTab.for_context)
    return factories
