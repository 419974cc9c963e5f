"""The lookup tab's service: read the key, find matches a page at a time, load a card.

Reading the key is pure and instant (the tab shows the recognised kind while the
operator types); searching and loading run in workers through the TaskRunner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from models import clock
from models.domain.problems import Problem
from models.domain.search_keys import KeyGuess, KeyKind, classify, force, not_of_kind, unrecognised
from models.queries.card import CardData, PortalLoginData, load_card, load_portal_login
from models.queries.lookup import (
    PAGE_SIZE,
    Cursor,
    LookupPage,
    RegionOption,
    regions,
    search_page,
)

__all__ = [
    "LookupQuery",
    "fetch_page",
    "interpret",
    "load_regions",
    "open_card",
    "open_portal_login",
]


@dataclass(frozen=True, slots=True)
class LookupQuery:
    """What to search for: the readings of the key and the region (None: every region)."""

    text: str
    guesses: tuple[KeyGuess, ...]
    region_id: int | None = None


def interpret(
    text: str, kind: KeyKind | None = None, region_id: int | None = None
) -> LookupQuery | Problem:
    """The query for ``text`` (every likely reading, or only ``kind`` when forced)."""
    if kind is not None:
        guess = force(text, kind)
        if guess is None:
            return not_of_kind(text, kind)
        return LookupQuery(text, (guess,), region_id)
    guesses = tuple(classify(text))
    if not guesses:
        return unrecognised(text)
    return LookupQuery(text, guesses, region_id)


def fetch_page(
    session: Session,
    query: LookupQuery,
    cursor: Cursor | None = None,
    *,
    limit: int = PAGE_SIZE,
    as_of: date | None = None,
) -> LookupPage:
    """One page of matches (the first when ``cursor`` is None)."""
    return search_page(
        session,
        query.guesses,
        cursor=cursor,
        region_id=query.region_id,
        limit=limit,
        as_of=as_of or clock.today(),
    )


def load_regions(session: Session) -> list[RegionOption]:
    """Regions for the region filter."""
    return regions(session)


def open_card(session: Session, customer_id: int, as_of: date | None = None) -> CardData:
    """The customer's card as of today."""
    return load_card(session, customer_id, as_of or clock.today())


def open_portal_login(session: Session, portal_user_id: int) -> PortalLoginData:
    """A portal login on its own (found before it has a customer or an account)."""
    return load_portal_login(session, portal_user_id)
