"""Progress of long stages: a live line on a terminal, one summary line in logs.

On a terminal (the stream is a TTY) the line shows ``done/total``, the rate and
the time left, redrawn at most every ``REDRAW_SECONDS``; elsewhere (CI logs, pipes)
nothing is printed until the stage ends, then one line with the count, time and rate.
Stages shorter than ``QUIET_BELOW`` items print nothing at all. A stage may start with
part of its items already done (pages a background child rendered before it): the rate
and the time left count only what is done after the start.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO
from collections.abc import Callable

REDRAW_SECONDS = 0.25
QUIET_BELOW = 100


class Progress:
    """One stage's counter: ``start(total)``, ``advance()`` per item, ``finish()``."""

    def __init__(self, label: str, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.total = self.done = self.done_before = 0
        self.started = self.drawn = 0.0
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())

    def start(self, total: int, done: int = 0) -> None:
        self.total, self.done, self.done_before = total, done, done
        self.started = self.drawn = self.clock()

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = self.clock()
        if self.live and self.total >= QUIET_BELOW and now - self.drawn >= REDRAW_SECONDS:
            self.drawn = now
            self.stream.write("\r" + self.status_line(now) + "\033[K")
            self.stream.flush()

    def update(self, done: int) -> None:
        """Set the count of items done (read off a counter the work keeps elsewhere)."""
        self.advance(done - self.done)

    def finish(self) -> None:
        if self.total < QUIET_BELOW:
            return
        elapsed = max(self.clock() - self.started, 1e-9)
        line = f"{self.label}: {self.done} of {self.total} in {elapsed:.1f} s ({self._rate(elapsed):.0f}/s)"
        self.stream.write(("\r" + line + "\033[K\n") if self.live else line + "\n")
        self.stream.flush()

    def status_line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self._rate(elapsed)
        left = (self.total - self.done) / rate if rate > 0 else float("inf")
        eta = f"{left:.0f} s left" if left != float("inf") else "estimating"
        return f"{self.label}: {self.done}/{self.total} ({rate:.0f}/s, {eta})"

    def _rate(self, elapsed: float) -> float:
        return (self.done - self.done_before) / elapsed
