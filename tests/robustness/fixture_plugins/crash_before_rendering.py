"""Test fixture plugin: the build process kills itself (SIGKILL) once Pelican starts, i.e. after the ingest.

Active only when NEWSARCHIVE_TEST_CRASH is set: simulates a power cut between
ingesting the inbox and building the site.
"""
import os
import signal

from pelican import signals


def _crash(_pelican):
    if os.environ.get("NEWSARCHIVE_TEST_CRASH"):
        os.kill(os.getpid(), signal.SIGKILL)


def register():
    signals.initialized.connect(_crash)
