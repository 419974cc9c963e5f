"""What a write changed: one typed value for the console's own writes and everyone else's.

Two sources publish the same :class:`Change` on the navigator's one bus:

* the console's own writes: each write operation names what it changes with
  :func:`announce` inside its transaction; once that transaction commits the change is
  :func:`committed` and the task runner publishes it on the GUI thread right away (a
  rolled-back write announces nothing);
* every console's writes, as the database announces them (``billing.announce_change``):
  every statement that writes a payment, bill, reading, link, request, review, merge
  request, correction cheque, portal login, appeal, contact or cash shift sends one
  notification on :data:`CHANNEL`, received by a listener thread. The payload holds
  ids only.

Views subscribe to the changes of what they show and refresh once a burst settles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import psycopg
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

__all__ = ["CHANNEL", "Change", "announce", "committed", "listen", "parse_change"]

CHANNEL = "billing_change"


@dataclass(frozen=True, slots=True)
class Change:
    """One write's change: its table and the accounts, customers and cash shifts it
    touched. The table names the queue too (``link_request``, ``registration_review``,
    ``merge_request``); ``items`` are the ids of the queue's rows it wrote (empty when
    unknown: a view then reloads the whole queue).

    ``bulk`` marks a statement that touched too many to name (a billing run): every view
    showing that kind of data refreshes.
    """

    table: str
    accounts: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    bulk: bool = False
    shifts: frozenset[int] = frozenset()
    items: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        table: str,
        *,
        accounts: Iterable[int | None] = (),
        customers: Iterable[int | None] = (),
        shifts: Iterable[int | None] = (),
        items: Iterable[int | None] = (),
        bulk: bool = False,
    ) -> Change:
        """A change naming the given ids (``None`` ids, e.g. a payment without a shift,
        are left out)."""
        return cls(
            table,
            frozenset(a for a in accounts if a is not None),
            frozenset(c for c in customers if c is not None),
            bulk,
            frozenset(s for s in shifts if s is not None),
            frozenset(i for i in items if i is not None),
        )

    def touches_account(self, account_id: int | None) -> bool:
        """Whether a view of ``account_id`` should refresh."""
        return self.bulk or (account_id is not None and account_id in self.accounts)

    def touches_customer(self, customer_id: int | None) -> bool:
        """Whether a view of ``customer_id`` should refresh."""
        return self.bulk or (customer_id is not None and customer_id in self.customers)

    def touches_any_account(self, account_ids: Iterable[int]) -> bool:
        """Whether a view of these accounts (a customer's card) should refresh."""
        return self.bulk or not self.accounts.isdisjoint(account_ids)

    def touches_shift(self, shift_id: int | None) -> bool:
        """Whether a view of cash shift ``shift_id`` should refresh."""
        return self.bulk or (shift_id is not None and shift_id in self.shifts)


def parse_change(payload: str) -> Change | None:
    """The change a notification announces; None for a payload that is not one (anyone
    may NOTIFY on the channel: a malformed message is ignored, never trusted further)."""
    try:
        data = json.loads(payload)
        table = data["table"]
        if not isinstance(table, str):
            return None
        return Change(
            table,
            frozenset(int(a) for a in data.get("accounts", ())),
            frozenset(int(c) for c in data.get("customers", ())),
            bool(data.get("bulk", False)),
            frozenset(int(s) for s in data.get("shifts", ())),
            frozenset(int(i) for i in data.get("items", ())),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def listen(connection: psycopg.Connection[object]) -> None:
    """Start hearing the changes on a connection of the listener's own (autocommit, so a
    notification arrives as soon as the writing transaction commits)."""
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANNEL}")


# -- the console's own writes: a unit of work per session ---------------------------------

_ANNOUNCED = "billing.announced_changes"
_COMMITTED = "billing.committed_changes"


def announce(session: Session, *changes: Change) -> None:
    """Name what the session's current transaction changes (call it before the commit).

    The changes count once the transaction commits (:func:`committed`); a rollback
    forgets them, so a refused or failed write announces nothing.
    """
    session.info.setdefault(_ANNOUNCED, []).extend(changes)


def committed(session: Session) -> tuple[Change, ...]:
    """The changes of the session's committed transactions since the last call (the
    task runner publishes them once a task ends)."""
    return tuple(session.info.pop(_COMMITTED, ()))


@event.listens_for(Session, "after_commit")
def _keep_committed(session: Session) -> None:
    announced = session.info.pop(_ANNOUNCED, None)
    if announced:
        session.info.setdefault(_COMMITTED, []).extend(announced)


@event.listens_for(Session, "after_transaction_end")
def _forget_uncommitted(session: Session, transaction: SessionTransaction) -> None:
    # after_commit has run by now: what is still announced was rolled back or abandoned.
    if transaction.parent is None:
        session.info.pop(_ANNOUNCED, None)
