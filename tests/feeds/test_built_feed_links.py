"""Links between stories in built feeds: absolute and right, whatever the site's URL settings."""
from __future__ import annotations

import re

import feedparser
import pytest

from newsarchive_pelican.feeds import main_feed_paths, tag_feed_pattern
from sitekit import write_settings

pytestmark = pytest.mark.slow

LINKING = """\
Title: Council passes the harbour budget
Date: 2026-03-02 09:00
Tags: harbour budget

The council passed the harbour budget on Monday, after [the debate]({filename}/articles/debate.md) last month.
More stories are on [the budget's page]({tag}harbour-budget).
"""
LINKED = """\
Title: Councillors debate the harbour budget
Date: 2026-02-01 09:00
Tags: harbour budget

Councillors debated the harbour budget for six hours, and adjourned without a vote on the ferry subsidy.
"""


@pytest.mark.parametrize("overrides, site_url", [
    pytest.param({"RELATIVE_URLS": True}, "http://localhost:8000", id="preview-relative-urls"),
    pytest.param({"RELATIVE_URLS": True, "SITEURL": "https://example.org/archive"}, "https://example.org/archive",
                 id="published-relative-urls"),
    pytest.param({}, "http://localhost:8000", id="preview"),
])
def test_links_to_other_stories_and_tags_are_the_pages_urls_in_every_feed(site, overrides, site_url):
    """With RELATIVE_URLS (supported, README) and the preview's SITEURL "", a story's "{filename}" link reached the
    feeds as ".../2026/03/council-.../2026/02/councillors-.../": written against the site's root, joined to the story."""
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, **overrides)
    site.add_article("budget.md", LINKING)
    site.add_article("debate.md", LINKED)
    site.build()
    expected = {f"{site_url}/2026/02/councillors-debate-the-harbour-budget/", f"{site_url}/tag/harbour-budget/"}
    for feed in ("feeds/rss.xml", "feeds/atom.xml", "tag/harbour-budget/feed.xml"):
        entries = feedparser.parse((site.output / feed).read_bytes()).entries
        story = next(entry for entry in entries if entry.title.startswith("Council passes"))
        links = set(re.findall(r'href="([^"]*)"', story.content[0].value))
        assert links == expected, feed
    json_feed = (site.output / "feeds/feed.json").read_text(encoding="utf-8")
    assert all(link in json_feed for link in expected)


def test_a_main_feed_turned_off_is_not_written_and_no_page_links_it(site):
    """FEED_ATOM_URL = None: no feeds/atom.xml, and no page links a missing feed (every page's head and footer
    linked feeds/atom.xml whatever the setting said)."""
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, FEED_ATOM_URL=None)
    site.add_article("debate.md", LINKED)
    site.build()
    assert not (site.output / "feeds" / "atom.xml").exists() and (site.output / "feeds" / "rss.xml").is_file()
    for page in site.output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "atom.xml" not in text, page
        if "pagefind" not in page.parts:
            assert 'href="/feeds/rss.xml"' in text, page


def test_a_main_feed_the_settings_do_not_name_is_written_where_the_theme_links_it():
    assert main_feed_paths({}) == {"rss": "feeds/rss.xml", "atom": "feeds/atom.xml", "json": "feeds/feed.json"}
    assert main_feed_paths({"FEED_RSS_URL": "news.rss", "FEED_ATOM_URL": "", "FEED_JSON_URL": None}) == {
        "rss": "news.rss", "atom": None, "json": None}


def test_tag_feeds_turned_off_are_not_written_and_no_tag_page_links_them(site):
    """TAG_FEED_RSS_URL = None, as Pelican's TAG_FEED_RSS = None: no tag feeds (they were written and linked at
    their default place whatever the setting said)."""
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, TAG_FEED_RSS_URL=None)
    site.add_article("debate.md", LINKED)
    site.build()
    assert (site.output / "tag" / "harbour-budget" / "index.html").is_file()
    assert not list(site.output.glob("tag/*/feed.xml")) and (site.output / "feeds" / "rss.xml").is_file()
    for page in site.output.rglob("*.html"):
        assert "Follow this tag" not in page.read_text(encoding="utf-8"), page
        assert "/feed.xml" not in page.read_text(encoding="utf-8"), page


def test_the_tag_feeds_pattern_is_the_settings_or_the_default_and_none_turns_them_off():
    assert tag_feed_pattern({}) == "tag/{slug}/feed.xml"
    assert tag_feed_pattern({"TAG_FEED_RSS_URL": "feeds/tag-{slug}.xml"}) == "feeds/tag-{slug}.xml"
    assert tag_feed_pattern({"TAG_FEED_RSS_URL": None}) is None and tag_feed_pattern({"TAG_FEED_RSS_URL": ""}) is None


@pytest.mark.parametrize("setting, value", [
    ("FEED_RSS_URL", "/feeds/rss.xml"),  # a path from the disk's root, not the site's
    ("FEED_JSON_URL", "../feed.json"),  # out of the site's folder
    ("TAG_FEED_RSS_URL", "/tag/{slug}/feed.xml"),
    ("TAG_FEED_RSS_URL", "feeds/tags.xml"),  # no {slug}: every tag's feed would be one file
    ("TAG_FEED_RSS_URL", "feeds/{name}.xml"),  # a field the build does not fill in
    ("TAG_FEED_RSS_URL", "feeds/{slug.xml"),
])
def test_a_feed_path_that_cannot_be_a_file_of_the_site_is_reported_and_not_written(setting, value):
    from newsarchive_pelican.feeds import feed_setting_problems

    feeds = {**main_feed_paths({setting: value}), "tag": tag_feed_pattern({setting: value})}
    assert None in feeds.values() and value not in feeds.values()
    assert [problem.split(" = ")[0] for problem in feed_setting_problems({setting: value})] == [setting]
    assert feed_setting_problems({}) == [] and feed_setting_problems({"FEED_RSS_URL": None}) == []


def test_a_feed_path_out_of_the_site_is_reported_and_the_build_goes_on(site):
    """FEED_RSS_URL = '../rss.xml' wrote a file beside the site's folder; a tag pattern from '/' stopped the build."""
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, FEED_RSS_URL="../rss.xml",
                                   TAG_FEED_RSS_URL="/tag/{slug}.xml")
    site.add_article("debate.md", LINKED)
    result = site.build()
    assert "FEED_RSS_URL = '../rss.xml'" in result.stderr and "TAG_FEED_RSS_URL = '/tag/{slug}.xml'" in result.stderr
    assert not list(site.root.glob("*.xml")) and not list(site.root.parent.glob("*.xml"))
    assert (site.output / "feeds" / "atom.xml").is_file() and not list(site.output.glob("tag/*/feed.xml"))
