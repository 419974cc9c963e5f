"""Install the UI translation: Russian by default, English on request."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []
_language: list[str] = []
"""The language last installed (empty before the first :func:`install_translation`)."""


def installed_language() -> str:
    """The language of the translation installed now ("en": none, the source language)."""
    return "ru" if _installed else "en"


def translations_dir() -> str:
    """Folder holding ``console_ru.qm`` (shipped in the ``resources`` package)."""
    return str(resources.files("resources").joinpath("translations"))


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Load the ``language`` translation of the console and of Qt's own dialogs.

    English is the source language, so it needs no file. Returns False if the
    translation file could not be loaded.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[:] = [language]
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
    )
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"console_{language}", translations_dir())
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded


def current_language() -> str | None:
    """The language installed last, or None if none was installed yet."""
    return _language[0] if _language else None


def forget_translation() -> None:
    """Drop the record of the installed translators (their application is shutting down)."""
    _installed.clear()
    _language.clear()
