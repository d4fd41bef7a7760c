"""End to end: character references in scraped text ("caf&#233;", "&#163;8m") are shown decoded everywhere.

The body's Markdown always decoded them; the headline, summary, tags, URL and feed
showed them as written. Pages are parsed with BeautifulSoup, the feed with feedparser.
"""
from __future__ import annotations

import re

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

STORIES = {
    "2026-03-02-pier.txt": """\
        Harbour board approves &#163;8m pier repair

        The harbour board in Ostvik voted on Tuesday to spend &#163;8m on the old pier, which the caf&#233; owners on the quay have wanted mended since the winter storm.

        Work starts in May. The board said the caf&#233; terrace will stay open while the pier is closed.
        """,
    "2026-03-03-beziers.txt": """\
        B&#233;ziers ferry link to reopen

        The ferry link between Ostvik and B&#233;ziers will reopen in June, the harbour board said, after two years without a crossing.

        Traders in B&#233;ziers said the crossing brought most of their summer visitors. The first sailing from B&#233;ziers is planned for the first Saturday in June.
        """,
    "2026-03-04-escaped-markup.txt": """\
        &lt;script&gt;alert(1)&lt;/script&gt; Ferry fares rise

        Ferry fares between Ostvik and B&#233;ziers will rise by &#163;2 in April, the operator said on Monday, citing the cost of fuel.

        The harbour board said it would review the fares after the summer.
        """,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> SiteFolders:
    site = SiteFolders(tmp_path_factory.mktemp("references"))
    for name, text in STORIES.items():
        site.add_article(name, text)
    site.build()
    return site


def _soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _story_pages(site: SiteFolders) -> dict[str, BeautifulSoup]:
    return {page.parent.name: _soup(page) for page in site.output.glob("2026/03/*/index.html")}


def test_headlines_are_decoded_and_their_urls_made_from_the_decoded_text(built):
    pages = _story_pages(built)
    headlines = {slug: soup.find("h1").get_text() for slug, soup in pages.items()}
    assert set(headlines.values()) == {"Harbour board approves £8m pier repair", "Béziers ferry link to reopen",
                                       "<script>alert(1)</script> Ferry fares rise"}
    assert not any("163" in slug or "233" in slug for slug in headlines), headlines


def test_no_page_shows_a_reference_as_written(built):
    for page in built.output.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        soup = _soup(page)
        for element in soup.find_all(["script", "style"]):
            element.decompose()
        visible = soup.get_text() + " ".join(str(meta.get("content", "")) for meta in soup.find_all("meta"))
        assert "&#" not in visible and "&lt;" not in visible, page


def test_a_decoded_script_tag_stays_text(built):
    page = next(soup for soup in _story_pages(built).values() if "Ferry fares rise" in soup.find("h1").get_text())
    scripts = page.find_all("script")
    assert not [script for script in scripts if "alert(1)" in script.get_text() and script.get("type") != "application/ld+json"]
    structured = [script.string for script in scripts if script.get("type") == "application/ld+json"]
    assert structured and all("<" not in text for text in structured)  # the headline's "<" is \u003c in JSON
    assert page.find("h1").find("script") is None


def test_listing_summaries_and_tags_are_decoded(built):
    home = _soup(built.output / "index.html")
    summaries = " ".join(element.get_text() for element in home.select(".summary"))
    assert "£8m" in summaries and "café" in summaries
    tag_names = {link.get_text(strip=True) for link in _soup(built.output / "tags" / "index.html").select("a[href*='/tag/']")}
    assert "Béziers" in tag_names, tag_names
    assert not any("&#" in name for name in tag_names)


def test_the_feed_carries_decoded_titles(built):
    feed = feedparser.parse((built.output / "feeds" / "rss.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    titles = {entry.title for entry in feed.entries}
    assert "Harbour board approves £8m pier repair" in titles and "Béziers ferry link to reopen" in titles
    assert "<script>alert(1)</script> Ferry fares rise" in titles


REFERENCES_TO_CONTROLS = "&#12;&#x202E;&#8238;&#x2066;&#x85;&#1;"  # a form feed, bidi overrides, an isolate, controls


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_reference_to_a_control_or_bidi_character_is_shown_as_a_raw_one_is_never(tmp_path, suffix):
    """Raw control and bidi override characters are dropped when a file is read (a form feed breaks XML, an
    override reverses the text after it): written as references, in a headline with inline markup, a summary or
    the body, they reached every page and feed once decoded."""
    site = SiteFolders(tmp_path)
    header = f"Title: Pier *repair* {REFERENCES_TO_CONTROLS}gnp.exe approved\nSummary: Work [starts] {REFERENCES_TO_CONTROLS}in May\n\n"
    site.add_article("2026-03-02-pier" + suffix, (header if suffix == ".md" else "") + f"""\
        Pier *repair* {REFERENCES_TO_CONTROLS}gnp.exe approved

        The harbour board in Ostvik voted on Tuesday to spend a million on the old pier, mended since the storm.

        Work *starts* {REFERENCES_TO_CONTROLS}in May, the board said, and the quay stays open meanwhile.
        """)
    site.build()
    unwanted = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    written = [path for path in site.output.rglob("*") if path.suffix in {".html", ".xml", ".json"}
               and "pagefind" not in path.parts]
    assert written and not [path for path in written if unwanted.search(path.read_text(encoding="utf-8"))]
    [page] = site.output.glob("2026/03/*/index.html")
    assert "gnp.exe approved" in _soup(page).find("h1").get_text()
    assert not feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes()).bozo


def test_a_markdown_headers_tags_and_category_are_decoded_as_its_headline_and_byline_are(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-05-cafes.md", """\
        Title: Caf&#233; owners back the pier plan
        Category: Sp&#233;cial
        Tags: caf&#233; owners, AT&amp;T, B&#233;ziers&#44; south, pier
        Authors: Zo&#235; Lee

        The caf&#233; owners on the quay said on Monday that they backed the harbour board's plan to mend the pier.

        The board will vote on the plan in May, after a public meeting in the town library.
        """)
    site.build()
    [page] = site.output.glob("2026/03/*/index.html")
    soup = _soup(page)
    tags = [link.get_text(strip=True) for link in soup.select(".story-tags a")]
    assert tags == ["Spécial", "café owners", "AT&T", "Béziers, south", "pier"], tags
    assert soup.select_one(".kicker").get_text(strip=True) == "Spécial"
    entry = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes()).entries[0]
    assert [tag.term for tag in entry.tags] == tags
