"""Demo supplier details and billing settings: only the training database gets them.

A real database starts with none, and printing a bill there refuses until an admin
enters the supplier's details. The suppliers, banks' accounts and acts are fictitious
(the numbers have valid formats and check digits); the holiday transfers are the
government's for 2024–2026.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from models.domain.supplier_rules import with_account_key

CRIMEA_BIC = "043510607"
KAMCHATKA_BIC = "043002711"

# (region code or None for the default row, details...)
SUPPLIERS: tuple[dict[str, Any], ...] = (
    {
        "region": None,
        "name": "АО «Южная энергосбытовая компания»",
        "inn": "9102012347",
        "kpp": "910201001",
        "address": "295000, Республика Крым, г. Симферополь, ул. Энергетиков, д. 7",
        "phone": "+7 3652 55-00-00",
        "email": "info@yuzhenergosbyt.ru",
        "website": "www.yuzhenergosbyt.ru",
        "bank_name": "РНКБ Банк (ПАО)",
        "bic": CRIMEA_BIC,
        "settlement_account": with_account_key(
            CRIMEA_BIC, "40702810041080000123", correspondent=False
        ),
        "correspondent_account": "30101810335100000607",
        "vat_rate": Decimal("20.00"),
    },
    {
        "region": "SEV",
        "name": "ООО «Севастопольская энергосбытовая компания»",
        "inn": "9204012346",
        "kpp": "920401001",
        "address": "299011, г. Севастополь, ул. Большая Морская, д. 28",
        "phone": "+7 8692 40-00-00",
        "email": "info@sevenergosbyt.ru",
        "website": "www.sevenergosbyt.ru",
        "bank_name": "РНКБ Банк (ПАО)",
        "bic": CRIMEA_BIC,
        "settlement_account": with_account_key(
            CRIMEA_BIC, "40702810041090000456", correspondent=False
        ),
        "correspondent_account": "30101810335100000607",
        "vat_rate": Decimal("20.00"),
    },
    {
        "region": "PKM",
        "name": "АО «Северная энергосбытовая компания»",
        "inn": "4101001230",
        "kpp": "410101001",
        "address": "683000, г. Петропавловск-Камчатский, ул. Энергетиков, д. 12",
        "phone": "+7 4152 20-00-00",
        "email": "info@kamenergosbyt.ru",
        "website": "https://kamenergosbyt.ru",
        "bank_name": "Камчатское отделение № 8556 ПАО Сбербанк",
        "bic": KAMCHATKA_BIC,
        "settlement_account": with_account_key(
            KAMCHATKA_BIC, "40702810000000012345", correspondent=False
        ),
        "correspondent_account": with_account_key(
            KAMCHATKA_BIC, "30101810000000000711", correspondent=True
        ),
        "vat_rate": Decimal("20.00"),
    },
)

_TARIFF_AUTHORITIES = {
    "SEV": "Приказ Управления по тарифам города Севастополя",
    "PKM": "Приказ Региональной службы по тарифам и ценам Камчатского края",
}
_CRIMEA_AUTHORITY = "Приказ Государственного комитета по ценам и тарифам Республики Крым"

WINDOW = (15, 25)
"""The demo's reading acceptance window (every region)."""

TRANSFERS: tuple[tuple[date, str, str], ...] = (
    (date(2024, 4, 27), "working_day", "Рабочая суббота (перенос на 29.04.2024)"),
    (date(2024, 4, 29), "holiday", "Перенос выходного дня с 27.04.2024"),
    (date(2024, 4, 30), "holiday", "Перенос выходного дня с 02.11.2024"),
    (date(2024, 5, 10), "holiday", "Перенос выходного дня с 06.01.2024"),
    (date(2024, 11, 2), "working_day", "Рабочая суббота (перенос на 30.04.2024)"),
    (date(2024, 12, 28), "working_day", "Рабочая суббота (перенос на 30.12.2024)"),
    (date(2024, 12, 30), "holiday", "Перенос выходного дня с 28.12.2024"),
    (date(2024, 12, 31), "holiday", "Перенос выходного дня с 07.01.2024"),
    (date(2025, 5, 2), "holiday", "Перенос выходного дня с 04.01.2025"),
    (date(2025, 5, 8), "holiday", "Перенос выходного дня с 23.02.2025"),
    (date(2025, 6, 13), "holiday", "Перенос выходного дня с 08.03.2025"),
    (date(2025, 11, 1), "working_day", "Рабочая суббота (перенос на 03.11.2025)"),
    (date(2025, 11, 3), "holiday", "Перенос выходного дня с 01.11.2025"),
    (date(2025, 12, 31), "holiday", "Перенос выходного дня с 05.01.2025"),
    (date(2026, 1, 9), "holiday", "Перенос выходного дня с 03.01.2026"),
    (date(2026, 3, 9), "holiday", "Перенос выходного дня с 08.03.2026"),
    (date(2026, 5, 11), "holiday", "Перенос выходного дня с 09.05.2026"),
    (date(2026, 12, 31), "holiday", "Перенос выходного дня с 04.01.2026"),
)


def supplier_rows(region_ids: dict[str, int]) -> Iterable[tuple[Any, ...]]:
    """``supplier_details`` rows: the default (Crimea) and two regions' own suppliers."""
    for supplier in SUPPLIERS:
        code = supplier["region"]
        yield (
            None if code is None else region_ids[code],
            supplier["name"],
            supplier["inn"],
            supplier["kpp"],
            supplier["address"],
            supplier["phone"],
            supplier["email"],
            supplier["website"],
            supplier["bank_name"],
            supplier["bic"],
            supplier["settlement_account"],
            supplier["correspondent_account"],
            supplier["vat_rate"],
        )


def tariff_act_rows(
    region_ids: dict[str, int], tariff_starts: Iterable[date]
) -> Iterable[tuple[Any, ...]]:
    """One act per region for each date its tariffs change (adopted the December before)."""
    for code, region_id in sorted(region_ids.items(), key=lambda item: item[1]):
        authority = _TARIFF_AUTHORITIES.get(code, _CRIMEA_AUTHORITY)
        for valid_from in sorted(set(tariff_starts)):
            number = 40 + region_id * 3 + valid_from.year % 10
            adopted = date(valid_from.year - 1, 12, 19)
            yield (
                region_id,
                valid_from,
                f"{authority} от {adopted:%d.%m.%Y} № {number}/{region_id}",
            )


def window_rows() -> Iterable[tuple[Any, ...]]:
    """The default acceptance window."""
    yield (None, *WINDOW)


def calendar_rows() -> Iterable[tuple[Any, ...]]:
    """The holiday transfers."""
    return TRANSFERS


NORM_ROOMS = 4
"""Norms are set for 1-4 rooms (4: «4 and more»)."""
NORM_RESIDENTS = 5
"""…and 1-5 residents (5: «5 and more»)."""
_NORM_BASE = {"gas_stove": Decimal("138"), "electric_stove": Decimal("180")}
"""kWh a month of one resident of a one-room household (a typical regional norm)."""
_NORM_SHARE = {1: Decimal("1"), 2: Decimal("0.62"), 3: Decimal("0.48"), 4: Decimal("0.39")}
"""Each further resident shares the household's appliances: the per-resident norm falls."""


def norm_rows(region_ids: dict[str, int]) -> Iterable[tuple[Any, ...]]:
    """``consumption_norm`` rows of every region: kWh a month per resident by household
    type, rooms and residents (more rooms, more; each region's authority differs a little)."""
    for region_id in sorted(region_ids.values()):
        regional = Decimal(1) + Decimal(region_id % 3) / 20
        for household_type, base in _NORM_BASE.items():
            for rooms in range(1, NORM_ROOMS + 1):
                for residents in range(1, NORM_RESIDENTS + 1):
                    share = _NORM_SHARE.get(residents, Decimal("0.34"))
                    per_resident = base * regional * share * (1 + Decimal(rooms - 1) / 8)
                    yield (
                        region_id,
                        household_type,
                        rooms,
                        residents,
                        per_resident.quantize(Decimal(1)),
                    )
