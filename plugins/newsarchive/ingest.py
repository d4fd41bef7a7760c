"""Ingesting the inbox: new raw files are copied, byte for byte, into the archive.

The user's inbox files are only read: never changed, moved or deleted. A file
whose text is already in the archive (by fingerprint) is recognised and left
out. Copies are written first and the ledger last, each atomically: a crash in
between loses nothing, because the next build registers the copied files it finds
without a ledger entry.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from .catalogue import catalogue_articles
from .config import ArchiveConfig
from .ledger import Ledger, write_atomically
from .model import Rejected
from .pipeline import prepare_path, tag_articles
from .reading import ARTICLE_SUFFIXES

INBOX_FOLDER_IN_CONTENT = "articles"


@dataclass(frozen=True, slots=True)
class IngestReport:
    ledger: Ledger
    copied: tuple[tuple[str, str], ...] = ()  # (inbox file, archive file relative to content/)
    already_archived: tuple[tuple[str, str], ...] = ()  # (inbox file, the archive file it repeats)
    rejected: tuple[Rejected, ...] = ()


def inbox_files(inbox: Path) -> tuple[Path, ...]:
    if not inbox.is_dir():
        return ()
    return tuple(sorted(p for p in inbox.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                        and not p.name.startswith(".")))


def ingest_inbox(inbox: Path, content: Path, ledger: Ledger, config: ArchiveConfig, now: datetime) -> IngestReport:
    """Copy new inbox articles into ``content/articles/`` and record them in the ledger."""
    archived = {fingerprint: entry.path for fingerprint, entry in ledger.by_hash().items()}
    copied, repeated, rejected, fresh = [], [], [], []
    for source in inbox_files(inbox):
        prepared = prepare_path(str(source), config)
        if isinstance(prepared, Rejected):
            rejected.append(prepared)
            continue
        article = tag_articles((prepared,), config)[0]
        if article.content_hash in archived:
            repeated.append((str(source), archived[article.content_hash]))
            continue
        destination = _free_destination(content / INBOX_FOLDER_IN_CONTENT, source.name)
        write_atomically(destination, source.read_bytes())
        relative = destination.relative_to(content).as_posix()
        archived[article.content_hash] = relative
        copied.append((str(source), relative))
        fresh.append(replace(article, path=relative))
    origins = {relative: Path(source).name for source, relative in copied}
    catalogue = catalogue_articles(fresh, ledger, now)
    entries = [replace(item.entry, origin=origins[item.entry.path]) for item in catalogue.published]
    return IngestReport(ledger.with_entries(entries), tuple(copied), tuple(repeated), tuple(rejected))


def _free_destination(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return candidate
