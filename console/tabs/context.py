"""What every tab is built from, and the contract a tab class follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from console.navigation import Navigator
from console.settings import Settings
from console.tasks import TaskRunner
from models.domain.groups import Group

if TYPE_CHECKING:
    from console.database.connection import DatabaseInfo
    from widgets.qt import QtWidgets


@dataclass(frozen=True, slots=True)
class TabContext:
    """What a tab gets: the task runner, settings, connection info and the navigator."""

    runner: TaskRunner
    settings: Settings
    info: DatabaseInfo
    navigator: Navigator


class TabClass(Protocol):
    """A main-window tab: the groups that get it, and how it is made from a context.

    ``required_roles`` empty means every operator gets the tab. A tab may also have
    ``refresh()`` (F5) and is titled by ``tab_title()`` (translated, with an ``&``).
    """

    required_roles: ClassVar[frozenset[Group]]

    @classmethod
    def for_context(cls, context: TabContext) -> QtWidgets.QWidget:
        """Build the tab."""
        ...
