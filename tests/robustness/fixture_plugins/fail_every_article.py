"""Test fixture plugin: every article fails while Pelican reads it (a plugin's bug, or a setting Pelican cannot
use), as Pelican reports one error per file and goes on. Active only when NEWSARCHIVE_TEST_FAIL_ARTICLES is set."""
import os

from pelican import signals


def _fail(_generator, **_signal):
    if os.environ.get("NEWSARCHIVE_TEST_FAIL_ARTICLES"):
        raise RuntimeError("this plugin fails on every article")


def register():
    signals.article_generator_context.connect(_fail)
