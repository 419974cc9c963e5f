"""Link an account to the caller's portal login, or correct a waiting link request.

The agent types what the caller says: the region, the account number and one proof the
portal accepts (the unique receipt number, the amount of the last payment, a meter's
serial number or the first letters of the owner's surname). The portal's own check runs
in the database; the dialog then says at once whether the account is linked or which
numbered request waits for a supervisor, and that the customer is told by SMS and
e-mail. It never says what billing holds, only whether the proof matched.
"""

from __future__ import annotations

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.lookup.texts import proof_kind_name
from console.problem_texts import describe
from console.services import link_requests
from console.services.link_requests import LinkOutcome
from console.services.lookup import load_regions
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.domain.enums import ProofKind
from models.queries.card import LinkRequestInfo, PortalUserInfo
from models.queries.lookup import RegionOption
from widgets.qt import QtWidgets, Signal

PROOF_ORDER = (
    ProofKind.RECEIPT_NUMBER,
    ProofKind.LAST_PAYMENT_AMOUNT,
    ProofKind.METER_SERIAL,
    ProofKind.SURNAME_PREFIX,
)
"""The proofs in the order the portals ask for them (Kamchatskenergo: the receipt)."""


class LinkAccountDialog(QtWidgets.QDialog):
    """The form of a link request; runs the check and shows its outcome in place."""

    finished_with = Signal(object)
    """The request was made or changed (its :class:`LinkOutcome`): the card reloads."""

    def __init__(
        self,
        runner: TaskRunner,
        user: PortalUserInfo,
        request: LinkRequestInfo | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupLinkDialog")
        self._runner = runner
        self._user = user
        self._request = request
        self.outcome: LinkOutcome | None = None
        if request is None:
            self.setWindowTitle(self.tr("Link an account for the caller"))
            intro = self.tr(
                "Login {login}. Ask the caller for the account number and one proof; the "
                "portal's check runs at once."
            ).format(login=user.login)
        else:
            self.setWindowTitle(
                self.tr("Edit link request № {number}").format(number=request.number)
            )
            intro = self.tr(
                "Correct request № {number} as the caller says; the check runs again."
            ).format(number=request.number)
        self.setMinimumWidth(480)
        layout = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(intro)
        text.setObjectName("lookupLinkIntro")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QtWidgets.QFormLayout()
        self.region = QtWidgets.QComboBox()
        self.region.setObjectName("lookupLinkRegion")
        self.region.setAccessibleName(self.tr("Region"))
        self.number = QtWidgets.QLineEdit(request.account_number if request else "")
        self.number.setObjectName("lookupLinkAccountNumber")
        self.number.setAccessibleName(self.tr("Account number"))
        self.number.setMaxLength(32)
        self.kind = QtWidgets.QComboBox()
        self.kind.setObjectName("lookupLinkProofKind")
        self.kind.setAccessibleName(self.tr("Proof"))
        for kind in PROOF_ORDER:
            self.kind.addItem(proof_kind_name(kind), kind.value)
        if request is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(request.proof_kind)))
        self.proof = QtWidgets.QLineEdit(request.proof_value if request else "")
        self.proof.setObjectName("lookupLinkProofValue")
        self.proof.setAccessibleName(self.tr("What the caller says"))
        self.proof.setMaxLength(100)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Account number:"), self.number)
        form.addRow(self.tr("&Proof:"), self.kind)
        form.addRow(self.tr("&Caller says:"), self.proof)
        for row, field in enumerate((self.region, self.number, self.kind, self.proof)):
            label = form.itemAt(row, QtWidgets.QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QtWidgets.QLabel):
                widget.setBuddy(field)
        layout.addLayout(form)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("lookupLinkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.verdict = QtWidgets.QLabel()
        self.verdict.setObjectName("lookupLinkResult")
        self.verdict.setAccessibleName(self.tr("Result of the check"))
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        layout.addWidget(self.verdict)
        self.buttons = QtWidgets.QDialogButtonBox()
        self.buttons.setObjectName("lookupLinkButtons")
        self.run_button = self.buttons.addButton(
            self.tr("Check and link") if request is None else self.tr("Save and check"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.run_button.setObjectName("lookupLinkRun")
        self.run_button.setAccessibleName(self.run_button.text())
        self.run_button.setDefault(True)
        self.close_button = self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("lookupLinkClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.run_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.region, self.number)
        self.setTabOrder(self.number, self.kind)
        self.setTabOrder(self.kind, self.proof)
        self.setTabOrder(self.proof, self.run_button)
        self.run_button.setEnabled(False)
        self.number.setFocus()
        runner.submit(
            lambda session, token, progress: load_regions(session),
            self._regions,
            self._failed,
        )

    @while_alive
    def _regions(self, regions: list[RegionOption]) -> None:
        for region in regions:
            self.region.addItem(region.name, region.id)
        if self._request is not None and self._request.region_id is not None:
            self.region.setCurrentIndex(max(0, self.region.findData(self._request.region_id)))
        self.run_button.setEnabled(True)

    def run(self) -> None:
        """Run the check in the background; the outcome shows in the dialog."""
        region = self.region.currentData()
        number, kind, value = self.number.text(), str(self.kind.currentData()), self.proof.text()
        user, request = self._user, self._request
        self.run_button.setEnabled(False)
        self.problem.hide()
        if request is None:
            self._runner.submit(
                lambda session, token, progress: link_requests.link_account(
                    session, user.id, region, number, kind, value
                ),
                self._done,
                self._failed,
            )
        else:
            self._runner.submit(
                lambda session, token, progress: link_requests.edit_request(
                    session, request.id, request.version, region, number, kind, value
                ),
                self._done,
                self._failed,
            )

    @while_alive
    def _done(self, outcome: LinkOutcome) -> None:
        self.outcome = outcome
        if outcome.linked:
            text = self.tr(
                "The proof matched: account {account} is linked to {login} now. The customer "
                "gets an SMS and an e-mail about it."
            )
            style = "background: #e3f4e6; color: #1b5e20; border: 1px solid #a5d6a7;"
        else:
            text = self.tr(
                "The proof did not match what billing holds: request № {number} for account "
                "{account} goes to a supervisor (1 to 3 working days). Tell the caller the "
                "number; they get it by SMS and e-mail too."
            )
            style = "background: #e3ecfa; color: #1b3d6e; border: 1px solid #b4c8ea;"
        self.verdict.setText(
            text.format(
                account=outcome.account_number, login=self._user.login, number=outcome.number
            )
        )
        self.verdict.setStyleSheet(style + " border-radius: 4px; padding: 6px 10px;")
        self.verdict.show()
        for widget in (self.region, self.number, self.kind, self.proof, self.run_button):
            widget.setEnabled(False)
        self.close_button.setFocus()
        self.finished_with.emit(outcome)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.run_button.setEnabled(True)
        if error.kind is ErrorKind.INVALID and error.problems:
            message = "\n".join(describe(p) for p in error.problems)
        else:
            message = describe_error(error)
        self.problem.setText(message)
        self.problem.show()
        self.number.setFocus()
