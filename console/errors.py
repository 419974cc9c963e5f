"""Operator-language sentences for task errors and unavailable databases."""

from __future__ import annotations

from console.database.connection import Unavailable
from console.problem_texts import describe
from console.tasks import ErrorKind, TaskError
from widgets.qt import tr

_CONTEXT = "Errors"


def describe_error(error: TaskError) -> str:
    """One or more sentences saying what went wrong and what the operator can do."""
    if error.kind is ErrorKind.INVALID and error.problems:
        return "\n".join(describe(problem) for problem in error.problems)
    texts = {
        ErrorKind.INVALID: tr(_CONTEXT, "The input was refused."),
        ErrorKind.CONFLICT: tr(
            _CONTEXT,
            "Someone else changed this data in the meantime. Refresh (F5) to see their "
            "change; your input is kept.",
        ),
        ErrorKind.PERMISSION: tr(
            _CONTEXT, "The database refused: your role is not allowed to do this."
        ),
        ErrorKind.CONNECTION: tr(
            _CONTEXT,
            "The connection to the database was lost. Your input is kept; try again "
            "when the connection is back.",
        ),
        ErrorKind.CANCELLED: tr(_CONTEXT, "Cancelled."),
        ErrorKind.UNEXPECTED: tr(
            _CONTEXT, "Something went wrong. The details are in the log file."
        ),
    }
    return texts[error.kind]


def describe_unavailable(reason: Unavailable) -> str:
    """Why the database could not be opened, in the operator's language."""
    texts = {
        Unavailable.UNREACHABLE: tr(
            _CONTEXT,
            "The database server does not answer. Check the network and the server "
            "address, or ask the administrator.",
        ),
        Unavailable.AUTH_FAILED: tr(_CONTEXT, "Wrong login or password."),
        Unavailable.NO_DATABASE: tr(
            _CONTEXT, "The server has no such database. Check the address."
        ),
        Unavailable.BAD_URL: tr(
            _CONTEXT,
            "The server address is not valid. Use the form postgresql://host:5432/database.",
        ),
        Unavailable.NOT_MIGRATED: tr(
            _CONTEXT,
            "The database schema is older than this console. The administrator must run "
            "“billing-console db upgrade”.",
        ),
        Unavailable.NEWER_SCHEMA: tr(
            _CONTEXT,
            "The database schema is newer than this console. Install the current "
            "version of the console.",
        ),
        Unavailable.EMBEDDED_FAILED: tr(
            _CONTEXT,
            "The embedded training database could not be started. The details are in the log file.",
        ),
    }
    return texts[reason]
