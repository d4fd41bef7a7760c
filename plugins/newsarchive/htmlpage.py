"""Saved HTML pages: main text extracted with trafilatura, page metadata kept.

Contract: ``read_html_page(path, data)`` returns a ``RawArticle`` in the raw
text format (headline line, blank line, one paragraph per line block) so the
same text cleaner runs over it afterwards, with title, date and site name from
the page's metadata as declared fields; or ``Rejected`` when the page holds no
article text. trafilatura runs in recall mode (the text cleaner removes the
leftovers it lets through); when it finds nothing, the page's ``<p>`` elements
(BeautifulSoup) are the fallback.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
import signal
import sys
import threading
import warnings
from datetime import tzinfo, UTC
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from trafilatura.settings import set_date_params

from .clean import publication_after_headline
from .dates import parse_date
from .decode import CONTROL_CHARACTERS, decode_page_bytes, normalise_text
from .heuristics import HEADLINE_SITE_NAME, PAGE_LABEL_WORDS, PAGE_TITLE_SEPARATOR
from .model import DeclaredMetadata, RawArticle, Rejected

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
# Pages that hold no article. The shortest article body of the AEB dev pages has 102 words; error
# pages, consent walls and video teasers have 10-20. A home or section page is a list of headlines,
# each the text of a link.
MIN_ARTICLE_WORDS = 30
MAX_LINKED_SHARE = 0.5
MAX_STORY_CARD_WORDS = 60  # a headline and a teaser of a sentence or two
MIN_STORY_CARDS = 3  # cards linking away: one or two are a story's related items; three a section's list
DECLARED_BODY_SHARE = 1.5  # a JSON-LD body this many times the words the page shows is the story behind a teaser
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
MAX_PAGE_SECONDS = 20  # the AEB dev pages take well under a second each
# A page with more tags than this is read without its inline tags (their text stays): trafilatura takes the square
# of the number of elements in one paragraph, in calls no time limit interrupts (40,000 spans: 22 s). The AEB dev
# pages have at most 3,004 tags.
UNWRAP_INLINE_ABOVE = 20_000
_INLINE_TAG = re.compile(r"</?(?:span|a|b|i|em|strong|font|u|s|small|big|mark|abbr|cite|q|sup|sub|time|ins|del|"
                         r"bdi|bdo|label|data|var|kbd|samp|tt|nobr)\b[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# Scripts written without spaces between words (Chinese, Japanese kana and kanji): a run of them is one "word" to
# str.split, so a whole Japanese story counted 5 words and was refused as an error page. Each such character counts
# as half a word (a Chinese or Japanese word averages about two characters).
_UNSPACED_SCRIPT_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
UNSPACED_CHARACTERS_PER_WORD = 2
# A numeric character reference, its ";" optional as in HTML ("&#12", "&#x202E;").
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<decimal>[0-9]{1,10}));?")


def read_html_page(path: str, data: bytes, zone: tzinfo = UTC) -> RawArticle | Rejected:
    """Extract the article text and metadata of one saved HTML page."""
    html = decode_page_bytes(data, path)
    if isinstance(html, Rejected):
        return html
    html = _without_control_references(html)
    html = _without_other_stories(html)
    if html.count("<") > UNWRAP_INLINE_ABOVE:
        html = _INLINE_TAG.sub("", html)
    try:
        with _time_limit(MAX_PAGE_SECONDS):
            text = _declared_body_instead(trafilatura.extract(_for_extraction(html), **TRAFILATURA_OPTIONS),
                                          html) or _paragraphs_fallback(html)
            readable = bool(text and text.strip())
            problem = _not_an_article(text, html) if readable else None
            declared = _page_metadata(html, zone) if readable and not problem else None
    except _TooSlow:
        return Rejected(path, f"the page could not be read in {MAX_PAGE_SECONDS} s (tens of thousands of elements "
                              "in one paragraph, or nesting thousands deep?): not published")
    if not readable:
        return Rejected(path, "no article text found in the HTML page")
    if problem:
        return Rejected(path, problem)
    title = declared.title or ""
    paragraphs = "\n\n".join(line for line in normalise_text(text).split("\n") if line.strip())
    return RawArticle(path=path, text=f"{title}\n\n{paragraphs}", format="html", declared=declared)


def _for_extraction(html: str) -> str:
    """``html`` as trafilatura reads it best: tables' captions above them, the tables that lay out a page made blocks
    (``_lays_out_the_page``), without the superscript links to its notes, and the text right after a heading,
    outside any paragraph, made a block of its own (trafilatura dropped the first paragraph of a page written
    "<h1>Headline</h1>First paragraph<br><br>Second…" with the headline)."""
    tables = "<table" in html or "<TABLE" in html
    markers = "<sup" in html or "<SUP" in html
    articles = len(_ARTICLE_TAG.findall(html)) > 1
    if not tables and not markers and not articles and not _TEXT_AFTER_A_HEADING.search(html):
        return html
    tree = _parsed_page(html)
    if tree is None:  # trafilatura says so
        return html
    changed = (_captions_above_tables(tree) | _layout_tables_as_blocks(tree)) if tables else False
    changed = (_without_note_markers(tree) if markers else False) or changed
    changed = (_articles_as_blocks(tree) if articles else False) or changed
    for heading in tree.iter(*_HEADINGS):
        if heading.tail and heading.tail.strip():
            block = lxml.html.Element("div")
            block.text, heading.tail = heading.tail, None
            heading.addnext(block)
            changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


_ARTICLE_TAG = re.compile(r"<article\b", re.IGNORECASE)
NOTE_MARKER = re.compile(r"^\[?(?:\d{1,3}|[a-z]|[*†‡§])\]?$")  # "1", "[12]", "a", "*": a note's number
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TEXT_AFTER_A_HEADING = re.compile(r"</h[1-6]\s*>\s*[^\s<]", re.IGNORECASE)


def _articles_as_blocks(tree) -> bool:
    """Read a page's several <article> elements as blocks when the page's headline (its <h1>) is in none of them: they
    are a live blog's entries under it, whose headings trafilatura dropped and whose page header it put after the
    latest entry (a story's own <article> holds its headline: then the others are left to trafilatura, as cards or
    comments beside it). Whether they were."""
    articles = list(tree.iter("article"))
    if len(articles) < 2 or any(article.find(".//h1") is not None for article in articles) or _story_cards(articles):
        return False
    for article in articles:  # without the names that would make trafilatura take one entry for the story
        article.tag = "div"
        for name in ("class", "id", "itemprop", "itemtype"):
            article.attrib.pop(name, None)
    return True


def _story_cards(articles: list) -> list:
    """The <article> elements of ``articles`` that stand for stories on other pages (a section front's cards, a
    related story beside one): the page's <h1> in none, a heading that links to a page no other of them links to
    (a live blog's entries head their own text, or link to the one page they are on: "/live/x#entry-3", "?post=3")."""
    targets = [_card_target(article) for article in articles]
    return [article for article, target in zip(articles, targets) if target is not None and targets.count(target) == 1]


def _card_target(article) -> str | None:
    """The page the first heading of ``article`` links to, when it holds no <h1>."""
    if article.find(".//h1") is not None:
        return None
    return next(filter(None, map(_heading_target, article.iter(*_HEADINGS[1:]))), None)


def _heading_target(heading) -> str | None:
    """The page a heading links to (its address without query and fragment; a link in it or around it), or None."""
    for link in [*heading.iter("a"), *heading.iterancestors("a")]:
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            return _page_address(href)
    return None


def _page_address(href: str) -> str | None:
    """``href`` without its query and fragment; None for an address urllib cannot read ("http://[…", an IPv6 host
    left open), which leads nowhere."""
    try:
        parts = urlsplit(href)
    except ValueError:  # urllib's only answer to a malformed address
        return None
    return parts._replace(query="", fragment="").geturl()


def _story_card_blocks(tree) -> list:
    """A section front's story cards, however written (<article>, <li>, <div>): for each heading that links to a
    page no other heading links to, the largest element around it that holds no other heading, when it is no longer
    than a teaser (a story's text may hold one heading, an embedded video's, linking away)."""
    headings = list(tree.iter(*_HEADINGS))
    held: dict = {}
    for heading in headings:
        for around in heading.iterancestors():
            held[around] = held.get(around, 0) + 1
    targets = [(heading, _heading_target(heading)) for heading in headings if heading.tag != "h1"]
    found = [target for _, target in targets if target is not None]
    cards = []
    for heading, target in targets:
        if target is None or found.count(target) > 1:
            continue
        card = heading
        while (around := card.getparent()) is not None and around.tag not in ("body", "html") and held[around] == 1:
            card = around
        if _word_count(card.text_content()) <= MAX_STORY_CARD_WORDS:  # else a story holding one linked heading
            cards.append(card)
    return cards


def _without_note_markers(tree) -> bool:
    """Take out the superscript links to the page's notes ("…4,800 children.<sup><a href="#fn1">1</a></sup>": the
    text read "4,800 children.1", a number run into the sentence); a superscript of the text ("m<sup>2</sup>")
    stays. Whether there was one."""
    markers = [marker for marker in map(_note_marker, tree.iter("sup")) if marker is not None]
    for marker in markers:
        marker.drop_tree()
    return bool(markers)


def _note_marker(sup):
    """The element to take out for ``sup`` when it is a link to a note (the link around it, when it is all the
    link holds), else None."""
    if not NOTE_MARKER.match(sup.text_content().strip()):
        return None
    around = sup.getparent()
    if around is not None and around.tag == "a" and (around.get("href") or "").startswith("#"):
        return around if not _one_line(around.text) and len(around) == 1 else sup
    return sup if any((link.get("href") or "").startswith("#") for link in sup.iter("a")) else None


def _captions_above_tables(tree) -> bool:
    """Put each table's caption in a paragraph above it (trafilatura wrote one as a first row of empty cells over a
    second header row, which showed as a row of dashes); whether there was one."""
    captions = [caption for caption in tree.iter("caption") if caption.getparent() is not None]
    for caption in captions:
        line = lxml.html.Element("p")
        line.text = caption.text_content()
        caption.getparent().addprevious(line)
        caption.drop_tree()
    return bool(captions)


def _layout_tables_as_blocks(tree) -> bool:
    """Make blocks of the tables that lay out the page (an old site's: trafilatura read one as a data table, the
    story's <br>-separated paragraphs run together in one of its cells between the site's menu and its print links);
    whether there was one."""
    layout = [table for table in tree.iter("table") if _lays_out_the_page(table)]
    parts = [part for table in layout for part in table.iter(*_TABLE_PARTS)
             if any(_table_of(part) is table for table in layout)]
    for element in layout + parts:
        element.tag = "div"
    return bool(layout)


_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")


def _lays_out_the_page(table) -> bool:
    """One cell a row, or a cell holding another table or a headline with a story's words (a data table's cell may
    head a group of its rows: "<td colspan=3><h2>Group A</h2></td>")."""
    rows = [row for row in table.iter("tr") if _table_of(row) is table]
    if not rows:
        return False
    one_cell_each = all(sum(1 for cell in row if cell.tag in ("td", "th")) <= 1 for row in rows)
    return one_cell_each or any(_table_of(inner.getparent()) is table
                                and (inner.tag == "table" or _a_story_around(inner))
                                for inner in table.iter("table", "h1", "h2") if inner is not table)


def _a_story_around(heading) -> bool:
    """Whether the cell holding ``heading`` holds an article's words besides its headings."""
    cell = next((element for element in heading.iterancestors("td", "th")), None)
    if cell is None:
        return False
    headings = sum(_word_count(inner.text_content()) for inner in cell.iter(*_HEADINGS))
    return _word_count(cell.text_content()) - headings >= MIN_ARTICLE_WORDS


def _table_of(element):
    """The nearest table around ``element`` (itself, if it is one)."""
    while element is not None and element.tag != "table":
        element = element.getparent()
    return element


def _declared_body_instead(text: str | None, html: str) -> str | None:
    """The story's text the page declares in its JSON-LD (``articleBody``) instead of ``text`` when it is that text
    with its paragraphs (trafilatura reads a script-only page's body from there as one line), or the whole of a
    story whose page shows a teaser of it (its first paragraph, then a subscription offer): the declared body holds
    a paragraph of the teaser (a line of ``FALLBACK_MIN_WORDS`` words or more) and ``DECLARED_BODY_SHARE`` times its
    words. Else ``text``."""
    if not text or "articleBody" not in html:
        return text
    declared = _declared_article_body(html)
    if declared is None:
        return text
    written, body = declared
    flat_body, flat_text = _one_line(body), _one_line(text)
    if flat_text == _one_line(written) and written != body:  # trafilatura's reading of the body's HTML as words
        return body
    if "\n" not in body.strip() and len(body.split()) < DECLARED_BODY_SHARE * len(text.split()):
        return text
    shown = [line for line in map(_one_line, text.split("\n")) if len(line.split()) >= FALLBACK_MIN_WORDS]
    if flat_body == flat_text or (len(flat_body.split()) >= DECLARED_BODY_SHARE * len(flat_text.split())
                                  and any(paragraph in flat_body for paragraph in shown)):
        return body
    return text


def _declared_article_body(html: str) -> tuple[str, str] | None:
    """The longest ``articleBody`` of the page's JSON-LD, as written and as plain text (one written in HTML read as
    its words, a line to each block: trafilatura ran its paragraphs together, and took its markup for words)."""
    bodies = [node["articleBody"] for node in _json_ld_objects(html)
              if isinstance(node.get("articleBody"), str) and node["articleBody"].strip()]
    plain = [(body, _html_body_text(body) if _MARKUP.search(body) else body) for body in bodies]
    return max((pair for pair in plain if pair[1].strip()), key=lambda pair: len(pair[1]), default=None)


_BLOCKS = ("p", "div", "br", "li", "blockquote", "tr", "section", *_HEADINGS)


def _html_body_text(body: str) -> str:
    """The words of a body written in HTML, one line to each of its blocks (paragraphs, headings, line breaks), its
    scripts and styles left out."""
    try:
        root = lxml.html.fragment_fromstring(body, create_parent="div")
    except (ValueError, lxml.etree.ParserError):  # nothing an HTML parser can read
        return ""
    for code in list(root.iter("script", "style", "template")):
        code.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
        if block.tag != "br":
            block.text = "\n" + (block.text or "")
    return "\n".join(line for line in map(str.strip, root.text_content().split("\n")) if line)


def _declared_people(html: str) -> tuple[str, ...]:
    """The longest list of people the page's JSON-LD names as a story's authors (an organisation is no byline)."""
    lists = [tuple(_one_line(author["name"]) for author in _as_list(node["author"]) if _a_named_person(author))
             for node in _json_ld_objects(html) if "author" in node]
    return max(lists, key=len, default=())


def _a_named_person(author) -> bool:
    return (isinstance(author, dict) and author.get("@type") == "Person" and isinstance(author.get("name"), str)
            and bool(author["name"].strip()))


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _json_ld_objects(html: str) -> list[dict]:
    """The objects of the page's JSON-LD scripts, however nested (``@graph``, lists), but those of other stories
    (``_other_stories``)."""
    tree = _parsed_page(html)
    if tree is None:
        return []
    objects = [node for script in _json_ld_scripts(tree) for node in _objects_of(script[1])]
    others = _other_stories(objects, tree)
    return [node for node in objects if not any(node is other for other in others)]


def _json_ld_scripts(tree) -> list[tuple]:
    """Each JSON-LD script element of the page with what it holds (those that are no JSON left out)."""
    scripts = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            scripts.append((script, json.loads(script.text or "")))
        except ValueError:  # a script that is no JSON
            continue
    return scripts


def _objects_of(declared) -> list[dict]:
    objects: list[dict] = []
    _collect_objects(declared, objects)
    return objects


def _other_stories(objects: list[dict], tree) -> list[dict]:
    """The objects of other stories: when one object's ``headline`` is the page's own (its <title>, og:title or
    <h1>), one with another headline is a related story, a list's item or another article of a ``@graph``, whose
    body and authors are not this story's. (A page whose objects all differ from what it shows is left as it is: a
    headline written for search engines.)"""
    headlined = [node for node in objects if isinstance(node.get("headline"), str) and node["headline"].strip()]
    if len(headlined) < 2:
        return []
    shown = _page_headlines(tree)
    own = [node for node in headlined if _is_the_page_headline(node["headline"], shown)]
    return [node for node in headlined if not any(node is mine for mine in own)] if own else []


def _page_headlines(tree) -> list[str]:
    """What a page shows as its headline: its <title>, og:title and <h1> texts, on one line and case-folded."""
    texts = tree.xpath('//title/text() | //meta[@property="og:title"]/@content') + [
        heading.text_content() for heading in tree.iter("h1")]
    return [_one_line(str(text)).casefold() for text in texts if _one_line(str(text))]


def _is_the_page_headline(headline: str, page_headlines: list[str]) -> bool:
    """Whether ``headline`` is one of ``page_headlines`` or begins one (a <title> with the site's name after it)."""
    headline = _one_line(headline).casefold()
    return any(shown == headline or shown.startswith(headline) for shown in page_headlines)


def _without_other_stories(html: str) -> str:
    """``html`` without the ``articleBody`` and ``author`` of other stories (``_other_stories``) in its JSON-LD:
    trafilatura reads a page whose own text is short from the first body its JSON-LD holds (a week's round-up in the
    ``@graph`` of a teaser page was published under the teaser's headline), and its authors from any article's."""
    if html.count('"headline"') < 2 or ('"articleBody"' not in html and '"author"' not in html):
        return html
    tree = _parsed_page(html)
    if tree is None:
        return html
    scripts = _json_ld_scripts(tree)
    others = _other_stories([node for _, declared in scripts for node in _objects_of(declared)], tree)
    changed = False
    for script, declared in scripts:
        for node in _objects_of(declared):
            if any(node is other for other in others) and ("articleBody" in node or "author" in node):
                node.pop("articleBody", None)
                node.pop("author", None)
                script.text = json.dumps(declared).replace("<", "\\u003c")
                changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


def _collect_objects(node, objects: list[dict]) -> None:
    if isinstance(node, dict):
        objects.append(node)
    for value in (node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()):
        if isinstance(value, (list, dict)):
            _collect_objects(value, objects)


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
    words = _word_count(text)
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
    """Words of the extracted text that are the text of the page's story cards (``_story_card_blocks``, three or
    more): a section front's headlines with their teasers, whose unlinked teasers outweigh the links."""
    tree = _parsed_page(html)
    cards = _story_card_blocks(tree) if tree is not None else []
    if len(cards) < MIN_STORY_CARDS:
        return 0
    flat = _one_line(text).casefold()
    lines = {_one_line(part).casefold() for card in cards for part in card.itertext() if _one_line(part)}
    return sum(_word_count(line) for line in lines if line in flat)


def _linked_words(text: str, html: str) -> int:
    """Words of the extracted text that are the text of one of the page's links (of two words or
    more: a headline, not "Home")."""
    tree = _parsed_page(html)
    if tree is None:
        return 0
    links = {_one_line(anchor.text_content()).casefold() for anchor in tree.iter("a")}
    flat = _one_line(text).casefold()
    return sum(_word_count(link) * flat.count(link) for link in links if _word_count(link) >= 2)


def _word_count(text: str) -> int:
    """The words of ``text``: those spaces separate, and in a script written without spaces one per
    ``UNSPACED_CHARACTERS_PER_WORD`` of its characters."""
    unspaced = len(_UNSPACED_SCRIPT_CHARACTER.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = len(_UNSPACED_SCRIPT_CHARACTER.sub(" ", text).split())
    return spaced + unspaced // UNSPACED_CHARACTERS_PER_WORD


def _page_metadata(html: str, zone: tzinfo) -> DeclaredMetadata:
    metadata = trafilatura.extract_metadata(html, date_config=_date_search())
    title = (metadata.title if metadata else None) or _title_fallback(html)
    date = parse_date(metadata.date, zone) if metadata and metadata.date else None
    site = _site_name(metadata, title, html)
    title = _without_site_name(_one_line(title), site)
    authors = tuple(metadata.author.split(";")) if metadata and metadata.author else ()  # trafilatura joins with ";"
    return DeclaredMetadata(title=_one_line(title) or None, date=date, source=site or None,
                            authors=tuple(author for author in _all_authors(authors, html) if _a_byline(author, site)))


def _a_byline(author: str, site: str | None) -> bool:
    """Whether an author the page declares names someone: not the page's own site (a JSON-LD "Person" named as the
    publication) nor a web address (an author's page given as the name)."""
    name = _one_line(author)
    return bool(name) and not (site and name.casefold() == _one_line(site).casefold()) and not (
        "://" in name or _a_web_address(name))


def _all_authors(authors: tuple[str, ...], html: str) -> tuple[str, ...]:
    """``authors`` (trafilatura's, from the page's author metadata), or the longer list of people the page's JSON-LD
    names when it holds them all (a page whose <meta name="author"> names the first of its two reporters)."""
    if '"author"' not in html:
        return authors
    declared = _declared_people(html)
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
    tree = _parsed_page(html)
    title = _one_line(tree.findtext(".//title")) if tree is not None else None
    return _publication_in_title(title, _one_line(headline)) if title else None


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
    """Raise ``_TooSlow`` in the block after ``seconds``: a real-time alarm, so only in a process's main thread
    (where builds and their workers read pages; elsewhere the block runs unlimited), and only between two steps
    of Python code (one long libxml2 call runs to its end: see ``UNWRAP_INLINE_ABOVE``)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def give_up(_signal, _frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    lines = (_one_line(p.get_text(" ", strip=True)) for p in root.find_all("p"))
    return "\n".join(line for line in lines if len(line.split()) >= FALLBACK_MIN_WORDS)


def _parsed_page(html: str):
    """The page's element tree, or None when no HTML parser can read it."""
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # lxml's answer to text it cannot parse
        return None


def _one_line(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()
