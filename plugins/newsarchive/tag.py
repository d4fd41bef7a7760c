"""Tagging: the people, places, organisations and subjects each article is about.

``tag_corpus`` sees every article of the archive at once, so it can use the
archive as a corpus and give one spelling to each subject across it.
(First version: capitalised phrases ranked by frequency; see issue 6.)
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True, slots=True)
class TagDocument:
    """What the tagger reads of one article."""

    title: str
    text: str  # the cleaned body as plain paragraphs separated by blank lines
    pinned: tuple[str, ...] = ()
    banned: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TagConfig:
    """Settings of the tagger."""

    max_tags: int = 8
    min_tags: int = 3
    pinned: tuple[str, ...] = ()  # added to every article
    banned: tuple[str, ...] = ()  # never a tag anywhere


_PROPER_PHRASE = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")
_STOP = {"The", "A", "An", "In", "On", "At", "But", "And", "For", "He", "She", "It", "They", "We", "This", "That", "Mr", "Mrs"}


def tag_corpus(documents: Sequence[TagDocument], config: TagConfig = TagConfig()) -> tuple[tuple[str, ...], ...]:
    """Return the tags of each document, best first, in document order."""
    return tuple(_tag_document(document, config) for document in documents)


def _tag_document(document: TagDocument, config: TagConfig) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for match in _PROPER_PHRASE.finditer(f"{document.title}\n{document.text}"):
        words = match.group().split()
        while words and words[0] in _STOP:
            words = words[1:]
        if words:
            counts[" ".join(words)] += 1
    banned = {tag.casefold() for tag in (*config.banned, *document.banned)}
    ranked = [tag for tag, _ in counts.most_common() if tag.casefold() not in banned]
    tags = list(dict.fromkeys((*document.pinned, *config.pinned, *ranked)))
    return tuple(tags[: config.max_tags])
