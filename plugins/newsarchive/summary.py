"""Summaries: the lead of the article, cut at a sentence boundary."""
from __future__ import annotations

import re

from .model import Block, BlockKind

SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’']))\s+")


def summarise(blocks: tuple[Block, ...], max_words: int) -> str:
    """The first paragraph's sentences up to about ``max_words`` words (at least one sentence)."""
    lead = next((block.text for block in blocks if block.kind is BlockKind.PARAGRAPH), "")
    if not lead:
        lead = next((block.text for block in blocks), "")
    summary_words: list[str] = []
    for sentence in SENTENCE_END.split(lead):
        words = sentence.split()
        if summary_words and len(summary_words) + len(words) > max_words:
            break
        summary_words.extend(words)
    if len(summary_words) > max_words * 2:  # one endless sentence: cut it
        return " ".join(summary_words[:max_words]) + " …"
    return " ".join(summary_words)
