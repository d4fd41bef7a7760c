"""Which candidates may be shown as a tag at all, judged by the shape of the whole phrase.

Contract: ``presentable(candidates, memo)`` returns one article's candidates without those
no editor would pick as a tag, whatever their score: a single common lower-case word
("details", "drivers"), which names no subject of its own. A one-word subject of the
story is kept when its word is rare in general English ("tornado", "steroids") or the
headline carries it ("crash" in "Jet crash kills two"). The rules that need each word's
part of speech (clock words, number openers, dangling adverbs, verbs) run earlier, in
``tag_text``, where the tagged sentence is at hand.
"""
from __future__ import annotations

from typing import Sequence

from wordfreq import zipf_frequency

from .tag_text import Candidate

# Zipf frequency (log10 of uses per billion words) from which a lone lower-case word is
# too common to be a subject ("details" 4.9, "drivers" 4.6; "tornado" 3.8, "steroids" 3.6).
# Topic-grouped CV on the dev set (LOTO F1@5): no rule 32.64, 5.0 -> 32.75, 4.5 -> 32.88,
# 4.0 -> 32.69, 3.5 -> 31.76; a lower bar for plurals alone (3.0-4.0) cost 0.4-0.6.
COMMON_WORD_ZIPF = 4.5


def presentable(candidates: Sequence[Candidate], memo: dict[str, float]) -> tuple[Candidate, ...]:
    """The candidates that may become tags (``memo``: word -> Zipf frequency, shared by one run)."""
    return tuple(candidate for candidate in candidates if not _lone_common_word(candidate, memo))


def _lone_common_word(candidate: Candidate, memo: dict[str, float]) -> bool:
    display = candidate.display
    if candidate.words != 1 or not display.islower() or candidate.in_title:
        return False
    frequency = memo.get(display)
    if frequency is None:
        frequency = memo[display] = zipf_frequency(display, "en")
    return frequency >= COMMON_WORD_ZIPF
