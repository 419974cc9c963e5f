"""Database rows turned into the printed documents' values (bills, receipts, statements, shifts).

The renderers in :mod:`console.printing` only draw; everything a document says is
worked out here: per-zone readings, consumption and rates of a bill, the debt or
overpayment carried in (the balance right before the bill: earlier bills, the same
day's earlier ones included, less the payments received before it), the penalty and
the total due; a correction bill's reference, reason and before/after; a receipt's
balance after the payment; a statement's opening and closing balances; a shift's
totals by method and its reversals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.printing.batch import BatchResult, print_bills
from console.printing.documents import (
    AppealAnswerDocument,
    BillDocument,
    BuyerDetails,
    ChargeKind,
    ChargeLine,
    CorrectionDetails,
    CorrectionZone,
    FiscalAttributes,
    LastPayment,
    MeterLine,
    MethodTotal,
    PaymentReceiptDocument,
    RecalculationLine,
    ShiftPayment,
    ShiftReportDocument,
    StatementDocument,
    StatementRow,
    Supplier,
)
from console.services.fiscal import FiscalState, fiscal_state
from console.services.payments import printed_documents, record_prints
from models.domain.enums import CustomerKind, PaymentMethod
from models.domain.money_format import format_kwh
from models.domain.problems import Problem, ValidationFailed
from models.domain.receipt_numbers import payment_receipt_number
from models.queries.balance import balance, carried_into_bills
from models.queries.documents import (
    CURRENT_BILL,
    ORIGINAL_BILL,
    PeriodDocuments,
    RegionChoice,
    account_of_bill,
    account_of_payment,
    account_region,
    appeal_letter_account,
    bill_context_rows,
    bill_headers,
    bill_regions,
    count_region_bills,
    find_bill,
    latest_billing_period,
    operator_full_name,
    period_documents,
    receipt_row,
    region_bill_headers,
    region_by_code,
    shift_payments,
    shift_regions,
    shift_row,
    statement_head,
    statement_movements,
)
from models.queries.settings import (
    SupplierDetails,
    TariffActEntry,
    acts_in_force,
    default_supplier,
    suppliers_for_regions,
    tariff_acts_of_regions,
)

__all__ = [
    "ACTUAL_CHARGE",
    "CHEQUE_KINDS",
    "CURRENT_BILL",
    "ESTIMATED_CHARGE",
    "ORIGINAL_BILL",
    "ZERO",
    "ZONE_LABELS",
    "PeriodDocuments",
    "RegionChoice",
    "account_supplier",
    "appeal_answer_document",
    "bill_document",
    "bill_regions",
    "bill_supplier",
    "count_region_bills",
    "estimate_method",
    "find_bill",
    "fiscal_attributes",
    "latest_billing_period",
    "operator_name",
    "parse_period",
    "payment_receipt_number",
    "payment_supplier",
    "period_documents",
    "print_region_bills",
    "printed_supplier",
    "receipt_document",
    "region_bill_documents",
    "require_region_supplier",
    "shift_report_document",
    "shift_supplier",
    "statement_document",
]

ZERO = Decimal("0.00")

ZONE_LABELS = {
    1: {"T1": "Сутки"},
    2: {"T1": "День", "T2": "Ночь"},
    3: {"T1": "Пик", "T2": "Ночь", "T3": "Полупик"},
}
"""Zone names on bills, as the readings form names them (``console.readings.labels``)."""

_CHARGE_KINDS = {
    "debt_schedule": ChargeKind.DEBT_SCHEDULE,
    "act": ChargeKind.ACT,
    "service": ChargeKind.SERVICE,
    "correction": ChargeKind.SERVICE,
}
ACTUAL_CHARGE = "Электроэнергия по показаниям"
ESTIMATED_CHARGE = "Электроэнергия по нормативу/среднему"
"""The charge of kWh whose current reading was calculated, not read (ПП 354 пп. 59, 60)."""


def parse_period(value: str) -> date:
    """``2026-10`` → the first day of that month; ValueError for anything else."""
    year, _, month = value.partition("-")
    if len(year) != 4 or len(month) != 2 or not (year + month).isdigit():
        raise ValueError(f"not a billing period (YYYY-MM): {value!r}")
    return date(int(year), int(month), 1)


# -- the supplier of a document ------------------------------------------------------------


def printed_supplier(details: SupplierDetails) -> Supplier:
    """The database's supplier row as documents print it."""
    return Supplier(
        name=details.name,
        inn=details.inn,
        kpp=details.kpp,
        address=details.address,
        phone=details.phone,
        email=details.email,
        website=details.website,
        bank_name=details.bank_name,
        bic=details.bic,
        settlement_account=details.settlement_account,
        correspondent_account=details.correspondent_account,
    )


def _missing(region_name: str) -> ValidationFailed:
    return ValidationFailed([Problem.error("supplier.details_missing", None, region=region_name)])


def _region_suppliers(session: Session, regions: dict[int, str]) -> dict[int, SupplierDetails]:
    """The supplier of each region; refuses (ValidationFailed) when one has none."""
    found = suppliers_for_regions(session, regions)
    for region_id, name in sorted(regions.items()):
        if region_id not in found:
            raise _missing(name)
    return found


def account_supplier(session: Session, account_id: int) -> Supplier:
    """The supplier printed on documents of ``account_id``; refuses when there is none."""
    region_id, name = account_region(session, account_id)
    return printed_supplier(_region_suppliers(session, {region_id: name})[region_id])


def bill_supplier(session: Session, bill_id: int) -> Supplier:
    """The supplier printed on bill ``bill_id``; refuses when there is none."""
    return account_supplier(session, account_of_bill(session, bill_id))


def payment_supplier(session: Session, payment_id: int) -> Supplier:
    """The supplier printed on the receipt of payment ``payment_id``; refuses when none."""
    return account_supplier(session, account_of_payment(session, payment_id))


def require_region_supplier(session: Session, region_code: str) -> None:
    """Refuse (ValidationFailed) before a batch when ``region_code`` has no supplier."""
    region = region_by_code(session, region_code)
    if region is not None:
        _region_suppliers(session, {region[0]: region[1]})


# -- bills -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    serial: str
    zones: int
    current: Decimal
    current_on: date
    current_estimated: bool
    previous: Decimal
    previous_on: date
    previous_estimated: bool


@dataclass(frozen=True, slots=True)
class _TariffPeriod:
    rate: Decimal
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class _BillContext:
    """What a chunk of bills needs besides their own rows, read once per chunk."""

    lines: dict[int, list[Any]]
    readings: dict[int, _Reading]
    carried: dict[int, Decimal]
    """The balance right before each bill (by bill id)."""
    corrections: dict[int, tuple[str, date, str, list[CorrectionZone]]]
    last_payments: dict[int, LastPayment]
    suppliers: dict[int, SupplierDetails]
    acts: dict[int, tuple[TariffActEntry, ...]]
    tariffs: dict[tuple[int, int, str], list[_TariffPeriod]]


def _bill_context(session: Session, headers: Sequence[Any]) -> _BillContext:
    ids = [row.id for row in headers]
    regions = {int(row.region_id): str(row.region_name) for row in headers}
    suppliers = _region_suppliers(session, regions)
    rows = bill_context_rows(session, ids, list(regions))
    lines: dict[int, list[Any]] = {}
    for line in rows.lines:
        lines.setdefault(line.bill_id, []).append(line)
    readings = {
        row.line_id: _Reading(
            row.serial_number,
            row.zones,
            row.cur_value,
            row.cur_on,
            row.cur_source == "estimated",
            row.prev_value,
            row.prev_on,
            row.prev_source == "estimated",
        )
        for row in rows.readings
    }
    carried = carried_into_bills(session, ids)
    corrections: dict[int, tuple[str, date, str, list[CorrectionZone]]] = {}
    for row in rows.corrections:
        entry = corrections.setdefault(
            row.bill_id, (row.corrected_receipt, row.corrected_on, row.reason or "", [])
        )
        entry[3].append(
            CorrectionZone(
                meter_serial=row.serial_number,
                zone=row.zone,
                zone_label=ZONE_LABELS.get(row.zones, {}).get(row.zone, row.zone),
                previous_reading=row.prev_value,
                previous_reading_on=row.prev_on,
                taken_on=row.taken_on,
                reading_before=row.before_value,
                reading_after=row.after_value,
                kwh_before=row.kwh_before or Decimal(0),
                kwh_after=row.kwh_after,
                amount_before=row.amount_before,
                amount_after=row.amount_after,
            )
        )
    last_payments = {
        row.bill_id: LastPayment(row.paid_on, row.amount) for row in rows.last_payments
    }
    tariffs: dict[tuple[int, int, str], list[_TariffPeriod]] = {}
    for row in rows.tariffs:
        tariffs.setdefault((row.region_id, row.zones, row.zone), []).append(
            _TariffPeriod(row.rate, row.valid_from, row.valid_to)
        )
    acts = tariff_acts_of_regions(session, regions)
    return _BillContext(
        lines, readings, carried, corrections, last_payments, suppliers, acts, tariffs
    )


def _bill_documents(
    session: Session, headers: Sequence[Any], duplicates: frozenset[int]
) -> list[BillDocument]:
    """Documents of the bills in ``headers`` (rows of ``BILL_HEADER``) in a few queries.

    Raises :class:`ValidationFailed` when a bill's region has no supplier details.
    """
    context = _bill_context(session, headers)
    return [_bill_document(row, context, row.id in duplicates) for row in headers]


def _segments(
    periods: Sequence[_TariffPeriod], start: date, end: date
) -> list[tuple[date, date, Decimal]]:
    """The tariff segments of the reading period ``start``..``end``: (from, to, rate)."""
    found = []
    for period in periods:
        if period.valid_from < end and (period.valid_to is None or period.valid_to > start):
            segment_from = max(start, period.valid_from)
            segment_to = end if period.valid_to is None else min(end, period.valid_to)
            found.append((segment_from, segment_to, period.rate))
    return found


def _meter_lines(row: Any, lines: Sequence[Any], context: _BillContext) -> list[MeterLine]:
    """The bill's electricity lines with their readings and the tariff segment of each.

    A line's segment is the tariff period (of its zone, in the account's region) whose
    rate it carries, within the reading period; lines of one zone and reading with the
    same rate take the matching segments in order.
    """
    result: list[MeterLine] = []
    taken: dict[tuple[str, str, date], set[int]] = {}
    for line in lines:
        reading = context.readings.get(line.id)
        if reading is None:
            continue
        rate = line.rate or Decimal(0)
        periods = context.tariffs.get((row.region_id, reading.zones, line.zone), [])
        segments = _segments(periods, reading.previous_on, reading.current_on)
        used = taken.setdefault((reading.serial, line.zone, reading.current_on), set())
        period_from = period_to = None
        for index, (segment_from, segment_to, segment_rate) in enumerate(segments):
            if segment_rate == rate and index not in used:
                used.add(index)
                if len(segments) > 1:
                    period_from = segment_from
                    last = segment_to == reading.current_on
                    period_to = segment_to if last else segment_to - timedelta(days=1)
                break
        result.append(
            MeterLine(
                meter_serial=reading.serial,
                zone=line.zone,
                zone_label=ZONE_LABELS.get(reading.zones, {}).get(line.zone, line.zone),
                previous_reading=reading.previous,
                previous_reading_on=reading.previous_on,
                current_reading=reading.current,
                current_reading_on=reading.current_on,
                consumption_kwh=line.quantity or Decimal(0),
                rate=rate,
                amount=line.amount,
                period_from=period_from,
                period_to=period_to,
                previous_estimated=reading.previous_estimated,
                current_estimated=reading.current_estimated,
            )
        )
    return sorted(result, key=lambda meter_line: meter_line.sort_key)


def _electricity_charges(
    lines: Sequence[Any], meter_lines: Sequence[MeterLine], context: _BillContext
) -> list[ChargeLine]:
    """The period's electricity as charges: by readings, and by norm or average."""
    estimated_ids = {
        line.id
        for line in lines
        if line.kind == "electricity"
        and (reading := context.readings.get(line.id)) is not None
        and reading.current_estimated
    }
    totals: dict[str, tuple[Decimal, Decimal]] = {ACTUAL_CHARGE: (Decimal(0), ZERO)}
    for line in lines:
        if line.kind == "electricity":
            method = estimate_method(line.description)
            if method is not None:
                label = f"Электроэнергия {method}"
            else:
                label = ESTIMATED_CHARGE if line.id in estimated_ids else ACTUAL_CHARGE
            kwh, amount = totals.get(label, (Decimal(0), ZERO))
            totals[label] = (kwh + (line.quantity or 0), amount + line.amount)
    charges = []
    for label, (kwh, amount) in totals.items():
        if amount or kwh:
            charges.append(
                ChargeLine(ChargeKind.ELECTRICITY, f"{label}, {format_kwh(kwh)}", amount)
            )
    return charges


def _correction(row: Any, context: _BillContext) -> CorrectionDetails | None:
    found = context.corrections.get(row.id)
    if found is None:
        return None
    receipt, formed_on, reason, zones = found
    return CorrectionDetails(receipt, formed_on, reason, tuple(zones), row.amount)


def estimate_method(description: str) -> str | None:
    """How the billing run estimated a line («по среднемесячному за 6 мес.», «по нормативу:
    2 чел., 1 комн. (…)»: what ``billing.add_estimated_lines`` writes after « — »), or None."""
    _, separator, method = description.partition(" — ")
    return method if separator and method.startswith("по ") else None


def _bill_document(row: Any, context: _BillContext, duplicate: bool) -> BillDocument:
    correction = _correction(row, context)
    lines = context.lines.get(row.id, [])
    if correction is not None:
        # A correction states its readings before and after instead of charges: its
        # storno and re-priced electricity lines are the two sides of that table.
        lines = [line for line in lines if line.kind not in ("correction", "electricity")]
    charges: list[ChargeLine] = []
    recalculations: list[RecalculationLine] = []
    penalty = ZERO
    for line in lines:
        if line.kind == "penalty":
            penalty += line.amount
        elif line.kind == "recalculation":
            recalculations.append(
                RecalculationLine(line.description, line.quantity, line.rate, line.amount)
            )
        elif line.kind != "electricity":
            charges.append(
                ChargeLine(
                    _CHARGE_KINDS.get(line.kind, ChargeKind.SERVICE), line.description, line.amount
                )
            )
    meter_lines = _meter_lines(row, lines, context)
    electricity = _electricity_charges(lines, meter_lines, context)
    if not electricity and not charges and correction is None:
        electricity = [
            ChargeLine(ChargeKind.ELECTRICITY, f"{ACTUAL_CHARGE}, {format_kwh(Decimal(0))}", ZERO)
        ]
    charges = electricity + charges
    days = [line.period_from or line.previous_reading_on for line in meter_lines]
    acts = acts_in_force(context.acts.get(row.region_id, ()), days)
    organisation = CustomerKind(row.kind) is CustomerKind.ORGANISATION
    supplier = context.suppliers[row.region_id]
    carried_in = context.carried[row.id]
    return BillDocument(
        supplier=printed_supplier(supplier),
        customer_name=row.name,
        customer_kind=CustomerKind(row.kind),
        address=row.address,
        account_number=row.number,
        region_name=row.region_name,
        billing_period=row.billing_period,
        formed_on=row.formed_on,
        due_on=row.due_on,
        receipt_number=row.receipt_number,
        meter_lines=tuple(meter_lines),
        charge_lines=tuple(charges),
        balance_carried_in=carried_in,
        penalty=penalty,
        total_due=carried_in + row.amount,
        duplicate=duplicate,
        recalculations=tuple(recalculations),
        tariff_acts=tuple(act.title for act in acts),
        last_payment=context.last_payments.get(row.id),
        buyer=(
            BuyerDetails(
                row.inn or "", row.kpp or "", row.contract_number or "", row.contract_signed_on
            )
            if organisation
            else None
        ),
        vat_rate=supplier.vat_rate if organisation else None,
        correction=correction,
    )


def bill_document(session: Session, bill_id: int, *, duplicate: bool = False) -> BillDocument:
    """The printed bill of ``bill_id``; LookupError when there is none.

    Raises :class:`ValidationFailed` (``supplier.details_missing``) when the bill's
    region has no supplier details in the database.
    """
    headers = bill_headers(session, bill_id)
    if not headers:
        raise LookupError(f"no bill {bill_id}")
    return _bill_documents(session, headers, frozenset([bill_id] if duplicate else []))[0]


@dataclass(frozen=True, slots=True)
class _Chunk:
    docs: list[BillDocument]
    prints: list[tuple[str, int | None]]
    """``(bill id as the print log's key, account id)`` of each document."""


def _region_bill_chunks(
    session: Session, region_code: str, period: date, chunk_size: int
) -> Iterator[_Chunk]:
    for headers in region_bill_headers(session, region_code, period, chunk_size):
        keys = [str(row.id) for row in headers]
        printed = printed_documents(session, "bill", keys)
        duplicates = frozenset(row.id for row in headers if str(row.id) in printed)
        yield _Chunk(
            _bill_documents(session, headers, duplicates),
            [(str(row.id), row.account_id) for row in headers],
        )


def region_bill_documents(
    session: Session, region_code: str, period: date, *, chunk_size: int = 200
) -> Iterator[list[BillDocument]]:
    """Every account's current document of a region for a period (a correction bill in
    place of the bill it corrected), in chunks, streamed from a server-side cursor.

    Memory holds one chunk at a time however many bills the region has. A bill printed
    before is marked «ДУБЛИКАТ»; nothing is logged here (see :func:`print_region_bills`).
    """
    for chunk in _region_bill_chunks(session, region_code, period, chunk_size):
        yield chunk.docs


def print_region_bills(
    session: Session,
    region_code: str,
    period: date,
    out: Path,
    *,
    single_file: bool,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    chunk_size: int = 200,
) -> BatchResult:
    """Print every bill of a region for a period and log each print (the GUI and the CLI).

    Bills printed before come out as «ДУБЛИКАТ». A bill's print is logged once it is
    final on disk (its file written, or the single PDF renamed into place), on a
    second connection of the same engine because ``session`` holds the streaming
    cursor; a cancelled batch logs only what it really wrote. Raises
    :class:`~console.printing.batch.BatchCancelled` when ``cancelled`` says so.
    """
    require_region_supplier(session, region_code)
    pending: dict[int, list[tuple[str, int | None]]] = {}

    def chunks() -> Iterator[list[BillDocument]]:
        found = _region_bill_chunks(session, region_code, period, chunk_size)
        for index, chunk in enumerate(found):
            pending[index] = chunk.prints
            yield chunk.docs

    with Session(bind=session.get_bind()) as log:

        def written(index: int) -> None:
            record_prints(log, "bill", pending.pop(index))

        return print_bills(
            chunks(),
            out,
            single_file=single_file,
            progress=progress,
            cancelled=cancelled,
            written=written,
            workers=workers,
        )


# -- receipts, statements, shift reports ---------------------------------------------------


def operator_name(session: Session, login: str) -> str:
    """``login``'s full name from the operator registry, as far as the database tells it.

    Operators may not read the registry; ``billing.whoami()`` tells each their own name,
    which covers the cashier printing their own receipts and shift report. For anyone
    else the name their cheques carry (``fiscal_cheque.cashier_name``), else the login.
    """
    return operator_full_name(session, login) or login


def receipt_document(
    session: Session, payment_id: int, *, duplicate: bool = False
) -> PaymentReceiptDocument:
    """The receipt of a cash-desk payment, with the balance right after it."""
    row = receipt_row(session, payment_id)
    if row is None:
        raise LookupError(f"no payment {payment_id}")
    cheque = fiscal_state(session, payment_id)
    return PaymentReceiptDocument(
        supplier=account_supplier(session, row.account_id),
        receipt_number=payment_receipt_number(row.id),
        account_number=row.number,
        customer_name=row.name,
        amount=row.amount,
        method=PaymentMethod(row.method or "cash"),
        paid_at=row.created_at.astimezone(),
        cashier=(cheque.cashier_name if cheque is not None and cheque.cashier_name else None)
        or operator_name(session, row.entered_by),
        shift_number=str(row.shift_id or "—"),
        balance_after=row.balance_after,
        duplicate=duplicate,
        fiscal=fiscal_attributes(cheque),
        fiscal_pending=cheque is not None and not cheque.is_done,
    )


CHEQUE_KINDS = {
    "sell": "Приход",
    "sellReturn": "Возврат прихода",
    "sellCorrection": "Коррекция прихода",
    "sellReturnCorrection": "Коррекция возврата прихода",
}
"""The cheques' settlement signs as printed (a late cheque is printed as a correction)."""


def fiscal_attributes(cheque: FiscalState | None) -> FiscalAttributes | None:
    """A done cheque's attributes as a document prints them; None while pending."""
    if cheque is None or not cheque.is_done or cheque.qr_text is None:
        return None
    return FiscalAttributes(
        kind_label=CHEQUE_KINDS[cheque.kind],
        fn_number=cheque.fn_number or "",
        fd_number=cheque.fd_number or 0,
        fiscal_sign=cheque.fiscal_sign or "",
        moment=(cheque.fiscal_at or datetime.now(UTC)).astimezone(),
        register_shift=cheque.register_shift or 0,
        cheque_number=cheque.cheque_number or 0,
        qr_text=cheque.qr_text,
    )


def appeal_answer_document(
    session: Session, appeal_id: int, *, duplicate: bool = False
) -> AppealAnswerDocument:
    """The answer letter of appeal ``appeal_id``; refuses one not answered yet.

    The address and the supplier are those of the appeal's account, or of the
    customer's first account when the appeal names none.
    """
    from models.queries.appeals import appeal as appeal_row

    row = appeal_row(session, appeal_id)
    if row is None:
        raise LookupError(f"no appeal {appeal_id}")
    if row.answer is None or row.answered_on is None or row.answered_by is None:
        raise ValidationFailed([Problem.error("appeal.letter_not_answered", None)])
    account = appeal_letter_account(session, row.customer_id, row.account_number)
    if account is None:
        raise ValidationFailed([Problem.error("appeal.no_account", None)])
    return AppealAnswerDocument(
        supplier=account_supplier(session, int(account.id)),
        appeal_number=row.number,
        appeal_kind=row.kind,
        arrived_on=row.arrived_on,
        customer_name=row.customer_name,
        address=str(account.address),
        account_number=row.account_number,
        appeal_text=row.body,
        answer=row.answer,
        answered_on=row.answered_on,
        answered_by=operator_name(session, row.answered_by),
        duplicate=duplicate,
    )


def statement_document(
    session: Session,
    account_id: int,
    date_from: date,
    date_to: date,
    today: date,
    *,
    duplicate: bool = False,
) -> StatementDocument:
    """The account's charges and payments from ``date_from`` to ``date_to`` with balances."""
    head = statement_head(session, account_id)
    if head is None:
        raise LookupError(f"no account {account_id}")
    opening = balance(session, account_id, date_from - timedelta(days=1)).net
    movements = statement_movements(session, account_id, date_from, date_to)
    rows = tuple(StatementRow(m.on, m.doc, charge=m.charge, payment=m.payment) for m in movements)
    charged = sum((m.charge for m in movements if m.charge is not None), ZERO)
    paid = sum((m.payment for m in movements if m.payment is not None), ZERO)
    return StatementDocument(
        supplier=account_supplier(session, account_id),
        account_number=head.number,
        customer_name=head.name,
        address=head.address,
        period_from=date_from,
        period_to=date_to,
        opening_balance=opening,
        rows=rows,
        total_charged=charged,
        total_paid=paid,
        closing_balance=opening + charged - paid,
        formed_on=today,
        duplicate=duplicate,
    )


def shift_supplier(session: Session, shift_id: int) -> Supplier:
    """The supplier on a shift report: the default row, or the one region's supplier of
    the shift's payments when there is no default; refuses when there is neither."""
    details = default_supplier(session)
    if details is not None:
        return printed_supplier(details)
    regions = shift_regions(session, shift_id)
    if len(regions) == 1:
        region_id, name = regions[0]
        return printed_supplier(_region_suppliers(session, {region_id: name})[region_id])
    raise _missing("всех отделений (по умолчанию)")


def shift_report_document(
    session: Session, shift_id: int, *, duplicate: bool = False
) -> ShiftReportDocument:
    """The end-of-shift report: payments, totals by method, reversals, expected and counted."""
    shift = shift_row(session, shift_id)
    if shift is None:
        raise LookupError(f"no shift {shift_id}")
    rows = shift_payments(session, shift_id)
    taken = [r for r in rows if r.reverses_id is None]
    reversals = [r for r in rows if r.reverses_id is not None]
    payments = tuple(
        ShiftPayment(
            paid_at=r.created_at.astimezone(),
            receipt_number=payment_receipt_number(r.id),
            account_number=r.number,
            method=PaymentMethod(r.method),
            amount=r.amount,
            reversed=r.reversed,
        )
        for r in taken
    )
    totals = tuple(
        MethodTotal(
            method,
            sum(1 for p in payments if p.method is method and not p.reversed),
            sum((p.amount for p in payments if p.method is method and not p.reversed), ZERO),
        )
        for method in PaymentMethod
    )
    cash = sum((r.amount for r in rows if r.method == "cash"), ZERO)
    expected = (
        shift.expected_cash if shift.expected_cash is not None else shift.opening_float + cash
    )
    counted = shift.counted_cash if shift.counted_cash is not None else expected
    return ShiftReportDocument(
        supplier=shift_supplier(session, shift_id),
        cashier=operator_name(session, shift.cashier),
        shift_number=str(shift.id),
        opened_at=shift.opened_at.astimezone(),
        closed_at=(shift.closed_at or shift.opened_at).astimezone(),
        opening_float=shift.opening_float,
        payments=payments,
        totals=totals,
        reversals_count=len(reversals),
        reversals_total=-sum((r.amount for r in reversals), ZERO),
        expected_cash=expected,
        counted_cash=counted,
        difference=counted - expected,
        duplicate=duplicate,
    )
