"""``billing-console``: the GUI, and commands for administrators, scripts and night jobs.

Every command reports a failure as one line on stderr in the UI language (``--lang``,
``CONSOLE_LANG`` or the settings file; Russian by default) and exits with a documented
code (:mod:`console.commands.common`): 0 done, 1 failed or refused, 2 wrong command
line, 3 database unusable (unreachable, login refused, missing, schema not at this
console's migration), 130 interrupted. Details of unexpected errors go to the log file.
"""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import psycopg
from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from console.commands import admin as admin_commands
from console.commands import billing as billing_commands
from console.commands import database as database_commands
from console.commands import lookup as lookup_command
from console.commands import notifications as notification_commands
from console.commands import printing as printing_commands
from console.commands.argparse_texts import translated_argparse
from console.commands.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CommandFailed,
    Handler,
    database_error,
    one_line,
    refused_input,
)
from models.domain.problems import ValidationFailed

PROG = "billing-console"
LANGUAGES = ("ru", "en")
START_GUI = lookup_command.START_GUI
"""What a handler returns to have the GUI started once the command-line part is done."""

_log = logging.getLogger(__name__)


class _UsageError(CommandFailed):
    """The command line is wrong; ``prog`` is the (sub)command it was meant for."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message, EXIT_USAGE)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """A parser whose errors are one translated line and exit code 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(
            self.prog,
            QCoreApplication.translate("Cli", "{message} (see “{prog} --help”)").format(
                message=message, prog=self.prog
            ),
        )


def _language_option() -> argparse.ArgumentParser:
    """``--lang``, accepted before or after the command name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate("Cli", "language of this run: ru (default) or en"),
    )
    return parent


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The command line, and the handler of each command."""
    language = _language_option()
    parser = _Parser(
        prog=PROG,
        parents=[language],
        description=QCoreApplication.translate(
            "Cli",
            "Operator console for the billing database; without a command it starts the GUI. "
            "Exit codes: 0 done, 1 failed or refused, 2 wrong command line, 3 database "
            "unreachable, login refused, no such database or schema not at this console's "
            "migration, 130 interrupted.",
        ),
    )
    commands = parser.add_subparsers(
        dest="command", title=QCoreApplication.translate("Cli", "commands"), metavar="COMMAND"
    )
    handlers: dict[str, Handler] = {}
    for module in (
        database_commands,
        printing_commands,
        notification_commands,
        lookup_command,
        admin_commands,
        billing_commands,
    ):
        handlers.update(module.add_parsers(commands, language))
    return parser, handlers


def _explicit_language(arguments: Sequence[str]) -> str | None:
    """``--lang`` anywhere on the command line (before ``--``), if valid."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            value = arguments[index + 1]
        elif argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
        else:
            continue
        if value in LANGUAGES:
            return value
    return None


def _requested_language(arguments: Sequence[str]) -> str:
    """``--lang`` anywhere on the command line, else ``CONSOLE_LANG`` or the settings."""
    explicit = _explicit_language(arguments)
    if explicit is not None:
        return explicit
    from console.settings import Settings

    try:
        return Settings().get_language()
    except OSError:  # no settings folder: the environment or the default
        return "en" if os.environ.get("CONSOLE_LANG") == "en" else "ru"


@contextmanager
def _application(language: str) -> Iterator[None]:
    """A Qt core application speaking ``language`` for the command-line part of a run.

    An application that already exists (tests) is borrowed and gets its language back;
    one created here is shut down, so the GUI can create its own afterwards.
    """
    from console import i18n

    existing = QCoreApplication.instance()
    if existing is not None and threading.current_thread() is not threading.main_thread():
        yield  # the application belongs to another thread (a test): its language stays
        return
    app = existing or QCoreApplication([PROG])
    previous = i18n.current_language()
    i18n.install_translation(app, language)
    try:
        yield
    finally:
        i18n.install_translation(app, previous or "en")
        if existing is None:
            i18n.forget_translation()
            app.shutdown()
            del app
            # Qt wrappers caught in reference cycles (tracebacks of the command's failures)
            # go now, on this thread, not at some later collection on a worker thread.
            gc.collect()


@contextmanager
def _file_logging() -> Iterator[Path | None]:
    """Log to the console's rotating log file for the duration of a command."""
    from console.logging_setup import file_handler

    try:
        handler, path = file_handler()
    except OSError:
        yield None
        return
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO) if level else logging.INFO)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def _say(prog: str, message: str) -> None:
    print(f"{prog}: {one_line(message)}", file=sys.stderr, flush=True)


def _run(arguments: list[str]) -> int:
    try:
        with translated_argparse():
            parser, handlers = _parser()
            args = parser.parse_args(arguments)
    except _UsageError as failure:
        _say(failure.prog, failure.message)
        return failure.code
    except SystemExit as stop:  # --help
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.command is None:
        from console import single_instance

        if single_instance.send_to_running(single_instance.show_message()):
            return 0  # the running console of this session came to the front
        return START_GUI
    prog = f"{PROG} {args.command}"
    with _file_logging() as log_file:
        try:
            return handlers[args.command](args)
        except CommandFailed as failure:
            _log.info("%s failed (%s): %s", prog, failure.code, failure.message)
            _say(prog, failure.message)
            return failure.code
        except ValidationFailed as error:
            refused = refused_input(error)
            _say(prog, refused.message)
            return refused.code
        except (DBAPIError, psycopg.Error) as error:
            database = database_error(error, None)
            _say(prog, database.message)
            return database.code
        except KeyboardInterrupt:
            _say(prog, QCoreApplication.translate("Cli", "Interrupted."))
            return EXIT_INTERRUPTED
        except Exception as error:
            _log.exception("%s failed", prog)
            where = str(log_file) if log_file else "-"
            _say(
                prog,
                QCoreApplication.translate(
                    "Cli", "Unexpected error: {error}. The details are in the log file {log}."
                ).format(error=f"{type(error).__name__}: {one_line(str(error))}", log=where),
            )
            return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``billing-console`` script; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _requested_language(arguments)
    with _application(language):
        code = _run(arguments)
    if code != START_GUI:
        return code
    explicit = _explicit_language(arguments)
    if explicit is not None:
        os.environ["CONSOLE_LANG"] = explicit  # the GUI speaks the language asked for
    from console.app import run_gui

    return run_gui([sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())
