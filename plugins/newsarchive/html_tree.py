"""A saved page's text as lxml reads it: its element tree (``parsed_page``), an element's text on one line
(``one_line``) and its words counted (``word_count``), for the modules that read saved pages (``htmlpage``,
``json_ld``, ``page_blocks``)."""
from __future__ import annotations

import re

import lxml.etree
import lxml.html

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SPACE = re.compile(r"\s+")
# Scripts written without spaces between words (Chinese, Japanese kana and kanji): a run of them is one "word" to
# str.split, so a whole Japanese story counted 5 words and was refused as an error page. Each such character counts
# as half a word (a Chinese or Japanese word averages about two characters).
_UNSPACED_SCRIPT_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
UNSPACED_CHARACTERS_PER_WORD = 2


def parsed_page(html: str):
    """The page's element tree, or None when no HTML parser can read it."""
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # lxml's answer to text it cannot parse
        return None


def one_line(text: str | None) -> str:
    """``text`` (None: "") with each run of white space one space, stripped."""
    return _SPACE.sub(" ", text or "").strip()


def word_count(text: str) -> int:
    """The words of ``text``: those spaces separate, and in a script written without spaces one per
    ``UNSPACED_CHARACTERS_PER_WORD`` of its characters."""
    unspaced = len(_UNSPACED_SCRIPT_CHARACTER.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = len(_UNSPACED_SCRIPT_CHARACTER.sub(" ", text).split())
    return spaced + unspaced // UNSPACED_CHARACTERS_PER_WORD
