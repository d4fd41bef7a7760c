"""The small immutable values that flow through the newsarchive pipeline.

Every stage of the core takes and returns these frozen dataclasses; none of them
knows anything about Pelican. Collections are tuples so values stay hashable and
picklable (Pelican's cache and the process pool both pickle them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from .pickling import fast_unpickling


class BlockKind(str, Enum):
    """What a block of the cleaned article is."""

    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    ITEM = "item"  # one bullet-list item; consecutive items form one list
    TABLE_ROW = "table_row"  # one row of a pipe table ("| 2021 | 48,200 |"), its delimiter row included
    SECTION_BREAK = "section_break"  # a line the author drew between sections ("* * *", "-----"): a rule on the page
    VERBATIM = "verbatim"  # a Markdown article's block kept as written (code, a quote, a numbered or nested list)


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article content, its text kept verbatim (whitespace normalised)."""

    kind: BlockKind
    text: str
    level: int = 2  # a subheading's level: 2 unless its author marked a deeper one ("### "); the headline is the only 1


@fast_unpickling
@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner took out, verbatim, with the boilerplate family that matched it."""

    line: str
    family: str


@fast_unpickling
@dataclass(frozen=True, slots=True)
class DeclaredMetadata:
    """Fields the author declared (Markdown header or HTML page metadata); they win over inference."""

    title: str | None = None
    date: datetime | None = None
    tags: tuple[str, ...] | None = None
    source: str | None = None
    summary: str | None = None
    pinned_tags: tuple[str, ...] = ()  # always added to the inferred tags
    banned_tags: tuple[str, ...] = ()  # never shown for this article
    unread_date: str | None = None  # a declared date that could not be read (the article is dated otherwise)
    authors: tuple[str, ...] = ()  # the byline's names
    modified: datetime | None = None  # when the story was last updated (Pelican's Modified:)
    unread_modified: str | None = None  # a Modified: value that could not be read (not shown)
    slug: str | None = None  # the URL slug asked for, used when the story is first published


@fast_unpickling
@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded input file: text with LF line ends, no control characters."""

    path: str
    text: str
    format: str = "text"  # "text" (scraped plain text), "markdown" (metadata header) or "html"
    declared: DeclaredMetadata = field(default_factory=DeclaredMetadata)


@fast_unpickling
@dataclass(frozen=True, slots=True)
class CleanArticle:
    """The cleaner's result: the headline, the content blocks, and what was removed."""

    title: str
    blocks: tuple[Block, ...]
    removed: tuple[RemovedLine, ...] = ()
    source: str | None = None  # scraper site id such as "site-64"
    truncated: bool = False  # a paywall or truncation notice was found


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that cannot become an article, and why (shown to the user with the file name)."""

    path: str
    reason: str
    files: int = 1  # the inputs this one report stands for: the inbox's files of one unread kind are one line


@dataclass(frozen=True, slots=True)
class SitePage:
    """A page of the site itself (content/pages/: an About page), published as its owner wrote it."""

    path: str
    title: str
    body_markdown: str
    slug: str  # its URL's slug: the one its header asks for, else its title's ("" when neither makes one)


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Article:
    """A fully processed article, ready to publish or to print as JSON."""

    path: str
    title: str
    body_markdown: str
    summary: str
    tags: tuple[str, ...]
    removed: tuple[RemovedLine, ...]
    source: str | None
    date: datetime | None
    content_hash: str
    truncated: bool = False
    word_count: int = 0
    body_html: str = ""  # body_markdown rendered once at ingest (render.py, raw HTML escaped); "" = not rendered
    notes: tuple[str, ...] = ()  # what the user should know of a published file (a date it could not read)
    tag_fields: str = ""  # fingerprint of the tag fields the file declares (Tags, Pin_tags, Ban_tags); "" for none
    authors: tuple[str, ...] = ()  # the byline's names, as the file declares them
    modified: datetime | None = None  # when the story was last updated, as the file declares it
    declared_slug: str | None = None  # the URL slug the file asks for (used at first publication only)
    language: str = ""  # the language its text is written in (BCP 47: "de", "ar"), "" when it cannot be told
    direction: str = "ltr"  # the direction its lines run in: "rtl" for Arabic and Hebrew
