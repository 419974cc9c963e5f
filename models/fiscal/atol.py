"""ATOL: the web server of ККТ driver v10 (``POST /api/v2/requests``, poll by uuid).

The protocol, as ATOL documents it for the driver's web server (dto10 / fptr10 web
server, JSON tasks of the driver's ``processJson``):

* ``POST /api/v2/requests`` with ``{"uuid": "…", "request": [task, …]}`` queues the
  tasks; ``201 Created``. A uuid that is already known is refused with ``409 Conflict``
  and is *not* run again: this is the register's idempotency the cash desk relies on.
* ``GET /api/v2/requests/<uuid>`` answers ``{"results": [{"status": …, "errorCode": …,
  "errorDescription": …, "result": {…}}]}``, ``status`` being ``wait`` or ``inProgress``
  while queued, then ``ready`` or ``error`` (also ``interrupted``, ``blocked``).
* Tasks used here: ``sell``, ``sellReturn``, ``sellCorrection``,
  ``sellReturnCorrection`` (cheques, with
  ``taxationType``, ``operator {name, vatin}``, ``clientInfo {emailOrPhone}``,
  ``items [{type: position, name, price, quantity, amount, paymentMethod,
  paymentObject, tax {type}}]``, ``payments [{type, sum}]``, ``total``; a correction
  cheque also ``correctionType`` (``self`` / ``instruction``, tag 1173),
  ``correctionBaseDate`` (``"yyyy.mm.dd"``, tag 1178) and ``correctionBaseNumber``
  (tag 1179)), whose result is
  ``fiscalParams {fnNumber, fiscalDocumentNumber, fiscalDocumentSign,
  fiscalDocumentDateTime, shiftNumber, fiscalReceiptNumber, total}``; ``openShift``,
  ``closeShift`` (prints the Z-report), ``reportX``; ``getShiftStatus`` →
  ``shiftStatus {state: closed|opened|expired, number, expiredTime}``;
  ``getDeviceStatus`` → ``deviceStatus {paperPresent, …}``; ``getFnInfo`` →
  ``fnInfo {serial, warnings {memoryExhausted, …}}``; ``getDeviceInfo`` →
  ``deviceInfo {serial, …}``.

Where this implementation deviates from the vendor's documentation (or could not check
it against a real device):

* Error codes: the driver's ``LIBFPTR_ERROR_*`` numbers below were taken from the
  driver's published constants as far as they could be verified without hardware;
  anything else is reported as :attr:`Failure.ERROR` with the register's own text.
* Retrying after a definite error: ATOL never runs a uuid twice, so a task that failed
  (paper out, ФН full…: nothing printed) cannot be repeated under its uuid. The retry
  goes under a uuid derived from the payment's (``uuid5(key, "retry-N")``), walking the
  chain: a known uuid that printed returns its cheque, one that failed moves on. A task
  whose result is unknown (timeout, lost connection) is never re-sent under a new uuid.
* ``sell`` in a closed shift: the real driver may open the shift itself
  (``autoOpenShift``); this driver never relies on it — the cash desk opens the shift.
* Correction cheques are sent as ФФД 1.2 correction tasks with the items and payments of
  an ordinary cheque, as the driver documents them for ФФД 1.2. The vendor's document
  itself could not be consulted while writing this; the task and field names
  (``sellCorrection``, ``sellReturnCorrection``, ``correctionType`` ``self`` /
  ``instruction``, ``correctionBaseDate`` as ``"yyyy.mm.dd"``, ``correctionBaseNumber``)
  are those public clients of the web server send. Deviations:
  ``correctionBaseNumber`` is left out of a self-initiated correction that has no
  document number (tag 1179 is mandatory only «по предписанию»; the documentation's
  examples always fill it), and the reason is not sent: ``correctionBaseName`` (tag
  1177) belongs to ФФД 1.05 and was dropped from correction cheques in 1.2 — the reason
  is kept in the database and shown in the console. A self-initiated correction is
  also sent for a late cheque (its desk shift closed before it was printed); the
  register cannot tell us whether a retried uuid printed the original «Приход» or the
  correction (both answer ``fiscalParams``), so the cash desk decides by the document's
  time against the shift's close (console/services/fiscal.py).
* The web server's basic authentication (when enabled on the device) is not used.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import requests

from models.fiscal.register import (
    Cashier,
    Cheque,
    Failure,
    FiscalResult,
    RegisterFailed,
    RegisterShift,
    RegisterStatus,
)

ERROR_NO_CONNECTION = 2
"""The web server has no connection with the register (``LIBFPTR_ERROR_NO_CONNECTION``)."""
ERROR_PORT_BUSY = 3
"""The register's port is used by another program (``LIBFPTR_ERROR_PORT_BUSY``)."""
ERROR_NO_PAPER = 44
ERROR_SHIFT_CLOSED = 67
ERROR_SHIFT_EXPIRED = 68
ERROR_FN_EXHAUSTED = 131

_FAILURES = {
    ERROR_NO_CONNECTION: Failure.OFFLINE,
    ERROR_PORT_BUSY: Failure.BUSY,
    ERROR_NO_PAPER: Failure.PAPER_OUT,
    ERROR_SHIFT_CLOSED: Failure.SHIFT_CLOSED,
    ERROR_SHIFT_EXPIRED: Failure.SHIFT_EXPIRED,
    ERROR_FN_EXHAUSTED: Failure.FN_FULL,
}
MAX_RETRIES = 1000
"""The longest chain of failed attempts walked before giving up."""


def attempt_key(key: uuid.UUID, attempt: int) -> uuid.UUID:
    """The uuid of the ``attempt``-th try of a task (the first is ``key`` itself)."""
    return key if attempt == 0 else uuid.uuid5(key, f"retry-{attempt}")


def _money(value: Decimal) -> float:
    # The protocol carries roubles as JSON numbers; two decimals survive a float exactly
    # enough for the register, which rounds to kopecks.
    return float(value.quantize(Decimal("0.01")))


def _operator(cashier: Cashier) -> dict[str, str]:
    found = {"name": cashier.full_name}
    if cashier.inn:
        found["vatin"] = cashier.inn
    return found


def cheque_task(cheque: Cheque) -> dict[str, Any]:
    """The JSON task of a cheque."""
    task: dict[str, Any] = {
        "type": cheque.kind.value,
        "taxationType": cheque.taxation,
        "operator": _operator(cheque.cashier),
        "items": [
            {
                "type": "position",
                "name": item.name,
                "price": _money(item.price),
                "quantity": float(item.quantity),
                "amount": _money(item.amount),
                "paymentMethod": item.method,
                "paymentObject": item.subject,
                "tax": {"type": item.vat},
            }
            for item in cheque.items
        ],
        "payments": [{"type": cheque.payment_type.value, "sum": _money(cheque.total)}],
        "total": _money(cheque.total),
    }
    if cheque.customer_contact:
        task["electronically"] = False  # printed and sent: the customer keeps the paper
        task["clientInfo"] = {"emailOrPhone": cheque.customer_contact}
    if cheque.kind.is_correction:
        correction = cheque.correction
        if correction is None:
            raise ValueError("a correction cheque needs its correction")
        task["correctionType"] = correction.type.value
        task["correctionBaseDate"] = correction.base_date.strftime("%Y.%m.%d")
        if correction.base_number:
            task["correctionBaseNumber"] = correction.base_number
    return task


class AtolWebServer:
    """A register behind ATOL's web server at ``url`` (``http://host:16732``)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        wait: float = 15.0,
        poll_every: float = 0.2,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        """Seconds for one HTTP exchange."""
        self.wait = wait
        """Seconds to wait for a task's result before calling it a timeout."""
        self.poll_every = poll_every
        # time.sleep looked up when it is called, not bound here (tests may replace it).
        self._sleep = sleep or (lambda seconds: time.sleep(seconds))
        self._http = requests.Session()

    # -- the protocol --------------------------------------------------------------------

    def _post(self, key: uuid.UUID, tasks: list[dict[str, Any]]) -> bool:
        """Queue ``tasks`` under ``key``; False when the uuid was known already (409)."""
        try:
            answer = self._http.post(
                f"{self.url}/api/v2/requests",
                json={"uuid": str(key), "request": tasks},
                timeout=self.timeout,
            )
        except requests.Timeout as error:
            raise RegisterFailed(Failure.TIMEOUT, str(error)) from error
        except requests.RequestException as error:
            raise RegisterFailed(Failure.OFFLINE, str(error)) from error
        if answer.status_code == 409:
            return False
        if answer.status_code not in (200, 201):
            raise RegisterFailed(Failure.ERROR, f"HTTP {answer.status_code}: {answer.text[:200]}")
        return True

    def _get(self, key: uuid.UUID) -> dict[str, Any]:
        try:
            answer = self._http.get(f"{self.url}/api/v2/requests/{key}", timeout=self.timeout)
        except requests.Timeout as error:
            raise RegisterFailed(Failure.TIMEOUT, str(error)) from error
        except requests.RequestException as error:
            raise RegisterFailed(Failure.OFFLINE, str(error)) from error
        if answer.status_code != 200:
            raise RegisterFailed(Failure.ERROR, f"HTTP {answer.status_code}: {answer.text[:200]}")
        results = answer.json().get("results") or [{"status": "wait"}]
        last: dict[str, Any] = results[-1]
        return last

    def _result(self, key: uuid.UUID) -> dict[str, Any]:
        """Poll ``key`` until it is done; its ``result``, or RegisterFailed."""
        deadline = time.monotonic() + self.wait
        while True:
            found = self._get(key)
            status = found.get("status")
            if status == "ready":
                result: dict[str, Any] = found.get("result") or {}
                return result
            if status in ("error", "interrupted", "blocked", "canceled"):
                code = int(found.get("errorCode") or 0)
                raise RegisterFailed(
                    _FAILURES.get(code, Failure.ERROR),
                    str(found.get("errorDescription") or ""),
                    definite=True,
                )
            if time.monotonic() >= deadline:
                raise RegisterFailed(Failure.TIMEOUT, f"no result for {key} in {self.wait} s")
            self._sleep(self.poll_every)

    def run(self, key: uuid.UUID, task: dict[str, Any]) -> dict[str, Any]:
        """Run one task under ``key`` (or the first untried attempt after definite errors)."""
        for attempt in range(MAX_RETRIES):
            current = attempt_key(key, attempt)
            if self._post(current, [task]):
                return self._result(current)
            try:
                return self._result(current)  # the same uuid came back: its own result
            except RegisterFailed as failed:
                if not failed.definite:
                    raise  # unknown outcome (no answer): never re-sent under another uuid
                continue  # that attempt failed for sure (nothing printed): the next one
        raise RegisterFailed(Failure.ERROR, "too many failed attempts")

    def _query(self, task: dict[str, Any]) -> dict[str, Any]:
        return self.run(uuid.uuid4(), task)

    # -- CashRegister ----------------------------------------------------------------------

    def status(self) -> RegisterStatus:
        """Dry-run check of the register: device, ФН and shift status."""
        device = self._query({"type": "getDeviceStatus"}).get("deviceStatus", {})
        info = self._query({"type": "getDeviceInfo"}).get("deviceInfo", {})
        fn = self._query({"type": "getFnInfo"}).get("fnInfo", {})
        return RegisterStatus(
            serial=str(info.get("serial", "")),
            paper_present=bool(device.get("paperPresent", True)),
            fn_full=bool((fn.get("warnings") or {}).get("memoryExhausted", False)),
            shift=self.shift(),
        )

    def shift(self) -> RegisterShift:
        """The register's shift now."""
        found = self._query({"type": "getShiftStatus"}).get("shiftStatus", {})
        expires = found.get("expiredTime")
        return RegisterShift(
            state=str(found.get("state", "closed")),
            number=int(found.get("number") or 0),
            expires_at=datetime.fromisoformat(expires) if expires else None,
        )

    def open_shift(self, key: uuid.UUID, cashier: Cashier) -> RegisterShift:
        """Open the register's shift, or adopt the one that is open."""
        current = self.shift()
        if current.state == "opened":
            return current
        if current.state == "expired":
            raise RegisterFailed(Failure.SHIFT_EXPIRED, "the shift is over 24 hours old")
        self.run(key, {"type": "openShift", "operator": _operator(cashier)})
        return self.shift()

    def close_shift(self, key: uuid.UUID, cashier: Cashier) -> RegisterShift:
        """Close the register's shift (its Z-report is printed); closed stays closed."""
        current = self.shift()
        if current.state == "closed":
            return current
        self.run(key, {"type": "closeShift", "operator": _operator(cashier)})
        return self.shift()

    def x_report(self, key: uuid.UUID, cashier: Cashier) -> None:
        """Print the X-report."""
        self.run(key, {"type": "reportX", "operator": _operator(cashier)})

    def fiscalise(self, key: uuid.UUID, cheque: Cheque) -> FiscalResult:
        """Print ``cheque`` under ``key``: a uuid it printed before returns that cheque."""
        result = self.run(key, cheque_task(cheque))
        params = result.get("fiscalParams") or {}
        try:
            return FiscalResult(
                fn_number=str(params["fnNumber"]),
                fd_number=int(params["fiscalDocumentNumber"]),
                fiscal_sign=str(params["fiscalDocumentSign"]),
                moment=datetime.fromisoformat(str(params["fiscalDocumentDateTime"])),
                shift_number=int(params["shiftNumber"]),
                cheque_number=int(params["fiscalReceiptNumber"]),
                register_serial=str(params.get("registrationNumber", "")),
                total=Decimal(str(params.get("total", cheque.total))).quantize(Decimal("0.01")),
            )
        except (KeyError, ValueError) as error:
            raise RegisterFailed(Failure.ERROR, f"incomplete fiscal result: {params}") from error
