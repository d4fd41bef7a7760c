"""A saved page's JSON-LD (schema.org objects in ``<script type="application/ld+json">``): the story's body and
authors as the page declares them, the objects of other stories it lists left out.

Contract: ``declared_article_body(html)`` and ``declared_people(html)`` read what the page declares, never
raising on a script that is no JSON; ``without_other_stories(html)`` gives the page without other stories' bodies
and authors in its JSON-LD, for trafilatura to read.
"""
from __future__ import annotations

import html as html_text
import json
import re

import lxml.etree
import lxml.html

from .html_tree import HEADINGS, one_line, parsed_page

# Where a tag could open ("<p", "</a"): a body holds markup when a ">" follows one. (The search of a whole tag,
# "</?[a-zA-Z][^>]*>", tried each opener to the end of a body of unclosed ones: 19,000 "<a" in 1 MB, 9 s.)
_TAG_OPENER = re.compile(r"</?[a-zA-Z]")
# trafilatura's metadata search strips tags from the whole text of each JSON-LD script ("<[^>]*>", once "\u003c" and
# "&lt;" are read as "<"), trying each "<" to the end of the script when no ">" closes it: the square of a body of
# unclosed openers (19,000 "<a" in 1 MB: 10 s). A script with more such openers than this is given to that search
# with its values as text (a page's own story holds none: a "<" in its text is written "&lt;", and read as one).
MAX_UNCLOSED_OPENERS = 100
_UNCLOSED_OPENER = re.compile(r"<(?![^<>]*>)")  # a "<" whose next "<" comes before any ">": linear to find
_TAG = re.compile(r"<[^<>]*>")
_SCRIPTS_METADATA_READS = '//script[@type="application/ld+json" or @type="application/settings+json"]'


def declared_article_body(html: str) -> tuple[str, str] | None:
    """The longest ``articleBody`` of the page's JSON-LD, as written and as plain text (one written in HTML read as
    its words, a line to each block: trafilatura ran its paragraphs together, and took its markup for words)."""
    bodies = [node["articleBody"] for node in _json_ld_objects(html)
              if isinstance(node.get("articleBody"), str) and node["articleBody"].strip()]
    plain = [(body, _html_body_text(body) if _holds_markup(body) else body) for body in bodies]
    return max((pair for pair in plain if pair[1].strip()), key=lambda pair: len(pair[1]), default=None)


def _holds_markup(body: str) -> bool:
    """Whether ``body`` holds a tag: an opener with a ">" after it, found in one pass whatever the openers left
    unclosed."""
    opener = _TAG_OPENER.search(body)
    return opener is not None and ">" in body[opener.end():]


_BLOCKS = ("p", "div", "br", "li", "blockquote", "tr", "section", *HEADINGS)


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


def declared_people(html: str) -> tuple[str, ...]:
    """The longest list of people the page's JSON-LD names as a story's authors (an organisation is no byline)."""
    lists = [tuple(one_line(author["name"]) for author in _as_list(node["author"]) if _a_named_person(author))
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
    tree = parsed_page(html)
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
    return [one_line(str(text)).casefold() for text in texts if one_line(str(text))]


def _is_the_page_headline(headline: str, page_headlines: list[str]) -> bool:
    """Whether ``headline`` is one of ``page_headlines`` or begins one (a <title> with the site's name after it)."""
    headline = one_line(headline).casefold()
    return any(shown == headline or shown.startswith(headline) for shown in page_headlines)


def without_other_stories(html: str) -> str:
    """``html`` without the ``articleBody`` and ``author`` of other stories (``_other_stories``) in its JSON-LD:
    trafilatura reads a page whose own text is short from the first body its JSON-LD holds (a week's round-up in the
    ``@graph`` of a teaser page was published under the teaser's headline), and its authors from any article's."""
    if html.count('"headline"') < 2 or ('"articleBody"' not in html and '"author"' not in html):
        return html
    tree = parsed_page(html)
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


def for_metadata(html: str) -> str:
    """``html`` as trafilatura's metadata search may read it in bounded time: each of its JSON-LD scripts with more
    than ``MAX_UNCLOSED_OPENERS`` unclosed "<" has its values as text (their tags out, and the "<" that open none),
    or, when it is no JSON, nothing. Any other page as it is."""
    if "<script" not in html or not _too_many_openers(html):  # the page's scripts hold no more than the page
        return html
    tree = parsed_page(html)
    flooded = [script for script in tree.xpath(_SCRIPTS_METADATA_READS)
               if _too_many_openers(script.text or "")] if tree is not None else []
    for script in flooded:
        script.text = _as_text_json(script.text)
    return lxml.html.tostring(tree, encoding="unicode") if flooded else html


def _too_many_openers(text: str) -> bool:
    """Whether ``text``, read as trafilatura reads a script's, holds more than ``MAX_UNCLOSED_OPENERS`` unclosed
    "<"."""
    read = html_text.unescape(text.replace("\\u003c", "<").replace("\\u003C", "<"))
    return read.count("<") > MAX_UNCLOSED_OPENERS and len(_UNCLOSED_OPENER.findall(read)) > MAX_UNCLOSED_OPENERS


def _as_text_json(script_text: str) -> str:
    """A script's JSON with each string its text (its tags and each "<" left out), or "" when it is no JSON."""
    try:
        declared = json.loads(script_text)
    except ValueError:
        return ""
    return json.dumps(_values_as_text(declared))


def _values_as_text(node):
    if isinstance(node, str):
        return _TAG.sub("", html_text.unescape(node)).replace("<", "")
    if isinstance(node, dict):
        return {key: _values_as_text(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_values_as_text(value) for value in node]
    return node


def _collect_objects(node, objects: list[dict]) -> None:
    if isinstance(node, dict):
        objects.append(node)
    for value in (node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()):
        if isinstance(value, (list, dict)):
            _collect_objects(value, objects)
