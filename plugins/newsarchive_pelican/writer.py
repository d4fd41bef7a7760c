"""The archive's writer: a page is written only when its bytes changed.

A build renders into a staging folder that starts as a hard-link copy of the
current site (``link_previous_pages``: every ``.html`` page, nothing else). The
writer renders each page as Pelican does, compares the bytes with the file already
there, and leaves an identical file alone; a changed page goes to a temporary file
that replaces the name (``os.replace``), so the old inode, still shared with the
live site, is never written into. Once Pelican has finished, linked pages the new
build did not produce (a tag that disappeared, a page number that no longer exists)
are removed from the staging folder.

Only ``.html`` pages are linked: other writers (feeds, sitemap, Pagefind, theme
static files) write in place and always start from an empty path.
"""
from __future__ import annotations

import io
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pelican import signals
from pelican.writers import FileOverwriteFailedError

from .safe_writer import SafeWriter

logger = logging.getLogger("newsarchive")
LINKED_SUFFIX = ".html"
LINK_MARKER = ".newsarchive-linked"  # in a staging folder prepared by link_previous_pages
NOT_LINKED_FOLDERS = frozenset({"pagefind"})  # regenerated whole by its own tool
WRITE_LOG_KEY = "NEWS_ARCHIVE_WRITE_LOG"


@dataclass
class WriteLog:
    """What one build's writer did (kept in that build's settings, read by the build command)."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    produced: set = field(default_factory=set)


def link_previous_pages(output: Path, staging: Path) -> int:
    """Fill the empty ``staging`` with hard links to the pages of ``output``; the number linked."""
    staging.mkdir(parents=True)
    if not output.is_dir():
        return 0
    linked = 0
    for root, folders, files in os.walk(output):
        folders[:] = [name for name in folders if not (root == str(output) and name in NOT_LINKED_FOLDERS)]
        target = staging / os.path.relpath(root, output)
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            if name.endswith(LINKED_SUFFIX):
                os.link(os.path.join(root, name), target / name)
                linked += 1
    (staging / LINK_MARKER).touch()
    return linked


class ArchiveWriter(SafeWriter):
    """Pelican's writer (with SafeWriter's per-article safety) that skips pages whose bytes did not change."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.log = WriteLog()
        if settings is not None:
            settings[WRITE_LOG_KEY] = self.log
        signals.finalized.connect(self._remove_stale_pages)  # weak: goes away with the writer

    def _open_w(self, filename, encoding, override=False):
        """Pelican's checks for a page written twice, then a buffer instead of ``open(filename, "w")``.

        Pelican's own ``_open_w`` truncates the file in place: in a linked staging
        folder that would write into the live site.
        """
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time')
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(f'Failed to overwrite "{filename}": Pelican has already written it')
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return _ChangedBytesFile(os.path.abspath(filename), encoding, self.log)

    def _remove_stale_pages(self, pelican) -> None:
        signals.finalized.disconnect(self._remove_stale_pages)
        self.log.removed = remove_unproduced_links(Path(self.output_path), self.log.produced)
        logger.debug("pages: %d written, %d unchanged, %d removed", self.log.written, self.log.unchanged,
                     self.log.removed)


def remove_unproduced_links(staging: Path, produced: set) -> int:
    """Delete linked pages of a staging folder that this build did not produce; how many."""
    marker = staging / LINK_MARKER
    if not marker.exists():
        return 0
    marker.unlink()
    removed = 0
    for root, _, files in os.walk(os.path.abspath(staging)):
        for name in files:
            path = os.path.join(root, name)
            if name.endswith(LINKED_SUFFIX) and path not in produced and os.stat(path).st_nlink > 1:
                os.unlink(path)
                removed += 1
    return removed


def replace_if_changed(path: str, data: bytes) -> bool:
    """Give ``path`` the bytes ``data`` by atomic replacement, unless it has them already; True if written."""
    try:
        if os.path.getsize(path) == len(data):
            with open(path, "rb") as existing:
                if existing.read() == data:
                    return False
    except FileNotFoundError:
        pass
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


class _ChangedBytesFile(io.StringIO):
    """A text file that reaches the disk, on a clean close, only if its bytes differ from the file there."""

    def __init__(self, path: str, encoding: str, log: WriteLog) -> None:
        super().__init__()
        self.name, self._encoding, self._log, self._failed = path, encoding, log, False

    def __exit__(self, kind, value, traceback):
        self._failed = kind is not None
        return super().__exit__(kind, value, traceback)

    def close(self) -> None:
        if not self.closed and not self._failed:
            data = self.getvalue().encode(self._encoding)
            self._log.produced.add(self.name)
            if replace_if_changed(self.name, data):
                self._log.written += 1
            else:
                self._log.unchanged += 1
        super().close()
