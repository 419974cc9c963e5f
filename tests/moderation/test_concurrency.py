"""Many supervisors clear one queue at once: nothing decided twice, nothing lost."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from console.services import moderation
from console.tasks import Conflict
from models.domain.problems import ValidationFailed
from models.queries.moderation import Queue
from tests.moderation.conftest import Operator
from tests.moderation.helpers import fill_link_queue

SUPERVISORS = 12
ITEMS = 150


def _clear(operator: Operator, barrier: threading.Barrier, decided: list[int]) -> None:
    barrier.wait()
    with operator.sessions() as session:
        while True:
            claim = moderation.claim_next(session, Queue.LINK_REQUESTS)
            if claim is None:
                return
            try:
                moderation.decide(
                    session,
                    Queue.LINK_REQUESTS,
                    claim.id,
                    claim.version,
                    approve=claim.id % 2 == 0,
                    reason_code="proof_mismatch",
                )
            except (Conflict, ValidationFailed):
                raise AssertionError(f"claimed item {claim.id} could not be decided") from None
            decided.append(claim.id)


@pytest.mark.slow
def test_supervisors_clear_one_queue_together(
    engine: Engine, session: Session, make_operator: Callable[..., Operator]
) -> None:
    with engine.begin() as connection:
        items = fill_link_queue(connection, ITEMS)
        start = connection.execute(
            text("SELECT coalesce(max(id), 0) FROM billing.notification")
        ).scalar_one()
        audit_start = connection.execute(
            text("SELECT coalesce(max(id), 0) FROM billing.audit_log")
        ).scalar_one()
    operators = [make_operator("billing_supervisor", pool_size=1) for _ in range(SUPERVISORS)]
    barrier = threading.Barrier(SUPERVISORS)
    decided: list[int] = []
    errors: list[BaseException] = []

    def run(operator: Operator) -> None:
        try:
            _clear(operator, barrier, decided)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(op,)) for op in operators]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert sorted(decided) == sorted(items)  # each exactly once, none lost
    waiting = session.execute(
        text("SELECT count(*) FROM billing.link_request WHERE status IN ('new', 'pending')")
    ).scalar_one()
    assert waiting == 0
    audit = Counter(
        int(row[0])
        for row in session.execute(
            text(
                "SELECT row_key FROM billing.audit_log WHERE id > :start AND table_name = 'link_request'"
                " AND new_values ->> 'status' IN ('approved', 'rejected')"
                " AND old_values ->> 'status' = 'pending'"
            ),
            {"start": audit_start},
        )
    )
    assert audit == Counter(items)
    operators_seen = {
        row[0]
        for row in session.execute(
            text("SELECT DISTINCT decided_by FROM billing.link_request WHERE id = ANY(:ids)"),
            {"ids": items},
        )
    }
    assert operators_seen <= {op.login for op in operators}
    assert len(operators_seen) > 1
    numbers = (
        session.execute(
            text("SELECT number::text FROM billing.link_request WHERE id = ANY(:ids)"),
            {"ids": items},
        )
        .scalars()
        .all()
    )
    # One message per decision on each channel: every login has an e-mail, most a phone.
    for channel, expected in (("email", Counter(numbers)), ("sms", None)):
        bodies = (
            session.execute(
                text(
                    "SELECT subject FROM billing.notification WHERE id > :start"
                    " AND template IN ('link_request_approved', 'link_request_rejected')"
                    " AND channel = :channel"
                ),
                {"start": start, "channel": channel},
            )
            .scalars()
            .all()
        )
        counted = Counter(b.split("№ ")[1].split()[0] for b in bodies)
        if expected is not None:
            assert counted == expected
        else:
            assert set(counted) <= set(numbers)
            assert set(counted.values()) <= {1}
