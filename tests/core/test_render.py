"""Rendering Markdown: raw HTML shown as text, subheadings named for links and for the search index."""
from __future__ import annotations

import time

import pytest

from markdown_it.common.utils import escapeHtml

from newsarchive.render import is_pelican_link, make_renderer, render_markdown, safe_link, unlink_dead_links


def test_subheadings_get_ids_from_their_text_unique_within_the_story_and_apart_from_the_pages_own():
    html = render_markdown(make_renderer(), "## No mass evacuation\n\nText.\n\n## No mass evacuation\n\n"
                                            "## Main\n\n## <script>x</script>\n\n## !!!\n")
    assert '<h2 id="section-no-mass-evacuation">No mass evacuation</h2>' in html
    assert 'id="section-no-mass-evacuation-2"' in html
    assert 'id="section-main"' in html and 'id="main"' not in html  # the page's skip link points at #main
    assert '<h2 id="section-script-x-script">&lt;script&gt;x&lt;/script&gt;</h2>' in html
    assert 'id="section-untitled"' in html and "<p>Text.</p>" in html


@pytest.mark.parametrize("url, kept", [
    ("{static}/images/pier.png", True), ("{filename}/articles/2026-05-03-budget.md", True),
    ("{filename}../articles/a.md", True), ("{tag}harbour-budget", True), ("{category}ostvik", True),
    ("{static}/a..b.png", True), ("{static}/../../etc/passwd", False), ("{attach}x/../../y", False),
    ("{static}/%2e%2e/%2E%2E/etc/passwd", False), ("{statik}/x.png", False),
])
def test_pelicans_links_between_files_are_kept_for_pelican_unless_they_leave_the_content_folder(url, kept):
    html = render_markdown(make_renderer(), f"[x]({url})\n")
    assert (f'href="{url}"' in html) is kept


def test_footnotes_render_as_pelicans_markdown_renders_them_and_stay_escaped():
    html = render_markdown(make_renderer(), "Hours change.[^hours]\n\n[^hours]: From *June*, <script>alert(1)</script> "
                                            "[a](javascript:alert(1)).\n")
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">' in html and "<em>June</em>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and 'href="javascript' not in html


@pytest.mark.parametrize("url", ["{static}//etc/hostname", "{attach}//etc/hostname", "{filename}//etc/passwd",
                                 "{static}/%2F%2Fetc/x", "{static}/..\\..\\etc/x"])
def test_a_link_to_a_file_outside_the_content_folder_is_never_pelicans(url):
    html = render_markdown(make_renderer(), f"[x]({url})\n")
    assert f'href="{url}"' not in html


def test_blocks_that_scroll_sideways_are_reachable_by_keyboard_and_a_footnotes_way_back_is_named():
    html = render_markdown(make_renderer(), "x[^a]\n\n```\ncode\n```\n\n    indented\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                                            "[^a]: note.\n")
    assert html.count('<pre tabindex="0">') == 2 and '<table tabindex="0">' in html
    assert 'class="footnote-backref" aria-label="Back to the text"' in html


@pytest.mark.parametrize("markdown", [
    "![a](/x.png \"x href='{static}/../../victim'\")",  # Pelican reads links inside any attribute's text
    "[a](/x.html 'y src=\"|static|/../../victim\"')",  # its old syntax too
    "```{static}/../../victim\ncode\n```",  # a code block's language is an attribute
])
def test_no_attribute_but_a_checked_link_carries_pelicans_link_marks(markdown):
    html = render_markdown(make_renderer(), markdown + "\n")
    assert "{static}" not in html and "|static|" not in html


@pytest.mark.parametrize("url", [
    "{index}javascript://x%0Aalert(document.domain)//", "{tag}javascript:alert(1)", "{filename}https://evil.example/x",
    "{static}/articles/2026-10-04-draft.md", "{attach}/newsarchive-ledger.json", "{static}/.newsarchive-cache/x",
    "{static}/pages/about.MD", "|static|/images/a.png",
])
def test_links_with_a_scheme_or_to_a_source_table_or_hidden_file_are_never_pelicans(url):
    html = render_markdown(make_renderer(), f"[x]({url})\n")
    assert f'href="{url}"' not in html and 'href="{' not in html and 'href="|' not in html


def test_twenty_thousand_equal_headings_get_distinct_ids_at_once():
    html = render_markdown(make_renderer(), "## A\n\n" * 20_000 + "## A 2\n")
    assert html.count(' id="section-a') == 20_001 and 'id="section-a-20000"' in html and 'id="section-a-2-2"' in html


@pytest.mark.parametrize("url", [
    "{static}/newsarchive-ledger.json?/a.png", "{static}/newsarchive-sources.tsv#/b.png", "{attach}/articles/draft.md?/c.png",
    "{filename}AT&amp;T-deal.md#\"onmouseover=\"alert(1)", "{filename}AT%26T.md", "{filename}/a.md#x'onclick=alert(1)",
])
def test_what_pelican_would_copy_or_decode_is_checked_not_only_what_is_written(url):
    assert not is_pelican_link(url)
    assert is_pelican_link("{static}/images/my%20pic.png") and is_pelican_link("{filename}/articles/a.md#section-2")


@pytest.mark.parametrize("url", ["https://harbour.example/a b?q=\"x\"&y=ü", "/about/", "mailto:desk@harbour.example",
                                 "javascript:alert(1)", " JaVaScRiPt:alert(1)", "vbscript:x", "file:///etc/passwd",
                                 "data:text/html,<script>", "data:image/png;base64,iVBORw0KGgo="])
def test_a_settings_link_is_kept_as_an_articles_link_to_it_is(url):
    html = render_markdown(make_renderer(), f"[x](<{url}>)\n")
    link = safe_link(url)
    assert (link is not None) == ("href=" in html)
    if link is not None:
        assert f'href="{escapeHtml(link)}"' in html


@pytest.mark.parametrize("markdown, text, dead", [
    ("By [Jane *Roe*]({author}jane-roe).", "<p>By Jane <em>Roe</em>.</p>", ("{author}jane-roe",)),
    ("![A chart & key]({attach}chart.png \"title\")", "<p>A chart &amp; key</p>", ("{attach}chart.png",)),
    ("[![map]({static}/gone.png)]({filename}ok.md)", '<p><a href="{filename}ok.md">map</a></p>', ("{static}/gone.png",)),
    ("[x]({filename}ok.md \"{author}jane-roe\") and [y](https://example.org/{author}z)",
     '<p><a href="{filename}ok.md" title="&#123;author}jane-roe">x</a> and '
     '<a href="https://example.org/%7Bauthor%7Dz">y</a></p>', ()),
    ("[out]({static}/../../etc/hostname) and [in](%7Bfoo%7Dbar)", '<p>out and <a href="%7Bfoo%7Dbar">in</a></p>',
     ("{static}/../../etc/hostname",)),
])
def test_a_link_or_image_that_leads_nowhere_becomes_its_text_and_nothing_else_changes(markdown, text, dead):
    rendered = render_markdown(make_renderer(), markdown)
    assert unlink_dead_links(rendered, lambda link: "ok.md" not in link) == (text + "\n", dead)


@pytest.mark.parametrize("opening", ['<a href="{filename}gone.md">', '<a href="{filename}'], ids=["opened", "unclosed"])
def test_a_page_of_links_left_open_is_read_in_a_time_proportional_to_its_length(opening):
    """A page's raw HTML (Pelican reads a page's own HTML) of thousands of Pelican links never closed: each try of
    the link's pattern read on to the page's end (200 kB: about 25 s). None is a link: the page is left as it is."""
    page = opening * (200_000 // len(opening)) + "<p>The end.</p>"
    started = time.perf_counter()
    assert unlink_dead_links(page, lambda link: True) == (page, ())
    assert time.perf_counter() - started < 2
