"""The portals' registration rule sets as the database keeps them (``billing.portal_rule_set``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from models.domain.portal_rules import PortalRules

__all__ = ["load_rule_sets", "rules_for"]

_COLUMNS = (
    "code, name, login_min_length, password_min_length, password_needs_latin_and_digit,"
    " proof_kinds, login_is_email, email_unique, phone_required, sms_code, email_link"
)


def _rules(row: Row[Any]) -> PortalRules:
    return PortalRules(
        code=row.code,
        name=row.name,
        login_min_length=row.login_min_length,
        password_min_length=row.password_min_length,
        password_needs_latin_and_digit=row.password_needs_latin_and_digit,
        proof_kinds=tuple(row.proof_kinds),
        login_is_email=row.login_is_email,
        email_unique=row.email_unique,
        phone_required=row.phone_required,
        sms_code=row.sms_code,
        email_link=row.email_link,
    )


def load_rule_sets(session: Session) -> tuple[PortalRules, ...]:
    """Every rule set, the default one first."""
    rows = session.execute(
        text(f"SELECT {_COLUMNS} FROM billing.portal_rule_set ORDER BY is_default DESC, code")
    ).all()
    return tuple(_rules(row) for row in rows)


def rules_for(session: Session, code: str | None, region_id: int | None) -> PortalRules | None:
    """The rule set ``code``, else the region's, else the default one (as the database picks)."""
    row = session.execute(
        text(
            f"SELECT {_COLUMNS} FROM billing.portal_rule_set s"
            " WHERE CASE WHEN CAST(:code AS text) IS NOT NULL THEN s.code = :code"
            " ELSE s.region_id = :region OR s.is_default END"
            " ORDER BY s.region_id IS NULL, s.code LIMIT 1"
        ),
        {"code": code, "region": region_id},
    ).first()
    return _rules(row) if row is not None else None
