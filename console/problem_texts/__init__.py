"""Operator-language sentences for model-layer :class:`~models.domain.problems.Problem` codes.

Each submodule declares the English source texts of one area with
``QT_TRANSLATE_NOOP("Problem", ...)`` so ``lupdate`` extracts them; :func:`describe`
translates at display time (Russian by default) and fills in the problem's params.
Add a new area by creating a submodule with a ``TEXTS`` dict and listing it in
``_AREAS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from models.domain.problems import Problem

CONTEXT = "Problem"

_AREAS: tuple[str, ...] = (
    "identity",
    "lookup",
    "moderation",
    "moderation_decisions",
    "readings",
    "reading_entry",
    "payment_qr",
    "security",
    "payments",
    "fiscal",
    "appeals",
    "settings",
    "billing_run",
    "portal",
)


@cache
def _catalog() -> Mapping[str, str]:
    texts: dict[str, str] = {}
    for area in _AREAS:
        module = importlib.import_module(f"{__name__}.{area}")
        area_texts: Mapping[str, str] = module.TEXTS
        duplicated = texts.keys() & area_texts.keys()
        if duplicated:
            raise RuntimeError(f"problem codes defined twice: {sorted(duplicated)}")
        texts.update(area_texts)
    return texts


def describe(problem: Problem) -> str:
    """The problem as one sentence in the operator's language."""
    source = _catalog().get(problem.code)
    if source is None:
        # A missing text is a programming error; still show something useful.
        return problem.code
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError):
        return text


def known_codes() -> frozenset[str]:
    """Every code that has a text (used by tests to check coverage)."""
    return frozenset(_catalog())
