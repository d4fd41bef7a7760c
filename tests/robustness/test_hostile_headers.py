"""End to end: Markdown header fields written to break the site (markup, tags that make no page address or
the same one). Every hostile text here is written for these tests. Pages are parsed with BeautifulSoup, the
feeds with feedparser."""
from __future__ import annotations

import feedparser
import pytest
from bs4 import BeautifulSoup

from robust_kit import GOOD_PARAGRAPHS, Site, dedent

pytestmark = pytest.mark.slow

MARKUP_TAGS = dedent("""
    Title: Pier repairs approved after storm damage
    Date: 2026-05-04 18:00
    Category: <svg onload=alert(1)>
    Tags: Bold, <b onmouseover=alert(1)>bold</b>, Harbour, <i></i>, Pier's future, Piers future

    """) + "\n\n".join(GOOD_PARAGRAPHS) + "\n"


def test_a_tag_that_makes_no_page_address_or_another_tags_is_left_out_and_reported_naming_the_file(tmp_path):
    site = Site(tmp_path)
    site.put("markup tags.md", MARKUP_TAGS)
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Unable to generate valid slug" not in result.stderr  # Pelican's warning names no file
    notes = [line for line in result.stderr.splitlines() if "markup tags.md" in line and "<svg onload" in line]
    assert len(notes) == 1 and "tag" in notes[0], result.stderr[-3000:]
    [page] = site.article_pages()
    links = [a["href"] for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
             .select(".story-tags a")]
    assert links and all(link.rstrip("/").rsplit("/", 1)[-1] for link in links), links
    assert len(links) == len(set(links)), links  # one link per tag page
    entry = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes()).entries[0]
    terms = [tag.term for tag in entry.tags]
    assert "<svg onload=alert(1)>" not in terms and len(terms) == len(links), terms
