"""End to end: a Markdown article with a full Pelican header (authors, category, slug, modified, status)
is published as Pelican would publish it; a draft is not published at all.

Pages are parsed with BeautifulSoup, the RSS and Atom feeds with feedparser.
"""
from __future__ import annotations

import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from sitekit import SiteFolders

pytestmark = pytest.mark.slow
DC = "http://purl.org/dc/elements/1.1/"

PIER = """\
    Title: Ostvik pier opening delayed again
    Authors: Jane Roe, Tom Ash
    Category: Ostvik harbour
    Slug: pier-delay
    Modified: 2026-05-06 09:15
    Lang: en
    Date: 2026-05-04 18:00

    The opening of the new pier at Ostvik has been delayed until next spring, the harbour board said on Monday.

    Contractors blamed the winter storms, which damaged the pier's foundations twice.
    """
DRAFT = """\
    Title: Ferry timetable for the summer
    Status: draft
    Date: 2026-05-05 09:00

    The summer ferry timetable starts in June with four crossings a day between Ostvik and Brennport.
    """


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[SiteFolders, str]:
    site = SiteFolders(tmp_path_factory.mktemp("headers"))
    site.add_article("pier.md", PIER)
    site.add_article("ferry.md", DRAFT, folder="inbox")
    result = site.build()
    return site, result.stdout + result.stderr


def _pier_page(site: SiteFolders) -> BeautifulSoup:
    page = site.output / "2026" / "05" / "pier-delay" / "index.html"  # the slug asked for
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_the_byline_the_update_and_the_category_are_on_the_page(built):
    site, _ = built
    page = _pier_page(site)
    header = page.select_one(".story-header")
    assert header.select_one(".byline").get_text() == "By Jane Roe and Tom Ash"
    assert "Updated 6 May 2026, 09:15 UTC" in header.get_text(" ", strip=True)  # as the publication date is given
    assert header.select_one(".kicker").get_text(strip=True) == "Ostvik harbour"  # the category is the first tag
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["author"] == [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "Tom Ash"}]
    assert data["dateModified"].startswith("2026-05-06T09:15")
    body = page.select_one(".story-body").get_text()
    assert "Lang:" not in body and "Modified:" not in body and "Authors" not in body


def test_the_feeds_credit_the_authors_and_give_the_update(built):
    site, _ = built
    rss = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes())
    atom = feedparser.parse((site.output / "feeds" / "atom.xml").read_bytes())
    assert not rss.bozo and not atom.bozo
    assert [author.name for author in atom.entries[0].authors] == ["Jane Roe", "Tom Ash"]
    assert atom.entries[0].updated.startswith("2026-05-06T09:15")
    creators = etree.fromstring((site.output / "feeds" / "rss.xml").read_bytes()).findall(f"channel/item/{{{DC}}}creator")
    assert [creator.text for creator in creators] == ["Jane Roe", "Tom Ash"]  # one each (feedparser keeps the last)
    item = json.loads((site.output / "feeds" / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert item["authors"] == [{"name": "Jane Roe"}, {"name": "Tom Ash"}]
    assert item["date_modified"].startswith("2026-05-06T09:15")


def test_a_draft_is_reported_kept_in_the_inbox_and_not_published(built):
    site, log = built
    assert "ferry.md: skipped: not published: its header says 'Status: draft'" in log
    assert (site.inbox / "ferry.md").exists() and not (site.content / "articles" / "ferry.md").exists()
    assert not list(site.output.rglob("*ferry-timetable*"))
    assert "Ferry timetable" not in (site.output / "index.html").read_text(encoding="utf-8")


def test_a_published_story_made_a_draft_leaves_the_site_and_keeps_its_url(built, tmp_path):
    site = built[0].copy_to(tmp_path / "site")
    story = site.content / "articles" / "pier.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Lang: en", "Status: draft"), encoding="utf-8")
    site.build()
    assert not (site.output / "2026" / "05" / "pier-delay").exists()
    story.write_text(story.read_text(encoding="utf-8").replace("Status: draft", "Status: published"), encoding="utf-8")
    site.build()
    assert (site.output / "2026" / "05" / "pier-delay" / "index.html").exists()


def test_a_changed_slug_is_reported_and_the_url_stays(built, tmp_path):
    site = built[0].copy_to(tmp_path / "site")
    story = site.content / "articles" / "pier.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Slug: pier-delay", "Slug: pier-late"), encoding="utf-8")
    log = site.build()
    assert "asks for the slug 'pier-late'; it was published as 'pier-delay', which stays" in log.stdout + log.stderr
    assert (site.output / "2026" / "05" / "pier-delay" / "index.html").exists()


def test_a_byline_naming_the_sites_own_author_is_shown_and_pelicans_default_author_never(tmp_path):
    site = SiteFolders(tmp_path)  # AUTHOR = "newsarchive" (pelicanconf.py): a personal blog's posts name their owner
    site.add_article("pier.md", PIER.replace("Authors: Jane Roe, Tom Ash", "Author: newsarchive\n    Source: Ostvik Courier"))
    site.add_article("2026-05-06-ferry.txt", "Ferry crossings resume after the storm\n\n"
                     "Ferry crossings between Ostvik and Brennport resumed on Tuesday after the storm.\n")
    site.build()
    assert _pier_page(site).select_one(".byline").get_text(strip=True) == "By newsarchive"
    ferry = BeautifulSoup(next(site.output.glob("2026/05/ferry*/index.html")).read_text(encoding="utf-8"), "html.parser")
    assert ferry.select_one(".byline") is None  # Pelican credits AUTHOR to a story naming no one: no byline
    items = etree.fromstring((site.output / "feeds" / "rss.xml").read_bytes()).findall("channel/item")
    creators = {item.findtext("title"): [creator.text for creator in item.findall(f"{{{DC}}}creator")] for item in items}
    assert creators["Ferry crossings resume after the storm"] == [] and ["newsarchive"] in creators.values()
