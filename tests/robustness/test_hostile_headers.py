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


def test_a_tag_hundreds_of_letters_long_gets_a_page_at_an_address_of_bounded_length(tmp_path):
    """A tag's page is a folder named by its slug: a Tags: line or a tags table naming a tag of 300 letters
    stopped the build ('File name too long')."""
    site = Site(tmp_path)
    site.put("long tags.md", f"Title: Ferry fares rise in May\nTags: {'Harbour ' * 40}, {'x' * 300}\n\n"
             + "\n\n".join(GOOD_PARAGRAPHS) + "\n")
    site.put("pinned.txt", "Night buses return to the town\n\n" + "\n\n".join(GOOD_PARAGRAPHS) + "\n", folder="content")
    (site.content / "newsarchive-tags.tsv").write_text("articles/pinned.txt\t+" + "Pier " * 60 + "\n", encoding="utf-8")
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    for page in site.article_pages():
        for link in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(".story-tags a"):
            slug = link["href"].strip("/").rsplit("/", 1)[-1]
            assert 0 < len(slug) <= 80 and (site.output / "tag" / slug / "index.html").is_file(), link["href"]
            assert (site.output / "tag" / slug / "feed.xml").is_file()
    assert len(list((site.output / "tag").iterdir())) > 3
