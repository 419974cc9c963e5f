"""``billing-console lookup KEY``: the telephony hook for an incoming call.

Sends the key to the operator's running console (which comes forward with the search
done) or, when none runs, starts the console and searches once the operator is in.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from console.commands.common import EXIT_OK, EXIT_USAGE, CommandFailed, Handler

COMMAND = "lookup"
START_GUI = -1
"""Returned when no console runs: :func:`console.cli.main` starts the GUI with the key."""


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register the subcommand; its handler by command name."""
    parser = commands.add_parser(
        COMMAND,
        parents=[language],
        help=QCoreApplication.translate(
            "Cli", "show a caller in the running console (or start it): phone, account…"
        ),
    )
    parser.add_argument(
        "key",
        metavar="KEY",
        help=QCoreApplication.translate(
            "Cli", "what to search for, e.g. the caller's phone number"
        ),
    )
    return {COMMAND: run}


def run(args: argparse.Namespace) -> int:
    """Forward the lookup; when no console answers, have the GUI started with it pending."""
    from console import single_instance

    key = str(args.key).strip()
    if not key:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "The search key is empty."), EXIT_USAGE
        )
    # Blocking socket calls need no QCoreApplication, so the GUI can still be started.
    if single_instance.send_to_running(single_instance.lookup_message(key)):
        return EXIT_OK
    single_instance.request_on_start(key)
    return START_GUI
