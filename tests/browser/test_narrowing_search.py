"""Narrowing a search on a phone: a filter with many values (the tags of every story found) stays a short list the
reader scrolls, and the results stay near, in headless Chromium."""
from __future__ import annotations

import pytest

from sitekit import SiteFolders, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"width": 375, "height": 812}
STORIES = 3
TAGS_EACH = 25


def _story(number: int) -> str:
    tags = ", ".join(f"Quayside topic {number}-{tag}" for tag in range(TAGS_EACH))
    return (f"Title: Harbour dredging report {number}\nDate: 2026-05-0{number} 09:00\nTags: {tags}\n\n"
            f"The dredging of the harbour mouth will take {number + 2} more weeks, the port authority said.\n\n"
            "Ferries will keep to the western channel until the work is done.\n")


@pytest.fixture(scope="module")
def many_tags_site(chromium_path, tmp_path_factory):
    site = SiteFolders(tmp_path_factory.mktemp("many-tags"))
    for number in range(1, STORIES + 1):
        site.add_article(f"2026-05-0{number}-dredging-{number}.md", _story(number))
    with serving(site.output, lambda _url: site.build()) as served:
        yield served


def test_a_long_tag_filter_is_a_short_scrolling_list_with_the_results_near(browser, many_tags_site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{many_tags_site.url}/search/?q=dredging")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    page.locator(".pagefind-ui__filter-name", has_text="Tag").click()
    labels = page.locator(".pagefind-ui__filter-block[open] .pagefind-ui__filter-label")
    labels.nth(STORIES * TAGS_EACH - 1).wait_for(state="attached", timeout=15_000)
    measured = page.evaluate("""() => {
        const group = document.querySelector('.pagefind-ui__filter-block[open] .pagefind-ui__filter-group');
        const result = document.querySelector('.pagefind-ui__result');
        return {group: group.getBoundingClientRect().height, result: result.getBoundingClientRect().top + scrollY};
    }""")
    last = page.locator(".pagefind-ui__filter-block[open] input[type=checkbox]").last
    last.focus()  # the keyboard reaches the last value, scrolled into the list's view
    last.press("Space")
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result').length === 1", timeout=15_000)
    context.close()
    assert measured["group"] <= PHONE["height"] / 2, measured
    assert measured["result"] <= PHONE["height"] * 1.5, measured  # the first story a short scroll below the filters


@pytest.fixture(scope="module")
def one_story_tag_site(chromium_path, tmp_path_factory):
    """A story tagged "Harbour dredging" and two naming the dredging untagged, one of them only the harbour."""
    site = SiteFolders(tmp_path_factory.mktemp("one-story-tag"))
    site.add_article("2026-05-01-dredging.md", "Title: Dredgers arrive at the port\nTags: Harbour dredging\n\n"
                     "Two dredgers arrived on Monday to begin the harbour dredging the port has waited years for.\n")
    site.add_article("2026-05-09-ferries.md", "Title: Ferry fares to rise in June\nTags: Ferry fares\n\n"
                     "Fares will rise by four per cent, the operator said, blaming the cost of harbour dredging.\n")
    site.add_article("2026-05-12-quay.md", "Title: Quay lights replaced\nTags: Quay lights\n\n"
                     "New lights were fitted along the harbour wall; the dredging barge was moored nearby.\n")
    with serving(site.output, lambda _url: site.build()) as served:
        yield served


def test_a_tag_of_one_story_leads_to_the_stories_that_name_it_untagged(page, one_story_tag_site):
    page.goto(f"{one_story_tag_site.url}/tag/harbour-dredging/")
    assert page.locator("main .card-title a").all_inner_texts() == ["Dredgers arrive at the port"]
    page.locator("main a", has_text="Search every story for").click()
    page.wait_for_url("**/search/?q=*")
    page.wait_for_function("""() => { const said = /(\\d+) results? for/.exec(
        document.querySelector('.pagefind-ui__message')?.textContent || '');
        return said && document.querySelectorAll('.pagefind-ui__result-link').length === Number(said[1]); }""",
                           timeout=15_000)
    found = sorted(page.locator(".pagefind-ui__result-link").all_inner_texts())
    assert found == ["Dredgers arrive at the port", "Ferry fares to rise in June"]  # the words together, not apart
    assert page.locator("#site-search-q").input_value() == '"Harbour dredging"'


def _settled_results(page) -> int:
    """The number of stories found once the UI has drawn them all (its message and its list agree)."""
    page.wait_for_function("""() => { const said = /(\\d+) results? for/.exec(
        document.querySelector('.pagefind-ui__message')?.textContent || '');
        return said && document.querySelectorAll('.pagefind-ui__result').length === Number(said[1]); }""",
                           timeout=15_000)
    return page.locator(".pagefind-ui__result").count()


def test_a_narrowed_search_is_narrowed_again_at_its_address(page, many_tags_site):
    page.goto(f"{many_tags_site.url}/search/?q=dredging")
    assert _settled_results(page) == STORIES
    page.locator(".pagefind-ui__filter-name", has_text="Tag").click()
    page.locator(".pagefind-ui__filter-label", has_text="Quayside topic 2-7").click()
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result').length === 1", timeout=15_000)
    address = page.url
    assert "tag=Quayside" in address
    page.goto(f"{many_tags_site.url}/")  # a story or another page, then back to the search's address
    page.goto(address)
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result').length === 1", timeout=15_000)
    assert page.locator(".pagefind-ui__result-link").inner_text() == "Harbour dredging report 2"
    assert page.locator(".pagefind-ui__filter-checkbox:checked").count() == 1


def test_a_filter_in_the_address_that_the_index_does_not_offer_is_left_alone(page, many_tags_site):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{many_tags_site.url}/search/?q=dredging&tag=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&year=1999")
    assert _settled_results(page) == STORIES
    page.wait_for_timeout(500)
    assert page.locator(".pagefind-ui__result").count() == STORIES and dialogs == []
    assert page.locator("#search img").count() == 0
