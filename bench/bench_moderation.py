"""Decisions per second with 16 concurrent supervisors, against a raw-UPDATE baseline.

Starts an embedded PostgreSQL in a temporary folder, migrates it, seeds a small demo
set, fills the link-request queue and lets 16 supervisor logins (one connection each)
clear it with ``claim_next`` + ``decide`` (claim, version check, audit rows, the
account link or the reason, the customer's notification). The baseline clears an equal
queue with a bare ``UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED)`` as the
superuser: the cost of the database work alone, no rules. The two sides run in
interleaved rounds (a queue of ``items / rounds`` each, the first side alternating), so
the load other processes put on the machine falls on both alike. Target (issue 14):
500 decisions/s with 16 supervisors; the bench also prints the statements and checkouts
per decision, which is what bounds it against the one-statement baseline.

Run: ``python -m bench.bench_moderation [items] [supervisors]`` from the project root.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from console.database import migrations
from console.database.embedded import EmbeddedServer
from console.services import moderation
from models.database import make_engine, make_session_factory
from models.demo import seed_demo
from models.queries.moderation import Queue
from tests.moderation.helpers import fill_link_queue

PASSWORD = "Bench-pass-1"


def _in_threads(workers: int, work: Callable[[int], int]) -> tuple[int, float]:
    barrier = threading.Barrier(workers + 1)
    counts = [0] * workers

    def run(index: int) -> None:
        barrier.wait()
        counts[index] = work(index)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return sum(counts), time.perf_counter() - started


def _supervisors(admin: Engine, url_of: Callable[[str], object], count: int) -> list[Engine]:
    engines = []
    with admin.begin() as connection:
        for _ in range(count):
            name = f"bench_{uuid.uuid4().hex[:8]}"
            connection.execute(
                text(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE billing_supervisor")
            )
            engines.append(make_engine(url_of(name), pool_size=1))  # type: ignore[arg-type]
    return engines


TARGET_PER_SECOND = 500.0


def main(items: int = 2000, workers: int = 16, rounds: int = 4) -> None:
    """Print decisions per second for ``workers`` supervisors and the raw baseline,
    measured in ``rounds`` interleaved rounds (each side's turn alternates first)."""
    with tempfile.TemporaryDirectory() as folder, EmbeddedServer(Path(folder) / "pg") as server:
        url = server.url()
        migrations.upgrade(url)
        admin = create_engine(url, pool_size=workers + 2)
        with admin.begin() as connection:
            seed_demo(connection, accounts=300, seed=7, today=date(2026, 11, 23))
        engines = _supervisors(
            admin, lambda name: url.set(username=name, password=PASSWORD), workers
        )
        statements = [0]
        checkouts = [0]
        lock = threading.Lock()

        def count_statement(*_: object) -> None:
            with lock:
                statements[0] += 1

        def count_checkout(*_: object) -> None:
            with lock:
                checkouts[0] += 1

        for engine in engines:
            event.listen(engine, "before_cursor_execute", count_statement)
            event.listen(engine, "checkout", count_checkout)

        def decide_all(index: int) -> int:
            done = 0
            with make_session_factory(engines[index])() as session:
                while (claim := moderation.claim_next(session, Queue.LINK_REQUESTS)) is not None:
                    moderation.decide(
                        session,
                        Queue.LINK_REQUESTS,
                        claim.id,
                        claim.version,
                        approve=claim.id % 2 == 0,
                        reason_code="proof_mismatch",
                    )
                    done += 1
            return done

        def raw_updates(index: int) -> int:
            done = 0
            with admin.connect() as connection:
                while True:
                    with connection.begin():
                        row = connection.execute(
                            text(
                                "UPDATE billing.link_request SET status = 'rejected',"
                                " decided_by = session_user, decided_at = now(), reason = 'x'"
                                " WHERE id = (SELECT id FROM billing.link_request"
                                " WHERE status = 'pending' ORDER BY created_at, id LIMIT 1"
                                " FOR UPDATE SKIP LOCKED) RETURNING id"
                            )
                        ).first()
                    if row is None:
                        return done
                    done += 1

        per_round = max(1, items // rounds)
        totals = {"decide": [0, 0.0], "raw": [0, 0.0]}
        for number in range(rounds):
            order = ("decide", "raw") if number % 2 == 0 else ("raw", "decide")
            figures = []
            for side in order:
                with admin.begin() as connection:
                    fill_link_queue(connection, per_round)
                done, seconds = _in_threads(
                    workers, decide_all if side == "decide" else raw_updates
                )
                totals[side][0] += done
                totals[side][1] += seconds
                figures.append(f"{side} {done / seconds:7.1f}/s")
            print(f"round {number + 1}: " + ", ".join(figures), flush=True)
        for engine in engines:
            engine.dispose()
        admin.dispose()
    decided, seconds = int(totals["decide"][0]), float(totals["decide"][1])
    raw, raw_seconds = int(totals["raw"][0]), float(totals["raw"][1])
    rate = decided / seconds
    print(
        f"{workers} supervisors, claim_next + decide: {decided} decisions in {seconds:.2f} s"
        f" = {rate:7.1f} decisions/s (target {TARGET_PER_SECOND:.0f}:"
        f" {'met' if rate >= TARGET_PER_SECOND else 'NOT met'})"
    )
    print(
        f"{workers} connections, raw UPDATE baseline:  {raw} updates in {raw_seconds:.2f} s"
        f" = {raw / raw_seconds:7.1f} updates/s (same rounds, interleaved)"
    )
    print(
        f"per decision: {statements[0] / decided:.1f} statements and"
        f" {checkouts[0] / decided:.1f} connection checkouts (each with a pre-ping SELECT 1)"
        f" against 1 statement per raw update; decisions/raw = {rate / (raw / raw_seconds):.2f}"
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "items", nargs="?", type=int, default=2000, help="queued link requests (default 2000)"
    )
    parser.add_argument(
        "supervisors", nargs="?", type=int, default=16, help="concurrent supervisors (default 16)"
    )
    parser.add_argument(
        "--rounds", type=int, default=4, help="interleaved rounds of each side (default 4)"
    )
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    main(arguments.items, arguments.supervisors, arguments.rounds)
