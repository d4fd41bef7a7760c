"""The ingest ledger: what the archive has published, recorded in the repository.

One JSON file (``content/newsarchive-ledger.json``) maps each article file to
the values that must never change once published: its slug, date and feed GUID,
plus its content fingerprint (to recognise a file dropped in twice). It is
written atomically (temporary file, fsync, rename): a crash leaves the old or
the new ledger, never half of one.
"""
from __future__ import annotations

import glob
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from collections.abc import Iterable

LEDGER_VERSION = 1
SAFE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
GUID_NAMESPACE = uuid.UUID("6f1c4c36-8f3e-4a53-9a8e-3c0a5e1f2b7d")  # fixed: GUIDs derive from the first fingerprint


class LedgerError(ValueError):
    """The ledger file exists but cannot be understood; the message names the file."""


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """The permanent record of one published article."""

    path: str  # the article file, relative to the content folder, with / separators
    content_hash: str  # fingerprint of the text now (see dedupe.content_fingerprint)
    slug: str
    date: datetime  # publication date: declared, from the file name, or the time of first ingest
    guid: str  # feed GUID, minted once
    ingested_at: datetime
    origin: str | None = None  # the inbox file it was copied from, if any
    known_hashes: tuple[str, ...] = ()  # earlier fingerprints, so an old copy in the inbox stays recognised
    # The tags the build inferred (or the file declared) for the text of ``content_hash``, before the
    # overrides table: a build from a fresh clone publishes the same tags, and tag pages keep their URLs.
    tags: tuple[str, ...] | None = None
    tagged_with: str | None = None  # fingerprint of the tagger's settings (+ the file's tag lines) they were made with
    # Other inbox files with its text, reported as duplicates of it: once the story is taken down (its file deleted),
    # they are not taken for the same text dropped in again, which brings a story back.
    twins: tuple[str, ...] = ()


ENTRY_FIELDS = tuple(field.name for field in fields(LedgerEntry))


@dataclass(frozen=True, slots=True)
class Ledger:
    entries: tuple[LedgerEntry, ...] = ()
    # The site's tag settings (``TagConfig.as_record``) the last build recorded tags under: a later change of
    # pins or bans alone is applied to the recorded tags instead of tagging the archive again.
    tag_settings: dict | None = field(default=None, hash=False)
    # The built-in alias table (``tag_settings.builtin_aliases_digest``) the recorded tags are named by: a build
    # under another renames the tags a line added to it names (``catalogue.with_current_aliases``), once.
    builtin_aliases: str | None = None

    def by_path(self) -> dict[str, LedgerEntry]:
        return {entry.path: entry for entry in self.entries}

    def by_hash(self) -> dict[str, LedgerEntry]:
        index: dict[str, LedgerEntry] = {}
        for entry in self.entries:
            for fingerprint in (*entry.known_hashes, entry.content_hash):
                index.setdefault(fingerprint, entry)
        return index

    def without_paths(self, paths: set[str]) -> Ledger:
        return replace(self, entries=tuple(entry for entry in self.entries if entry.path not in paths)) if paths else self

    def with_entries(self, entries: Iterable[LedgerEntry]) -> Ledger:
        merged = self.by_path()
        merged.update((entry.path, entry) for entry in entries)
        return replace(self, entries=tuple(sorted(merged.values(), key=lambda entry: entry.path)))


def mint_guid(content_hash: str) -> str:
    return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, content_hash)}"


def updated_hash(entry: LedgerEntry, content_hash: str) -> LedgerEntry:
    """The entry of an article whose file was edited: same slug, date and GUID."""
    if content_hash == entry.content_hash:
        return entry
    return replace(entry, content_hash=content_hash, known_hashes=(*entry.known_hashes, entry.content_hash))


def load_ledger(path: Path) -> Ledger:
    if not path.exists():
        return Ledger()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        settings, aliases = document.get("tag_settings"), document.get("builtin_aliases")
        return Ledger(tuple(_entry_from_json(item) for item in document["articles"]),
                      settings if isinstance(settings, dict) else None, aliases if isinstance(aliases, str) else None)
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ingest ledger ({error.strerror or error})") from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise LedgerError(f"{path}: the ingest ledger is damaged ({error}); restore it from git") from error


def save_ledger(ledger: Ledger, path: Path) -> None:
    # One article a line: a new or changed article is one line of the file's diff, and each line is
    # made by json's C encoder (``indent`` makes it use its Python one: 0.13 s against 0.06 at 10k articles).
    lines = ",\n".join(json.dumps(_entry_to_json(entry), ensure_ascii=False) for entry in ledger.entries)
    # (the tag settings only when recorded: a ledger written before them stays byte for byte as it was)
    settings = f'"tag_settings": {json.dumps(ledger.tag_settings, ensure_ascii=False)}, ' if ledger.tag_settings else ""
    if ledger.builtin_aliases:
        settings += f'"builtin_aliases": {json.dumps(ledger.builtin_aliases)}, '
    text = f'{{"version": {LEDGER_VERSION}, {settings}"articles": [\n{lines}\n]}}\n' if lines else \
        f'{{"version": {LEDGER_VERSION}, {settings}"articles": []}}\n'
    write_atomically(path, text.encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old bytes or the new, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _CREATION_MODE)  # mkstemp makes it 0600: give it the mode a new file gets
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _creation_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_CREATION_MODE = _creation_mode()  # read once: os.umask can only be read by setting it


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after it keeps the new file)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some file systems do not open folders; the rename is still atomic
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def stale_temporary_files(path: Path) -> tuple[Path, ...]:
    """Temporary files a killed ``write_atomically`` of ``path`` left behind (safe to delete under the build lock)."""
    return tuple(path.parent.glob(f"{glob.escape(_temporary_prefix(path))}*.tmp"))


def _temporary_prefix(path: Path) -> str:
    return f".{path.name[:80]}."  # the name's start only: a name near the system's limit leaves room for the rest


def _entry_to_json(entry: LedgerEntry) -> dict:
    # Field by field: dataclasses.asdict deep-copies every value (a second per 10k entries).
    document = {name: getattr(entry, name) for name in ENTRY_FIELDS}
    document["date"] = entry.date.isoformat()
    document["ingested_at"] = entry.ingested_at.isoformat()
    document["known_hashes"] = list(entry.known_hashes)
    document["tags"] = list(entry.tags) if entry.tags is not None else None
    document["tagged_with"] = entry.tagged_with
    if entry.twins:
        document["twins"] = list(entry.twins)
    else:  # (written only when there are some: a ledger written before them stays byte for byte as it was)
        del document["twins"]
    return document


def _entry_from_json(document: dict) -> LedgerEntry:
    if not SAFE_SLUG.fullmatch(document["slug"]):  # a slug becomes a folder name: no "..", no "/"
        raise ValueError(f"entry {document['path']!r} has an unsafe slug {document['slug']!r}")
    return LedgerEntry(
        path=document["path"],
        content_hash=document["content_hash"],
        slug=document["slug"],
        date=datetime.fromisoformat(document["date"]),
        guid=document["guid"],
        ingested_at=datetime.fromisoformat(document["ingested_at"]),
        origin=document.get("origin"),
        known_hashes=tuple(document.get("known_hashes", ())),
        tags=tuple(document["tags"]) if isinstance(document.get("tags"), list) else None,
        tagged_with=document.get("tagged_with"),
        twins=tuple(document.get("twins", ())),
    )
