"""The pipeline: files in, ``Article`` or ``Rejected`` out, in the order given.

Per-file stages run independently (and can run in a process pool); tagging runs
once over the whole corpus, as a build sees it.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .cache import cache_key, code_version
from .clean import clean_article
from .config import ArchiveConfig
from .dates import date_from_filename
from .dedupe import content_fingerprint
from .model import Article, BlockKind, CleanArticle, RawArticle, Rejected
from .reading import read_article
from .structure import to_markdown
from .summary import summarise
from .tag import TagDocument, tag_corpus

if TYPE_CHECKING:
    from .cache import IngestCache
    from .progress import Progress

# The subjects of a news story are in its first pages; tagging a multi-megabyte
# dump in full takes minutes (robustness: bounded time for any input under max_file_bytes).
MAX_TAGGED_CHARS = 100_000
MIN_POOLED_FILES = 200  # below this, starting worker processes costs more than it saves
POOL_CHUNK = 64


def extract_paths(paths: Sequence[str], config: ArchiveConfig, cache: "IngestCache | None" = None,
                  workers: int = 1, progress: "Progress | None" = None) -> tuple[Article | Rejected, ...]:
    """Read, clean and tag files as one corpus.

    With a ``cache``, files it already holds (same bytes, name, settings and code)
    are not processed again and keep their tags; the others are tagged as one corpus
    among themselves. With ``workers`` > 1, reading and cleaning run in a process
    pool (results are the same as serial: per-file stages are pure).
    """
    version = code_version() if cache is not None else ""
    keys, todo = [], []
    for path in paths:
        try:
            data = _read_bytes(path, config.max_file_bytes)
        except OSError as error:
            keys.append(None)
            todo.append((path, Rejected(path, f"cannot read the file: {error.strerror or error}")))
            continue
        keys.append(cache_key(version, config, Path(path).name, data) if cache is not None else None)
        todo.append((path, data))
    found = cache.get_many([key for key in keys if key]) if cache is not None else {}
    missing = [(index, item) for index, (key, item) in enumerate(zip(keys, todo)) if key not in found]
    if progress is not None:
        progress.start(len(missing))
    fresh = tag_articles(_prepare_all([item for _, item in missing], config, workers, progress), config)
    if cache is not None:
        cache.put_many((keys[index], result) for (index, _), result in zip(missing, fresh) if keys[index])
    results: list = [found.get(key) if key else None for key in keys]
    for (index, _), result in zip(missing, fresh):
        results[index] = result
    return tuple(_at_path(result, path) for result, path in zip(results, paths))


def _prepare_all(items, config: ArchiveConfig, workers: int, progress) -> tuple:
    """``prepare_bytes`` over (path, bytes) items, in order; read failures pass through."""
    work = [item for item in items if not isinstance(item[1], Rejected)]
    if workers > 1 and len(work) >= MIN_POOLED_FILES:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = pool.map(_prepare_item, work, [config] * len(work), chunksize=POOL_CHUNK)
            prepared = iter(_counted(done, progress))
    else:
        prepared = iter(_counted((_prepare_item(item, config) for item in work), progress))
    results = tuple(item[1] if isinstance(item[1], Rejected) else next(prepared) for item in items)
    if progress is not None:
        progress.finish()
    return results


def _prepare_item(item: tuple[str, bytes], config: ArchiveConfig) -> "Prepared | Rejected":
    return prepare_bytes(item[0], item[1], config)


def _counted(results, progress):
    collected = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress.advance()
    return collected


def _at_path(result: Article | Rejected, path: str) -> Article | Rejected:
    return result if result.path == path else replace(result, path=path)


def prepare_path(path: str, config: ArchiveConfig) -> "Prepared | Rejected":
    """Read and clean one file (no corpus-wide work); safe to run in a worker process."""
    try:
        data = _read_bytes(path, config.max_file_bytes)
    except OSError as error:
        return Rejected(path, f"cannot read the file: {error.strerror or error}")
    return prepare_bytes(path, data, config)


def prepare_bytes(path: str, data: bytes, config: ArchiveConfig) -> "Prepared | Rejected":
    raw = read_article(path, data, config.max_file_bytes)
    if isinstance(raw, Rejected):
        return raw
    cleaned = clean_article(raw.text, config.clean)
    problem = _emptiness(raw, cleaned)
    if problem:
        return Rejected(path, problem)
    return Prepared(raw, cleaned)


class Prepared:
    """A read and cleaned article waiting for the corpus-wide tagging stage."""

    __slots__ = ("raw", "cleaned")

    def __init__(self, raw: RawArticle, cleaned: CleanArticle) -> None:
        self.raw = raw
        self.cleaned = cleaned

    def __reduce__(self):  # picklable for worker processes
        return (Prepared, (self.raw, self.cleaned))


def tag_articles(items: Sequence["Prepared | Rejected"], config: ArchiveConfig) -> tuple[Article | Rejected, ...]:
    """Tag every prepared article as one corpus and assemble the final articles."""
    prepared = [item for item in items if isinstance(item, Prepared)]
    tags = iter(tag_corpus([_tag_document(item) for item in prepared], config.tag))
    return tuple(item if isinstance(item, Rejected) else _assemble(item, next(tags), config) for item in items)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(max_bytes + 1)  # never more than the limit + 1: the reader reports the size


def _emptiness(raw: RawArticle, cleaned: CleanArticle) -> str | None:
    if not raw.text.strip():
        return "empty file (no text)"
    if not cleaned.title and not raw.declared.title:
        return "no headline"
    if not cleaned.blocks:
        return "only boilerplate, no article text" if cleaned.removed else "a headline with no article text"
    return None


def _tag_document(item: Prepared) -> TagDocument:
    return TagDocument(
        title=item.raw.declared.title or item.cleaned.title,
        text=plain_text(item.cleaned)[:MAX_TAGGED_CHARS],
        pinned=item.raw.declared.pinned_tags,
        banned=item.raw.declared.banned_tags,
    )


def plain_text(cleaned: CleanArticle) -> str:
    return "\n\n".join(block.text for block in cleaned.blocks)


def _assemble(item: Prepared, inferred_tags: tuple[str, ...], config: ArchiveConfig) -> Article:
    raw, cleaned, declared = item.raw, item.cleaned, item.raw.declared
    return Article(
        path=raw.path,
        title=declared.title or cleaned.title,
        body_markdown=to_markdown(cleaned.blocks),
        summary=declared.summary or summarise(cleaned.blocks, config.summary_words),
        tags=declared.tags if declared.tags is not None else inferred_tags,
        removed=cleaned.removed,
        source=declared.source or cleaned.source,
        date=declared.date or date_from_filename(Path(raw.path).name),
        content_hash=content_fingerprint(raw.text),
        truncated=cleaned.truncated,
        word_count=sum(len(block.text.split()) for block in cleaned.blocks if block.kind is not BlockKind.SUBHEADING),
    )
