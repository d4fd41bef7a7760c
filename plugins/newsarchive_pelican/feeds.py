"""Feeds generator: Pelican articles → core ``FeedItem``s → feed files written by the core.

Writes the main feeds (RSS 2.0, Atom, JSON Feed 1.1: the newest ``FEED_MAX_ITEMS``
articles) and one RSS feed per tag (``TAG_FEED_RSS_URL``, newest
``TAG_FEED_MAX_ITEMS``). Runs after every generator's context is complete.
"""
from __future__ import annotations

import re
import string
from dataclasses import replace
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from newsarchive.feeds import FeedChannel, FeedItem, RssEntries, build_atom, build_json_feed, build_rss

from .output_generator import OutputGenerator
from .theme_words import site_words

MAIN_FEED_ITEMS = 50
TAG_FEED_ITEMS = 20
DEFAULT_TAG_FEED_URL = "tag/{slug}/feed.xml"
TAG_FEED_SETTING = "TAG_FEED_RSS_URL"
# Every href/src without a scheme, a fragment ("#fn1", a footnote's) included: a feed reader resolves it against
# the feed (feedparser made it ".../feeds/rss.xml#fn1"), and the W3C validator warns of it (ContainsRelRef).
RELATIVE_URL_ATTRIBUTE = re.compile(r'\b(href|src)="(?![a-z][a-z0-9+.-]*:)([^"]*)"', re.IGNORECASE)
# The main feeds: the theme's name for each, its setting, where it goes when the settings do not name it, its builder.
MAIN_FEEDS = (
    ("rss", "FEED_RSS_URL", "feeds/rss.xml", build_rss),
    ("atom", "FEED_ATOM_URL", "feeds/atom.xml", build_atom),
    ("json", "FEED_JSON_URL", "feeds/feed.json", build_json_feed),
)


def main_feed_paths(settings) -> dict[str, str | None]:
    """Where each main feed is written, by the theme's name for it: its ``*_URL`` setting, or its default when the
    settings do not name it; ``None`` or ``""`` turns it off (and the theme links it nowhere), as does a path that is
    no file of the site (``feed_setting_problems`` says why)."""
    return {kind: None if _feed_path_problem(path := _feed_setting(settings, setting, default)) else path
            for kind, setting, default, _ in MAIN_FEEDS}


def tag_feed_pattern(settings) -> str | None:
    """Where each tag's feed is written (``{slug}`` in it): ``TAG_FEED_RSS_URL``, or its default when the settings
    do not name it; ``None`` or ``""`` turns the tag feeds off (as Pelican's ``TAG_FEED_RSS = None``), as does a
    pattern that makes no file of the site for each tag (``feed_setting_problems`` says why)."""
    pattern = _feed_setting(settings, TAG_FEED_SETTING, DEFAULT_TAG_FEED_URL)
    return None if _tag_pattern_problem(pattern) else pattern


def feed_setting_problems(settings) -> list[str]:
    """Each feed setting that names no file of the site, with why (that feed, or every tag's, is not written)."""
    problems = [(setting, _feed_path_problem(_feed_setting(settings, setting, default)))
                for _, setting, default, _ in MAIN_FEEDS]
    problems.append((TAG_FEED_SETTING, _tag_pattern_problem(_feed_setting(settings, TAG_FEED_SETTING,
                                                                          DEFAULT_TAG_FEED_URL))))
    return [f"{setting} = {settings[setting]!r}: {problem}" for setting, problem in problems if problem]


def _feed_setting(settings, setting: str, default: str):
    return (settings[setting] if setting in settings else default) or None


def _feed_path_problem(path) -> str | None:
    """Why a feed's path is no file of the site ("/feeds/rss.xml" is one of the disk's root), else None."""
    if path is None:
        return None
    if not isinstance(path, str):
        return "not a path: no feed written there"
    if path.startswith(("/", "\\")) or ".." in PurePosixPath(path.replace("\\", "/")).parts:
        return "a path out of the site's folder: no feed written there (write it as 'feeds/rss.xml' is)"
    return None


def _tag_pattern_problem(pattern) -> str | None:
    """Why a tag feeds' pattern makes no file of the site for each tag, else None."""
    if problem := _feed_path_problem(pattern):
        return problem.replace("no feed written", "no tag feed written")
    if pattern is None:
        return None
    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(pattern) if field is not None}
    except ValueError:  # an unmatched brace
        fields = set()
    if fields != {"slug"}:
        return "a tag feed's path holds {slug}, and no other field: no tag feed written"
    return None


class FeedsGenerator(OutputGenerator):
    """Writes ``feeds/rss.xml``, ``feeds/atom.xml``, ``feeds/feed.json`` and ``tag/<slug>/feed.xml``."""

    def generate_output(self, writer) -> None:
        site_url = site_url_of(self.settings)
        articles = self.context.get("articles", [])
        # One FeedItem per article, shared by every feed it appears in (an article sits in ~8 tag feeds),
        # made on first use: tag feeds kept from the last build need none.
        items_by_article: dict[int, FeedItem] = {}

        def item(article) -> FeedItem:
            if id(article) not in items_by_article:
                items_by_article[id(article)] = feed_item(article, site_url)
            return items_by_article[id(article)]

        items = [item(article) for article in articles[: self._limit("FEED_MAX_ITEMS", MAIN_FEED_ITEMS)]]
        channel = self._channel(self.settings["SITENAME"], self.settings.get("SITESUBTITLE") or "", site_url)
        paths = main_feed_paths(self.settings)
        for kind, _, _, build in MAIN_FEEDS:
            if feed_path := paths[kind]:
                self._write(feed_path, build(replace(channel, feed_url=urljoin(site_url, feed_path)), items))
        self._write_tag_feeds(site_url, item, getattr(writer, "write_keyed", None))

    def _write_tag_feeds(self, site_url: str, item, write_keyed=None) -> None:
        """One RSS feed per tag; with the archive's writer, a feed whose channel and newest items did not
        change since the last build is kept as it is, the others are made with the pages on every core
        (``ArchiveWriter.write_keyed``)."""
        pattern = tag_feed_pattern(self.settings)
        if pattern is None:
            return
        limit = self._limit("TAG_FEED_MAX_ITEMS", TAG_FEED_ITEMS)
        words = site_words(self.settings)  # a tag feed's title and description in the site's language
        entries = RssEntries()  # each article's RSS item element made once (per worker process), whatever its tag count
        for tag, tagged in self.context.get("tags", []):
            newest = sorted(tagged, key=lambda article: article.date, reverse=True)[:limit]
            feed_path = pattern.format(slug=tag.slug)
            channel = self._channel(
                words.gettext("%(tag)s · %(site)s", tag=tag.name, site=self.settings["SITENAME"]),
                words.gettext("Stories tagged %(tag)s in %(site)s", tag=tag.name, site=self.settings["SITENAME"]),
                absolute(site_url, tag.url),
            )
            channel = replace(channel, feed_url=urljoin(site_url, feed_path))

            def produce(channel=channel, newest=newest) -> bytes:
                return build_rss(channel, [item(article) for article in newest], entries)

            if write_keyed is not None:
                write_keyed(feed_path, repr(channel), newest, produce)
            else:
                self._write(feed_path, produce())

    def _channel(self, title: str, description: str, page_url: str) -> FeedChannel:
        return FeedChannel(
            title=title,
            site_url=page_url,
            feed_url=page_url,  # replaced by each feed's own URL
            description=description or title,
            language=self.settings.get("DEFAULT_LANG", "en"),
            author=self.settings["SITENAME"],
        )

    def _limit(self, setting: str, default: int) -> int:
        value = self.settings.get(setting)
        return value if isinstance(value, int) and value > 0 else default

    def _write(self, relative: str, data: bytes) -> None:
        write_new_file(self.output_path / relative, data)


def feed_item(article, site_url: str) -> FeedItem:
    link = absolute(site_url, article.url)
    return FeedItem(
        title=article.title,
        link=link,
        guid=article.guid,
        date=article.date,
        summary=article.summary,
        # Pelican's links to the site ("{filename}...", "{tag}...") written against the site's absolute URL, as
        # Pelican's own feeds write them: ``article.content`` writes them against the context's ``localsiteurl``,
        # with RELATIVE_URLS and the preview's SITEURL "" a bare "2026/02/x/", wrong once joined to the story's URL.
        content_html=absolute_urls(article.get_content(site_url.rstrip("/")), link),
        tags=tuple(tag.name for tag in getattr(article, "tags", ())),
        source=getattr(article, "source", None),
        truncated=bool(getattr(article, "truncated", False)),
        authors=tuple(author.name for author in article.metadata.get("authors", ())),  # never the site's AUTHOR
        updated=getattr(article, "modified", None),
        language=article.metadata.get("language"),  # set only for a story not in the site's language (reader.py)
        direction=article.metadata.get("direction", "ltr"),
    )


def absolute_urls(html: str, base: str) -> str:
    """Resolve every relative ``href``/``src`` against ``base``, a fragment too (``#fn1`` becomes the story's
    ``.../#fn1``): feed readers have no page to resolve them, and resolve them against the feed."""
    if '="' not in html:  # no attribute at all (most stories): nothing to search
        return html
    return RELATIVE_URL_ATTRIBUTE.sub(lambda m: f'{m.group(1)}="{urljoin(base, m.group(2))}"', html)


def absolute(site_url: str, path: str) -> str:
    """``urljoin(site_url, path)`` for a site URL ending in "/"; a plain relative path (an article's or a tag's
    URL) is appended without parsing both (tens of thousands of times per build: sitemap, feeds)."""
    return site_url + path if _plain_relative(path) else urljoin(site_url, path)


def _plain_relative(path: str) -> bool:
    """No scheme, no leading "/", "?" or "#", no empty, "." or ".." segment: what urljoin would append as it is."""
    if not path or path.startswith(("/", "?", "#")) or any(mark in path for mark in (":", "\\", "//")):
        return False
    return not any(segment in (".", "..") for segment in path.split("/"))


def site_url_of(settings) -> str:
    """The site's absolute address with one trailing slash: ``SITEURL`` when it is absolute (a published site),
    else ``FEED_DOMAIN`` followed by ``SITEURL``, a path from the host's root ("/archive": pages linked from it, at
    any host) or "" (a preview's: its pages link root-relative and work at any address)."""
    site_url, domain = settings["SITEURL"], settings.get("FEED_DOMAIN") or ""
    if "://" not in site_url and domain:
        # Pelican's FEED_DOMAIN, when the settings set none, is SITEURL itself: "/archive" is not put after "/archive"
        site_url = domain.rstrip("/") + (site_url if _a_root_path(site_url) and "://" in domain else "")
    return site_url.rstrip("/") + "/"


def site_root_path(site_url: str) -> str:
    """The path of the site's root on its host, as a page's ``SITEURL`` ("/archive" for https://example.org/archive/,
    "" for a site at a host's root or a preview's "")."""
    return urlsplit(site_url).path.rstrip("/")


def site_url_problems(settings) -> list[str]:
    """``SITEURL`` when it is neither an address nor a path from the host's root nor "" (a preview's), with why:
    "example.org/news" is written into each link as a path relative to the page holding it."""
    site_url = settings.get("SITEURL") or ""
    parts = urlsplit(site_url) if isinstance(site_url, str) else None
    if parts is None or not (site_url == "" or _a_root_path(site_url)
                             or parts.scheme in ("http", "https") and parts.netloc):
        return [f"SITEURL = {site_url!r}: neither an address (https://example.org/news) nor a path from the host's "
                "root (/news): a browser reads each link of a page under the page's own address (write it with its "
                "https://)"]
    if _a_root_path(site_url) and "://" not in (settings.get("FEED_DOMAIN") or ""):
        return [f"SITEURL = {site_url!r} is a path and FEED_DOMAIN = {settings.get('FEED_DOMAIN')!r} no address: "
                "the feeds, sitemaps and canonical links name no host (set FEED_DOMAIN = 'https://example.org')"]
    return []


def _a_root_path(site_url: str) -> bool:
    return site_url.startswith("/") and not site_url.startswith("//")


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` as a new file: a name hard-linked to the live site (writer.py) is unlinked, not overwritten."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    path.write_bytes(data)
