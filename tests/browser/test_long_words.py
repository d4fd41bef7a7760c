"""A word longer than a phone's screen (a chemical name, a URL, a scraper's glued text) wraps: no page scrolls sideways."""
from __future__ import annotations

import pytest

from sitekit import SiteFolders, serving, write_settings

LONG_WORD = "Supercalifragilisticexpialidociouslyantidisestablishmentarianistically"
STORY = f"""\
    {LONG_WORD} harbour crane inspection ordered

    The harbour board ordered an inspection of the {LONG_WORD} crane on Tuesday, after its operator reported a fault.

    Engineers will check the crane before the ferry season begins, the board said, and the full report is at https://example.org/reports/harbour-board/2026/cranes/annex-b-maps-and-coordinates-of-every-crane-on-the-quay.pdf for anyone who asks.

    The {LONG_WORD} crane has worked on the north quay since 1998.
    """


@pytest.fixture
def long_word_site(browser, tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-crane.txt", STORY)

    def build(url: str) -> None:
        site.settings = write_settings(tmp_path, site.content, site.output, site.inbox, SITEURL=url)
        site.build()

    with serving(site.output, build) as served:
        yield served


def test_pages_with_a_word_longer_than_the_screen_do_not_scroll_sideways_on_a_phone(browser, long_word_site):
    url, output = long_word_site.url, long_word_site.output
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    pages = ["/", "/tags/", "/2026/", "/2026/03/",
             *(f"/{path.parent.relative_to(output).as_posix()}/" for path in output.glob("2026/03/*/index.html"))]
    widths = {}
    for path in pages:
        page.goto(url + path)
        widths[path] = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert len(pages) == 5 and all(overflow <= 0 for overflow in widths.values()), widths
