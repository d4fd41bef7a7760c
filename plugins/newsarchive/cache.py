"""Ingest cache: a file's finished ``Article`` (or ``Rejected``), found again by what made it.

The key is a SHA-256 over the code version (every source and data file of this
package), the settings (``repr`` of the frozen ``ArchiveConfig``), the file's name
(its date and its format come from the name) and its bytes. Change any of them and
the entry is simply never found again. Tags are part of the cached article: an old
article keeps the tags it was given, even when new articles shift the corpus
statistics; clearing the cache folder re-tags everything as one corpus.

Entries live in one SQLite file (``ingest.sqlite3``) under the cache folder
(``.newsarchive-cache/``, gitignored); values are pickles of the frozen model
dataclasses, so only a cache this code wrote is ever read.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
import pickle
import sqlite3
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .config import ArchiveConfig
from .model import Article, Rejected

CACHE_FILE = "ingest.sqlite3"
PACKAGE = Path(__file__).resolve().parent
SOURCE_PATTERNS = ("*.py", "data/*")
QUERY_BATCH = 500  # SQLite's limit on parameters per statement is 999 in old builds
# Libraries whose version changes what an article becomes (its HTML, its text from a page, its tags).
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


class IngestCache:
    """Cached results by key; open with ``IngestCache.open(folder)``, use as a context manager."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, folder: Path) -> "IngestCache":
        folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(folder / CACHE_FILE)
        connection.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        return cls(connection)

    def __enter__(self) -> "IngestCache":
        return self

    def __exit__(self, *exc) -> None:
        self._connection.close()

    def get_many(self, keys: Sequence[str]) -> dict[str, Article | Rejected]:
        found: dict[str, Article | Rejected] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), QUERY_BATCH):
            batch = unique[start:start + QUERY_BATCH]
            rows = self._connection.execute(
                f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(batch))})", batch)
            found.update((key, pickle.loads(value)) for key, value in rows)
        return found

    def put_many(self, results: Mapping[str, Article | Rejected] | Iterable[tuple[str, Article | Rejected]]) -> None:
        pairs = results.items() if isinstance(results, Mapping) else results
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                ((key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in pairs))

    def __len__(self) -> int:
        return self._connection.execute("SELECT COUNT(*) FROM results").fetchone()[0]
