"""Print a document: log the print, build and render it in a worker, then preview it.

The print log decides whether this is the original or a reprint («ДУБЛИКАТ»); the
PDF is rendered off the GUI thread and only its bytes reach the preview dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.services.payments import record_print
from console.tasks import TaskError, TaskHandle, TaskRunner
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import QtCore, QtWidgets

Build = Callable[[Session, bool], bytes]
"""Builds and renders the document; the flag says whether it is a duplicate."""


def print_with_preview(
    runner: TaskRunner,
    parent: QtWidgets.QWidget,
    *,
    kind: str,
    key: str,
    account_id: int | None,
    build: Build,
    title: str,
    file_name: str,
    on_error: Callable[[TaskError], None],
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
    require: Callable[[Session], object] | None = None,
) -> TaskHandle[bytes]:
    """Log one print of ``kind``/``key``, render it in a worker and open the preview.

    ``require`` runs first and may refuse (the supplier's details missing): then nothing
    is logged, so the first real print is still the original.
    """

    def work(session: Session, token: object, progress: object) -> bytes:
        if require is not None:
            require(session)
        copy = record_print(session, kind, key, account_id)
        return build(session, copy > 1)

    def show(data: bytes) -> None:
        dialog = PdfPreviewDialog(
            runner, data, title, file_name, parent, describe_failure=describe_error
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if on_shown is not None:
            on_shown(dialog)

    return runner.submit(work, show, on_error)
