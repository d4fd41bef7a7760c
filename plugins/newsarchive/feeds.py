"""Feeds: RSS 2.0 built by feedgen from plain feed items (no XML by string formatting).

The output is byte-stable: ``lastBuildDate`` is the newest item's date, so a
rebuild with no new article writes the same bytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from feedgen.feed import FeedGenerator

from .decode import CONTROL_CHARACTERS


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str
    link: str  # absolute URL
    guid: str
    date: datetime  # timezone-aware
    summary: str  # plain text
    content_html: str  # full article HTML with absolute URLs
    tags: tuple[str, ...] = ()
    source: str | None = None


@dataclass(frozen=True, slots=True)
class FeedChannel:
    title: str
    site_url: str  # absolute
    feed_url: str  # absolute URL of this feed (atom:link rel="self")
    description: str
    language: str = "en"


def build_rss(channel: FeedChannel, items: Sequence[FeedItem]) -> bytes:
    """RSS 2.0 of ``items`` newest first (they are sorted here, whatever order they come in)."""
    newest_first = sorted(items, key=lambda item: item.date, reverse=True)
    generator = _channel_generator(channel, newest_first)
    for item in newest_first:
        _add_rss_entry(generator, item)
    return generator.rss_str(pretty=True)


def _channel_generator(channel: FeedChannel, items: Sequence[FeedItem]) -> FeedGenerator:
    generator = FeedGenerator()
    generator.load_extension("dc")
    generator.title(_xml_text(channel.title))
    generator.description(_xml_text(channel.description) or _xml_text(channel.title))
    # feedgen makes the last link added the channel <link>: self first (pelican-notes.md).
    generator.link(href=channel.feed_url, rel="self", type="application/rss+xml")
    generator.link(href=channel.site_url, rel="alternate")
    generator.language(channel.language)
    generator.generator("newsarchive")
    if items:
        generator.lastBuildDate(items[0].date)
    return generator


def _add_rss_entry(generator: FeedGenerator, item: FeedItem) -> None:
    entry = generator.add_entry(order="append")
    entry.title(_xml_text(item.title))
    entry.link(href=item.link)
    entry.guid(item.guid, permalink=False)
    entry.pubDate(item.date)
    entry.description(_xml_text(item.summary) or _xml_text(item.title))
    if item.content_html:
        entry.content(_xml_text(item.content_html), type="CDATA")
    for tag in item.tags:
        entry.category(term=_xml_text(tag))
    if item.source:
        entry.dc.dc_creator(_xml_text(item.source))


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry: lxml refuses control characters at serialisation."""
    return CONTROL_CHARACTERS.sub("", text or "")
