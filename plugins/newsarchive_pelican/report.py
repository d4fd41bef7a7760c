"""What the build tells the user: one line per problem file, one summary line at the end.

Each event is a log record on the ``newsarchive`` logger carrying a
``newsarchive_event`` attribute, so the build command can count them. File
names and reasons are printed on one line whatever they contain (a newline, a bidi override or
an escape sequence in a file name is shown escaped).
"""
from __future__ import annotations

import logging
import re
from collections import Counter

from pelican.log import LimitLogger


def _every_record_kept(named: logging.Logger) -> logging.Logger:
    """``named`` without Pelican's repeat filter, which every logger made after Pelican is imported carries: it
    drops a record at WARNING or below whose message was logged before in the process, and each of ours counts
    (two pages that cannot be rendered log the same "-1 published")."""
    named.removeFilter(LimitLogger.limit_filter)
    return named


logger = _every_record_kept(logging.getLogger("newsarchive"))
# The build's tallies (how many articles Pelican publishes): counted by the build's EventCounter, never printed.
tally_logger = _every_record_kept(logging.getLogger("newsarchive.tally"))
tally_logger.propagate = False
tally_logger.setLevel(logging.DEBUG)
# Controls, line separators, bidi overrides and isolates (they reorder the rest of a terminal line), surrogates.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
MAX_REASON_CHARS = 300
EVENT_ATTRIBUTE = "newsarchive_event"  # of a log record: the Event it counts as
COUNT_ATTRIBUTE = "newsarchive_count"  # of a log record: how many of its Event it counts (1 when absent)


class Event:
    """What the build counts for its summary line (``EventCounter``), by the name each is counted under
    (plain strings: a count is the same looked up by its name)."""

    SKIPPED = "skipped"
    DUPLICATES = "duplicates"
    NOTES = "notes"
    PUBLISHED = "published"
    PELICAN_ERRORS = "pelican_errors"  # errors Pelican logs itself


def one_line(text: object) -> str:
    """``text`` as one printable line: control characters (and undecodable file-name bytes) escaped."""
    return UNPRINTABLE.sub(lambda match: f"\\x{ord(match.group()):02x}" if ord(match.group()) < 0x100
                           else f"\\u{ord(match.group()):04x}", str(text))


def report_skipped(path: object, reason: str, files: int = 1) -> None:
    """``path: skipped: reason`` on the newsarchive logger, counted as ``files`` skipped inputs (one line may stand
    for several files of one kind)."""
    reason = one_line(reason)
    if len(reason) > MAX_REASON_CHARS:
        reason = reason[:MAX_REASON_CHARS] + "…"
    logger.warning("%s: skipped: %s", one_line(path), reason,
                   extra={EVENT_ATTRIBUTE: Event.SKIPPED, COUNT_ATTRIBUTE: files})


def report_published(count: int) -> None:
    """How many articles the site publishes (for the summary line, whatever its URLs look like)."""
    tally_logger.debug("%d published", count, extra={EVENT_ATTRIBUTE: Event.PUBLISHED, COUNT_ATTRIBUTE: count})


def report_unrendered(path: object, problem: str, article: bool) -> None:
    """A page that could not be rendered: skipped, and an article's no longer counted as published."""
    report_skipped(path, f"its page could not be rendered ({problem})")
    if article:
        report_published(-1)


# What to do about a second copy in the content folder, which is reported on every build while it is there.
DUPLICATE_IN_CONTENT_ADVICE = "the copy published first keeps its URL: delete this file to stop this message"


def report_duplicate(path: object, original: object, advice: str = "") -> None:
    """``path: not published: same article as original`` (``; advice``), counted as a duplicate."""
    logger.warning("%s: not published: same article as %s%s", one_line(path), one_line(original),
                   f"; {advice}" if advice else "", extra={EVENT_ATTRIBUTE: Event.DUPLICATES})


def report_note(path: object, note: str) -> None:
    """``path: published, but note`` (a date it could not read), counted as a note."""
    logger.warning("%s: published, but %s", one_line(path), one_line(note), extra={EVENT_ATTRIBUTE: Event.NOTES})


class EventCounter(logging.Handler):
    """Counts newsarchive events (attach to the ``newsarchive`` logger for one build).

    Errors Pelican itself logs (an article it could not process, say) are
    counted as ``pelican_errors`` when the counter is attached to Pelican's logger too.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.counts: Counter = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, EVENT_ATTRIBUTE, None)
        if event:
            self.counts[event] += getattr(record, COUNT_ATTRIBUTE, 1)
        elif record.name.startswith("pelican") and record.levelno >= logging.ERROR:
            self.counts[Event.PELICAN_ERRORS] += 1
