"""What the customer card gets from contacts and appeals: the Ctrl+K button, the timeline.

Kept here so the card itself changes by a few lines only.
"""

from __future__ import annotations

from collections.abc import Callable

from console.appeals.contact_dialog import ContactDialog
from console.appeals.timeline import TimelineView
from console.formatting import format_date
from console.services.appeals import Recorded
from console.tasks import TaskRunner
from widgets.qt import QtCore, QtGui, QtWidgets

CONTACT_SHORTCUT = "Ctrl+K"


def contact_button(card: QtWidgets.QWidget, slot: Callable[[], None]) -> QtWidgets.QPushButton:
    """«Contact… (Ctrl+K)»: opens the contact dialog."""
    button = QtWidgets.QPushButton(
        QtCore.QCoreApplication.translate("CustomerCard", "Contact… (Ctrl+K)")
    )
    button.setObjectName("cardRecordContact")
    button.setAccessibleName(QtCore.QCoreApplication.translate("CustomerCard", "Record a contact"))
    button.setShortcut(QtGui.QKeySequence(CONTACT_SHORTCUT))
    button.clicked.connect(slot)
    return button


def open_contact_dialog(
    card: QtWidgets.QWidget,
    runner: TaskRunner,
    customer_id: int,
    account_id: int | None,
    *,
    note: str = "",
) -> ContactDialog:
    """Open the contact dialog over ``card`` (its note filled with ``note``); what it
    records shows on the card."""
    dialog = ContactDialog(runner, customer_id, account_id, note=note, parent=card)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    status = card.findChild(QtWidgets.QLabel, "cardStatus")
    timeline = card.findChild(TimelineView, "cardTimeline")

    def recorded(result: Recorded) -> None:
        if status is not None:
            if result.appeal_number:
                status.setText(
                    QtCore.QCoreApplication.translate(
                        "CustomerCard", "Contact recorded; appeal {number} registered, due {day}."
                    ).format(number=result.appeal_number, day=format_date(result.deadline))
                )
            else:
                status.setText(
                    QtCore.QCoreApplication.translate("CustomerCard", "Contact recorded.")
                )
            status.show()
        if timeline is not None:
            timeline.reload()

    dialog.recorded.connect(recorded)
    dialog.open()
    return dialog


def add_timeline(
    sections: QtWidgets.QTabWidget, runner: TaskRunner, customer_id: int | None
) -> TimelineView:
    """The card's «Timeline» section, loaded the first time it is shown."""
    view = TimelineView(runner, customer_id)
    index = sections.addTab(view, QtCore.QCoreApplication.translate("CustomerCard", "&Timeline"))

    def shown(current: int) -> None:
        if current == index:
            view.ensure_loaded()

    sections.currentChanged.connect(shown)
    return view
