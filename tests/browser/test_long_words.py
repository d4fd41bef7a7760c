"""A word longer than a phone's screen (a chemical name, a URL, a scraper's glued text) wraps: no page scrolls sideways."""
from __future__ import annotations

import pytest

from sitekit import SiteFolders, serving, serving_stories

LONG_WORD = "Supercalifragilisticexpialidociouslyantidisestablishmentarianistically"
STORY = f"""\
    {LONG_WORD} harbour crane inspection ordered

    The harbour board ordered an inspection of the {LONG_WORD} crane on Tuesday, after its operator reported a fault.

    Engineers will check the crane before the ferry season begins, the board said, and the full report is at https://example.org/reports/harbour-board/2026/cranes/annex-b-maps-and-coordinates-of-every-crane-on-the-quay.pdf for anyone who asks.

    The {LONG_WORD} crane has worked on the north quay since 1998.
    """


@pytest.fixture
def long_word_site(browser, tmp_path):
    with serving_stories(tmp_path, {"2026-03-02-crane.txt": STORY}) as served:
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


MARKDOWN_STORY = """\
    Title: Tram delays peak between eight and nine
    Authors: Magdalena Szczepanska-Whitfield, Jonathan Okonkwo-Baptiste, Ines Varga

    Tram delays peaked between eight and nine in the morning, the transport authority said on Monday.

    | Line | Jan | Feb | Mar | Apr | May | Jun | Total delayed |
    |---|---|---|---|---|---|---|---|
    | Harbour Line | 412 | 380 | 2,226 | 31.4% | 299 | 310 | 3,927 |

    ```
    delays = {line: sum(minutes for minutes in by_hour[line] if minutes > threshold_in_minutes) for line in all_the_lines_of_the_network}
    ```
    """
PAGE_TITLES = ("Corrections and complaints policy", "How this archive is made", "About the desk")


def test_a_long_byline_a_wide_table_code_and_a_long_navigation_fit_a_phone(browser, tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-trams.md", MARKDOWN_STORY)
    (site.content / "pages").mkdir()
    for number, title in enumerate(PAGE_TITLES):
        (site.content / "pages" / f"page-{number}.md").write_text(f"Title: {title}\n\nA page of the site.\n", encoding="utf-8")
    with serving(site.output, lambda url: site.build()) as served:
        context = browser.new_context(viewport={"width": 375, "height": 800})
        page = context.new_page()
        page.goto(served.url + next(f"/{p.parent.relative_to(site.output).as_posix()}/" for p in site.output.glob("2026/03/*/index.html")))
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        # every navigation item on one line (none broken inside a word), the scrolling blocks reachable by keyboard
        lines = page.evaluate("() => [...document.querySelectorAll('.site-nav a')].map(a => a.getClientRects().length)")
        focusable = page.evaluate("() => [...document.querySelectorAll('.story-body pre, .story-body table')].map(e => e.tabIndex)")
        cells = page.evaluate("() => [...document.querySelectorAll('.story-body td')].map(td => td.getClientRects()[0].height)")
        context.close()
    assert overflow <= 0
    assert len(lines) == 3 + len(PAGE_TITLES) and set(lines) == {1}
    assert focusable == [0, 0]
    assert max(cells) < 2 * min(cells)  # no cell's figure broken over lines ("2,22/6")
