"""Ingest cache: a file's finished ``Article`` (or ``Rejected``), found again by what made it.

The key is a SHA-256 over the code version (every source and data file of this
package), the settings (``repr`` of the frozen ``ArchiveConfig``), the file's name
(its date and its format come from the name) and its bytes. Change any of them and
the entry is simply never found again. Tags are part of the cached article: an old
article keeps the tags it was given, even when new articles shift the corpus
statistics; clearing the cache folder re-tags everything as one corpus.

Entries live in one SQLite file (``ingest.sqlite3``) under the cache folder
(``.newsarchive-cache/``, gitignored), one row per file with two values: the result
(a pickle of the frozen model dataclasses, so only a cache this code wrote is ever
read) and, for an article, its tag evidence (its candidates and chosen tags, as tuples
of ``Candidate`` field values: compact, and quick to write and read). Reading the
archive's results never reads the evidence.

The same file keeps the archive's tag index (``tag_index.TagIndex``) with the set of
entry keys it counts, under an identity made of the code version and the settings:
an index is never read by other code or settings.

A third table remembers, per file path, the key its bytes gave and the file's
stamp (size, inode, modification and change times in nanoseconds, under the same
code version and settings). A rebuild finds an unchanged file's entry from its
stamp without reading the file; any write to the file changes its change time,
which no program can set back, so a changed file is always read again.
"""
from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import fields
from importlib import metadata
from operator import attrgetter
import pickle
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable, Iterable, Sequence

from .config import ArchiveConfig
from .forking import Background, start_forked
from .model import Article, Rejected
from .tag_candidate import Candidate, new_candidate

if TYPE_CHECKING:
    from .tag_index import TagIndex

CACHE_FILE = "ingest.sqlite3"
PACKAGE = Path(__file__).resolve().parent
SOURCE_PATTERNS = ("*.py", "data/*")
QUERY_BATCH = 500  # SQLite's limit on parameters per statement is 999 in old builds
# Libraries whose version changes what an article becomes (its HTML, its text from a page, its tags).
_CANDIDATE_FIELDS = attrgetter(*(item.name for item in fields(Candidate)))
Evidence = tuple[tuple[Candidate, ...], tuple[Candidate, ...]]  # an article's (found, chosen) candidates
RESULT_LIBRARIES = ("markdown-it-py", "trafilatura", "charset-normalizer", "textblob", "wordfreq", "nltk", "pycountry")


def code_version(package: Path = PACKAGE) -> str:
    """A digest of every file of the core that can change what an article becomes."""
    digest = hashlib.sha256()
    for pattern in SOURCE_PATTERNS:
        for path in sorted(package.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in RESULT_LIBRARIES:
        digest.update(f"{library}=={_installed_version(library)}\0".encode())
    return digest.hexdigest()


def _installed_version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def cache_key(version: str, config: ArchiveConfig, name: str, data: bytes) -> str:
    digest = hashlib.sha256()
    for part in (version.encode(), repr(config).encode(), name.encode("utf-8", "surrogateescape")):
        digest.update(len(part).to_bytes(8, "big") + part)
    digest.update(data)
    return digest.hexdigest()


def file_stamp(path: str, identity: str) -> str | None:
    """What a file looked like (size, inode, times) under one code version and settings; None if it cannot be seen."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{identity}:{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:{info.st_ctime_ns}"


def read_as_they_are(paths: Iterable[str], folder: Path) -> set[str]:
    """Those of ``paths`` that are, by their stamps, the files the last build read into the cache in ``folder``
    (under any code version and settings): what a build wrote and then read, such as its copy of an inbox file."""
    if not (folder / CACHE_FILE).is_file():
        return set()
    with IngestCache.open(folder) as cache:
        known = cache.known_keys()
    return {path for path in paths if path in known
            and (now := file_stamp(path, "")) is not None and _seen(known[path][0]) == _seen(now)}


def _seen(stamp: str) -> str:
    return stamp.split(":", 1)[-1]  # size, inode and times, without the identity (a hex digest) before them


def index_identity(version: str, config: ArchiveConfig) -> str:
    """What a tag index is only valid for: this code and these settings."""
    return cache_key(version, config, "tag-index", b"")


def forget_ingest_cache(folder: Path) -> None:
    """Delete the ingest cache in ``folder`` (its entries and the archive's tag index); the rest stays."""
    for name in (CACHE_FILE, f"{CACHE_FILE}-wal", f"{CACHE_FILE}-shm", f"{CACHE_FILE}-journal"):
        (folder / name).unlink(missing_ok=True)


class IngestCache:
    """Cached results by key; open with ``IngestCache.open(folder)``, use as a context manager."""

    def __init__(self, connection: sqlite3.Connection, folder: Path | None = None) -> None:
        self._connection = connection
        self.folder = folder

    @classmethod
    def open(cls, folder: Path) -> IngestCache:
        """Open (or create) the cache in ``folder``, once any write started in the background has finished."""
        finish_background_writes()
        folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(folder / CACHE_FILE)
        with connection:
            # The one-value layout of earlier versions: its entries belong to older code, never found again.
            connection.execute("DROP TABLE IF EXISTS results")
            connection.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, result BLOB NOT NULL, evidence BLOB)")
            connection.execute("CREATE TABLE IF NOT EXISTS tag_index (identity TEXT PRIMARY KEY, members BLOB NOT NULL, value BLOB NOT NULL)")
            connection.execute("CREATE TABLE IF NOT EXISTS stamps (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, key TEXT NOT NULL)")
        return cls(connection, folder)

    def write_in_background(self, write: Callable[[IngestCache], None]) -> None:
        """Run ``write(cache)`` in a forked process with its own connection; the caller goes on.

        ``finish_background_writes`` waits for it (``open`` does too, and so does the
        process's exit). Where ``fork`` is missing, or the cache has no folder, the
        write is done here and now.
        """
        started = None if self.folder is None else start_forked(functools.partial(_write_apart, self.folder, write))
        if started is None:
            write(self)
        else:
            _BACKGROUND_WRITES.append(started)

    def __enter__(self) -> IngestCache:
        return self

    def __exit__(self, *exc) -> None:
        self._connection.close()

    def get_many(self, keys: Sequence[str]) -> dict[str, Article | Rejected]:
        """The results stored under these keys (the ones it holds)."""
        return {key: pickle.loads(value) for key, value in self._select("result", keys)}

    def get_evidence(self, keys: Sequence[str]) -> dict[str, Evidence]:
        """The tag evidence of the articles stored under these keys (the ones it holds)."""
        return {key: _thaw(value) for key, value in self._select("evidence", keys) if value is not None}

    def put_many(self, entries: Iterable[tuple[str, Article | Rejected, Evidence | None]]) -> None:
        """Store (key, result, evidence) entries; evidence is None for a ``Rejected``."""
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO entries (key, result, evidence) VALUES (?, ?, ?)",
                ((key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), None if evidence is None else _freeze(evidence))
                 for key, result, evidence in entries))

    def get_index(self, identity: str) -> tuple[frozenset[str], TagIndex] | None:
        """The stored tag index of this identity and the entry keys it counts, if any."""
        row = self._connection.execute("SELECT members, value FROM tag_index WHERE identity = ?", (identity,)).fetchone()
        return None if row is None else (frozenset(pickle.loads(row[0])), pickle.loads(row[1]))

    def put_index(self, identity: str, members: Iterable[str], index: TagIndex) -> None:
        """Keep this index as the only one (an index of other code or settings is of no further use)."""
        with self._connection:
            self._connection.execute("DELETE FROM tag_index")
            self._connection.execute(
                "INSERT INTO tag_index (identity, members, value) VALUES (?, ?, ?)",
                (identity, pickle.dumps(sorted(members), protocol=pickle.HIGHEST_PROTOCOL),
                 pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)))

    def known_keys(self) -> dict[str, tuple[str, str]]:
        """Every remembered file: path -> (stamp, key)."""
        return {path: (stamp, key) for path, stamp, key in self._connection.execute("SELECT path, stamp, key FROM stamps")}

    def remember_keys(self, stamped: Iterable[tuple[str, str, str]], forgotten: Iterable[str] = ()) -> None:
        """Remember (path, stamp, key) for files whose key was just computed from their bytes; forget other paths."""
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO stamps (path, stamp, key) VALUES (?, ?, ?)", stamped)
            self._connection.executemany("DELETE FROM stamps WHERE path = ?", ((path,) for path in forgotten))

    def _select(self, column: str, keys: Sequence[str]):
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), QUERY_BATCH):
            batch = unique[start:start + QUERY_BATCH]
            yield from self._connection.execute(
                f"SELECT key, {column} FROM entries WHERE key IN ({','.join('?' * len(batch))})", batch)

    def __len__(self) -> int:
        return self._connection.execute("SELECT COUNT(*) FROM entries").fetchone()[0]


_BACKGROUND_WRITES: list[Background] = []  # writes started in forked processes, not yet waited for


def finish_background_writes() -> bool:
    """Wait for every cache write started by ``write_in_background``; False if one failed."""
    succeeded = True
    while _BACKGROUND_WRITES:
        succeeded = _BACKGROUND_WRITES.pop().wait() and succeeded
    return succeeded


def _write_apart(folder: Path, write: Callable[[IngestCache], None]) -> None:
    """In a forked child: the write, through a connection of its own (a parent's is never shared across fork)."""
    _BACKGROUND_WRITES.clear()  # the parent's other writes are not this process's to wait for
    connection = sqlite3.connect(folder / CACHE_FILE)
    try:
        write(IngestCache(connection, folder))
    finally:
        connection.close()


def _freeze(evidence: Evidence) -> bytes:
    found, chosen = evidence
    return pickle.dumps((tuple(map(_CANDIDATE_FIELDS, found)), tuple(map(_CANDIDATE_FIELDS, chosen))),
                        protocol=pickle.HIGHEST_PROTOCOL)


def _thaw(value: bytes) -> Evidence:
    found, chosen = pickle.loads(value)
    return tuple(new_candidate(*item) for item in found), tuple(new_candidate(*item) for item in chosen)
