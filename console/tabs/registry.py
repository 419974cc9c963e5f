"""The tabs of the main window, in order; each capability adds its own tab here.

A tab follows :class:`console.tabs.context.TabClass`: a ``QWidget`` subclass with
``required_roles`` (the groups that get it), a ``for_context(context)`` classmethod, a
``tab_title()`` method (translated, with an ``&`` accelerator) and optionally
``refresh()`` (called on F5).
"""

from __future__ import annotations

from collections.abc import Callable

from console.tabs.context import TabClass, TabContext
from widgets.qt import QtWidgets

__all__ = ["TabClass", "TabContext", "TabFactory", "tab_classes", "tab_factories"]

TabFactory = Callable[[TabContext], QtWidgets.QWidget]


def tab_factories() -> list[TabFactory]:
    """How each tab of the main window is made, in display order."""
    return [tab.for_context for tab in tab_classes()]


def tab_classes() -> list[type[TabClass]]:
    """Every tab of the main window, in display order."""
    from console.tabs.overview_tab import OverviewTab

    factories: list[type[TabClass]] = [OverviewTab]
    # lookup and customer cards (issue 4): add here
    from console.lookup.lookup_tab import LookupTab

    factories.append(LookupTab)
    # moderation queues (issue 5): add here
    from console.moderation.tab import ModerationTab

    factories += [ModerationTab]
    # appeals register (issue 16)
    from console.appeals.tab import AppealsTab

    factories.append(AppealsTab)
    # readings (issue 6): add here
    from console.readings.tab import ReadingsTab

    factories.append(ReadingsTab)
    # payments, cash desk and printing (issue 7): add here
    from console.payments.cashdesk_tab import CashDeskTab
    from console.payments.history_tab import PaymentsTab

    factories += [PaymentsTab, CashDeskTab]
    # operators and audit (issue 3): add here
    from console.admin.audit_tab import AuditTab
    from console.admin.operators_tab import OperatorsTab

    factories += [OperatorsTab, AuditTab]
    # supplier details and billing settings in the database (issue 12)
    from console.admin.settings_tab import SettingsTab

    factories.append(SettingsTab)
    return factories
