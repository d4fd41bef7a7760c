"""A search result shows the headline once: its excerpt is taken from the story's text, while the headline's words
still find the story and still count for it, in headless Chromium over Pagefind's index."""
from __future__ import annotations

import re

import pytest

from sitekit import serving_stories

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HEADLINE = "Ferrymaster Quillan retires as Brannock lighthouse goes dark"
STORIES = {
    "2026-04-02-ferrymaster.txt": f"""{HEADLINE}

The keeper of the <north> light handed back his keys on Friday after forty-one years on the rock.

Its lamp will be switched off at midnight, and the coastguard will watch the channel from the harbour instead.
""",
    # a later story that only mentions the lighthouse in its text: found too, but the headline's story counts more
    "2026-04-09-ferry-timetable.txt": """Winter ferry timetable published with two fewer sailings

The ferry company cut two sailings from its winter timetable, citing the cost of fuel.

Passengers asked about the route past the old lighthouse, which the company said it would keep.
""",
    # a story whose word is under a subheading: its section's excerpt is not to open with the subheading either
    "2026-04-12-pontoon.md": """Title: Harbour board approves new pontoon
Date: 2026-04-12 10:00

The harbour board approved a new pontoon for the ferry berth at its meeting on Thursday.

## Quayside traders object

Traders on the quayside said the pontoon would block their deliveries for most of the summer.
""",
}


@pytest.fixture(scope="module")
def excerpt_site(chromium_path, tmp_path_factory):
    with serving_stories(tmp_path_factory.mktemp("excerpts"), STORIES) as served:
        yield served


@pytest.fixture
def search_page(browser, excerpt_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def _phrases(text: str, size: int = 3) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[start:start + size]) for start in range(len(words) - size + 1)}


def test_a_result_s_excerpt_comes_from_the_story_not_its_headline(search_page, excerpt_site):
    search_page.goto(f"{excerpt_site.url}/search/?q=lighthouse")
    results = search_page.locator(".pagefind-ui__result")
    results.nth(1).wait_for()
    excerpts = results.locator(".pagefind-ui__result-excerpt").all_inner_texts()
    titles = results.locator(".pagefind-ui__result-title").all_inner_texts()
    assert len(excerpts) == 2 and HEADLINE in titles, titles
    for title, excerpt in zip(titles, excerpts):
        assert not _phrases(title) & _phrases(excerpt), (title, excerpt)
    # the headline's story holds the word in its headline only: its result shows its text's opening, as text
    opening = excerpts[titles.index(HEADLINE)]
    assert opening.startswith("The keeper of the <north> light handed back his keys"), opening
    assert results.locator(".pagefind-ui__result-excerpt north").count() == 0


def test_a_word_only_in_a_headline_still_finds_its_story_and_a_headline_word_still_ranks_first(search_page, excerpt_site):
    search_page.goto(f"{excerpt_site.url}/search/?q=Quillan")  # in the headline, nowhere in the text
    search_page.locator(".pagefind-ui__result-link").first.wait_for()
    assert search_page.locator(".pagefind-ui__result-title").all_inner_texts() == [HEADLINE]
    scores = search_page.evaluate("""async () => {
        const pagefind = await import(new URL('/pagefind/all/pagefind.js', location.href).href);
        const search = await pagefind.search('lighthouse');
        const found = await Promise.all(search.results.map(async r => [(await r.data()).meta.title, r.score]));
        return Object.fromEntries(found);
    }""")
    assert set(scores) == {HEADLINE, "Winter ferry timetable published with two fewer sailings"}, scores
    assert scores[HEADLINE] > scores["Winter ferry timetable published with two fewer sailings"], scores


def test_a_section_s_excerpt_does_not_repeat_its_subheading(search_page, excerpt_site):
    search_page.goto(f"{excerpt_site.url}/search/?q=quayside")
    nested = search_page.locator(".pagefind-ui__result-nested")
    nested.first.wait_for()
    title = nested.first.locator(".pagefind-ui__result-title").inner_text()
    excerpt = nested.first.locator(".pagefind-ui__result-excerpt")
    assert title == "Quayside traders object"
    assert excerpt.inner_text().startswith("Traders on the quayside said"), excerpt.inner_text()
    assert excerpt.locator("mark").all_inner_texts() == ["quayside"]
