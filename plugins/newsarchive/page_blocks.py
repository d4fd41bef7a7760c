"""A saved page's markup as trafilatura reads it best (``for_extraction``), and a section front's story cards
(``story_card_blocks``).

Contract: ``for_extraction(html)`` gives the page with tables' captions above them, the tables that lay out a page,
a live blog's entries and the text after a heading made blocks, and notes' superscript links taken out (the page
itself when nothing is to change); it never raises on a page lxml cannot read.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html

from .html_tree import HEADINGS, one_line, parsed_page, word_count

# Pages that hold no article. The shortest article body of the AEB dev pages has 102 words; error
# pages, consent walls and video teasers have 10-20. A home or section page is a list of headlines,
# each the text of a link.
MIN_ARTICLE_WORDS = 30
MAX_STORY_CARD_WORDS = 60  # a headline and a teaser of a sentence or two


def for_extraction(html: str) -> str:
    """``html`` as trafilatura reads it best: tables' captions above them, the tables that lay out a page made blocks
    (``_lays_out_the_page``), without the superscript links to its notes, and the text right after a heading,
    outside any paragraph, made a block of its own (trafilatura dropped the first paragraph of a page written
    "<h1>Headline</h1>First paragraph<br><br>Second…" with the headline)."""
    tables = "<table" in html or "<TABLE" in html
    markers = "<sup" in html or "<SUP" in html
    articles = len(_ARTICLE_TAG.findall(html)) > 1
    if not tables and not markers and not articles and not _TEXT_AFTER_A_HEADING.search(html):
        return html
    tree = parsed_page(html)
    if tree is None:  # trafilatura says so
        return html
    changed = (_captions_above_tables(tree) | _layout_tables_as_blocks(tree)) if tables else False
    changed = (_without_note_markers(tree) if markers else False) or changed
    changed = (_articles_as_blocks(tree) if articles else False) or changed
    for heading in tree.iter(*HEADINGS):
        if heading.tail and heading.tail.strip():
            block = lxml.html.Element("div")
            block.text, heading.tail = heading.tail, None
            heading.addnext(block)
            changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


_ARTICLE_TAG = re.compile(r"<article\b", re.IGNORECASE)
NOTE_MARKER = re.compile(r"^\[?(?:\d{1,3}|[a-z]|[*†‡§])\]?$")  # "1", "[12]", "a", "*": a note's number
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
    return next(filter(None, map(_heading_target, article.iter(*HEADINGS[1:]))), None)


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


def story_card_blocks(tree) -> list:
    """A section front's story cards, however written (<article>, <li>, <div>): for each heading that links to a
    page no other heading links to, the largest element around it that holds no other heading, when it is no longer
    than a teaser (a story's text may hold one heading, an embedded video's, linking away)."""
    headings = list(tree.iter(*HEADINGS))
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
        if word_count(card.text_content()) <= MAX_STORY_CARD_WORDS:  # else a story holding one linked heading
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
        return around if not one_line(around.text) and len(around) == 1 else sup
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
    headings = sum(word_count(inner.text_content()) for inner in cell.iter(*HEADINGS))
    return word_count(cell.text_content()) - headings >= MIN_ARTICLE_WORDS


def _table_of(element):
    """The nearest table around ``element`` (itself, if it is one)."""
    while element is not None and element.tag != "table":
        element = element.getparent()
    return element
