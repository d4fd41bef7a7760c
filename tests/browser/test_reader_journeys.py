"""A reader in headless Chromium: browse, search, dark mode, keyboard only, small screens."""
from __future__ import annotations

import re
import shutil

import pytest

from sitekit import REPO, run_build, serving, write_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCREENSHOTS = REPO / "docs" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 375, "height": 812}}
ARTICLE_URL = re.compile(r"/\d{4}/\d{2}/[^/]+/$")
MONTH_URL = re.compile(r"/\d{4}/\d{2}/$")


def first_article_url(page, site) -> str:
    page.goto(f"{site.url}/")
    return page.locator("main .card-title a").first.get_attribute("href")


def test_home_article_tag_and_month_archive_link_up(page, served_site):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{served_site.url}/")
    headline = page.locator("main .card-title a").first
    title = headline.inner_text()
    headline.click()
    page.wait_for_url(ARTICLE_URL)
    assert page.locator("h1").inner_text() == title
    tag_link = page.locator(".story-tags a").first
    tag_name = tag_link.inner_text()
    tag_link.click()
    page.wait_for_url(re.compile(r"/tag/[^/]+/$"))
    assert tag_name in page.locator("h1").inner_text()
    assert page.locator("main .card-title a", has_text=title).count() == 1
    page.locator("nav.site-nav a", has_text="Archives").click()
    page.wait_for_url(re.compile(r"/archives/$"))
    page.locator(".archive-months a").first.click()
    page.wait_for_url(MONTH_URL)
    assert page.locator("main a[href*='/20']").count() >= 1
    assert [url for url in requested if not url.startswith(served_site.url)] == []


def test_search_finds_a_story_by_a_word_of_its_headline(page, served_site):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{served_site.url}/")
    title = page.locator("main .card-title a").first.inner_text()
    word = max(re.findall(r"[A-Za-z]{5,}", title), key=len)
    page.fill("#site-search-q", word)
    page.press("#site-search-q", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for()
    assert any(word.lower() in text.lower() for text in results.all_inner_texts()), word
    assert errors == []


def test_dark_mode_changes_the_page_colours(browser, served_site):
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport=VIEWPORTS["desktop"], color_scheme=scheme)
        opened = context.new_page()
        opened.goto(f"{served_site.url}/")
        colours[scheme] = opened.evaluate(
            "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]")
        context.close()
    assert colours["light"][0] != colours["dark"][0], colours
    assert colours["light"][1] != colours["dark"][1], colours


@pytest.mark.parametrize("which", ["home", "article"])
def test_keyboard_alone_reaches_the_search_box_and_every_link(page, served_site, which):
    page.goto(first_article_url(page, served_site) if which == "article" else f"{served_site.url}/")
    targets = page.evaluate("""() => {
        const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const els = [...document.querySelectorAll('a[href], #site-search-q')].filter(visible);
        els.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
        return els.length;
    }""")
    reached, outlines = set(), []
    for _ in range(targets * 2 + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const el = document.activeElement; const s = getComputedStyle(el);
            return [el.getAttribute('data-kbd'), s.outlineStyle !== 'none' || s.boxShadow !== 'none'] }""")
        if focused[0] is not None:
            if focused[0] in reached:
                break
            reached.add(focused[0])
            outlines.append(focused[1])
    unreached = page.evaluate("""(reached) => [...document.querySelectorAll('[data-kbd]')]
        .filter(el => !reached.includes(el.getAttribute('data-kbd'))).map(el => el.outerHTML.slice(0, 120))""",
                              sorted(reached))
    assert unreached == []
    assert len(reached) == targets > 0
    assert all(outlines), "some focused elements show no focus outline"


def test_first_tab_stop_is_the_skip_link_to_the_content(page, served_site):
    page.goto(f"{served_site.url}/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.getAttribute('href')") == "#main"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("which", ["home", "article"])
def test_screenshots_and_no_sideways_scrolling(browser, served_site, which, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme="light",
                                  device_scale_factor=1, reduced_motion="reduce")
    opened = context.new_page()
    opened.goto(f"{served_site.url}/")
    if which == "article":
        opened.goto(opened.locator("main .card-title a").first.get_attribute("href"))
    overflow = opened.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{which}-{viewport}.png"
    opened.screenshot(path=str(target))
    context.close()
    assert target.stat().st_size > 1000
    assert overflow <= 0, f"{which} scrolls sideways by {overflow} px at {viewport} width"


@pytest.fixture(scope="module")
def preview_site(chromium_path, tmp_path_factory):
    """The project's content/ built with the shipped preview settings (no SITEURL given), served at an address
    that is not the preview's FEED_DOMAIN, as ``make serve`` is when opened at 127.0.0.1 or on another port."""
    root = tmp_path_factory.mktemp("preview-site")
    content, output, inbox = root / "content", root / "output", root / "inbox"
    shutil.copytree(REPO / "content", content)
    inbox.mkdir()

    def build_as_shipped(_url: str) -> None:
        result = run_build(write_settings(root, content, output, inbox))
        assert result.returncode == 0, result.stderr[-3000:]

    with serving(output, build_as_shipped) as site:
        yield site


def test_the_preview_works_at_any_address_styles_and_search_included(browser, preview_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors, requested = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{preview_site.url}/search/?q=ceasefire")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != ""
    assert page.evaluate("document.styleSheets.length") >= 2  # the theme's and Pagefind's
    assert [url for url in requested if not url.startswith(preview_site.url)] == []
    assert errors == []
    context.close()


def test_a_word_no_story_holds_is_said_so_though_pagefind_shows_stories_with_its_start(page, served_site):
    notice = page.locator("#search-loose")
    page.goto(f"{served_site.url}/search/?q=aardvarks")  # Pagefind falls back to stories with "a"
    page.locator(".pagefind-ui__result-link").first.wait_for()
    notice.wait_for()
    assert "No story contains “aardvarks”" in notice.inner_text()
    page.goto(f"{served_site.url}/search/?q=ceasefire")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    page.wait_for_timeout(300)
    assert notice.is_hidden()


def test_search_results_lead_to_the_section_of_the_story_that_holds_the_word(page, served_site):
    page.goto(f"{served_site.url}/search/?q=regulators")  # a word under a subheading of a sample story
    nested = page.locator(".pagefind-ui__result-nested a")
    nested.first.wait_for()
    hrefs = nested.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any("#section-" in href for href in hrefs), hrefs
    target = next(href for href in hrefs if "#section-" in href)
    page.goto(target if target.startswith("http") else f"{served_site.url}{target}")
    assert page.locator(f"#{target.split('#', 1)[1]}").count() == 1
