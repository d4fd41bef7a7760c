"""Details of the theme a reader sees in headless Chromium: spacing, alignment and print, measured on the page."""
from __future__ import annotations

import pytest

from sitekit import SiteFolders, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUOTED_STORY = """\
    Title: Harbour board apologises for crane collapse
    Date: 2026-03-02 10:00

    The harbour board published its report on the collapse of crane 7 on Monday.

    > "We failed the people who work on that quay," the board's chair wrote in her foreword. "Every crane will be
    > inspected before the ferry season, and the inspections will be published."

    The report found a cracked weld at the base of the boom.
    """

# A zero-sized inline-block sits on the baseline of the text it is put in: its top is that baseline.
BASELINE = """(el) => { const mark = document.createElement('span');
    mark.style.cssText = 'display:inline-block;width:0;height:0'; el.appendChild(mark);
    const y = mark.getBoundingClientRect().top; mark.remove(); return y; }"""


@pytest.fixture(scope="module")
def quoted_site(chromium_path, tmp_path_factory):
    site = SiteFolders(tmp_path_factory.mktemp("quoted"))
    site.add_article("2026-03-02-crane.md", QUOTED_STORY)
    with serving(site.output, lambda url: site.build()) as served:
        yield served


def test_a_quotes_rule_ends_with_its_last_line(page, quoted_site):
    page.goto(quoted_site.url + next(f"/{p.parent.relative_to(quoted_site.output).as_posix()}/"
                                     for p in quoted_site.output.glob("2026/03/*/index.html")))
    above, below = page.evaluate("""() => { const quote = document.querySelector('.story-body blockquote').getBoundingClientRect();
        const lines = [...document.querySelectorAll('.story-body blockquote p')].map(p => p.getBoundingClientRect());
        return [lines[0].top - quote.top, quote.bottom - lines[lines.length - 1].bottom]; }""")
    assert abs(below - above) <= 2, f"{below:.1f} px of rule below the quote's text, {above:.1f} px above"


def test_an_older_page_of_stories_keeps_its_note_apart_from_its_first_headline(page, served_site):
    page.goto(f"{served_site.url}/page/1/")
    gap = page.evaluate("""() => document.querySelector('.card-title').getBoundingClientRect().top
        - document.querySelector('.front-heading + .listing-meta').getBoundingClientRect().bottom""")
    assert gap >= 12, f"the headline starts {gap:.1f} px under the note about page numbers"


def test_the_archives_story_counts_sit_on_the_line_of_their_month(page, served_site):
    page.goto(f"{served_site.url}/archives/")
    rows = page.locator(".archive-months li")
    assert rows.count() >= 2
    offsets = [abs(row.locator("a").evaluate(BASELINE) - row.locator(".count").evaluate(BASELINE))
               for row in rows.all()]
    assert max(offsets) <= 0.5, offsets


def test_printed_tags_stay_apart(page, served_site):
    page.goto(f"{served_site.url}/")
    page.goto(page.locator("main .card-title a").first.get_attribute("href"))
    page.emulate_media(media="print")
    edges = page.locator(".story-tags .tag-list a").evaluate_all(
        "links => links.map(a => { const s = getComputedStyle(a); return [s.borderTopStyle, parseFloat(s.borderTopWidth)]; })")
    # backgrounds are not printed: without an edge, "Osel river Helga Brandvold Geneva" reads as one tag
    assert len(edges) >= 2 and all(style != "none" and width > 0 for style, width in edges), edges


def test_a_printed_story_gives_its_address_and_the_screen_does_not(page, served_site):
    page.goto(f"{served_site.url}/")
    page.goto(page.locator("main .card-title a").first.get_attribute("href"))
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    address = page.locator("main .print-address")
    assert not address.is_visible()  # on screen the address bar says it
    page.emulate_media(media="print")
    assert address.is_visible() and address.inner_text() == canonical
