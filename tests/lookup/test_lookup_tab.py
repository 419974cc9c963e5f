"""The lookup tab as an operator uses it: type, see the kind, open cards, page, go back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.lookup_tab import LookupTab
from console.lookup.open_cards import MAX_OPEN_CARDS
from console.lookup.results_model import LookupResultsModel
from console.navigation import Navigator
from console.services.lookup import interpret
from console.tasks import TaskRunner
from tests.lookup.conftest import one
from widgets.qt import Qt, QtWidgets


@pytest.fixture
def runner(qtbot, sessions: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(sessions)
    yield runner
    runner.wait_for_done()
    qtbot.wait(100)  # deliver the last results while the widgets still exist


@pytest.fixture
def tab(qtbot, runner: TaskRunner) -> LookupTab:
    tab = LookupTab(runner, Navigator(), "agent")
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    qtbot.waitUntil(lambda: tab.region.count() > 1, timeout=10_000)
    return tab


def test_search_field_is_focused_and_shows_the_kind(qtbot, tab: LookupTab) -> None:
    qtbot.waitUntil(tab.search_field.hasFocus, timeout=5_000)
    qtbot.keyClicks(tab.search_field, "8 (914) 123-45-67")
    assert "phone" in tab.recognised.text()
    # Typing does not search at every key: the search starts once typing pauses.
    assert tab.model.query is None
    qtbot.waitUntil(lambda: tab.status.text() == "Nothing found", timeout=10_000)


def test_enter_on_an_account_number_opens_its_card(qtbot, tab: LookupTab, session: Session) -> None:
    number, customer_id = one(session, "SELECT number, customer_id FROM account ORDER BY id")
    tab.search_field.setFocus()
    qtbot.keyClicks(tab.search_field, number)
    qtbot.keyClick(tab.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.current_card() is not None, timeout=10_000)
    card = tab.current_card()
    assert card is not None
    assert card.customer_id == customer_id
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    assert card.name.text() == card.card.customer.name
    assert tab.cards.tabText(tab.cards.currentIndex()).startswith(card.name.text()[:10])
    assert card.accounts.item(0, 0).text() == number
    assert "***" in card.phone.text() or card.phone.text() == "—"


def test_results_open_with_enter_and_escape_returns_to_the_search(
    qtbot, tab: LookupTab, session: Session
) -> None:
    surname = one(
        session,
        "SELECT last_name FROM customer WHERE kind = 'person' GROUP BY last_name"
        " HAVING count(*) > 1 ORDER BY count(*) DESC",
    )[0]
    tab.search_field.setText(surname)
    tab.search()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 1, timeout=10_000)
    tab.results.setFocus()
    tab.results.selectRow(1)
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.current_card() is not None, timeout=10_000)
    assert tab.current_card().customer_id == tab.model.row_at(1).customer_id
    qtbot.keyClick(tab.current_card(), Qt.Key.Key_Escape)
    assert tab.search_field.hasFocus()


def test_forcing_a_kind_and_a_region(qtbot, tab: LookupTab, session: Session) -> None:
    number, region_name = one(
        session,
        "SELECT a.number, r.name FROM account a JOIN region r ON r.id = a.region_id ORDER BY a.id",
    )
    tab.kind.setCurrentIndex(tab.kind.findText("meter serial number"))
    tab.search_field.setText(number)
    tab.search()
    assert tab.recognised.text().endswith("meter serial number")
    tab.kind.setCurrentIndex(0)
    tab.region.setCurrentIndex(tab.region.findText(region_name))
    tab.search()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.model.row_at(0).region_name == region_name


def test_fetch_more_adds_rows(qtbot, runner: TaskRunner, session: Session) -> None:
    surname = one(
        session,
        "SELECT substr(last_name, 1, 2) FROM customer WHERE kind = 'person'"
        " GROUP BY 1 HAVING count(*) > 12 ORDER BY count(*) DESC",
    )[0]
    query = interpret(surname)
    model = LookupResultsModel(runner, page_size=5)
    with qtbot.waitSignal(model.first_page_shown, timeout=10_000):
        model.start(query)
    assert model.rowCount() == 5
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.fetchMore()
    assert model.rowCount() == 10
    ids = [model.row_at(r).account_id for r in range(10)]
    assert len(set(ids)) == 10


def test_back_and_forward_through_cards(qtbot, tab: LookupTab, session: Session) -> None:
    first = one(session, "SELECT id FROM customer ORDER BY id")[0]
    second = one(session, "SELECT id FROM customer ORDER BY id OFFSET 1")[0]
    tab.open_customer(first)
    tab.open_customer(second)
    assert tab.cards.count() == 2
    assert tab.back.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.current_card().customer_id == first
    assert tab.forward.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.current_card().customer_id == second
    tab.close_card.click()
    assert tab.cards.count() == 1
    assert tab.current_card().customer_id == first
    tab.go_back()  # like a browser: the card seen before comes back
    assert tab.current_card().customer_id == second
    assert tab.cards.count() == 2


def test_a_day_of_calls_keeps_the_cards_shown_last_and_alt_left_reopens_the_rest(
    qtbot, tab: LookupTab, session: Session
) -> None:
    """Cards do not pile up through the day: beyond ``MAX_OPEN_CARDS`` the one shown
    longest ago closes (not merely the first opened, never one with a contact being
    recorded); going back to a closed one loads it again."""
    more = MAX_OPEN_CARDS - 1
    ids = [
        row[0]
        for row in session.execute(
            text("SELECT id FROM customer ORDER BY id LIMIT :n"), {"n": MAX_OPEN_CARDS + more}
        )
    ]
    first, later = ids[:MAX_OPEN_CARDS], ids[MAX_OPEN_CARDS:]
    for customer_id in first:
        tab.open_customer(customer_id)
    recording = tab.card(first[2])
    qtbot.waitUntil(lambda: recording.card is not None, timeout=10_000)
    tab.open_customer(first[2])
    recording.contact_button.click()
    dialog = recording.findChild(QtWidgets.QDialog)
    assert dialog is not None
    assert dialog.isVisible()
    tab.open_customer(first[0])  # the first opened is in front again
    for customer_id in later:
        tab.open_customer(customer_id)
        assert tab.cards.count() == MAX_OPEN_CARDS
    # Closed in the order last shown: 1, 3, 4, 5, 6, 7, then 0 (2 has its dialog open).
    open_ids = {tab.cards.widget(i).customer_id for i in range(tab.cards.count())}
    assert open_ids == {first[2], *later}
    assert dialog.isVisible()
    dialog.reject()
    for _ in range(more):  # back through the later ones to the first opened
        qtbot.keyClick(tab, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    reopened = tab.current_card()
    assert reopened.customer_id == first[0]
    qtbot.waitUntil(lambda: reopened.card is not None, timeout=10_000)
    assert reopened.card.customer.id == first[0]
    assert reopened.name.text() == reopened.card.customer.name
    assert tab.cards.count() == MAX_OPEN_CARDS


def test_navigator_opens_a_card(qtbot, runner: TaskRunner, session: Session) -> None:
    navigator = Navigator()
    tab = LookupTab(runner, navigator, "agent")
    qtbot.addWidget(tab)
    customer_id = one(session, "SELECT id FROM customer WHERE kind = 'organisation' ORDER BY id")[0]
    navigator.open_customer.emit(customer_id)
    card = tab.current_card()
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    assert "INN" in card.identity.text()


def test_an_agent_cannot_press_block_or_merge(qtbot, tab: LookupTab, session: Session) -> None:
    customer_id = one(
        session,
        "SELECT customer_id FROM portal_user WHERE status = 'active' AND customer_id IS NOT NULL"
        " ORDER BY id",
    )[0]
    tab.open_customer(customer_id)
    card = tab.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    buttons = card.portal.buttons
    assert buttons["reset"].isEnabled()
    assert not buttons["block"].isEnabled()
    assert not buttons["merge"].isEnabled()


def test_tool_buttons_ask_for_the_account_tool(qtbot, runner: TaskRunner, session: Session) -> None:
    navigator = Navigator()
    tab = LookupTab(runner, navigator, "agent")
    qtbot.addWidget(tab)
    account_id, customer_id = one(session, "SELECT id, customer_id FROM account ORDER BY id")
    tab.open_customer(customer_id)
    card = tab.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    with qtbot.waitSignal(navigator.open_account_tool) as signal:
        card.tool_buttons["readings"].click()
    assert signal.args == ["readings", account_id]
    assert isinstance(card.accounts, QtWidgets.QTableWidget)


def test_cards_open_from_a_card_built_ahead_and_show_their_own_customer(
    qtbot, tab: LookupTab, session: Session
) -> None:
    """While the operator is idle the tab builds the next card; opening a customer uses it
    and fills it with that customer (name, accounts, bills, timeline), and the next card
    gets a new one, so two customers never share a card."""
    from console.appeals.timeline import Cursors, load_page

    qtbot.waitUntil(
        lambda: (
            tab.open_cards._spare_card is not None
            and tab.open_cards._spare_card._construction is None
        ),
        timeout=10_000,
    )
    spare = tab.open_cards._spare_card
    first, second = (
        row[0]
        for row in session.execute(
            text(
                "SELECT customer_id FROM account a WHERE EXISTS"
                " (SELECT 1 FROM bill b WHERE b.account_id = a.id)"
                " GROUP BY customer_id ORDER BY customer_id LIMIT 2"
            )
        )
    )
    tab.open_customer(first)
    card = tab.current_card()
    assert card is spare
    assert card.objectName() == f"customerCard_{first}"
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    name = session.execute(
        text("SELECT coalesce(last_name, name) FROM customer WHERE id = :c"),
        {"c": first},
    ).scalar_one()
    assert name in card.name.text()
    # Every section is filled once the card says it is loaded.
    numbers = {
        n
        for (n,) in session.execute(
            text("SELECT number FROM account WHERE customer_id = :c"), {"c": first}
        )
    }
    assert {card.accounts.item(r, 0).text() for r in range(card.accounts.rowCount())} == numbers
    assert card.bills.rowCount() == len(card.card.bills) > 0
    assert {card.bills.item(r, 1).text() for r in range(card.bills.rowCount())} <= numbers
    card.sections.setCurrentWidget(card.timeline)
    qtbot.waitUntil(lambda: card.timeline.model.rowCount() > 0, timeout=10_000)
    expected = load_page(session, first, Cursors()).entries
    session.rollback()
    assert card.timeline.model.entries()[0] == expected[0]

    qtbot.waitUntil(
        lambda: tab.open_cards._spare_card is not None and tab.open_cards._spare_card is not card,
        timeout=10_000,
    )
    tab.open_customer(second)
    other = tab.current_card()
    assert other is not card
    assert other.customer_id == second
    qtbot.waitUntil(lambda: other.card is not None, timeout=10_000)
    assert other.card.customer.id == second
    assert card.card.customer.id == first


def test_a_card_opened_before_its_spare_is_built_still_opens_whole(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    """A card asked for at once (no idle time yet) is built whole on the spot."""
    navigator = Navigator()
    tab = LookupTab(runner, navigator, "agent")
    qtbot.addWidget(tab)
    customer_id = one(session, "SELECT id FROM customer ORDER BY id")[0]
    navigator.open_customer.emit(customer_id)
    card = tab.current_card()
    assert card is not None
    assert card._construction is None
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    assert card.card.customer.id == customer_id
