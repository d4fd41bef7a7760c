"""The search page over articles whose own metadata is hostile: Pagefind's UI shows filter values
(sources, tags) as HTML, so what an article declares must reach it as text and never run."""
from __future__ import annotations

import html

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from sitekit import SiteFolders, serving

PARAGRAPHS = ("The council's budget passed on Tuesday after a long debate about ferry fares and harbour repairs.\n\n"
              "Councillors agreed to review the harbour budget again in the spring, the mayor said.\n")
HOSTILE_SOURCE = "<img src=x onerror=alert('SRC')>"
# A tag of markup alone has no slug (Pelican strips tags to make one) and is dropped: these keep some text.
HOSTILE_TAGS = ("Harbour <img src=x onerror=alert('TAG')> fund", "Quay &lt;img src=x onerror=alert('ENT')&gt;", "AT&T")
SAVED_PAGE = """<html><head><title>Harbour budget vote delayed</title>
<meta property="og:site_name" content="&lt;img src=x onerror=&amp;#97;lert(&amp;#34;OG&amp;#34;)&gt;"></head>
<body><article><h1>Harbour budget vote delayed</h1>
<p>The harbour budget vote was delayed until next week after councillors asked for more time to read it.</p>
<p>Ferry operators said the delay would not change the summer timetable for passengers or freight.</p>
<p>The mayor said the budget would pass before the end of the month, and repairs would start in June.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def hostile_site(chromium_path, tmp_path_factory):
    site = SiteFolders(tmp_path_factory.mktemp("hostile-search"))
    site.add_article("2026-04-03-budget.md", f"Title: Budget vote in Ostvik\nTags: {', '.join(HOSTILE_TAGS)}\n"
                                             f"Source: {HOSTILE_SOURCE}\n\n{PARAGRAPHS}")
    (site.content / "articles" / "2026-04-04-harbour.html").write_text(SAVED_PAGE, encoding="utf-8")
    with serving(site.output, lambda _url: site.build()) as served:
        yield served


def test_hostile_sources_and_tags_show_as_text_in_the_search_filters_and_never_run(browser, hostile_site):
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_site.url}/search/?q=budget")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    page.locator(".pagefind-ui__filter-panel label").first.wait_for(state="attached", timeout=15_000)
    expected = [html.unescape(value) for value in (HOSTILE_SOURCE, *HOSTILE_TAGS)]
    try:  # the filters are drawn one group after another: a loaded machine took over half a second for the last
        page.wait_for_function("""(expected) => {
            const shown = [...document.querySelectorAll('.pagefind-ui__filter-panel label')].map(l => l.textContent);
            return expected.every(value => shown.join(' ').includes(value));
        }""", arg=expected, timeout=15_000)
    except PlaywrightTimeout:
        pass  # the assertions below say which value is missing
    labels = page.locator(".pagefind-ui__filter-panel label").all_text_contents()
    injected = page.evaluate("document.querySelectorAll('.pagefind-ui__filter-panel img, "
                             ".pagefind-ui__filter-panel script, #search img').length")
    context.close()
    assert dialogs == [] and injected == 0
    shown = " ".join(labels)
    for value in (HOSTILE_SOURCE, *HOSTILE_TAGS):
        assert html.unescape(value) in shown, (value, labels)  # a declared tag is shown decoded, as a headline is
