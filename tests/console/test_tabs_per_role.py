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
        (
            "supervisor",
            [
                "OverviewTab",
                "LookupTab",
                "ModerationTab",
                "AppealsTab",
                "ReadingsTab",
                "PaymentsTab",
            ],
        ),
        ("admin", ["OperatorsTab", "AuditTab", "SettingsTab"]),
    ],
)
def test_tabs_of_each_role(role: str, tabs: list[str]) -> None:
    assert _tab_names(role) == tabs


def _accelerator(title: str) -> str:
    index = title.find("&")
    return title[index + 1].casefold() if index >= 0 else ""


@pytest.mark.parametrize("language", ["ru", "en"])
def test_tab_accelerators_are_unique(qapp, language: str) -> None:
    """Alt+letter must switch to exactly one tab, in either language."""
    import inspect
    import re

    from console.i18n import install_translation
    from widgets.qt import QtCore

    install_translation(qapp, language)
    titles = {}
    for factory in tab_factories():
        cls = getattr(factory, "__self__", factory)
        source = re.search(r'self\.tr\("([^"]+)"\)', inspect.getsource(cls.tab_title)).group(1)
        titles[cls.__name__] = QtCore.QCoreApplication.translate(cls.__name__, source)
    install_translation(qapp, "en")
    letters = [_accelerator(title) for title in titles.values()]
    assert all(letters), titles
    assert len(set(letters)) == len(letters), titles
