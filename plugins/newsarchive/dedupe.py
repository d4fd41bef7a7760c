"""Deduplication: the same article under two names is published once.

Two inputs are the same article when their text is the same after Unicode and
whitespace normalisation (so a CRLF copy or a re-encoded copy is a duplicate), or
when the story a reader sees is the same: the same cleaned headline and body (two
scrapes of one story with other boilerplate around it), compared as a reader reads
them (``story_form``: character references decoded, invisible characters, typographic
quotes and dashes, case and spacing aside).
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Sequence

from .model import Article


def content_fingerprint(text: str) -> str:
    """A stable hash of an article's text, blind to encoding, line ends and spacing."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


# What two scrapes of one story may differ by and still be the one story a reader reads: characters no one sees
# (zero-width spaces, soft hyphens, joiners, a stray byte-order mark) and the typographic forms of quotes,
# apostrophes and dashes (one scraper keeps "curly" quotes, another writes them straight).
STORY_FORM = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None),
              **{ord(mark): "'" for mark in "\u2018\u2019\u201a\u201b\u2032`\u00b4\u02bc"},
              **{ord(mark): '"' for mark in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
              **{ord(mark): "-" for mark in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}}
FOLDED = re.compile("[" + "".join(map(chr, STORY_FORM)) + "]")  # (a search, then a fold of what it finds: str.translate
# looks up every character, 4 µs a headline)
MARKUP = re.compile(r"<[^>]*>")
# Compatibility forms that are not the characters they show: a superscript or subscript figure or sign, a vulgar
# fraction ("2⁸" is not "28", "1½" not "11⁄2", "x²" not "x2"): kept as written (NFKC would fold them).
KEPT_FORMS = re.compile("([\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u215f\u2189])")


def story_form(text: str) -> str:
    """``text`` as it is compared with another story's: references decoded, compatibility forms (a no-break space,
    "…") as the characters they show (``KEPT_FORMS`` aside), ``STORY_FORM`` folded, case and spacing aside."""
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():  # (the forms of most headlines are made in a tenth of the time, on every build)
        text = FOLDED.sub(lambda mark: STORY_FORM[ord(mark.group())] or "", _compatibility_folded(text))
    return " ".join(text.casefold().split())


def _compatibility_folded(text: str) -> str:
    """``text`` in NFKC, but for ``KEPT_FORMS``."""
    if not KEPT_FORMS.search(text):
        return unicodedata.normalize("NFKC", text)
    return "".join(piece if index % 2 else unicodedata.normalize("NFKC", piece)
                   for index, piece in enumerate(KEPT_FORMS.split(text)))


# What a tag of a story's rendered body holds that a reader reaches: where a link leads, the image shown and its text.
REACHED = re.compile(r'\s(?:href|src|alt)="([^"]*)"')


def _shown_body(article: Article) -> str:
    """The body as a reader reads it: its rendered HTML without the markup (a Markdown copy's emphasis is no other
    text), but for where its links lead and the images it shows (``REACHED``), else its Markdown."""
    if not article.body_html:
        return article.body_markdown
    return MARKUP.sub(lambda tag: " ".join(("", *REACHED.findall(tag.group()), "")), article.body_html)


# A story published under the headline of one before it and sharing at least this share of the paragraphs of the
# shorter of the two is likely an updated scrape of it (a paragraph added, a figure corrected), published under
# another file name: published (it holds what the other does not), with a note naming the story it updates.
UPDATE_SHARE = 0.8
# A story whose cleaned body is, word for word, one published before it under another headline (one wire story
# carried by two outlets, a scrape whose headline was changed) is published with a note naming it, when the body
# has this many words at least ("More to follow." under two headlines is no story twice).
SAME_TEXT_MIN_WORDS = 30


@dataclass(frozen=True, slots=True)
class Deduplicated:
    originals: tuple[Article, ...]  # the first of each story
    duplicates: tuple[tuple[Article, Article], ...]  # (left out, the original it repeats)
    updates: tuple[tuple[Article, Article], ...]  # (an original, the one before it that it likely updates)
    retitled: tuple[tuple[Article, Article], ...] = ()  # (an original, the one before it with its body, retitled)


def find_duplicates(articles: Sequence[Article]) -> Deduplicated:
    """Split articles into the first of each story and (duplicate, original) pairs; find the likely updates and
    the same bodies under other headlines among the originals."""
    by_text: dict[str, Article] = {}
    by_body: dict[str, Article] = {}  # the first original of each cleaned body as written (a string's hash is cheap)
    by_headline: dict[str, list[Article]] = {}  # the first of each story, by its headline in story form
    # Only stories under one headline are compared, so only their bodies are put in story form (each body of a
    # large archive, on every build, would cost): each once, by the id of its article (alive in ``articles``).
    bodies: dict[int, str] = {}
    paragraphs: dict[int, frozenset[str]] = {}

    def body(article: Article) -> str:
        if id(article) not in bodies:
            bodies[id(article)] = story_form(_shown_body(article))
        return bodies[id(article)]

    def updated(article: Article, earlier: Article) -> bool:
        for each in (article, earlier):
            if id(each) not in paragraphs:
                paragraphs[id(each)] = _paragraphs(each)
        mine, theirs = paragraphs[id(article)], paragraphs[id(earlier)]
        return bool(mine and theirs) and len(mine & theirs) >= UPDATE_SHARE * min(len(mine), len(theirs))

    originals: list[Article] = []
    duplicates: list[tuple[Article, Article]] = []
    updates: list[tuple[Article, Article]] = []
    retitled: list[tuple[Article, Article]] = []
    for article in articles:
        same_headline = by_headline.setdefault(story_form(article.title), [])
        original = by_text.get(article.content_hash) or next(
            (story for story in same_headline if body(story) == body(article)), None)
        if original is not None:
            duplicates.append((article, original))
            continue
        earlier = next((story for story in same_headline if updated(article, story)), None)
        if earlier is not None:
            updates.append((article, earlier))
        same_body = by_body.setdefault(article.body_markdown, article)
        if earlier is None and same_body is not article and len(article.body_markdown.split()) >= SAME_TEXT_MIN_WORDS:
            retitled.append((article, same_body))
        by_text.setdefault(article.content_hash, article)
        same_headline.append(article)
        originals.append(article)
    return Deduplicated(tuple(originals), tuple(duplicates), tuple(updates), tuple(retitled))


def _paragraphs(article: Article) -> frozenset[str]:
    """The paragraphs of an article's body, each in story form."""
    return frozenset(filter(None, (story_form(paragraph) for paragraph in article.body_markdown.split("\n\n"))))
