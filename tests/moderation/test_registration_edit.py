"""Correcting an organisation's registration from the decision view, and its labels."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from console.moderation.detail_html import link_request_html
from console.moderation.registration_dialog import EditRegistrationDialog, split_contracts
from console.moderation.tab import REVIEW_TOOL, ModerationTab
from console.navigation import Navigator
from console.services import moderation
from console.settings import Settings
from console.tasks import Conflict, TaskRunner
from models.changes import Change
from models.clock import now
from models.domain.organisation_types import ORGANISATION_TYPES
from models.domain.problems import ValidationFailed
from models.queries.moderation import load_link_request
from models.queries.settings import working_calendar
from tests.moderation.conftest import DemoAccount, Operator
from widgets.qt import QtCore, QtWidgets

VALID = moderation.RegistrationData(
    organisation_type="ООО",
    organisation_name="«Заря»",
    inn="7707083893",
    kpp="773601001",
    ogrn="",
)
ENTREPRENEUR = moderation.RegistrationData(
    organisation_type="ИП",
    organisation_name="Петров Пётр Петрович",
    inn="500100732259",
    kpp="",
    ogrn="304500116000050",  # remainder mod 13 is 10 or more: python-stdnum 2.2 rejects it
)


def _review(engine: Engine) -> tuple[int, int]:
    """(id, version) of a pending organisation registration of the demo data, with a KPP
    (some branches' registrations name none: the supervisor picks the branch)."""
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT id, version FROM billing.registration_review WHERE status = 'pending'"
                " AND customer_kind = 'organisation' AND kpp IS NOT NULL ORDER BY id LIMIT 1"
            )
        ).one()
    return int(row.id), int(row.version)


def _version(engine: Engine, review_id: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT version FROM billing.registration_review WHERE id = :i"),
                {"i": review_id},
            ).scalar_one()
        )


def _codes(data: moderation.RegistrationData) -> dict[str, str | None]:
    return {p.code: p.field for p in moderation.registration_problems(data)}


def test_the_numbers_are_checked_before_the_database() -> None:
    assert moderation.registration_problems(VALID) == []
    assert moderation.registration_problems(ENTREPRENEUR) == []
    codes = _codes(
        replace(
            VALID, organisation_name=" ", inn="7707083894", kpp="77360100", ogrn="1027700132196"
        )
    )
    assert set(codes) == {
        "registration.name_required",
        "inn.checksum",
        "kpp.length",
        "ogrn.checksum",
    }


def test_the_numbers_must_fit_the_organisation_type() -> None:
    # An ИП with an organisation's numbers, and an organisation with an ИП's numbers.
    assert _codes(replace(VALID, organisation_type="ИП", ogrn="1027700132195")) == {
        "inn.length_person": "inn",
        "registration.kpp_entrepreneur": "kpp",
        "ogrnip.length": "ogrn",
    }
    assert _codes(replace(ENTREPRENEUR, organisation_type="АО")) == {
        "inn.length_organisation": "inn",
        "ogrn.length": "ogrn",
    }
    assert _codes(replace(VALID, organisation_type="Рога и копыта")) == {
        "registration.organisation_type": "organisation_type"
    }


def test_the_type_list_is_the_database_s(engine: Engine) -> None:
    with engine.connect() as connection:
        listed = connection.execute(text("SELECT billing.organisation_types()")).scalar_one()
    assert tuple(listed) == ORGANISATION_TYPES


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"organisation_type": "Рога и копыта"}, "registration.organisation_type"),
        ({"organisation_type": "ИП", "kpp": ""}, "registration.inn_kind"),
        ({"ogrn": "304500116000050"}, "registration.ogrn_kind"),
        ({"organisation_type": "ИП", "inn": "500100732259"}, "registration.kpp_entrepreneur"),
    ],
)
def test_the_database_refuses_numbers_that_do_not_fit_the_type(
    engine: Engine, supervisor: Operator, change: dict[str, str], code: str
) -> None:
    """The same rules hold for a client that skips the console's checks (plain SQL)."""
    review_id, version = _review(engine)
    data = replace(VALID, **change)
    with supervisor.sessions() as session, pytest.raises(DBAPIError) as refused:
        session.execute(
            text(
                "SELECT billing.edit_registration_review(:id, :version, :type, :name, :inn,"
                " :kpp, :ogrn, ARRAY[]::text[])"
            ),
            {
                "id": review_id,
                "version": version,
                "type": data.organisation_type,
                "name": data.organisation_name,
                "inn": data.inn,
                "kpp": data.kpp,
                "ogrn": data.ogrn,
            },
        )
    assert isinstance(refused.value.orig, psycopg.Error)
    assert refused.value.orig.diag.message_primary == code
    assert _version(engine, review_id) == version


def test_an_organisation_becomes_an_individual_entrepreneur(
    engine: Engine, supervisor: Operator
) -> None:
    review_id, version = _review(engine)
    with supervisor.sessions() as session:
        new = moderation.edit_registration(session, review_id, version, ENTREPRENEUR)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT organisation_type, inn, kpp, ogrn FROM billing.registration_review"
                " WHERE id = :i"
            ),
            {"i": review_id},
        ).one()
    assert new == version + 1
    assert tuple(row) == ("ИП", "500100732259", None, "304500116000050")
    assert split_contracts("01-1/ЭС, 02-2/ЭС;01-1/ЭС,, ") == ("01-1/ЭС", "02-2/ЭС")


def test_invalid_data_leaves_the_review_unchanged(engine: Engine, supervisor: Operator) -> None:
    review_id, version = _review(engine)
    with supervisor.sessions() as session, pytest.raises(ValidationFailed) as refused:
        moderation.edit_registration(session, review_id, version, replace(VALID, inn="123"))
    assert [p.field for p in refused.value.problems] == ["inn"]
    assert _version(engine, review_id) == version


def test_a_stale_version_is_a_conflict(engine: Engine, supervisor: Operator) -> None:
    review_id, version = _review(engine)
    with supervisor.sessions() as session:
        new = moderation.edit_registration(
            session, review_id, version, replace(VALID, contract_numbers=("01-1/ЭС",))
        )
        assert new == version + 1
        with pytest.raises(Conflict):
            moderation.edit_registration(session, review_id, version, VALID)


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, supervisor: Operator) -> Iterator[ModerationTab]:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    runner = TaskRunner(supervisor.sessions)
    navigator = Navigator()
    runner.changed.connect(navigator.changed)  # as the main window wires them
    widget = ModerationTab(runner, settings, navigator=navigator)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    yield widget
    runner.wait_for_done()


def test_edit_a_registration_from_the_decision_view(
    qtbot: QtBot, tab: ModerationTab, engine: Engine
) -> None:
    review_id, version = _review(engine)
    navigator = tab._navigator
    assert navigator is not None
    navigator.open_account_tool.emit(REVIEW_TOOL, review_id)  # the lookup's link
    edit = tab.findChild(QtWidgets.QPushButton, "moderationEdit")
    assert edit is not None
    qtbot.waitUntil(lambda: tab._detail is not None and edit.isEnabled(), timeout=10_000)
    dialog = tab.edit_registration(tab._detail)
    assert isinstance(dialog, EditRegistrationDialog)
    with engine.connect() as connection:  # the demo's first organisation registration
        kind = connection.execute(
            text("SELECT organisation_type FROM billing.registration_review WHERE id = :i"),
            {"i": review_id},
        ).scalar_one()
    assert dialog.kind.currentText() == kind
    assert dialog.kind.objectName() == "editOrganisationType"
    assert dialog.kind.accessibleName() == "Organisation type"
    # An individual entrepreneur cannot keep an organisation's INN and KPP.
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, QtCore.Qt.Key.Key_End)  # «ИП» is the last of the list
    assert dialog.kind.currentText() == "ИП"
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "12 digits" in dialog.errors["inn"].text()
    assert "no KPP" in dialog.errors["kpp"].text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("АО"))
    dialog.inputs["inn"].setText("7707083894")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors["inn"].isVisible()
    assert not dialog.errors["kpp"].isVisible()
    assert "check digit" in dialog.errors["inn"].text()
    dialog.inputs["inn"].setText("7707 083 893")
    dialog.inputs["contract_numbers"].setText("01-00006/ЭС, 99-1/ЭС")
    # The saved edit is published to every view of this console (the queue reloads that
    # row, the overview its counts).
    with qtbot.waitSignal(navigator.changed, timeout=10_000) as changed:
        dialog.save_button.click()
    assert changed.args == [Change.of("registration_review", items=[review_id])]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT organisation_type, inn, contract_numbers, version"
                " FROM billing.registration_review WHERE id = :i"
            ),
            {"i": review_id},
        ).one()
    assert (row.organisation_type, row.inn, row.contract_numbers, row.version) == (
        "АО",
        "7707083893",
        ["01-00006/ЭС", "99-1/ЭС"],
        version + 1,
    )
    qtbot.waitUntil(lambda: tab._detail is not None and tab._detail.version == version + 1)


def test_a_decision_made_meanwhile_is_reported_in_the_dialog(
    qtbot: QtBot, tab: ModerationTab, engine: Engine, supervisor: Operator
) -> None:
    review_id, version = _review(engine)
    assert tab._navigator is not None
    tab._navigator.open_account_tool.emit(REVIEW_TOOL, review_id)
    qtbot.waitUntil(lambda: tab._detail is not None, timeout=10_000)
    with supervisor.sessions() as session:  # another supervisor saves first
        moderation.edit_registration(session, review_id, version, VALID)
    dialog = tab.edit_registration(tab._detail)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Someone else changed" in dialog.message.text()
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_the_region_filter_is_filled_once(qtbot: QtBot, tab: ModerationTab, engine: Engine) -> None:
    combo = tab.findChild(QtWidgets.QComboBox, "moderationRegion")
    assert combo is not None
    with engine.connect() as connection:
        regions = connection.execute(text("SELECT count(*) FROM billing.region")).scalar_one()
    qtbot.waitUntil(lambda: combo.count() == regions + 1, timeout=10_000)
    combo.setCurrentIndex(2)
    chosen = combo.currentData()
    tab._fill_regions()
    assert combo.count() == regions + 1
    assert combo.currentData() == chosen


def test_payment_channels_have_their_names(demo_account: DemoAccount, supervisor: Operator) -> None:
    with supervisor.sessions() as session:
        state = moderation.create_link_request(
            session,
            demo_account.portal_user_id,
            demo_account.region_id,
            demo_account.number,
            "surname_prefix",
            "Щщщ",
        )
        detail = load_link_request(
            session, state.id, working_calendar(session, now().date()), now()
        )
    assert detail is not None
    assert detail.payments
    page = link_request_html(detail)
    channels = {p.channel for p in detail.payments}
    names = {
        "cash_desk": "cash desk",
        "bank": "bank",
        "online": "online banking",
        "portal": "customer portal",
    }
    for channel in channels:
        assert f"<td>{names[channel]}</td>" in page
    assert "cash_desk" not in page
