"""Lookup speed: p50/p95 of the model-layer search per key kind, against raw psycopg.

For each kind of key, random keys are drawn from the demo data (seeded: ``--seed``) and
written the way a caller says them; each is searched (first page) three ways, in
rotating order, in the same run:

* "model": the console's path, :func:`console.services.lookup.interpret` +
  :func:`~models.queries.lookup.search_page` on a read-only autocommit reader session
  (:func:`models.database.read_only`: no pre-ping, no BEGIN/ROLLBACK);
* "session": the same search on an ordinary console session (pre-ping ``SELECT 1`` on
  checkout, BEGIN … ROLLBACK), the path lookups took before;
* "raw": raw psycopg on an autocommit connection running the same SQL statements and
  the balance query.

Then the time from Enter to the first page in the Qt results model (worker + model
reset) is taken for fresh keys (drawn apart from those searched above, so their rows
are not warm from the per-kind loop), and two same-run comparisons are printed: the
debt badges of a 50-row page read from the stored account totals (migration 0251)
against the history summed in one grouped pass and by three correlated subqueries per
row, and a deep prefix page by keyset against OFFSET. The badges are balances on the
database's business date (``billing.today()``, the demo history's last day).

Run against a database with demo data::

    python -m bench.bench_lookup --url postgresql://postgres@127.0.0.1:5432/bench_lookup

or let it create and fill one (on a server you may create databases on; never the
test server)::

    python -m bench.bench_lookup --server postgresql://postgres@127.0.0.1:5432/postgres \\
        --accounts 1000000

Targets (issues 4 and 14): exact keys p95 <= 20 ms and <= 2x raw psycopg (p50 and p95),
surname and address prefixes p95 <= 50 ms, first page on screen within 150 ms of Enter.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import psycopg
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from console.services.lookup import LookupQuery, interpret
from models import clock
from models.database import make_engine, make_session_factory, read_only
from models.domain.search_keys import KeyKind
from models.queries import lookup as queries
from models.queries.balance import _STORED, _TOTALS

PREFIX_KINDS = frozenset({"surname", "address"})
TARGET_EXACT_MS = 20.0
TARGET_PREFIX_MS = 50.0
TARGET_FIRST_PAGE_MS = 150.0
TARGET_EXACT_RATIO = 2.0

Sampler = Callable[[Any, random.Random, int], list[str]]


def _rows(
    raw: psycopg.Connection[Any], sql: str, count: int, rng: random.Random
) -> list[tuple[Any, ...]]:
    """``count`` rows drawn at random, reproducibly (``setseed`` from the bench's seed)."""
    raw.execute("SELECT setseed(%s)", (rng.uniform(-1, 1),))
    return list(raw.execute(sql.format(limit=count)).fetchall())


def _random_receipts(
    raw: psycopg.Connection[Any], count: int, rng: random.Random
) -> list[tuple[Any, ...]]:
    """Receipt numbers of bills picked uniformly by id over the whole table (not the
    first rows of a few sampled pages, which come from a handful of accounts)."""
    low, high = raw.execute("SELECT min(id), max(id) FROM bill").fetchone()  # type: ignore[misc]
    rows: list[tuple[Any, ...]] = []
    while len(rows) < count:
        row = raw.execute(
            "SELECT receipt_number FROM bill WHERE id >= %s ORDER BY id LIMIT 1",
            (rng.randint(low, high),),
        ).fetchone()
        if row is not None:
            rows.append(tuple(row))
    return rows


def _phone_spoken(phone: str, rng: random.Random) -> str:
    d = phone[2:]
    return rng.choice((f"8 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"+7 {d[:3]} {d[3:]}", f"8{d}", d))


SAMPLES: dict[str, tuple[str, Callable[[tuple[Any, ...], random.Random], str]]] = {
    "account_number": (
        "SELECT number FROM account ORDER BY random() LIMIT {limit}",
        lambda r, rng: r[0],
    ),
    "phone": (
        "SELECT phone FROM customer WHERE phone IS NOT NULL ORDER BY random() LIMIT {limit}",
        lambda r, rng: _phone_spoken(r[0], rng),
    ),
    "email": (
        "SELECT email FROM portal_user ORDER BY random() LIMIT {limit}",
        lambda r, rng: r[0].upper() if rng.random() < 0.3 else r[0],
    ),
    "login": (
        "SELECT login FROM portal_user WHERE customer_id IS NOT NULL"
        " ORDER BY random() LIMIT {limit}",
        lambda r, rng: r[0],
    ),
    "surname": (
        "SELECT last_name, first_name, middle_name FROM customer WHERE kind = 'person'"
        " ORDER BY random() LIMIT {limit}",
        lambda r, rng: rng.choice((r[0], f"{r[0]} {r[1][0]}.{r[2][0]}.", r[0][:4])),
    ),
    "address": (
        "SELECT street, house, flat FROM account WHERE house ~ '^[0-9]+$'"
        " ORDER BY random() LIMIT {limit}",
        lambda r, rng: rng.choice(
            (
                f"{r[0]}, д. {r[1]}" + (f", кв. {r[2]}" if r[2] else ""),
                f"{r[0].split(' ', 1)[1]} {r[1]}",
                r[0].split(" ", 1)[1],
            )
        ),
    ),
    "meter_serial": (
        "SELECT serial_number FROM meter ORDER BY random() LIMIT {limit}",
        lambda r, rng: rng.choice((r[0], r[0].lstrip("0"), f"{r[0][:2]}-{r[0][2:]}")),
    ),
    "receipt_number": (
        "",  # drawn by _random_receipts
        lambda r, rng: rng.choice((r[0], "р" + r[0][1:], r[0][1:])),
    ),
    "inn": (
        "SELECT inn FROM customer WHERE inn IS NOT NULL ORDER BY random() LIMIT {limit}",
        lambda r, rng: r[0],
    ),
}


def _percentiles(values: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def _psycopg_sql(sql: str) -> str:
    """SQLAlchemy's ``:name`` placeholders as psycopg's ``%(name)s``."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


_BALANCE_SQL = _psycopg_sql(str(_STORED))
"""The debt badges as the console reads them: the stored totals (migration 0251)."""
_HISTORY_BALANCE_SQL = _psycopg_sql(str(_TOTALS))
"""The debt badges summed from the history in one grouped pass (before 0251)."""

_OLD_BALANCE_SQL = _psycopg_sql("""
    SELECT a.id,
           coalesce((SELECT sum(b.amount) FROM bill b
                     WHERE b.account_id = a.id AND b.formed_on <= :as_of), 0) AS charged,
           coalesce((SELECT sum(l.amount) FROM bill b JOIN bill_line l ON l.bill_id = b.id
                     WHERE b.account_id = a.id AND b.formed_on <= :as_of
                       AND l.kind = 'penalty'), 0) AS penalty_charged,
           coalesce((SELECT sum(p.amount) FROM payment p
                     WHERE p.account_id = a.id AND p.paid_on <= :as_of), 0) AS paid
    FROM account a
    WHERE a.id = ANY(:ids)
""")
"""The debt-badge query before it became set-based (three correlated subqueries a row)."""


def _raw_search(raw: psycopg.Connection[Any], query: LookupQuery, limit: int, as_of: date) -> int:
    """The same first page through psycopg: each reading's SQL, then the balances."""
    found = 0
    balance_sql = _BALANCE_SQL
    for guess in query.guesses:
        sql, params = queries._statement(guess)
        params |= {"region": None, "limit": limit - found + 1}
        cursor = raw.execute(_psycopg_sql(sql), params)
        rows = cursor.fetchall()
        column = [d.name for d in cursor.description or ()].index("account_id")
        ids = [row[column] for row in rows]
        if ids:
            raw.execute(balance_sql, {"ids": ids, "as_of": as_of}).fetchall()
        found += len(rows)
        if found >= limit:
            break
    return found


def _ensure_database(server: str, accounts: int) -> str:
    from console.database import migrations
    from models.demo import seed_demo

    name = f"bench_lookup_{accounts}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).first()
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(server).set(database=name)
    migrations.upgrade(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        has_data = connection.execute(text("SELECT EXISTS (SELECT FROM billing.account)")).scalar()
        if not has_data:
            started = time.perf_counter()
            print(f"seeding {accounts} accounts…", flush=True)
            seed_demo(connection, accounts=accounts, seed=1, today=clock.today())
            print(f"seeded in {time.perf_counter() - started:.0f} s", flush=True)
    engine.dispose()
    return url.render_as_string(hide_password=False)


def _first_page_times(url: str, keys: Sequence[str]) -> list[float]:
    """Milliseconds from Enter to the first page in the Qt model (worker + reset)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from console.lookup.results_model import LookupResultsModel
    from console.tasks import TaskRunner
    from widgets.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    engine = make_engine(url)
    with engine.connect() as connection:  # as the console does at login
        clock.use(clock.read_business_clock(connection))
    runner = TaskRunner(make_session_factory(engine))
    model = LookupResultsModel(runner)
    view = QtWidgets.QTableView()
    view.setModel(model)
    times: list[float] = []
    loop = QtCore.QEventLoop()

    def shown(rows: int, milliseconds: float) -> None:
        times.append(milliseconds)
        loop.quit()

    model.first_page_shown.connect(shown)
    model.failed.connect(loop.quit)
    for key in keys:
        query = interpret(key)
        if not isinstance(query, LookupQuery):
            continue
        model.start(query)
        QtCore.QTimer.singleShot(5_000, loop.quit)
        loop.exec()
    runner.wait_for_done()
    engine.dispose()
    del app
    return times


def _first_page(query: LookupQuery, as_of: date) -> Callable[[Session], queries.LookupPage]:
    """The first page of ``query`` as work for :func:`models.database.read_only`."""

    def work(reader: Session) -> queries.LookupPage:
        return queries.search_page(reader, query.guesses, as_of=as_of)

    return work


def _ratio(model: float, raw: float) -> float:
    return model / raw if raw > 0 else float("inf")


def _badges_and_deep_pages(
    raw: psycopg.Connection[Any], rng: random.Random, rounds: int, as_of: date
) -> None:
    """Same-run comparisons: the stored totals' badges against the history summed in
    one grouped pass and by the correlated query, keyset against OFFSET for a deep page
    (the 10th of 50 rows) of an address prefix."""
    low, high = raw.execute("SELECT min(id), max(id) FROM account").fetchone()  # type: ignore[misc]
    sides = {
        "correlated": _OLD_BALANCE_SQL,
        "grouped": _HISTORY_BALANCE_SQL,
        "stored": _BALANCE_SQL,
    }
    times: dict[str, list[float]] = {side: [] for side in sides}
    order = list(sides)
    for position in range(rounds):
        ids = sorted({rng.randint(low, high) for _ in range(queries.PAGE_SIZE)})
        params = {"ids": ids, "as_of": as_of}
        shift = position % len(order)
        for side in order[shift:] + order[:shift]:
            started = time.perf_counter()
            raw.execute(sides[side], params).fetchall()
            times[side].append((time.perf_counter() - started) * 1000)
    figures = ", ".join(
        "{} {:.2f} / {:.2f}".format(side, *_percentiles(ms)) for side, ms in times.items()
    )
    print(
        f"debt badges of a {queries.PAGE_SIZE}-row page, {rounds} random pages, p50 / p95 ms:"
        f" {figures}"
    )
    streets = [
        r[0]
        for r in raw.execute(
            "SELECT split_part(street, ' ', 2) FROM account GROUP BY 1 ORDER BY 1"
        ).fetchall()
    ]
    offset_ms: list[float] = []
    keyset_ms: list[float] = []
    depth = 9 * queries.PAGE_SIZE
    for position in range(rounds):
        query = interpret(rng.choice(streets), KeyKind.ADDRESS)
        if not isinstance(query, LookupQuery):
            continue
        guess = query.guesses[0]
        sql, params = queries._statement(guess)
        params |= {"region": None, "limit": depth}
        rows = raw.execute(_psycopg_sql(sql), params).fetchall()
        if len(rows) < depth:
            continue
        names = [d.name for d in raw.execute(_psycopg_sql(sql), params).description or ()]
        last = rows[-1]
        after = tuple(last[i] for i, name in enumerate(names) if name.startswith("sort_"))
        keyset_sql, keyset_params = queries._statement(guess, after=after)
        keyset_params |= {"region": None, "limit": queries.PAGE_SIZE}
        offset_sql = _psycopg_sql(sql) + f" OFFSET {depth}"
        offset_params = params | {"limit": queries.PAGE_SIZE}
        for side in ("offset", "keyset") if position % 2 else ("keyset", "offset"):
            started = time.perf_counter()
            if side == "offset":
                raw.execute(offset_sql, offset_params).fetchall()
                offset_ms.append((time.perf_counter() - started) * 1000)
            else:
                raw.execute(_psycopg_sql(keyset_sql), keyset_params).fetchall()
                keyset_ms.append((time.perf_counter() - started) * 1000)
    if keyset_ms:
        f50, f95 = _percentiles(offset_ms)
        k50, k95 = _percentiles(keyset_ms)
        print(
            f"10th page of an address prefix, {len(keyset_ms)} streets, p50 / p95 ms:"
            f" OFFSET {f50:.2f} / {f95:.2f}, keyset {k50:.2f} / {k95:.2f}"
        )


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--url", help="a database with demo data")
    parser.add_argument("--server", help="superuser URL of a server to create the database on")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200, help="keys per kind")
    parser.add_argument("--fresh", type=int, default=20, help="fresh first-page keys per kind")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--operator",
        metavar="LOGIN:PASSWORD",
        help="run the model-layer searches and the Qt model as this operator (as the console"
        " does: contacts through billing.find_by_contact, the operator guard); the raw side"
        " and the sampling stay with --url's user",
    )
    args = parser.parse_args()
    url = args.url or _ensure_database(args.server, args.accounts)
    rng = random.Random(args.seed)
    model_url = url
    if args.operator:
        login, _, password = args.operator.partition(":")
        model_url = (
            make_url(url)
            .set(username=login, password=password)
            .render_as_string(hide_password=False)
        )
    engine = make_engine(model_url)
    sessions = make_session_factory(engine)
    raw_url = make_url(url).set(drivername="postgresql")
    raw = psycopg.connect(
        raw_url.render_as_string(hide_password=False),
        autocommit=True,
        options="-c search_path=billing,public",
    )
    accounts = raw.execute("SELECT count(*) FROM account").fetchone()[0]  # type: ignore[index]
    # The console's day (the demo history's last day): the badges are balances on it.
    as_of: date = raw.execute("SELECT billing.today()").fetchone()[0]  # type: ignore[index]
    print(f"database: {make_url(url).database}, {accounts:,} accounts".replace(",", " "))
    print(
        f"{'kind':<16}{'model p50':>10}{'p95':>8}{'session p50':>12}{'p95':>8}"
        f"{'raw p50':>9}{'p95':>8}{'model/raw':>12}{'target':>8}  hits"
    )
    enter_keys: list[str] = []
    failures = 0
    sides = ("model", "session", "raw")
    with sessions() as session:
        for kind, (sql, spoken) in SAMPLES.items():
            wanted = args.samples + args.fresh
            drawn = (
                _random_receipts(raw, wanted, rng)
                if kind == "receipt_number"
                else _rows(raw, sql, wanted, rng)
            )
            keys = [spoken(row, rng) for row in drawn]
            keys, fresh = keys[: args.samples], keys[args.samples :]
            enter_keys += fresh
            times: dict[str, list[float]] = {side: [] for side in sides}
            hits = 0
            for position, key in enumerate(keys):
                if not isinstance(interpret(key), LookupQuery):
                    continue
                # Rotate which side runs first: the later ones find the pages cached.
                shift = position % len(sides)
                for side in sides[shift:] + sides[:shift]:
                    started = time.perf_counter()
                    query = interpret(key)
                    assert isinstance(query, LookupQuery)
                    if side == "model":
                        page = read_only(session, _first_page(query, as_of))
                        hits += bool(page.rows)
                    elif side == "session":
                        queries.search_page(session, query.guesses, as_of=as_of)
                        session.rollback()
                    else:
                        _raw_search(raw, query, queries.PAGE_SIZE, as_of)
                    times[side].append((time.perf_counter() - started) * 1000)
            m50, m95 = _percentiles(times["model"])
            s50, s95 = _percentiles(times["session"])
            r50, r95 = _percentiles(times["raw"])
            prefix = kind in PREFIX_KINDS
            target = TARGET_PREFIX_MS if prefix else TARGET_EXACT_MS
            ratio = max(_ratio(m50, r50), _ratio(m95, r95))
            above = m95 > target or (not prefix and ratio > TARGET_EXACT_RATIO)
            failures += above
            flag = "  ABOVE TARGET" if above else ""
            ratios = f"{_ratio(m50, r50):.1f}/{_ratio(m95, r95):.1f}x"
            print(
                f"{kind:<16}{m50:>10.1f}{m95:>8.1f}{s50:>12.1f}{s95:>8.1f}{r50:>9.1f}{r95:>8.1f}"
                f"{ratios:>12}{target:>8.0f}  {hits}/{len(keys)}{flag}",
                flush=True,
            )
    _badges_and_deep_pages(raw, rng, rounds=100, as_of=as_of)
    raw.close()
    engine.dispose()
    first = _first_page_times(model_url, enter_keys)
    if first:
        p50, p95 = _percentiles(first)
        print(
            f"Enter → first page in the Qt model, fresh keys: p50 {p50:.1f} ms, p95 {p95:.1f} ms"
            f" (target {TARGET_FIRST_PAGE_MS:.0f}), {len(first)} searches"
        )
    print("all kinds within target" if not failures else f"{failures} kind(s) above target")


if __name__ == "__main__":
    main()
