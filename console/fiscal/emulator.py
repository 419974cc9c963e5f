"""A cash-register emulator speaking ATOL's web-server protocol on 127.0.0.1.

The training database talks to it by default (the embedded start launches one), so the
demo fiscalises without hardware; the tests use it too. It keeps what a real register
keeps: its shift (number, opened at, closed/opened/expired after 24 h), the fiscal
document counter, every printed document, and every task by uuid — a uuid is run once
(a second ``POST`` is ``409``). With ``state_file`` it survives being killed: the state
is written before a task's answer is given.

Failure modes (``mode``, set with :meth:`RegisterEmulator.set_mode` or
``POST /emulator/mode {"mode": …, "delay": seconds}``): ``offline`` (the web server has
lost the register), ``busy``, ``paper_out``, ``fn_full``, ``slow`` (results come after
``delay`` seconds), ``crash`` (the task is printed, then the connection drops without an
answer and the server stops), ``expire_shift`` (the open shift becomes over 24 h old).

Run it alone: ``python -m console.fiscal.emulator --port 16732 --state register.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from models.fiscal.atol import (
    ERROR_FN_EXHAUSTED,
    ERROR_NO_CONNECTION,
    ERROR_NO_PAPER,
    ERROR_PORT_BUSY,
    ERROR_SHIFT_CLOSED,
    ERROR_SHIFT_EXPIRED,
)

MODES = ("normal", "offline", "busy", "paper_out", "fn_full", "slow", "crash")
_CORRECTIONS = {"sellCorrection", "sellReturnCorrection"}
_CHEQUES = {"sell", "sellReturn"} | _CORRECTIONS
_PRINTING = _CHEQUES | {"openShift", "closeShift", "reportX"}
ERROR_INVALID_CORRECTION = 30
"""A correction task without its type or base date (the emulator's own code)."""
_FAILING = {
    "offline": (ERROR_NO_CONNECTION, "Нет связи"),
    "busy": (ERROR_PORT_BUSY, "Порт занят"),
    "paper_out": (ERROR_NO_PAPER, "Нет бумаги"),
    "fn_full": (ERROR_FN_EXHAUSTED, "Ресурс ФН исчерпан"),
}


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


class RegisterEmulator:
    """The emulated register and its web server (``start`` / ``stop``)."""

    def __init__(
        self, port: int = 0, state_file: Path | None = None, serial: str = "00106700000001"
    ) -> None:
        self.port = port
        self.state_file = state_file
        self.mode = "normal"
        self.delay = 0.0
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._crash: threading.Thread | None = None
        self.state: dict[str, Any] = {
            "serial": serial,
            "fn": "7380440700000" + str(random.randint(100, 999)),
            "registration": "0000000001012345",
            "fd": 0,
            "shift": {"state": "closed", "number": 0, "opened_at": None, "receipts": 0},
            "tasks": {},
            "documents": [],
        }
        if state_file is not None and state_file.exists():
            self.state = json.loads(state_file.read_text("utf-8"))
            for task in self.state["tasks"].values():
                task["ready_at"] = 0  # what it accepted before going down, it finished

    # -- control -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RegisterEmulator:
        """Listen on 127.0.0.1 (a free port when ``port`` is 0) in a daemon thread."""
        if self._crash is not None:
            self._crash.join()  # a crash still going down frees the port first
            self._crash = None
        handler = type("Handler", (_Handler,), {"emulator": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="register-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening (the register is cut off); ``start`` again brings it back."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def set_mode(self, mode: str, delay: float = 0.0) -> None:
        """Switch to a failure mode (``normal`` ends it)."""
        if mode == "expire_shift":
            with self._lock:
                if self.state["shift"]["state"] == "opened":
                    opened = _now() - timedelta(hours=25)
                    self.state["shift"]["opened_at"] = opened.isoformat()
                    self._save()
            return
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode}")
        self.mode, self.delay = mode, delay

    def documents(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Printed fiscal documents (``kind``: ``sell``, ``sellReturn``, ``sellCorrection``,
        ``sellReturnCorrection``, ``closeShift``…)."""
        with self._lock:
            return [d for d in self.state["documents"] if kind is None or d["type"] == kind]

    # -- the register ----------------------------------------------------------------------

    def _save(self) -> None:
        if self.state_file is None:
            return
        temporary = self.state_file.with_suffix(".tmp")
        temporary.write_text(json.dumps(self.state, ensure_ascii=False), "utf-8")
        os.replace(temporary, self.state_file)

    def _shift_state(self) -> str:
        shift = self.state["shift"]
        opened = shift["opened_at"]
        if (
            shift["state"] == "opened"
            and opened
            and _now() - datetime.fromisoformat(opened) > timedelta(hours=24)
        ):
            return "expired"
        return str(shift["state"])

    def _document(self, task: dict[str, Any]) -> dict[str, Any]:
        self.state["fd"] += 1
        moment = _now().replace(microsecond=0)
        document = {
            "type": task["type"],
            "fd": self.state["fd"],
            "moment": moment.isoformat(),
            "shift": self.state["shift"]["number"],
            "task": task,
        }
        self.state["documents"].append(document)
        return document

    def _run(self, task: dict[str, Any]) -> tuple[int, str, dict[str, Any]]:
        """One task: ``(errorCode, errorDescription, result)``."""
        kind = task.get("type")
        if self.mode in _FAILING and (kind in _PRINTING or self.mode == "offline"):
            code, text = _FAILING[self.mode]
            return code, text, {}
        shift = self.state["shift"]
        state = self._shift_state()
        if kind == "getShiftStatus":
            expires = None
            if shift["opened_at"]:
                expires = (
                    datetime.fromisoformat(shift["opened_at"]) + timedelta(hours=24)
                ).isoformat()
            return (
                0,
                "",
                {
                    "shiftStatus": {
                        "state": state,
                        "number": shift["number"],
                        "expiredTime": expires,
                    }
                },
            )
        if kind == "getDeviceStatus":
            return (
                0,
                "",
                {
                    "deviceStatus": {
                        "paperPresent": self.mode != "paper_out",
                        "fiscal": True,
                        "fnFiscal": True,
                        "shift": state,
                    }
                },
            )
        if kind == "getDeviceInfo":
            return (
                0,
                "",
                {
                    "deviceInfo": {
                        "serial": self.state["serial"],
                        "model": 69,
                        "modelName": "АТОЛ 30Ф (эмулятор)",
                    }
                },
            )
        if kind == "getFnInfo":
            return (
                0,
                "",
                {
                    "fnInfo": {
                        "serial": self.state["fn"],
                        "warnings": {"memoryExhausted": self.mode == "fn_full"},
                    }
                },
            )
        if kind == "openShift":
            if state != "closed":
                return ERROR_SHIFT_EXPIRED if state == "expired" else 0, "Смена открыта", {}
            shift.update(
                state="opened", number=shift["number"] + 1, opened_at=_now().isoformat(), receipts=0
            )
            self._document(task)
            return 0, "", {}
        if kind == "closeShift":
            if state == "closed":
                return ERROR_SHIFT_CLOSED, "Смена закрыта - операция невозможна", {}
            self._document(task)
            shift.update(state="closed", opened_at=None)
            return 0, "", {}
        if kind == "reportX":
            if state == "closed":
                return ERROR_SHIFT_CLOSED, "Смена закрыта - операция невозможна", {}
            self._document(task)
            return 0, "", {}
        if kind in _CHEQUES:
            if state == "closed":
                return ERROR_SHIFT_CLOSED, "Смена закрыта - операция невозможна", {}
            if state == "expired":
                return ERROR_SHIFT_EXPIRED, "Смена превысила 24 часа", {}
            if kind in _CORRECTIONS and not _valid_correction(task):
                return ERROR_INVALID_CORRECTION, "Неверные реквизиты коррекции", {}
            shift["receipts"] += 1
            document = self._document(task)
            sign = str(random.randint(10**9, 4 * 10**9))
            document["fp"] = sign
            return (
                0,
                "",
                {
                    "fiscalParams": {
                        "fnNumber": self.state["fn"],
                        "fiscalDocumentNumber": document["fd"],
                        "fiscalDocumentSign": sign,
                        "fiscalDocumentDateTime": document["moment"],
                        "fiscalReceiptNumber": shift["receipts"],
                        "shiftNumber": shift["number"],
                        "registrationNumber": self.state["registration"],
                        "total": task.get("total", 0),
                        "fnsUrl": "www.nalog.gov.ru",
                    }
                },
            )
        return 1, f"Неизвестный тип задания {kind}", {}

    def accept(self, key: str, tasks: list[dict[str, Any]]) -> bool:
        """Queue (here: run at once, answer later in ``slow`` mode); False for a known uuid."""
        with self._lock:
            if key in self.state["tasks"]:
                return False
            results = []
            for task in tasks:
                code, text, result = self._run(task)
                results.append(
                    {
                        "status": "error" if code else "ready",
                        "errorCode": code,
                        "errorDescription": text,
                        "result": result,
                    }
                )
            ready_at = time.time() + (self.delay if self.mode == "slow" else 0)
            self.state["tasks"][key] = {"results": results, "ready_at": ready_at}
            self._save()
            return True

    def answer(self, key: str) -> dict[str, Any] | None:
        """``{"results": […]}`` for a known uuid, in progress until its time has come."""
        with self._lock:
            found = self.state["tasks"].get(key)
            if found is None:
                return None
            if time.time() < found["ready_at"]:
                return {
                    "results": [
                        {
                            "status": "inProgress",
                            "errorCode": 0,
                            "errorDescription": "",
                            "result": None,
                        }
                    ]
                }
            return {"results": found["results"]}


def _valid_correction(task: dict[str, Any]) -> bool:
    """A correction task's type, base date (``yyyy.mm.dd``) and, by order, its number."""
    kind = task.get("correctionType")
    if not re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", str(task.get("correctionBaseDate"))):
        return False
    if kind == "instruction":
        return bool(str(task.get("correctionBaseNumber") or "").strip())
    return kind == "self"


class _Handler(BaseHTTPRequestHandler):
    emulator: RegisterEmulator

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _send(self, status: int, body: dict[str, Any] | None = None) -> None:
        data = json.dumps(body or {}, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._send(400, {"error": "bad json"})
            return
        if self.path == "/emulator/mode":
            self.emulator.set_mode(str(body.get("mode")), float(body.get("delay", 0)))
            self._send(200)
            return
        if self.path != "/api/v2/requests" or "uuid" not in body:
            self._send(404)
            return
        accepted = self.emulator.accept(str(body["uuid"]), list(body.get("request") or []))
        if self.emulator.mode == "crash":
            # The register printed and then died: no answer, the server goes down.
            self.close_connection = True
            self.connection.close()
            self.emulator._crash = threading.Thread(target=self.emulator.stop, daemon=True)
            self.emulator._crash.start()
            return
        self._send(201 if accepted else 409)

    def do_GET(self) -> None:
        prefix = "/api/v2/requests/"
        if not self.path.startswith(prefix):
            self._send(404)
            return
        found = self.emulator.answer(self.path[len(prefix) :])
        if found is None:
            self._send(404, {"error": "unknown uuid"})
        else:
            self._send(200, found)


def main(argv: list[str] | None = None) -> None:
    """``python -m console.fiscal.emulator --port N --state FILE`` (runs until killed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--port", type=int, default=16732)
    parser.add_argument("--state", type=Path)
    parser.add_argument("--mode", default="normal")
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args(argv)
    emulator = RegisterEmulator(args.port, args.state).start()
    emulator.set_mode(args.mode, args.delay)
    print(emulator.url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
