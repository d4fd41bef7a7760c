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


def _related_story(family: str, number: int) -> str:
    return (f"Title: {family} update number {number}\nDate: 2026-06-{number + (10 if family == 'Tram' else 1):02d} 09:00\n"
            f"Tags: {family} works, {family} budget\n\n"
            f"The {family.lower()} works entered week {number} with crews on site, the council said.\n")


@pytest.fixture(scope="module")
def related_site(chromium_path, tmp_path_factory):
    """Five stories of one subject (four related stories each, the usual number) and four of another (three)."""
    site = SiteFolders(tmp_path_factory.mktemp("related"))
    for family, count in (("Harbour", 5), ("Tram", 4)):
        for number in range(1, count + 1):
            site.add_article(f"2026-06-{family.lower()}-{number}.md", _related_story(family, number))
    with serving(site.output, lambda url: site.build()) as served:
        yield served


@pytest.mark.parametrize(("family", "related"), [("harbour", 4), ("tram", 3)])
def test_related_stories_leave_no_story_alone_on_a_last_row(browser, related_site, family, related):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    story = next(p for p in related_site.output.glob("2026/06/*/index.html") if p.parent.name.startswith(family))
    page.goto(f"{related_site.url}/{story.parent.relative_to(related_site.output).as_posix()}/")
    rows = page.evaluate("""() => { const rows = {};
        for (const li of document.querySelectorAll('.related-list li')) {
            const top = Math.round(li.getBoundingClientRect().top); rows[top] = (rows[top] || 0) + 1; }
        return Object.keys(rows).map(Number).sort((a, b) => a - b).map(top => rows[top]); }""")
    context.close()
    assert sum(rows) == related
    assert rows[-1] == rows[0], rows  # 4 stories in rows of 3 left the fourth alone under them
