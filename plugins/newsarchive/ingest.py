"""Ingesting the inbox: new raw files are copied, byte for byte, into the archive.

The user's inbox files are only read: never changed, moved or deleted. A file
whose text is already in the archive (by fingerprint) is recognised and left
out: quietly when it is the very file ingested before (the inbox is never
emptied), as a reported duplicate when another file carries the same article.
An inbox file edited after it was ingested (same name, same headline, other
text) is reported and left out: the story is published once, from its archive
copy, which is the file to edit.
Copies are written first and the ledger last, each atomically: a crash in
between loses nothing, because the next build finds the identical copy already
in place, reuses it instead of copying again, and records it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from .catalogue import catalogue_articles
from .config import ArchiveConfig, ConfigError
from .heuristics import prepare_families
from .ledger import Ledger, write_atomically
from .model import Article, Rejected
from .pipeline import prepare_path, untagged_article
from .reading import MARKDOWN_SUFFIXES, link_check, unread_kind, unusable_name
from .render import is_pelican_link
from .structure import visible_line

MAX_NAME_BYTES = 255  # the longest file name ext4, APFS and most file systems allow
INBOX_FOLDER_IN_CONTENT = "articles"  # where inbox copies go, when the archive's articles are read from there
# A Markdown story's link to a file beside it ("![chart]({attach}chart.png)", "{static}maps/pier.png"): a path from
# the story's folder (one from the content folder's root, "{static}/images/a.png", names no file of the inbox).
ATTACHED_FILE = re.compile(r"\{(?:attach|static)\}(?P<path>[^\s)\"'<>/][^\s)\"'<>]*)")


def archive_folder(article_paths: list[str] | tuple[str, ...]) -> str:
    """The content folder inbox copies go to: ``articles``, unless the settings' ``ARTICLE_PATHS`` leave it
    out ("posts" of a migrated blog): then the first folder they name, or a copy would never be published."""
    for folder in article_paths:
        if PurePosixPath(folder).is_absolute() or ".." in PurePosixPath(folder).parts:
            raise ConfigError(f"ARTICLE_PATHS {folder!r} is not a folder inside the content folder (PATH): "
                              "newsarchive reads and ingests articles there only")
    folders = [folder.strip("/") for folder in article_paths]
    if not folders or INBOX_FOLDER_IN_CONTENT in folders or "" in folders or "." in folders:  # (the whole folder)
        return INBOX_FOLDER_IN_CONTENT
    return folders[0]


@dataclass(frozen=True, slots=True)
class IngestReport:
    ledger: Ledger
    copied: tuple[tuple[str, str], ...] = ()  # (inbox file, archive file relative to content/)
    already_archived: tuple[tuple[str, str], ...] = ()  # (inbox file, its copy): ingested by an earlier build
    rejected: tuple[Rejected, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()  # (inbox file, the archive file with the same article)


def inbox_files(inbox: Path) -> tuple[Path, ...]:
    if not inbox.is_dir():
        return ()
    # Links, pipes, files of other kinds (a .docx) too (not directories, nor hidden files): each is reported,
    # not passed over in silence.
    return tuple(sorted(p for p in inbox.rglob("*") if (p.is_symlink() or not p.is_dir())
                        and not any(part.startswith(".") for part in p.relative_to(inbox).parts)))


def ingest_inbox(inbox: Path, content: Path, ledger: Ledger, config: ArchiveConfig, now: datetime,
                 folder: str = INBOX_FOLDER_IN_CONTENT, cache_folder: Path | None = None) -> IngestReport:
    """Copy new inbox articles into ``content/<folder>/`` (see ``archive_folder``) and record them in the ledger.

    The boilerplate families' gate is made from the fixed texts kept in ``cache_folder`` when a file is to be read."""
    archived = {fingerprint: (entry.path, entry.origin, entry.twins) for fingerprint, entry in ledger.by_hash().items()}
    twins: dict[str, list[str]] = {}  # inbox files newly reported as duplicates of an archived story, by its path
    copies_by_origin = {entry.origin: entry.path for entry in ledger.entries if entry.origin}
    copied, seen, duplicates, rejected, fresh = [], [], [], [], []
    origins: dict[str, str] = {}  # the inbox name of each new copy, by its path in the archive
    unread: dict[str, list[Path]] = {}  # files of another kind, by extension: one report line for each kind
    attached: set[Path] = set()  # files a Markdown story of the inbox links beside it: copied with it, not unread
    link_problem = link_check(inbox)
    for source in inbox_files(inbox):
        problem = link_problem(source)
        if problem is None and unread_kind(source):
            unread.setdefault(source.suffix.lower(), []).append(source)
            continue
        problem = problem or unusable_name(source.with_suffix(source.suffix.lower()))
        if problem:
            rejected.append(Rejected(str(source), problem))
            continue
        prepare_families(cache_folder, compile_all=False)  # (made once; nothing when the inbox holds no article)
        article = _prepared_article(source, config)
        if isinstance(article, Rejected):
            rejected.append(article)
            continue
        attachments = attached_files(source, inbox)
        attached.update(file for file, _ in attachments)
        name = inbox_name(source, inbox)
        names = {name, source.name}  # (a file of a folder of the inbox ingested before it was named with its folder)
        if article.content_hash in archived:
            relative, origin, known_twins = archived[article.content_hash]
            if origin in names:  # the inbox file ingested before (its copy may since have been deleted)
                seen.append((str(source), relative))
                rejected += _copy_attachments(attachments, relative, content, source)  # (left behind before)
                continue
            if (content / relative).is_file():
                duplicates.append((str(source), relative))
                if not names & set(known_twins):
                    twins.setdefault(relative, []).append(name)
                continue
            if names & set(known_twins):  # reported as a duplicate of the story before it was taken down
                seen.append((str(source), relative))
                continue
            # Another file with the text of a story deleted from the archive: it comes back, at its old URL.
        copy = copies_by_origin.get(name) or copies_by_origin.get(source.name)
        edited = _edited_since_archived(source, article, copy, content, config)
        if edited:
            rejected.append(Rejected(str(source), f"changed since it was archived as {edited}: published once, "
                                                  f"as it was; to correct the story, edit content/{edited}"))
            continue
        relative = _copy_into_archive(source, content, folder)
        rejected += _copy_attachments(attachments, relative, content, source)
        archived[article.content_hash] = (relative, name, ())
        copied.append((str(source), relative))
        origins[relative] = name
        fresh.append(replace(article, path=relative))
    rejected += [_unread_files(files) for files in ([file for file in files if file not in attached]
                                                    for files in unread.values()) if files]
    recorded = _with_twins(_with_copies_recorded(ledger, fresh, origins, now), twins)
    return IngestReport(recorded, tuple(copied), tuple(seen), tuple(rejected), tuple(duplicates))


def _with_twins(ledger: Ledger, twins: dict[str, list[str]]) -> Ledger:
    """The ledger with the inbox files newly reported as duplicates of each story (``twins``, by the story's
    path) recorded in its entry."""
    if not twins:
        return ledger
    known = ledger.by_path()
    return ledger.with_entries(replace(known[path], twins=(*known[path].twins, *names))
                               for path, names in twins.items())


def _with_copies_recorded(ledger: Ledger, fresh: list[Article], origins: dict[str, str], now: datetime) -> Ledger:
    """The ledger with this ingest's copies (``fresh``, at their archive paths) catalogued, each entry naming
    the inbox file it came from (``origins``: its ``inbox_name``, by archive path)."""
    # One pass, whatever the number of copies of a story (one pass over the ledger for each, before: 4.5 s for
    # 200 scrapes of one story in an archive of 11,000). catalogue.ledger: an entry a returning story took over
    # is under its new path only; a second scrape of a story that arrived with it is recorded as a copy of it
    # (the build leaves it out, as a duplicate): else the next build copied it again, or back once deleted.
    catalogue = catalogue_articles(fresh, ledger, now)
    return catalogue.ledger.with_entries(replace(entry, origin=origins[entry.path])
                                         for entry in catalogue.ledger.entries if entry.path in origins)


def inbox_name(source: Path, inbox: Path) -> str:
    """How a ledger entry names the inbox file it came from: its path in the inbox (its name, at the inbox's top):
    bbc/bridge.txt and cnn/bridge.txt are two outlets' files, not one file edited."""
    return source.relative_to(inbox).as_posix()


def _unread_files(files: list[Path]) -> Rejected:
    """One report for the inbox's files of one unread kind, named by the first: a folder of photos or a project's
    node_modules left in the inbox is one line on every build, not one per file."""
    reason = unread_kind(files[0])
    if len(files) > 1:
        reason = f"{reason} (so are {len(files) - 1} more {files[0].suffix.lower()} files in the inbox)"
    return Rejected(str(files[0]), reason, files=len(files))


def attached_files(source: Path, inbox: Path) -> tuple[tuple[Path, str], ...]:
    """The inbox files a Markdown story links beside it with ``{attach}`` or ``{static}``, each with its path from
    the story's folder: only links Pelican would follow (render.is_pelican_link: no "..", no story, table or hidden
    file), to a file of the inbox itself (not through a symbolic link)."""
    if source.suffix.lower() not in MARKDOWN_SUFFIXES:
        return ()
    found = {}
    for match in ATTACHED_FILE.finditer(source.read_text(encoding="utf-8", errors="replace")):
        path = unquote(urlparse(match.group("path")).path)
        file = source.parent / path
        if is_pelican_link(match.group()) and file.is_file() and not file.is_symlink() \
                and file.resolve().is_relative_to(inbox.resolve()):
            found[file] = path
    return tuple(found.items())


def _copy_attachments(attachments: tuple[tuple[Path, str], ...], copy: str, content: Path,
                      source: Path) -> list[Rejected]:
    """Copy each file a story links beside it (``attached_files``) beside its archive ``copy``, byte for byte,
    unless it is there; another file under that name (another story's chart.png) is kept, and reported."""
    problems = []
    for file, path in attachments:
        target = content / PurePosixPath(copy).parent / path
        data = file.read_bytes()
        if not target.exists():
            write_atomically(target, data)
        elif not _same_bytes(target, data):
            problems.append(Rejected(str(file), f"not copied: {source.name} links it, and beside its copy "
                                                f"{target.relative_to(content).as_posix()} is another file (rename "
                                                "this one, and the story's link to it)"))
    return problems


def _edited_since_archived(source: Path, article: Article, copy: str | None, content: Path,
                           config: ArchiveConfig) -> str | None:
    """The archive copy (relative to content/) of an inbox file edited after it was ingested: its
    copy is still there with the same headline. A new story under a file name used before is no edit.
    A copy that is not published now (made a draft, say) is the story still: the inbox file is no new one."""
    if copy is None or not (content / copy).is_file():
        return None
    archived = _prepared_article(content / copy, config)
    if not isinstance(archived, Rejected) and _headline(archived) != _headline(article):
        return None
    return copy


def _headline(article: Article) -> str:
    return " ".join(visible_line(article.title).casefold().split())


def _prepared_article(source: Path, config: ArchiveConfig) -> Article | Rejected:
    """The inbox file read and cleaned, untagged: its copy is tagged with the archive by the build
    (tagging each inbox file alone here, for tags nothing read, cost 1.0 of the 1.16 s of 100 files)."""
    prepared = prepare_path(str(source), config)
    return prepared if isinstance(prepared, Rejected) else untagged_article(prepared, config)


def _copy_into_archive(source: Path, content: Path, folder_name: str) -> str:
    """Copy ``source`` under a free name (or reuse an identical copy a crashed build left); the relative path."""
    data = source.read_bytes()
    folder = content / folder_name
    suffix = source.suffix.lower()  # read in the content folder whatever case the scraper used
    candidate, number = folder / f"{source.stem}{suffix}", 2
    while candidate.exists() and not _same_bytes(candidate, data):
        candidate = folder / numbered_name(source.stem, number, suffix)
        number += 1
    if not candidate.exists():
        write_atomically(candidate, data)
    return candidate.relative_to(content).as_posix()


def numbered_name(stem: str, number: int, suffix: str) -> str:
    """``stem-number.suffix``, the stem cut (at a character) so that the name fits in ``MAX_NAME_BYTES``."""
    tail = f"-{number}{suffix}"
    room = MAX_NAME_BYTES - len(tail.encode("utf-8", "surrogateescape"))
    return stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore") + tail


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
