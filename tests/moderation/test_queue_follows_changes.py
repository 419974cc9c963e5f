"""Two supervisors on one queue: what one decides, and what the portal sends, reaches the
other's open queue row by row, without F5 and without losing the row they stand on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from console.database.change_listener import ChangeListener
from console.moderation.tab import ModerationTab
from console.navigation import Navigator
from console.settings import Settings
from console.tasks import TaskRunner
from models.operations import moderation
from models.queries.moderation import Queue
from tests.moderation.conftest import Operator
from tests.moderation.helpers import fill_link_queue
from widgets.qt import Qt, QtCore

ITEMS = 6


class SecondConsole:
    """Supervisor B's moderation tab, hearing the database's announcements as the main
    window does."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, supervisor: Operator) -> None:
        self.runner = TaskRunner(supervisor.sessions)
        self.navigator = Navigator()
        self.runner.changed.connect(self.navigator.changed)
        self.listener = ChangeListener(supervisor.engine)
        self.listener.changed.connect(self.navigator.changed)
        settings = Settings(
            QtCore.QSettings(str(tmp_path / "b.ini"), QtCore.QSettings.Format.IniFormat)
        )
        self.tab = ModerationTab(self.runner, settings, navigator=self.navigator)
        qtbot.addWidget(self.tab)
        self.resets: list[None] = []
        self.tab._model.modelReset.connect(lambda: self.resets.append(None))

    def ids(self) -> list[int]:
        """The ids of the rows shown, top to bottom."""
        model = self.tab._model
        return [item.id for row in range(model.rowCount()) if (item := model.item(row))]

    def selected_id(self) -> int | None:
        """The item of the row the supervisor stands on."""
        rows = self.tab._queue_panel.table.selectionModel().selectedRows()
        item = self.tab._model.item(rows[0].row()) if rows else None
        return item.id if item is not None else None


@pytest.fixture
def queue_ids(engine: Engine) -> list[int]:
    with engine.begin() as connection:
        ids = fill_link_queue(connection, ITEMS)
    with engine.connect() as connection:  # oldest first, as the queue shows them
        return list(
            connection.execute(
                text(
                    "SELECT id FROM billing.link_request WHERE id = ANY(:ids)"
                    " ORDER BY created_at, id"
                ),
                {"ids": ids},
            ).scalars()
        )


@pytest.fixture
def console_b(
    qtbot: QtBot, tmp_path: Path, make_operator, queue_ids: list[int]
) -> Iterator[SecondConsole]:
    console = SecondConsole(qtbot, tmp_path, make_operator("billing_supervisor"))
    with qtbot.waitSignal(console.listener.listening, timeout=10_000):
        console.listener.start()
    console.tab.show()
    console.tab.refresh()
    qtbot.waitUntil(lambda: console.ids() == queue_ids, timeout=10_000)
    console.resets.clear()
    yield console
    console.listener.stop()
    console.runner.wait_for_done()


def test_a_decision_in_one_console_removes_just_that_row_from_the_others_queue(
    qtbot: QtBot, console_b: SecondConsole, supervisor: Operator, queue_ids: list[int]
) -> None:
    table = console_b.tab._queue_panel.table
    table.setFocus()
    table.selectRow(4)
    standing_on = queue_ids[4]
    with supervisor.sessions() as a:  # supervisor A takes the oldest and approves it
        claim = moderation.claim_next(a, Queue.LINK_REQUESTS)
        assert claim is not None
        assert claim.id == queue_ids[0]
        moderation.decide(a, Queue.LINK_REQUESTS, claim.id, claim.version, approve=True)
    qtbot.waitUntil(lambda: console_b.ids() == queue_ids[1:], timeout=10_000)
    assert console_b.selected_id() == standing_on
    assert console_b.resets == []  # the queue was not reloaded whole: the row went


def test_a_request_from_the_portal_comes_in_at_its_age(
    qtbot: QtBot, console_b: SecondConsole, engine: Engine, queue_ids: list[int]
) -> None:
    console_b.tab._queue_panel.table.selectRow(2)
    with engine.begin() as connection:  # the portal writes a request older than the rest
        new_id = connection.execute(
            text(
                "INSERT INTO billing.link_request (portal_user_id, region_id, account_number,"
                " proof_kind, proof_value, status, created_at)"
                " SELECT lr.portal_user_id, lr.region_id, lr.account_number, 'receipt_number',"
                " '000', 'pending', lr.created_at - interval '1 minute'"
                " FROM billing.link_request lr WHERE lr.id = :first RETURNING id"
            ),
            {"first": queue_ids[0]},
        ).scalar_one()
    qtbot.waitUntil(lambda: console_b.ids() == [new_id, *queue_ids], timeout=10_000)
    assert console_b.selected_id() == queue_ids[2]
    assert console_b.resets == []


def test_the_open_item_decided_elsewhere_shows_as_decided(
    qtbot: QtBot, console_b: SecondConsole, supervisor: Operator, queue_ids: list[int]
) -> None:
    tab = console_b.tab
    table = tab._queue_panel.table
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab._approve.isEnabled(), timeout=10_000)
    assert tab._detail is not None
    assert tab._detail.id == queue_ids[3]
    with supervisor.sessions() as a:
        moderation.decide(
            a,
            Queue.LINK_REQUESTS,
            queue_ids[3],
            tab._detail.version,
            approve=False,
            reason_code=a.execute(
                text(
                    "SELECT code FROM billing.rejection_reason WHERE queue = 'link_request'"
                    " ORDER BY position LIMIT 1"
                )
            ).scalar_one(),
        )
    qtbot.waitUntil(lambda: not tab._approve.isEnabled(), timeout=10_000)
    assert tab._detail.status == "rejected"
    assert "meanwhile" in tab._message.text()
    assert queue_ids[3] not in console_b.ids()
