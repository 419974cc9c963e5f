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
from console.printing.formatting import format_period
from console.printing.pdf_concat import Block, PdfConcatenator, relocate

_POLL_SECONDS = 0.05
"""How often a batch waiting on its renderers looks whether it was cancelled."""


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


def _part_name(path: Path) -> Path:
    """The temporary name a file is written under before it gets its final name."""
    return path.with_name(f".{path.name}.part")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name, then rename: never a half-written ``path``."""
    part = _part_name(path)
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _render_files(job: tuple[Sequence[BillDocument], str]) -> list[str]:
    docs, folder = job
    written = []
    for doc in docs:
        path = Path(folder) / bill_file_name(doc)
        write_atomically(path, render_bills([doc]))
        written.append(str(path))
    return written


_FileIdentity = tuple[int, int, int]


def _identity(path: Path) -> _FileIdentity | None:
    """What tells one version of a file from another (a rename gives a new inode)."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_ino, found.st_mtime_ns, found.st_size


def _folder_state(folder: Path) -> dict[str, _FileIdentity]:
    """The PDFs already in ``folder`` before a batch, to tell them from the batch's own."""
    state = {}
    for path in folder.glob("*.pdf"):
        identity = _identity(path)
        if identity is not None:
            state[path.name] = identity
    return state


def _remove_unreported(
    folder: Path, names: Iterable[str], before: dict[str, _FileIdentity]
) -> None:
    """Remove what a stopped batch wrote of chunks it never reported (and their parts).

    A file counts as the batch's own when it is not the one that was there before:
    this compares the files themselves, not the file system's clock with ours.
    """
    for name in names:
        path = folder / name
        _part_name(path).unlink(missing_ok=True)
        identity = _identity(path)
        if identity is not None and identity != before.get(name):
            path.unlink(missing_ok=True)


def batch_subject(docs: Sequence[BillDocument], count: int) -> str:
    """The subject of a batch's single PDF: how many bills of which periods."""
    periods = ", ".join(format_period(p) for p in sorted({doc.billing_period for doc in docs}))
    return f"Платёжные документы за электроэнергию за {periods}: {count} шт."


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
    written: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Render every bill of ``chunks`` into ``out``: one PDF file, or a folder of files.

    ``progress`` gets the number of bills finished so far; ``cancelled`` is polled
    while the renderers work and stops the batch with :class:`BatchCancelled`.
    ``written`` gets the index of each chunk once its bills are final on disk: right
    after its files in a per-account batch, after the rename at the end in a single
    file. Every file is written under a temporary name and renamed when complete, so a
    cancelled or failed batch never leaves a half-written (or clobbered) ``out``; in a
    per-account batch the files of chunks not yet reported through ``written`` are
    removed too, so what stays on disk is exactly what was reported.
    """
    workers = workers or default_workers()
    context = multiprocessing.get_context("spawn")  # no fork of a threaded (Qt) process
    window = 2 * workers
    done = 0
    chunk_count = 0
    files: list[Path] = []
    pages = 0
    if single_file:
        out.parent.mkdir(parents=True, exist_ok=True)
    else:
        out.mkdir(parents=True, exist_ok=True)
    part = _part_name(out)
    stream = part.open("wb") if single_file else None
    writer = PdfConcatenator(stream, title=TITLE) if stream is not None else None
    described: list[BillDocument] = []
    """The first bill of each chunk: who issues the batch's bills and for which periods."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise BatchCancelled

    before = {} if single_file else _folder_state(out)
    in_flight: deque[tuple[int, tuple[str, ...], AsyncResult[object]]] = deque()
    pool = context.Pool(workers)
    try:

        def collect() -> None:
            nonlocal done, pages
            index, names, result = in_flight[0]
            while not result.ready():
                check()
                result.wait(_POLL_SECONDS)
            in_flight.popleft()
            value = result.get()
            if writer is not None:
                assert isinstance(value, Block)
                pages += writer.append_block(value)
            else:
                assert isinstance(value, list)
                files.extend(Path(name) for name in value)
                pages += len(value)
                if written is not None:
                    written(index)
            done += len(names)
            if progress is not None:
                progress(done)

        for index, chunk in enumerate(chunks):
            check()
            docs = list(chunk)
            chunk_count = index + 1
            described.extend(docs[:1])
            result: AsyncResult[object]
            if writer is not None:
                result = pool.apply_async(_render_chunk, ((docs, index),))
            else:
                result = pool.apply_async(_render_files, ((docs, str(out)),))
            in_flight.append((index, tuple(bill_file_name(doc) for doc in docs), result))
            while len(in_flight) >= window:
                collect()
        while in_flight:
            collect()
        check()
        if writer is not None and stream is not None:
            if described:
                writer.author = described[0].supplier.name
                writer.subject = batch_subject(described, done)
            writer.close()
            stream.close()
            os.replace(part, out)
            files.append(out)
            if written is not None:
                for index in range(chunk_count):
                    written(index)
    except BaseException:
        pool.terminate()
        pool.join()
        if stream is not None:
            stream.close()
            part.unlink(missing_ok=True)
        else:
            _remove_unreported(out, [name for _, names, _ in in_flight for name in names], before)
        raise
    else:
        pool.close()
    finally:
        pool.join()
        if stream is not None and not stream.closed:
            stream.close()
    return BatchResult(done, pages, tuple(files))
