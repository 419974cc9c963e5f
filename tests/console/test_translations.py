"""Every user-visible string has its Russian text, and the shipped .qm is up to date."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from resources.translations import build
from widgets.qt import QtCore


def test_every_string_is_translated_and_qm_is_current(tmp_path: Path) -> None:
    ts_copy = tmp_path / "console_ru.ts"
    shutil.copy(build.TS_FILE, ts_copy)
    missing = build.update_ts(ts_copy)
    untranslated = [
        message.findtext("source")
        for message in ET.parse(ts_copy).iter("message")
        if (
            message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        )
    ]
    assert missing == 0, (
        f"strings without Russian (run python -m resources.translations.build): {untranslated}"
    )
    qm_copy = tmp_path / "console_ru.qm"
    build.release(ts_copy, qm_copy)
    assert qm_copy.read_bytes() == build.QM_FILE.read_bytes(), (
        "console_ru.qm is stale: run python -m resources.translations.build"
    )


def test_russian_is_loaded_by_default(qapp) -> None:
    from console.i18n import install_translation

    assert install_translation(qapp, "ru")
    assert QtCore.QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    install_translation(qapp, "en")
    assert QtCore.QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate cannot see ``tr()`` inside f-string braces: such text would stay English."""
    import re

    root = Path(build.__file__).resolve().parents[2]
    hidden = re.compile(r"\{(self\.tr|tr|QCoreApplication\.translate)\(")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for folder in build.SOURCE_DIRS
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert offenders == []


def test_tr_is_called_on_self_only() -> None:
    """``form.tr("x")`` is filed by lupdate under the context "form", which no class has at
    run time, so the text stays English; other objects' texts use an explicit context."""
    import re

    root = Path(build.__file__).resolve().parents[2]
    foreign = re.compile(r"\b(?!self\b)(?!QCoreApplication\b)[A-Za-z_][\w.]*\.tr\(")
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for folder in build.SOURCE_DIRS
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if foreign.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
