"""A phone or e-mail shown masked, with a "Show" button that reveals it (audited).

    label = ContactLabel(context.runner)
    label.set_contact(ContactRef("customer", customer.id, "phone"), customer.phone_masked)

The masked form is the database's (operators cannot read the whole value); pressing
"Show" asks the database (``billing.reveal_contact``), which records the reveal in the
audit log, and shows the value it returns. Changing the contact masks it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.services.contacts import ContactRef, display_contact, reveal_contact
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtCore, QtWidgets


class ContactLabel(QtWidgets.QWidget):
    """``+7 (***) ***-**-44  [Show]`` until revealed."""

    revealed = QtCore.Signal(str)

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactLabel")
        self._runner = runner
        self._ref: ContactRef | None = None
        self._revealed = False
        self.value = QtWidgets.QLabel()
        self.value.setObjectName("contactValue")
        self.value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QtWidgets.QPushButton(self.tr("Show"))
        self.button.setObjectName("contactReveal")
        self.button.setToolTip(self.tr("Show the whole contact (the reveal is recorded)"))
        self.button.setFlat(True)
        self.button.clicked.connect(self.reveal)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def set_contact(self, ref: ContactRef | None, masked: str | None, name: str = "") -> None:
        """Show a contact as the database masked it (or "—" when there is none)."""
        self._ref = ref if masked else None
        self._revealed = False
        self.value.setText((masked if ref is not None else "") or "—")
        self.value.setAccessibleName(name or self.tr("Contact"))
        self.button.setAccessibleName(
            self.tr("Show {name}").format(name=name or self.tr("contact"))
        )
        self.button.setVisible(self._ref is not None)
        self.button.setEnabled(True)

    @property
    def is_revealed(self) -> bool:
        """Whether the whole value is shown."""
        return self._revealed

    def reveal(self) -> None:
        """Ask the database for the value (audited) and show it."""
        ref = self._ref
        if ref is None:
            return
        self.button.setEnabled(False)

        def work(session: Session, _t: CancelToken, _p: Any) -> str | None:
            return reveal_contact(session, ref)

        def done(value: str | None) -> None:
            if ref is not self._ref:
                return
            shown = display_contact(ref.field, value) or "—"
            self.value.setText(shown)
            self._revealed = True
            self.button.hide()
            self.revealed.emit(shown)

        def failed(error: TaskError) -> None:
            self.button.setEnabled(True)
            self.button.setToolTip(describe_error(error))

        self._runner.submit(work, done, failed)
