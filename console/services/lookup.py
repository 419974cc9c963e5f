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
    CONTACT_KINDS,
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
    contacts: bool = True
    """Whether the operator reads contacts (search by phone or e-mail; masked e-mails)."""


def interpret(
    text: str,
    kind: KeyKind | None = None,
    region_id: int | None = None,
    *,
    contacts: bool = True,
) -> LookupQuery | Problem:
    """The query for ``text`` (every likely reading, or only ``kind`` when forced).

    Without ``contacts`` (a cashier) phone and e-mail readings are left out, and a
    search forced to one of them is refused with ``lookup.contacts_not_allowed``.
    """
    if kind is not None:
        if not contacts and kind in CONTACT_KINDS:
            return Problem.error("lookup.contacts_not_allowed", "key")
        guess = force(text, kind)
        if guess is None:
            return not_of_kind(text, kind)
        return LookupQuery(text, (guess,), region_id, contacts)
    guesses = tuple(g for g in classify(text) if contacts or g.kind not in CONTACT_KINDS)
    if not guesses:
        if not contacts and any(g.kind in CONTACT_KINDS for g in classify(text)):
            return Problem.error("lookup.contacts_not_allowed", "key")
        return unrecognised(text)
    return LookupQuery(text, guesses, region_id, contacts)


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
        contacts=query.contacts,
    )


def load_regions(session: Session) -> list[RegionOption]:
    """Regions for the region filter."""
    return regions(session)


def open_card(
    session: Session, customer_id: int, as_of: date | None = None, *, contacts: bool = True
) -> CardData:
    """The customer's card as of today (``contacts``: with the masked phone and e-mail)."""
    return load_card(session, customer_id, as_of or clock.today(), contacts=contacts)


def open_portal_login(
    session: Session, portal_user_id: int, *, contacts: bool = True
) -> PortalLoginData:
    """A portal login on its own (found before it has a customer or an account)."""
    return load_portal_login(session, portal_user_id, contacts=contacts)
