"""The one way a write reaches the database: call a function, commit, name the refusal.

Every write of the console is a call of ``billing`` SQL functions (most of them
SECURITY DEFINER) in one transaction, so every write goes through :func:`writing` (or
:func:`call`, the one-call form of it). It owns the transaction
(commit on success, rollback on any error) and turns the function's refusals into
typed values the console can show:

* a refusal's message is a stable code (``payment.amount_too_large``); the capability's
  :class:`Refusals` says which form field each code belongs to, so it becomes a
  :class:`~models.domain.problems.Problem` next to that field, raised as
  :class:`~models.domain.problems.ValidationFailed`;
* a function may name the field itself in the error's DETAIL, and the values its message
  quotes in the HINT, as ``name=value`` pairs separated by ``;`` (``maximum=500000``), so
  a message never shows a bare ``{maximum}``;
* the codes that mean "someone else changed this first" become :class:`Conflict`.

Each write also names what it changes (``changes=``: accounts, customers, shifts,
queues as :class:`~models.changes.Change`); they count once the transaction commits, and
the task runner publishes them to every view (:mod:`models.changes`).

Anything else (a lost connection, a bug) is re-raised unchanged for the task runner to
classify.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.changes import Change, announce
from models.domain.problems import Problem, ValidationFailed

__all__ = ["Conflict", "Refusals", "call", "call_value", "refusal_of", "writing"]

_NO_FIELDS: Mapping[str, str | None] = MappingProxyType({})


class Conflict(Exception):
    """A write found that someone else changed the data first (nothing was written)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Refusals:
    """How one capability's SQL refusals map onto its forms.

    ``fields`` maps a message code (or ``"prefix.*"`` for every code with that prefix) to
    the form field its message belongs next to (``None``: the form as a whole);
    ``conflicts`` are the codes that mean the data changed under the operator;
    ``hint_names`` names, per code, the space-separated words of a HINT written by older
    functions (``"2026-11 2026-12"`` for ``period open_period``); ``conflict_detail``,
    when set, is what every conflict says instead of its own code (one sentence for
    "changed meanwhile", whichever table noticed it).
    """

    fields: Mapping[str, str | None] = field(default_factory=lambda: _NO_FIELDS)
    conflicts: frozenset[str] = frozenset()
    hint_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    conflict_detail: str | None = None

    def field_of(self, code: str) -> tuple[bool, str | None]:
        """Whether ``code`` is one of this capability's refusals, and its field."""
        if code in self.fields:
            return True, self.fields[code]
        wildcard = f"{code.split('.', 1)[0]}.*"
        if wildcard in self.fields:
            return True, self.fields[wildcard]
        return False, None


def _params(refusals: Refusals, code: str, hint: str | None) -> dict[str, str]:
    if not hint:
        return {}
    if "=" in hint:
        pairs = (part.partition("=") for part in hint.split(";"))
        return {name.strip(): value.strip() for name, _, value in pairs if name.strip()}
    names = refusals.hint_names.get(code, ())
    return dict(zip(names, hint.split(" ", len(names) - 1), strict=False)) if names else {}


def refusal_of(
    error: DBAPIError, refusals: Refusals, context: Mapping[str, object] | None = None
) -> Exception | None:
    """The typed refusal ``error`` stands for (``Conflict`` or ``ValidationFailed``), or
    ``None`` when it is not one of ``refusals`` (then the caller re-raises ``error``).

    ``context`` adds values the caller knows (the amount typed) to the problem's params.
    """
    diag = getattr(error.orig, "diag", None)
    code = getattr(diag, "message_primary", None) or ""
    if code in refusals.conflicts:
        return Conflict(refusals.conflict_detail or code)
    known, problem_field = refusals.field_of(code)
    if not known:
        return None
    detail = getattr(diag, "message_detail", None)
    if problem_field is None and detail:
        problem_field = detail
    params: dict[str, object] = dict(context or {})
    params.update(_params(refusals, code, getattr(diag, "message_hint", None)))
    params.pop("code", None)
    params.pop("field", None)
    return ValidationFailed([Problem.error(code, problem_field, **params)])


@contextmanager
def writing(
    session: Session,
    refusals: Refusals = Refusals(),
    context: Mapping[str, object] | None = None,
    *,
    changes: Iterable[Change] = (),
) -> Iterator[Session]:
    """One write transaction of one or more function calls: committed when the block
    ends, rolled back on any error, a refusal named in ``refusals`` raised as
    :class:`Conflict` or ``ValidationFailed`` (see :func:`refusal_of`).

    ``changes`` (and any :func:`~models.changes.announce` inside the block) are what the
    write changes: published once it commits, forgotten if it does not.
    """
    try:
        announce(session, *changes)
        yield session
        session.commit()
    except DBAPIError as error:
        session.rollback()
        refusal = refusal_of(error, refusals, context)
        if refusal is not None:
            raise refusal from error
        raise
    except BaseException:
        session.rollback()
        raise


def call(
    session: Session,
    sql: str,
    params: Mapping[str, object] | None = None,
    *,
    refusals: Refusals = Refusals(),
    context: Mapping[str, object] | None = None,
    changes: Iterable[Change] | Callable[[Row[Any] | None], Iterable[Change]] = (),
) -> Row[Any] | None:
    """Run one write (``sql``, a function call) in its own transaction and commit it;
    the statement's first row (``None`` if it returned none). ``changes``: what it
    changes (see :func:`writing`), or a function of the row that says so."""
    with writing(session, refusals, context):
        row = session.execute(text(sql), dict(params or {})).first()
        announce(session, *(changes(row) if callable(changes) else changes))
        return row


def call_value(
    session: Session,
    sql: str,
    params: Mapping[str, object] | None = None,
    *,
    refusals: Refusals = Refusals(),
    context: Mapping[str, object] | None = None,
    changes: Iterable[Change] | Callable[[Any], Iterable[Change]] = (),
) -> Any:
    """:func:`call` for a function that returns one value: that value. ``changes`` may
    be a function of that value."""

    def changed(row: Row[Any] | None) -> Iterable[Change]:
        if not callable(changes):
            return changes
        return changes(row[0]) if row is not None else ()

    row = call(session, sql, params, refusals=refusals, context=context, changes=changed)
    if row is None:  # pragma: no cover - a function call always returns a row
        raise LookupError(sql)
    return row[0]
