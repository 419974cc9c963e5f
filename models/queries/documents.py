"""What printed documents read: bills with their lines, readings, corrections and tariffs,
receipts, statements, appeal letters and shift reports.

Receipts, statements, letters and shift reports come back as frozen dataclasses mapped
by column name; the bills' header and context rows still as SQLAlchemy ``Row`` values
(immutable, read by column name). The console's document service
(``console/services/documents.py``) turns them into the printed documents' values. A
bill chunk's context is read in a few set-based queries whatever the chunk's size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from models.domain.date_format import format_month
from models.domain.receipt_numbers import payment_receipt_number
from models.queries.operators import whoami
from models.queries.rows import one_as, rows_as
from models.queries.sql_parts import ADDRESS_SQL, CUSTOMER_NAME_SQL

__all__ = [
    "BILL_HEADER",
    "CURRENT_BILL",
    "ORIGINAL_BILL",
    "BillContextRows",
    "LetterAccount",
    "PeriodDocuments",
    "ReceiptRow",
    "RegionChoice",
    "ShiftPaymentRow",
    "ShiftRow",
    "StatementHead",
    "StatementMovement",
    "account_of_bill",
    "account_of_payment",
    "account_region",
    "appeal_letter_account",
    "bill_context_rows",
    "bill_headers",
    "bill_regions",
    "count_region_bills",
    "find_bill",
    "latest_billing_period",
    "operator_full_name",
    "period_documents",
    "receipt_row",
    "region_bill_headers",
    "region_by_code",
    "shift_payments",
    "shift_regions",
    "shift_row",
    "statement_head",
    "statement_movements",
]


# -- suppliers' regions ------------------------------------------------------------------


def account_region(session: Session, account_id: int) -> tuple[int, str]:
    """The region (id, name) of ``account_id``."""
    region_id, name = session.execute(
        text(
            "SELECT r.id, r.name FROM billing.account a JOIN billing.region r"
            " ON r.id = a.region_id WHERE a.id = :id"
        ),
        {"id": account_id},
    ).one()
    return int(region_id), str(name)


def account_of_bill(session: Session, bill_id: int) -> int:
    """The account bill ``bill_id`` belongs to."""
    return int(
        session.execute(
            text("SELECT account_id FROM billing.bill WHERE id = :id"), {"id": bill_id}
        ).scalar_one()
    )


def account_of_payment(session: Session, payment_id: int) -> int:
    """The account payment ``payment_id`` was made to."""
    return int(
        session.execute(
            text("SELECT account_id FROM billing.payment WHERE id = :id"), {"id": payment_id}
        ).scalar_one()
    )


def region_by_code(session: Session, region_code: str) -> tuple[int, str] | None:
    """The region (id, name) with ``region_code``, or None."""
    row = session.execute(
        text("SELECT id, name FROM billing.region WHERE code = :code"), {"code": region_code}
    ).first()
    return None if row is None else (int(row.id), str(row.name))


# -- bills -------------------------------------------------------------------------------

BILL_HEADER = f"""
    SELECT b.id, b.account_id, b.billing_period, b.receipt_number, b.formed_on, b.due_on,
           b.amount, a.number, a.region_id, r.name AS region_name, c.kind,
           {CUSTOMER_NAME_SQL} AS name,
           {ADDRESS_SQL} AS address,
           c.inn, c.kpp, ct.number AS contract_number, ct.signed_on AS contract_signed_on
      FROM bill b JOIN account a ON a.id = b.account_id JOIN region r ON r.id = a.region_id
      JOIN customer c ON c.id = a.customer_id
      LEFT JOIN contract ct ON ct.id = a.contract_id
"""

_LINES = """
    SELECT l.bill_id, l.id, l.kind, l.zone, l.description, l.quantity, l.rate, l.amount
      FROM bill_line l WHERE l.bill_id = ANY(:ids) ORDER BY l.bill_id, l.id
"""

# The readings of each electricity line: the ones it names, or else the account's last
# reading of that zone in the billing month and the one before it on the same meter.
_READINGS = """
    SELECT l.id AS line_id, m.serial_number, m.zones, cur.value AS cur_value,
           cur.taken_on AS cur_on, cur.source AS cur_source, prev.value AS prev_value,
           prev.taken_on AS prev_on, prev.source AS prev_source
      FROM bill_line l JOIN bill b ON b.id = l.bill_id
      JOIN LATERAL (
          (SELECT r.id, r.meter_id, r.value, r.taken_on, r.source FROM reading r
            WHERE r.id = l.current_reading_id)
          UNION ALL
          (SELECT r.id, r.meter_id, r.value, r.taken_on, r.source
             FROM metering_point mp JOIN meter mt ON mt.metering_point_id = mp.id
             JOIN reading r ON r.meter_id = mt.id
            WHERE l.current_reading_id IS NULL AND mp.account_id = b.account_id
              AND r.zone = l.zone AND r.taken_on >= b.billing_period
              AND r.taken_on < b.billing_period + interval '1 month'
              AND NOT EXISTS (SELECT FROM reading c WHERE c.corrects_id = r.id)
            ORDER BY r.taken_on DESC, r.id DESC LIMIT 1)
          LIMIT 1
      ) cur ON true
      JOIN meter m ON m.id = cur.meter_id
      JOIN LATERAL (
          (SELECT r.value, r.taken_on, r.source FROM reading r WHERE r.id = l.previous_reading_id)
          UNION ALL
          (SELECT r.value, r.taken_on, r.source FROM reading r
            WHERE l.previous_reading_id IS NULL AND r.meter_id = cur.meter_id
              AND r.zone = l.zone AND r.taken_on < cur.taken_on
              AND NOT EXISTS (SELECT FROM reading c WHERE c.corrects_id = r.id)
            ORDER BY r.taken_on DESC, r.id DESC LIMIT 1)
          LIMIT 1
      ) prev ON true
     WHERE l.bill_id = ANY(:ids) AND l.kind = 'electricity'
"""

# The account's last payment received before the bill was formed (not a reversal, not
# reversed since).
_LAST_PAYMENTS = """
    SELECT b.id AS bill_id, lp.paid_on, lp.amount
      FROM bill b
      JOIN LATERAL (
          SELECT p.paid_on, p.amount FROM payment p
           WHERE p.account_id = b.account_id AND p.reverses_id IS NULL
             AND p.paid_on < b.formed_on
             AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)
           ORDER BY p.paid_on DESC, p.id DESC LIMIT 1
      ) lp ON true
     WHERE b.id = ANY(:ids)
"""

# A correction bill (lines of kind 'correction', the storno of the corrected bill's
# lines of the reading): per corrected reading, the bill it corrects, the reason of the
# correcting reading and the reading, kWh and amount before and after.
_CORRECTIONS = """
    SELECT b.id AS bill_id, o.receipt_number AS corrected_receipt, o.formed_on AS corrected_on,
           old.zone, m.serial_number, m.zones, old.taken_on, old.value AS before_value,
           new.value AS after_value, new.reason, prev.value AS prev_value,
           prev.taken_on AS prev_on, sum(l.quantity) AS kwh_before, -sum(l.amount) AS amount_before,
           (SELECT coalesce(sum(e.quantity), 0) FROM bill_line e
             WHERE e.bill_id = b.id AND e.kind = 'electricity'
               AND e.current_reading_id = new.id) AS kwh_after,
           (SELECT coalesce(sum(e.amount), 0) FROM bill_line e
             WHERE e.bill_id = b.id AND e.kind = 'electricity'
               AND e.current_reading_id = new.id) AS amount_after
      FROM bill b JOIN bill o ON o.id = b.corrects_bill_id
      JOIN bill_line l ON l.bill_id = b.id AND l.kind = 'correction'
      JOIN reading old ON old.id = l.current_reading_id
      JOIN reading new ON new.corrects_id = old.id
      JOIN meter m ON m.id = old.meter_id
      LEFT JOIN reading prev ON prev.id = l.previous_reading_id
     WHERE b.id = ANY(:ids)
     GROUP BY b.id, o.receipt_number, o.formed_on, old.id, new.id, m.id, prev.id
     ORDER BY b.id, m.serial_number, old.zone
"""

_TARIFFS = """
    SELECT region_id, zones, zone, rate, valid_from, valid_to FROM tariff
     WHERE region_id = ANY(:regions) ORDER BY valid_from
"""


@dataclass(frozen=True, slots=True)
class BillContextRows:
    """What a chunk of bills needs besides their own header rows, read once per chunk."""

    lines: tuple[Row[Any], ...]
    readings: tuple[Row[Any], ...]
    corrections: tuple[Row[Any], ...]
    last_payments: tuple[Row[Any], ...]
    tariffs: tuple[Row[Any], ...]


def bill_context_rows(
    session: Session, bill_ids: Sequence[int], region_ids: Sequence[int]
) -> BillContextRows:
    """The lines, readings, corrections, last payments and tariffs of a chunk of bills."""
    ids = {"ids": list(bill_ids)}
    return BillContextRows(
        tuple(session.execute(text(_LINES), ids)),
        tuple(session.execute(text(_READINGS), ids)),
        tuple(session.execute(text(_CORRECTIONS), ids)),
        tuple(session.execute(text(_LAST_PAYMENTS), ids)),
        tuple(session.execute(text(_TARIFFS), {"regions": sorted(region_ids)})),
    )


def bill_headers(session: Session, bill_id: int) -> tuple[Row[Any], ...]:
    """The header row of bill ``bill_id`` (none when there is no such bill)."""
    return tuple(session.execute(text(BILL_HEADER + " WHERE b.id = :id"), {"id": bill_id}))


def _is_correction(alias: str) -> str:
    return (
        f"EXISTS (SELECT FROM bill_line cl WHERE cl.bill_id = {alias}.id"
        " AND cl.kind = 'correction')"
    )


CURRENT_BILL = (
    "((b.corrects_bill_id IS NULL OR " + _is_correction("b") + ")"
    " AND NOT EXISTS (SELECT FROM bill c WHERE c.corrects_bill_id IS NOT NULL"
    " AND c.account_id = b.account_id AND c.billing_period = b.billing_period"
    " AND c.id > b.id AND " + _is_correction("c") + "))"
)
"""SQL condition on ``bill b``: the account's current document for the period, the
latest correction bill where the period's bill was corrected, else the bill itself."""

ORIGINAL_BILL = "b.corrects_bill_id IS NULL"
"""SQL condition on ``bill b``: the period's original bill (as first formed)."""


def find_bill(
    session: Session,
    account_number: str,
    period: date,
    region_code: str | None = None,
    *,
    original: bool = False,
) -> list[tuple[int, int, str]]:
    """``(bill id, account id, region code)`` of the account's current document for
    ``period``: the latest correction bill if the period's bill was corrected, else the
    bill (``original``: the bill as first formed, whatever corrected it since).

    Several when the number exists in more than one region and none was named.
    """
    rows = session.execute(
        text(
            "SELECT b.id, a.id, r.code FROM bill b JOIN account a ON a.id = b.account_id"
            " JOIN region r ON r.id = a.region_id"
            " WHERE a.number = :number AND b.billing_period = :period"
            f" AND {ORIGINAL_BILL if original else CURRENT_BILL}"
            " AND (CAST(:region AS text) IS NULL OR r.code = :region) ORDER BY r.code"
        ),
        {"number": account_number, "period": period, "region": region_code},
    ).all()
    return [(row[0], row[1], row[2]) for row in rows]


@dataclass(frozen=True, slots=True)
class PeriodDocuments:
    """A bill's period on its account: the original bill and the current document."""

    original_id: int
    original_receipt: str
    current_id: int
    current_receipt: str

    @property
    def corrected(self) -> bool:
        """True when a correction bill replaced the original as the current document."""
        return self.current_id != self.original_id


def period_documents(session: Session, bill_id: int) -> PeriodDocuments:
    """The original and current documents of ``bill_id``'s account and period."""
    rows = session.execute(
        text(
            "SELECT b.id, b.receipt_number, b.corrects_bill_id IS NULL AS original"
            " FROM bill b JOIN bill s ON s.account_id = b.account_id"
            " AND s.billing_period = b.billing_period"
            f" WHERE s.id = :id AND ({ORIGINAL_BILL} OR {CURRENT_BILL})"
        ),
        {"id": bill_id},
    ).all()
    if not rows:
        raise LookupError(f"no bill {bill_id}")
    original = next((row for row in rows if row.original), rows[0])
    current = next((row for row in rows if not row.original), original)
    return PeriodDocuments(
        int(original.id), str(original.receipt_number), int(current.id), str(current.receipt_number)
    )


def count_region_bills(session: Session, region_code: str, period: date) -> int:
    """How many bills a batch for ``region_code`` and ``period`` prints."""
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM bill b JOIN account a ON a.id = b.account_id"
                " JOIN region r ON r.id = a.region_id"
                " WHERE r.code = :region AND b.billing_period = :period"
                f" AND {CURRENT_BILL}"
            ),
            {"region": region_code, "period": period},
        ).scalar_one()
    )


@dataclass(frozen=True, slots=True)
class RegionChoice:
    """A region a batch can print: its code and name."""

    code: str
    name: str


def bill_regions(session: Session) -> list[RegionChoice]:
    """Every region, by name (the batch dialog's choices)."""
    rows = session.execute(text("SELECT code, name FROM region ORDER BY name"))
    return [RegionChoice(row.code, row.name) for row in rows]


def latest_billing_period(session: Session) -> date | None:
    """The newest billing period that has bills (the batch dialog's default)."""
    value = session.execute(text("SELECT max(billing_period) FROM bill")).scalar_one()
    return value if isinstance(value, date) else None


def region_bill_headers(
    session: Session, region_code: str, period: date, chunk_size: int
) -> Iterator[Sequence[Row[Any]]]:
    """The header rows of every current document of a region and period, in chunks from
    a server-side cursor (memory holds one chunk however many bills the region has)."""
    result = session.execute(
        text(
            BILL_HEADER + " WHERE r.code = :region AND b.billing_period = :period"
            f" AND {CURRENT_BILL} ORDER BY a.number, b.id"
        ),
        {"region": region_code, "period": period},
        execution_options={"stream_results": True, "yield_per": chunk_size},
    )
    yield from result.partitions(chunk_size)


# -- receipts, statements, shift reports, letters -----------------------------------------


def operator_full_name(session: Session, login: str) -> str | None:
    """``login``'s full name as far as the database tells this operator, or None.

    Operators may not read the registry; ``billing.whoami()`` tells each their own name.
    For anyone else: the name their cheques carry (``fiscal_cheque.cashier_name``, the
    registry's name when they were taken).
    """
    me = whoami(session)
    if me.login == login and me.full_name:
        return me.full_name
    named = session.execute(
        text(
            "SELECT cashier_name FROM billing.fiscal_cheque WHERE cashier = :login"
            " AND cashier_name IS NOT NULL ORDER BY created_at DESC LIMIT 1"
        ),
        {"login": login},
    ).scalar()
    return str(named) if named else None


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """A cash-desk payment as its receipt shows it, with the balance right after it."""

    id: int
    account_id: int
    amount: Decimal
    method: str | None
    created_at: datetime
    entered_by: str
    shift_id: int | None
    number: str
    """The account's number."""
    name: str
    """The customer's name."""
    balance_after: Decimal


def receipt_row(session: Session, payment_id: int) -> ReceiptRow | None:
    """A cash-desk payment as its receipt shows it, with the balance right after it."""
    return one_as(
        session,
        ReceiptRow,
        "SELECT p.id, p.account_id, p.amount, p.method, p.created_at, p.entered_by,"
        f" p.shift_id, a.number, {CUSTOMER_NAME_SQL} AS name,"
        " coalesce((SELECT sum(b.amount) FROM bill b WHERE b.account_id = p.account_id"
        "           AND b.formed_on <= p.paid_on), 0)"
        " - coalesce((SELECT sum(q.amount) FROM payment q WHERE q.account_id = p.account_id"
        "             AND (q.paid_on < p.paid_on OR (q.paid_on = p.paid_on AND q.id <= p.id))),"
        "            0) AS balance_after"
        " FROM payment p JOIN account a ON a.id = p.account_id"
        " JOIN customer c ON c.id = a.customer_id WHERE p.id = :id",
        {"id": payment_id},
    )


@dataclass(frozen=True, slots=True)
class LetterAccount:
    """The account an answer letter is addressed by."""

    id: int
    address: str


def appeal_letter_account(
    session: Session, customer_id: int, account_number: str | None
) -> LetterAccount | None:
    """The account an answer letter is addressed by: the appeal's account, else the
    customer's first."""
    return one_as(
        session,
        LetterAccount,
        f"SELECT a.id, {ADDRESS_SQL} AS address"
        " FROM account a WHERE a.customer_id = :customer"
        " ORDER BY a.number = :number DESC, a.id LIMIT 1",
        {"customer": customer_id, "number": account_number or ""},
    )


@dataclass(frozen=True, slots=True)
class StatementHead:
    """The account's number, customer name and address for a statement."""

    number: str
    name: str
    address: str


def statement_head(session: Session, account_id: int) -> StatementHead | None:
    """The account's number, customer name and address for a statement."""
    return one_as(
        session,
        StatementHead,
        f"SELECT a.number, {CUSTOMER_NAME_SQL} AS name, {ADDRESS_SQL} AS address"
        " FROM account a JOIN customer c ON c.id = a.customer_id WHERE a.id = :id",
        {"id": account_id},
    )


@dataclass(frozen=True, slots=True)
class StatementMovement:
    """A bill formed or a payment made, as a statement lists it."""

    on: date
    sort: int
    """0 for a bill, 1 for a payment: bills come first on a day."""
    id: int
    receipt_number: str | None
    billing_period: date | None
    channel: str | None
    reverses_id: int | None
    charge: Decimal | None
    payment: Decimal | None

    @property
    def doc(self) -> str:
        """«Счёт № R… за 10.2026», «Оплата в кассе, квитанция К-000731», «Сторно оплаты № 5»…"""
        if self.billing_period is not None:
            return f"Счёт № {self.receipt_number} за {format_month(self.billing_period)}"
        if self.reverses_id is not None:
            return f"Сторно оплаты № {self.reverses_id}"
        if self.channel == "cash_desk":
            return f"Оплата в кассе, квитанция {payment_receipt_number(self.id)}"
        if self.channel == "bank":
            return "Оплата через банк"
        return "Оплата онлайн"


def statement_movements(
    session: Session, account_id: int, date_from: date, date_to: date
) -> tuple[StatementMovement, ...]:
    """Bills formed and payments made in the range, in order."""
    return rows_as(
        session,
        StatementMovement,
        "SELECT formed_on AS on, 0 AS sort, id, receipt_number, billing_period,"
        " NULL AS channel, NULL::bigint AS reverses_id,"
        " amount AS charge, NULL::numeric AS payment"
        " FROM bill WHERE account_id = :id AND formed_on BETWEEN :f AND :t"
        " UNION ALL"
        " SELECT paid_on, 1, id, NULL, NULL, channel, reverses_id, NULL, amount"
        " FROM payment WHERE account_id = :id AND paid_on BETWEEN :f AND :t"
        " ORDER BY 1, 2, 3",
        {"id": account_id, "f": date_from, "t": date_to},
    )


def shift_regions(session: Session, shift_id: int) -> list[tuple[int, str]]:
    """The regions (id, name) of a shift's payments."""
    rows = session.execute(
        text(
            "SELECT DISTINCT r.id, r.name FROM payment p JOIN account a ON a.id = p.account_id"
            " JOIN region r ON r.id = a.region_id WHERE p.shift_id = :id"
        ),
        {"id": shift_id},
    ).all()
    return [(int(row[0]), str(row[1])) for row in rows]


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """A cash shift as its report shows it."""

    id: int
    cashier: str
    opened_at: datetime
    closed_at: datetime | None
    opening_float: Decimal
    expected_cash: Decimal | None
    counted_cash: Decimal | None


def shift_row(session: Session, shift_id: int) -> ShiftRow | None:
    """The cash shift ``shift_id``."""
    return one_as(
        session,
        ShiftRow,
        "SELECT id, cashier, opened_at, closed_at, opening_float, expected_cash, counted_cash"
        " FROM billing.cash_shift WHERE id = :id",
        {"id": shift_id},
    )


@dataclass(frozen=True, slots=True)
class ShiftPaymentRow:
    """A payment or reversal of a shift, marked if reversed within it."""

    id: int
    created_at: datetime
    number: str
    """The account's number."""
    method: str
    amount: Decimal
    reverses_id: int | None
    reversed: bool


def shift_payments(session: Session, shift_id: int) -> tuple[ShiftPaymentRow, ...]:
    """The shift's payments and reversals in order, each marked if reversed within it."""
    return rows_as(
        session,
        ShiftPaymentRow,
        "SELECT p.id, p.created_at, a.number, p.method, p.amount, p.reverses_id,"
        " EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id"
        "         AND r.shift_id = p.shift_id) AS reversed"
        " FROM payment p JOIN account a ON a.id = p.account_id"
        " WHERE p.shift_id = :id ORDER BY p.created_at, p.id",
        {"id": shift_id},
    )
