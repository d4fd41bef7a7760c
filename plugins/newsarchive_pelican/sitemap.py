"""Sitemap generator: Pelican's context → core sitemap entries → sitemap.xml, news-sitemap.xml, robots.txt.

``sitemap.xml`` lists the home page, the tag and archive indexes, every
article, every tag page and every year/month archive page, each with the date
of its newest article as ``lastmod``. ``news-sitemap.xml`` holds the articles
of the 48 hours before the newest article (deterministic, see
``newsarchive.sitemap``). ``robots.txt`` points crawlers to both.
"""
from __future__ import annotations

from urllib.parse import urljoin

from newsarchive.sitemap import (
    NewsEntry,
    Publication,
    SitemapEntry,
    build_news_sitemap,
    build_sitemap,
    robots_txt,
)

from .feeds import absolute, site_url_of, write_new_file
from .output_generator import OutputGenerator
from .sections import site_sections

DEFAULT_SITEMAP = "sitemap.xml"
DEFAULT_NEWS_SITEMAP = "news-sitemap.xml"
ROBOTS = "robots.txt"
INDEXED_SECTIONS = ("tags", "archives")  # the search page is not a page to index
ARCHIVE_GRANULARITIES = ("year", "month")


def sitemap_paths(settings) -> tuple[str, str]:
    """Where the sitemap and the news sitemap are written (``SITEMAP_SAVE_AS``, ``NEWS_SITEMAP_SAVE_AS``)."""
    return (settings.get("SITEMAP_SAVE_AS") or DEFAULT_SITEMAP,
            settings.get("NEWS_SITEMAP_SAVE_AS") or DEFAULT_NEWS_SITEMAP)


class SitemapGenerator(OutputGenerator):
    """Writes the sitemaps and robots.txt once every other generator has filled the context."""

    def generate_output(self, writer) -> None:
        site_url = site_url_of(self.settings)
        articles = list(self.context.get("articles", []))
        sitemap_path, news_path = sitemap_paths(self.settings)
        self._write(sitemap_path, build_sitemap(self._entries(articles, site_url)))
        publication = Publication(self.settings["SITENAME"], self.settings.get("DEFAULT_LANG", "en"))
        news = [NewsEntry(absolute(site_url, a.url), a.title, a.date) for a in articles]
        self._write(news_path, build_news_sitemap(publication, news))
        robots = robots_txt([urljoin(site_url, sitemap_path), urljoin(site_url, news_path)])
        self._write(ROBOTS, robots.encode("utf-8"))

    def _entries(self, articles: list, site_url: str) -> list[SitemapEntry]:
        newest = _newest_date(articles)
        entries = [SitemapEntry(site_url, newest)]
        sections = site_sections(self.settings)
        entries += [SitemapEntry(urljoin(site_url, sections[name]), newest) for name in INDEXED_SECTIONS if sections[name]]
        entries += [SitemapEntry(absolute(site_url, a.url), _modified(a)) for a in articles]
        entries += [SitemapEntry(absolute(site_url, page.url)) for page in self.context.get("pages", [])]  # undated
        entries += [SitemapEntry(absolute(site_url, tag.url), _newest_date(tagged))
                    for tag, tagged in sorted(self.context.get("tags", []), key=lambda pair: pair[0].slug)]
        archives = self.context.get("period_archives", {})
        for granularity in ARCHIVE_GRANULARITIES:
            entries += [SitemapEntry(absolute(site_url, period["url"]), _newest_date(period["articles"]))
                        for period in archives.get(granularity, []) if period.get("url")]
        return entries

    def _write(self, relative: str, data: bytes) -> None:
        write_new_file(self.output_path / relative, data)


def _modified(article):
    return getattr(article, "modified", None) or article.date


def _newest_date(articles):
    return max((_modified(article) for article in articles), default=None)


def sitemap_generator(_pelican):
    """``get_generators`` receiver (a module-level function: blinker keeps only weak references)."""
    return SitemapGenerator
