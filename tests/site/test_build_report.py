"""The build's summary counts: each report line counts as its event, and Pelican's own errors as Pelican's."""
from __future__ import annotations

import logging

import pytest
from pelican.log import LimitFilter

from newsarchive_pelican.report import (Event, EventCounter, logger, report_duplicate, report_note,
                                        report_published, report_skipped, report_unrendered, tally_logger)


@pytest.fixture
def counter(monkeypatch):
    # Pelican's loggers (ours are made after Pelican is imported) drop a message logged before in the process
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    counting = EventCounter()
    watched = (logger, tally_logger, logging.getLogger("pelican"))
    for watched_logger in watched:
        watched_logger.addHandler(counting)
    yield counting
    for watched_logger in watched:
        watched_logger.removeHandler(counting)


def test_each_report_counts_as_its_event(counter, tmp_path):
    report_published(3)
    report_skipped(tmp_path / "inbox/empty.txt", "empty file (no text)")
    report_duplicate(tmp_path / "articles/b.txt", tmp_path / "articles/a.txt")
    report_note(tmp_path / "articles/a.txt", "its date 'soon' is not one newsarchive can read")
    report_unrendered(tmp_path / "ferry/index.html", "UndefinedError: no such field", article=True)
    logging.getLogger("pelican.generators").error("Could not process %s", tmp_path / "ferry.txt")
    logging.getLogger("pelican.generators").warning("%s: a warning is no error", tmp_path)
    assert counter.counts == {Event.PUBLISHED: 2, Event.SKIPPED: 2, Event.DUPLICATES: 1, Event.NOTES: 1,
                              Event.PELICAN_ERRORS: 1}


def test_every_unrendered_story_is_taken_off_the_published_count(counter, tmp_path):
    report_published(10)
    for name in ("ferry", "bridge", "harbour"):
        report_unrendered(tmp_path / name / "index.html", "UndefinedError: no such field", article=True)
    assert counter.counts[Event.PUBLISHED] == 7
