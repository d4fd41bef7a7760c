"""End to end: the source names table shows publications, not the scraper's site ids, on pages and in feeds."""
from __future__ import annotations

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

STORY = """\
    Harbour board approves pier repair

    The harbour board in Ostvik voted on Tuesday to spend eight million on the old pier, which traders on the quay have wanted mended since the winter storm.

    Work starts in May, and the board said the pier will reopen before the summer season begins.

    source site-{number}
    """


def test_sources_named_in_the_table_are_shown_by_name_and_a_bad_line_is_reported(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-pier.txt", STORY.format(number=64))
    site.add_article("2026-03-03-pier-again.txt", STORY.format(number=7).replace("eight", "nine"))
    (site.content / "newsarchive-sources.tsv").write_text("# ids and names\nsite-64\tOstvik Gazette\nno tab here\n",
                                                         encoding="utf-8")
    result = site.build()
    assert "newsarchive-sources.tsv, line 3:" in result.stderr
    shown = {BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(".source").get_text()
             for page in site.output.glob("2026/03/*/index.html")}
    assert shown == {"Ostvik Gazette", "site-7"}
    feed = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes())
    assert {entry.get("author") for entry in feed.entries} == {"Ostvik Gazette", "site-7"}
