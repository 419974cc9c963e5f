"""Find customers by whatever the caller says: one query per reading of the key.

:func:`models.domain.search_keys.classify` lists the readings of what the operator
typed (a 10-digit number may be a phone and an INN); :func:`search_page` returns the
matches of every reading in turn, a page at a time. Each reading is one indexed query
over the generated key columns of migration 0020; prefixes (surnames, streets) page in
index order, and the next page starts after the sort key of the last row shown (keyset
pagination, no OFFSET), so the n-th page costs no more than the first and rows added
meanwhile neither repeat nor push rows out of the pages still to come.

A result row is one account of a matching customer with what matched, the address,
the region and the balance for the debt badge.

Phones and e-mails are no columns operators may read (migration 0090): a phone or
e-mail key is looked up by ``billing.find_by_contact`` (agents and supervisors), called
once per search in a materialised CTE ``found``, which returns the customers' and portal
logins' ids with the contact masked. Cashiers read no contacts: ``contacts=False`` leaves those
readings out and shows no e-mail on a portal login's row.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.domain.search_keys import KeyGuess, KeyKind
from models.queries.balance import ZERO, nets

__all__ = [
    "CONTACT_KINDS",
    "PAGE_SIZE",
    "Cursor",
    "LookupPage",
    "LookupRow",
    "MatchedField",
    "RegionOption",
    "customer_name",
    "printed_address",
    "regions",
    "search_kind",
    "search_page",
]

PAGE_SIZE = 50


class MatchedField(enum.StrEnum):
    """Which stored value matched the key."""

    ACCOUNT_NUMBER = "account_number"
    INN = "inn"
    CUSTOMER_PHONE = "customer_phone"
    PORTAL_PHONE = "portal_phone"
    CUSTOMER_EMAIL = "customer_email"
    PORTAL_EMAIL = "portal_email"
    PORTAL_LOGIN = "portal_login"
    SURNAME = "surname"
    ORGANISATION_NAME = "organisation_name"
    ADDRESS = "address"
    METER_SERIAL = "meter_serial"
    RECEIPT_NUMBER = "receipt_number"


@dataclass(frozen=True, slots=True)
class LookupRow:
    """One account of a customer that matched, as the result table shows it."""

    kind: KeyKind
    field: MatchedField
    matched: str
    """The stored value that matched, a phone or e-mail masked (a login for a portal
    user's phone or e-mail)."""
    customer_id: int | None
    """None for a portal login that has no customer or account yet (see ``portal_user_id``)."""
    customer_name: str
    is_organisation: bool
    account_id: int | None
    account_number: str
    region_id: int | None
    region_name: str
    """The account's region; for a login without an account the region it named, or ""."""
    address: str
    account_status: str
    debt: Decimal
    """Debt and penalty owed today (the badge); zero when nothing is owed."""
    overpayment: Decimal
    portal_user_id: int | None = None
    """Set on the row of a portal login found without any account (an unconfirmed or
    awaiting-review registration): Enter opens that login rather than a customer."""
    portal_email_masked: str | None = None
    """The login's e-mail as ``iv***@mail.ru`` (None for an operator who reads no contacts)."""
    portal_status: str | None = None

    @property
    def is_portal_login(self) -> bool:
        """The row is a portal login without a customer or account yet."""
        return self.portal_user_id is not None and self.customer_id is None


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the reading of the key and, within it, the sort key
    of the last row shown (None: from its first row)."""

    guess_index: int = 0
    after: tuple[Any, ...] | None = None


@dataclass(frozen=True, slots=True)
class LookupPage:
    """Rows of one page and the cursor of the next (None after the last page)."""

    rows: tuple[LookupRow, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class RegionOption:
    """A region the operator may restrict the search to."""

    id: int
    name: str


# --- SQL -----------------------------------------------------------------------------

_ROW_COLUMNS = """
    c.id AS customer_id, c.kind AS customer_kind, c.last_name, c.first_name, c.middle_name,
    c.name, a.id AS account_id, a.number, a.region_id, r.name AS region_name, a.settlement,
    a.street, a.house, a.flat, a.status
"""

# Accounts a portal user is about: the customer's, linked ones, the one named at
# registration and those asked for in link requests.
_PORTAL_ACCOUNTS = """
    SELECT pu.login AS matched, a.id AS account_id
      FROM portal_user pu JOIN account a ON a.customer_id = pu.customer_id WHERE {cond}
    UNION SELECT pu.login, l.account_id
      FROM portal_user pu JOIN account_link l ON l.portal_user_id = pu.id WHERE {cond}
    UNION SELECT pu.login, a.id
      FROM portal_user pu JOIN registration_review rr ON rr.portal_user_id = pu.id
      JOIN account a ON a.region_id = rr.region_id AND a.number = rr.account_number
     WHERE {cond}
    UNION SELECT pu.login, lr.account_id
      FROM portal_user pu JOIN link_request lr ON lr.portal_user_id = pu.id
     WHERE {cond} AND lr.account_id IS NOT NULL
"""


# A portal login none of the branches above ties to an account: an unconfirmed e-mail,
# a registration awaiting review for an account billing lacks. Its row has no account;
# the region is the one its registration or latest link request named.
_LOGIN_WITHOUT_ACCOUNT = """
SELECT '{field}' AS field, pu.login AS matched,
       NULL::bigint AS customer_id, NULL::text AS customer_kind, NULL::text AS last_name,
       NULL::text AS first_name, NULL::text AS middle_name, NULL::text AS name,
       NULL::bigint AS account_id, ''::text AS number, k.region_id,
       coalesce(r.name, '') AS region_name,
       NULL::text AS settlement, NULL::text AS street, NULL::text AS house, NULL::text AS flat,
       ''::text AS status, pu.id AS portal_user_id, {email} AS portal_email_masked,
       pu.status AS portal_status
FROM portal_user pu
LEFT JOIN LATERAL (
    SELECT coalesce(
        (SELECT rr.region_id FROM registration_review rr WHERE rr.portal_user_id = pu.id),
        (SELECT lr.region_id FROM link_request lr WHERE lr.portal_user_id = pu.id
          ORDER BY lr.created_at DESC, lr.id DESC LIMIT 1)) AS region_id
) k ON true
LEFT JOIN region r ON r.id = k.region_id
WHERE {cond}
  AND (CAST(:region AS int) IS NULL OR k.region_id IS NULL OR k.region_id = :region)
  AND NOT EXISTS (SELECT FROM account a WHERE a.customer_id = pu.customer_id)
  AND NOT EXISTS (SELECT FROM account_link l WHERE l.portal_user_id = pu.id)
  AND NOT EXISTS (SELECT FROM link_request lr
                   WHERE lr.portal_user_id = pu.id AND lr.account_id IS NOT NULL)
  AND NOT EXISTS (SELECT FROM registration_review rr
                  JOIN account a ON a.region_id = rr.region_id AND a.number = rr.account_number
                   WHERE rr.portal_user_id = pu.id)
"""


_FOUND = "WITH found AS MATERIALIZED (SELECT * FROM billing.find_by_contact('{field}', :value)) "
"""Who has the contact, asked once per search (the definer function checks the operator)."""
_PORTAL_BY_CONTACT = "pu.id IN (SELECT f.portal_user_id FROM found f)"

_PORTAL_CONDITIONS: dict[KeyKind, tuple[MatchedField, str]] = {
    KeyKind.PHONE: (MatchedField.PORTAL_PHONE, _PORTAL_BY_CONTACT),
    KeyKind.EMAIL: (MatchedField.PORTAL_EMAIL, _PORTAL_BY_CONTACT),
    KeyKind.LOGIN: (MatchedField.PORTAL_LOGIN, "pu.login_key = :value"),
}
CONTACT_KINDS: dict[KeyKind, str] = {KeyKind.PHONE: "phone", KeyKind.EMAIL: "email"}
"""Readings of a key that search contacts (agents and supervisors only)."""


def _portal(field: MatchedField, cond: str) -> str:
    return (
        f"SELECT '{field.value}' AS field, p.matched, p.account_id FROM ("
        + _PORTAL_ACCOUNTS.format(cond=cond)
        + ") p"
    )


def _customer(field: MatchedField, column: str, cond: str) -> str:
    return (
        f"SELECT '{field.value}' AS field, c.{column} AS matched, a.id AS account_id"
        f" FROM customer c JOIN account a ON a.customer_id = c.id WHERE {cond}"
    )


def _customer_by_contact(field: MatchedField) -> str:
    return (
        f"SELECT '{field.value}' AS field, f.matched, a.id AS account_id"
        " FROM found f JOIN account a ON a.customer_id = f.customer_id"
    )


_EXACT_MATCHES: dict[KeyKind, str] = {
    KeyKind.ACCOUNT_NUMBER: (
        "SELECT 'account_number' AS field, a.number AS matched, a.id AS account_id"
        " FROM account a WHERE a.number = :value"
    ),
    KeyKind.INN: _customer(MatchedField.INN, "inn", "c.inn = :value"),
    KeyKind.PHONE: (
        _customer_by_contact(MatchedField.CUSTOMER_PHONE)
        + " UNION ALL "
        + _portal(MatchedField.PORTAL_PHONE, _PORTAL_BY_CONTACT)
    ),
    KeyKind.EMAIL: (
        _customer_by_contact(MatchedField.CUSTOMER_EMAIL)
        + " UNION ALL "
        + _portal(MatchedField.PORTAL_EMAIL, _PORTAL_BY_CONTACT)
    ),
    KeyKind.LOGIN: _portal(MatchedField.PORTAL_LOGIN, "pu.login_key = :value"),
    KeyKind.METER_SERIAL: (
        "SELECT 'meter_serial' AS field, m.serial_number AS matched, mp.account_id"
        " FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id"
        " WHERE m.serial_search_key = :value"
    ),
    KeyKind.RECEIPT_NUMBER: (
        "SELECT 'receipt_number' AS field, b.receipt_number AS matched, b.account_id"
        " FROM bill b WHERE b.receipt_number = :value"
    ),
}

_EXACT = """
SELECT m.field, m.matched, {columns},
       m.field AS sort_1, a.id AS sort_2, m.matched AS sort_3
FROM ({matches}) m
JOIN account a ON a.id = m.account_id
JOIN customer c ON c.id = a.customer_id
JOIN region r ON r.id = a.region_id
WHERE (CAST(:region AS int) IS NULL OR a.region_id = :region)
{after}
ORDER BY m.field, a.id, m.matched
LIMIT :limit
"""

# Keys a portal login may be found by: the accounts it is about, then the logins that
# are about none, after them (ordered by the login's id).
_EXACT_WITH_LOGINS = """
SELECT x.*, x.field AS sort_1,
       coalesce(x.account_id, 9223372036854775807) AS sort_2,
       coalesce(x.portal_user_id, 0) AS sort_3, x.matched AS sort_4
FROM (
    (SELECT m.field, m.matched, {columns}, NULL::bigint AS portal_user_id,
            NULL::text AS portal_email_masked, NULL::text AS portal_status
     FROM ({matches}) m
     JOIN account a ON a.id = m.account_id
     JOIN customer c ON c.id = a.customer_id
     JOIN region r ON r.id = a.region_id
     WHERE (CAST(:region AS int) IS NULL OR a.region_id = :region))
    UNION ALL
    ({logins})
) x
{after}
ORDER BY x.field, x.account_id NULLS LAST, x.portal_user_id, x.matched
LIMIT :limit
"""

_SURNAME = """
SELECT CASE c.kind WHEN 'organisation' THEN 'organisation_name' ELSE 'surname' END AS field,
       coalesce(c.last_name, c.name) AS matched, {columns},
       c.lookup_name_key AS sort_1, c.id AS sort_2, a.id AS sort_3
FROM customer c
JOIN account a ON a.customer_id = c.id
JOIN region r ON r.id = a.region_id
WHERE c.lookup_name_key LIKE :prefix
  AND (c.kind = 'organisation' OR (
       (CAST(:first AS text) IS NULL
        OR translate(lower(left(c.first_name, 1)), 'ё', 'е') = :first)
   AND (CAST(:middle AS text) IS NULL
        OR translate(lower(left(c.middle_name, 1)), 'ё', 'е') = :middle)))
  AND (CAST(:region AS int) IS NULL OR a.region_id = :region)
{after}
ORDER BY c.lookup_name_key, c.id, a.id
LIMIT :limit
"""

_ADDRESS = """
SELECT 'address' AS field, '' AS matched, {columns},
       a.street_key AS sort_1, a.house_key AS sort_2, a.id AS sort_3
FROM account a
JOIN customer c ON c.id = a.customer_id
JOIN region r ON r.id = a.region_id
WHERE a.street_key LIKE :prefix
  AND (CAST(:house AS text) IS NULL OR a.house_key = :house
       OR (CAST(:any_building AS boolean) AND a.house_key LIKE :house_prefix))
  AND (CAST(:flat AS text) IS NULL OR a.flat = :flat)
  AND (CAST(:locality AS text) IS NULL
       OR translate(lower(a.settlement), 'ё', 'е') LIKE :locality)
  AND (CAST(:region AS int) IS NULL OR a.region_id = :region)
{after}
ORDER BY a.street_key, a.house_key, a.id
LIMIT :limit
"""


# After the last row shown, in each statement's ORDER BY (the sort_n columns it selects).
# The surname's leading pair and the address's triple match their indexes, so the next
# page starts with an index seek.
_AFTER_SURNAME = """
  AND (c.lookup_name_key, c.id) >= (CAST(:after_1 AS text), CAST(:after_2 AS bigint))
  AND (c.lookup_name_key, c.id, a.id)
      > (CAST(:after_1 AS text), CAST(:after_2 AS bigint), CAST(:after_3 AS bigint))
"""
_AFTER_ADDRESS = """
  AND (a.street_key, a.house_key, a.id)
      > (CAST(:after_1 AS text), CAST(:after_2 AS text), CAST(:after_3 AS bigint))
"""
_AFTER_EXACT = """
  AND (m.field, a.id, m.matched)
      > (CAST(:after_1 AS text), CAST(:after_2 AS bigint), CAST(:after_3 AS text))
"""
_AFTER_WITH_LOGINS = """
WHERE (x.field, coalesce(x.account_id, 9223372036854775807), coalesce(x.portal_user_id, 0),
       x.matched)
      > (CAST(:after_1 AS text), CAST(:after_2 AS bigint), CAST(:after_3 AS bigint),
         CAST(:after_4 AS text))
"""


def _like_prefix(key: str) -> str:
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _statement(
    guess: KeyGuess, *, contacts: bool = True, after: tuple[Any, ...] | None = None
) -> tuple[str, dict[str, Any]]:
    """The SQL of one reading of the key and its parameters (without the limit).

    ``contacts``: whether the operator reads (masked) contacts; a cashier does not.
    ``after``: the sort key of the last row already shown (None: from the first row).
    """
    sql, params, condition = _unpaged(guess, contacts=contacts)
    if after is None:
        return sql.replace("{after}", ""), params
    params |= {f"after_{n}": value for n, value in enumerate(after, 1)}
    return sql.replace("{after}", condition), params


def _unpaged(guess: KeyGuess, *, contacts: bool) -> tuple[str, dict[str, Any], str]:
    """The SQL with an ``{after}`` slot, its parameters and the condition for the slot."""
    params: dict[str, Any]
    if guess.kind is KeyKind.SURNAME:
        initials = (*guess.initials, None, None)
        params = {
            "prefix": _like_prefix(guess.value),
            "first": initials[0],
            "middle": initials[1],
        }
        return _SURNAME.replace("{columns}", _ROW_COLUMNS), params, _AFTER_SURNAME
    if guess.kind is KeyKind.ADDRESS:
        parts = guess.address
        house = parts.house if parts else None
        building = parts.building if parts else None
        if house is not None and building is not None:
            house = f"{house}к{building}"
        params = {
            "prefix": _like_prefix(parts.street if parts else guess.value),
            "house": house,
            "any_building": building is None,
            "house_prefix": _like_prefix(f"{house}к") if house else None,
            "flat": parts.flat if parts else None,
            "locality": ("%" + _like_prefix(parts.locality)) if parts and parts.locality else None,
        }
        return _ADDRESS.replace("{columns}", _ROW_COLUMNS), params, _AFTER_ADDRESS
    matches = _EXACT_MATCHES[guess.kind]
    portal = _PORTAL_CONDITIONS.get(guess.kind)
    if portal is None:
        sql = _EXACT.replace("{columns}", _ROW_COLUMNS).replace("{matches}", matches)
        return sql, {"value": guess.value}, _AFTER_EXACT
    field, cond = portal
    email = "pu.email_masked" if contacts else "NULL::text"
    logins = _LOGIN_WITHOUT_ACCOUNT.format(field=field.value, cond=cond, email=email)
    sql = (
        _EXACT_WITH_LOGINS.replace("{columns}", _ROW_COLUMNS)
        .replace("{matches}", matches)
        .replace("{logins}", logins)
    )
    contact = CONTACT_KINDS.get(guess.kind)
    if contact is not None:
        sql = _FOUND.format(field=contact) + sql
    return sql, {"value": guess.value}, _AFTER_WITH_LOGINS


def customer_name(kind: str, row: Any) -> str:
    """«Иванов Иван Петрович», or an organisation's name, from a row with name columns."""
    if kind == "organisation":
        return str(row.name or "")
    return " ".join(p for p in (row.last_name, row.first_name, row.middle_name) if p)


def printed_address(row: Any) -> str:
    """«г. Ялта, ул. Ленина, д. 5, кв. 12» from a row with address columns."""
    address = f"{row.settlement}, {row.street}, д. {row.house}"
    return f"{address}, кв. {row.flat}" if row.flat else address


def search_kind(
    session: Session,
    guess: KeyGuess,
    *,
    region_id: int | None = None,
    after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE,
    as_of: date,
    contacts: bool = True,
) -> list[LookupRow]:
    """Matches of one reading of the key, ``limit`` rows after the sort key ``after``,
    with balances.

    Without ``contacts`` (a cashier) a phone or e-mail reading finds nothing: the
    database would refuse it.
    """
    return [
        row
        for row, _key in _search_kind(
            session,
            guess,
            region_id=region_id,
            after=after,
            limit=limit,
            as_of=as_of,
            contacts=contacts,
        )
    ]


def _search_kind(
    session: Session,
    guess: KeyGuess,
    *,
    region_id: int | None,
    after: tuple[Any, ...] | None,
    limit: int,
    as_of: date,
    contacts: bool,
) -> list[tuple[LookupRow, tuple[Any, ...]]]:
    """:func:`search_kind`'s rows, each with its sort key (where the next page starts)."""
    if not contacts and guess.kind in CONTACT_KINDS:
        return []
    sql, params = _statement(guess, contacts=contacts, after=after)
    params |= {"region": region_id, "limit": limit}
    rows = session.execute(text(sql), params).all()
    owed = nets(session, [row.account_id for row in rows if row.account_id is not None], as_of)
    result: list[tuple[LookupRow, tuple[Any, ...]]] = []
    for row in rows:
        key = tuple(value for name, value in row._mapping.items() if name.startswith("sort_"))
        if row.account_id is None:
            result.append((_login_row(guess.kind, row), key))
            continue
        net = owed.get(row.account_id, ZERO)
        address = printed_address(row)
        result.append(
            (
                LookupRow(
                    kind=guess.kind,
                    field=MatchedField(row.field),
                    matched=address if row.field == MatchedField.ADDRESS else str(row.matched),
                    customer_id=row.customer_id,
                    customer_name=customer_name(row.customer_kind, row),
                    is_organisation=row.customer_kind == "organisation",
                    account_id=row.account_id,
                    account_number=row.number,
                    region_id=row.region_id,
                    region_name=row.region_name,
                    address=address,
                    account_status=row.status,
                    debt=net if net > 0 else ZERO,
                    overpayment=-net if net < 0 else ZERO,
                ),
                key,
            )
        )
    return result


def _login_row(kind: KeyKind, row: Any) -> LookupRow:
    """The row of a portal login without an account."""
    return LookupRow(
        kind=kind,
        field=MatchedField(row.field),
        matched=str(row.matched),
        customer_id=None,
        customer_name="",
        is_organisation=False,
        account_id=None,
        account_number="",
        region_id=row.region_id,
        region_name=row.region_name,
        address="",
        account_status="",
        debt=Decimal("0.00"),
        overpayment=Decimal("0.00"),
        portal_user_id=row.portal_user_id,
        portal_email_masked=row.portal_email_masked,
        portal_status=row.portal_status,
    )


def search_page(
    session: Session,
    guesses: Sequence[KeyGuess],
    *,
    cursor: Cursor | None = None,
    region_id: int | None = None,
    limit: int = PAGE_SIZE,
    as_of: date,
    contacts: bool = True,
) -> LookupPage:
    """One page of the matches of every reading of the key, most likely reading first.

    When a reading runs out the page fills up from the next one, so an ambiguous key
    (a phone that is also an INN) shows both kinds of match on the first page.
    """
    index, after = (cursor.guess_index, cursor.after) if cursor else (0, None)
    collected: list[LookupRow] = []
    while index < len(guesses) and len(collected) < limit:
        wanted = limit - len(collected)
        rows = _search_kind(
            session,
            guesses[index],
            region_id=region_id,
            after=after,
            limit=wanted + 1,
            as_of=as_of,
            contacts=contacts,
        )
        if len(rows) > wanted:
            collected += [row for row, _key in rows[:wanted]]
            return LookupPage(tuple(collected), Cursor(index, rows[wanted - 1][1]))
        collected += [row for row, _key in rows]
        index, after = index + 1, None
    following = Cursor(index) if index < len(guesses) else None
    return LookupPage(tuple(collected), following)


def regions(session: Session) -> list[RegionOption]:
    """Every region, by name, for the region filter."""
    rows = session.execute(text("SELECT id, name FROM region ORDER BY name")).all()
    return [RegionOption(row.id, row.name) for row in rows]
