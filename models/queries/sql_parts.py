"""Expressions several queries share, written once: how an address and a name are shown.

They are SQL fragments (not functions in the database) so the planner sees through
them; each names the alias it expects.
"""

from __future__ import annotations

__all__ = ["ADDRESS_SQL", "CUSTOMER_NAME_SQL"]

ADDRESS_SQL = (
    "a.settlement || ', ' || a.street || ', д. ' || a.house || coalesce(', кв. ' || a.flat, '')"
)
"""The printed address of account ``a``: «г. Петропавловск-Камчатский, ул. Ленина, д. 1,
кв. 2», as every document and screen writes it."""

CUSTOMER_NAME_SQL = "coalesce(c.name, concat_ws(' ', c.last_name, c.first_name, c.middle_name))"
"""Customer ``c``'s name: an organisation's name, or a person's surname, name and
patronymic."""
