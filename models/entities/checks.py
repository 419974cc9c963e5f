"""CHECK constraints that hold a text column to the values of an enum of
:mod:`models.domain.enums`."""

from __future__ import annotations

import enum


def sql_in(values: type[enum.StrEnum], column: str) -> str:
    """A CHECK expression allowing exactly the enum's values in ``column``."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({allowed})"
