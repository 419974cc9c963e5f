"""The training database's cash desks and cashiers, pointed at the register emulator.

Run as the superuser that starts the embedded training database, never on a real one.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, text

__all__ = ["TRAINING_INN", "give_demo_cashiers_inns", "point_training_desks"]

TRAINING_INN = {"demo_cashier": "500100732259"}
"""The demo cashier's INN on cheques (a checksum-valid, made-up one)."""


def point_training_desks(connection: Connection, url: str) -> None:
    """Point the desks whose register is on this PC (127.0.0.1) at the emulator's ``url``."""
    connection.execute(
        text(
            "UPDATE billing.cash_desk SET register_url = :url"
            " WHERE register_url LIKE 'http://127.0.0.1:%' AND register_url <> :url"
        ),
        {"url": url},
    )


def give_demo_cashiers_inns(connection: Connection, inns: Mapping[str, str] = TRAINING_INN) -> None:
    """Record the demo cashiers' INNs where none is recorded yet."""
    for login, inn in inns.items():
        connection.execute(
            text(
                "SELECT billing.set_operator_inn(o.login, :inn) FROM billing.operator o"
                " WHERE o.login = :login AND o.inn IS NULL"
            ),
            {"login": login, "inn": inn},
        )
