"""Following the archive: a browser shows a feed as code, so every place that offers a feed leads to its address, to
copy into a feed reader (the subscribe page; a tag's "Follow this tag"), and no page links a reader to the feed file
itself; feed readers still discover the feeds from each page's <link rel="alternate">. Pages parsed with BeautifulSoup.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from feeds.project_site import SITEURL, build_project_site
from sitekit import SiteFolders, write_settings

pytestmark = pytest.mark.slow
FEED_SUFFIXES = (".xml", ".json")


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _file_at(output: Path, address: str) -> Path:
    assert address.startswith(SITEURL + "/"), address
    return output / urlsplit(address).path.lstrip("/")


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    return build_project_site(tmp_path_factory.mktemp("following"), SITEURL)


def test_the_subscribe_page_gives_each_main_feed_s_address_to_copy(output):
    page = _soup(output / "subscribe" / "index.html")
    addresses = {}
    for block in page.select("main .feed-address"):
        label = page.find(id=block["aria-labelledby"]).get_text(strip=True)
        addresses[label] = block.select_one(".feed-address-url").get_text(strip=True)
    assert set(addresses) == {"RSS", "Atom", "JSON Feed"}
    assert all(_file_at(output, address).is_file() for address in addresses.values()), addresses
    discovered = {link["href"] for link in page.find_all("link", rel="alternate")}
    assert set(addresses.values()) == discovered


def test_every_page_offers_the_feeds_through_the_subscribe_page_and_none_links_a_feed_file(output):
    pages = [path for path in output.rglob("*.html") if not path.is_relative_to(output / "pagefind")]
    assert len(pages) > 30
    for path in pages:
        soup = _soup(path)
        feed_links = [a["href"] for a in soup.find_all("a", href=True) if a["href"].endswith(FEED_SUFFIXES)]
        assert feed_links == [], path
        assert soup.select_one(f".site-footer a[href='{SITEURL}/subscribe/']"), path
        assert soup.find("link", rel="alternate", type="application/rss+xml"), path


def test_a_tag_page_gives_its_own_feed_s_address_and_the_way_to_the_subscribe_page(output):
    tag_pages = sorted(output.glob("tag/*/index.html"))
    assert tag_pages
    for path in tag_pages:
        soup = _soup(path)
        box = soup.select_one("header details.follow-box")
        assert "Follow this tag" in box.summary.get_text(), path
        address = box.select_one(".feed-address-url").get_text(strip=True)
        assert address == f"{SITEURL}/{path.parent.relative_to(output).as_posix()}/feed.xml"
        assert _file_at(output, address).is_file()
        assert soup.find("link", rel="alternate", href=address)["type"] == "application/rss+xml"
        assert box.select_one(f"a[href='{SITEURL}/subscribe/']"), path


def test_a_site_without_the_subscribe_page_links_its_feeds_as_before(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-ferry.txt", "Ferry timetable cut for winter\n\nThe island ferry will sail twice a day "
                                             "from November, the operator said.\n")
    site.settings = write_settings(site.root, site.content, site.output, site.inbox,
                                   DIRECT_TEMPLATES=["index", "tags", "archives", "search", "404"])
    site.build()
    assert not (site.output / "subscribe").exists()
    footer = _soup(site.output / "index.html").select_one(".site-footer")
    assert [a["href"] for a in footer.select(".footer-feeds a")] == [
        "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"]
    tag_page = _soup(next(site.output.glob("tag/*/index.html")))
    assert tag_page.select_one("details.follow-box .feed-address-url").get_text().endswith("/feed.xml")
    assert not tag_page.select("details.follow-box a[href*='subscribe']")


def test_a_site_with_every_feed_off_says_so_and_offers_none(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-ferry.txt", "Ferry timetable cut for winter\n\nThe island ferry will sail twice a day "
                                             "from November, the operator said.\n")
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, FEED_RSS_URL=None,
                                   FEED_ATOM_URL=None, FEED_JSON_URL=None, TAG_FEED_RSS_URL=None)
    site.build()
    page = _soup(site.output / "subscribe" / "index.html")
    assert "publishes no feeds" in page.main.get_text() and not page.select(".feed-address")
    for path in (site.output / "index.html", next(site.output.glob("tag/*/index.html"))):
        soup = _soup(path)
        assert not soup.select(".site-footer .footer-feeds, .follow-box") and not soup.find("link", rel="alternate")
