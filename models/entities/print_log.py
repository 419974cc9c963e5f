"""The print log: which document was printed, when and by whom (reprints are duplicates)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import BigId, OperatorName
from models.entities.checks import sql_in


class PrintedDocument(enum.StrEnum):
    """The kinds of printed document the print log knows."""

    BILL = "bill"
    PAYMENT_RECEIPT = "payment_receipt"
    STATEMENT = "statement"
    SHIFT_REPORT = "shift_report"
    APPEAL_ANSWER = "appeal_answer"


class PrintRecord(Base):
    """One print (or PDF save) of a document.

    ``document_key`` names the document within its kind: the bill's or payment's id,
    the shift's id, or «account:from:to» for a statement. The first record of a
    document is the original; every later one is printed as «ДУБЛИКАТ».
    """

    __tablename__ = "document_print"
    __table_args__ = (
        CheckConstraint(sql_in(PrintedDocument, "kind"), name="kind"),
        CheckConstraint("copy_number >= 1", name="copy_number_positive"),
        Index(
            "uq_document_print_kind_document_key_copy_number",
            "kind",
            "document_key",
            "copy_number",
            unique=True,
        ),
    )

    id: Mapped[BigId]
    kind: Mapped[str] = mapped_column(Text)
    document_key: Mapped[str] = mapped_column(Text)
    copy_number: Mapped[int]
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    printed_by: Mapped[OperatorName]
    printed_at: Mapped[datetime] = mapped_column(server_default=func.now())
