"""Operator-language sentences for task errors and unavailable databases."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.database.connection import MINIMUM_SERVER_VERSION_NUM, Unavailable
from console.problem_texts import describe
from console.tasks import ErrorKind, TaskError


def describe_error(error: TaskError) -> str:
    """One or more sentences saying what went wrong and what the operator can do."""
    if error.kind in (ErrorKind.INVALID, ErrorKind.PERMISSION) and error.problems:
        return "\n".join(describe(problem) for problem in error.problems)
    texts = {
        ErrorKind.INVALID: QCoreApplication.translate("Errors", "The input was refused."),
        ErrorKind.CONFLICT: QCoreApplication.translate(
            "Errors",
            "Someone else changed this data in the meantime. Refresh (F5) to see their "
            "change; your input is kept.",
        ),
        ErrorKind.PERMISSION: QCoreApplication.translate(
            "Errors", "The database refused: your role is not allowed to do this."
        ),
        ErrorKind.CONNECTION: QCoreApplication.translate(
            "Errors",
            "The connection to the database was lost. Your input is kept; try again "
            "when the connection is back.",
        ),
        ErrorKind.CANCELLED: QCoreApplication.translate("Errors", "Cancelled."),
        ErrorKind.UNEXPECTED: QCoreApplication.translate(
            "Errors", "Something went wrong. The details are in the log file."
        ),
    }
    return texts[error.kind]


def describe_unavailable(reason: Unavailable, server_version: str = "") -> str:
    """Why the database could not be opened, in the operator's language.

    ``server_version`` (e.g. "14.11") is named in the message of a too old server.
    """
    if reason is Unavailable.OLD_SERVER:
        return (
            QCoreApplication.translate(
                "Errors",
                "The database server runs PostgreSQL %1, but the console needs PostgreSQL "
                "%2 or newer. Ask the administrator to upgrade the server.",
            )
            .replace("%1", server_version or "?")
            .replace("%2", str(MINIMUM_SERVER_VERSION_NUM // 10000))
        )
    texts = {
        Unavailable.UNREACHABLE: QCoreApplication.translate(
            "Errors",
            "The database server does not answer. Check the network and the server "
            "address, or ask the administrator.",
        ),
        Unavailable.AUTH_FAILED: QCoreApplication.translate("Errors", "Wrong login or password."),
        Unavailable.NO_DATABASE: QCoreApplication.translate(
            "Errors", "The server has no such database. Check the address."
        ),
        Unavailable.BAD_URL: QCoreApplication.translate(
            "Errors",
            "The server address is not valid. Use the form postgresql://host:5432/database.",
        ),
        Unavailable.NOT_MIGRATED: QCoreApplication.translate(
            "Errors",
            "The database schema is older than this console. The administrator must run "
            "“billing-console db upgrade”.",
        ),
        Unavailable.NEWER_SCHEMA: QCoreApplication.translate(
            "Errors",
            "The database schema is newer than this console. Install the current "
            "version of the console.",
        ),
        Unavailable.EMBEDDED_FAILED: QCoreApplication.translate(
            "Errors",
            "The embedded training database could not be started. The details are in the log file.",
        ),
    }
    return texts[reason]
