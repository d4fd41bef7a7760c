"""Feeds generator: Pelican articles → core ``FeedItem``s → RSS files written by feedgen."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from newsarchive.feeds import FeedChannel, FeedItem, build_rss

MAIN_FEED_ITEMS = 50
RELATIVE_URL_ATTRIBUTE = re.compile(r'\b(href|src)="(?![a-z][a-z0-9+.-]*:|#)([^"]*)"', re.IGNORECASE)


class FeedsGenerator:
    """Writes ``feeds/rss.xml`` (newest articles)."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = Path(output_path)

    def generate_output(self, writer) -> None:
        articles = self.context.get("articles", [])
        site_url = _site_url(self.settings)
        items = [feed_item(article, site_url) for article in articles[:MAIN_FEED_ITEMS]]
        feed_path = self.settings["FEED_RSS_URL"]
        channel = FeedChannel(
            title=self.settings["SITENAME"],
            site_url=site_url,
            feed_url=urljoin(site_url, feed_path),
            description=self.settings.get("SITESUBTITLE") or self.settings["SITENAME"],
            language=self.settings.get("DEFAULT_LANG", "en"),
        )
        _write(self.output_path / feed_path, build_rss(channel, items))


def feed_item(article, site_url: str) -> FeedItem:
    link = urljoin(site_url, article.url)
    return FeedItem(
        title=article.title,
        link=link,
        guid=article.guid,
        date=article.date,
        summary=article.summary,
        content_html=absolute_urls(article.content, link),
        tags=tuple(tag.name for tag in getattr(article, "tags", ())),
        source=getattr(article, "source", None),
    )


def absolute_urls(html: str, base: str) -> str:
    return RELATIVE_URL_ATTRIBUTE.sub(lambda m: f'{m.group(1)}="{urljoin(base, m.group(2))}"', html)


def _site_url(settings) -> str:
    return (settings.get("FEED_DOMAIN") or settings["SITEURL"]).rstrip("/") + "/"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
