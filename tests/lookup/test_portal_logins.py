"""Portal logins without a customer or account: found by the lookup and opened on their own."""

from __future__ import annotations

from collections.abc import Iterator
from unittest import mock

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.lookup_tab import LookupTab
from console.lookup.portal_login_view import MODERATION_TOOL, PortalLoginView
from console.navigation import Navigator
from console.services.lookup import LookupQuery, fetch_page, interpret, open_portal_login
from console.tasks import TaskRunner
from models import clock
from models.changes import Change
from models.domain.emails import mask_email
from models.queries.lookup import LookupRow, MatchedField
from tests.lookup.conftest import one
from widgets.qt import Qt


def _search(session: Session, key: str, region_id: int | None = None) -> list[LookupRow]:
    query = interpret(key, None, region_id)
    assert isinstance(query, LookupQuery)
    return list(fetch_page(session, query, as_of=clock.today()).rows)


def _unconfirmed(session: Session) -> tuple[int, str, str, str]:
    """(id, login, email, phone) of a login whose e-mail is not confirmed: no account."""
    return one(
        session,
        "SELECT id, login, email, phone FROM portal_user WHERE status = 'email_unconfirmed'"
        " AND customer_id IS NULL AND phone IS NOT NULL ORDER BY id",
    )


def _review_for_unknown_account(session: Session) -> tuple[int, int, str]:
    """A login awaiting review for an account billing lacks: (user id, review id, region)."""
    region_id, region = one(session, "SELECT id, name FROM region ORDER BY id DESC")
    user_id = session.execute(
        text(
            "INSERT INTO portal_user (login, email, phone, password_hash, status)"
            " VALUES ('newcomer2026', 'NewComer@example.ru', '+79140001122', 'x',"
            " 'awaiting_review') RETURNING id"
        )
    ).scalar_one()
    review_id = session.execute(
        text(
            "INSERT INTO registration_review (portal_user_id, customer_kind, account_number,"
            " region_id, status) VALUES (:u, 'person', '999999999', :r, 'pending') RETURNING id"
        ),
        {"u": user_id, "r": region_id},
    ).scalar_one()
    session.commit()
    return user_id, review_id, region


@pytest.mark.parametrize("key", ["login", "email", "email_upper", "phone"])
def test_an_unconfirmed_login_is_found_by_what_the_caller_says(session: Session, key: str) -> None:
    user_id, login, email, phone = _unconfirmed(session)
    typed = {"login": login, "email": email, "email_upper": email.upper(), "phone": phone}[key]
    rows = [r for r in _search(session, typed) if r.is_portal_login]
    assert [r.portal_user_id for r in rows] == [user_id]
    row = rows[0]
    assert row.customer_id is None
    assert row.account_id is None
    assert row.matched == login
    assert row.portal_status == "email_unconfirmed"
    assert row.portal_email_masked == mask_email(email)
    expected = {
        "login": MatchedField.PORTAL_LOGIN,
        "email": MatchedField.PORTAL_EMAIL,
        "email_upper": MatchedField.PORTAL_EMAIL,
        "phone": MatchedField.PORTAL_PHONE,
    }[key]
    assert row.field is expected


def test_a_login_with_an_account_is_not_listed_twice(session: Session) -> None:
    login = one(
        session,
        "SELECT login FROM portal_user pu WHERE EXISTS"
        " (SELECT FROM account_link l WHERE l.portal_user_id = pu.id) ORDER BY id",
    )[0]
    rows = _search(session, login)
    assert rows
    assert not any(r.is_portal_login for r in rows)


def test_awaiting_review_for_an_unknown_account_shows_its_region(session: Session) -> None:
    user_id, review_id, region = _review_for_unknown_account(session)
    rows = _search(session, "newcomer@example.RU")
    assert [(r.portal_user_id, r.region_name) for r in rows] == [(user_id, region)]
    other = one(session, "SELECT id FROM region WHERE name <> :n ORDER BY id", n=region)[0]
    assert _search(session, "newcomer2026", other) == []
    data = open_portal_login(session, user_id)
    assert data.review_id == review_id
    assert data.region_name == region
    assert data.user.login == "newcomer2026"


@pytest.fixture
def runner(qtbot, sessions: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(sessions)
    yield runner
    runner.wait_for_done()
    qtbot.wait(100)


def _tab(qtbot, runner: TaskRunner, navigator: Navigator, role: str) -> LookupTab:
    tab = LookupTab(runner, navigator, role)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    qtbot.waitUntil(lambda: tab.region.count() > 1, timeout=10_000)
    return tab


def test_enter_opens_the_login_with_its_actions(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    user_id, login, email, _phone = _unconfirmed(session)
    tab = _tab(qtbot, runner, Navigator(), "agent")
    tab.search_field.setFocus()
    qtbot.keyClicks(tab.search_field, email)
    qtbot.keyClick(tab.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.portal_login_view(user_id) is not None, timeout=10_000)
    row = tab.model.row_at(0)
    assert row is not None
    assert row.is_portal_login
    texts = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert login in texts[0]
    assert texts[1] == "No customer yet: e-mail not confirmed"
    assert "***" in texts[3]
    assert email not in texts[3]
    view = tab.portal_login_view(user_id)
    assert view is not None
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert view.login.text() == login
    assert tab.cards.tabText(tab.cards.indexOf(view)) == login
    assert view.portal.table.rowCount() == 1
    assert view.portal.table.item(0, 0).text() == login
    buttons = view.portal.buttons
    assert buttons["resend"].isEnabled()
    assert buttons["reset"].isEnabled()
    assert buttons["email"].isEnabled()
    assert buttons["phone"].isEnabled()
    assert not buttons["block"].isEnabled()  # an agent cannot block
    assert "not confirmed" in view.notice.text()
    assert view.review.isHidden()


def test_a_supervisor_follows_the_link_to_the_pending_review(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    user_id, review_id, _region = _review_for_unknown_account(session)
    navigator = Navigator()
    tab = _tab(qtbot, runner, navigator, "supervisor")
    tab.lookup("newcomer2026")
    qtbot.waitUntil(lambda: tab.portal_login_view(user_id) is not None, timeout=10_000)
    view = tab.portal_login_view(user_id)
    assert isinstance(view, PortalLoginView)
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert view.review.isVisible()
    assert view.portal.buttons["block"].isEnabled()
    with qtbot.waitSignal(navigator.open_account_tool) as signal:
        view.review.linkActivated.emit("#")
    assert signal.args == [MODERATION_TOOL, review_id]


def test_open_cards_reload_when_another_tab_writes(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    customer_id = one(
        session,
        "SELECT customer_id FROM account GROUP BY customer_id HAVING count(*) > 1 ORDER BY 1",
    )[0]
    navigator = Navigator()
    tab = _tab(qtbot, runner, navigator, "agent")
    tab.open_customer(customer_id)
    card = tab.card(customer_id)
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    card.accounts.selectRow(1)
    card.sections.setCurrentIndex(2)
    first = card.card
    session.execute(
        text("UPDATE customer SET last_name = 'Обновлённая' WHERE id = :c"), {"c": customer_id}
    )
    session.commit()
    assert first is not None
    account_id = first.accounts[1].id
    # A write naming another customer's account leaves the card alone...
    with mock.patch.object(card, "refresh", wraps=card.refresh) as refresh:
        navigator.changed.emit(Change.of("reading", accounts=[-1]))
        qtbot.wait(600)
    assert refresh.call_count == 0
    # ...several writes in a row naming one of its accounts reload it once, in the background.
    with mock.patch.object(card, "refresh", wraps=card.refresh) as refresh:
        for _ in range(3):
            navigator.changed.emit(Change.of("reading", accounts=[account_id]))
        qtbot.waitUntil(lambda: card.card is not first, timeout=10_000)
    assert refresh.call_count == 1
    assert refresh.call_args.kwargs == {"quiet": True}
    assert card.name.text().startswith("Обновлённая")
    assert card.status.isHidden()
    assert card.accounts.currentRow() == 1
    assert card.sections.currentIndex() == 2
