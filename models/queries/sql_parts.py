"""Expressions several queries share, written once: how an address and a name are shown.

They are SQL fragments (not functions in the database) so the planner sees through
them; each is made for the alias the query gives its table.
"""

from __future__ import annotations

__all__ = ["ADDRESS_SQL", "CUSTOMER_NAME_SQL", "address_sql", "customer_name_sql"]


def address_sql(account: str = "a") -> str:
    """The printed address of the account aliased ``account``: «г. Петропавловск-Камчатский,
    ул. Ленина, д. 1, кв. 2», as every document and screen writes it."""
    a = account
    return f"{a}.settlement || ', ' || {a}.street || ', д. ' || {a}.house" + (
        f" || coalesce(', кв. ' || {a}.flat, '')"
    )


def customer_name_sql(customer: str = "c") -> str:
    """The name of the customer aliased ``customer``: an organisation's name, or a
    person's surname, name and patronymic."""
    c = customer
    return f"coalesce({c}.name, concat_ws(' ', {c}.last_name, {c}.first_name, {c}.middle_name))"


ADDRESS_SQL = address_sql()
"""The printed address of account ``a``."""

CUSTOMER_NAME_SQL = customer_name_sql()
"""Customer ``c``'s name."""
