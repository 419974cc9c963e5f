"""Lookup speed: p50/p95 of the model-layer search per key kind, against raw psycopg.

For each kind of key, random keys are drawn from the demo data and written the way a
caller says them; each is searched (first page) through the model layer
(:func:`console.services.lookup.interpret` + :func:`~console.services.lookup.fetch_page`:
reading the key, every likely reading's query, debt badges) and through raw psycopg
running the same SQL statements and the balance query, in the same run. Then the time
from Enter to the first page in the Qt results model (worker + model reset) is taken.

Run against a database with demo data::

    python -m bench.bench_lookup --url postgresql://postgres@127.0.0.1:5432/bench_lookup

or let it create and fill one (on a server you may create databases on; never the
test server)::

    python -m bench.bench_lookup --server postgresql://postgres@127.0.0.1:5432/postgres \\
        --accounts 1000000

Targets (issue 4): exact keys p95 <= 20 ms, surname and address prefixes <= 50 ms,
first page on screen within 150 ms of Enter.
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

from console.services.lookup import LookupQuery, interpret
from models import clock
from models.database import make_engine, make_session_factory
from models.domain.search_keys import KeyKind
from models.queries import lookup as queries
from models.queries.balance import _TOTALS

TODAY = date(2026, 11, 23)
PREFIX_KINDS = frozenset({"surname", "address"})
TARGET_EXACT_MS = 20.0
TARGET_PREFIX_MS = 50.0
TARGET_FIRST_PAGE_MS = 150.0

Sampler = Callable[[Any, random.Random, int], list[str]]


def _rows(raw: psycopg.Connection[Any], sql: str, count: int) -> list[tuple[Any, ...]]:
    # TABLESAMPLE keeps sampling cheap at a million rows; fall back when it finds few.
    rows = raw.execute(sql.format(limit=count)).fetchall()
    return list(rows)


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
        "SELECT receipt_number FROM bill TABLESAMPLE SYSTEM (1) LIMIT {limit}",
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


def _raw_search(raw: psycopg.Connection[Any], query: LookupQuery, limit: int) -> int:
    """The same first page through psycopg: each reading's SQL, then the balances."""
    found = 0
    balance_sql = _psycopg_sql(str(_TOTALS).replace("IN (__[POSTCOMPILE_ids])", "= ANY(:ids)"))
    for guess in query.guesses:
        sql, params = queries._statement(guess)
        params |= {"region": None, "limit": limit - found + 1, "offset": 0}
        cursor = raw.execute(_psycopg_sql(sql), params)
        rows = cursor.fetchall()
        column = [d.name for d in cursor.description or ()].index("account_id")
        ids = [row[column] for row in rows]
        if ids:
            raw.execute(balance_sql, {"ids": ids, "as_of": TODAY}).fetchall()
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
            seed_demo(connection, accounts=accounts, seed=1, today=TODAY)
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


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--url", help="a database with demo data")
    parser.add_argument("--server", help="superuser URL of a server to create the database on")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200, help="keys per kind")
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
    print(f"database: {make_url(url).database}, {accounts:,} accounts".replace(",", " "))
    print(f"{'kind':<16}{'model p50':>10}{'p95':>8}{'raw p50':>10}{'p95':>8}{'target':>8}  hits")
    enter_keys: list[str] = []
    failures = 0
    with sessions() as session:
        for kind, (sql, spoken) in SAMPLES.items():
            keys = [spoken(row, rng) for row in _rows(raw, sql, args.samples)]
            enter_keys += keys[:20]
            model_ms: list[float] = []
            raw_ms: list[float] = []
            hits = 0
            for position, key in enumerate(keys):
                if not isinstance(interpret(key), LookupQuery):
                    continue
                # Alternate which side runs first: the second one finds the pages cached.
                for side in ("model", "raw") if position % 2 else ("raw", "model"):
                    started = time.perf_counter()
                    query = interpret(key)
                    assert isinstance(query, LookupQuery)
                    if side == "model":
                        page = queries.search_page(session, query.guesses, as_of=TODAY)
                        session.rollback()
                        hits += bool(page.rows)
                        model_ms.append((time.perf_counter() - started) * 1000)
                    else:
                        _raw_search(raw, query, queries.PAGE_SIZE)
                        raw_ms.append((time.perf_counter() - started) * 1000)
            m50, m95 = _percentiles(model_ms)
            r50, r95 = _percentiles(raw_ms)
            target = TARGET_PREFIX_MS if kind in PREFIX_KINDS else TARGET_EXACT_MS
            failures += m95 > target
            flag = "" if m95 <= target else "  ABOVE TARGET"
            print(
                f"{kind:<16}{m50:>10.1f}{m95:>8.1f}{r50:>10.1f}{r95:>8.1f}{target:>8.0f}"
                f"  {hits}/{len(keys)}{flag}",
                flush=True,
            )
    raw.close()
    engine.dispose()
    times = _first_page_times(model_url, enter_keys)
    if times:
        p50, p95 = _percentiles(times)
        print(
            f"Enter → first page in the Qt model: p50 {p50:.1f} ms, p95 {p95:.1f} ms"
            f" (target {TARGET_FIRST_PAGE_MS:.0f}), {len(times)} searches"
        )
    print("all kinds within target" if not failures else f"{failures} kind(s) above target")


if __name__ == "__main__":
    del KeyKind
    main()
