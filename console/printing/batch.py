"""Batch printing of bills on every core, with progress, cancel and flat memory.

The caller streams chunks of :class:`BillDocument` values (plain, picklable); a pool
of renderer processes turns each chunk into PDF bytes (one file for the whole batch)
or writes one file per account. At most a few chunks are in flight at a time, so the
producer never runs ahead of the renderers and memory stays flat whatever the batch
size. Nothing here touches the database or Qt.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path

from console.printing.bill import TITLE, render_bills
from console.printing.documents import BillDocument
from console.printing.pdf_concat import Block, PdfConcatenator, relocate


class BatchCancelled(Exception):
    """The operator (or the script's caller) cancelled the batch."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch wrote."""

    bills: int
    pages: int
    files: tuple[Path, ...]


def bill_file_name(doc: BillDocument) -> str:
    """The file of one bill in a per-account batch: ``<account>_<YYYY-MM>.pdf``."""
    return f"{doc.account_number}_{doc.billing_period:%Y-%m}.pdf"


def _render_chunk(job: tuple[Sequence[BillDocument], int]) -> Block:
    docs, index = job
    return relocate(render_bills(docs), index)


def _render_files(job: tuple[Sequence[BillDocument], str]) -> list[str]:
    docs, folder = job
    written = []
    for doc in docs:
        path = Path(folder) / bill_file_name(doc)
        path.write_bytes(render_bills([doc]))
        written.append(str(path))
    return written


def default_workers() -> int:
    """One renderer per core the process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def print_bills(
    chunks: Iterable[Sequence[BillDocument]],
    out: Path,
    *,
    single_file: bool,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Render every bill of ``chunks`` into ``out``: one PDF file, or a folder of files.

    ``progress`` gets the number of bills finished so far; ``cancelled`` is polled
    between chunks and stops the batch with :class:`BatchCancelled` (a partly written
    single file is removed).
    """
    workers = workers or default_workers()
    context = multiprocessing.get_context("spawn")  # no fork of a threaded (Qt) process
    window = 2 * workers
    done = 0
    files: list[Path] = []
    pages = 0
    if not single_file:
        out.mkdir(parents=True, exist_ok=True)
    stream = out.open("wb") if single_file else None
    writer = PdfConcatenator(stream, title=TITLE) if stream is not None else None
    pool = context.Pool(workers)
    try:
        in_flight: deque[tuple[int, AsyncResult[object]]] = deque()

        def collect() -> None:
            nonlocal done, pages
            size, result = in_flight.popleft()
            value = result.get()
            if writer is not None:
                assert isinstance(value, Block)
                pages += writer.append_block(value)
            else:
                assert isinstance(value, list)
                files.extend(Path(name) for name in value)
                pages += len(value)
            done += size
            if progress is not None:
                progress(done)

        for index, chunk in enumerate(chunks):
            if cancelled is not None and cancelled():
                raise BatchCancelled
            docs = list(chunk)
            if writer is not None:
                job = (docs, index)
                in_flight.append((len(docs), pool.apply_async(_render_chunk, (job,))))
            else:
                in_flight.append((len(docs), pool.apply_async(_render_files, ((docs, str(out)),))))
            while len(in_flight) >= window:
                collect()
        while in_flight:
            if cancelled is not None and cancelled():
                raise BatchCancelled
            collect()
        if writer is not None:
            writer.close()
            files.append(out)
    except BaseException:
        pool.terminate()
        if stream is not None:
            stream.close()
            out.unlink(missing_ok=True)
        raise
    else:
        pool.close()
    finally:
        pool.join()
        if stream is not None and not stream.closed:
            stream.close()
    return BatchResult(done, pages, tuple(files))
