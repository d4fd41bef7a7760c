"""Saved pages built to be slow to read (bodies of unclosed tags, JSON-LD of megabytes) are read in bounded time, or
refused naming the file, and the story they hold is kept. Every page here is written for these tests."""
from __future__ import annotations

import json
import re
import time

from newsarchive.htmlpage import read_html_page
from newsarchive.json_ld import MAX_UNCLOSED_OPENERS, declared_article_body, for_metadata
from newsarchive.model import RawArticle
from robust_kit import GOOD_PARAGRAPHS

HEADLINE = "Ferry timetable changes approved in Ostvik"
REPORTER = "Ingrid Solberg"
OPENER_AFTER_WORDS = "<a the council said the harbour plan would go ahead next year or the year after that "


def json_ld_page(article_body: str, *, escaped: bool = True) -> str:
    """A page showing a short story, whose JSON-LD declares ``article_body``, its "<" written as "\\u003c" (as
    ``json.dumps(...).replace("<", "\\\\u003c")`` writes them) or as they are."""
    declared = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
                           "author": {"@type": "Person", "name": REPORTER}, "articleBody": article_body})
    if escaped:
        declared = declared.replace("<", "\\u003c")
    shown = "".join(f"<p>{paragraph}</p>" for paragraph in GOOD_PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
            f'<script type="application/ld+json">{declared}</script></head>'
            f"<body><article><h1>{HEADLINE}</h1>{shown}</article></body></html>")


def unclosed_openers(count: int) -> str:
    return " ".join(GOOD_PARAGRAPHS) + " " + OPENER_AFTER_WORDS * count


def test_a_json_ld_body_of_unclosed_openers_is_told_from_markup_in_one_pass():
    """The search for a tag in a declared body tried each of its openers to the body's end (10,000 "<a" in 1 MB:
    9 s); the body, which holds no tag, is its own text."""
    body = unclosed_openers(10_000)
    started = time.perf_counter()
    declared = declared_article_body(json_ld_page(body))
    assert time.perf_counter() - started < 3
    assert declared == (body, body)


def test_a_json_ld_body_with_tags_is_still_read_as_its_words():
    body = "<p>" + "</p><p>".join(GOOD_PARAGRAPHS) + "</p><a <a"
    assert declared_article_body(json_ld_page(body))[1].split("\n")[:3] == list(GOOD_PARAGRAPHS)


def _unclosed_in_scripts(html: str) -> int:
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, re.S)
    return sum(len(re.findall(r"<(?![^<>]*>)", script.replace("\\u003c", "<"))) for script in scripts)


def test_trafilatura_s_metadata_search_is_given_json_ld_without_a_run_of_unclosed_openers():
    """That search strips tags from each script's whole text, trying each unclosed "<" to its end (10 s for 1 MB):
    the page it is given holds at most MAX_UNCLOSED_OPENERS of them, and the story's headline and author."""
    for escaped in (True, False):
        searched = for_metadata(json_ld_page(unclosed_openers(5_000), escaped=escaped))
        assert _unclosed_in_scripts(searched) <= MAX_UNCLOSED_OPENERS
        declared = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', searched, re.S)[1])
        assert (declared["headline"], declared["author"]["name"]) == (HEADLINE, REPORTER)


def test_a_page_whose_json_ld_holds_few_unclosed_openers_is_given_to_the_metadata_search_as_it_is():
    page = json_ld_page("<p>" + "</p><p>".join(GOOD_PARAGRAPHS) + "</p> Fares < 5 pounds <a")
    assert for_metadata(page) is page


def test_a_page_declaring_a_megabyte_of_unclosed_openers_is_read_with_its_metadata_in_bounded_time():
    """10,000 unclosed "<a" in 1 MB of JSON-LD body: 24 s, or refused at the 20 s limit, before."""
    started = time.perf_counter()
    raw = read_html_page("page.html", json_ld_page(unclosed_openers(10_000)).encode())
    assert time.perf_counter() - started < 15
    assert isinstance(raw, RawArticle)
    assert raw.declared.title == HEADLINE and raw.declared.authors == (REPORTER,)
    assert all(paragraph in raw.text for paragraph in GOOD_PARAGRAPHS)


def test_an_opener_left_unclosed_in_a_script_of_a_page_of_many_tags_takes_no_tag_end_with_it():
    """A page of more than UNWRAP_INLINE_ABOVE "<" is read without its inline tags: the tag pattern ran from an
    unclosed "<a" in a script to the next ">", the end of the script among it, and the page held no text."""
    raw = read_html_page("page.html", json_ld_page(unclosed_openers(25_000), escaped=False).encode())
    assert isinstance(raw, RawArticle)
    assert all(paragraph in raw.text for paragraph in GOOD_PARAGRAPHS)


def test_a_tag_of_tens_of_thousands_of_attributes_keeps_its_first_ones():
    from newsarchive.htmlpage import MAX_TAG_ATTRIBUTES, _without_attribute_floods

    flooded = "<p " + " ".join(f'data-a{number}="{number}"' for number in range(5_000)) + ">Text</p>"
    kept = re.findall(r"data-a\d+", _without_attribute_floods(flooded))
    assert kept == [f"data-a{number}" for number in range(MAX_TAG_ATTRIBUTES)]
    image = '<img src="data:image/png;base64,' + "QUJD" * 5_000 + '==" alt="A chart">'
    page = f"<p class='lead' id='x'>Text</p>{image}"
    assert _without_attribute_floods(page) == page  # long tags of few attributes as they are


def test_a_page_with_a_tag_of_tens_of_thousands_of_attributes_is_read_in_bounded_time():
    """lxml checks each attribute of a tag against those before it: 80,000 took 5 s a parse, and the page was
    refused at the 20 s limit."""
    flood = "<div " + " ".join(f"a{number}=x" for number in range(80_000)) + "></div>"
    page = json_ld_page("").replace("<article>", f"<article>{flood}")
    started = time.perf_counter()
    raw = read_html_page("page.html", page.encode())
    assert time.perf_counter() - started < 15
    assert isinstance(raw, RawArticle) and all(paragraph in raw.text for paragraph in GOOD_PARAGRAPHS)


def test_a_page_whose_unclosed_openers_are_in_its_code_is_given_to_the_metadata_search_as_it_is():
    """Inline code of comparisons ("i < n") holds many a "<" that no ">" closes; only a JSON-LD script's are the
    metadata search's concern, and the page is not written anew for it."""
    code = "<script>" + "if (i < n) { i += 1; } " * 500 + "</script>"
    page = json_ld_page(" ".join(GOOD_PARAGRAPHS)).replace("</head>", f"{code}</head>")
    assert for_metadata(page) is page
