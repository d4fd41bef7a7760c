"""sitemap.xml, the Google News sitemap and robots.txt: core rules and the project's built files."""
from __future__ import annotations

from datetime import datetime, timedelta, UTC
from pathlib import Path

import pytest
from lxml import etree

from newsarchive.sitemap import (
    NEWS_NS,
    SITEMAP_NS,
    NewsEntry,
    Publication,
    SitemapEntry,
    build_news_sitemap,
    build_sitemap,
    recent_news,
    robots_txt,
    w3c_datetime,
)
from feeds.project_site import SITEURL
from seo.jsonld_rules import ISO_WITH_OFFSET
from sitekit import REPO

NEWEST = datetime(2024, 6, 10, 18, 0, tzinfo=UTC)
NS = {"s": SITEMAP_NS, "news": NEWS_NS}


def news(hours_before_newest: float, name: str) -> NewsEntry:
    return NewsEntry(f"https://desk.example.net/{name}/", f"Story {name}", NEWEST - timedelta(hours=hours_before_newest))


@pytest.mark.parametrize("hours, listed", [
    pytest.param(0, True, id="newest"),
    pytest.param(47.9, True, id="inside-window"),
    pytest.param(48, True, id="window-edge"),
    pytest.param(48.1, False, id="just-outside"),
    pytest.param(24 * 400, False, id="old"),
])
def test_news_window_counts_back_from_the_newest_article_not_the_clock(hours, listed):
    entries = [news(0, "newest"), news(hours, "probe")]
    names = {entry.loc for entry in recent_news(entries)}
    assert ("https://desk.example.net/probe/" in names) is listed


def test_news_sitemap_has_publication_date_title_and_language():
    data = build_news_sitemap(Publication("Desk", "en"), [news(3, "b"), news(0, "a"), news(72, "c")])
    urls = etree.fromstring(data).findall("s:url", NS)
    assert [url.findtext("s:loc", namespaces=NS) for url in urls] == ["https://desk.example.net/a/", "https://desk.example.net/b/"]
    first = urls[0].find("news:news", NS)
    assert first.findtext("news:publication/news:name", namespaces=NS) == "Desk"
    assert first.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert first.findtext("news:publication_date", namespaces=NS) == "2024-06-10T18:00:00+00:00"
    assert first.findtext("news:title", namespaces=NS) == "Story a"


def test_sitemap_lists_each_location_once_with_lastmod():
    entries = [SitemapEntry("https://desk.example.net/", NEWEST), SitemapEntry("https://desk.example.net/", None),
               SitemapEntry("https://desk.example.net/tags/")]
    urls = etree.fromstring(build_sitemap(entries)).findall("s:url", NS)
    assert [url.findtext("s:loc", namespaces=NS) for url in urls] == ["https://desk.example.net/", "https://desk.example.net/tags/"]
    assert urls[0].findtext("s:lastmod", namespaces=NS) == "2024-06-10T18:00:00+00:00"
    assert urls[1].find("s:lastmod", NS) is None


def test_dates_without_timezone_are_refused():
    with pytest.raises(ValueError):
        w3c_datetime(datetime(2024, 1, 1))


def test_a_date_in_a_zones_old_local_mean_time_is_written_in_utc():
    """W3C Datetime has no seconds in an offset: Amsterdam's +00:19:32 (until 1937) was written as it is."""
    from zoneinfo import ZoneInfo
    amsterdam = ZoneInfo("Europe/Amsterdam")
    assert w3c_datetime(datetime(1912, 4, 15, 1, 8, tzinfo=amsterdam)) == "1912-04-15T00:48:28+00:00"
    assert w3c_datetime(datetime(2026, 4, 15, 1, 8, tzinfo=amsterdam)) == "2026-04-15T01:08:00+02:00"
    assert w3c_datetime(datetime(2026, 4, 15, 1, 8, tzinfo=ZoneInfo("Asia/Kolkata"))).endswith("+05:30")


def test_robots_txt_points_to_every_sitemap():
    text = robots_txt(["https://desk.example.net/sitemap.xml", "https://desk.example.net/news-sitemap.xml"])
    assert "User-agent: *" in text.splitlines()
    assert [line for line in text.splitlines() if line.startswith("Sitemap:")] == [
        "Sitemap: https://desk.example.net/sitemap.xml", "Sitemap: https://desk.example.net/news-sitemap.xml"]


def sitemap_locations(output: Path, name: str) -> dict[str, etree._Element]:
    root = etree.fromstring((output / name).read_bytes())
    return {url.findtext("s:loc", namespaces=NS): url for url in root.findall("s:url", NS)}


def site_pages(output: Path) -> set[str]:
    """The addresses of the pages of the site itself (content/pages/, each named as its slug): undated."""
    return {f"{SITEURL}/{page.stem}/" for page in (REPO / "content" / "pages").glob("*.md")}


def expected_pages(output: Path) -> set[str]:
    """Every article, tag and year/month archive page built, plus home, tags and archives indexes, and the
    site's own pages."""
    folders = list(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))
    folders += list(output.glob("tag/*/index.html"))
    folders += list(output.glob("[0-9][0-9][0-9][0-9]/index.html")) + list(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html"))
    pages = {f"{SITEURL}/{page.parent.relative_to(output).as_posix()}/" for page in folders}
    return pages | {f"{SITEURL}/", f"{SITEURL}/tags/", f"{SITEURL}/archives/"} | site_pages(output)


@pytest.mark.slow
def test_built_sitemap_lists_every_article_tag_and_archive_page_with_lastmod(seo_site):
    listed = sitemap_locations(seo_site, "sitemap.xml")
    assert set(listed) == expected_pages(seo_site)
    dated = set(listed) - site_pages(seo_site)
    bad_dates = [loc for loc in dated if not ISO_WITH_OFFSET.match(listed[loc].findtext("s:lastmod", "", NS))]
    assert bad_dates == [] and site_pages(seo_site)


@pytest.mark.slow
def test_built_news_sitemap_holds_the_48_hours_before_the_newest_article(seo_site):
    listed = sitemap_locations(seo_site, "sitemap.xml")
    article_dates = {loc: datetime.fromisoformat(url.findtext("s:lastmod", namespaces=NS))
                     for loc, url in listed.items() if loc.count("/") == 6}  # https://host/YYYY/MM/slug/
    newest = max(article_dates.values())
    expected = {loc for loc, date in article_dates.items() if newest - date <= timedelta(hours=48)}
    assert set(sitemap_locations(seo_site, "news-sitemap.xml")) == expected and expected


@pytest.mark.slow
def test_built_robots_txt_points_to_both_sitemaps(seo_site):
    lines = (seo_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert f"Sitemap: {SITEURL}/sitemap.xml" in lines and f"Sitemap: {SITEURL}/news-sitemap.xml" in lines
