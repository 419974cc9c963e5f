"""Receipt numbers as the console and the printed documents write them.

A bill's «уникальный номер квитанции» is formed by the database (``billing.new_bill``:
``R`` + the billing period ``YYYYMM`` + a 9-digit sequence) and read back, however it
was typed, by :func:`models.domain.search_keys.receipt_number_key`. A cash-desk
payment's receipt is numbered by the payment itself: :func:`payment_receipt_number`.
"""

from __future__ import annotations

__all__ = ["PAYMENT_RECEIPT_DIGITS", "PAYMENT_RECEIPT_PREFIX", "payment_receipt_number"]

PAYMENT_RECEIPT_PREFIX = "К-"
"""A payment receipt's number starts with a Cyrillic «К» (касса)."""
PAYMENT_RECEIPT_DIGITS = 6
"""The payment's id, zero-padded to at least this many digits."""


def payment_receipt_number(payment_id: int) -> str:
    """The number printed on a cash-desk payment's receipt: ``731`` → «К-000731»."""
    return f"{PAYMENT_RECEIPT_PREFIX}{payment_id:0{PAYMENT_RECEIPT_DIGITS}d}"
