"""Saved HTML pages: main text extracted with trafilatura, page metadata kept.

Contract: ``read_html_page(path, data)`` returns a ``RawArticle`` in the raw
text format (headline line, blank line, one paragraph per line block) so the
same text cleaner runs over it afterwards, with title, date and site name from
the page's metadata as declared fields; or ``Rejected`` when the page holds no
article text. trafilatura runs in recall mode (the text cleaner removes the
leftovers it lets through); when it finds nothing, the page's ``<p>`` elements
(BeautifulSoup) are the fallback. The page's markup is prepared for trafilatura in ``page_blocks``, and what its
JSON-LD declares is read in ``json_ld``.
"""
from __future__ import annotations

import contextlib
import logging
import re
import signal
import sys
import threading
import warnings
from datetime import tzinfo, UTC

import trafilatura
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from trafilatura.settings import set_date_params

from .clean import publication_after_headline
from .dates import parse_date, with_english_months
from .decode import CONTROL_CHARACTERS, decode_page_bytes, normalise_text
from .heuristics import HEADLINE_SITE_NAME, PAGE_LABEL_WORDS, PAGE_TITLE_SEPARATOR
from .html_tree import one_line, parsed_page, word_count
from .json_ld import declared_article_body, declared_people, for_metadata, without_other_stories
from .model import DeclaredMetadata, RawArticle, Rejected
from .page_blocks import MIN_ARTICLE_WORDS, for_extraction, story_card_blocks

TRAFILATURA_OPTIONS = {
    "output_format": "txt",
    "include_comments": False,  # reader comments are never article text
    "include_tables": True,  # stats tables and schedules are content
    "include_images": False,
    "include_links": False,
    "favor_recall": True,  # measured on the AEB dev split: more recall, the cleaner restores precision
}
# trafilatura logs its parser's complaints ("lxml parsing failed: Document is empty") without the
# file's name; a page it cannot read is reported by the build, naming the file, as any other input.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
FALLBACK_MIN_WORDS = 8  # a <p> shorter than this is navigation, not article text
MAX_LINKED_SHARE = 0.5
MIN_STORY_CARDS = 3  # cards linking away: one or two are a story's related items; three a section's list
DECLARED_BODY_SHARE = 1.5  # a JSON-LD body this many times the words the page shows is the story behind a teaser
MAX_PAGE_SECONDS = 20  # of processor time; the AEB dev pages take well under a second each
# A page with more tags than this is read without its inline tags (their text stays): trafilatura takes the square
# of the number of elements in one paragraph, in calls no time limit interrupts (40,000 spans: 22 s). The AEB dev
# pages have at most 3,004 tags. A tag ends before the next "<": an opener left unclosed ("<a" in a script's text)
# took everything up to the next tag's end with it, the end of a script among it (the page then held no text).
UNWRAP_INLINE_ABOVE = 20_000
_INLINE_TAG = re.compile(r"</?(?:span|a|b|i|em|strong|font|u|s|small|big|mark|abbr|cite|q|sup|sub|time|ins|del|"
                         r"bdi|bdo|label|data|var|kbd|samp|tt|nobr)\b[^<>]*>", re.IGNORECASE)
# A tag with more attributes than this keeps its first ones: lxml checks each attribute against all those before it
# (40,000 in one tag: 1.4 s a parse, and a page is parsed seven times). A page's tags hold a few dozen at most.
MAX_TAG_ATTRIBUTES = 500
_LONG_TAG = re.compile(r"<(?P<name>[a-zA-Z][^\s/<>]*)(?P<attributes>[^<>]{1000,})>")  # long enough for that many
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?""")
# A numeric character reference, its ";" optional as in HTML ("&#12", "&#x202E;").
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<decimal>[0-9]{1,10}));?")


def read_html_page(path: str, data: bytes, zone: tzinfo = UTC) -> RawArticle | Rejected:
    """Extract the article text and metadata of one saved HTML page."""
    html = decode_page_bytes(data, path)
    if isinstance(html, Rejected):
        return html
    html = _without_attribute_floods(_without_control_references(html))
    html = without_other_stories(html)
    if html.count("<") > UNWRAP_INLINE_ABOVE:
        html = _INLINE_TAG.sub("", html)
    try:
        with _time_limit(MAX_PAGE_SECONDS):
            text = _declared_body_instead(trafilatura.extract(for_extraction(html), **TRAFILATURA_OPTIONS),
                                          html) or _paragraphs_fallback(html)
            readable = bool(text and text.strip())
            problem = _not_an_article(text, html) if readable else None
            declared = _page_metadata(html, zone) if readable and not problem else None
    except _TooSlow:
        return Rejected(path, f"the page could not be read in {MAX_PAGE_SECONDS} s of processor time (tens of "
                              "thousands of elements in one paragraph, or nesting thousands deep?): not published")
    if not readable:
        return Rejected(path, "no article text found in the HTML page")
    if problem:
        return Rejected(path, problem)
    title = declared.title or ""
    paragraphs = "\n\n".join(line for line in normalise_text(text).split("\n") if line.strip())
    return RawArticle(path=path, text=f"{title}\n\n{paragraphs}", format="html", declared=declared)


def _declared_body_instead(text: str | None, html: str) -> str | None:
    """The story's text the page declares in its JSON-LD (``articleBody``) instead of ``text`` when it is that text
    with its paragraphs (trafilatura reads a script-only page's body from there as one line), or the whole of a
    story whose page shows a teaser of it (its first paragraph, then a subscription offer): the declared body holds
    a paragraph of the teaser (a line of ``FALLBACK_MIN_WORDS`` words or more) and ``DECLARED_BODY_SHARE`` times its
    words. Else ``text``."""
    if not text or "articleBody" not in html:
        return text
    declared = declared_article_body(html)
    if declared is None:
        return text
    written, body = declared
    flat_body, flat_text = one_line(body), one_line(text)
    if flat_text == one_line(written) and written != body:  # trafilatura's reading of the body's HTML as words
        return body
    if "\n" not in body.strip() and len(body.split()) < DECLARED_BODY_SHARE * len(text.split()):
        return text
    shown = [line for line in map(one_line, text.split("\n")) if len(line.split()) >= FALLBACK_MIN_WORDS]
    if flat_body == flat_text or (len(flat_body.split()) >= DECLARED_BODY_SHARE * len(flat_text.split())
                                  and any(paragraph in flat_body for paragraph in shown)):
        return body
    return text


def _without_attribute_floods(html: str) -> str:
    """``html`` with each tag of more than ``MAX_TAG_ATTRIBUTES`` attributes cut to its first ones."""
    return _LONG_TAG.sub(_first_attributes, html)


def _first_attributes(tag: re.Match) -> str:
    attributes = _ATTRIBUTE.findall(tag.group("attributes"))
    if len(attributes) <= MAX_TAG_ATTRIBUTES:
        return tag.group()
    return f"<{tag.group('name')} {' '.join(attributes[:MAX_TAG_ATTRIBUTES])}>"


def _without_control_references(html: str) -> str:
    """``html`` without references to the characters decoding drops when they are written raw (controls, bidi
    overrides, surrogates, non-characters): lxml takes no form feed ("&#12;" in a headline: the page could not be
    parsed), and trafilatura left out a paragraph holding "&#1;"."""
    if "&#" not in html:
        return html
    return _NUMERIC_REFERENCE.sub(_kept_reference, html)


def _kept_reference(match: re.Match) -> str:
    code = int(match.group("hex"), 16) if match.group("hex") else int(match.group("decimal"))
    return match.group() if code > sys.maxunicode or not CONTROL_CHARACTERS.fullmatch(chr(code)) else ""


def _not_an_article(text: str, html: str) -> str | None:
    """Why a page whose text was extracted is still no article (a home or section page, an error
    page, a consent wall), else None."""
    words = word_count(text)
    if words < MIN_ARTICLE_WORDS:
        return (f"too little text for an article ({words} words): an error page, a consent form "
                "or a page of links?")
    linked = _linked_words(text, html)
    if linked >= MAX_LINKED_SHARE * words:
        return f"mostly links ({linked} of {words} words): a home or section page, not an article"
    in_cards = _words_in_story_cards(text, html)
    if in_cards >= MAX_LINKED_SHARE * words and words - in_cards < MIN_ARTICLE_WORDS:
        return f"mostly story cards ({in_cards} of {words} words): a section page, not an article"
    return None


def _words_in_story_cards(text: str, html: str) -> int:
    """Words of the extracted text that are the text of the page's story cards (``story_card_blocks``, three or
    more): a section front's headlines with their teasers, whose unlinked teasers outweigh the links."""
    tree = parsed_page(html)
    cards = story_card_blocks(tree) if tree is not None else []
    if len(cards) < MIN_STORY_CARDS:
        return 0
    flat = one_line(text).casefold()
    lines = {one_line(part).casefold() for card in cards for part in card.itertext() if one_line(part)}
    return sum(word_count(line) for line in lines if line in flat)


def _linked_words(text: str, html: str) -> int:
    """Words of the extracted text that are the text of one of the page's links (of two words or
    more: a headline, not "Home")."""
    tree = parsed_page(html)
    if tree is None:
        return 0
    links = {one_line(anchor.text_content()).casefold() for anchor in tree.iter("a")}
    flat = one_line(text).casefold()
    return sum(word_count(link) * flat.count(link) for link in links if word_count(link) >= 2)


def _page_metadata(html: str, zone: tzinfo) -> DeclaredMetadata:
    searched = for_metadata(html)
    metadata = trafilatura.extract_metadata(searched, date_config=_date_search())
    title = (metadata.title if metadata else None) or _title_fallback(html)
    found = metadata.date if metadata else None
    if (in_english := with_english_months(searched)) is not None:
        # a page dated in another language only ("13 نوفمبر 2026"): the date search, which knows English months,
        # fell back on a year alone (the copyright line's) and dated it 1 January
        found = getattr(trafilatura.extract_metadata(in_english, date_config=_date_search()), "date", None) or found
    date = parse_date(found, zone) if found else None
    site = _site_name(metadata, title, html)
    title = _without_site_name(one_line(title), site)
    authors = tuple(metadata.author.split(";")) if metadata and metadata.author else ()  # trafilatura joins with ";"
    return DeclaredMetadata(title=one_line(title) or None, date=date, source=site or None,
                            authors=tuple(author for author in _all_authors(authors, html) if _a_byline(author, site)))


def _a_byline(author: str, site: str | None) -> bool:
    """Whether an author the page declares names someone: not the page's own site (a JSON-LD "Person" named as the
    publication) nor a web address (an author's page given as the name)."""
    name = one_line(author)
    return bool(name) and not (site and name.casefold() == one_line(site).casefold()) and not (
        "://" in name or _a_web_address(name))


def _all_authors(authors: tuple[str, ...], html: str) -> tuple[str, ...]:
    """``authors`` (trafilatura's, from the page's author metadata), or the longer list of people the page's JSON-LD
    names when it holds them all (a page whose <meta name="author"> names the first of its two reporters)."""
    if '"author"' not in html:
        return authors
    declared = declared_people(html)
    named = {author.casefold() for author in declared}
    if len(declared) > len(authors) and all(author.strip().casefold() in named for author in authors):
        return declared
    return authors


def _without_site_name(title: str, site: str | None) -> str:
    """``title`` without the page's own site name after it ("Nadia, 14, wins chess title - Kent Sport Online", an
    ``og:title`` written as a ``<title>`` is): the name is the story's source, not words of its headline."""
    if not site or not title.casefold().endswith(site.casefold()):
        return title
    before = title[:len(title) - len(site)]
    separator = PAGE_TITLE_SEPARATOR.search(before)
    if separator is None or separator.end() != len(before) or not before[:separator.start()].strip():
        return title
    return before[:separator.start()]


def _site_name(metadata, headline: str | None, html: str) -> str | None:
    """The page's publication: its declared site name (``og:site_name``), else the name its ``<title>`` gives after
    the headline, else its web address (trafilatura's guess from its address, or its host)."""
    declared = metadata.sitename if metadata else None
    if declared and not _a_web_address(declared):
        return declared
    return _publication_in_page_title(html, headline) or declared or (metadata.hostname if metadata else None)


def _a_web_address(name: str) -> bool:
    """"calderpost.example": what trafilatura gives as the site's name when the page declares none but has an
    address (a name the title gives is a better one). Written in lower case, as a host is: a site that declares
    its name as an address writes it as its own ("Space.com", whose titles end "| Space")."""
    return "." in name and not any(character.isspace() for character in name) and name == name.lower()


def _publication_in_page_title(html: str, headline: str | None) -> str | None:
    """The publication a page's ``<title>`` names after the headline: whatever name follows the page's own headline
    there ("The 10 best deals – BGR"), else a name the cleaner's rule for scraped headlines takes for one."""
    tree = parsed_page(html)
    title = one_line(tree.findtext(".//title")) if tree is not None else None
    return _publication_in_title(title, one_line(headline)) if title else None


def _publication_in_title(title: str, headline: str | None) -> str | None:
    """The name after ``headline`` in ``title`` (sections between them go); a label at the end ("… | Calder Post |
    Opinion") is passed over for the name before it; else a publication by the cleaner's rule."""
    after_headline = HEADLINE_SITE_NAME.match(title)
    if after_headline and headline and _follows_the_headline(before := after_headline.group("headline"), headline):
        if _a_name_not_a_label(name := after_headline.group("name")):
            return name
        return None if before.casefold() == headline.casefold() else _publication_in_title(before, headline)
    return publication_after_headline(title)


def _follows_the_headline(before_the_name: str, headline: str) -> bool:
    """Whether what a title holds before the name is the page's own headline, with sections after it or none
    ("Lighthouse to become museum | Coast")."""
    before, headline = before_the_name.casefold(), headline.casefold()
    return before == headline or (before.startswith(headline)
                                  and bool(PAGE_TITLE_SEPARATOR.match(before_the_name[len(headline):])))


def _a_name_not_a_label(name: str) -> bool:
    """A name with a letter, not made only of a page's section and label words ("Coast", "Page 2", "Opinion")."""
    words = re.findall(r"\w+", name.casefold())
    return any(character.isalpha() for character in name) and not all(
        word in PAGE_LABEL_WORDS or word.isdigit() for word in words)


def _date_search() -> dict:
    """trafilatura's date search (htmldate) as it sets it, keeping the time of day and offset a page gives
    ("article:published_time 2026-11-03T14:20:00Z"); its default format keeps the day only."""
    return {**set_date_params(True), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


class _TooSlow(Exception):
    """Reading one page took longer than it may."""


@contextlib.contextmanager
def _time_limit(seconds: int):
    """Raise ``_TooSlow`` in the block after ``seconds`` of the process's processor time (a real-time alarm refused
    pages of 3 s of work on a machine busy with other builds, so which pages a site published hung on the load), only
    in a process's main thread (where builds and their workers read pages; elsewhere the block runs unlimited), and
    only between two steps of Python code (one long libxml2 call runs to its end: see ``UNWRAP_INLINE_ABOVE``)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def give_up(_signal, _frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGPROF, give_up)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _soup(html: str) -> BeautifulSoup:
    with warnings.catch_warnings():  # a page that is really XML is read as HTML all the same, without a warning
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "lxml")


def _title_fallback(html: str) -> str | None:
    soup = _soup(html)
    for tag in soup(["script", "style", "template", "noscript"]):  # code, not words of the headline
        tag.decompose()
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content"):
        return str(meta["content"])
    for tag in (soup.find("h1"), soup.title):
        if tag and tag.get_text(strip=True):
            return tag.get_text(" ", strip=True)
    return None


def _paragraphs_fallback(html: str) -> str:
    """The page's paragraphs, inside <article> when there is one; used when trafilatura finds nothing."""
    soup = _soup(html)
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    lines = (one_line(p.get_text(" ", strip=True)) for p in root.find_all("p"))
    return "\n".join(line for line in lines if len(line.split()) >= FALLBACK_MIN_WORDS)


