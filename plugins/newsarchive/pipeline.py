"""The pipeline: files in, ``Article`` or ``Rejected`` out, in the order given.

Per-file stages run independently (and can run in a process pool); tagging runs
once over the whole corpus, as a build sees it. The per-file stages include
rendering the body to HTML, so a build renders each article once, in the pool,
and the ingest cache keeps the HTML with the article.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import itertools
import os
import re
import stat
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Iterable, Iterator, Sequence

from markdown_it import MarkdownIt

from .cache import cache_key, code_version, file_stamp, index_identity
from .clean import clean_article
from .config import ArchiveConfig
from .dates import date_from_filename, misdated_file_name, unreadable_date_note, unreadable_modified_note
from .dedupe import content_fingerprint
from .forking import CountedProgress
from .heuristics import prepare_families
from .language import WrittenLanguage, story_language
from .markdown_lines import continuation_lines, set_verbatim_apart, verbatim_text
from .model import Article, Block, BlockKind, CleanArticle, DeclaredMetadata, RawArticle, Rejected, SitePage
from .pickling import fast_unpickling
from .reading import MAX_AUTHORS, read_article, read_page, unusable_link, unusable_name
from .render import make_renderer, render_markdown
from .structure import markdown_inline_text, markdown_story_text, to_markdown, visible_line, visible_text
from .summary import summarise
from .tag_candidate import Candidate
from .tag_lexicon import word_frequencies
from .tag_settings import TagConfig

if TYPE_CHECKING:
    from .cache import IngestCache
    from .progress import Progress
    from .tag import CandidateFinder, TagDocument, Tagged
    from .tag_index import TagIndex

# The tagger (``tag``, ``tag_index`` and what they import: nltk, TextBlob's lexicon, pycountry, about 0.45 s of
# a build) is imported by the functions that tag, when a story is first tagged: a build with nothing new, or only
# files already in the cache, never imports it.

# The subjects of a news story are in its first pages; tagging a multi-megabyte
# dump in full takes minutes (robustness: bounded time for any input under max_file_bytes).
MAX_TAGGED_CHARS = 100_000
LAST_SPACE = re.compile(r"\s(?=\S*\Z)")
MAX_HEADLINE_CHARACTERS = 1000  # headlines run to about 150; a first line of pages is a paragraph or a dump
MIN_BACKGROUND_STORE = 1000  # new entries: below this, writing them takes less than forking
MIN_POOLED_FILES = 200  # below this, starting worker processes costs more than it saves
POOL_CHUNK = 64


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Ingested:
    """What one file became, as the ingest cache keeps it: the result and, for an article,
    the tagger's candidates and chosen tags (so later articles are tagged against it)."""

    result: Article | Rejected
    found: tuple[Candidate, ...] = ()
    chosen: tuple[Candidate, ...] = ()


def extract_paths(paths: Sequence[str], config: ArchiveConfig, cache: IngestCache | None = None,
                  workers: int = 1, progress: Progress | None = None,
                  store_in_background: bool = False,
                  ranking_progress: Progress | None = None) -> tuple[Article | Rejected, ...]:
    """Read, clean and tag files as one corpus.

    With a ``cache``, files it already holds (same bytes, name, settings and code)
    are not processed again and keep their tags; the others are tagged against the
    whole archive (its statistics come from the archive's tag index, see
    ``_archive_index``). With ``workers`` > 1, reading, cleaning and finding tag
    candidates run in a process pool (results are the same as serial: those stages
    are pure, per file); with nothing to look up (no cache, or an empty one) files are
    read as the pool takes them (``_extract_all``). With ``store_in_background``, a
    large batch of new entries is written to the cache by a forked process while the
    caller goes on (see ``IngestCache.write_in_background``; wait with
    ``finish_background_writes``). ``progress`` counts the files read, cleaned and searched for
    tag candidates; ``ranking_progress`` the articles whose candidates are then ranked.
    """
    version = code_version() if cache is not None else ""
    if cache is None or not len(cache):
        return _extract_all(paths, config, cache, version, workers, (progress, ranking_progress), store_in_background)
    items, keys = _keyed_items(paths, config, cache, version)
    cached = cache.get_many([key for key in keys if key])
    missing = [index for index, key in enumerate(keys) if key is None or key not in cached]
    for index in missing:
        if items[index][1] is None:  # known by its stamp, but its entry is gone: read it after all
            items[index] = _load(paths[index], config)
            keys[index] = _key(version, config, *items[index]) if isinstance(items[index][1], bytes) else None
    results = [cached.get(key) if key else None for key in keys]
    if missing:
        members = [key for key in dict.fromkeys(keys) if key in cached and isinstance(cached[key], Article)]
        archive = _archive_index(cache, index_identity(version, config), members) if members else None
        fresh = _ingest([items[index] for index in missing], len(missing), config, archive, workers,
                        (progress, ranking_progress), _gate_folder(cache))
        _store_new(cache, index_identity(version, config), [keys[index] for index in missing], fresh, members,
                   archive, in_background=store_in_background and workers > 1)
        for index, ingested in zip(missing, fresh):
            results[index] = ingested.result
    return tuple(_at_path(result, path) for result, path in zip(results, paths))


def _extract_all(paths: Sequence[str], config: ArchiveConfig, cache: IngestCache | None, version: str,
                 workers: int, stages: tuple[Progress | None, Progress | None],
                 store_in_background: bool) -> tuple[Article | Rejected, ...]:
    """Every file is new (no cache, or an empty one: a first build). The files are read as the
    workers take them, so the first batches are being cleaned while the last are still read
    (reading 11k files first, with the page cache cold, kept a core idle for 2 s)."""
    identity = index_identity(version, config)
    known, learned, keys = (cache.known_keys() if cache is not None else {}), [], []

    def items():
        for path in paths:
            stamp = file_stamp(path, identity) if cache is not None else None
            item, key = _read_keyed(path, config, cache, version, identity, stamp, learned)
            keys.append(key)
            yield item

    fresh = _ingest(items(), len(paths), config, None, workers, stages, _gate_folder(cache))
    if cache is not None:
        _remember_stamps(cache, known, learned, paths)
    _store_new(cache, identity, keys, fresh, [], None, in_background=store_in_background and workers > 1)
    return tuple(_at_path(ingested.result, path) for ingested, path in zip(fresh, paths))


def _store_new(cache: IngestCache | None, identity: str, keys: Sequence[str | None], fresh: Sequence[Ingested],
               members: Sequence[str], archive: TagIndex | None, in_background: bool) -> None:
    """Store new entries (``_store``); a large batch in a forked process when ``in_background``."""
    if cache is None:
        return
    store = functools.partial(_store, identity=identity, keys=keys, fresh=fresh, members=members, archive=archive)
    if in_background and len(fresh) >= MIN_BACKGROUND_STORE:
        cache.write_in_background(store)
    else:
        store(cache)


def _keyed_items(paths: Sequence[str], config: ArchiveConfig, cache: IngestCache,
                 version: str) -> tuple[list, list]:
    """Each path with its bytes (None when its stamp says the cache knows it) and its cache key.

    A file whose stamp is the one remembered is not read: its key is the remembered
    one. The cache remembers the stamps of the files of this call only (an archive's files).
    """
    identity, known = index_identity(version, config), cache.known_keys()
    items, keys, learned = [], [], []
    for path in paths:
        stamp = file_stamp(path, identity)
        remembered = known.get(path)
        if stamp is not None and remembered is not None and remembered[0] == stamp:
            items.append((path, None))
            keys.append(remembered[1])
            continue
        item, key = _read_keyed(path, config, cache, version, identity, stamp, learned)
        items.append(item)
        keys.append(key)
    _remember_stamps(cache, known, learned, paths)
    return items, keys


def _remember_stamps(cache: IngestCache, known: dict, learned: list, paths: Sequence[str]) -> None:
    """Remember the stamps ``learned``; forget those of files no longer among ``paths`` (deleted or
    renamed since: their stamps would only pile up)."""
    gone = known.keys() - set(paths)
    if learned or gone:
        cache.remember_keys(learned, gone)


def _read_keyed(path: str, config: ArchiveConfig, cache: IngestCache | None, version: str, identity: str,
                stamp: str | None, learned: list) -> tuple[tuple, str | None]:
    """(path, bytes | Rejected) and the cache key (None without a cache, or for a file that could not be
    read). ``stamp`` is the file's, taken before the read: a file whose stamp is the same after it
    (not changed while read) joins ``learned`` as (path, stamp, key)."""
    item = _load(path, config)
    if cache is None or not isinstance(item[1], bytes):
        return item, None
    key = _key(version, config, *item)
    if stamp is not None and stamp == file_stamp(path, identity):
        learned.append((path, stamp, key))
    return item, key


def _key(version: str, config: ArchiveConfig, path: str, data: bytes) -> str:
    return cache_key(version, config, Path(path).name, data)


# An index that differs from the archive by at most this share of its articles is updated
# (reading those articles' evidence); beyond it, rebuilt from every article's evidence.
MAX_INDEX_CHANGE = 0.5


def _archive_index(cache: IngestCache, identity: str, members: Sequence[str]) -> TagIndex:
    """The tag index of the cached articles ``members``: the stored one, updated or rebuilt."""
    from .tag_index import add_articles, build_index, remove_articles

    stored = cache.get_index(identity)
    wanted = frozenset(members)
    if stored is not None:
        counted, index = stored
        added, removed = wanted - counted, counted - wanted
        if not added and not removed:
            return index
        if len(added) + len(removed) <= MAX_INDEX_CHANGE * len(wanted):
            evidence = cache.get_evidence([*added, *removed])
            if all(key in evidence for key in (*added, *removed)):
                index = remove_articles(index, *_columns(evidence[key] for key in sorted(removed)))
                return add_articles(index, *_columns(evidence[key] for key in sorted(added)))
    evidence = cache.get_evidence(members)
    return build_index(*_columns(evidence[key] for key in members if key in evidence))


def _columns(evidence) -> tuple[list, list]:
    pairs = list(evidence)
    return [found for found, _ in pairs], [chosen for _, chosen in pairs]


def _store(cache: IngestCache, identity: str, keys: Sequence[str | None], fresh: Sequence[Ingested],
           members: Sequence[str], archive: TagIndex | None) -> None:
    """Store the new entries and the index of the archive with the new articles in it."""
    from .tag_index import add_articles, build_index

    cache.put_many((key, ingested.result, _evidence(ingested)) for key, ingested in zip(keys, fresh) if key)
    new = {key: ingested for key, ingested in zip(keys, fresh)
           if key and key not in members and isinstance(ingested.result, Article)}
    found, chosen = [ingested.found for ingested in new.values()], [ingested.chosen for ingested in new.values()]
    index = build_index(found, chosen) if archive is None else add_articles(archive, found, chosen)
    cache.put_index(identity, [*members, *new], index)


def _evidence(ingested: Ingested):
    return (ingested.found, ingested.chosen) if isinstance(ingested.result, Article) else None


def _load(path: str, config: ArchiveConfig) -> tuple[str, bytes | Rejected]:
    return path, _read_or_reject(path, config.max_file_bytes)


def _gate_folder(cache: IngestCache | None) -> Path | None:
    return cache.folder if cache is not None else None


def _ingest(items: Iterable, count: int, config: ArchiveConfig, archive: TagIndex | None, workers: int,
            stages: tuple[Progress | None, Progress | None], gate_folder: Path | None = None) -> tuple[Ingested, ...]:
    """Prepare and tag ``count`` new files; ``archive`` indexes the already ingested articles they join.

    ``stages``: the progress (or None) of preparing the files and of ranking their candidates. The boilerplate
    families are made ready first (their gate kept in ``gate_folder``), all compiled when workers will share them."""
    from .tag import tag_documents  # (before the workers fork: they share it)

    if count:
        prepare_families(gate_folder, compile_all=_pooled(count, workers))
        if _pooled(count, workers):
            word_frequencies()  # (imported here, once, not by each worker)
    preparing, ranking = stages
    prepared = _prepare_all(items, count, config, workers, preparing)
    articles = [(item, found) for item, found in prepared if isinstance(item, Pending)]
    tagged = iter(tag_documents(
        [item.document for item, _ in articles], [found for _, found in articles], config.tag,
        workers=workers, archive=archive, progress=CountedProgress(ranking) if ranking is not None else None,
    ))
    return tuple(
        Ingested(item) if isinstance(item, Rejected) else _ingested(item, found, next(tagged))
        for item, found in prepared
    )


def _ingested(item: Pending, found: tuple[Candidate, ...], tagged: Tagged) -> Ingested:
    return Ingested(item.with_tags(tagged.tags), found, tagged.chosen)


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Pending:
    """An article waiting for the corpus-wide tagging stage: finished but for its inferred tags.

    What a worker sends back (with the article's candidates): the raw text and the
    cleaned blocks stay in the worker, so the build holds one copy of each article.
    """

    article: Article  # its ``tags`` are the declared ones, if any
    document: TagDocument  # title, pins and bans (the text is not needed any more)
    declared_tags: bool

    def with_tags(self, inferred: tuple[str, ...]) -> Article:
        return self.article if self.declared_tags else replace(self.article, tags=inferred)


def _prepare_all(items: Iterable, count: int, config: ArchiveConfig, workers: int, progress) -> list:
    """(Pending | Rejected, candidates) per (path, bytes | Rejected) item of ``count``, in order.

    ``items`` may be a generator: the pool is given each batch as soon as it is made.
    """
    chunks = _batches(items, POOL_CHUNK)
    if progress is not None:
        progress.start(count)
    if _pooled(count, workers):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = [_shared_strings(chunk) for chunk in
                    _counted(pool.map(_prepare_chunk, chunks, itertools.repeat(config)), progress)]
    else:
        done = list(_counted((_prepare_chunk(chunk, config) for chunk in chunks), progress))
    if progress is not None:
        progress.finish()
    return [result for chunk in done for result in chunk]


def _pooled(count: int, workers: int) -> bool:
    return workers > 1 and count >= MIN_POOLED_FILES


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _prepare_chunk(chunk, config: ArchiveConfig) -> list:
    """Read, clean, render and find tag candidates for a few files (one worker task)."""
    from .tag import find_candidates_batch

    renderer = make_renderer()  # one per task: a renderer is not picklable, and reused across articles
    prepared = [data if isinstance(data, Rejected) else prepare_bytes(path, data, config, renderer)
                for path, data in chunk]
    articles = [item for item in prepared if isinstance(item, Prepared)]
    documents = [_tag_document(item) for item in articles]
    pending = iter(zip(articles, documents, find_candidates_batch(documents, config.tag, _finder(config.tag))))
    return [_pending(*next(pending), config) if isinstance(item, Prepared) else (item, ()) for item in prepared]


_finders: dict[TagConfig, CandidateFinder] = {}  # this process's finder (a worker's lives for all its tasks)


def _finder(config: TagConfig) -> CandidateFinder:
    from .tag import CandidateFinder

    finder = _finders.get(config)
    if finder is None:
        _finders.clear()  # another archive's settings: its memos hold other aliases' keys
        finder = _finders[config] = CandidateFinder(config)
    return finder


def _pending(item: Prepared, document: TagDocument, found: tuple[Candidate, ...],
             config: ArchiveConfig) -> tuple[Pending, tuple[Candidate, ...]]:
    return Pending(untagged_article(item, config), replace(document, text=""), item.raw.declared.tags is not None), found


def _shared_strings(chunk: list) -> list:
    """Candidates of many articles repeat the same keys and spellings: keep one string of each
    (tens of megabytes for a large archive, whose every candidate is held until tagging)."""
    for _, found in chunk:
        for candidate in found:
            object.__setattr__(candidate, "key", sys.intern(candidate.key))  # frozen: set once, before any use
            object.__setattr__(candidate, "display", sys.intern(candidate.display))
    return chunk


def _counted(chunks, progress):
    for chunk in chunks:
        if progress is not None:
            for _ in chunk:
                progress.advance()
        yield chunk


def _at_path(result: Article | Rejected, path: str) -> Article | Rejected:
    return result if result.path == path else replace(result, path=path)


def prepare_path(path: str, config: ArchiveConfig) -> Prepared | Rejected:
    """Read and clean one file (no corpus-wide work); safe to run in a worker process."""
    data = _read_or_reject(path, config.max_file_bytes)
    return data if isinstance(data, Rejected) else prepare_bytes(path, data, config)


def _words(block) -> int:
    """Words of a block; a table row's bars and delimiter dashes, or a section break's marks, are none."""
    tokens = block.text.split()
    if block.kind in (BlockKind.TABLE_ROW, BlockKind.SECTION_BREAK):
        return sum(1 for token in tokens if any(char.isalnum() for char in token))
    return len(tokens)


def prepare_bytes(path: str, data: bytes, config: ArchiveConfig,
                  renderer: MarkdownIt | None = None) -> Prepared | Rejected:
    """Read, clean and render one file; pass a ``renderer`` to reuse one across files."""
    raw = read_article(path, data, config.max_file_bytes, config.zone)
    if isinstance(raw, Rejected):
        return raw
    cleaned = _cleaned(raw, config)
    problem = _emptiness(raw, cleaned)
    if problem:
        return Rejected(path, problem)
    markdown = to_markdown(cleaned.blocks, inline_markup=raw.format == "markdown")
    html = render_markdown(renderer or make_renderer(), markdown)
    if not _visible(TAGS.sub("", html)):  # a Markdown body of a link's definition alone ("[a]: /x") shows nothing
        return Rejected(path, "a headline with no article text")
    return Prepared(raw, cleaned, markdown, html, story_language(_headline_of(raw, cleaned) + "\n\n" + markdown))


class Prepared:
    """A read, cleaned and rendered article waiting for the corpus-wide tagging stage, with the language it is
    written in (told once: its page and the tagger both read it)."""

    __slots__ = ("raw", "cleaned", "markdown", "html", "language")

    def __init__(self, raw: RawArticle, cleaned: CleanArticle, markdown: str, html: str,
                 language: WrittenLanguage | None) -> None:
        self.raw = raw
        self.cleaned = cleaned
        self.markdown = markdown
        self.html = html
        self.language = language

    def __reduce__(self):  # picklable for worker processes
        return (Prepared, (self.raw, self.cleaned, self.markdown, self.html, self.language))


def tag_articles(items: Sequence[Prepared | Rejected], config: ArchiveConfig) -> tuple[Article | Rejected, ...]:
    """Tag every prepared article as one corpus and assemble the final articles."""
    from .tag import find_candidates_batch, tag_documents

    prepared = [item for item in items if isinstance(item, Prepared)]
    documents = [_tag_document(item) for item in prepared]
    tags = iter(tag_documents(documents, find_candidates_batch(documents, config.tag), config.tag))
    return tuple(item if isinstance(item, Rejected) else _assemble(item, next(tags).tags, config) for item in items)


def untagged_article(item: Prepared, config: ArchiveConfig) -> Article:
    """The finished article but for the tags inferred from the corpus (it keeps its declared ones):
    all that needs no other article (its fingerprint, headline, date)."""
    return _assemble(item, (), config)


def load_page(path: str, max_bytes: int, folder: Path | None = None) -> SitePage | Rejected:
    """A page of the site (content/pages/) read from disk: never through a symbolic link (nor out of ``folder``
    through a linked folder) or from a pipe."""
    problem = unusable_name(path) or unusable_link(Path(path), folder)
    if problem:
        return Rejected(path, problem)
    data = _read_or_reject(path, max_bytes)
    return data if isinstance(data, Rejected) else read_page(path, data, max_bytes)


def _read_or_reject(path: str, max_bytes: int) -> bytes | Rejected:
    """``read_input_bytes``, or why the file could not be read."""
    try:
        return read_input_bytes(path, max_bytes)
    except OSError as error:
        return Rejected(path, f"cannot read the file: {error.strerror or error}")


def read_input_bytes(path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` + 1 bytes of a regular file (a named pipe is refused, never waited on)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # (a named pipe would block the open)
    with open(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a named pipe, a socket or a device)")
        return handle.read(max_bytes + 1)  # never more than the limit + 1: the reader reports the size


def _cleaned(raw: RawArticle, config: ArchiveConfig) -> CleanArticle:
    """The article cleaned; a Markdown article's verbatim blocks (code, quotes, numbered or nested lists) set
    apart from the cleaning and put back as written (if the cleaner kept every one's place: else it is
    cleaned whole, as before), and its subheadings only those its author marked."""
    if raw.format != "markdown":
        return clean_article(raw.text, config.clean, authors=raw.declared.authors)
    apart = set_verbatim_apart(raw.text)
    cleaned = clean_article(apart.text, config.clean, continuation_lines(apart.text), guess_subheadings=False,
                            authors=raw.declared.authors)
    if not apart.blocks:
        return cleaned
    placed = [block.text for block in cleaned.blocks if block.text in apart.blocks]
    if sorted(placed) != sorted(apart.blocks):
        return clean_article(raw.text, config.clean, continuation_lines(raw.text), guess_subheadings=False,
                             authors=raw.declared.authors)
    blocks = tuple(Block(BlockKind.VERBATIM, apart.blocks[block.text]) if block.text in apart.blocks else block
                   for block in cleaned.blocks)
    return replace(cleaned, blocks=blocks)


def _emptiness(raw: RawArticle, cleaned: CleanArticle) -> str | None:
    if not raw.text.strip():
        return "empty file (no text)"
    if not _visible(cleaned.title) and not _visible(raw.declared.title or ""):
        return "no headline"
    if not raw.declared.title and len(cleaned.title) > MAX_HEADLINE_CHARACTERS:
        return (f"the first line is {len(cleaned.title):,} characters long: not a headline "
                "(a raw article starts with its headline on a line of its own)")
    if raw.declared.title and len(raw.declared.title) > MAX_HEADLINE_CHARACTERS:  # (it is on every listing and feed)
        return f"its Title: line is {len(raw.declared.title):,} characters long: not a headline"
    if all(block.kind is BlockKind.SECTION_BREAK for block in cleaned.blocks):
        return "only boilerplate, no article text" if cleaned.removed else "a headline with no article text"
    return None


TAGS = re.compile(r"<[^>]*>")


def _visible(text: str) -> bool:
    """Whether ``text`` shows anything: not only spaces and invisible format characters (zero-width spaces)."""
    return any(not character.isspace() and unicodedata.category(character) != "Cf" for character in text)


def _tag_document(item: Prepared) -> TagDocument:
    from .tag import TagDocument

    return TagDocument(
        title=visible_line(_headline(item)),
        text=_tagged_part(plain_text(_shown_blocks(item, markdown_story_text))),
        pinned=item.raw.declared.pinned_tags,
        banned=item.raw.declared.banned_tags,
        language=item.language.code if item.language else "",
    )


def _tagged_part(text: str) -> str:
    """The first ``MAX_TAGGED_CHARS`` characters of a story, cut between words: a word cut in two ("num" of
    "number") was read as a word of the story, and tagged."""
    if len(text) <= MAX_TAGGED_CHARS:
        return text
    part = text[:MAX_TAGGED_CHARS + 1]
    last_space = LAST_SPACE.search(part)
    return part[:last_space.start()] if last_space and last_space.start() > 0 else part[:MAX_TAGGED_CHARS]


def plain_text(blocks: tuple[Block, ...]) -> str:
    return "\n\n".join(block.text for block in blocks)


def _headline(item: Prepared) -> str:
    return _headline_of(item.raw, item.cleaned)


def _headline_of(raw: RawArticle, cleaned: CleanArticle) -> str:
    """The headline as written (plain text keeps its references: the page decodes them), a Markdown
    article's without its markup."""
    title = raw.declared.title or cleaned.title
    return markdown_inline_text(title) if raw.format == "markdown" else title


def _shown_blocks(item: Prepared, markdown_text=None) -> tuple[Block, ...]:
    """The blocks as a reader sees them: references decoded; a Markdown article's markup rendered away (by
    ``markdown_text`` when given: ``markdown_story_text`` for the tagger, which leaves images and lone links out)."""
    told = markdown_text is not None and item.raw.format == "markdown"
    shown, inline = (markdown_text, markdown_text) if told else (_shown(item), markdown_inline_text)
    return tuple(block if (text := (verbatim_text(block.text, inline) if block.kind is BlockKind.VERBATIM
                                    else shown(block.text)))
                 == block.text else Block(block.kind, text, block.level)
                 for block in item.cleaned.blocks)


def _shown(item: Prepared):
    """What a reader sees of a line of this article: ``markdown_inline_text`` or ``visible_text``."""
    return markdown_inline_text if item.raw.format == "markdown" else visible_text


# A file's own Tags: and Summary: lines are bounded: every tag is a page and a feed, and the summary is
# printed on each (5,000 tags and a 100 kB summary in one file made 2.2 GB of site).
MAX_DECLARED_TAGS = 30
SUMMARY_WORDS_ALLOWED = 4  # a declared summary may be this many times the summary_words setting


def _bounded_summary(summary: str, summary_words: int) -> str:
    words = summary.split(" ")
    limit = summary_words * SUMMARY_WORDS_ALLOWED
    return summary if len(words) <= limit else " ".join(words[:limit]) + " …"


def _declared_notes(declared: DeclaredMetadata, summary_words: int) -> tuple[str, ...]:
    notes = []
    if declared.tags is not None and len(declared.tags) > MAX_DECLARED_TAGS:
        notes.append(f"it declares {len(declared.tags)} tags: the first {MAX_DECLARED_TAGS} are kept")
    if len(declared.authors) > MAX_AUTHORS:
        notes.append(f"its byline names {len(declared.authors)} people: the first {MAX_AUTHORS} are shown")
    if declared.unread_modified is not None:
        notes.append(unreadable_modified_note(declared.unread_modified))
    if declared.summary and len(declared.summary.split()) > summary_words * SUMMARY_WORDS_ALLOWED:
        notes.append(f"its summary is cut at {summary_words * SUMMARY_WORDS_ALLOWED} words")
    return tuple(notes)


def _tag_fields(declared: DeclaredMetadata) -> str:
    """What the file says of its tags, as a fingerprint: a tag recorded for the article is no longer its tag once
    these change (an edited Tags: line leaves the text, and so the text's fingerprint, as it was)."""
    fields = (declared.tags, declared.pinned_tags, declared.banned_tags)
    if fields == (None, (), ()):
        return ""
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()[:16]


def _date_notes(declared: DeclaredMetadata, file_name: str) -> tuple[str, ...]:
    if declared.unread_date is not None:
        return (unreadable_date_note(declared.unread_date),)
    misdated = None if declared.date else misdated_file_name(file_name)
    return (misdated,) if misdated else ()


def _assemble(item: Prepared, inferred_tags: tuple[str, ...], config: ArchiveConfig) -> Article:
    raw, cleaned, declared = item.raw, item.cleaned, item.raw.declared
    shown = _shown_blocks(item)
    if declared.summary:
        summary = _bounded_summary(" ".join(_shown(item)(declared.summary).split()), config.summary_words)
    else:
        summary = summarise(shown, config.summary_words)
    written = item.language
    return Article(
        path=raw.path,
        title=_headline(item),
        body_markdown=item.markdown,
        summary=summary,
        tags=declared.tags[:MAX_DECLARED_TAGS] if declared.tags is not None else inferred_tags,
        removed=cleaned.removed,
        source=declared.source or cleaned.source,
        date=declared.date or date_from_filename(Path(raw.path).name, config.zone),
        notes=_date_notes(declared, Path(raw.path).name) + _declared_notes(declared, config.summary_words),
        tag_fields=_tag_fields(declared),
        authors=declared.authors[:MAX_AUTHORS],
        modified=declared.modified,
        declared_slug=declared.slug,
        content_hash=content_fingerprint(raw.text),
        truncated=cleaned.truncated,
        word_count=sum(_words(block) for block in shown if block.kind is not BlockKind.SUBHEADING),
        body_html=item.html,
        language=written.code if written else "",
        direction=written.direction if written else "ltr",
    )
