"""An Arabic story in an English archive reads right to left: on its page and among search results (its first word
at the right, its full stop at the left), while the English page around it stays left to right."""
from __future__ import annotations

import pytest

from sitekit import serving_stories

# Written for this test.
ARABIC = """\
ميناء جديد للصيد

افتتح الوزير ميناء جديدا بتكلفة أربعين مليون دولار.

source site-420
"""
# The horizontal positions of a text's first and last characters, as laid out (the story is short enough for its
# search result's excerpt to hold it whole: it ends with the full stop, which runs to the left of the first word only
# in a line set right to left).
FIRST_AND_LAST = """(element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = []; while (walker.nextNode()) { if (walker.currentNode.textContent.trim()) nodes.push(walker.currentNode); }
    const box = (node, index) => { const range = document.createRange(); range.setStart(node, index);
        range.setEnd(node, index + 1); return range.getBoundingClientRect(); };
    const first = nodes[0], last = nodes[nodes.length - 1];
    const start = first.textContent.search(/\\S/), end = last.textContent.trimEnd().length - 1;
    return [box(first, start).left, box(last, end).left]; }"""


@pytest.fixture
def arabic_site(browser, tmp_path):
    with serving_stories(tmp_path, {"2026-03-02-port.txt": ARABIC}) as served:
        yield served


def test_an_arabic_story_and_its_search_result_run_right_to_left(browser, arabic_site):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    [story] = [path.parent.relative_to(arabic_site.output).as_posix()
               for path in arabic_site.output.glob("2026/03/*/index.html")]
    page.goto(f"{arabic_site.url}/{story}/")
    first, last = page.eval_on_selector(".story-body p", FIRST_AND_LAST)
    assert first > last  # the first word at the right
    assert page.eval_on_selector(".story-dateline", "e => getComputedStyle(e).direction") == "ltr"
    page.goto(f"{arabic_site.url}/search/?q=الوزير")
    page.wait_for_selector(".pagefind-ui__result-excerpt", timeout=15_000)
    first, last = page.eval_on_selector(".pagefind-ui__result-excerpt", FIRST_AND_LAST)
    context.close()
    assert first > last


# Written for this test: a Markdown story with a quote, a list and a table.
ARABIC_MARKDOWN = """\
Title: ما قاله الصيادون عن الميناء الجديد

تحدث الصيادون في مدينة الساحل عن الميناء الجديد يوم الأحد.

> هذا الميناء سيغير حياتنا كلها، قال أحد الصيادين.

- سوق جديد للسمك.
- مخازن للتبريد.

| القارب | العدد |
|---|---|
| صغير | 120 |
"""


def test_an_arabic_storys_quote_list_and_table_start_on_the_right(browser, tmp_path):
    with serving_stories(tmp_path, {"2026-03-03-fishermen.md": ARABIC_MARKDOWN}) as served:
        [story] = [path.parent.relative_to(served.output).as_posix() for path in served.output.glob("2026/03/*/index.html")]
        context = browser.new_context(viewport={"width": 1000, "height": 900})
        page = context.new_page()
        page.goto(f"{served.url}/{story}/")
        sides = page.evaluate("""() => {
            const style = (selector) => getComputedStyle(document.querySelector(selector));
            const body = document.querySelector('.story-body').getBoundingClientRect();
            const list = document.querySelector('.story-body ul').getBoundingClientRect();
            const item = document.querySelector('.story-body li').getBoundingClientRect();
            return {quote: [style('.story-body blockquote').borderRightWidth, style('.story-body blockquote').borderLeftWidth],
                    indent: [Math.round(list.right - item.right) > 0, Math.round(item.left - list.left) > 0],
                    cell: style('.story-body td').textAlign}; }""")
        context.close()
    assert sides["quote"] == ["4px", "0px"]
    assert sides["indent"] == [True, False]  # the list is indented from the right, where its bullets are
    assert sides["cell"] in {"start", "right"}


# Written for this test: three stories of an Arabic site, one a page of its listing.
ARABIC_SITE_STORIES = {f"2026-03-0{day}-port-{day}.txt": ARABIC.replace("ميناء جديد للصيد", f"ميناء جديد للصيد رقم {day}")
                       for day in (2, 3, 4)}
# Where an element's box and its text's line stand (the text of its first and last characters, as laid out).
SIDES = """(element) => {
    const box = element.getBoundingClientRect(), range = document.createRange();
    range.selectNodeContents(element); const text = range.getBoundingClientRect();
    const parent = element.parentElement.getBoundingClientRect();
    return {box: [box.left, box.right], text: [text.left, text.right], parent: [parent.left, parent.right]}; }"""


def test_a_right_to_left_sites_chrome_is_mirrored(browser, tmp_path):
    """A site whose DEFAULT_LANG is Arabic ran right to left (e214796), but its chrome's sides were written left and
    right: the listing's 'Older stories' stood beside 'Newer stories' at the right instead of at the far end, and the
    newer story's link was aligned to the middle of the page. Each now stands at the end of the line, the left."""
    with serving_stories(tmp_path, ARABIC_SITE_STORIES, DEFAULT_LANG="ar", DEFAULT_PAGINATION=1) as served:
        context = browser.new_context(viewport={"width": 1000, "height": 900})
        page = context.new_page()
        page.goto(f"{served.url}/")
        older = page.eval_on_selector('.page-step[rel="next"]', SIDES)
        [middle] = [path.parent.relative_to(served.output).as_posix()
                    for path in served.output.glob("2026/03/*/index.html") if "3" in path.parent.name]
        page.goto(f"{served.url}/{middle}/")
        newer = page.eval_on_selector(".story-nav-newer .story-nav-title", SIDES)
        context.close()
    parent_middle = sum(older["parent"]) / 2
    assert older["box"][1] < parent_middle  # at the far end of its row: the left
    assert newer["text"][0] - newer["box"][0] < 2 < newer["box"][1] - newer["text"][1]  # its text at the box's end
