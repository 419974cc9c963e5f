"""Each role sees the tabs it can use; the database refuses the rest anyway."""

from __future__ import annotations

import pytest

from console.session import tab_allowed
from console.tabs.registry import tab_factories


def _tab_names(role: str) -> list[str]:
    return [
        getattr(factory, "__self__", factory).__name__
        for factory in tab_factories()
        if tab_allowed(factory, role)
    ]


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        ("agent", ["OverviewTab", "LookupTab", "ReadingsTab", "PaymentsTab"]),
        ("cashier", ["OverviewTab", "LookupTab", "PaymentsTab", "CashDeskTab"]),
        ("supervisor", ["OverviewTab", "LookupTab", "ModerationTab", "ReadingsTab", "PaymentsTab"]),
        ("admin", ["OperatorsTab", "AuditTab"]),
    ],
)
def test_tabs_of_each_role(role: str, tabs: list[str]) -> None:
    assert _tab_names(role) == tabs
