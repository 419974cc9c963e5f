"""The one place the Qt binding is imported from, so its quirks live here."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

Signal = QtCore.Signal
Slot = QtCore.Slot
Qt = QtCore.Qt


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (for code outside QObject methods)."""
    return QtCore.QCoreApplication.translate(context, text, disambiguation, n)


def qdate(day: date) -> QtCore.QDate:
    """``day`` as a QDate (the bindings' stubs take no ``datetime.date``)."""
    return QtCore.QDate(day.year, day.month, day.day)


__all__ = ["Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot", "qdate", "tr"]
