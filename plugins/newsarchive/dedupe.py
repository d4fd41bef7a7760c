"""Deduplication: the same article under two names is published once.

Two inputs are the same article when their text is the same after Unicode and
whitespace normalisation (so a CRLF copy or a re-encoded copy is a duplicate), or
when the story a reader sees is the same: the same cleaned headline and body (two
scrapes of one story with other boilerplate around it).
"""
from __future__ import annotations

import hashlib
import unicodedata
from typing import Sequence

from .model import Article


def content_fingerprint(text: str) -> str:
    """A stable hash of an article's text, blind to encoding, line ends and spacing."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def find_duplicates(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[tuple[Article, Article], ...]]:
    """Split articles into the first of each story and (duplicate, original) pairs."""
    by_text: dict[str, Article] = {}
    by_story: dict[tuple[str, str], Article] = {}  # the strings themselves: hashing them is cheaper than a digest
    originals: list[Article] = []
    duplicates: list[tuple[Article, Article]] = []
    for article in articles:
        story = (article.title, article.body_markdown)
        original = by_text.get(article.content_hash) or by_story.get(story)
        if original is None:
            by_text[article.content_hash] = by_story[story] = article
            originals.append(article)
        else:
            duplicates.append((article, original))
    return tuple(originals), tuple(duplicates)
