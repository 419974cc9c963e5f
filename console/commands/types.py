"""Value types of command-line arguments, refusing bad values in the UI language."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication


def positive_int(value: str) -> int:
    """A whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a whole number of at least 1: {value}").format(
                value=value
            )
        )
    return number


def iso_date(value: str) -> date:
    """A date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a date (YYYY-MM-DD): {value}").format(
                value=value
            )
        ) from None


def billing_period(value: str) -> date:
    """A billing period written YYYY-MM: the first day of that month."""
    from console.services.documents import parse_period

    try:
        return parse_period(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a billing period (YYYY-MM): {value}").format(
                value=value
            )
        ) from None
