"""Discoverability files: sitemap.xml, a Google News sitemap and robots.txt.

Contract: pure functions from plain entries to bytes/text. XML is built with
lxml, never by string formatting. Everything is deterministic: the News
sitemap's "last 48 hours" are counted back from the NEWEST ARTICLE's date, not
from the clock, so rebuilding an unchanged archive writes the same bytes (an
archive whose newest story is a year old still lists that last burst of news).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from collections.abc import Iterable, Sequence

from lxml import etree

from .dates import with_writable_offset
from .decode import strip_control_characters

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NEWS_WINDOW = timedelta(hours=48)  # Google News sitemaps list articles of the last two days
NEWS_MAX_URLS = 1000  # Google's limit per News sitemap
SITEMAP_MAX_URLS = 50_000  # sitemaps.org limit per file


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str  # absolute URL
    lastmod: datetime | None = None  # timezone-aware


@dataclass(frozen=True, slots=True)
class NewsEntry:
    loc: str  # absolute URL
    title: str
    published: datetime  # timezone-aware


@dataclass(frozen=True, slots=True)
class Publication:
    name: str
    language: str  # ISO 639 code, as Google News asks


def build_sitemap(entries: Iterable[SitemapEntry]) -> bytes:
    """A sitemaps.org ``urlset``: one ``<url>`` per distinct location, in the order given."""
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS})
    for entry in _distinct(entries)[:SITEMAP_MAX_URLS]:
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod is not None:
            etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = w3c_datetime(entry.lastmod)
    return _serialise(urlset)


def recent_news(entries: Sequence[NewsEntry], window: timedelta = NEWS_WINDOW) -> list[NewsEntry]:
    """Entries published within ``window`` of the newest one, newest first (at most 1,000)."""
    if not entries:
        return []
    newest = max(entry.published for entry in entries)
    recent = [entry for entry in entries if newest - entry.published <= window]
    recent.sort(key=lambda entry: (entry.published, entry.loc), reverse=True)
    return recent[:NEWS_MAX_URLS]


def build_news_sitemap(publication: Publication, entries: Sequence[NewsEntry]) -> bytes:
    """A Google News sitemap of the entries of the last 48 hours (see ``recent_news``)."""
    nsmap = {None: SITEMAP_NS, "news": NEWS_NS}
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap=nsmap)
    for entry in recent_news(entries):
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        news = etree.SubElement(url, f"{{{NEWS_NS}}}news")
        publication_element = etree.SubElement(news, f"{{{NEWS_NS}}}publication")
        etree.SubElement(publication_element, f"{{{NEWS_NS}}}name").text = _text(publication.name)
        etree.SubElement(publication_element, f"{{{NEWS_NS}}}language").text = publication.language
        etree.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = w3c_datetime(entry.published)
        etree.SubElement(news, f"{{{NEWS_NS}}}title").text = _text(entry.title)
    return _serialise(urlset)


def robots_txt(sitemap_urls: Sequence[str]) -> str:
    """Allow every crawler everywhere and point them to the sitemaps."""
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {url}" for url in sitemap_urls]
    return "\n".join(lines) + "\n"


def w3c_datetime(moment: datetime) -> str:
    """W3C Datetime with seconds and a numeric offset (``2026-05-30T15:40:00+00:00``)."""
    if moment.tzinfo is None:
        raise ValueError(f"sitemap dates need a timezone: {moment!r}")
    return with_writable_offset(moment).replace(microsecond=0).isoformat()


def _distinct(entries: Iterable[SitemapEntry]) -> list[SitemapEntry]:
    seen: set[str] = set()
    distinct = []
    for entry in entries:
        if entry.loc not in seen:
            seen.add(entry.loc)
            distinct.append(entry)
    return distinct


def _text(text: str) -> str:
    return strip_control_characters(text or "")


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
