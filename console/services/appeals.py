"""The interaction log and the appeals register for the console's views.

Writes (one SQL function call each, the appeal's ``version`` guarding against two
supervisors overwriting each other) live in :mod:`models.operations.appeals`; reads in
:mod:`models.queries.appeals`.
"""

from __future__ import annotations

from models.operations.appeals import (
    PROBLEM_FIELDS,
    STALE,
    Contact,
    NewAppeal,
    Recorded,
    answer,
    assign,
    claim_next,
    close,
    record_contact,
    save_topics,
)
from models.queries.appeals import assignable_operators

__all__ = [
    "PROBLEM_FIELDS",
    "STALE",
    "Contact",
    "NewAppeal",
    "Recorded",
    "answer",
    "assign",
    "assignable_operators",
    "claim_next",
    "close",
    "record_contact",
    "save_topics",
]
