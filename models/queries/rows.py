"""Read rows into frozen dataclasses by column name, never by position."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

__all__ = ["one_as", "row_as", "rows_as"]

T = TypeVar("T")


def row_as(cls: type[T], row: Row[Any]) -> T:
    """``row`` as a ``cls`` (a dataclass): each field from the column of its name.

    A column the class has no field for is an error, so a query and its dataclass
    cannot drift apart silently.
    """
    return cls(**row._mapping)


def rows_as(
    session: Session, cls: type[T], sql: str, params: Mapping[str, object] | None = None
) -> tuple[T, ...]:
    """Every row of ``sql`` as a ``cls``."""
    return tuple(row_as(cls, row) for row in session.execute(text(sql), dict(params or {})))


def one_as(
    session: Session, cls: type[T], sql: str, params: Mapping[str, object] | None = None
) -> T | None:
    """The first row of ``sql`` as a ``cls``, or ``None`` when there is none."""
    row = session.execute(text(sql), dict(params or {})).first()
    return None if row is None else row_as(cls, row)
