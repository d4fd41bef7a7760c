"""What the build tells the user: one line per problem file, one summary line at the end.

Each event is a log record on the ``newsarchive`` logger carrying a
``newsarchive_event`` attribute, so the build command can count them.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

logger = logging.getLogger("newsarchive")
REPORT_KEY = "NEWS_ARCHIVE_REPORT"


@dataclass
class BuildReport:
    """Per-build counts, kept in the Pelican context of that build."""

    published_count: int = 0
    events: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, context: dict) -> "BuildReport":
        return context.setdefault(REPORT_KEY, cls())

    def skip(self, path: str, reason: str) -> None:
        self.events["skipped"] += 1
        logger.warning("%s: skipped: %s", path, reason, extra={"newsarchive_event": "skipped"})

    def duplicate(self, path: str, original: str) -> None:
        self.events["duplicates"] += 1
        logger.warning("%s: not published: same article as %s", path, original, extra={"newsarchive_event": "duplicates"})


class EventCounter(logging.Handler):
    """Counts newsarchive events (attach to the ``newsarchive`` logger for one build)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.counts: Counter = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "newsarchive_event", None)
        if event:
            self.counts[event] += 1
