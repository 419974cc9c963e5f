"""Organisation types (legal forms) a portal registration may name, and what each implies.

The type decides which numbers fit: an individual entrepreneur («ИП») is a person, with
a 12-digit INN, a 15-digit OGRNIP and no KPP; every other type is a legal entity, with a
10-digit INN, a 13-digit OGRN and a KPP. The list is the same as the database's
``billing.organisation_types()`` (migration 0060), which refuses any other type.
"""

from __future__ import annotations

from models.domain.identifiers import InnKind

__all__ = ["ENTREPRENEUR", "ORGANISATION_TYPES", "inn_kind_of", "is_entrepreneur"]

ENTREPRENEUR = "ИП"
"""Индивидуальный предприниматель: a person registered for business."""

ORGANISATION_TYPES: tuple[str, ...] = (
    "ООО",
    "АО",
    "ПАО",
    "НАО",
    "ЗАО",
    "ОАО",
    "МУП",
    "ГУП",
    "ФГУП",
    "АНО",
    "НКО",
    "ТСЖ",
    "ТСН",
    "ЖСК",
    "СНТ",
    ENTREPRENEUR,
)
"""Abbreviations as customers and documents write them, most common first."""


def is_entrepreneur(organisation_type: str) -> bool:
    """Whether the type is an individual entrepreneur's (OGRNIP, 12-digit INN, no KPP)."""
    return organisation_type.strip() == ENTREPRENEUR


def inn_kind_of(organisation_type: str) -> InnKind:
    """The kind of INN an organisation of this type has."""
    return InnKind.PERSON if is_entrepreneur(organisation_type) else InnKind.ORGANISATION
