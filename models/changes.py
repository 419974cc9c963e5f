"""What another write changed, as the database announces it (``billing.announce_change``).

Every statement that writes a payment, bill, reading, link, request, portal login,
appeal, contact or cash shift sends one notification on :data:`CHANNEL`; views that
show one of the named accounts or customers refresh. The payload holds ids only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

__all__ = ["CHANNEL", "Change", "listen", "parse_change"]

CHANNEL = "billing_change"


@dataclass(frozen=True, slots=True)
class Change:
    """One statement's change: its table and the accounts and customers it touched.

    ``bulk`` marks a statement that touched too many to name (a billing run): every view
    showing that kind of data refreshes.
    """

    table: str
    accounts: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    bulk: bool = False

    def touches_account(self, account_id: int | None) -> bool:
        """Whether a view of ``account_id`` should refresh."""
        return self.bulk or (account_id is not None and account_id in self.accounts)

    def touches_customer(self, customer_id: int | None) -> bool:
        """Whether a view of ``customer_id`` should refresh."""
        return self.bulk or (customer_id is not None and customer_id in self.customers)


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
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def listen(connection: psycopg.Connection[object]) -> None:
    """Start hearing the changes on a connection of the listener's own (autocommit, so a
    notification arrives as soon as the writing transaction commits)."""
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANNEL}")
