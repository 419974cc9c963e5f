"""``billing-console lookup KEY``: the telephony hook for an incoming call.

Sends the key to the operator's running console (which comes forward with the search
done) or, when none runs, starts the console and searches once the operator is in.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

COMMAND = "lookup"


def add_parser(commands: Any) -> None:
    """Register the subcommand on the CLI's subparsers."""
    parser = commands.add_parser(
        COMMAND, help="show a caller in the running console (or start it): phone, account…"
    )
    parser.add_argument("key", help="what to search for, e.g. the caller's phone number")


def run(args: argparse.Namespace) -> int:
    """Forward the lookup, or start the GUI with it pending."""
    from console import single_instance

    key = str(args.key).strip()
    if not key:
        print("lookup: the key is empty", file=sys.stderr)
        return 2
    # Blocking socket calls need no QCoreApplication, so the GUI can still be started.
    if single_instance.send_to_running(single_instance.lookup_message(key)):
        return 0
    single_instance.request_on_start(key)
    from console.app import run_gui

    return run_gui([sys.argv[0]])
