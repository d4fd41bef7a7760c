"""End to end: build a small archive from fixtures and check the site a reader gets.

Pages are parsed with BeautifulSoup and the feed with feedparser, never compared as strings.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitekit import REPO, SiteFolders

pytestmark = pytest.mark.slow
FIXTURES = REPO / "tests" / "fixtures" / "site" / "articles"
SITEURL = "http://localhost:8000"
ARTICLE_PATH = re.compile(r"^/\d{4}/\d{2}/[^/]+/$")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> SiteFolders:
    site = SiteFolders(tmp_path_factory.mktemp("site"))
    for fixture in FIXTURES.iterdir():
        shutil.copy(fixture, site.content / "articles" / fixture.name)
    site.build()
    return site


def pages(output: Path):
    for path in sorted(output.rglob("*.html")):
        if "pagefind" not in path.parts:
            yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def local_path(href: str, page: Path, output: Path) -> Path | None:
    """The file an internal link points to, or None for an external link."""
    if href.startswith(("mailto:", "#", "javascript:", "data:")):
        return None
    url = urlparse(href)
    if url.scheme and not href.startswith(SITEURL):
        return None
    path = url.path
    target = (output / path.lstrip("/")) if (url.scheme or path.startswith("/")) else (page.parent / path)
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def test_every_internal_link_resolves(built):
    broken = []
    for page, soup in pages(built.output):
        for element in soup.find_all(href=True) + soup.find_all(src=True):
            link = element.get("href") or element.get("src")
            target = local_path(link, page, built.output)
            if target is not None and not target.exists():
                broken.append(f"{page.relative_to(built.output)} → {link}")
    assert not broken, "\n".join(broken)


def article_pages(output: Path) -> dict[str, BeautifulSoup]:
    return {
        "/" + path.parent.relative_to(output).as_posix() + "/": soup
        for path, soup in pages(output)
        if ARTICLE_PATH.match("/" + path.parent.relative_to(output).as_posix() + "/")
    }


def listed_articles(soup: BeautifulSoup) -> set[str]:
    """Article URLs listed in a listing page's main content."""
    main = soup.find("main") or soup
    hrefs = (urlparse(a["href"]).path for a in main.find_all("a", href=True))
    return {href for href in hrefs if ARTICLE_PATH.match(href)}


def tag_links(soup: BeautifulSoup) -> set[str]:
    main = soup.find("main") or soup
    return {urlparse(a["href"]).path for a in main.find_all("a", href=True) if "/tag/" in a["href"]
            and not a["href"].endswith(".xml")}


def test_all_fixture_articles_are_published_with_title_date_and_source(built):
    articles = article_pages(built.output)
    assert len(articles) == len(list(FIXTURES.iterdir()))
    titles = {soup.find("h1").get_text(strip=True) for soup in articles.values()}
    assert "Port Almira strike ends with deal on night shifts" in titles
    for url, soup in articles.items():
        assert soup.find("time", attrs={"datetime": True}), url
        assert "source site-" not in soup.get_text(), url
        assert "Read also" not in soup.get_text(), url


def test_each_tag_page_lists_exactly_its_articles(built):
    articles = article_pages(built.output)
    expected: dict[str, set[str]] = {}
    for url, soup in articles.items():
        tags = tag_links(soup)
        assert 1 <= len(tags) <= 8, (url, tags)
        for tag in tags:
            expected.setdefault(tag, set()).add(url)
    for tag, urls in expected.items():
        listed = set()
        for page in sorted((built.output / tag.lstrip("/")).rglob("index.html")):
            listed |= listed_articles(BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser"))
        assert listed == urls, tag


def test_home_page_lists_newest_first(built):
    home = BeautifulSoup((built.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    dates = [time["datetime"] for time in (home.find("main") or home).find_all("time", attrs={"datetime": True})]
    assert dates and dates == sorted(dates, reverse=True)


def test_feed_holds_every_article_newest_first_with_ledger_guids(built):
    feed = feedparser.parse((built.output / "feeds" / "rss.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    ledger = json.loads((built.content / "newsarchive-ledger.json").read_text(encoding="utf-8"))
    by_date = sorted(ledger["articles"], key=lambda entry: entry["date"], reverse=True)
    assert [entry.id for entry in feed.entries] == [entry["guid"] for entry in by_date]
    assert all(entry.link.startswith(SITEURL + "/") for entry in feed.entries)
    assert all(urlparse(entry.link).path in article_pages(built.output) for entry in feed.entries)


def test_article_pages_link_previous_next_and_related(built):
    soup = article_pages(built.output)["/2025/03/velan-shipping-and-dockers-agree-to-talks-as-queue-of-ships-grows/"]
    linked = listed_articles(soup)
    assert "/2025/03/dock-workers-in-port-almira-walk-out-over-night-shifts/" in linked
    assert "/2025/04/port-almira-strike-ends-with-deal-on-night-shifts/" in linked


def snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file() and "pagefind" not in path.parts
    }


def test_inbox_articles_are_ingested_once_and_rebuilds_change_nothing(site):
    for fixture in sorted(FIXTURES.iterdir())[:3]:
        shutil.copy(fixture, site.content / "articles" / fixture.name)
    site.build()
    old_urls = set(article_pages(site.output))
    dated = sorted(FIXTURES.iterdir())[3]
    shutil.copy(dated, site.inbox / dated.name)
    site.add_article("undated story.txt", "Sendra opens night market by the station\n\nStalls opened on Friday.\n", "inbox")
    inbox_before = snapshot(site.inbox)
    first = site.build()
    assert "2 new from the inbox" in first.stderr
    after_first = (snapshot(site.content), snapshot(site.output))
    second = site.build()
    assert "0 new from the inbox, 2 already archived" in second.stderr
    assert (snapshot(site.content), snapshot(site.output)) == after_first
    assert snapshot(site.inbox) == inbox_before  # the user's files are never touched
    assert old_urls < set(article_pages(site.output))
    feed = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes())
    assert feed.entries[0].title == "Sendra opens night market by the station"  # undated: dated at ingest, newest
    assert len(feed.entries) == 5
