"""The one write helper: a refusal raised by SQL reaches the form as a typed problem with
its field and the values its message quotes, and nothing stays written."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.problem_texts import describe
from models.domain.problems import ValidationFailed
from models.operations.call import Conflict, Refusals, call, call_value, writing

_RAISE = """
    DO $$ BEGIN
        INSERT INTO write_probe VALUES (1);
        RAISE EXCEPTION USING MESSAGE = '{code}', DETAIL = '{detail}', HINT = '{hint}';
    END $$
"""


def _probe(session: Session) -> Session:
    """A session with an empty table of its own to write into."""
    session.execute(text("CREATE TEMP TABLE write_probe (x integer)"))
    session.commit()
    return session


def _probe_rows(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM write_probe")).scalar_one())


def test_a_refusal_carries_its_field_and_the_values_its_message_quotes(
    sessions: sessionmaker[Session],
) -> None:
    refusals = Refusals({"payment.*": None})
    with sessions() as session:
        _probe(session)
        with pytest.raises(ValidationFailed) as refused:
            call(
                session,
                _RAISE.format(
                    code="payment.amount_range", detail="amount", hint="maximum=500000; minimum=1"
                ),
                refusals=refusals,
            )
        [problem] = refused.value.problems
        assert (problem.code, problem.field) == ("payment.amount_range", "amount")
        assert dict(problem.params) == {"maximum": "500000", "minimum": "1"}
        assert "{" not in describe(problem)
        assert _probe_rows(session) == 0  # rolled back with the refusal


def test_a_stale_write_is_a_conflict_and_other_errors_pass_through(
    sessions: sessionmaker[Session],
) -> None:
    refusals = Refusals({"payment.*": "amount"}, conflicts=frozenset({"payment.stale"}))
    with sessions() as session:
        _probe(session)
        with pytest.raises(Conflict) as conflict:
            call(
                session, _RAISE.format(code="payment.stale", detail="", hint=""), refusals=refusals
            )
        assert conflict.value.detail == "payment.stale"
        # A code the capability does not know is not dressed up as a form problem.
        with pytest.raises(DBAPIError):
            call(session, _RAISE.format(code="other.code", detail="", hint=""), refusals=refusals)
        assert _probe_rows(session) == 0


def test_a_transaction_of_several_calls_is_all_or_nothing(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        _probe(session)

        def both() -> None:
            with writing(session, Refusals({"x.*": None})):
                session.execute(text("INSERT INTO write_probe VALUES (2)"))
                session.execute(text(_RAISE.format(code="x.refused", detail="", hint="")))

        with pytest.raises(ValidationFailed):
            both()
        assert _probe_rows(session) == 0
        assert call_value(session, "SELECT 41 + 1") == 42
