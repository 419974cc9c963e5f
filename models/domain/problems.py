"""Problems found in operator input or data, as values the console can translate.

The model layer knows no Qt and therefore no translations: a rule that refuses input
says *what* is wrong with a stable ``code`` and the values to show (``params``); the
console turns the code into a sentence in the operator's language
(see ``console/problem_texts``).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType


class Severity(enum.Enum):
    """How a problem stops the operation."""

    ERROR = "error"
    """The operation cannot go ahead until the input is corrected."""
    WARNING = "warning"
    """The operation may go ahead once the operator confirms (sometimes with a reason)."""


def _freeze(params: Mapping[str, object]) -> Mapping[str, str]:
    return MappingProxyType({key: str(value) for key, value in params.items()})


@dataclass(frozen=True, slots=True)
class Problem:
    """One specific reason why input is refused or needs confirmation.

    ``code`` is a stable dotted identifier (``"phone.format"``); ``field`` names the
    form field the message belongs next to; ``params`` are the values the message
    quotes, already formatted as text. (Params cannot be named ``code`` or ``field``.)
    """

    code: str
    field: str | None = None
    params: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    severity: Severity = Severity.ERROR

    @classmethod
    def error(cls, code: str, field: str | None = None, **params: object) -> Problem:
        """An error: the operation cannot proceed."""
        return cls(code, field, _freeze(params), Severity.ERROR)

    @classmethod
    def warning(cls, code: str, field: str | None = None, **params: object) -> Problem:
        """A warning: the operation may proceed once the operator confirms."""
        return cls(code, field, _freeze(params), Severity.WARNING)

    @property
    def is_error(self) -> bool:
        """True when the problem blocks the operation."""
        return self.severity is Severity.ERROR


class ValidationFailed(Exception):
    """Raised by a model-layer operation that refuses its input; nothing was written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(p.code for p in self.problems))


def raise_if_errors(problems: Iterable[Problem]) -> None:
    """Raise :class:`ValidationFailed` if any of ``problems`` is an error."""
    found = tuple(problems)
    if any(p.is_error for p in found):
        raise ValidationFailed(found)
