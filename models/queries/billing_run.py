"""What the monthly billing run's form offers."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

__all__ = ["region_choices"]


def region_choices(session: Session) -> list[tuple[str, str]]:
    """Every region's code and name, for the run's form."""
    rows = session.execute(text("SELECT code, name FROM billing.region ORDER BY code"))
    return [(str(code), str(name)) for code, name in rows]
