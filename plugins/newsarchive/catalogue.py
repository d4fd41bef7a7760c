"""Cataloguing: which articles the archive publishes, under which permanent slug, date and GUID.

Input: the processed articles of the content folder (paths relative to it) and
the ledger. Output: the published articles with their ledger entries, the
duplicates left out, and the ledger to save. Existing entries never change
their slug, date or GUID; a new article gets its date from its metadata or file
name, else the time it was first seen. Each entry records the article's tags (before
the overrides table) for its text, and a later build gives them back while the text and
the tagger's settings are unchanged (``with_recorded_tags``). A file renamed or moved in the content
folder (same text, its old path no longer among the articles) keeps its record:
the same URL, date and GUID, under its new path. A second scrape of a story (the same headline and body, another
text) is recorded as a copy of it: its entry holds the story's slug, date and GUID, so it is left out while a copy
published before it is in the archive (edited since, or not), and takes the story's place, at its URL, once that
copy is deleted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, UTC
from collections.abc import Callable, Iterable, Mapping, Sequence

from .dedupe import find_duplicates, story_form
from .ledger import Ledger, LedgerEntry, mint_guid, updated_hash
from .model import Article
from .slugs import slugify, unique_slug
from .structure import visible_line
from .tag_lexicon import KeyMaker, alias_table
from .tag_settings import TagConfig, alias_keys_of, aliased, retouched


@dataclass(frozen=True, slots=True)
class Published:
    """An article with the permanent record it is published under."""

    article: Article
    entry: LedgerEntry


@dataclass(frozen=True, slots=True)
class Catalogue:
    published: tuple[Published, ...]
    duplicates: tuple[tuple[Article, Article], ...]  # (left out, the article it repeats)
    ledger: Ledger


def with_recorded_tags(articles: Sequence[Article], ledger: Ledger, tagged_with: str,
                       earlier: Sequence[str] = ()) -> list[Article]:
    """Each article whose entry recorded tags for this text under these tagger settings (``tagged_with``, or a
    fingerprint an ``earlier`` version recorded for them) and the tag fields the file declares, with those tags."""
    known = ledger.by_path()
    return [replace(article, tags=entry.tags)
            if (entry := known.get(article.path)) is not None and entry.tags is not None
            and entry.content_hash == article.content_hash
            and entry.tagged_with in {_made_with(article, made_with) for made_with in (tagged_with, *earlier)}
            else article
            for article in articles]


def with_retouched_tags(articles: Sequence[Article], ledger: Ledger, config: TagConfig) -> list[Article]:
    """Each article without tag fields of its own whose entry recorded tags for this text under the settings the
    ledger names, when those differ from ``config`` in pins and bans alone, with those tags as ``config`` makes
    them (``tag.retouched``): a tag banned or pinned changes the stories it concerns, not the whole archive."""
    made_under = TagConfig.from_record(ledger.tag_settings) if ledger.tag_settings else None
    if made_under is None or made_under == config:
        return list(articles)
    recorded_with, known = made_under.fingerprint(), ledger.by_path()
    return [replace(article, tags=tags)
            if not article.tag_fields and (entry := known.get(article.path)) is not None and entry.tags is not None
            and entry.content_hash == article.content_hash and entry.tagged_with == recorded_with
            and (tags := retouched(entry.tags, made_under, config)) is not None
            else article
            for article in articles]


def with_current_aliases(articles: Sequence[Article], config: TagConfig) -> list[Article]:
    """Each article without tag fields of its own with its tags as the alias tables name them now (``tag.aliased``):
    recorded tags are kept across an upgrade, and a line a newer newsarchive added to its built-in alias table
    ("Britain" -> "United Kingdom") left the variant's tag page on the stories tagged before beside the canonical
    one on the stories tagged after. A file's own Tags: line is kept as written."""
    keys = KeyMaker()
    aliases = alias_table(config.aliases, keys)
    key_of = alias_keys_of({tag for article in articles if not article.tag_fields for tag in article.tags}, keys, aliases)
    return [article if article.tag_fields or (tags := aliased(article.tags, config, aliases, key_of)) == article.tags
            else replace(article, tags=tags) for article in articles]


def _made_with(article: Article, tagged_with: str) -> str:
    """The settings an article's tags are made under: the tagger's, and the tag fields its file declares."""
    return f"{tagged_with}+{article.tag_fields}" if article.tag_fields else tagged_with


def catalogue_articles(articles: Sequence[Article], ledger: Ledger, now: datetime,
                       tags: Mapping[str, tuple[str, ...]] | None = None, tagged_with: str | None = None) -> Catalogue:
    """Assign permanent records to ``articles`` (paths relative to the content folder); with ``tags``
    (by path: the tags before the overrides table), record them in the entries, made under ``tagged_with``."""
    known = ledger.by_path()
    vacated = _entries_of_missing_files(ledger, {article.path for article in articles})
    ordered = sorted(articles, key=lambda article: _seniority(article, known, vacated))
    found = find_duplicates(ordered)
    originals, duplicates = found.originals, found.duplicates
    taken = _slugs_by_month(ledger.entries)
    entries, moved_from, noted, copies = [], set(), [], []
    by_guid: dict[str, Article] = {}  # the story of each published entry: the first of its copies
    for article in originals:
        entry, former = known.get(article.path), None
        story = by_guid.get(_guid_of(article, entry, vacated))
        if story is not None and (entry is None or still_a_copy(article, entry, story)):
            # recorded as a copy of a story published before it (or holding a text it had)
            copies.append((article, story))
            continue
        if story is not None:  # a copy edited into a story of its own: published as a new story
            former, entry = entry, None
        if entry is None and former is None and article.content_hash in vacated:
            entry = vacated.pop(article.content_hash)
            moved_from.add(entry.path)
            entry = replace(entry, path=article.path)
        elif entry is None:
            if article.date is not None and article.date > now + FUTURE_ALLOWANCE:
                article = replace(_noted(article, _future_note(article.date)), date=None)
            entry = _new_entry(article, now, taken, former)
            taken.setdefault(_month(entry.date), set()).add(entry.slug)
            article = _noted(article, taken_slug_note(article.declared_slug, entry.slug))
        article = _noted(article, kept_date_note(article.date, entry.date, entry.ingested_at),
                         kept_slug_note(article.declared_slug, entry.slug), early_update_note(article.modified, entry.date))
        entry = updated_hash(entry, article.content_hash)
        made_with = _made_with(article, tagged_with) if tagged_with is not None else None
        if tags is not None and (entry.tags, entry.tagged_with) != (tags[article.path], made_with):
            entry = replace(entry, tags=tags[article.path], tagged_with=made_with)
        entries.append(entry)
        noted.append(article)  # with what the build says of it
        by_guid[entry.guid] = article
    published = _with_notes(tuple(Published(article, entry) for article, entry in zip(noted, entries)),
                            [(story, earlier, update_note) for story, earlier in found.updates]
                            + [(story, earlier, retitled_note) for story, earlier in found.retitled])
    left_out = (*_as_published(duplicates, {copy.path: story for copy, story in copies}), *copies)
    recorded = _entries_of_copies(left_out, published, known, now)
    return Catalogue(published, left_out, ledger.without_paths(moved_from).with_entries([*entries, *recorded]))


def _noted(article: Article, *notes: str | None) -> Article:
    """``article`` with those of ``notes`` that say something (None left out) after its own."""
    said = tuple(note for note in notes if note)
    return replace(article, notes=(*article.notes, *said)) if said else article


def _entries_of_copies(left_out: Sequence[tuple[Article, Article]], published: Sequence[Published],
                       known: Mapping[str, LedgerEntry], now: datetime) -> list[LedgerEntry]:
    """The entries of the files ``left_out`` ((copy, the published story it repeats) pairs), each recorded as a copy
    of its story (``_copy_entry``); an exact copy of the text without an entry is given none."""
    story_of = {item.article.path: item.entry for item in published}
    return [_copy_entry(copy, known.get(copy.path), story_of[story.path], now) for copy, story in left_out
            if copy.content_hash != story.content_hash or copy.path in known]


def update_note(earlier: str) -> str:
    """A note on a story that shares its headline and most of its paragraphs with ``earlier``, published before it."""
    return (f"it shares its headline and most of its paragraphs with {earlier}, published before it: if it is an "
            f"update of that story, put what it adds into {earlier} and delete this file (it is published as a "
            "story of its own)")


def retitled_note(earlier: str) -> str:
    """A note on a story whose text is, word for word, that of ``earlier``, published before it under another
    headline."""
    return (f"its text is word for word that of {earlier}, published before it under another headline (one story "
            f"carried by two outlets, or retitled?): delete one of the two files to publish it once")


def _with_notes(published: tuple[Published, ...],
                related: Iterable[tuple[Article, Article, Callable[[str], str]]]) -> tuple[Published, ...]:
    """``published``, where both stories of a pair of ``related`` ((story, other, note) triples) are published, the
    one published later (by date, then first ingest: a copy that took a deleted story's place has its date) with the
    note naming the other."""
    entries = {item.article.path: item.entry for item in published}
    notes: dict[str, list[str]] = {}
    for story, other, note in related:
        if story.path in entries and other.path in entries:
            earlier, later = sorted((story.path, other.path), key=lambda path: _publication(entries[path]))
            notes.setdefault(later, []).append(note(earlier))
    if not notes:
        return published
    return tuple(replace(item, article=replace(item.article, notes=(*item.article.notes, *notes[item.article.path])))
                 if item.article.path in notes else item
                 for item in published)


def _publication(entry: LedgerEntry) -> tuple:
    """What orders stories by publication: the date, then the time of first ingest, then the path."""
    return entry.date.timestamp(), entry.ingested_at.timestamp(), entry.path


def _guid_of(article: Article, entry: LedgerEntry | None, vacated: Mapping[str, LedgerEntry]) -> str:
    """The GUID ``article`` is published under: its entry's, else that of the entry of a deleted file with its text,
    else the one its text mints (a published story's whose first text it is)."""
    if entry is not None:
        return entry.guid
    if article.content_hash in vacated:
        return vacated[article.content_hash].guid
    return mint_guid(article.content_hash)


def _as_published(duplicates: Sequence[tuple[Article, Article]],
                  copies: Mapping[str, Article]) -> tuple[tuple[Article, Article], ...]:
    """(duplicate, original) pairs, each original that is itself left out as a copy of a story replaced by the
    article that story is published from (``copies``: by the path of each copy)."""
    return tuple((duplicate, copies.get(original.path, original)) for duplicate, original in duplicates)


def _copy_entry(article: Article, entry: LedgerEntry | None, story: LedgerEntry, now: datetime) -> LedgerEntry:
    """The entry of ``article``, a copy of the story published under ``story``: that story's slug, date and GUID,
    with its own fingerprint and time of ingest (the copy published first stays first). (An exact copy of the text
    that has no entry is given none: the story's entry knows its fingerprint, and it comes back there once the
    published copy is deleted.) A file with an entry of another GUID that a build published (its tags are recorded:
    a second scrape of a story taken down, published before the first text came back) keeps its slug, date and GUID,
    never given to another story, and is published there again once the story it repeats is deleted; one the ingest
    made (its tags not yet recorded) becomes the story's."""
    if entry is None:
        entry = LedgerEntry(path=article.path, content_hash=article.content_hash, slug=story.slug, date=story.date,
                            guid=story.guid, ingested_at=now)
    elif entry.guid != story.guid and entry.tags is not None:
        return updated_hash(entry, article.content_hash)
    return updated_hash(replace(entry, slug=story.slug, date=story.date, guid=story.guid), article.content_hash)


# A story dated later than this after its first build is misdated (year 2999 sat atop the home page, the feeds'
# lastBuildDate and a news sitemap of one story): it is dated when it is first published instead.
FUTURE_ALLOWANCE = timedelta(days=1)
NOTE_DATE_FORMAT = "%Y-%m-%d %H:%M %z"  # a date in a build note: the minute and the offset, as a file may write it


def _future_note(declared: datetime) -> str:
    return (f"its date {declared:{NOTE_DATE_FORMAT}} is in the future: dated when it was first published instead "
            "(a story's date is fixed then)")


def _in_the_future_when_published(declared: datetime, published: datetime, ingested_at: datetime | None) -> bool:
    """Whether the story was dated when it was first published because its own date lay in the future then."""
    return ingested_at is not None and published == ingested_at and declared > ingested_at + FUTURE_ALLOWANCE


def kept_date_note(declared: datetime | None, published: datetime, ingested_at: datetime | None = None) -> str | None:
    """A note when a published article's file now gives another date than the one it was published under,
    which stays (its URL and feed entry hold it); ``ingested_at``, when it was first published, tells a date that lay
    in the future then. A day-only reading that now has its time of day is no change;
    nor is the same instant (a time a daylight-saving change makes ambiguous compares unequal, PEP 495), nor the
    same time on the clock read in another zone (the site's TIMEZONE changed: the story keeps its date)."""
    if declared is None or declared.timestamp() == published.timestamp():
        return None
    if declared.replace(tzinfo=None) == published.replace(tzinfo=None):
        return None
    if published.time() == time(0) and _utc_day(declared) == _utc_day(published):
        return None
    if _in_the_future_when_published(declared, published, ingested_at):  # the ingest dated it, before this build
        return (f"its date {declared:{NOTE_DATE_FORMAT}} was in the future when it was first published: dated then, "
                f"{published:{NOTE_DATE_FORMAT}}, which stays, as its URL and feed entry do")
    return (f"its file gives the date {declared:{NOTE_DATE_FORMAT}}; it was published under "
            f"{published:{NOTE_DATE_FORMAT}}, which stays, as its URL and feed entry do (a story's date is "
            "fixed when it is first published)")


def kept_slug_note(declared: str | None, published: str) -> str | None:
    """A note when a published article's file now asks for another URL slug than the one it was published
    under, which stays (a story's URL is permanent)."""
    wanted = _asked_slug(declared)
    if not wanted or re.fullmatch(rf"{re.escape(wanted)}(?:-\d+)?", published):
        return None
    return (f"its header asks for the slug '{wanted}'; it was published as '{published}', which stays "
            "(a story's URL is fixed when it is first published)")


def early_update_note(modified: datetime | None, published: datetime) -> str | None:
    """A note when a file says the story was updated before it was published (the update is not shown)."""
    if modified is None or modified > published:
        return None
    return (f"its Modified: date {modified:{NOTE_DATE_FORMAT}} is not after its publication, "
            f"{published:{NOTE_DATE_FORMAT}}: not shown")


def _asked_slug(declared: str | None) -> str:
    """The slug a file's ``Slug:`` line makes ("" for none)."""
    return slugify(declared) if declared else ""


def taken_slug_note(declared: str | None, published: str) -> str | None:
    """A note when the slug a new article's header asks for is another story's of that month."""
    wanted = _asked_slug(declared)
    if not wanted or wanted == published:
        return None
    return f"its header asks for the slug '{wanted}', another story's that month: published as '{published}'"


def _utc_day(moment: datetime):
    return moment.astimezone(UTC).date() if moment.tzinfo else moment.date()


def _seniority(article: Article, known: Mapping[str, LedgerEntry], vacated: Mapping[str, LedgerEntry]) -> tuple:
    """Articles already in the ledger first, the earliest ingested first: of two copies of one story the
    one published first stays, at its URL, whatever the names of the files; a file renamed (its text that of an
    entry whose file is gone, ``vacated``) is as senior as it was under its old name."""
    entry = known.get(article.path) or vacated.get(article.content_hash)
    return (0, entry.ingested_at.timestamp(), article.path) if entry is not None else (1, 0.0, article.path)


def _entries_of_missing_files(ledger: Ledger, present: set[str]) -> dict[str, LedgerEntry]:
    """Entries whose file is not among the articles, by the fingerprint of their text."""
    vacated: dict[str, LedgerEntry] = {}
    for entry in ledger.entries:
        if entry.path not in present:
            vacated.setdefault(entry.content_hash, entry)
    return vacated


def still_a_copy(article: Article, entry: LedgerEntry, story: Article) -> bool:
    """Whether ``article``, whose ``entry`` records it as a copy of ``story``, is that story still: its text is one
    recorded for it, or it has the story's headline (a copy corrected is the story corrected; a copy made into
    another story, under another headline, is a story of its own)."""
    return (article.content_hash in (entry.content_hash, *entry.known_hashes)
            or story_form(article.title) == story_form(story.title))


def _new_entry(article: Article, now: datetime, taken: dict[str, set[str]],
               former: LedgerEntry | None = None) -> LedgerEntry:
    """A new story's entry; ``former``: the entry its file had as a copy of another story (its inbox file and the
    texts it had stay recognised)."""
    date = article.date or now
    if former is not None:
        return replace(_new_entry(article, now, taken), origin=former.origin, twins=former.twins,
                       known_hashes=(*former.known_hashes, former.content_hash))
    return LedgerEntry(
        path=article.path,
        content_hash=article.content_hash,
        slug=unique_slug(article.declared_slug or visible_line(article.title), taken.get(_month(date), set()),
                         fallback=f"article-{article.content_hash[:8]}"),
        date=date,
        guid=mint_guid(article.content_hash),
        ingested_at=now,
    )


def _slugs_by_month(entries) -> dict[str, set[str]]:
    """Article URLs are /YYYY/MM/slug/: a slug must be unique within its month."""
    taken: dict[str, set[str]] = {}
    for entry in entries:
        taken.setdefault(_month(entry.date), set()).add(entry.slug)
    return taken


def _month(date: datetime) -> str:
    return f"{date:%Y/%m}"
