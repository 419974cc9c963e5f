"""A task runner that holds every answer until the test releases it.

The thread pool finishes tasks in any order; holding the answers lets a test play them
back in the order it needs — an older request's answer arriving last — every time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.tasks import TaskError, TaskHandle, TaskRunner, Work

T = TypeVar("T")


class HeldRunner(TaskRunner):
    """Runs tasks for real; their callbacks wait in :attr:`answers` by submission order."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        super().__init__(sessions)
        self.answers: dict[int, Callable[[], None]] = {}
        self.asked = 0

    def submit(
        self,
        work: Work[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TaskError], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
        *,
        needs_database: bool = True,
    ) -> TaskHandle[T]:
        index = self.asked
        self.asked += 1

        def done(result: T) -> None:
            self.answers[index] = lambda: on_done(result) if on_done is not None else None

        def failed(error: TaskError) -> None:
            self.answers[index] = lambda: on_error(error) if on_error is not None else None

        return super().submit(work, done, failed, on_progress, needs_database=needs_database)

    def wait_answers(self, qtbot: QtBot, count: int) -> None:
        """Wait until ``count`` answers are held."""
        qtbot.waitUntil(lambda: len(self.answers) == count, timeout=10_000)

    def release(self, index: int) -> None:
        """Deliver the answer of the ``index``-th task submitted."""
        self.answers.pop(index)()
