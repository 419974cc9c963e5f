"""The agent's flow from the card, the supervisors' tab and the card's timeline, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from PySide6 import QtTest

from console.appeals.contact_dialog import ContactDialog
from console.appeals.queue_model import OVERDUE
from console.appeals.tab import AppealsTab
from console.appeals.timeline import TimelineView
from console.lookup.card_widget import CustomerCard
from console.navigation import Navigator
from console.tasks import TaskRunner
from tests.appeals.conftest import Customer, Operator
from tests.printing.pdf_reading import all_text
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import Qt, QtWidgets

COMPLAINT = "Начислено по нормативу, хотя показания переданы"


@pytest.fixture
def agent_runner(qtbot: QtBot, agent: Operator) -> Iterator[TaskRunner]:
    runner = TaskRunner(agent.sessions)
    yield runner
    runner.wait_for_done()


@pytest.fixture
def supervisor_runner(qtbot: QtBot, supervisor: Operator) -> Iterator[TaskRunner]:
    runner = TaskRunner(supervisor.sessions)
    yield runner
    runner.wait_for_done()


def _card(qtbot: QtBot, runner: TaskRunner, customer_id: int) -> CustomerCard:
    card = CustomerCard(runner, Navigator(), customer_id, "agent")
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=15_000)
    return card


def test_agent_records_a_call_and_registers_a_complaint_in_at_most_ten_keys(
    qtbot: QtBot, russian, agent_runner: TaskRunner, customer: Customer, session: Session
) -> None:
    card = _card(qtbot, agent_runner, customer.customer_id)
    presses = 0

    def key(widget: QtWidgets.QWidget, k: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal presses
        presses += 1
        qtbot.keyClick(widget, k, mod)

    def alt(widget: QtWidgets.QWidget, letter: str) -> None:
        """Alt + a Cyrillic letter, as the Russian layout sends it."""
        nonlocal presses
        presses += 1
        QtTest.QTest.sendKeyEvent(
            QtTest.QTest.KeyAction.Click,
            widget,
            Qt.Key(ord(letter)),
            letter.lower(),
            Qt.KeyboardModifier.AltModifier,
        )

    def letter(widget: QtWidgets.QWidget, char: str) -> None:
        """One key of the Russian layout typed into ``widget`` (a combo box's type-ahead)."""
        nonlocal presses
        presses += 1
        QtTest.QTest.sendKeyEvent(
            QtTest.QTest.KeyAction.Click,
            widget,
            Qt.Key(ord(char)),
            char,
            Qt.KeyboardModifier.NoModifier,
        )

    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=5_000)

    key(card, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.findChild(ContactDialog, "contactDialog") is not None)
    dialog = card.findChild(ContactDialog, "contactDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.topic.isEnabled() and dialog.topic.hasFocus(), timeout=10_000)
    assert dialog.channel.currentData() == "phone"
    # «Ж»: the topic «Жалоба» by its first letter
    letter(dialog.topic, "Ж")
    assert dialog.topic.currentData() == "complaint"
    alt(dialog, "Л")  # лицевой счёт
    alt(dialog, "А")  # адрес
    # a check box's Alt key clicks it the way a mouse does (after a short animation)
    qtbot.waitUntil(lambda: dialog.facts["account_number"].isChecked(), timeout=2_000)
    qtbot.waitUntil(lambda: dialog.facts["address"].isChecked(), timeout=2_000)
    alt(dialog, "О")  # обращение
    assert dialog.kind.hasFocus()
    letter(dialog.kind, "Ж")
    assert dialog.kind.currentData() == "complaint"
    key(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.body.hasFocus()
    dialog.body.insertPlainText(COMPLAINT)  # the text itself (typed, not counted)
    key(dialog.body, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    assert presses <= 10, presses
    recorded = dialog.result_value
    assert recorded is not None
    assert recorded.appeal_number
    status = card.findChild(QtWidgets.QLabel, "cardStatus")
    assert status is not None
    assert recorded.appeal_number in status.text()
    row = session.execute(
        text(
            "SELECT i.channel, i.topic, i.identified_by, a.kind, a.body, a.status"
            " FROM billing.appeal a JOIN billing.interaction i ON i.id = a.interaction_id"
            " WHERE a.number = :n"
        ),
        {"n": recorded.appeal_number},
    ).one()
    assert tuple(row) == (
        "phone",
        "complaint",
        ["account_number", "address"],
        "complaint",
        COMPLAINT,
        "new",
    )
    # the card's timeline shows the contact, the appeal and the change history, newest first
    session.execute(
        text("SELECT billing.reveal_contact('customer', :id, 'email')"),
        {"id": customer.customer_id},
    )
    session.commit()
    timeline = card.findChild(TimelineView, "cardTimeline")
    assert timeline is not None
    card.sections.setCurrentWidget(timeline)
    timeline.reload()
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 2, timeout=15_000)
    entries = timeline.model.entries()
    sources = [e.source for e in entries]
    assert {"contact", "appeal", "change"} <= set(sources)
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    timeline.filter.setCurrentIndex(timeline.filter.findData("appeal"))
    assert {e.source for e in timeline.model.entries()} == {"appeal"}
    assert recorded.appeal_number in timeline.model.entries()[0].what


def test_an_empty_appeal_text_is_refused_next_to_the_field(
    qtbot: QtBot, agent_runner: TaskRunner, customer: Customer, session: Session
) -> None:
    before = session.execute(text("SELECT count(*) FROM billing.interaction")).scalar_one()
    session.rollback()
    dialog = ContactDialog(agent_runner, customer.customer_id, customer.account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.topic.isEnabled, timeout=10_000)
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "text" in dialog.problem.text()
    assert dialog.body.hasFocus()
    after = session.execute(text("SELECT count(*) FROM billing.interaction")).scalar_one()
    assert after == before


def test_supervisor_claims_answers_and_sees_overdue_in_red(
    qtbot: QtBot,
    tmp_path: Path,
    supervisor_runner: TaskRunner,
    supervisor: Operator,
    session: Session,
) -> None:
    tab = AppealsTab(supervisor_runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.board is not None, timeout=15_000)
    board = tab.board
    assert board is not None
    assert board.overdue > 0
    assert tab.overdue.styleSheet().startswith(f"color: {OVERDUE.name()}")
    overdue_rows = [r for r in range(tab.model.rowCount()) if tab.model.row(r).overdue]
    assert overdue_rows
    brush = tab.model.data(tab.model.index(overdue_rows[0], 0), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE
    first = tab.model.row(0)
    assert first is not None
    assert first.overdue

    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: tab.current() is not None and tab.current().assignee is not None, timeout=15_000
    )
    claimed = tab.current()
    assert claimed is not None
    assert claimed.assignee == supervisor.login
    assert claimed.status == "in_work"
    assert tab.answer.hasFocus()
    tab.answer.insertPlainText("Перерасчёт выполнен, пени сняты.")
    qtbot.keyClick(tab.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: tab.current() is not None and tab.current().status == "answered", timeout=15_000
    )
    queued = session.execute(
        text(
            "SELECT count(*) FROM billing.notification n JOIN billing.appeal a"
            " ON a.portal_user_id = n.portal_user_id"
            " WHERE a.id = :id AND n.template = 'appeal_answered' AND n.status = 'queued'"
        ),
        {"id": claimed.id},
    ).scalar_one()
    assert queued == 1
    # Ctrl+P: the answer as a letter in the documents' style; a second print is a duplicate.
    letters = _print_letter(qtbot, tab), _print_letter(qtbot, tab)
    for letter in letters:
        assert f"Ответ на обращение № {claimed.number}" in letter
        assert "Перерасчёт выполнен, пени сняты." in letter
        assert claimed.customer_name.split()[0] in letter
        assert "Тестовый Оператор" in letter  # who answered, by name (not the login)
        assert supervisor.login not in letter
    assert "ДУБЛИКАТ" not in letters[0]
    assert "ДУБЛИКАТ" in letters[1]
    target = tmp_path / "appeals.csv"
    tab.export_csv(target)
    qtbot.waitUntil(target.exists, timeout=15_000)
    qtbot.waitUntil(lambda: claimed.number in target.read_text(encoding="utf-8-sig"), timeout=5_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("number;kind;source;status;overdue")
    assert len(lines) == len(tab.board.rows) + 1 if tab.board else False


def test_the_telephony_hook_starts_the_calls_contact_record(
    qtbot: QtBot, agent_runner: TaskRunner, customer: Customer, session: Session
) -> None:
    """``billing-console lookup KEY`` (the softphone's hook) opens the caller's card with
    the call's contact record started: by phone, noting where the call came from."""
    from console.lookup.lookup_tab import LookupTab

    number = session.execute(
        text("SELECT number FROM billing.account WHERE id = :id"), {"id": customer.account_id}
    ).scalar_one()
    navigator = Navigator()
    tab = LookupTab(agent_runner, navigator, "agent")
    qtbot.addWidget(tab)
    tab.show()
    navigator.lookup.emit(number)
    qtbot.waitUntil(
        lambda: tab.findChild(ContactDialog, "contactDialog") is not None, timeout=15_000
    )
    dialog = tab.findChild(ContactDialog, "contactDialog")
    assert dialog is not None
    card = tab.current_card()
    assert card is not None
    assert card.customer_id == customer.customer_id
    assert dialog.channel.currentData() == "phone"
    assert number in dialog.note.text()
    qtbot.waitUntil(dialog.topic.isEnabled, timeout=10_000)
    dialog.outcome.setText("Ответили на вопрос")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    row = session.execute(
        text("SELECT channel, note, customer_id FROM billing.interaction WHERE id = :id"),
        {"id": dialog.result_value.interaction_id},
    ).one()
    assert row.channel == "phone"
    assert number in row.note
    assert row.customer_id == customer.customer_id
    # A search the agent types is not a call: the card comes forward without a record.
    qtbot.waitUntil(lambda: not _open_dialogs(tab), timeout=5_000)
    tab.cards.removeTab(tab.cards.indexOf(card))
    tab.lookup(number)
    qtbot.waitUntil(lambda: tab.current_card() is not None, timeout=15_000)
    reopened = tab.current_card()
    assert reopened is not None
    qtbot.waitUntil(lambda: reopened.card is not None, timeout=15_000)
    assert not _open_dialogs(tab)


def _open_dialogs(widget: QtWidgets.QWidget) -> list[ContactDialog]:
    return [d for d in widget.findChildren(ContactDialog) if d.isVisible()]


def _print_letter(qtbot: QtBot, tab: AppealsTab) -> str:
    """Ctrl+P on the tab; the text of the PDF its preview shows (the preview closed)."""
    before = set(tab.findChildren(PdfPreviewDialog))
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5_000)
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: bool(set(tab.findChildren(PdfPreviewDialog)) - before or tab.problem.text()),
        timeout=15_000,
    )
    assert not tab.problem.text()
    (dialog,) = set(tab.findChildren(PdfPreviewDialog)) - before
    document = all_text(dialog._data)
    dialog.close()
    return document


def test_the_timeline_names_readings_bills_payments_and_prints(
    agent: Operator, customer: Customer, session: Session
) -> None:
    """Readings, bills, payments and prints show on the timeline as events in words, each
    under its own filter, newest first; «Show older» continues without repeating any."""
    from console.appeals.timeline import PAGE, Cursors, load_page

    session.execute(
        text("SELECT billing.record_print('bill', 'timeline-probe', :account)"),
        {"account": customer.account_id},
    )
    session.commit()
    with agent.sessions() as s:
        first = load_page(s, customer.customer_id, Cursors())
        entries = list(first.entries)
        cursors = first.cursors
        while cursors.has_more:
            page = load_page(s, customer.customer_id, cursors)
            entries.extend(page.entries)
            cursors = page.cursors
    kinds = {e.source for e in entries}
    assert {"reading", "bill", "payment", "print"} <= kinds, kinds
    payment = next(e for e in entries if e.source == "payment")
    assert payment.what.startswith("Payment of ")
    assert "₽" in payment.what
    bill = next(e for e in entries if e.source == "bill")
    assert bill.what.startswith(("Bill ", "Correction "))
    reading = next(e for e in entries if e.source == "reading")
    assert reading.what.startswith("Reading ")
    printed = [e for e in entries if e.source == "print"]
    assert printed[0].what == "Printed: bill, copy 1"
    assert printed[0].who == "postgres"
    events = [e for e in entries if e.source in {"reading", "bill", "payment", "print"}]
    assert len(events) == len(set(events))  # paging repeats nothing
    counted = session.execute(
        text(
            "SELECT (SELECT count(*) FROM billing.payment WHERE account_id IN (SELECT id FROM"
            " billing.account WHERE customer_id = :c))"
            " + (SELECT count(*) FROM billing.bill WHERE account_id IN (SELECT id FROM"
            " billing.account WHERE customer_id = :c))"
        ),
        {"c": customer.customer_id},
    ).scalar_one()
    assert len([e for e in entries if e.source in {"bill", "payment"}]) == counted
    assert len(events) > PAGE or not first.cursors.events


def test_supervisor_assigns_an_appeal_and_edits_the_topics(
    qtbot: QtBot,
    supervisor_runner: TaskRunner,
    supervisor: Operator,
    agent: Operator,
    agent_runner: TaskRunner,
    session: Session,
) -> None:
    """Assign to: an active agent's login takes the appeal, a made-up one is refused next to
    the field; a new topic saved in «Contact topics» is offered in the contact dialog."""
    from console.appeals.topics_dialog import TopicsDialog
    from models.queries.appeals import topics

    tab = AppealsTab(supervisor_runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)
    tab.table.selectRow(0)
    chosen = tab.current()
    assert chosen is not None
    assert supervisor.login in [tab.assignee.itemText(i) for i in range(tab.assignee.count())]
    tab.assignee.setCurrentText("nobody_here")
    qtbot.keyClick(
        tab.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(tab.problem.text()), timeout=15_000)
    assert "No active agent or supervisor" in tab.problem.text()
    tab.assignee.setCurrentText(agent.login)
    tab.assign_current()
    qtbot.waitUntil(lambda: tab.problem.text() != "", timeout=15_000)
    assert "assigned" in tab.problem.text(), tab.problem.text()
    assignee = session.execute(
        text("SELECT assignee FROM billing.appeal WHERE id = :id"), {"id": chosen.id}
    ).scalar_one()
    assert assignee == agent.login

    tab.edit_topics()
    qtbot.waitUntil(lambda: tab.findChild(TopicsDialog) is not None, timeout=5_000)
    dialog = tab.findChild(TopicsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=15_000)
    dialog.add_row()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Bad Code")
    dialog.table.item(row, 1).setText("Вопрос о пени")
    dialog.save_changes()
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=15_000)
    assert "code" in dialog.problem.text()
    dialog.table.item(row, 0).setText("penalty_question")
    dialog.save_changes()
    qtbot.waitUntil(lambda: "Saved 1" in dialog.problem.text(), timeout=15_000)
    with agent.sessions() as s:
        offered = {t.code: t.title for t in topics(s)}
    assert offered["penalty_question"] == "Вопрос о пени"


def test_a_change_of_details_is_applied_on_the_customers_card(
    qtbot: QtBot, supervisor_runner: TaskRunner, session: Session
) -> None:
    """Ctrl+O on a change-of-details appeal opens its customer's card (whose actions
    change the phone or e-mail, each audited)."""
    navigator = Navigator()
    tab = AppealsTab(supervisor_runner, navigator=navigator)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)
    rows = [tab.model.row(r) for r in range(tab.model.rowCount())]
    index = next(i for i, r in enumerate(rows) if r is not None and r.kind == "change_of_details")
    tab.table.selectRow(index)
    chosen = tab.current()
    assert chosen is not None
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(navigator.open_customer, timeout=5_000) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [chosen.customer_id]
