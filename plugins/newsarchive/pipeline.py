"""The pipeline: files in, ``Article`` or ``Rejected`` out, in the order given.

Per-file stages run independently (and can run in a process pool); tagging runs
once over the whole corpus, as a build sees it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .clean import clean_article
from .config import ArchiveConfig
from .dates import date_from_filename
from .dedupe import content_fingerprint
from .model import Article, BlockKind, CleanArticle, RawArticle, Rejected
from .reading import read_article
from .structure import to_markdown
from .summary import summarise
from .tag import TagDocument, tag_corpus

# The subjects of a news story are in its first pages; tagging a multi-megabyte
# dump in full takes minutes (robustness: bounded time for any input under max_file_bytes).
MAX_TAGGED_CHARS = 100_000


def extract_paths(paths: Sequence[str], config: ArchiveConfig) -> tuple[Article | Rejected, ...]:
    """Read, clean and tag files as one corpus."""
    return tag_articles(tuple(prepare_path(path, config) for path in paths), config)


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
