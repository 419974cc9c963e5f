"""Register a portal login for a caller who cannot do it themselves.

The rules of the portal chosen apply, else the region's (Kamchatskenergo's by default;
the rule sets are the database's, ``billing.portal_rule_set``): a login of at least 8
characters without spaces, the phone +7 XXX XXX XX XX, the account number plus the
unique number of one of its receipts as the proof. The customer then gets an SMS code
and an e-mail link, where they set their own password (8+ characters, a Latin letter
and a digit): nobody at the console ever knows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.lookup.texts import proof_kind_name
from console.problem_texts import describe
from console.services import link_requests
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.domain.portal_rules import PortalRules
from models.queries.card import AccountInfo
from models.queries.portal_rules import load_rule_sets
from widgets.qt import QtWidgets, Signal


class RegisterLoginDialog(QtWidgets.QDialog):
    """The registration form; the login is created when the database accepts it."""

    registered = Signal(int)
    """The new login's id: the card reloads."""

    def __init__(
        self,
        runner: TaskRunner,
        accounts: Sequence[AccountInfo],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupRegisterDialog")
        self.setWindowTitle(self.tr("Register a portal login for the caller"))
        self.setMinimumWidth(500)
        self._runner = runner
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "The portal's rules apply: a login of at least 8 characters without spaces, "
                "a phone +7 XXX XXX XX XX, and the account number with the unique number of "
                "one of its receipts. The customer gets an SMS code and an e-mail link where "
                "they set their own password (8+ characters, a Latin letter and a digit)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QtWidgets.QFormLayout()
        self.account = QtWidgets.QComboBox()
        self.account.setObjectName("lookupRegisterAccount")
        self.account.setAccessibleName(self.tr("Account"))
        for account in accounts:
            self.account.addItem(
                f"{account.number} ({account.region_name})", (account.region_id, account.number)
            )
        # The portal whose rules apply (the rule sets come from the database).
        self.rule_set = QtWidgets.QComboBox()
        self.rule_set.setObjectName("lookupRegisterRuleSet")
        self.rule_set.setAccessibleName(self.tr("Portal rules"))
        self.rule_set.addItem(self.tr("The account region's"), None)
        self.rule_set.currentIndexChanged.connect(self._rules_chosen)
        self.proof_kind = QtWidgets.QComboBox()
        self.proof_kind.setObjectName("lookupRegisterProofKind")
        self.proof_kind.setAccessibleName(self.tr("Proof kind"))
        self.proof_kind.addItem(proof_kind_name("receipt_number"), None)
        self._rule_sets: dict[str, PortalRules] = {}
        self.receipt = QtWidgets.QLineEdit()
        self.receipt.setObjectName("lookupRegisterReceipt")
        self.receipt.setAccessibleName(self.tr("Unique receipt number"))
        self.login = QtWidgets.QLineEdit()
        self.login.setObjectName("lookupRegisterLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.email = QtWidgets.QLineEdit()
        self.email.setObjectName("lookupRegisterEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.phone = QtWidgets.QLineEdit()
        self.phone.setObjectName("lookupRegisterPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText("+7 XXX XXX XX XX")
        rows = (
            (self.tr("P&ortal:"), self.rule_set),
            (self.tr("&Account:"), self.account),
            (self.tr("Proof &kind:"), self.proof_kind),
            (self.tr("&Receipt number:"), self.receipt),  # or the other proof's value
            (self.tr("&Login:"), self.login),
            (self.tr("&E-mail:"), self.email),
            (self.tr("P&hone:"), self.phone),
        )
        for title, field in rows:
            label = QtWidgets.QLabel(title)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("lookupRegisterProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.verdict = QtWidgets.QLabel()
        self.verdict.setObjectName("lookupRegisterResult")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        layout.addWidget(self.verdict)
        buttons = QtWidgets.QDialogButtonBox()
        self.run_button = buttons.addButton(
            self.tr("Register"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setObjectName("lookupRegisterRun")
        self.run_button.setAccessibleName(self.tr("Register"))
        self.run_button.setDefault(True)
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.setObjectName("lookupRegisterClose")
        close.setAccessibleName(self.tr("Close"))
        self.run_button.clicked.connect(self.run)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.receipt.setFocus()
        runner.submit(
            lambda session, token, progress: load_rule_sets(session),
            self._rules_loaded,
            lambda _error: None,  # the region's rules still apply
        )

    @while_alive
    def _rules_loaded(self, rule_sets: tuple[PortalRules, ...]) -> None:
        self._rule_sets = {rules.code: rules for rules in rule_sets}
        for rules in rule_sets:
            self.rule_set.addItem(rules.name, rules.code)

    def _rules_chosen(self) -> None:
        """The proof kinds the chosen portal accepts (the first is its default)."""
        rules = self._rule_sets.get(self.rule_set.currentData() or "")
        self.proof_kind.clear()
        kinds = rules.proof_kinds if rules is not None else ("receipt_number",)
        for kind in kinds:
            self.proof_kind.addItem(proof_kind_name(kind), kind if rules is not None else None)
        self.receipt.setPlaceholderText(proof_kind_name(kinds[0]))

    def run(self) -> None:
        """Register in the background; refusals show under the form."""
        chosen = self.account.currentData()
        region, number = chosen if chosen else (None, "")
        receipt, login = self.receipt.text(), self.login.text()
        email, phone = self.email.text(), self.phone.text()
        rule_set, kind = self.rule_set.currentData(), self.proof_kind.currentData()
        self.run_button.setEnabled(False)
        self.problem.hide()
        self._runner.submit(
            lambda session, token, progress: link_requests.register_login(
                session,
                region,
                number,
                receipt,
                login,
                email,
                phone,
                rule_set=rule_set,
                proof_kind=kind,
            ),
            self._done,
            self._failed,
        )

    @while_alive
    def _done(self, portal_user_id: int) -> None:
        self.verdict.setText(
            self.tr(
                "The login {login} is registered and sees account {account}. The customer "
                "gets an SMS code and an e-mail link; the login works once they follow it."
            ).format(login=self.login.text(), account=self.account.currentText())
        )
        self.verdict.setStyleSheet(
            "background: #e3f4e6; color: #1b5e20; border: 1px solid #a5d6a7;"
            " border-radius: 4px; padding: 6px 10px;"
        )
        self.verdict.show()
        for field in (
            self.rule_set,
            self.account,
            self.proof_kind,
            self.receipt,
            self.login,
            self.email,
            self.phone,
        ):
            field.setEnabled(False)
        self.registered.emit(portal_user_id)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.run_button.setEnabled(True)
        if error.kind is ErrorKind.INVALID and error.problems:
            message = "\n".join(describe(p) for p in error.problems)
        else:
            message = describe_error(error)
        self.problem.setText(message)
        self.problem.show()
