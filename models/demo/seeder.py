"""Fill an empty billing database with realistic, deterministic demo data.

Python draws the core rows (regions, tariffs, customers, accounts, meters, portal
users, requests) and bulk-loads them with COPY; ``history.sql`` then expands each
account's profile into 24 months of readings, bills and payments inside PostgreSQL,
set-based, which is what keeps a million accounts within minutes.

Determinism: the same ``seed`` and ``today`` give the same data, row for row.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from typing import Any

import psycopg
from sqlalchemy import Connection

from models.demo import settings as demo_settings
from models.demo import vocabulary as vocab
from models.domain.identifiers import InnKind, make_inn, make_kpp, make_ogrn

Progress = Callable[[str, float], None]
"""Called with a stage description and the fraction done (0..1)."""

DEMO_PASSWORD = "Demo2026pass"
"""Password of every demo portal user (hashed; shown nowhere but here and the README)."""

_BULK_TABLES = ("reading", "bill", "bill_line", "payment")
_ZONE_SHARES = (
    (1, "T1", "1.0"),
    (2, "T1", "0.68"),
    (2, "T2", "0.32"),
    (3, "T1", "0.22"),
    (3, "T2", "0.30"),
    (3, "T3", "0.48"),
)
_PORTAL_STATUSES = ("active",) * 16 + ("email_unconfirmed",) * 2 + ("awaiting_review", "blocked")
_LINK_STATUSES = ("auto_approved", "pending", "pending", "approved", "rejected", "cancelled", "new")
_PROOF_KINDS = ("last_payment_amount", "surname_prefix", "meter_serial", "receipt_number")


@dataclass(frozen=True, slots=True)
class SeedReport:
    """What was loaded and how long it took."""

    accounts: int
    customers: int
    meters: int
    portal_users: int
    readings: int
    bills: int
    payments: int
    seconds: float


@dataclass(slots=True)
class _Rows:
    """Rows of each table drawn in Python, in COPY column order."""

    customer: list[tuple[Any, ...]] = field(default_factory=list)
    contract: list[tuple[Any, ...]] = field(default_factory=list)
    account: list[tuple[Any, ...]] = field(default_factory=list)
    metering_point: list[tuple[Any, ...]] = field(default_factory=list)
    meter: list[tuple[Any, ...]] = field(default_factory=list)
    profile: list[tuple[Any, ...]] = field(default_factory=list)
    portal_user: list[tuple[Any, ...]] = field(default_factory=list)
    account_link: list[tuple[Any, ...]] = field(default_factory=list)
    link_request: list[tuple[Any, ...]] = field(default_factory=list)
    registration_review: list[tuple[Any, ...]] = field(default_factory=list)


_COLUMNS: dict[str, str] = {
    "customer": (
        "id, kind, last_name, first_name, middle_name, name, inn, kpp, ogrn,"
        " phone, email, created_at"
    ),
    "contract": "id, customer_id, number, signed_on",
    "account": (
        "id, region_id, number, customer_id, contract_id, settlement, street,"
        " house, flat, status, opened_on, closed_on, household_type, rooms, residents"
    ),
    "metering_point": "id, account_id, name",
    "meter": (
        "id, metering_point_id, serial_number, model, digits, zones,"
        " installed_on, removed_on, calibration_due"
    ),
    "portal_user": (
        "id, login, email, phone, password_hash, kind, status, block_reason,"
        " customer_id, created_at, email_confirmed_at"
    ),
    "account_link": "portal_user_id, account_id, linked_at",
    "link_request": (
        "id, portal_user_id, region_id, account_number, account_id, proof_kind,"
        " proof_value, status, check_code, decided_by, decided_at, reason,"
        " created_at, updated_at"
    ),
    "registration_review": (
        "id, portal_user_id, customer_kind, organisation_type,"
        " organisation_name, inn, kpp, ogrn, contract_numbers, account_number,"
        " region_id, status, decided_by, decided_at, reason, created_at, applicant_name"
    ),
}


def demo_password_hash(password: str = DEMO_PASSWORD) -> str:
    """A PBKDF2-SHA256 hash in the portal's ``algorithm$iterations$salt$hash`` form."""
    salt = "demo-salt"
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 100_000).hex()
    return f"pbkdf2_sha256$100000${salt}${digest}"


class _Drawer:
    """Draws the core rows for ``accounts`` accounts from one seeded generator."""

    def __init__(self, accounts: int, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.accounts = accounts
        self.today = today
        self.seed = seed
        self.rows = _Rows()
        self.password_hash = demo_password_hash()
        self._phones: set[str] = set()
        self._organisations: list[tuple[str, str, list[str]]] = []
        self._numbers = {
            index + 1: 310_000_000 + index * 200_000 for index in range(len(vocab.REGIONS))
        }

    # -- helpers ---------------------------------------------------------------

    def _phone(self) -> str:
        """A mobile number no other customer has (portal logins copy it; they are unique)."""
        while True:
            phone = "+79" + "".join(str(self.rng.randrange(10)) for _ in range(9))
            if phone not in self._phones:
                self._phones.add(phone)
                return phone

    def _moment(self, days_back_max: int, days_back_min: int = 0) -> str:
        day = self.today - timedelta(days=self.rng.randint(days_back_min, days_back_max))
        return (
            f"{day.isoformat()} {self.rng.randint(8, 20):02d}:{self.rng.randint(0, 59):02d}:00+03"
        )

    def _next_number(self, region_id: int) -> str:
        self._numbers[region_id] += 1
        return str(self._numbers[region_id])

    # -- drawing ---------------------------------------------------------------

    def draw(self) -> _Rows:
        account_id = customer_id = contract_id = meter_id = portal_user_id = 0
        email: str | None
        while account_id < self.accounts:
            customer_id += 1
            organisation = self.rng.random() < 0.04
            region_id = self.rng.randint(1, len(vocab.REGIONS))
            settlement = vocab.REGIONS[region_id - 1][2]
            phone = self._phone() if self.rng.random() < 0.92 else None
            if organisation:
                form, _full = self.rng.choice(vocab.ORGANISATION_FORMS)
                title = f"{form} «{self.rng.choice(vocab.ORGANISATION_NAMES)}»"
                inn = make_inn(self.rng, InnKind.ORGANISATION)
                email = f"office{customer_id}@{self.rng.choice(vocab.EMAIL_DOMAINS)}"
                kpp = make_kpp(inn, self.rng)
                title, inn, kpp = self._branch_of_previous(customer_id, title, inn, kpp)
                self.rows.customer.append(
                    (
                        customer_id,
                        "organisation",
                        None,
                        None,
                        None,
                        title,
                        inn,
                        kpp,
                        make_ogrn(self.rng),
                        phone,
                        email,
                        self._moment(3650, 800),
                    )
                )
                contract_id += 1
                contract = contract_id
                self.rows.contract.append(
                    (
                        contract_id,
                        customer_id,
                        f"{region_id:02d}-{contract_id:05d}/ЭС",
                        self.today - timedelta(days=self.rng.randint(900, 4000)),
                    )
                )
                account_count = self.rng.randint(1, 3)
                surname_key = transliterated = f"office{customer_id}"
                owner_prefix = title
            else:
                female = self.rng.random() < 0.55
                male_surname, female_surname = self.rng.choice(vocab.SURNAMES)
                surname = female_surname if female else male_surname
                first = self.rng.choice(
                    vocab.FEMALE_FIRST_NAMES if female else vocab.MALE_FIRST_NAMES
                )
                middle = vocab.patronymic(self.rng.choice(vocab.MALE_FIRST_NAMES), female=female)
                transliterated = vocab.transliterate(surname)
                email = (
                    (
                        f"{transliterated}.{vocab.transliterate(first[0])}{customer_id}"
                        f"@{self.rng.choice(vocab.EMAIL_DOMAINS)}"
                    )
                    if self.rng.random() < 0.6
                    else None
                )
                self.rows.customer.append(
                    (
                        customer_id,
                        "person",
                        surname,
                        first,
                        middle,
                        None,
                        None,
                        None,
                        None,
                        phone,
                        email,
                        self._moment(3650, 800),
                    )
                )
                contract = None
                account_count = 2 if self.rng.random() < 0.05 else 1
                surname_key = transliterated
                owner_prefix = surname
            first_account = account_id + 1
            for _ in range(min(account_count, self.accounts - account_id)):
                account_id += 1
                meter_id += 1
                self._account(
                    account_id, customer_id, contract, region_id, settlement, organisation, meter_id
                )
            if self.rng.random() < (0.5 if organisation else 0.55):
                portal_user_id += 1
                self._portal_user(
                    portal_user_id,
                    customer_id,
                    surname_key,
                    email,
                    phone,
                    organisation,
                    range(first_account, account_id + 1),
                    owner_prefix,
                )
        self.counts = (customer_id, meter_id, portal_user_id)
        return self.rows

    def _branch_of_previous(
        self, customer_id: int, title: str, inn: str, kpp: str
    ) -> tuple[str, str, str]:
        """Every third organisation or so is a branch of the one drawn before it: the same
        INN and name, a KPP of its own (a registration names the branch by its KPP).

        Drawn from a generator of its own, so the rest of the demo stays as it was.
        """
        own = random.Random(self.seed * 7_919 + customer_id)
        previous = self._organisations[-1] if self._organisations else None
        if previous is not None and own.random() < 0.35:
            _name, inn, kpps = previous
            title = _name
            taken = set(kpps)
            kpp = f"{inn[:4]}{own.choice(('01', '43', '02'))}{own.randint(1, 999):03d}"
            while kpp in taken:
                kpp = f"{inn[:4]}02{own.randint(1, 999):03d}"
            kpps.append(kpp)
        else:
            self._organisations.append((title, inn, [kpp]))
        return title, inn, kpp

    def _household(self, account_id: int, organisation: bool) -> tuple[Any, ...]:
        """Household type, rooms and residents (the norm's inputs) of a person's account,
        drawn from their own generator so the rest of the demo stays as it was."""
        if organisation:
            return (None, None, None)
        own = random.Random(self.seed * 1_000_003 + account_id)
        return (
            own.choices(("gas_stove", "electric_stove"), weights=(70, 30))[0],
            own.choices((1, 2, 3, 4), weights=(30, 40, 22, 8))[0],
            own.choices((1, 2, 3, 4, 5, 6), weights=(25, 33, 20, 14, 5, 3))[0],
        )

    def _account(
        self,
        account_id: int,
        customer_id: int,
        contract: int | None,
        region_id: int,
        settlement: str,
        organisation: bool,
        meter_id: int,
    ) -> None:
        rng = self.rng
        closed = rng.random() < 0.01
        opened_on = self.today - timedelta(days=rng.randint(900, 6000))
        closed_on = (
            date(self.today.year, self.today.month, 1) - timedelta(days=rng.randint(60, 300))
            if closed
            else None
        )
        closed_on = closed_on.replace(day=1) if closed_on else None
        flat = None if organisation or rng.random() < 0.3 else str(rng.randint(1, 180))
        house = str(rng.randint(1, 150)) + (rng.choice(("", "", "", "", "а", "/2", " корп. 1")))
        self.rows.account.append(
            (
                account_id,
                region_id,
                self._next_number(region_id),
                customer_id,
                contract,
                settlement,
                rng.choice(vocab.STREETS),
                house,
                flat,
                "closed" if closed else "open",
                opened_on,
                closed_on,
                *self._household(account_id, organisation),
            )
        )
        point_name = "Нежилое помещение" if organisation else ("Квартира" if flat else "Жилой дом")
        self.rows.metering_point.append((account_id, account_id, point_name))
        zones = rng.choices((1, 2, 3), weights=(15, 25, 60) if organisation else (70, 25, 5))[0]
        digits = 8 if organisation and rng.random() < 0.3 else rng.choice((5, 5, 6))
        model = rng.choice(vocab.METER_MODELS[zones])
        prefix = "NP" if model.startswith("Матрица") else f"{rng.randint(1, 9):02d}"
        serial = f"{prefix}{meter_id:08d}"
        installed_on = self.today - timedelta(days=rng.randint(800, 4000))
        expired = rng.random() < 0.04
        calibration_due = (
            self.today - timedelta(days=rng.randint(10, 400))
            if expired
            else installed_on + timedelta(days=365 * 16)
        )
        self.rows.meter.append(
            (
                meter_id,
                account_id,
                serial,
                model,
                digits,
                zones,
                installed_on,
                closed_on,
                calibration_due,
            )
        )
        style = rng.choices(
            ("normal", "smart", "estimated_tail", "zero_tail", "spike", "rollover"),
            weights=(88, 5, 3, 1.5, 1.5, 1),
        )[0]
        daily = rng.uniform(60, 600) if organisation else rng.uniform(3, 14)
        limit = 10**digits
        start = (
            Decimal(limit - rng.randint(200, 2500))
            if style == "rollover"
            else Decimal(rng.randint(0, limit // 3))
        )
        payer = rng.choices(
            ("good", "overpayer", "late", "debtor", "partial"), weights=(72, 6, 10, 8, 4)
        )[0]
        extra = rng.choices(("", "debt_schedule", "act", "service"), weights=(96.5, 2, 0.5, 1))[0]
        self.rows.profile.append(
            (
                account_id,
                meter_id,
                region_id,
                zones,
                digits,
                round(Decimal(daily), 2),
                start,
                style,
                payer,
                rng.randint(2, 9),
                extra,
                1,
                closed_on,
            )
        )

    def _portal_user(
        self,
        user_id: int,
        customer_id: int,
        login_stem: str,
        email: str | None,
        phone: str | None,
        organisation: bool,
        accounts: range,
        owner: str,
    ) -> None:
        rng = self.rng
        status = rng.choice(_PORTAL_STATUSES)
        if organisation and rng.random() < 0.3:
            status = "awaiting_review"
        login = f"{login_stem[:20]}{user_id:04d}"
        mail = email or f"{login}@{rng.choice(vocab.EMAIL_DOMAINS)}"
        mail = f"u{user_id}.{mail}"
        created = self._moment(900, 2)
        confirmed = None if status == "email_unconfirmed" else created
        self.rows.portal_user.append(
            (
                user_id,
                login,
                mail,
                phone,
                self.password_hash,
                "organisation" if organisation else "person",
                status,
                "Подозрение на компрометацию пароля" if status == "blocked" else None,
                customer_id if status in ("active", "blocked") else None,
                created,
                confirmed,
            )
        )
        if status in ("active", "blocked"):
            for account_id in accounts:
                self.rows.account_link.append((user_id, account_id, created))
        if status == "awaiting_review":
            self._registration_review(user_id, customer_id, organisation, accounts, created)
        if status == "active" and rng.random() < 0.12:
            self._link_requests(user_id, accounts, owner)

    def _registration_review(
        self, user_id: int, customer_id: int, organisation: bool, accounts: range, created: str
    ) -> None:
        review_id = len(self.rows.registration_review) + 1
        account = self.rows.account[accounts.start - 1]
        customer = self.rows.customer[customer_id - 1]
        # The applicant's name and whether a branch's registration leaves the KPP out come
        # from a generator of their own, so the rest of the demo stays as it was.
        own = random.Random(self.seed * 104_729 + review_id)
        if organisation:
            female = own.random() < 0.5
            male_surname, female_surname = own.choice(vocab.SURNAMES)
            first = own.choice(vocab.FEMALE_FIRST_NAMES if female else vocab.MALE_FIRST_NAMES)
            applicant = f"{female_surname if female else male_surname} {first}"
        else:
            applicant = " ".join(part for part in customer[2:5] if part)
        if organisation:
            contracts = [row[2] for row in self.rows.contract if row[1] == customer_id]
            wrong = self.rng.random() < 0.3
            form = customer[5].split(" ", 1)[0]
            branches = sum(1 for row in self.rows.customer if row[6] == customer[6])
            kpp = None if branches > 1 and own.random() < 0.5 else customer[7]
            self.rows.registration_review.append(
                (
                    review_id,
                    user_id,
                    "organisation",
                    form,
                    customer[5].split(" ", 1)[1],
                    customer[6] if not wrong else make_inn(self.rng, InnKind.ORGANISATION),
                    kpp,
                    customer[8],
                    "{" + ",".join(f'"{c}"' for c in contracts) + "}",
                    account[2],
                    account[1],
                    "pending",
                    None,
                    None,
                    None,
                    created,
                    applicant,
                )
            )
        else:
            self.rows.registration_review.append(
                (
                    review_id,
                    user_id,
                    "person",
                    None,
                    None,
                    None,
                    None,
                    None,
                    "{}",
                    account[2],
                    account[1],
                    "pending",
                    None,
                    None,
                    None,
                    created,
                    applicant,
                )
            )

    def _link_requests(self, user_id: int, accounts: range, owner: str) -> None:
        """Requests of an active login to see an account it does not see yet.

        The account is a relative's or a new flat's (another customer's, drawn before
        this one), so approving a request still in the queue links something new. The
        proofs cover every kind: right ones were approved automatically (and linked),
        wrong ones (near misses) wait for a supervisor or were rejected. The choice of
        account draws from its own generator, so the rest of the demo stays as it was.
        """
        rng = self.rng
        chosen: set[int] = set()
        for _ in range(rng.randint(1, 2)):
            request_id = len(self.rows.link_request) + 1
            status = _LINK_STATUSES[request_id % len(_LINK_STATUSES)]
            kind = _PROOF_KINDS[(request_id // len(_LINK_STATUSES)) % len(_PROOF_KINDS)]
            rng.choice(accounts)  # the draw the older demo made here: keeps the data stable
            target = self._request_target(user_id, request_id, accounts, chosen)
            wrong_surname = rng.choice(vocab.SURNAMES)[0] if kind == "surname_prefix" else ""
            if target is None:
                continue
            chosen.add(target)
            account = self.rows.account[target - 1]
            target_owner = self._owner_name(account[3])
            meter_serial = self.rows.meter[account[0] - 1][2]
            good = status not in ("pending", "rejected")
            if kind == "surname_prefix":
                value = (
                    target_owner[:3] if good else self._other_prefix(wrong_surname, target_owner)
                )
            elif kind == "meter_serial":
                value = (
                    meter_serial
                    if good
                    else meter_serial[:-1] + str((int(meter_serial[-1]) + 3) % 10)
                )
            else:
                value = "?"  # replaced by proofs.sql with the real amount or receipt
            created = self._moment(20, 0)
            decided = status in ("approved", "rejected")
            if status in ("approved", "auto_approved"):
                self.rows.account_link.append((user_id, account[0], created))
            check_code = (
                None
                if status in ("auto_approved", "new")
                else {
                    "surname_prefix": "link_proof.surname_differs",
                    "meter_serial": "link_proof.meter_unknown",
                    "last_payment_amount": "link_proof.amount_differs",
                    "receipt_number": "link_proof.receipt_unknown",
                }[kind]
            )
            self.rows.link_request.append(
                (
                    request_id,
                    user_id,
                    account[1],
                    account[2],
                    account[0],
                    kind,
                    value,
                    status,
                    check_code,
                    "demo_supervisor" if decided else None,
                    created if decided else None,
                    "Данные не подтверждены" if status == "rejected" else None,
                    created,
                    created,
                )
            )

    def _request_target(
        self, user_id: int, request_id: int, own: range, chosen: set[int]
    ) -> int | None:
        """An account drawn before ``own`` (another customer's) this login does not see."""
        if own.start <= 1:
            return None
        pick = random.Random(f"{self.seed}:link:{user_id}:{request_id}")
        for _ in range(20):
            target = pick.randint(1, own.start - 1)
            if target not in chosen:
                return target
        return None

    def _owner_name(self, customer_id: int) -> str:
        """The surname of a person, the name of an organisation."""
        customer = self.rows.customer[customer_id - 1]
        return str(customer[2] if customer[1] == "person" else customer[5])

    @staticmethod
    def _other_prefix(surname: str, owner: str) -> str:
        """Three letters of ``surname`` that are not the owner's first three."""
        if surname[:3].casefold() != owner[:3].casefold():
            return surname[:3]
        return "Щъу" if owner[:3].casefold() != "щъу" else "Ыйх"


def _copy(
    cursor: psycopg.Cursor[Any], table: str, columns: str, rows: Iterable[Sequence[Any]]
) -> None:
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def seed_demo(
    connection: Connection,
    *,
    accounts: int,
    seed: int = 1,
    today: date,
    progress: Progress | None = None,
) -> SeedReport:
    """Load demo data for ``accounts`` accounts into the (empty) billing schema.

    Runs in the caller's transaction on a connection that owns the tables (the
    migration role): audit triggers are switched off for the load, which is the
    database's initial state rather than anybody's change, and switched back on.
    """
    report = progress or (lambda stage, fraction: None)
    started = time.perf_counter()
    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    cursor = raw.cursor()
    cursor.execute("SET LOCAL search_path TO billing, public")
    _enlarge_temp_buffers(cursor)
    audited, restore = _prepare(cursor)
    drawer = _Drawer(accounts, seed, today)
    rows = _load_core(cursor, drawer, report)
    _create_profile(cursor, rows, temporary=True)
    _history(cursor, today, seed, lambda fraction: report(_FORMING, 0.4 + 0.45 * fraction))
    _appeals(cursor, today)
    _finish(cursor, restore, audited, report)
    _pin_business_date(cursor, today)
    return _summary(cursor, drawer, accounts, started, report)


def seed_demo_in_parallel(
    conninfo: str,
    *,
    accounts: int,
    seed: int = 1,
    today: date,
    workers: int = 2,
    progress: Progress | None = None,
) -> SeedReport:
    """Like :func:`seed_demo`, with the 24-month history expanded by ``workers``
    connections at once, each for its own slice of the accounts (for large loads).

    Not one transaction: the core rows are committed before the history is formed.
    If a worker fails, the database holds a partial load and must be recreated; the
    indexes and audit triggers are put back in any case.
    """
    report = progress or (lambda stage, fraction: None)
    started = time.perf_counter()
    drawer = _Drawer(accounts, seed, today)
    with psycopg.connect(conninfo) as main:
        cursor = main.cursor()
        cursor.execute("SET search_path TO billing, public")
        audited, restore = _prepare(cursor)
        rows = _load_core(cursor, drawer, report)
        _create_profile(cursor, rows, temporary=False)
        main.commit()
    done = [0.0] * workers
    lock = threading.Lock()

    def expand(slice_number: int) -> None:
        def slice_progress(fraction: float) -> None:
            with lock:
                done[slice_number] = fraction
                report(_FORMING, 0.4 + 0.45 * sum(done) / workers)

        with psycopg.connect(conninfo) as connection:
            cursor = connection.cursor()
            cursor.execute("SET search_path TO billing, public")
            _enlarge_temp_buffers(cursor)
            _replica_if_superuser(cursor)
            cursor.execute(
                "CREATE TEMP TABLE demo_profile ON COMMIT DROP AS SELECT * FROM"
                f" billing.demo_profile_all WHERE account_id % {workers} = {slice_number}"
            )
            cursor.execute(
                "CREATE TEMP TABLE demo_zone_share ON COMMIT DROP AS"
                " SELECT * FROM billing.demo_zone_share_all"
            )
            cursor.execute("ANALYZE demo_profile")
            _history(cursor, today, seed, slice_progress)
            connection.commit()

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(expand, number) for number in range(workers)]:
                future.result()
    finally:
        with psycopg.connect(conninfo) as last:
            cursor = last.cursor()
            cursor.execute("SET search_path TO billing, public")
            _replica_if_superuser(cursor)
            _appeals(cursor, today)
            _finish(cursor, restore, audited, report)
            _pin_business_date(cursor, today)
            cursor.execute("DROP TABLE billing.demo_profile_all, billing.demo_zone_share_all")
            last.commit()
    with psycopg.connect(conninfo) as counter:
        return _summary(counter.cursor(), drawer, accounts, started, report)


_FORMING = "Forming readings, bills and payments"


def _prepare(cursor: psycopg.Cursor[Any]) -> tuple[list[str], list[str]]:
    """Refuse a non-empty database; switch triggers and secondary indexes off for the load."""
    if cursor.execute("SELECT EXISTS (SELECT FROM account)").fetchone() == (True,):
        raise ValueError("the database already has accounts; demo data goes into an empty one")
    audited = _audited_tables(cursor)
    for table in audited:
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER audit")
    _replica_if_superuser(cursor)
    return audited, _drop_bulk_indexes(cursor)


def _replica_if_superuser(cursor: psycopg.Cursor[Any]) -> None:
    if _is_superuser(cursor):
        # Generated rows are consistent by construction: skip per-row FK triggers.
        cursor.execute("SET LOCAL session_replication_role = replica")


def _load_core(cursor: psycopg.Cursor[Any], drawer: _Drawer, report: Progress) -> _Rows:
    """Draw the core rows in Python and COPY them in."""
    report("Drawing customers and accounts", 0.02)
    rows = drawer.draw()
    report("Loading regions and tariffs", 0.1)
    _copy(
        cursor,
        "region",
        "id, code, name, settlement",
        ((i + 1, code, name, town) for i, (code, name, town) in enumerate(vocab.REGIONS)),
    )
    _copy(
        cursor,
        "tariff",
        "region_id, zones, zone, rate, valid_from, valid_to",
        _tariffs(drawer.today, drawer.seed),
    )
    _load_settings(cursor, drawer.today)
    for position, table in enumerate(_CORE_TABLES):
        report(f"Loading {table}", 0.1 + 0.3 * position / len(_CORE_TABLES))
        _copy(cursor, table, _COLUMNS[table], getattr(rows, table))
    return rows


def _load_settings(cursor: psycopg.Cursor[Any], today: date) -> None:
    """The training database's supplier details, tariff acts, window and calendar."""
    region_ids = {code: index + 1 for index, (code, _, _) in enumerate(vocab.REGIONS)}
    _copy(
        cursor,
        "supplier_details",
        "region_id, name, inn, kpp, address, phone, email, website, bank_name, bic,"
        " settlement_account, correspondent_account, vat_rate",
        demo_settings.supplier_rows(region_ids),
    )
    starts = {row[4] for row in _tariffs(today, 0)}
    _copy(
        cursor,
        "tariff_act",
        "region_id, valid_from, title",
        demo_settings.tariff_act_rows(region_ids, starts),
    )
    _copy(
        cursor,
        "billing_settings",
        "region_id, window_first_day, window_last_day",
        demo_settings.window_rows(),
    )
    _copy(cursor, "calendar_day", "day, kind, note", demo_settings.calendar_rows())
    _copy(
        cursor,
        "consumption_norm",
        "region_id, household_type, rooms, residents, kwh_per_resident",
        demo_settings.norm_rows(region_ids),
    )


_CORE_TABLES = (
    "customer",
    "contract",
    "account",
    "metering_point",
    "meter",
    "portal_user",
    "account_link",
    "link_request",
    "registration_review",
)

_PROFILE_COLUMNS = (
    "account_id bigint, meter_id bigint, region_id int, zones int, digits int, daily numeric,"
    " start_value numeric, style text, payer text, debt_months int, extra text,"
    " meter_rank int, closed_on date"
)


def _create_profile(cursor: psycopg.Cursor[Any], rows: _Rows, *, temporary: bool) -> None:
    """Each account's drawn profile, which history.sql expands (temporary, or shared by
    the parallel workers as unlogged tables)."""
    if temporary:
        profile, shares = "demo_profile", "demo_zone_share"
        kind, tail = "TEMP", " ON COMMIT DROP"
    else:
        profile, shares = "billing.demo_profile_all", "billing.demo_zone_share_all"
        kind, tail = "UNLOGGED", ""
    cursor.execute(f"CREATE {kind} TABLE {profile} ({_PROFILE_COLUMNS}){tail}")
    names = ", ".join(column.split()[0] for column in _PROFILE_COLUMNS.split(", "))
    _copy(cursor, profile, names, rows.profile)
    cursor.execute(f"CREATE {kind} TABLE {shares} (zones int, zone text, share numeric){tail}")
    _copy(cursor, shares, "zones, zone, share", _ZONE_SHARES)
    cursor.execute(f"ANALYZE {profile}")


def _sql(name: str, today: date, seed: int) -> list[str]:
    script = resources.files("models.demo").joinpath(name).read_text(encoding="utf-8")
    script = script.replace(":today", f"'{today.isoformat()}'").replace(":seed", str(int(seed)))
    return [s.strip() for s in _split_sql(script) if s.strip()]


def _history(
    cursor: psycopg.Cursor[Any], today: date, seed: int, progress: Callable[[float], None]
) -> None:
    """Expand the profiles in ``demo_profile`` into readings, bills and payments."""
    statements = _sql("history.sql", today, seed)
    for position, statement in enumerate(statements):
        progress(position / len(statements))
        cursor.execute(statement.encode())
    progress(1.0)


def _appeals(cursor: psycopg.Cursor[Any], today: date) -> None:
    """Portal appeals of every kind from the last two weeks (some already overdue)."""
    for statement in _sql("appeals.sql", today, 0):
        cursor.execute(statement.encode())


def _pin_business_date(cursor: psycopg.Cursor[Any], today: date) -> None:
    """Freeze the demo database's business date at the day its history ends.

    A training database then tells the same story on any later day: its bills are not
    overdue tomorrow, and a payment taken in it is dated within its history.
    """
    cursor.execute("UPDATE billing.business_clock SET pinned_on = %s", (today,))


def _finish(
    cursor: psycopg.Cursor[Any], restore: list[str], audited: list[str], report: Progress
) -> None:
    """Indexes back, real proofs on link requests, sequences back, account totals summed,
    triggers on, statistics."""
    report("Building indexes", 0.87)
    for definition in restore:
        cursor.execute(definition.encode())
    # After the indexes: each proof reads its account's latest bill (a scan of the whole
    # bill table per proof without them; hours at 1,000,000 accounts).
    for statement in _sql("proofs.sql", date.min, 0):
        cursor.execute(statement.encode())
    for table in (
        "customer",
        "contract",
        "account",
        "metering_point",
        "meter",
        "portal_user",
        "link_request",
        "registration_review",
        "tariff",
    ):
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('billing.{table}', 'id'),"
            f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
        )
    if _is_superuser(cursor):  # only a superuser switched it to replica (and may set it)
        # In replica mode the triggers keeping the account totals did not fire either.
        cursor.execute("SELECT billing.rebuild_account_totals()")
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
    for table in audited:
        cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER audit")
    report("Analysing", 0.95)
    cursor.execute("ANALYZE")


def _summary(
    cursor: psycopg.Cursor[Any],
    drawer: _Drawer,
    accounts: int,
    started: float,
    report: Progress,
) -> SeedReport:
    def count(table: str) -> int:
        row = cursor.execute(f"SELECT count(*) FROM billing.{table}").fetchone()
        return int(row[0]) if row else 0

    customers, meters, portal_users = drawer.counts
    result = SeedReport(
        accounts=accounts,
        customers=customers,
        meters=meters,
        portal_users=portal_users,
        readings=count("reading"),
        bills=count("bill"),
        payments=count("payment"),
        seconds=time.perf_counter() - started,
    )
    report("Done", 1.0)
    return result


def _tariffs(today: date, seed: int) -> Iterable[tuple[Any, ...]]:
    """Zone tariffs per region, changing every 1 July, covering the last three years."""
    rng = random.Random(seed * 7919)
    multipliers = {
        1: {"T1": Decimal("1")},
        2: {"T1": Decimal("1.15"), "T2": Decimal("0.55")},
        3: {"T1": Decimal("1.30"), "T2": Decimal("0.55"), "T3": Decimal("1.00")},
    }
    first_year = today.year - 3
    for region_id in range(1, len(vocab.REGIONS) + 1):
        base = Decimal(rng.randint(450, 650)) / 100
        for year in range(first_year, today.year + 1):
            valid_from = date(year, 7, 1)
            valid_to = date(year + 1, 7, 1) if year < today.year else None
            for zones, per_zone in multipliers.items():
                for zone, factor in per_zone.items():
                    yield (
                        region_id,
                        zones,
                        zone,
                        (base * factor).quantize(Decimal("0.0001")),
                        valid_from,
                        valid_to,
                    )
            base = base * Decimal("1.09")


def _enlarge_temp_buffers(cursor: psycopg.Cursor[Any]) -> None:
    """Keep the large temporary tables in memory (only possible before a session's first
    temporary table, hence the savepoint)."""
    cursor.execute("SAVEPOINT temp_buffers")
    try:
        cursor.execute("SET LOCAL temp_buffers = '2GB'")
    except psycopg.errors.InvalidParameterValue:
        cursor.execute("ROLLBACK TO SAVEPOINT temp_buffers")
    cursor.execute("RELEASE SAVEPOINT temp_buffers")


def _audited_tables(cursor: psycopg.Cursor[Any]) -> list[str]:
    """Every billing table that carries the audit trigger (whatever migrations added)."""
    cursor.execute(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'billing' AND t.tgname = 'audit' ORDER BY c.relname"
    )
    return [name for (name,) in cursor.fetchall()]


def _is_superuser(cursor: psycopg.Cursor[Any]) -> bool:
    row = cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    return bool(row and row[0])


def _drop_bulk_indexes(cursor: psycopg.Cursor[Any]) -> list[str]:
    """Drop secondary indexes and unique constraints of the history tables.

    Building them once after the load is several times faster than maintaining them
    row by row. Returns the statements that put them back.
    """
    cursor.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i"
        " WHERE i.schemaname = 'billing' AND i.tablename = ANY(%s)"
        " AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conname = i.indexname)",
        (list(_BULK_TABLES),),
    )
    indexes = cursor.fetchall()
    cursor.execute(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
        " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
        " JOIN pg_namespace n ON n.oid = t.relnamespace"
        " WHERE n.nspname = 'billing' AND t.relname = ANY(%s) AND c.contype = 'u'",
        (list(_BULK_TABLES),),
    )
    constraints = cursor.fetchall()
    for name, _definition in indexes:
        cursor.execute(f"DROP INDEX billing.{name}")
    for table, name, _definition in constraints:
        cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    restore = [definition for _name, definition in indexes]
    restore += [
        f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}"
        for table, name, definition in constraints
    ]
    return restore


def _split_sql(script: str) -> list[str]:
    """Split a script on semicolons that end a statement (not inside $$ bodies)."""
    statements: list[str] = []
    current: list[str] = []
    in_body = False
    for line in script.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") and not in_body:
            continue
        current.append(line)
        if line.count("$$") % 2 == 1:
            in_body = not in_body
        if not in_body and stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
