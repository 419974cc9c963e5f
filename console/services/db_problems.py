"""Turn a refusal raised by one of our SQL functions into a :class:`Problem`.

Our SECURITY DEFINER functions raise with a stable message code (``operator.self``,
``password.too_short``...) and a SQLSTATE; the console shows the code's sentence next to
the field instead of a database error.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.exc import DBAPIError

from models.domain.problems import Problem, ValidationFailed


def problem_from(error: DBAPIError, fields: Mapping[str, str | None]) -> Problem | None:
    """The problem named by the error's message, if it is one of ``fields`` (code -> field)."""
    diag = getattr(error.orig, "diag", None)
    code = getattr(diag, "message_primary", None) or ""
    if code in fields:
        return Problem.error(code, fields[code])
    prefix = code.split(".", 1)[0]
    if f"{prefix}.*" in fields:
        return Problem.error(code, fields[f"{prefix}.*"])
    return None


def raise_as_problem(error: DBAPIError, fields: Mapping[str, str | None]) -> None:
    """Raise :class:`ValidationFailed` for a known refusal; return for anything else."""
    problem = problem_from(error, fields)
    if problem is not None:
        raise ValidationFailed([problem]) from error
