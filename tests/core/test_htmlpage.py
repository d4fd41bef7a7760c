"""Saved HTML pages: the article text through trafilatura, page metadata as declared fields."""
from __future__ import annotations

from newsarchive.clean import CleanConfig, clean_article
from newsarchive.htmlpage import read_html_page
from newsarchive.model import RawArticle, Rejected

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


def test_page_without_text_is_rejected() -> None:
    result = read_html_page("empty.html", b"<html><head><title>x</title></head><body></body></html>")
    assert isinstance(result, Rejected)


def test_a_headline_taken_from_the_page_leaves_its_scripts_out() -> None:
    from newsarchive.htmlpage import _title_fallback

    page = "<html><body><h1><script>alert('x')</script>Night buses <style>h1{}</style>return</h1></body></html>"
    assert _title_fallback(page) == "Night buses return"
