"""A pause for tests that must let another session or a server timer act first.

``time.sleep`` is not used in the tests: under libfaketime (CI's year-ahead run, with the
monotonic clock left real) it fails at once with ``EINVAL``, because libfaketime shifts the
absolute monotonic deadline Python hands to ``clock_nanosleep``. A timed wait on an event
is not shifted, so it sleeps for the real interval on every date. (Under libfaketime
``tests/conftest.py`` also puts this pause in place of ``time.sleep`` for the libraries
the tests run, such as ``subprocess``'s timed waits.)
"""

from __future__ import annotations

import threading


def pause(seconds: float) -> None:
    """Sleep ``seconds`` of real time, also under libfaketime."""
    threading.Event().wait(seconds)
