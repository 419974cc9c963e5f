"""Two operators confirming for the same meter at the same moment, on real connections."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from console.services.readings import ConfirmedReadings, confirm_readings
from console.tasks import ErrorKind, TaskError, classify_error
from models import clock
from models.domain.reading_checks import ReadingEntry
from tests.readings.conftest import OperatorFactory
from tests.readings.helpers import SETTINGS, count, meter_of

VALUES = {"T1": Decimal(13400), "T2": Decimal(13990), "T3": Decimal(15200)}


def _race(
    operators: list[sessionmaker[Session]], keys: list[uuid.UUID], dates: list[date]
) -> list[ConfirmedReadings | TaskError]:
    """Both operators load the form, wait for each other, then confirm at once."""
    barrier = threading.Barrier(len(operators))

    def work(index: int) -> ConfirmedReadings | TaskError:
        with operators[index]() as session:
            meter = meter_of(session, 1)
            session.rollback()
            entry = ReadingEntry(dates[index], VALUES)
            barrier.wait(timeout=30)
            try:
                return confirm_readings(session, meter, entry, clock.today(), SETTINGS, keys[index])
            except Exception as error:
                return classify_error(error)

    with ThreadPoolExecutor(len(operators)) as pool:
        return list(pool.map(work, range(len(operators))))


def test_one_operator_wins_the_other_sees_a_conflict(operator: OperatorFactory) -> None:
    sessions = [operator("billing_agent")[1] for _ in range(2)]
    # Different dates, so only the meter lock and the version check can stop the second.
    outcomes = _race(sessions, [uuid.uuid4(), uuid.uuid4()], [date(2026, 11, 22), clock.today()])
    saved = [o for o in outcomes if isinstance(o, ConfirmedReadings)]
    refused = [o for o in outcomes if isinstance(o, TaskError)]
    assert len(saved) == 1
    assert len(refused) == 1
    assert refused[0].kind is ErrorKind.CONFLICT
    with sessions[0]() as session:
        assert (
            count(
                session,
                "SELECT count(*) FROM bill WHERE account_id = 1 AND billing_period = '2026-11-01'",
            )
            == 1
        )
        assert (
            count(
                session,
                "SELECT count(*) FROM reading WHERE meter_id = 1 AND taken_on > '2026-11-01'",
            )
            == 3
        )


def test_a_double_submission_with_one_key_forms_one_bill(operator: OperatorFactory) -> None:
    sessions = [operator("billing_agent")[1] for _ in range(2)]
    key = uuid.uuid4()
    outcomes = _race(sessions, [key, key], [clock.today(), clock.today()])
    assert all(isinstance(o, ConfirmedReadings) for o in outcomes), outcomes
    results = [o for o in outcomes if isinstance(o, ConfirmedReadings)]
    assert results[0].bill_id == results[1].bill_id
    assert sorted(r.replayed for r in results) == [False, True]
    with sessions[0]() as session:
        assert (
            count(
                session,
                "SELECT count(*) FROM bill WHERE account_id = 1 AND billing_period = '2026-11-01'",
            )
            == 1
        )
