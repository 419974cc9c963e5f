"""The decision view's body as HTML: what the customer typed beside what billing holds."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from console.formatting import format_amount, format_date, format_moment, format_period
from console.moderation.labels import label
from console.problem_texts import describe
from console.vocabulary import payment_channel_label
from models.domain.problems import Problem
from models.domain.working_days import Ageing
from models.queries.moderation import (
    LinkRequestDetail,
    MergeLogin,
    MergeRequestDetail,
    ProofEvidence,
    ReviewDetail,
)
from widgets.qt import QtCore, tr

_CONTEXT = "DecisionView"
_MATCH = "background:#d4edda;font-weight:bold"
_MISMATCH = "color:#a11"

_SOURCES = (
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Portal user"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Region"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Account"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "no such account"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Owner"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Name"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "no customer with this INN"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "INN"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "KPP"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "OGRN / OGRNIP"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Contract"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Link request"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "received"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Taken by"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "The automatic check passes now."),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Why the automatic check failed:"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "The customer typed"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Billing holds"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "none"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Last payments"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Meters"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Bills"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Decided by"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "check digits valid"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Registration"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "belongs to"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "no such contract"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "due by"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "in service"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Proof"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "working days waiting: %1"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "belongs to this customer"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Applicant"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Phone"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Login"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Proofs the applicant gave"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "matches billing"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "does not match"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "The applicant gave no proof."),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Branches with this INN"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "the registration's KPP"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "no KPP"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Merge request"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Requested by"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Comment"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Keep"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Join and remove"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Customer"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "Accounts it sees"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "the login no longer exists"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "changed since the request"),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "The logins belong to different customers."),
    QtCore.QT_TRANSLATE_NOOP("DecisionView", "no customer yet"),
)
"""Every text the page translates at run time, declared for lupdate."""


def _t(text: str) -> str:
    return escape(tr(_CONTEXT, text))


def _row(title: str, *cells: str) -> str:
    return f"<tr><th align='left'>{_t(title)}</th>{''.join(f'<td>{c}</td>' for c in cells)}</tr>"


def _mark(text: str, matches: bool) -> str:
    return f"<span style='{_MATCH}'>{escape(text)}</span>" if matches else escape(text)


def _problems(problems: Iterable[Problem]) -> str:
    items = "".join(f"<li>{escape(describe(p))}</li>" for p in problems)
    return f"<ul style='{_MISMATCH}'>{items}</ul>" if items else ""


def _term(ageing: Ageing) -> str:
    days = str(ageing.working_days_elapsed)
    text = tr(_CONTEXT, "working days waiting: %1").replace("%1", days)
    due = format_date(ageing.due_date)
    due_by = tr(_CONTEXT, "due by")
    return escape(f"{text}; {label(ageing.status.value)} ({due_by} {due})")


def link_request_html(d: LinkRequestDetail) -> str:
    """The link request's page."""
    owner = escape(d.owner_name or "—")
    if d.owner_name and d.owner_prefix_matches:
        surname_len = 3
        owner = _mark(d.owner_name[:surname_len], True) + escape(d.owner_name[surname_len:])
    head = (
        f"<h2>{_t('Link request')} № {d.number}</h2>"
        f"<p>{escape(label(d.status))} · {_t('received')} {escape(format_moment(d.created_at))}"
        f" · {_term(d.ageing)}</p>"
    )
    if d.claimed_by:
        head += f"<p>{_t('Taken by')} {escape(d.claimed_by)}</p>"
    if d.check.matched:
        verdict = f"<p style='color:#155724'>{_t('The automatic check passes now.')}</p>"
    else:
        verdict = f"<p><b>{_t('Why the automatic check failed:')}</b></p>" + _problems(
            d.check.problems
        )
    table = (
        "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
        f"<tr><th></th><th>{_t('The customer typed')}</th><th>{_t('Billing holds')}</th></tr>"
        + _row("Portal user", escape(f"{d.portal_login} <{d.portal_email}>"), "")
        + _row("Region", escape(d.region), escape(d.facts.account_region or "—"))
        + _row("Account", escape(d.account_number), escape(d.address or _t("no such account")))
        + _row(
            "Proof",
            f"{escape(label(d.proof_kind.value))}: <b>{escape(d.proof_value)}</b>",
            owner if d.proof_kind.value == "surname_prefix" else "",
        )
        + _row("Owner", "", owner)
        + "</table>"
    )
    payments = "".join(
        f"<tr><td>{escape(format_date(p.paid_on))}</td>"
        f"<td align='right'>{_mark(format_amount(p.amount), p.matches)}</td>"
        f"<td>{escape(payment_channel_label(p.channel))}</td></tr>"
        for p in d.payments
    )
    meters = "".join(
        f"<tr><td>{_mark(m.serial_number, m.matches)}</td><td>{escape(m.model)}</td>"
        f"<td>{escape(format_date(m.removed_on) or tr(_CONTEXT, 'in service'))}</td></tr>"
        for m in d.meters
    )
    bills = "".join(
        f"<tr><td>{escape(format_period(b.billing_period))}</td>"
        f"<td>{_mark(b.receipt_number, b.matches)}</td>"
        f"<td align='right'>{escape(format_amount(b.amount))}</td></tr>"
        for b in d.bills
    )
    empty = f"<tr><td>{_t('none')}</td></tr>"
    lists = (
        f"<table width='100%'><tr valign='top'>"
        f"<td><b>{_t('Last payments')}</b><table cellpadding='3'>{payments or empty}</table></td>"
        f"<td><b>{_t('Meters')}</b><table cellpadding='3'>{meters or empty}</table></td>"
        f"<td><b>{_t('Bills')}</b><table cellpadding='3'>{bills or empty}</table></td>"
        "</tr></table>"
    )
    decided = ""
    if d.decided_by and d.status not in ("new", "pending"):
        decided = f"<p>{_t('Decided by')} {escape(d.decided_by)}. {escape(d.reason or '')}</p>"
    return head + verdict + table + lists + decided


def _sentences(problems: Iterable[Problem]) -> str:
    return "; ".join(describe(p) for p in problems)


def _identifier(
    title: str, value: str | None, problems: tuple[Problem, ...], billing: str | None
) -> str:
    if not value:
        return _row(title, "—", escape(billing or ""))
    state = (
        f"<span style='color:#155724'>✓ {_t('check digits valid')}</span>"
        if not problems
        else f"<span style='{_MISMATCH}'>✗ {escape(_sentences(problems))}</span>"
    )
    match = billing is not None and billing == value
    return _row(title, f"{escape(value)}<br/>{state}", _mark(billing or "—", match))


def review_html(d: ReviewDetail) -> str:
    """The registration review's page."""
    head = (
        f"<h2>{_t('Registration')}: {escape(d.portal_login)}</h2>"
        f"<p>{escape(label(d.customer_kind))} · {escape(label(d.status))} · {_t('received')} "
        f"{escape(format_moment(d.created_at))} · "
        f"{_term(d.ageing)}</p>"
    )
    if d.claimed_by:
        head += f"<p>{_t('Taken by')} {escape(d.claimed_by)}</p>"
    rows = _row("Portal user", escape(f"{d.portal_login} <{d.portal_email}>"), "")
    rows += _row("Applicant", escape(d.applicant_name or "—"), "")
    rows += _row("Phone", escape(d.portal_phone or "—"), "")
    if d.customer_kind == "organisation":
        name = " ".join(p for p in (d.organisation_type, d.organisation_name) if p)
        rows += _row(
            "Name",
            escape(name or "—"),
            _mark(d.customer_name or _t("no customer with this INN"), d.customer_name is not None),
        )
        rows += _identifier("INN", d.inn, d.inn_problems, d.inn if d.customer_id else None)
        rows += _identifier("KPP", d.kpp, d.kpp_problems, d.customer_kpp)
        rows += _identifier("OGRN / OGRNIP", d.ogrn, d.ogrn_problems, d.customer_ogrn)
        for contract in d.contracts:
            if contract.belongs:
                state = _mark(tr(_CONTEXT, "belongs to this customer"), True)
            elif contract.found:
                holder = escape(contract.holder or "")
                state = f"<span style='{_MISMATCH}'>{_t('belongs to')} {holder}</span>"
            else:
                state = f"<span style='{_MISMATCH}'>{_t('no such contract')}</span>"
            rows += _row("Contract", escape(contract.number), state)
    rows += _row(
        "Account",
        escape(" ".join(p for p in (d.region, d.account_number) if p) or "—"),
        _mark(d.account_owner, True) if d.account_owner else _t("no such account"),
    )
    table = (
        "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
        f"<tr><th></th><th>{_t('The customer typed')}</th><th>{_t('Billing holds')}</th></tr>"
        f"{rows}</table>"
    )
    decided = f"<p>{escape(d.reason)}</p>" if d.reason else ""
    return head + table + _proofs_html(d.proofs) + _branches_html(d) + decided


def _proofs_html(proofs: tuple[ProofEvidence, ...]) -> str:
    """The applicant's proofs with the database's verdicts (never what billing holds)."""
    title = f"<p><b>{_t('Proofs the applicant gave')}</b></p>"
    if not proofs:
        return title + f"<p style='{_MISMATCH}'>{_t('The applicant gave no proof.')}</p>"
    rows = ""
    for proof in proofs:
        verdict = (
            f"<span style='{_MATCH}'>✓ {_t('matches billing')}</span>"
            if proof.matched
            else f"<span style='{_MISMATCH}'>✗ {_t('does not match')}</span>"
            + _problems(proof.problems)
        )
        account = " ".join(p for p in (proof.region, proof.account_number) if p)
        rows += (
            f"<tr><td>{escape(account)}</td><td>{escape(label(proof.kind))}: "
            f"<b>{escape(proof.value)}</b></td><td>{verdict}</td></tr>"
        )
    return (
        title + "<table cellpadding='4' cellspacing='0' border='1'"
        f" style='border-collapse:collapse'>{rows}</table>"
    )


def _branches_html(d: ReviewDetail) -> str:
    if len(d.branches) < 2:
        return ""
    items = ""
    for branch in d.branches:
        kpp = branch.kpp or tr(_CONTEXT, "no KPP")
        text = branch.name + ", " + tr(_CONTEXT, "KPP") + " " + kpp
        ours = d.kpp is not None and branch.kpp_matches
        mark = " — " + _t("the registration's KPP") if ours else ""
        items += f"<li>{_mark(text, ours)}{mark}</li>"
    return f"<p><b>{_t('Branches with this INN')}</b></p><ul>{items}</ul>"


def _merge_login_cell(login: MergeLogin) -> str:
    if not login.exists:
        gone = _t("the login no longer exists")
        return f"<b>{escape(login.login)}</b><br/><span style='{_MISMATCH}'>{gone}</span>"
    text = f"<b>{escape(login.login)}</b>"
    if login.changed:
        text += f"<br/><span style='{_MISMATCH}'>{_t('changed since the request')}</span>"
    return text


def merge_request_html(d: MergeRequestDetail) -> str:
    """The merge request's page: both logins, their customers and accounts, side by side."""
    head = (
        f"<h2>{_t('Merge request')} № {d.id}</h2>"
        f"<p>{escape(label(d.status))} · {_t('received')} {escape(format_moment(d.created_at))}"
        f" · {_term(d.ageing)}</p>"
        f"<p>{_t('Requested by')} {escape(d.requested_by)}"
        + (f" · {_t('Comment')}: {escape(d.comment)}" if d.comment else "")
        + "</p>"
    )
    if d.claimed_by:
        head += f"<p>{_t('Taken by')} {escape(d.claimed_by)}</p>"
    if not d.same_customer:
        head += (
            f"<p style='{_MISMATCH}'><b>{_t('The logins belong to different customers.')}</b></p>"
        )

    def accounts(login: MergeLogin) -> str:
        return "<br/>".join(escape(a) for a in login.accounts) or _t("none")

    def customer(login: MergeLogin) -> str:
        return escape(login.customer) if login.customer else _t("no customer yet")

    table = (
        "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
        f"<tr><th></th><th>{_t('Keep')}</th><th>{_t('Join and remove')}</th></tr>"
        + _row("Login", _merge_login_cell(d.keep), _merge_login_cell(d.joined))
        + _row("Customer", customer(d.keep), customer(d.joined))
        + _row("Accounts it sees", accounts(d.keep), accounts(d.joined))
        + "</table>"
    )
    decided = ""
    if d.decided_by and d.status != "pending":
        decided = f"<p>{_t('Decided by')} {escape(d.decided_by)}. {escape(d.reason or '')}</p>"
    return head + table + decided
