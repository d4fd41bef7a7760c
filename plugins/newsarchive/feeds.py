"""Feeds: RSS 2.0 and Atom built by feedgen, JSON Feed 1.1 built as a dict, from plain feed items.

Contract: every function takes a ``FeedChannel`` and ``FeedItem``s (in any
order) and returns the feed's bytes, items newest first. No XML is written by
string formatting. The output is byte-stable: the feed's own date
(``lastBuildDate``, Atom ``updated``) is the latest date an item was published
or updated, never "now", so a rebuild with no new article writes the same bytes
and an edited story (``Modified:``) dates the feed as it dates its entry. Control characters,
which XML 1.0 cannot carry, are stripped from every text field when an item
or channel is made (once per article, not once per feed it appears in).
"""
from __future__ import annotations

import copy
import html
import json
from dataclasses import dataclass
from datetime import datetime
from collections.abc import Sequence

from feedgen.entry import FeedEntry
from feedgen.ext.dc import DcEntryExtension
from feedgen.feed import FeedGenerator
from feedgen.util import formatRFC2822
from lxml import etree

from .dates import with_writable_offset
from .decode import strip_control_characters

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR_NAME = "newsarchive"
UNTITLED = "Untitled story"  # Atom and JSON readers need a title; scraped text can lose its headline
# Around the content of an incomplete copy, as the article page shows them (theme/templates/article.html).
INCOMPLETE_START = ("<p><strong>This archived copy is incomplete.</strong> The original page hid the rest of the "
                    "story behind a paywall, so the text below stops early.</p>\n")
INCOMPLETE_END = "\n<p>End of the archived copy: the rest of this story was not saved.</p>"


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str
    link: str  # absolute URL
    guid: str  # minted once at ingest, never changed
    date: datetime  # timezone-aware
    summary: str  # plain text
    content_html: str  # full article HTML with absolute URLs
    tags: tuple[str, ...] = ()
    source: str | None = None
    truncated: bool = False  # the archived copy stops early (paywall): the content says so, as the page does
    authors: tuple[str, ...] = ()  # the byline's names; an item without credits its source site
    updated: datetime | None = None  # when the story was last updated, if after ``date``
    # the story's language when it is not the channel's (BCP 47), and the direction its lines run in ("rtl", "ltr")
    language: str | None = None
    direction: str = "ltr"

    def __post_init__(self) -> None:
        """Hold only text XML 1.0 can carry: lxml refuses control characters at serialisation."""
        for name in ("title", "link", "guid", "summary", "content_html"):
            object.__setattr__(self, name, _xml_text(getattr(self, name)))
        for name in ("tags", "authors"):
            cleaned = (_xml_text(text) for text in getattr(self, name))
            object.__setattr__(self, name, tuple(text for text in cleaned if text.strip()))
        for name in ("date", "updated"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, with_writable_offset(getattr(self, name)))
        if self.updated is not None and self.updated <= self.date:
            object.__setattr__(self, "updated", None)
        object.__setattr__(self, "source", _xml_text(self.source) or None)


@dataclass(frozen=True, slots=True)
class FeedChannel:
    title: str
    site_url: str  # absolute
    feed_url: str  # absolute URL of this feed (atom:link rel="self", JSON Feed feed_url)
    description: str
    language: str = "en"
    author: str = ""  # the publisher, for Atom's required author and JSON Feed's authors

    def __post_init__(self) -> None:
        for name in ("title", "description", "author"):
            object.__setattr__(self, name, _xml_text(getattr(self, name)))


def newest_first(items: Sequence[FeedItem]) -> list[FeedItem]:
    """Items newest first; ties keep a stable order by guid so rebuilds do not reshuffle them."""
    return sorted(items, key=lambda item: (item.date, item.guid), reverse=True)


def last_changed(items: Sequence[FeedItem]) -> datetime:
    """The feed's own date: the latest date an item was published or updated. RSS's ``lastBuildDate`` is "the last
    time the content of the channel changed" and Atom's feed ``updated`` cannot be older than an entry's: a story
    updated after the newest one was published changes the feed as of its update."""
    return max(item.updated or item.date for item in items)


class RssEntries:
    """RSS elements made once by feedgen and copied into every RSS feed of a build.

    An article sits in the main feed and in each of its tags' feeds, and every tag
    feed has a channel of the same shape. feedgen builds a feed's tree from the
    channel and each entry's ``FeedEntry.rss_entry()`` element, then serialises it;
    here the element of an item is made once, the channel elements once per language
    (their per-feed texts set on a copy), and copies go into each feed's tree, so the
    bytes are those of ``FeedGenerator.rss_str`` at a fraction of the cost (an archive
    has thousands of tag feeds).
    """

    def __init__(self) -> None:
        self._elements: dict[FeedItem, etree._Element] = {}
        self._skeletons: dict[str, etree._Element] = {}

    def element(self, item: FeedItem) -> etree._Element:
        element = self._elements.get(item)
        if element is None:
            element = self._elements[item] = _rss_entry(item).rss_entry()
        return element

    def feed(self, channel: FeedChannel, updated: datetime) -> etree._Element:
        """A new ``<rss>`` element with ``channel``'s elements as feedgen writes them, and no items."""
        skeleton = self._skeletons.get(channel.language)
        if skeleton is None:
            skeleton = self._skeletons[channel.language] = _feedgen_channel(channel, updated)
        feed = copy.deepcopy(skeleton)
        element = feed.find("channel")
        element.find("title").text = channel.title
        element.find("link").text = channel.site_url
        element.find("description").text = _text_as_html(channel.description or channel.title)
        element.find(_ATOM_LINK).set("href", channel.feed_url)
        element.find("lastBuildDate").text = formatRFC2822(updated)
        return feed


def build_rss(channel: FeedChannel, items: Sequence[FeedItem], entries: RssEntries | None = None) -> bytes:
    """RSS 2.0 of ``items`` newest first (they are sorted here, whatever order they come in).

    Pass one ``entries`` to every call of a build to make each item's element once.
    """
    ordered = newest_first(items)
    entries = entries or RssEntries()
    if ordered and channel.title:
        feed = entries.feed(channel, last_changed(ordered))
    else:  # feedgen's own way: "now" as the build date of an empty feed, its error for a missing title
        feed = _feedgen_channel(channel, None)
    channel_element = feed.find("channel")
    for item in ordered:
        channel_element.append(copy.deepcopy(entries.element(item)))
    return etree.tostring(feed.getroottree(), pretty_print=True, encoding="UTF-8", xml_declaration=True)


def _feedgen_channel(channel: FeedChannel, updated: datetime | None) -> etree._Element:
    """The ``<rss>`` element feedgen makes for ``channel`` with no items (read back from its bytes)."""
    generator = _channel_generator(channel, updated, self_type="application/rss+xml")
    generator.load_extension("dc")
    generator.description(_text_as_html(channel.description or channel.title))
    return etree.fromstring(generator.rss_str(), _FEEDGEN_OUTPUT)


# feedgen's own output read back: blank text dropped (pretty printing adds it again), nothing resolved or fetched
_FEEDGEN_OUTPUT = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
_ATOM_LINK = "{http://www.w3.org/2005/Atom}link"


def build_atom(channel: FeedChannel, items: Sequence[FeedItem]) -> bytes:
    """Atom 1.0 of ``items`` newest first; the feed id is its own URL, each entry id its guid."""
    ordered = newest_first(items)
    generator = _channel_generator(channel, last_changed(ordered) if ordered else None, self_type="application/atom+xml")
    generator.id(channel.feed_url)
    generator.author(name=channel.author or channel.title)
    if channel.description:
        generator.subtitle(channel.description)
    for item in ordered:
        _add_atom_entry(generator, item)
    return generator.atom_str(pretty=True)


def build_json_feed(channel: FeedChannel, items: Sequence[FeedItem]) -> bytes:
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of ``items`` newest first."""
    feed = {
        "version": JSON_FEED_VERSION,
        "title": channel.title,
        "home_page_url": channel.site_url,
        "feed_url": channel.feed_url,
        "description": channel.description,
        "language": channel.language,
        "authors": [{"name": channel.author or channel.title}],
        "items": [_json_item(item) for item in newest_first(items)],
    }
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _channel_generator(channel: FeedChannel, updated: datetime | None, self_type: str) -> FeedGenerator:
    generator = FeedGenerator()
    generator.title(channel.title)
    # feedgen makes the last link added the RSS channel <link>: self first (pelican-notes.md).
    generator.link(href=channel.feed_url, rel="self", type=self_type)
    generator.link(href=channel.site_url, rel="alternate")
    generator.language(channel.language)
    generator.generator(GENERATOR_NAME)
    if updated is not None:
        generator.updated(updated)  # the items' last change: sets lastBuildDate and Atom <updated>, never "now"
    return generator


def _rss_entry(item: FeedItem) -> FeedEntry:
    entry = FeedEntry()
    # what ``load_extension("dc")`` registers, without its failed import of a "dc_entry" module on every call
    entry.register_extension("dc", DcEntryExtension)
    entry.title(_title(item))
    entry.link(href=item.link)
    entry.guid(item.guid, permalink=False)
    entry.pubDate(item.date)
    entry.description(_text_as_html(item.summary or _title(item)))
    if item.content_html:
        entry.content(_content(item), type="CDATA")
    for tag in item.tags:
        entry.category(term=tag)
    if _credited(item):
        entry.dc.dc_creator(list(_credited(item)))
    if item.language:
        entry.dc.dc_language(item.language)
    return entry


def _credited(item: FeedItem) -> tuple[str, ...]:
    """Who an item is credited to: its byline's names, else its source site."""
    return item.authors or ((item.source,) if item.source else ())


def _add_atom_entry(generator: FeedGenerator, item: FeedItem) -> None:
    entry = generator.add_entry(order="append")
    entry.id(item.guid)
    entry.title(_title(item))
    entry.link(href=item.link, rel="alternate", type="text/html")
    entry.published(item.date)
    entry.updated(item.updated or item.date)
    entry.summary(item.summary or _title(item))
    if item.content_html:
        entry.content(_content(item), type="html")
    for tag in item.tags:
        entry.category(term=tag, label=tag)
    for name in _credited(item):
        entry.author(name=name)


def _json_item(item: FeedItem) -> dict:
    entry = {
        "id": item.guid,
        "url": item.link,
        "title": _title(item),
        "summary": item.summary,
        "content_html": _content(item) or f"<p>{_text_as_html(item.summary)}</p>",  # the summary is text
        "date_published": item.date.isoformat(),
    }
    if item.updated is not None:
        entry["date_modified"] = item.updated.isoformat()
    if item.tags:
        entry["tags"] = list(item.tags)
    if _credited(item):
        entry["authors"] = [{"name": name} for name in _credited(item)]
    if item.language:
        entry["language"] = item.language
    return entry


def _text_as_html(text: str) -> str:
    """Plain text where a feed holds HTML (RSS's ``description``, readers take it as HTML): escaped first,
    so a summary's "<script>" is shown, not run (the XML serialiser then escapes it once more)."""
    return html.escape(text, quote=False)


def _content(item: FeedItem) -> str:
    """The item's HTML as its page shows it; in its language and direction when it is not the channel's (a reader
    then runs an Arabic or Hebrew story right to left, as its page does)."""
    content = _shown_content(item)
    if item.language and content:
        return f'<div lang="{html.escape(item.language)}" dir="{html.escape(item.direction)}">{content}</div>'
    return content


def _shown_content(item: FeedItem) -> str:
    if len(item.content_html) > MAX_CONTENT_CHARACTERS:
        return (f"<p>{_text_as_html(item.summary)}</p>\n"
                f'<p><a href="{html.escape(item.link)}">The whole story is on its page.</a></p>')
    if item.truncated and item.content_html:
        return INCOMPLETE_START + item.content_html + INCOMPLETE_END
    return item.content_html


# A story longer than this goes into feeds as its summary and a link: one huge file (a 5 MB scrape)
# was copied into the main feeds and every tag feed it was in. News stories are a few thousand.
MAX_CONTENT_CHARACTERS = 200_000


def _title(item: FeedItem) -> str:
    return item.title.strip() or UNTITLED


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry: lxml refuses control characters at serialisation."""
    return strip_control_characters(text or "")
