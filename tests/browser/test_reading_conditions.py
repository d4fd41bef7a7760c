"""The site read under other conditions than a desktop mouse: a 320 px screen, the keyboard alone, a screen
reader's announcements, forced colours and paper, in headless Chromium."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NARROW = {"width": 320, "height": 700}  # WCAG's reflow width (a 1280 px screen at 400 %)

# The words of the elements matched by a selector that the line breaks cut in two ("Searc|h").
SPLIT_WORDS = r"""(selector) => { const split = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) split.push(word[0]);
      } } }
  return split; }"""


@pytest.mark.parametrize("path", ["/", "/404.html"])
def test_no_button_or_menu_word_breaks_on_a_320_px_screen(browser, served_site, path):
    context = browser.new_context(viewport=NARROW)
    opened = context.new_page()
    opened.goto(served_site.url + path)
    split = opened.evaluate(SPLIT_WORDS, "button, .site-nav a")
    context.close()
    assert split == [], f"words broken over two lines at 320 px: {split}"


# The live regions of the page as it loads: a screen reader announces changes only to a region it already knew.
MARK_LIVE_REGIONS = """() => document.querySelectorAll('[role=status], [role=alert], [aria-live]')
    .forEach(region => region.setAttribute('data-live-at-load', ''))"""


def test_the_number_of_results_is_announced_to_a_screen_reader(page, served_site):
    page.goto(f"{served_site.url}/search/")
    box = page.locator("#search input")
    box.wait_for()
    page.evaluate(MARK_LIVE_REGIONS)
    box.focus()
    page.keyboard.type("harbour")
    page.locator(".pagefind-ui__message", has_text="harbour").wait_for()
    # the message as it settles (a loaded machine showed one for a shorter query first): a region present at load
    # ends up saying what the page then shows
    page.wait_for_function("""() => {
        const message = document.querySelector('.pagefind-ui__message');
        const shown = message ? message.textContent.trim() : '';
        return shown.includes('harbour') && [...document.querySelectorAll('[data-live-at-load]')]
            .some(region => region.textContent.trim() === shown);
    }""", timeout=10_000)


def test_the_last_load_more_leaves_the_focus_on_the_stories_it_loaded(page, served_site):
    page.goto(f"{served_site.url}/search/?q=said")  # a word of every sample story: more than one batch of results
    more = page.locator(".pagefind-ui__button")
    more.wait_for()
    for _ in range(20):
        if more.count() == 0:
            break
        shown = page.locator(".pagefind-ui__result").count()
        more.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("(shown) => document.querySelectorAll('.pagefind-ui__result a[href]').length > shown",
                               arg=shown)
        page.wait_for_timeout(200)
    assert more.count() == 0
    focused = page.evaluate("""() => { const results = [...document.querySelectorAll('.pagefind-ui__result')];
        return [results.findIndex(result => result.contains(document.activeElement)), document.activeElement.tagName]; }""")
    assert focused == [shown, "A"], f"after the last batch the focus is on {focused} (the first new story: {shown})"


# Whether an element's edges show in its computed colours, forced ones included: a line drawn in the page's own colour
# (or transparent, which forced colours do not keep) is no mark. Keyed by edge: top, right, bottom, left.
EDGES = """(el) => { const style = getComputedStyle(el), page = getComputedStyle(document.body).backgroundColor;
    return Object.fromEntries(['Top', 'Right', 'Bottom', 'Left'].map(side => [side.toLowerCase(),
        style['border' + side + 'Style'] !== 'none' && parseFloat(style['border' + side + 'Width']) > 0
        && !['transparent', 'rgba(0, 0, 0, 0)', page].includes(style['border' + side + 'Color'])])); }"""


@pytest.fixture
def forced_colours(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, forced_colors="active")
    opened = context.new_page()
    yield opened
    context.close()


def test_forced_colours_keep_the_menus_mark_on_its_current_item_only(forced_colours, served_site):
    forced_colours.goto(f"{served_site.url}/tags/")
    marked = {link.inner_text(): link.evaluate(EDGES)["bottom"] for link in forced_colours.locator(".site-nav a").all()}
    assert marked["Tags"] and not any(mark for name, mark in marked.items() if name != "Tags"), marked


def test_forced_colours_keep_the_current_page_number_apart(forced_colours, served_site):
    forced_colours.goto(f"{served_site.url}/page/1/")
    fills = forced_colours.locator(".page-numbers a").evaluate_all(
        "links => links.map(a => [a.getAttribute('aria-current'), getComputedStyle(a).backgroundColor])")
    page_colour = forced_colours.evaluate("getComputedStyle(document.body).backgroundColor")
    filled = {current: fill not in (page_colour, "rgba(0, 0, 0, 0)") and not fill.endswith(", 0)")
              for current, fill in fills}
    assert filled == {"page": True, None: False}, fills
    gaps = forced_colours.locator(".page-numbers .gap").evaluate_all(f"gaps => gaps.map({EDGES})")
    assert not any(any(gap.values()) for gap in gaps), f"a gap between page numbers is drawn as a box: {gaps}"


def test_forced_colours_draw_each_tags_edge(forced_colours, served_site):
    forced_colours.goto(f"{served_site.url}/")
    edges = forced_colours.locator("main .tag-list a").evaluate_all(f"links => links.map({EDGES})")
    # without its background a tag is bare text: "Tomasz Hale independent councillor" reads as one tag
    assert edges and all(all(edge.values()) for edge in edges), edges[:3]


def test_a_printed_search_gives_its_results_without_its_controls(page, served_site):
    page.goto(f"{served_site.url}/search/?q=harbour")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    page.emulate_media(media="print")
    assert page.locator(".pagefind-ui__message").is_visible()  # "7 results for harbour": the words searched for
    assert page.locator(".pagefind-ui__result-link").first.is_visible(), "the search prints no results"
    controls = ["#search input", ".pagefind-ui__search-clear", ".pagefind-ui__filter-panel"]
    assert [selector for selector in controls if page.locator(selector).first.is_visible()] == []


def accessible_link_names(page) -> list[str]:
    """The names of the page's links in Chromium's own accessibility tree, what a screen reader is given."""
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
    return [node["name"]["value"] for node in tree["nodes"]
            if node.get("role", {}).get("value") == "link" and node.get("name", {}).get("value")]


def test_a_search_results_links_to_sections_are_named_without_the_arrow_drawn_before_them(page, served_site):
    page.goto(f"{served_site.url}/search/?q=harbour")  # the word is under subheadings of sample stories
    sections = page.locator(".pagefind-ui__result-nested a")
    sections.first.wait_for()
    shown = {text.strip() for text in sections.all_inner_texts()}  # a section's heading, as the page shows it
    named = set(accessible_link_names(page))
    assert shown - named == set(), f"named otherwise: {sorted(n for n in named - shown if any(n.endswith(s) for s in shown))}"


@pytest.mark.parametrize("media", ["screen", "print"])
def test_the_words_found_stand_out_from_the_excerpt_by_more_than_a_tint(page, served_site, media):
    page.goto(f"{served_site.url}/search/?q=harbour")
    mark = page.locator(".pagefind-ui__result-excerpt mark").first
    mark.wait_for()
    page.emulate_media(media=media)  # paper drops backgrounds: a tint alone marks nothing there
    weights = mark.evaluate("m => [getComputedStyle(m).fontWeight, getComputedStyle(m.parentElement).fontWeight]")
    decoration = mark.evaluate("m => getComputedStyle(m).textDecorationLine")
    assert int(weights[0]) >= int(weights[1]) + 200 or decoration != "none", (weights, decoration)


def test_a_years_page_names_each_months_link_with_its_year(page, served_site):
    page.goto(f"{served_site.url}/archives/")
    page.goto(page.locator(".archive-year-heading a").first.get_attribute("href"))
    year = page.locator("h1").inner_text().strip()
    months = page.locator(".archive-heading a").evaluate_all("links => links.map(a => a.firstChild.textContent.trim())")
    names = set(accessible_link_names(page))
    # a screen reader's list of links shows "April", "March"… on their own: which year's?
    assert months and [month for month in months if f"{month} {year}" not in names] == [], sorted(names)[:12]
    # and the heading reads "April 2026 3 stories" (a hidden " 2026" ending the link ate the space after it: "20263")
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
    headings = [node["name"]["value"] for node in tree["nodes"] if node.get("role", {}).get("value") == "heading"]
    counted = page.locator(".archive-heading .count").all_inner_texts()
    wanted = [f"{month} {year} {count.split()[0]} " for month, count in zip(months, counted)]
    assert [start for start in wanted if not any(heading.startswith(start) for heading in headings)] == [], headings


# Each shown link's words as the page shows them (text hidden from the eye left out; a link in a closed <details> is not
# shown) and as Chromium names it.
SHOWN_AND_NAMED = """(links) => links.filter(a => a.checkVisibility()).map(a => { const shown = a.cloneNode(true);
    shown.querySelectorAll('.vh, [aria-hidden=true]').forEach(hidden => hidden.remove());
    return [shown.textContent.replace(/\\s+/g, ' ').trim(), a.getAttribute('href')]; })"""


@pytest.mark.parametrize("path", ["/tags/", "/archives/"])
def test_a_links_name_holds_the_words_it_shows(page, served_site, path):
    # speech control: a reader says the words on screen ("Follow this tag by RSS") and the link must answer to them
    page.goto(f"{served_site.url}{path}")
    page.goto(page.locator("main a").first.get_attribute("href"))  # the busiest tag, the newest year
    shown = [text for text, _ in page.locator("main a").evaluate_all(SHOWN_AND_NAMED) if text]
    names = [name.lower() for name in accessible_link_names(page)]
    assert [text for text in shown if not any(text.lower() in name for name in names)] == []


def landmarks(page) -> list[str]:
    """The landmarks of Chromium's accessibility tree, by role and name: a screen reader's list of them."""
    roles = {"banner", "navigation", "main", "contentinfo", "complementary", "search", "region", "form"}
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
    return [f"{node['role']['value']} {node.get('name', {}).get('value', '')}".strip() for node in tree["nodes"]
            if node.get("role", {}).get("value") in roles and not node.get("ignored")]


@pytest.mark.parametrize("which", ["archives", "year", "month"])
def test_the_date_archives_landmarks_do_not_grow_with_the_archive(page, served_site, which):
    page.goto(f"{served_site.url}/archives/")
    if which != "archives":
        page.goto(page.locator(".archive-year-heading a" if which == "year" else ".archive-months a").first
                  .get_attribute("href"))
    regions = [landmark for landmark in landmarks(page) if landmark.startswith("region")]
    assert regions == [], f"one landmark per year, month or day: {regions}"


def test_the_search_pages_title_names_the_words_searched_for(page, served_site):
    page.goto(f"{served_site.url}/search/?q=harbour")  # as the masthead's box sends a reader here
    page.locator(".pagefind-ui__result-link").first.wait_for()
    assert page.title().startswith("harbour · Search"), page.title()
    page.locator(".pagefind-ui__search-input").fill("ceasefire")
    page.wait_for_function("() => document.title.startsWith('ceasefire · Search')", timeout=3000)
    page.locator(".pagefind-ui__search-input").fill("")
    page.wait_for_function("() => document.title.startsWith('Search')", timeout=3000)


@pytest.mark.parametrize("which", ["home", "article", "archives"])
def test_a_phone_set_to_large_type_never_scrolls_sideways(browser, served_site, which):
    # a reader's default text size of 32 px (the browser's "font size" setting, Android's font scale of 200 %)
    context = browser.new_context(viewport={"width": 375, "height": 800})
    opened = context.new_page()
    opened.goto(f"{served_site.url}/{'archives/' if which == 'archives' else ''}")
    if which == "article":
        opened.goto(opened.locator("main .card-title a").first.get_attribute("href"))
    opened.add_style_tag(content="html { font-size: 200% !important; }")
    wide = opened.evaluate("""() => { const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > width + 1)
            .map(el => el.tagName.toLowerCase() + '.' + el.className).slice(0, 4); }""")
    overflow = opened.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0, f"{overflow} px sideways, past the screen: {wide}"
