"""``newsarchive build``: ingest the inbox, build the site into a fresh folder, swap it in.

The site is built into a sibling of ``output/`` and renamed into place only once
complete (with the search index), so a failed or interrupted build leaves the
previous site untouched. A lock file keeps two builds from running at once.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout
from pelican import Pelican
from pelican.settings import read_settings

from newsarchive.config import ArchiveConfig, ConfigError
from newsarchive.ingest import IngestReport, ingest_inbox
from newsarchive.ledger import LedgerError, load_ledger, save_ledger

from .archive import LEDGER_NAME
from .report import EventCounter

logger = logging.getLogger("newsarchive")
LOCK_WAIT_SECONDS = 600


class BuildFailed(RuntimeError):
    """The site could not be built; the previous output is still in place."""


def build_site(settings_file: str = "pelicanconf.py") -> int:
    """Run one whole build; the exit status for the command line."""
    _configure_logging()
    settings = read_settings(settings_file)
    output = Path(settings["OUTPUT_PATH"]).resolve()
    lock = FileLock(str(output.parent / ".newsarchive-build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        logger.warning("another build is running; waiting for it to finish (up to %d s)", LOCK_WAIT_SECONDS)
        try:
            lock.acquire(timeout=LOCK_WAIT_SECONDS)
        except Timeout:
            logger.error("gave up waiting for the other build; nothing was changed")
            return 2
    try:
        return _locked_build(settings_file, settings, output)
    finally:
        lock.release()


def _locked_build(settings_file: str, settings: dict, output: Path) -> int:
    started = time.perf_counter()
    counter = EventCounter()
    logger.addHandler(counter)
    try:
        ingest = _ingest(settings)
        _build_into_place(settings_file, output)
    except (BuildFailed, ConfigError, LedgerError) as error:
        logger.error("build failed: %s (the previous site in %s is unchanged)", error, output)
        return 1
    finally:
        logger.removeHandler(counter)
    _summarise(ingest, counter, time.perf_counter() - started, output)
    return 0


def _ingest(settings: dict) -> IngestReport:
    content = Path(settings["PATH"])
    ledger_path = content / LEDGER_NAME
    ledger = load_ledger(ledger_path)
    config = ArchiveConfig.from_settings(settings.get("NEWS_ARCHIVE", {}))
    inbox = Path(settings.get("NEWS_ARCHIVE_INBOX", "inbox"))
    report = ingest_inbox(inbox, content, ledger, config, datetime.now(timezone.utc).replace(microsecond=0))
    for source, relative in report.copied:
        logger.info("%s: ingested as %s", source, relative)
    for rejected in report.rejected:
        logger.warning("%s: skipped: %s", rejected.path, rejected.reason, extra={"newsarchive_event": "skipped"})
    if report.ledger != ledger:
        save_ledger(report.ledger, ledger_path)
    return report


def _build_into_place(settings_file: str, output: Path) -> None:
    staging = output.with_name(f"{output.name}.staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        _run_pelican(settings_file, staging)
        _index_for_search(staging)
        _swap(staging, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _run_pelican(settings_file: str, staging: Path) -> None:
    settings = read_settings(settings_file, override={"OUTPUT_PATH": str(staging)})
    try:
        Pelican(settings).run()
    except Exception as error:  # Pelican raises anything from any plugin or template
        raise BuildFailed(f"Pelican stopped: {type(error).__name__}: {error}") from error


def _index_for_search(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise BuildFailed(f"Pagefind could not index the site: {result.stderr.strip()[-500:]}")


def _swap(staging: Path, output: Path) -> None:
    """Replace ``output`` by ``staging`` with two renames; the old site is removed last."""
    retired = output.with_name(f"{output.name}.old-{os.getpid()}")
    if output.exists():
        output.rename(retired)
    staging.rename(output)
    shutil.rmtree(retired, ignore_errors=True)


def _summarise(ingest: IngestReport, counter: EventCounter, seconds: float, output: Path) -> None:
    published = sum(1 for _ in output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))
    logger.info(
        "built %s in %.1f s: %d published, %d skipped, %d duplicates (%d new from the inbox, %d already archived)",
        output, seconds, published, counter.counts["skipped"], counter.counts["duplicates"] + len(ingest.already_archived),
        len(ingest.copied), len(ingest.already_archived),
    )


def _configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    logger.setLevel(logging.INFO)
