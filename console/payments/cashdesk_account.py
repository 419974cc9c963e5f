"""The cash desk's account loads: by the typed number, by id, and its balance anew.

Loads run in workers and may finish in any order: only the newest lookup's answer is
given, and a lookup makes the balance reloads asked before it stale.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from console.lookup.alive import while_alive
from console.payments.cashdesk_panels import Loaded
from console.payments.newest import Newest
from console.services import payments as service
from console.tasks import TaskError, TaskRunner, Work
from models import clock
from widgets.qt import QtCore


class AccountLoads(QtCore.QObject):
    """Finds the account a payment is for and reloads its balance and unpaid bills."""

    found = QtCore.Signal(object)
    """The account with its unpaid bills (:class:`Loaded`), or how many accounts have the
    number typed (an ``int``: 0, or several regions)."""
    reloaded = QtCore.Signal(object)
    """The account reloaded (:class:`Loaded`) after a change of its balance."""
    failed = QtCore.Signal(object)
    """A lookup failed: the ``TaskError``."""

    def __init__(self, runner: TaskRunner, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lookups, self._reloads = Newest(), Newest()

    def find(self, number: str) -> None:
        """Look up the typed account number."""
        today = clock.today()

        def work(session: Session, token: object, progress: object) -> Loaded | int:
            found = service.find_accounts(session, number, today)
            if len(found) != 1:
                return len(found)
            return Loaded(found[0], service.unpaid_bills(session, found[0].id))

        self._lookup(work)

    def load(self, account_id: int) -> None:
        """Load an account by id (from the customer card, or F5)."""
        today = clock.today()
        self._lookup(lambda session, token, progress: _loaded(session, account_id, today))

    def reload(self, account_id: int) -> None:
        """Reload the account shown: its balance and unpaid bills (:attr:`reloaded`)."""
        today = clock.today()
        self._runner.submit(
            lambda session, token, progress: _loaded(session, account_id, today),
            *self._reloads.answers(self._reloaded, self._failed),
        )

    def drop(self) -> None:
        """Forget every load in flight (the form was cleared)."""
        self._lookups.drop()
        self._reloads.drop()

    def _lookup(self, work: Work[Loaded | int]) -> None:
        self._reloads.drop()
        self._runner.submit(work, *self._lookups.answers(self._found, self._failed))

    # Answers may come after the desk is closed: then nothing is said.

    @while_alive
    def _found(self, result: Loaded | int) -> None:
        self.found.emit(result)

    @while_alive
    def _reloaded(self, result: Loaded | int) -> None:
        self.reloaded.emit(result)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.failed.emit(error)


def _loaded(session: Session, account_id: int, today: date) -> Loaded | int:
    account = service.account_summary(session, account_id, today)
    return Loaded(account, service.unpaid_bills(session, account_id))
