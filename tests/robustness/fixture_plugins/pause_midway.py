"""Test fixture plugin: after writing a few article pages, mark the moment in a file and sleep.

A test waits for the marker, then kills (or races) the build half-way through
writing the site. Controlled by NEWSARCHIVE_TEST_PAUSE_MARKER and
NEWSARCHIVE_TEST_PAUSE_SECONDS; does nothing without them. The pause ends early
when a file named like the marker plus ``.release`` appears (so a test can hold
the build exactly until it has seen what it waits for, however slow the machine).
"""
import os
import time
from pathlib import Path

from pelican import signals

PAUSE_AFTER_ARTICLES = 3


def _maybe_pause(generator, content=None):
    marker = os.environ.get("NEWSARCHIVE_TEST_PAUSE_MARKER")
    count = generator.context.setdefault("_test_written", [0])
    count[0] += 1
    if marker and count[0] == PAUSE_AFTER_ARTICLES:
        Path(marker).write_text(str(os.getpid()))
        release = Path(marker + ".release")
        deadline = time.monotonic() + float(os.environ.get("NEWSARCHIVE_TEST_PAUSE_SECONDS", "60"))
        while time.monotonic() < deadline and not release.exists():
            time.sleep(0.05)


def register():
    signals.article_generator_write_article.connect(_maybe_pause)
