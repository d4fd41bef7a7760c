"""``newsarchive build``: ingest the inbox, build the site into a fresh folder, swap it in.

The site is built into a sibling of ``output/`` and exchanged with it in one
atomic step only once complete (with the search index), so a failed or
interrupted build leaves the previous site untouched. A lock file keeps two
builds from running at once (the second waits); under the lock, folders and
temporary files a killed build left behind are cleaned up first.

Exit status: 0 when the site was built (even if some input files were skipped),
1 when the build itself failed, 2 when another build held the lock too long.
"""
from __future__ import annotations

import ctypes
import errno
import functools
import logging
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from collections.abc import Callable

from filelock import FileLock, Timeout
from jinja2 import FileSystemBytecodeCache
from pelican import Pelican
from pelican.settings import read_settings

from newsarchive.cache import finish_background_writes, forget_ingest_cache
from newsarchive.config import ArchiveConfig, ConfigError
from newsarchive.forking import start_forked
from newsarchive.ingest import IngestReport, archive_folder, ingest_inbox
from newsarchive.ledger import LedgerError, load_ledger, save_ledger, stale_temporary_files
from newsarchive.progress import Progress

from .archive import LEDGER_NAME, LISTINGS_NAME, RETAG_KEY, cache_folder, inbox_folder
from .render_keys import compiled_templates_digest, save_manifest
from .report import Event, EventCounter, one_line, report_duplicate, report_skipped, tally_logger
from .retention import (carry_retained, finish_carrying, holds_retained, late_hand_made, rescue_from_spare,
                        retained_names, return_retained, save_site_record, set_aside_hand_made, site_record)
from .search_shards import index_for_search
from .writer import (MANIFEST_FOLDER_KEY, NOT_LINKED_FOLDERS, STATIC_OUTPUTS_KEY, WRITE_LOG_KEY, ArchiveWriter,
                     WriteLog, keep_unchanged_site_files, link_previous_pages, remove_path, site_file_folders,
                     unlink_static_outputs)

logger = logging.getLogger("newsarchive")
LOCK_WAIT_SECONDS = 600
LOCK_NAME = ".newsarchive-build.lock"
RENAME_EXCHANGE = 2  # renameat2 flag (Linux ≥ 3.15): swap two paths atomically
AT_FDCWD = -100
LINKING_PROCESSES = 2  # ``cp -al`` processes linking the previous site's top-level entries at once


class BuildFailed(RuntimeError):
    """The site could not be built; the previous output is still in place."""


def build_site(settings_file: str = "pelicanconf.py", retag: bool = False) -> int:
    """Run one whole build; the exit status for the command line."""
    _configure_logging()
    try:
        settings = read_settings(settings_file)
    except (OSError, SyntaxError, ImportError, ValueError, NameError) as error:  # a settings file is Python
        logger.error("build failed: cannot read the settings file %s (%s: %s)", settings_file, type(error).__name__, error)
        return 1
    output = Path(settings["OUTPUT_PATH"]).resolve()
    lock = FileLock(str(output.parent / LOCK_NAME))
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
        return _locked_build(settings_file, settings, output, retag)
    finally:
        lock.release()


def _locked_build(settings_file: str, settings: dict, output: Path, retag: bool = False) -> int:
    started = time.perf_counter()
    counter = EventCounter()
    watched = (logger, logging.getLogger("pelican"), tally_logger)
    for watched_logger in watched:
        watched_logger.addHandler(counter)
    try:
        recover_interrupted_build(output, Path(settings["PATH"]) / LEDGER_NAME)
        ingest = _ingest(settings)
        if retag:  # its tags and its tag index are the ones to make again
            forget_ingest_cache(cache_folder(settings))
        _build_into_place(settings_file, output, retag, retained_names(settings), counter, cache_folder(settings))
    except (BuildFailed, ConfigError, LedgerError, OSError) as error:
        logger.error("build failed: %s (the previous site in %s is unchanged)", one_line(error), output)
        return 1
    finally:
        if not finish_background_writes():
            logger.warning("could not store this build's new articles in the ingest cache (%s): "
                           "the next build reads and tags them again", cache_folder(settings))
        for watched_logger in watched:
            watched_logger.removeHandler(counter)
    _summarise(ingest, counter, time.perf_counter() - started, output)
    return 0


def recover_interrupted_build(output: Path, ledger_path: Path) -> None:
    """Undo what a killed build left (call with the build lock held, so nothing else is running).

    A site retired by a swap the kill interrupted is put back when ``output`` is
    missing, and so are entries kept by ``OUTPUT_RETENTION`` that the killed build
    had moved out of ``output`` (retention.py); half-written staging folders,
    retired sites and temporary ledger files are deleted.
    """
    retired = sorted(output.parent.glob(f"{output.name}.old-*"), key=lambda path: path.stat().st_mtime)
    if not output.exists() and retired:
        retired.pop().rename(output)
        logger.info("restored the previous site into %s (an earlier build was interrupted)", output)
    for unfinished in output.parent.glob(f".{output.name}.trash-*"):  # a deletion cut short, or still running
        _delete_detached(unfinished)
    leftovers = [*output.parent.glob(f"{output.name}.staging-*"), *retired]
    if not return_retained(output, leftovers):
        leftovers = [folder for folder in leftovers if not holds_retained(folder, output)]
    for leftover in leftovers:
        logger.info("removing %s, left by an interrupted build", leftover)
        shutil.rmtree(leftover, ignore_errors=True)
    for temporary in (*stale_temporary_files(ledger_path), *stale_temporary_files(ledger_path.with_name(LISTINGS_NAME))):
        temporary.unlink(missing_ok=True)


def _ingest(settings: dict) -> IngestReport:
    content = Path(settings["PATH"])
    ledger_path = content / LEDGER_NAME
    ledger = load_ledger(ledger_path)
    config = ArchiveConfig.from_site_settings(settings)
    now = datetime.now(config.zone).replace(microsecond=0)
    report = ingest_inbox(inbox_folder(settings), content, ledger, config, now,
                          archive_folder(settings["ARTICLE_PATHS"]), cache_folder(settings))
    for source, relative in report.copied:
        logger.info("%s: ingested as %s", one_line(source), one_line(relative))
    for rejected in report.rejected:
        report_skipped(rejected.path, rejected.reason, rejected.files)
    for source, relative in report.duplicates:
        report_duplicate(source, relative)
    if report.ledger != ledger:
        save_ledger(report.ledger, ledger_path)
    return report


def _build_into_place(settings_file: str, output: Path, retag: bool = False, retained: tuple[str, ...] = (),
                      counter: EventCounter | None = None, record_folder: Path | None = None) -> None:
    """Build the site into a staging folder and swap it in; ``retained``: ``OUTPUT_RETENTION``'s names,
    whose entries in ``output`` are carried into the new site (retention.py). A site with no article, built while
    Pelican reported errors (a plugin or setting failing on every article), is not swapped in."""
    staging = output.with_name(f"{output.name}.staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    built, staging_links = False, None
    try:
        clock = time.perf_counter()
        from_spare = _start_from_spare(staging, output, retained)
        # unchanged pages stay as they are (writer.py); files put into output/ during the last build are set aside
        # (a file of the spare only: a staging folder made anew is a copy of the live site, whose files by hand
        # set_aside_hand_made finds)
        late = late_hand_made(staging, output, record_folder) if from_spare else None
        staging_links = StagingLinks(output, staging, retained, late)
        linked, clock = time.perf_counter() - clock, time.perf_counter()
        log, manifest_folder = _run_pelican(settings_file, staging, staging_links.wait, retag)
        if counter is not None and counter.counts[Event.PELICAN_ERRORS] and not counter.counts[Event.PUBLISHED]:
            raise BuildFailed(f"Pelican reported {_count(counter.counts[Event.PELICAN_ERRORS], 'error')} (see above) "
                              "and published no article")
        linked += staging_links.waited
        pelican, clock = time.perf_counter() - clock - staging_links.waited, time.perf_counter()
        _index_for_search(staging, output, log)
        keep_unchanged_site_files(staging, output, log.static_outputs, log.site_folders)
        logger.info("times: linking %.1f s, Pelican %.1f s (rendering %.1f s), search index %.1f s", linked, pelican,
                    log.render_seconds, time.perf_counter() - clock)
        record = site_record(staging, log, retained)
        carry_retained(staging, output, retained)  # first: a failure here leaves the live site as it was
        set_aside_hand_made(staging, output, log, manifest_folder)
        swap_into_place(staging, output)
        built = True
        finish_carrying(output)
        # Only now does the manifest describe the live site (the writer removed the old one when it read it).
        save_manifest(manifest_folder, log.manifest)
        save_site_record(manifest_folder, record)
    finally:
        if built:
            _keep_as_spare(staging, output)
        else:
            if staging_links is not None:
                staging_links.wait(relink=False)  # its child links by the staging folder's name
            if return_retained(output, [staging]):
                discard_in_background(staging, output)
            else:  # a retained entry is still in it: the next build puts it back (recover_interrupted_build)
                logger.error("%s holds an entry kept by OUTPUT_RETENTION: left for the next build to put back",
                             one_line(staging))


class StagingLinks:
    """The staging folder made to hold links to the live site's pages and feeds (``link_staging``) by a
    forked child, while the build reads the archive and gathers Pelican's context on its one core (a ×5
    rebuild starting from the spare relinks its changed pages in 0.5–0.8 s; the first rebuild, which has
    no spare, links the whole site in 1.5 s). ``wait`` before anything is written into ``staging``."""

    def __init__(self, output: Path, staging: Path, retained: tuple[str, ...] = (),
                 set_aside: Callable[[str], bool] | None = None) -> None:
        self.output, self.staging, self.retained, self.waited = output, staging, retained, 0.0
        self.set_aside = set_aside
        self._job = (start_forked(functools.partial(link_staging, output, staging, retained, set_aside))
                     if output.is_dir() else None)
        if self._job is None:  # no previous site (nothing to link but the marker), or no fork
            link_staging(output, staging, retained, set_aside)

    def wait(self, relink: bool = True) -> None:
        """Block until the links are made; if the child failed, link here (``relink``: it starts over from
        what the child left, and raises what stopped it)."""
        job, self._job = self._job, None
        if job is None:
            return
        started = time.perf_counter()
        if not job.wait() and relink:
            link_staging(self.output, self.staging, self.retained, self.set_aside)
        self.waited += time.perf_counter() - started


def link_staging(output: Path, staging: Path, retained: tuple[str, ...] = (),
                 set_aside: Callable[[str], bool] | None = None) -> None:
    """``link_previous_pages(output, staging)``; a staging folder made anew (no spare to start from) is
    first linked whole by ``cp -al``: 0.9 s for a ×5 site, against 5.4 s for Python's calls (the mirror
    then only checks the links and lists them, 0.5 s). The entries kept by ``OUTPUT_RETENTION``
    (``retained``) are neither linked nor read."""
    if output.is_dir() and not staging.exists():
        _copy_as_links(output, staging, retained)  # False: nothing was made, and the mirror links everything
    link_previous_pages(output, staging, retained, set_aside)


def spare_folder(output: Path) -> Path:
    """The retired site a build keeps beside ``output`` to start the next staging folder from."""
    return output.with_name(f".{output.name}.spare")


def _start_from_spare(staging: Path, output: Path, retained: tuple[str, ...] = ()) -> bool:
    """Begin ``staging`` as the spare (the site before the last build: mostly the same files, hard-linked);
    whether there was one (else ``staging`` is made anew, after ``make clean`` or a first rebuild)."""
    spare = spare_folder(output)
    if not (spare.is_dir() and output.is_dir()):
        return False
    rescue_from_spare(spare, output, retained)
    spare.rename(staging)
    for folder in NOT_LINKED_FOLDERS:
        discard_in_background(staging / folder, output)
    return True


def _keep_as_spare(retired: Path, output: Path) -> None:
    """After a swap ``retired`` holds the previous site: keep it for the next build (its pages are links).

    After the first build there is no previous site, and no spare: the first rebuild
    links the whole site while it reads the archive (``StagingLinks``).
    """
    if not retired.exists():
        return
    spare = spare_folder(output)
    discard_in_background(spare, output)
    retired.rename(spare)


def _copy_as_links(source: Path, target: Path, retained: tuple[str, ...] = ()) -> bool:
    """``target`` as a copy of ``source`` made of hard links, by ``cp -al``; False (and no ``target``) when that
    did not work.

    The search bundles are left out (a staging folder never holds the live site's, see
    search_shards): a quarter of the files at ×5, and so are the ``retained`` entries. Each top-level
    entry is one ``cp``, two at a time (the biggest, by entries, first): linking is kernel work on
    folders of their own.
    """
    entries = sorted((entry for entry in source.iterdir()
                      if entry.name not in NOT_LINKED_FOLDERS and entry.name not in retained),
                     key=_entry_count, reverse=True)
    try:
        target.mkdir()
        with ThreadPoolExecutor(max_workers=LINKING_PROCESSES) as pool:
            done = all(pool.map(lambda entry: _cp_links(entry, target), entries))
    except OSError:
        done = False
    if not done:
        shutil.rmtree(target, ignore_errors=True)
    return done


def _entry_count(path: Path) -> int:
    try:
        return sum(1 for _ in os.scandir(path)) if path.is_dir() and not path.is_symlink() else 1
    except OSError:
        return 1


def _cp_links(entry: Path, target: Path) -> bool:
    return subprocess.run(["cp", "-al", "--", str(entry), str(target)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def discard_in_background(folder: Path, output: Path) -> None:
    """Rename ``folder`` (the retired site, or a failed build) out of the way and delete it in a detached process.

    Deleting tens of thousands of files takes seconds the build need not wait for;
    a deletion cut short is finished by the next build (``recover_interrupted_build``).
    """
    if not folder.exists():
        return
    trash = output.with_name(f".{output.name}.trash-{os.getpid()}-{time.monotonic_ns()}")
    try:
        folder.rename(trash)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return
    _delete_detached(trash)


def _delete_detached(folder: Path) -> None:
    try:
        subprocess.Popen([sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)",
                          str(folder)], start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


class _ArchivePelican(Pelican):
    """Pelican with a writer that survives one article's rendering failure."""

    writer: ArchiveWriter | None = None
    before_writing: Callable[[], None] | None = None  # called once, before the writer is made

    def _get_writer(self):
        if self.before_writing is not None:
            self.before_writing()
        unlink_static_outputs(Path(self.output_path), self.settings.get(STATIC_OUTPUTS_KEY, ()))
        self.writer = ArchiveWriter(self.output_path, settings=self.settings)  # a SafeWriter that skips unchanged pages
        return self.writer


def _run_pelican(settings_file: str, staging: Path, before_writing: Callable[[], None] | None = None,
                 retag: bool = False) -> tuple[WriteLog, Path]:
    """Run Pelican into ``staging``; what its writer did, and the folder of the render manifest.

    ``before_writing`` is called after Pelican has gathered its context, before its writer is made.
    """
    # FILENAME_METADATA off: the core dates articles from their file names itself, while
    # Pelican's pattern aborts reading a file named like "2026-02-30-story.txt".
    # DELETE_OUTPUT_DIRECTORY off: the staging folder is new, and holds the previous site's links.
    settings = read_settings(settings_file, override={"OUTPUT_PATH": str(staging), "FILENAME_METADATA": "",
                                                      "DELETE_OUTPUT_DIRECTORY": False, RETAG_KEY: retag})
    manifest_folder = cache_folder(settings)
    settings[MANIFEST_FOLDER_KEY] = str(manifest_folder)
    pelican = _ArchivePelican(settings)  # (loads the plugins: the template cache is keyed by their code too)
    settings["JINJA_ENVIRONMENT"] = _with_template_cache(settings.get("JINJA_ENVIRONMENT") or {}, manifest_folder,
                                                         compiled_templates_digest(settings))
    pelican.before_writing = before_writing
    try:
        pelican.run()  # the writer renders its queued pages when Pelican finishes
    except Exception as error:  # Pelican raises anything from any plugin or template
        if pelican.writer is not None:
            pelican.writer.abandon()  # no page is rendered into a staging folder about to be discarded
        raise BuildFailed(f"Pelican stopped: {type(error).__name__}: {error}") from error
    log = settings.get(WRITE_LOG_KEY) or WriteLog()
    log.static_outputs = settings.get(STATIC_OUTPUTS_KEY, ())
    log.site_folders = site_file_folders(settings)
    return log, manifest_folder


def _with_template_cache(environment: dict, folder: Path, code: str) -> dict:
    """Jinja settings with compiled templates kept in the cache folder, in a folder named by the ``code`` they
    were compiled with (Jinja keys each by its source): every build compiled the theme again, once per Pelican
    generator. The folders of other code are removed; a user's own cache is kept."""
    if "bytecode_cache" in environment:
        return environment
    templates = folder / "templates" / code
    try:
        for stale in templates.parent.iterdir() if templates.parent.is_dir() else ():
            if stale.name != code:
                remove_path(stale)
        templates.mkdir(parents=True, exist_ok=True)
    except OSError:  # only the saving is lost
        return environment
    return {**environment, "bytecode_cache": FileSystemBytecodeCache(str(templates))}


def _index_for_search(site: Path, previous: Path, log: WriteLog) -> None:
    try:
        index_for_search(site, previous, log.search_changed, Progress("newsarchive: search index, article pages"))
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        raise BuildFailed(f"Pagefind could not index the site: {one_line(error)}") from error


def swap_into_place(staging: Path, output: Path) -> None:
    """Put the complete site ``staging`` at ``output``; afterwards ``staging`` holds the old site, if any.

    With an existing ``output`` both are exchanged in one atomic step, so a web
    server (or a kill) never sees a missing or mixed site; where the file
    system cannot exchange, two renames are used and an interrupted swap is
    repaired by the next build (``recover_interrupted_build``).
    """
    if not output.exists():
        staging.rename(output)
        return
    if _exchange(staging, output):
        return
    retired = output.with_name(f"{output.name}.old-{os.getpid()}")
    output.rename(retired)
    staging.rename(output)
    retired.rename(staging)


def _exchange(first: Path, second: Path) -> bool:
    """Atomically swap two paths with Linux's renameat2; False where that is not available."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(first))


def _summarise(ingest: IngestReport, counter: EventCounter, seconds: float, output: Path) -> None:
    published = counter.counts[Event.PUBLISHED]
    pelican_errors, notes = counter.counts[Event.PELICAN_ERRORS], counter.counts[Event.NOTES]
    logger.info(
        "built %s in %.1f s: %d published, %d skipped, %s (%d new from the inbox, %d already archived%s%s)",
        output, seconds, published, counter.counts[Event.SKIPPED],
        _count(counter.counts[Event.DUPLICATES], "duplicate"),
        len(ingest.copied), len(ingest.already_archived),
        f"; {_count(notes, 'note')} on published files, see above" if notes else "",
        f"; {pelican_errors} errors from Pelican, see above" if pelican_errors else "",
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    logger.setLevel(logging.INFO)
