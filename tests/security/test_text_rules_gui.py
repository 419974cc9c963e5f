"""The text rules next to the field: what the database would refuse, the dialog explains.

A supervisor pastes a block reason carrying a right-to-left override, an agent an e-mail
with a zero-width space: the action dialog stays open with the Russian sentence under
the input, and nothing reaches the database.
"""

from __future__ import annotations

from sqlalchemy import text

from console.lookup.action_dialog import ActionDialog
from console.services import portal_actions as actions
from console.tasks import TaskRunner
from models.database import make_engine, make_session_factory


def test_the_dialogs_explain_refused_text_in_russian(
    qtbot, russian, pg_server, db_name, make_operator, sessions
) -> None:
    supervisor = make_operator("supervisor")
    engine = make_engine(
        pg_server.url(db_name, user=supervisor.login, password=supervisor.password)
    )
    runner = TaskRunner(make_session_factory(engine))
    with sessions() as session:
        user_id, version = session.execute(
            text("SELECT id, version FROM portal_user WHERE status = 'active' ORDER BY id LIMIT 1")
        ).one()
    cases = (
        (
            lambda s, value, _c: actions.block(s, user_id, version, value),
            "мошенничество\u202eесть",
            "Уберите невидимые или управляющие символы (U+202E)",
        ),
        (
            lambda s, value, _c: actions.block(s, user_id, version, value),
            "я" * 501,
            "Слишком длинно: не больше 500 символов; введено 501.",
        ),
        (
            lambda s, value, _c: actions.change_email(s, user_id, version, value),
            "iva\u200bnov@mail.ru",
            "Уберите невидимые или управляющие символы (U+200B)",
        ),
    )
    try:
        for work, typed, sentence in cases:
            dialog = ActionDialog(runner, "Проверка", "Проверка", work, input_label="Причина")
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.input is not None
            dialog.input.setText(typed)
            dialog.run()
            qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
            assert sentence in dialog.problem.text()
            assert dialog.isVisible()
        runner.wait_for_done()
    finally:
        engine.dispose()
    with sessions() as session:
        row = session.execute(
            text("SELECT status, version FROM portal_user WHERE id = :id"), {"id": user_id}
        ).one()
    assert tuple(row) == ("active", version)
