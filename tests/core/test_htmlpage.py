"""Saved HTML pages: the article text through trafilatura, page metadata as declared fields."""
from __future__ import annotations

import re
from datetime import datetime, UTC

import pytest

from newsarchive.clean import CleanConfig, clean_article
from newsarchive.htmlpage import read_html_page
from newsarchive.model import RawArticle, Rejected
from newsarchive.reading import read_article

PARAGRAPHS = [
    "The old lighthouse on the north headland will be turned into a small museum, the harbour trust said on Thursday.",
    "Volunteers have spent three winters repairing the lamp room, replacing rotten window frames and repainting the tower.",
    "The trust hopes to welcome its first visitors in July, with guided tours every afternoon during the summer.",
    "Tickets will cost five pounds for adults, and children under twelve will be admitted free of charge.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Lighthouse to become museum | Headland Gazette</title>
<meta property="og:title" content="Lighthouse to become museum">
<meta property="og:site_name" content="Headland Gazette">
<meta name="date" content="2021-03-04T09:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Lighthouse to become museum</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[:2])}
<p>Advertisement</p>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[2:])}
</article>
<footer><p>Copyright 2021 Headland Gazette. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_html_page_gives_title_metadata_and_clean_text() -> None:
    raw = read_html_page("page.html", PAGE.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert raw.format == "html"
    assert raw.declared.title == "Lighthouse to become museum"
    assert raw.declared.date is not None and raw.declared.date.year == 2021
    assert raw.declared.source == "Headland Gazette"
    cleaned = clean_article(raw.text, CleanConfig())
    texts = [block.text for block in cleaned.blocks]
    assert texts == PARAGRAPHS


@pytest.mark.parametrize("page_title, source", [
    ("Lighthouse to become museum | Headland Gazette", "Headland Gazette"),  # after a bar
    ("Lighthouse to become museum – HGZ", "HGZ"),  # any name after the page's own headline
    ("Lighthouse to become museum | Coast | Headland Gazette", "Headland Gazette"),  # sections between them go
    ("Lighthouse to become museum", None),  # no name at all
    ("Harbour trust - Lighthouse to become museum", None),  # what follows is the headline, not a name
])
def test_a_page_without_a_declared_site_name_takes_the_publication_its_title_names(page_title: str,
                                                                                  source: str | None) -> None:
    page = (PAGE.replace('<meta property="og:site_name" content="Headland Gazette">\n', "")
            .replace("<title>Lighthouse to become museum | Headland Gazette</title>", f"<title>{page_title}</title>"))
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert raw.declared.title == "Lighthouse to become museum"
    assert raw.declared.source == source


@pytest.mark.parametrize("page_title, source", [
    ("Lighthouse to become museum | Coast", None),  # a section of the site, not its name
    ("Lighthouse to become museum - Opinion", None),
    ("Lighthouse to become museum | Page 2", None),
    ("Lighthouse to become museum - 2021", None),  # no name at all
    ("Lighthouse to become museum | Latest News", None),
    ("Lighthouse to become museum – Live Updates", None),
    ("Lighthouse to become museum – HGZ News", "HGZ News"),
    ("Lighthouse to become museum | Coast | HG", "HG"),
    ("Lighthouse to become museum | HG | Opinion", "HG"),
])
def test_a_section_or_label_after_the_headline_is_not_the_pages_source(page_title: str, source: str | None) -> None:
    page = (PAGE.replace('<meta property="og:site_name" content="Headland Gazette">\n', "")
            .replace("<title>Lighthouse to become museum | Headland Gazette</title>", f"<title>{page_title}</title>"))
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert raw.declared.title == "Lighthouse to become museum" and raw.declared.source == source


@pytest.mark.parametrize("page_title, source", [
    ("Lighthouse to become museum – Calder Post", "Calder Post"),  # the title names it: not the address
    ("Lighthouse to become museum | Coast", "calderpost.example"),  # a section: the address, as before
    ("Lighthouse to become museum", "calderpost.example"),
])
def test_a_page_with_an_address_and_no_site_name_takes_the_name_its_title_gives(page_title: str, source: str) -> None:
    """trafilatura gives a page with a canonical address and no og:site_name that address as its site name: the
    name the title gives was never read for such a page (most saved pages have an address)."""
    page = (PAGE.replace('<meta property="og:site_name" content="Headland Gazette">\n',
                         '<link rel="canonical" href="https://www.calderpost.example/news/museum">\n')
            .replace("<title>Lighthouse to become museum | Headland Gazette</title>", f"<title>{page_title}</title>"))
    assert read_html_page("page.html", page.encode("utf-8")).declared.source == source
    declared = PAGE.replace('<meta property="og:site_name"', '<link rel="canonical" href="https://calderpost.example/x">'
                                                             '<meta property="og:site_name"')
    assert read_html_page("page.html", declared.encode("utf-8")).declared.source == "Headland Gazette"


def test_a_site_name_declared_as_an_address_is_kept_over_the_title() -> None:
    """A site that declares its name as its address writes it as its own ("Space.com"); only the lower-case host
    trafilatura gives a page that declares no name yields to the title's."""
    page = (PAGE.replace('content="Headland Gazette"', 'content="Headland.com"')
            .replace("<title>Lighthouse to become museum | Headland Gazette</title>",
                     "<title>Lighthouse to become museum | Headland</title>"))
    assert read_html_page("page.html", page.encode("utf-8")).declared.source == "Headland.com"


def test_page_without_text_is_rejected() -> None:
    result = read_html_page("empty.html", b"<html><head><title>x</title></head><body></body></html>")
    assert isinstance(result, Rejected)


def test_a_headline_taken_from_the_page_leaves_its_scripts_out() -> None:
    from newsarchive.htmlpage import _title_fallback

    page = "<html><body><h1><script>alert('x')</script>Night buses <style>h1{}</style>return</h1></body></html>"
    assert _title_fallback(page) == "Night buses return"


HEADLINES = [
    "Harbour trust opens lighthouse museum to visitors", "Ferry timetable changes for the winter season",
    "Council approves new cycle lanes on the seafront", "Lifeboat crew rescue two walkers cut off by the tide",
    "School wins national award for its wildlife garden", "Fishing fleet returns early as storm approaches",
    "Volunteers plant a thousand trees on the headland", "Bus fares to rise by ten pence from April",
]
SECTION_PAGE = ("<html><head><title>Local news | Headland Gazette</title></head><body><nav><a href='/'>Home</a></nav>"
                "<main><h1>Local news</h1><ul>"
                + "".join(f"<li><a href='/story/{n}'>{headline}</a> <span>2 hours ago</span></li>"
                          for n, headline in enumerate(HEADLINES))
                + "</ul></main><footer>Copyright 2021 Headland Gazette</footer></body></html>")
ERROR_PAGE = ("<html><head><title>Page not found | Headland Gazette</title></head><body><h1>Page not found</h1>"
              "<p>Sorry, the page you were looking for does not exist or has been moved.</p>"
              "<p><a href='/'>Go to the home page</a></p></body></html>")
CONSENT_PAGE = ("<html><head><title>Before you continue</title></head><body><div><h2>We value your privacy</h2>"
                "<p>We and our partners use cookies to store and access information on your device.</p>"
                "<button>Accept all</button><button>Manage options</button></div></body></html>")


@pytest.mark.parametrize(("page", "reason"), [(SECTION_PAGE, "mostly links"), (ERROR_PAGE, "too little text"),
                                              (CONSENT_PAGE, "too little text")],
                         ids=["section-page", "error-page", "consent-wall"])
def test_a_page_that_holds_no_article_is_rejected_with_the_reason(page: str, reason: str) -> None:
    result = read_html_page("saved.html", page.encode("utf-8"))
    assert isinstance(result, Rejected) and result.path == "saved.html" and reason in result.reason


def test_an_article_whose_paragraphs_link_to_other_stories_is_kept() -> None:
    linked = [f"{paragraph[:-1]}, as <a href='/story/{n}'>{HEADLINES[n]}</a> reported." for n, paragraph in
              enumerate(PARAGRAPHS)]
    page = PAGE.replace("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]), "".join(f"<p>{p}</p>" for p in linked[:2]))
    assert isinstance(read_html_page("page.html", page.encode("utf-8")), RawArticle)


def test_a_table_in_a_saved_page_is_rendered_as_a_table_and_its_bars_are_no_words() -> None:
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import Prepared, prepare_bytes, tag_articles

    table = ("<table><thead><tr><th>Year</th><th>Visitors</th></tr></thead><tbody>"
             "<tr><td>2022</td><td>41,000</td></tr><tr><td>2023</td><td>58,500</td></tr></tbody></table>")
    page = PAGE.replace("<p>Advertisement</p>", table)
    prepared = prepare_bytes("page.html", page.encode("utf-8"), ArchiveConfig())
    assert isinstance(prepared, Prepared)
    assert "<td>58,500</td>" in prepared.html and "|" not in prepared.html
    article = tag_articles((prepared,), ArchiveConfig())[0]
    assert article.word_count == sum(len(p.split()) for p in PARAGRAPHS) + 6


def test_a_page_of_tens_of_thousands_of_inline_tags_is_read_in_bounded_time():
    """trafilatura takes the square of the number of elements in one paragraph (40,000 spans: 22 s, in one
    call no time limit interrupts): such a page is read without its inline tags."""
    import time

    page = ("<html><head><title>Spans</title></head><body><article><h1>Spans</h1><p>"
            + "<span>w</span> " * 40_000 + "</p></article></body></html>").encode()
    started = time.perf_counter()
    result = read_html_page("spans.html", page)
    assert time.perf_counter() - started < 10
    assert isinstance(result, RawArticle) and "w w w w" in result.text and result.declared.title == "Spans"


def test_a_page_that_takes_too_long_to_read_is_rejected_naming_the_limit(monkeypatch):
    import time

    from newsarchive import htmlpage

    def stuck(*arguments, **options):
        started = time.process_time()
        while time.process_time() - started < 30:  # work, as a page's reading does
            pass

    monkeypatch.setattr(htmlpage, "MAX_PAGE_SECONDS", 1)
    monkeypatch.setattr(htmlpage.trafilatura, "extract", stuck)
    started = time.perf_counter()
    result = htmlpage.read_html_page("slow.html", b"<html><body><p>A page.</p></body></html>")
    assert time.perf_counter() - started < 15
    assert isinstance(result, Rejected) and "could not be read in 1 s of processor time" in result.reason


def test_a_page_read_while_the_machine_is_busy_is_not_refused_for_the_wait(monkeypatch):
    """The limit counts the reading's own work: a page read slowly because other processes held the processor
    (a sleep here) is read, as on an idle machine."""
    import time

    from newsarchive import htmlpage

    reading = htmlpage.trafilatura.extract

    def waited(*arguments, **options):
        time.sleep(2)
        return reading(*arguments, **options)

    monkeypatch.setattr(htmlpage, "MAX_PAGE_SECONDS", 1)
    monkeypatch.setattr(htmlpage.trafilatura, "extract", waited)
    assert isinstance(htmlpage.read_html_page("page.html", PAGE.encode("utf-8")), RawArticle)


@pytest.mark.parametrize("author, expected", [
    ("Jane Roe", ("Jane Roe",)),
    ("Jane Roe; Tom Ash", ("Jane Roe", "Tom Ash")),
    ("jdadmin", ()),  # a publishing account, not a writer
])
def test_a_saved_pages_byline_is_kept_as_its_authors(author: str, expected: tuple[str, ...]) -> None:
    page = PAGE.replace('<meta name="date"', f'<meta name="author" content="{author}">\n<meta name="date"')
    raw = read_article("page.html", page.encode("utf-8"), 10_000_000)
    assert isinstance(raw, RawArticle) and raw.declared.authors == expected


@pytest.mark.parametrize("where", ["h1", "h2", "p", "title"])
@pytest.mark.parametrize("reference", ["&#12;", "&#x0C;", "&#x202E;", "&#1;", "&#x1b;", "&#xFFFE;", "&#xD800;",
                                       "&#x7f;", "&#12"])
def test_a_reference_to_a_control_character_is_dropped_and_the_page_read(where: str, reference: str) -> None:
    """A raw control character is dropped as a page is decoded; written as a reference it reached lxml, which
    takes no form feed: a saved page with '&#12;' in its headline was skipped as one that cannot be parsed."""
    marked = f"<{where}>Lighthouse {reference}to become museum</{where}>"
    page = (f"<html><head><title>{'Lighthouse museum' if where != 'title' else marked[7:-8]}</title></head><body>"
            f"<article>{marked if where != 'title' else ''}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article>"
            "</body></html>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle), raw
    assert "to become museum" in raw.text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e\ufffe\ud800-\udfff]", raw.text)


# A story written for this test, in Japanese (the lines a reader sees, one paragraph each).
JAPANESE_PARAGRAPHS = [
    "港町の市役所は九日、旧魚市場の建物を図書館と子ども向けの学習室に改修する計画を発表した。",
    "建物は昭和初期に建てられ、十年前から使われていなかった。改修費は約六億円と見込まれている。",
    "市長は記者会見で「港のにぎわいを取り戻す拠点にしたい」と話し、二年後の開館を目指すと述べた。",
    "地元の漁業関係者からは、建物の外観をできるだけ残してほしいという声が上がっている。",
]


@pytest.mark.parametrize("charset, declaration", [
    ("utf-8", '<meta charset="utf-8">'),  # a story in a script without spaces between its words is no "5-word page"
    ("shift_jis", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'),
    ("euc_jp", '<meta charset="EUC-JP">'),
    ("gb18030", "<meta charset='gb2312'>"),  # browsers read a page declared GB2312 as GB18030, its superset
])
def test_a_page_in_japanese_is_read_in_its_declared_encoding(charset: str, declaration: str) -> None:
    page = (f'<!DOCTYPE html><html lang="ja"><head>{declaration}'
            '<title>旧魚市場を図書館に改修へ｜港町新聞</title>'
            '<meta property="og:site_name" content="港町新聞"></head><body>'
            '<div class="nav"><a href="/">トップ</a></div>'
            '<article><h1>旧魚市場を図書館に改修へ</h1>'
            + "".join(f"<p>{paragraph}</p>" for paragraph in JAPANESE_PARAGRAPHS) + "</article></body></html>")
    raw = read_html_page("page.html", page.encode(charset))
    assert isinstance(raw, RawArticle), raw
    assert raw.declared.title == "旧魚市場を図書館に改修へ"
    assert raw.declared.source == "港町新聞"
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == JAPANESE_PARAGRAPHS


def test_a_declared_encoding_the_bytes_do_not_follow_is_not_believed() -> None:
    """A page that says Shift_JIS but was saved in Windows-1252 (the declaration copied from a template) is read as
    the bytes say: they are not valid Shift_JIS."""
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="shift_jis">').replace(
        PARAGRAPHS[0], "The café’s “lighthouse” menu costs £5 — a bargain. " + PARAGRAPHS[0])
    raw = read_html_page("page.html", page.encode("cp1252"))
    assert isinstance(raw, RawArticle)
    assert "The café’s “lighthouse” menu costs £5 — a bargain." in raw.text


@pytest.mark.parametrize("declared_title, headline", [
    ("Lighthouse to become museum - Headland Gazette", "Lighthouse to become museum"),  # the site's name after a dash
    ("Lighthouse to become museum | Headland Gazette", "Lighthouse to become museum"),  # after a bar
    ("Headland Gazette", "Headland Gazette"),  # the name alone is all the page gives: kept
    ("Museum opens at Headland Gazette", "Museum opens at Headland Gazette"),  # the name in the headline's words
])
def test_the_site_name_after_a_declared_headline_is_not_part_of_it(declared_title: str, headline: str) -> None:
    page = PAGE.replace('<meta property="og:title" content="Lighthouse to become museum">',
                        f'<meta property="og:title" content="{declared_title}">')
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert (raw.declared.title, raw.declared.source) == (headline, "Headland Gazette")


@pytest.mark.parametrize("byline", [
    "Morwenna Tregear",  # the name alone, which read as the story's first subheading
    "Morwenna Tregear, 4 March 2021",  # with the date after it
    "By Morwenna Tregear and Jory Pascoe | 09:30",
])
def test_a_line_that_only_names_the_declared_authors_is_the_byline(byline: str) -> None:
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import Prepared, prepare_bytes

    page = (PAGE.replace('<meta name="date"',
                         '<meta name="author" content="Morwenna Tregear; Jory Pascoe">\n<meta name="date"')
            .replace("<h1>Lighthouse to become museum</h1>",
                     f'<h1>Lighthouse to become museum</h1><p class="by">{byline}</p>'))
    prepared = prepare_bytes("page.html", page.encode("utf-8"), ArchiveConfig())
    assert isinstance(prepared, Prepared)
    assert [block.text for block in prepared.cleaned.blocks] == PARAGRAPHS
    assert (byline, "byline") in [(removed.line, removed.family) for removed in prepared.cleaned.removed]


def test_a_line_of_the_story_that_names_an_author_is_kept() -> None:
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import Prepared, prepare_bytes

    kept = ["Morwenna Tregear and the trust", "Morwenna Tregear, the trust's chair, said the lamp would shine again."]
    page = (PAGE.replace('<meta name="date"', '<meta name="author" content="Morwenna Tregear">\n<meta name="date"')
            .replace("<p>Advertisement</p>", "".join(f"<p>{line}</p>" for line in kept)))
    prepared = prepare_bytes("page.html", page.encode("utf-8"), ArchiveConfig())
    assert isinstance(prepared, Prepared)
    assert [block.text for block in prepared.cleaned.blocks] == PARAGRAPHS[:2] + kept + PARAGRAPHS[2:]


def _json_ld_page(visible: str, article_body: str) -> bytes:
    import json

    declared = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                           "headline": "Lighthouse to become museum", "articleBody": article_body})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lighthouse to become museum</title>'
            f'<meta property="og:site_name" content="Headland Gazette"><script type="application/ld+json">{declared}'
            f'</script></head><body><div id="app"><h1>Lighthouse to become museum</h1>{visible}</div>'
            '<footer><p>Copyright 2021 Headland Gazette.</p></footer></body></html>').encode()


def test_a_page_whose_story_is_only_in_its_json_ld_keeps_the_paragraphs_it_declares() -> None:
    raw = read_html_page("page.html", _json_ld_page("", "\n\n".join(PARAGRAPHS)))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == PARAGRAPHS


def test_a_teaser_page_is_read_from_the_whole_story_its_json_ld_declares() -> None:
    offer = ("<div class='offer'><h3>Continue reading with Gazette Plus</h3><p>Get full access for one pound.</p>"
             "<a href='/plans'>See plans</a></div>")
    raw = read_html_page("page.html", _json_ld_page(f"<p>{PARAGRAPHS[0]}</p>{offer}", "\n".join(PARAGRAPHS)))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == PARAGRAPHS


def test_a_json_ld_body_no_longer_than_the_page_s_text_leaves_the_page_s_text() -> None:
    visible = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS) + "<h2>Opening times</h2><p>" + (
        "The tower will open from ten until four, Tuesday to Sunday, between April and October.</p>")
    raw = read_html_page("page.html", _json_ld_page(visible, " ".join(PARAGRAPHS)))
    assert isinstance(raw, RawArticle)
    assert "Opening times" in raw.text and PARAGRAPHS[0] + "\n" in raw.text


@pytest.mark.parametrize("layout", [
    # one cell a row: the masthead, the menu, the story, the footer
    ('<table width="100%"><tr><td><b>Headland Gazette</b></td></tr>'
     '<tr><td><a href="/">Home</a> | <a href="/news.asp">News</a> | <a href="/sport.asp">Sport</a></td></tr>'
     '<tr><td><font size="5"><b>Lighthouse to become museum</b></font><br><br>{story}</td></tr>'
     '<tr><td>Copyright 2021 Headland Gazette Ltd.</td></tr></table>'),
    # a menu column beside the story's, the headline in a cell
    ('<table><tr><td width="150"><a href="/">Home</a><br><a href="/news.asp">News</a><br><a href="/sport.asp">Sport</a>'
     '</td><td><h1>Lighthouse to become museum</h1><p>{story}</p></td></tr></table>'),
])
def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_apart(layout: str) -> None:
    story = "<br><br>".join(PARAGRAPHS) + "<br><br>"
    page = PAGE.replace(PAGE[PAGE.index("<nav>"):PAGE.index("</body>")], layout.format(story=story))
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks
            if block.text in PARAGRAPHS or any(p in block.text for p in PARAGRAPHS)] == PARAGRAPHS


@pytest.mark.parametrize("heading", ["<h1>Lighthouse to become museum</h1>", "<h3>Harbour news</h3>"])
def test_the_paragraph_right_after_a_heading_outside_any_paragraph_is_kept(heading: str) -> None:
    story = "<br><br>".join(PARAGRAPHS)
    page = PAGE.replace(PAGE[PAGE.index("<nav>"):PAGE.index("</body>")], f"<div>{heading}{story}</div>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks if block.text != "Harbour news"] \
        == PARAGRAPHS


def test_a_table_s_caption_is_a_line_above_it_not_a_row_of_empty_cells() -> None:
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import Prepared, prepare_bytes

    table = ("<table><caption>Visitors to the headland</caption><thead><tr><th>Year</th><th>Visitors</th></tr></thead>"
             "<tbody><tr><td>2022</td><td>41,000</td></tr><tr><td>2023</td><td>58,500</td></tr></tbody></table>")
    prepared = prepare_bytes("page.html", PAGE.replace("<p>Advertisement</p>", table).encode("utf-8"), ArchiveConfig())
    assert isinstance(prepared, Prepared)
    assert re.search(r"<(p|h2)\b[^>]*>Visitors to the headland</", prepared.html)  # a line (a subheading) above it
    assert "<th>Year</th>" in prepared.html and "---" not in prepared.html and "<td></td>" not in prepared.html


@pytest.mark.parametrize("declared, authors", [
    ('[{"@type": "Person", "name": "Morwenna Tregear"}, {"@type": "Person", "name": "Jory Pascoe"}]',
     ("Morwenna Tregear", "Jory Pascoe")),  # the meta tag names the first of two: the JSON-LD's pair
    ('[{"@type": "Organization", "name": "Headland Gazette"}, {"@type": "Person", "name": "Morwenna Tregear"}]',
     ("Morwenna Tregear",)),  # an organisation is no byline
])
def test_a_live_page_s_json_ld_authors_complete_its_author_metadata(declared: str, authors: tuple[str, ...]) -> None:
    """A live blog's JSON-LD, its entries listed in it (trafilatura read the authors of neither)."""
    script = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting", '
              f'"headline": "Lighthouse to become museum", "author": {declared}, "liveBlogUpdate": ['
              '{"@type": "BlogPosting", "headline": "Lamp room repaired"}]}</script>')
    page = PAGE.replace('<meta name="date"', f'<meta name="author" content="Morwenna Tregear">{script}\n<meta name="date"')
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert tuple(author.strip() for author in raw.declared.authors) == authors


@pytest.mark.parametrize("marker", ['<sup><a href="#fn1">1</a></sup>', '<a href="#cite-note-2"><sup>[2]</sup></a>',
                                    '<sup id="r3"><a href="#n3">*</a></sup>'])
def test_a_link_to_a_note_is_not_run_into_the_sentence(marker: str) -> None:
    paragraphs = [PARAGRAPHS[0][:-1] + " of 120 m<sup>2</sup>." + marker, *PARAGRAPHS[1:]]
    page = PAGE.replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>{paragraphs[0]}</p>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == [
        PARAGRAPHS[0][:-1] + " of 120 m2.", *PARAGRAPHS[1:]]


def test_a_live_blog_s_entries_keep_their_headings_under_the_page_s_headline() -> None:
    entries = [("Tours booked out", PARAGRAPHS[3]), ("Visitors expected in July", PARAGRAPHS[2]),
               ("Lamp room repaired", PARAGRAPHS[1]), ("Welcome", PARAGRAPHS[0])]  # newest first, as live pages run
    live = ('<div class="live-header"><h1>Lighthouse to become museum</h1></div><div class="live-blog">'
            + "".join(f'<article class="entry"><p class="time"><time>1{n}:00</time></p><h3>{heading}</h3><p>{text}</p>'
                      f'</article>' for n, (heading, text) in enumerate(entries)) + "</div>")
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")], live)
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    blocks = [block.text for block in clean_article(raw.text, CleanConfig()).blocks if not block.text[:1].isdigit()]
    assert blocks == [line for entry in entries for line in entry]


def test_a_utf_8_page_with_a_stray_byte_is_read_as_utf_8_whatever_code_page_it_declares() -> None:
    """One Windows-1252 byte pasted into a UTF-8 page declared windows-1251 (every byte is valid in a single-byte
    code page): the page is UTF-8, as the sniffing of a text file reads it."""
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1251">').replace(
        PARAGRAPHS[0], "The café’s menu — " + PARAGRAPHS[0])
    data = page.encode("utf-8").replace("’".encode(), b"\x92")
    raw = read_html_page("page.html", data)
    assert isinstance(raw, RawArticle)
    assert "The café’s menu — " + PARAGRAPHS[0] in raw.text


STORY_CARDS = [("Ferry timetable changes for the winter season", PARAGRAPHS[0]),
               ("Lifeboat crew rescue two walkers cut off by the tide", PARAGRAPHS[1]),
               ("Council approves new cycle lanes on the seafront", PARAGRAPHS[2]),
               ("Bus fares to rise by ten pence from April", PARAGRAPHS[3])]


@pytest.mark.parametrize("card", [
    "<article class='card'><h2><a href='/story/{n}'>{headline}</a></h2><p>{teaser}</p></article>",
    "<article class='teaser'><a href='/story/{n}'><h3>{headline}</h3><p>{teaser}</p></a></article>",
    "<article><h3><a href='/story/{n}'>{headline}</a></h3><time>2 hours ago</time><p>{teaser}</p>"
    "<a href='/story/{n}'>Read more</a></article>",
    "<div class='card'><h2><a href='/story/{n}'>{headline}</a></h2><p>{teaser}</p></div>",
    "<li><div class='media'><h3><a href='/story/{n}'>{headline}</a></h3></div><p>{teaser}</p></li>",
])
def test_a_section_front_of_story_cards_under_its_h1_is_no_article(card: str) -> None:
    """Each card's teaser is unlinked text, so the share of linked words passed it; its cards link away."""
    cards = "".join(card.format(n=n, headline=headline, teaser=teaser) for n, (headline, teaser) in enumerate(STORY_CARDS))
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")],
                        f"<main><h1>Local news</h1>{cards}</main>")
    result = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(result, Rejected) and "section page" in result.reason


def test_a_story_beside_a_card_for_another_story_is_read_without_the_card() -> None:
    """The page's <h1> over an <article> of the story and one card linking away: no live blog's entries."""
    card = f"<article class='card'><h2><a href='/story/9'>{HEADLINES[3]}</a></h2><p>{LIFEBOAT_TEASER}</p></article>"
    page = PAGE.replace("<article>\n<h1>Lighthouse to become museum</h1>",
                        "<header><h1>Lighthouse to become museum</h1></header><article class='story'>")
    page = page.replace("</article>", f"</article>{card}")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == PARAGRAPHS


LIFEBOAT_TEASER = "Two walkers cut off by the tide below the cliffs were brought ashore by the lifeboat crew on Sunday."


def _graph_page(visible: str, own: dict, other: dict) -> bytes:
    import json

    graph = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Lighthouse to become museum", **own},
        {"@type": "NewsArticle", "headline": "The week on the headland", **other}]})
    return PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")], visible).replace(
        '<meta name="date"', f'<script type="application/ld+json">{graph}</script>\n<meta name="date"').encode()


def test_the_body_of_another_story_in_the_json_ld_is_not_read_as_the_page_s() -> None:
    """A teaser page whose @graph also holds a round-up quoting its first paragraph: the round-up is not the story
    (this project's rule and trafilatura's, which reads a short page from the first articleBody, both took it)."""
    offer = "<div class='offer'><h3>Continue reading with Gazette Plus</h3><p>Get full access for one pound.</p></div>"
    roundup = "\n\n".join([PARAGRAPHS[0], LIFEBOAT_TEASER, *(f"{headline}." for headline in HEADLINES)])
    visible = f"<article><h1>Lighthouse to become museum</h1><p>{PARAGRAPHS[0]}</p>{offer}</article>"
    raw = read_html_page("page.html", _graph_page(visible, {}, {"articleBody": roundup}))
    assert isinstance(raw, RawArticle)
    assert LIFEBOAT_TEASER not in raw.text and PARAGRAPHS[0] in raw.text


def test_the_authors_of_another_story_in_the_json_ld_are_not_the_page_s() -> None:
    people = [{"@type": "Person", "name": name} for name in ("Morwenna Tregear", "Jory Pascoe", "Ann Kitto")]
    page = _graph_page(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")],
                       {"author": people[0]}, {"author": people})
    raw = read_html_page("page.html", page.decode().replace(
        '<meta name="date"', '<meta name="author" content="Morwenna Tregear">\n<meta name="date"').encode())
    assert isinstance(raw, RawArticle)
    assert tuple(author.strip() for author in raw.declared.authors) == ("Morwenna Tregear",)


@pytest.mark.parametrize("declared", ['{"@type": "Person", "name": "Headland Gazette"}',
                                      '{"@type": "Person", "name": "https://headland.example/staff/morwenna"}'])
def test_a_declared_author_that_is_the_site_or_an_address_is_no_byline(declared: str) -> None:
    script = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              f'"headline": "Lighthouse to become museum", "author": [{declared}, '
              '{"@type": "Person", "name": "Morwenna Tregear"}]}</script>')
    raw = read_html_page("page.html", PAGE.replace('<meta name="date"', f'{script}\n<meta name="date"').encode())
    assert isinstance(raw, RawArticle)
    assert tuple(author.strip() for author in raw.declared.authors) == ("Morwenna Tregear",)


RUSSIAN_PARAGRAPHS = ["Городской совет во вторник проголосовал за то, чтобы открыть в здании старого маяка небольшой музей.",
                      "Добровольцы три зимы ремонтировали фонарную комнату, меняли рамы и заново красили башню."]
POLISH_PARAGRAPHS = ["Rada miasta zdecydowała we wtorek, że w starej latarni na cyplu powstanie niewielkie muzeum.",
                     "Wolontariusze przez trzy zimy naprawiali pomieszczenie lampy, wymieniali okna i malowali wieżę."]


@pytest.mark.parametrize("saved_in, declared, paragraphs", [
    ("koi8_r", "windows-1251", RUSSIAN_PARAGRAPHS),  # a template's declaration over KOI8-R bytes
    ("cp1251", "windows-1251", RUSSIAN_PARAGRAPHS),
    ("cp1251", "koi8-r", RUSSIAN_PARAGRAPHS),
    ("cp1250", "windows-1250", POLISH_PARAGRAPHS),
])
def test_a_page_in_a_cyrillic_or_central_european_code_page_is_read_in_the_one_its_bytes_follow(
        saved_in: str, declared: str, paragraphs: list[str]) -> None:
    """Every byte is valid in each single-byte code page, so a wrong declaration of one was believed."""
    page = (f'<html><head><meta charset="{declared}"><title>{paragraphs[0][:30]}</title></head><body><article>'
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs * 2) + "</article></body></html>")
    raw = read_html_page("page.html", page.encode(saved_in))
    assert isinstance(raw, RawArticle)
    assert paragraphs[0] in raw.text and paragraphs[1] in raw.text


@pytest.mark.parametrize("visible", ["", f"<p>{PARAGRAPHS[0]}</p>"])
def test_a_json_ld_body_written_in_html_keeps_its_paragraphs(visible: str) -> None:
    """A script-only page and a teaser whose declared body is HTML (trafilatura ran its paragraphs into one line)."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[:2]) + (
        f"<h2>Opening times</h2><p>{PARAGRAPHS[2]}<br>{PARAGRAPHS[3]}</p>")
    raw = read_html_page("page.html", _json_ld_page(visible, body))
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == [
        *PARAGRAPHS[:2], "Opening times", *PARAGRAPHS[2:]]


@pytest.mark.parametrize("permalink", ["/live/lighthouse#entry-{n}", "https://headland.example/live/lighthouse?post={n}"])
def test_a_live_blog_whose_entry_headings_link_to_themselves_is_no_section_front(permalink: str) -> None:
    entries = [("Tours booked out", PARAGRAPHS[3]), ("Visitors expected in July", PARAGRAPHS[2]),
               ("Lamp room repaired", PARAGRAPHS[1]), ("Welcome", PARAGRAPHS[0])]
    live = ('<div class="live-header"><h1>Lighthouse to become museum</h1></div>'
            + "".join(f'<article class="entry"><h3><a href="{permalink.format(n=n)}">{heading}</a></h3><p>{text}</p>'
                      "</article>" for n, (heading, text) in enumerate(entries)))
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")], live)
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle), raw
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks if block.text in PARAGRAPHS] == [
        text for _, text in entries]


def test_a_short_story_above_three_cards_for_other_stories_is_kept() -> None:
    """Its own words are enough for an article, though the cards' teasers trafilatura read with it outnumber them."""
    teasers = [LIFEBOAT_TEASER, "The seafront cycle lanes will be built over the winter, the council said after a vote.",
               "Bus fares across the county will rise by ten pence from April, the operator said in a short statement."]
    cards = "".join(f"<article class='card'><h3><a href='/story/{n}'>{headline}</a></h3><p>{teaser}</p></article>"
                    for n, (headline, teaser) in enumerate(zip(HEADLINES[1:], teasers)))
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[:2])
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")],
                        f"<div class='story'><h1>Lighthouse to become museum</h1>{story}</div>"
                        f"<section><h2>More news</h2>{cards}</section>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle), raw
    assert PARAGRAPHS[1] in raw.text


def test_markup_in_a_script_only_page_s_json_ld_body_is_not_published_as_words() -> None:
    """trafilatura read the body's script as the story's last words ('… of charge. <script>track()</script>')."""
    body = "\n\n".join(PARAGRAPHS) + "\n\n<script>track('read')</script>"
    page = _json_ld_page("", body).replace(b"</script>\"", b"<\\/script>\"")  # as sites escape it in JSON
    assert page.count(b"</script>") == 1  # only the JSON-LD's own end: the body's is written "<\/script>"
    raw = read_html_page("page.html", page)
    assert isinstance(raw, RawArticle)
    assert [block.text for block in clean_article(raw.text, CleanConfig()).blocks] == PARAGRAPHS


def test_a_data_table_whose_rows_are_grouped_under_headings_stays_a_table() -> None:
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import Prepared, prepare_bytes

    table = ("<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>"
             "<tr><td colspan='3'><h2>Group A</h2></td></tr><tr><td>Headland Rovers</td><td>3</td><td>9</td></tr>"
             "<tr><td>Harbour Athletic</td><td>3</td><td>4</td></tr>"
             "<tr><td colspan='3'><h2>Group B</h2></td></tr><tr><td>Cliff United</td><td>3</td><td>6</td></tr></table>")
    prepared = prepare_bytes("page.html", PAGE.replace("<p>Advertisement</p>", table).encode("utf-8"), ArchiveConfig())
    assert isinstance(prepared, Prepared)
    assert "<th>Team</th>" in prepared.html and "<td>Headland Rovers</td>" in prepared.html


def test_a_story_holding_one_linked_heading_beside_cards_is_no_section_front() -> None:
    """An embedded video's heading links away from inside the story's text: the story is no card (too long for a
    teaser), though three cards for other stories follow it."""
    video = "<div class='video'><h4><a href='https://video.example/v/1'>Watch: inside the lamp room</a></h4></div>"
    cards = "".join(f"<li><h5><a href='/story/{n}'>{headline}</a></h5></li>" for n, headline in enumerate(HEADLINES[:3]))
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[:2]) + video + "".join(
        f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[2:])
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")],
                        f"<h1>Lighthouse to become museum</h1><div class='article-content'>{story}</div><ul>{cards}</ul>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle), raw
    assert all(paragraph in raw.text for paragraph in PARAGRAPHS)


def test_a_heading_link_no_url_parser_reads_leaves_the_page_readable() -> None:
    """A live blog's entry whose heading links to an address urllib refuses ("http://[…": an IPv6 host left open)
    made the whole page "cannot be parsed (ValueError)": such a link leads nowhere, as a link without an address."""
    entries = [("Tours booked out", PARAGRAPHS[3]), ("Visitors expected in July", PARAGRAPHS[2]),
               ("Lamp room repaired", PARAGRAPHS[1]), ("Welcome", PARAGRAPHS[0])]
    links = ["http://[headland/live#entry-0", "/live/lighthouse#entry-1", "/live/lighthouse#entry-2", ""]
    live = ('<div class="live-header"><h1>Lighthouse to become museum</h1></div>'
            + "".join(f'<article class="entry"><h3><a href="{link}">{heading}</a></h3><p>{text}</p></article>'
                      for link, (heading, text) in zip(links, entries)))
    page = PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>") + len("</article>")], live)
    raw = read_article("page.html", page.encode("utf-8"), 5_000_000)
    assert isinstance(raw, RawArticle), raw
    assert all(text in raw.text for _, text in entries)


def _page_dated(shown: str) -> RawArticle:
    """A saved page whose only date is ``shown`` in its byline, read; its footer's copyright names a year."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour ferry returns - Isle Post</title></head>'
            f'<body><article><h1>Harbour ferry returns</h1><p class="byline">Isle Post — {shown}</p>'
            + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
            + "</article><footer><p>© Isle Post 2026</p></footer></body></html>")
    raw = read_html_page("page.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle), raw
    return raw


@pytest.mark.parametrize("shown", ["13 نوفمبر 2026", "13 de noviembre de 2026", "13 listopada 2026", "13 листопада 2026",
                                   "2026年11月13日"], ids=["ar", "es", "pl", "uk", "ja"])
def test_a_page_dated_only_in_its_language_is_dated_so_not_by_the_year_of_its_copyright(shown: str) -> None:
    """Without a date in its metadata, the date search read the page's year alone (its copyright line's) and dated
    the story 1 January: it knows English months only."""
    raw = _page_dated(shown)
    assert raw.declared.date == datetime(2026, 11, 13, tzinfo=UTC)


@pytest.mark.parametrize("shown", ["2026年11月13日10:00", "2026年11月13日10時30分"], ids=["clock", "kanji time"])
def test_a_han_date_with_its_time_written_next_to_it_keeps_its_day(shown: str) -> None:
    """"2026年11月13日10:00" was written "2026-11-1310:00" for the date search, which read no day in it and dated
    the story 1 November (a Date: line's reading, ``dates.in_english_words``, kept them apart already)."""
    raw = _page_dated(shown)
    assert raw.declared.date is not None and raw.declared.date.date() == datetime(2026, 11, 13).date()
