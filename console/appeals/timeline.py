"""One timeline per customer on the card: contacts, appeals and the change history.

Newest first, filterable by what it is, loaded lazily: nothing is read until the
section is first shown; «Show older» reads the next page of each source that has more.
The change history (``billing.customer_history``: portal actions, link requests,
readings, bills, payments, prints, data changes) is readable by every group; contacts
and appeals only by agents and supervisors — for anyone else the database refuses
them and the timeline says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.admin.labels import action_title, table_title
from console.appeals.labels import fact_title, label
from console.errors import describe_error
from console.formatting import format_date, format_moment
from console.lookup.alive import while_alive
from console.moderation.labels import label as moderation_label
from console.services.audit import AuditRecord, history_for_customer
from console.tasks import TaskError, TaskRunner
from console.vocabulary import payment_channel_label, reading_source_label
from models.domain.money_format import format_money
from models.queries.appeals import appeals_of, interactions_of
from models.queries.timeline import Event, EventKey, events_of
from widgets.qt import QtCore, QtGui, QtWidgets
from widgets.titled_table_model import TitledTableModel

PAGE = 50
SOURCES = ("contact", "appeal", "change")
"""The loaders: contacts, appeals and the change history (``billing.customer_history``)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the timeline."""

    at: datetime
    source: str
    what: str
    details: str
    who: str
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Cursors:
    """Where each source's next page starts; None once a source is exhausted."""

    contact: int | None = 0
    appeal: int | None = 0
    change: int | None = 0
    events: bool = True
    """Whether readings, bills, payments, prints and portal events may hold more."""
    events_after: EventKey | None = None

    @property
    def has_more(self) -> bool:
        """Whether any source may hold older entries."""
        return self.events or any(getattr(self, s) is not None for s in SOURCES)


@dataclass(frozen=True, slots=True)
class Page:
    """Entries of one load, the cursors after it, and the sources the database refused."""

    entries: tuple[Entry, ...]
    cursors: Cursors
    refused: tuple[str, ...] = ()


def _before(cursor: int | None) -> int | None:
    return cursor if cursor else None


def _refused(error: DBAPIError) -> bool:
    return isinstance(error.orig, psycopg.errors.InsufficientPrivilege)


def load_page(session: Session, customer_id: int, cursors: Cursors) -> Page:
    """The next page of every source that has more (runs in a worker)."""
    entries: list[Entry] = []
    refused: list[str] = []
    after = cursors
    if cursors.contact is not None:
        try:
            contacts = interactions_of(session, customer_id, _before(cursors.contact), PAGE)
        except DBAPIError as error:
            if not _refused(error):
                raise
            session.rollback()
            contacts, refused = (), [*refused, "contact"]
            after = replace(after, contact=None)
        else:
            for c in contacts:
                facts = ", ".join(fact_title(f).replace("&", "") for f in c.identified_by)
                details = " · ".join(part for part in (c.note, c.outcome) if part)
                if facts:
                    details = QtCore.QCoreApplication.translate(
                        "Timeline", "identified by: {facts}"
                    ).format(facts=facts) + (f" · {details}" if details else "")
                entries.append(
                    Entry(c.at, "contact", f"{label(c.channel)}: {c.topic}", details, c.operator)
                )
            after = replace(after, contact=contacts[-1].id if len(contacts) == PAGE else None)
    if cursors.appeal is not None:
        try:
            appeals = appeals_of(session, customer_id, _before(cursors.appeal), PAGE)
        except DBAPIError as error:
            if not _refused(error):
                raise
            session.rollback()
            appeals, refused = (), [*refused, "appeal"]
            after = replace(after, appeal=None)
        else:
            for a in appeals:
                state = label("overdue") if a.overdue else label(a.status)
                what = QtCore.QCoreApplication.translate(
                    "Timeline", "Appeal {number} ({kind}): {state}, due {day}"
                ).format(
                    number=a.number, kind=label(a.kind), state=state, day=format_date(a.deadline)
                )
                details = a.body if not a.answer else f"{a.body}\n→ {a.answer}"
                entries.append(
                    Entry(a.created_at, "appeal", what, details, label(a.source), a.overdue)
                )
            after = replace(after, appeal=appeals[-1].id if len(appeals) == PAGE else None)
    if cursors.change is not None:
        history = history_for_customer(session, customer_id, PAGE, _before(cursors.change))
        for record in history.records:
            described = describe_change(record)
            if described is not None:
                category, what = described
                entries.append(Entry(record.at, category, what, record.summary(), record.operator))
        after = replace(after, change=history.next_before_id)
    if cursors.events:
        events = events_of(session, customer_id, cursors.events_after, PAGE)
        entries.extend(describe_event(event) for event in events)
        after = replace(
            after,
            events=len(events) == PAGE,
            events_after=events[-1].position if events else None,
        )
    return Page(tuple(entries), after, tuple(refused))


EVENT_TABLES = frozenset({"reading", "bill", "bill_line", "payment", "link_request"})
"""Tables whose new rows the timeline shows as events; the change history adds only
their later changes (a correction's reason, a decided request)."""

PORTAL_TABLES = frozenset(
    {"portal_user", "portal_action", "account_link", "registration_review", "notification"}
)

KIND_OF_EVENT = {
    "reading": "reading",
    "bill": "bill",
    "payment": "payment",
    "print": "print",
    "link_request": "portal",
    "portal_action": "portal",
}
"""The timeline filter an event belongs to."""

_PRINTED: dict[str, object] = {
    "bill": QtCore.QT_TRANSLATE_NOOP("Timeline", "bill"),
    "payment_receipt": QtCore.QT_TRANSLATE_NOOP("Timeline", "payment receipt"),
    "statement": QtCore.QT_TRANSLATE_NOOP("Timeline", "account statement"),
    "shift_report": QtCore.QT_TRANSLATE_NOOP("Timeline", "shift report"),
    "appeal_answer": QtCore.QT_TRANSLATE_NOOP("Timeline", "answer to an appeal"),
}


_BILL = QtCore.QT_TRANSLATE_NOOP("Timeline", "Bill {number} for {period}: {amount}")
_CORRECTION = QtCore.QT_TRANSLATE_NOOP("Timeline", "Correction {number} for {period}: {amount}")


def _translate(text: str) -> str:
    return QtCore.QCoreApplication.translate("Timeline", text)


def describe_change(record: AuditRecord) -> tuple[str, str] | None:
    """The timeline filter and line of one change-history row; None for the creation of
    a row the timeline shows as an event already."""
    if record.action == "INSERT" and record.table_name in EVENT_TABLES:
        return None
    category = "portal" if record.table_name in PORTAL_TABLES else "change"
    what = (
        f"{table_title(record.table_name)} {record.row_key}: {action_title(record.action).lower()}"
    )
    return category, what


def describe_event(event: Event) -> Entry:
    """One business event as a timeline line, in words."""
    if event.kind == "reading":
        what = _translate("Reading {value} kWh, {zone}, meter {serial} ({source})").format(
            value=event.value,
            zone=event.zone,
            serial=event.number,
            source=reading_source_label(event.code),
        )
    elif event.kind == "bill":
        template = _CORRECTION if event.code == "correction" else _BILL
        what = _translate(str(template)).format(
            number=event.number,
            period=event.day.strftime("%m.%Y") if event.day else "",
            amount=format_money(event.amount or Decimal(0)),
        )
    elif event.kind == "payment":
        what = _translate("Payment of {amount} ({channel})").format(
            amount=format_money(event.amount or Decimal(0)),
            channel=payment_channel_label(event.code),
        )
    elif event.kind == "print":
        printed = _PRINTED.get(event.code)
        what = _translate("Printed: {document}, copy {copy}").format(
            document=_translate(str(printed)) if printed is not None else event.code,
            copy=event.copy or 1,
        )
    elif event.kind == "link_request":
        what = _translate("Link request {number} for account {account}: {status}").format(
            number=event.copy, account=event.number, status=moderation_label(event.code)
        )
    else:
        what = _translate("Portal login {login}: {action}").format(
            login=event.number, action=event.code
        )
    return Entry(event.at, KIND_OF_EVENT[event.kind], what, event.reason or "", event.operator)


class TimelineModel(TitledTableModel):
    """Timeline entries, newest first, with a filter by source."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles((self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Who")))
        self._all: list[Entry] = []
        self._shown: list[Entry] = []
        self._source: str | None = None

    def row_total(self) -> int:
        return len(self._shown)

    def data(self, index: Any, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        entry = self._shown[index.row()]
        if role in (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole):
            values = (format_moment(entry.at), entry.what, entry.details, entry.who)
            text = values[index.column()]
            return text if role == QtCore.Qt.ItemDataRole.ToolTipRole else text.replace("\n", " ")
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and entry.overdue:
            return QtGui.QBrush(QtGui.QColor("#b3261e"))
        return None

    def entries(self) -> tuple[Entry, ...]:
        """What is shown now, in order."""
        return tuple(self._shown)

    def clear(self) -> None:
        self.beginResetModel()
        self._all, self._shown = [], []
        self.endResetModel()

    def add(self, entries: Sequence[Entry]) -> None:
        """Merge a page in; everything stays newest first."""
        self.beginResetModel()
        self._all = sorted([*self._all, *entries], key=lambda e: e.at, reverse=True)
        self._apply()
        self.endResetModel()

    def set_source(self, source: str | None) -> None:
        """Show only contacts, appeals or changes (None: everything)."""
        self.beginResetModel()
        self._source = source
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._shown = [e for e in self._all if self._source in (None, e.source)]


class TimelineView(QtWidgets.QWidget):
    """The card's timeline section."""

    def __init__(
        self, runner: TaskRunner, customer_id: int | None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardTimeline")
        self.setAccessibleName(self.tr("Timeline"))
        self._runner = runner
        self._customer_id = customer_id
        self._cursors: Cursors | None = None
        self._generation = 0
        self.filter = QtWidgets.QComboBox()
        self.filter.setObjectName("timelineFilter")
        self.filter.setAccessibleName(self.tr("Show in the timeline"))
        self.filter.addItem(self.tr("everything"), None)
        self.filter.addItem(self.tr("contacts"), "contact")
        self.filter.addItem(self.tr("appeals"), "appeal")
        self.filter.addItem(self.tr("portal and link requests"), "portal")
        self.filter.addItem(self.tr("readings"), "reading")
        self.filter.addItem(self.tr("bills"), "bill")
        self.filter.addItem(self.tr("payments"), "payment")
        self.filter.addItem(self.tr("prints"), "print")
        self.filter.addItem(self.tr("other data changes"), "change")
        self.model = TimelineModel(self)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.model.set_source(self.filter.currentData())
        )
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Timeline entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("timelineStatus")
        self.status.setAccessibleName(self.tr("Timeline status"))
        self.more = QtWidgets.QPushButton(self.tr("Show o&lder"))
        self.more.setObjectName("timelineMore")
        self.more.setAccessibleName(self.tr("Show older entries"))
        self.more.clicked.connect(self.load_more)
        self.more.hide()
        top = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(self.tr("&Show:"))
        caption.setBuddy(self.filter)
        top.addWidget(caption)
        top.addWidget(self.filter)
        top.addStretch(1)
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def set_customer(self, customer_id: int) -> None:
        """Show ``customer_id``'s timeline (a card built ahead of time learns its customer)."""
        self._customer_id = customer_id
        self._cursors = None
        self.model.clear()

    @property
    def loaded(self) -> bool:
        """Whether the first page was asked for."""
        return self._cursors is not None

    def ensure_loaded(self) -> None:
        """Load the first page unless it is loaded already (the section was shown)."""
        if self._cursors is None:
            self.reload()

    def reload(self) -> None:
        """Start again from the newest entries."""
        self._generation += 1
        self._cursors = Cursors()
        self.model.clear()
        self._fetch()

    def load_more(self) -> None:
        """The next page of every source that has more."""
        if self._cursors is not None and self._cursors.has_more:
            self._fetch()

    def _fetch(self) -> None:
        if self._customer_id is None:
            return
        cursors, customer_id, generation = (
            self._cursors or Cursors(),
            self._customer_id,
            self._generation,
        )
        self.more.setEnabled(False)
        self.status.setText(self.tr("Loading…"))

        def work(session: Session, _token: Any, _progress: Any) -> Page:
            return load_page(session, customer_id, cursors)

        @while_alive
        def done(view: TimelineView, page: Page) -> None:
            if generation != view._generation:
                return
            view._cursors = page.cursors
            view.model.add(page.entries)
            view.more.setVisible(page.cursors.has_more)
            view.more.setEnabled(True)
            text = QtCore.QCoreApplication.translate(
                "TimelineView", "Entries shown: {count}"
            ).format(count=view.model.rowCount())
            if page.refused:
                text += " · " + QtCore.QCoreApplication.translate(
                    "TimelineView", "contacts and appeals are not available to your role"
                )
            view.status.setText(text)
            view.table.resizeColumnsToContents()

        @while_alive
        def failed(view: TimelineView, error: TaskError) -> None:
            view.more.setEnabled(True)
            view.status.setText(describe_error(error))

        self._runner.submit(work, lambda page: done(self, page), lambda e: failed(self, e))
