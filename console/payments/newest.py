"""Only the newest request's answer is shown: an older one arriving late is dropped.

A view that asks again before the first answer came (a date changed while the first
load runs, a change announced during a load) has two tasks in flight; the thread pool
may finish them in any order. :class:`Newest` numbers the requests of one kind and
lets through only the answer — or the error — of the last one asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from console.tasks import TaskError

T = TypeVar("T")


class Newest:
    """A request counter: :meth:`ask` wraps a callback so it runs only for the newest
    request; :meth:`drop` makes every answer still in flight stale."""

    def __init__(self) -> None:
        self._asked = 0

    def ask(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """A new request: ``callback`` wrapped to run only if no later request was asked."""
        self._asked += 1
        asked = self._asked

        def answer(value: T) -> None:
            if asked == self._asked:
                callback(value)

        return answer

    def drop(self) -> None:
        """Forget what is in flight (the view moved on: another account, a cleared form)."""
        self._asked += 1

    def answers(
        self, on_done: Callable[[T], None], on_error: Callable[[TaskError], None]
    ) -> tuple[Callable[[T], None], Callable[[TaskError], None]]:
        """A new request whose answer and error both count only while it is the newest."""
        self._asked += 1
        asked = self._asked

        def done(value: T) -> None:
            if asked == self._asked:
                on_done(value)

        def failed(error: TaskError) -> None:
            if asked == self._asked:
                on_error(error)

        return done, failed
