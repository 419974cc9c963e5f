"""The supplier printed on every document: a realistic, fictitious default, configurable.

The console reads the details from its settings file (section ``supplier``, see
:mod:`console.settings`); scripts may pass their own :class:`Supplier`.
"""

from __future__ import annotations

from console.printing.documents import Supplier

DEFAULT_SUPPLIER = Supplier(
    name="АО «Южная энергосбытовая компания»",
    inn="9102012347",
    kpp="910201001",
    address="295000, Республика Крым, г. Симферополь, ул. Энергетиков, д. 7",
    phone="+7 3652 55-00-00",
    bank_name="РНКБ Банк (ПАО)",
    bic="043510607",
    settlement_account="40702810741080000123",
    correspondent_account="30101810335100000607",
)
"""Fictitious details in valid formats (INN with check digits, 9-digit BIC, 20-digit accounts)."""


def configured_supplier(settings: object | None = None) -> Supplier:
    """The supplier from the console's settings; empty options keep the default's value."""
    from console import settings as options

    store = settings if isinstance(settings, options.Settings) else options.Settings()
    fields = {
        "name": options.SUPPLIER_NAME,
        "inn": options.SUPPLIER_INN,
        "kpp": options.SUPPLIER_KPP,
        "address": options.SUPPLIER_ADDRESS,
        "phone": options.SUPPLIER_PHONE,
        "bank_name": options.SUPPLIER_BANK_NAME,
        "bic": options.SUPPLIER_BIC,
        "settlement_account": options.SUPPLIER_SETTLEMENT_ACCOUNT,
        "correspondent_account": options.SUPPLIER_CORRESPONDENT_ACCOUNT,
    }
    values = {name: store.get(option).strip() for name, option in fields.items()}
    return Supplier(
        **{name: value or getattr(DEFAULT_SUPPLIER, name) for name, value in values.items()}
    )
