"""The feeds of the project's own archive, as built: valid, complete, stable across rebuilds."""
from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from feeds.feed_rules import atom_problems, json_feed_problems, rss_problems
from feeds.project_site import SITEURL, build_project_site

pytestmark = pytest.mark.slow
MAIN_FEEDS = [
    pytest.param("feeds/rss.xml", rss_problems, id="rss"),
    pytest.param("feeds/atom.xml", atom_problems, id="atom"),
    pytest.param("feeds/feed.json", json_feed_problems, id="json"),
]


def ledger_guids(output: Path) -> set[str]:
    ledger = json.loads((output.parent / "content" / "newsarchive-ledger.json").read_text(encoding="utf-8"))
    return {entry["guid"] for entry in ledger["articles"]}


def article_pages(output: Path) -> list[Path]:
    return sorted(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))


@pytest.mark.parametrize("relative, problems", MAIN_FEEDS)
def test_main_feeds_follow_the_validator_rules(feed_site, relative, problems):
    assert problems((feed_site / relative).read_bytes(), f"{SITEURL}/{relative}") == []


@pytest.mark.parametrize("relative", ["feeds/rss.xml", "feeds/atom.xml"])
def test_xml_feeds_parse_cleanly_with_feedparser(feed_site, relative):
    result = feedparser.parse((feed_site / relative).read_bytes())
    assert not result.bozo, result.get("bozo_exception")
    assert len(result.entries) == min(50, len(article_pages(feed_site)))


def test_every_tag_has_a_valid_feed_of_at_most_twenty_items(feed_site):
    tag_pages = sorted((feed_site / "tag").glob("*/index.html"))
    assert tag_pages, "the archive has no tag pages"
    for page in tag_pages:
        feed = page.parent / "feed.xml"
        url = f"{SITEURL}/{feed.relative_to(feed_site).as_posix()}"
        assert rss_problems(feed.read_bytes(), url) == [], url
        result = feedparser.parse(feed.read_bytes())
        assert not result.bozo and 1 <= len(result.entries) <= 20, url


def test_rss_items_are_newest_first_with_ledger_guids(feed_site):
    channel = etree.fromstring((feed_site / "feeds/rss.xml").read_bytes()).find("channel")
    items = channel.findall("item")
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == dates[0]
    guids = [item.findtext("guid") for item in items]
    assert len(set(guids)) == len(guids) and set(guids) <= ledger_guids(feed_site)
    assert all(item.find("guid").get("isPermaLink") == "false" for item in items)


def test_rss_items_carry_content_categories_and_creator(feed_site):
    result = feedparser.parse((feed_site / "feeds/rss.xml").read_bytes())
    for entry in result.entries:
        assert entry.content[0].value.strip().startswith("<"), entry.link
        assert entry.summary and "<" not in entry.summary, entry.link
    assert any(entry.get("tags") for entry in result.entries)
    assert any(entry.get("author") for entry in result.entries)


def test_all_three_feeds_carry_the_same_items(feed_site):
    rss = [entry.id for entry in feedparser.parse((feed_site / "feeds/rss.xml").read_bytes()).entries]
    atom = [entry.id for entry in feedparser.parse((feed_site / "feeds/atom.xml").read_bytes()).entries]
    json_feed = [item["id"] for item in json.loads((feed_site / "feeds/feed.json").read_bytes())["items"]]
    assert rss == atom == json_feed


def test_rebuild_without_new_articles_writes_byte_identical_feeds_and_sitemaps(tmp_path):
    """Two builds of one archive (both here, so code edited mid-session cannot differ between them)."""
    first = build_project_site(tmp_path / "first", SITEURL)
    again = build_project_site(tmp_path / "again", SITEURL)
    stable = ["feeds/rss.xml", "feeds/atom.xml", "feeds/feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt"]
    stable += sorted(path.relative_to(first).as_posix() for path in (first / "tag").glob("*/feed.xml"))
    changed = [name for name in stable if (first / name).read_bytes() != (again / name).read_bytes()]
    assert changed == []


def test_an_incomplete_copy_is_flagged_in_the_feeds_as_on_its_page(feed_site):
    pages = [page for page in article_pages(feed_site) if "This archived copy is incomplete" in page.read_text("utf-8")]
    assert pages, "the sample archive has a paywalled story"
    links = {f"{SITEURL}/{page.parent.relative_to(feed_site).as_posix()}/" for page in pages}
    entries = feedparser.parse((feed_site / "feeds/rss.xml").read_bytes()).entries
    flagged = {entry.link for entry in entries if "This archived copy is incomplete" in entry.content[0].value}
    assert flagged == links & {entry.link for entry in entries}
    assert flagged
