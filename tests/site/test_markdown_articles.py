"""End to end: a Markdown article's wrapped paragraphs, emphasis and links reach the page as Markdown means them.

Pages are parsed with BeautifulSoup, the feed with feedparser.
"""
from __future__ import annotations

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

BUDGET = """\
    Title: Ostvik council passes the harbour budget
    Date: 2026-05-04 18:00
    Source: Ostvik Courier

    The council **approved** the [harbour budget](https://example.org/budget) on *Monday* after a long
    debate that ran late into the evening, officials said.

    ## What changes

    - Ferry fares fall in June for students and pensioners, the harbour board
      said in a statement.
    - Parking at the quay rises by `50p` an hour.

    ### Students first

    Students travel free on the first ferry of the day from June, the board added.

    A [suspicious link](javascript:alert('PWNED')) and <b>raw markup</b> stay text.

    Sign up to our free morning briefing newsletter
    Comments
    """
FERRY = """\
    Ferry crossings to Brennport resume after the storm

    Ferry crossings between Ostvik and Brennport resumed on Tuesday after the storm that closed the harbour for a week.

    The harbour board said the pier and the ferry were both undamaged.
    """


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> SiteFolders:
    site = SiteFolders(tmp_path_factory.mktemp("markdown"))
    site.add_article("2026-05-04-budget.md", BUDGET)
    site.add_article("2026-05-05-ferry.txt", FERRY)
    site.build()
    return site


def _budget_page(site: SiteFolders) -> BeautifulSoup:
    page = next(site.output.glob("2026/05/*budget*/index.html"))
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_the_wrapped_paragraph_is_one_paragraph_with_its_emphasis_and_link(built):
    story = _budget_page(built).select_one(".story-body")
    paragraphs = [p for p in story.find_all("p") if "approved" in p.get_text()]
    assert len(paragraphs) == 1
    paragraph = paragraphs[0]
    assert paragraph.get_text(" ", strip=True).endswith("after a long debate that ran late into the evening, officials said.")
    assert paragraph.find("strong").get_text() == "approved" and paragraph.find("em").get_text() == "Monday"
    assert paragraph.find("a", href="https://example.org/budget").get_text() == "harbour budget"
    assert [(h.name, h.get_text()) for h in story.find_all(["h1", "h2", "h3"])] == [("h2", "What changes"), ("h3", "Students first")]
    items = [li.get_text(" ", strip=True) for li in story.select("ul li")]
    assert items[0] == "Ferry fares fall in June for students and pensioners, the harbour board said in a statement."
    assert story.select_one("ul li code").get_text() == "50p"


def test_unsafe_links_and_raw_html_stay_text_and_boilerplate_is_removed(built):
    story = _budget_page(built).select_one(".story-body")
    assert not story.find("a", href=lambda href: href and href.lower().startswith("javascript"))
    assert story.find("b") is None and "<b>raw markup</b>" in story.get_text()
    text = story.get_text()
    assert "newsletter" not in text and "Comments" not in text


def test_the_summary_is_the_text_a_reader_sees(built):
    home = BeautifulSoup((built.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    summaries = [element.get_text() for element in home.select(".summary")]
    budget = next(summary for summary in summaries if "approved" in summary)
    assert "**" not in budget and "](" not in budget and "The council approved the harbour budget on Monday" in budget
    feed = feedparser.parse((built.output / "feeds" / "rss.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    entry = next(entry for entry in feed.entries if entry.title == "Ostvik council passes the harbour budget")
    assert "**" not in entry.summary
