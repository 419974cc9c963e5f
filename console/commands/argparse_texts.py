"""The sentences of Python's ``argparse`` (usage, help headings, errors) in the UI language.

``argparse`` asks :mod:`gettext` for each of its texts; while the command line is
parsed, :func:`translated_argparse` answers from the console's Qt catalogue instead
(context ``argparse``), so ``--help`` and usage errors speak the ``--lang`` language.
A text a newer Python words differently stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "argparse"

TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
"""Every ``argparse`` text the console's command line can show (Python 3.11 to 3.13)."""


def _translate(message: str) -> str:
    return QCoreApplication.translate(CONTEXT, message)


def _ntranslate(singular: str, plural: str, count: int) -> str:
    return _translate(singular if count == 1 else plural)


@contextmanager
def translated_argparse() -> Iterator[None]:
    """``argparse`` speaks the installed UI language inside the block."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = _translate, _ntranslate
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
