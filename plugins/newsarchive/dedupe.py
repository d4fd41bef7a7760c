"""Deduplication: the same article under two names is published once.

Two inputs are the same article when their text is the same after Unicode and
whitespace normalisation (so a CRLF copy or a re-encoded copy is a duplicate).
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
    """Split articles into the first of each fingerprint and (duplicate, original) pairs."""
    first_by_hash: dict[str, Article] = {}
    duplicates: list[tuple[Article, Article]] = []
    for article in articles:
        original = first_by_hash.setdefault(article.content_hash, article)
        if original is not article:
            duplicates.append((article, original))
    return tuple(first_by_hash.values()), tuple(duplicates)
