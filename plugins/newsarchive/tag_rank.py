"""Ranking candidate tags: how likely is a phrase to be what the article is about.

Contract: ``rank(candidates, corpus)`` returns the candidates of one article best
first. A candidate's score is a weighted sum of a few shape features: how often and
how early it is mentioned, whether the headline and lead carry it, its length,
whether it is a name, how rare its words are in general English (wordfreq) and how
many articles of the archive share it (a subject that links a few articles is a good
tag; one found in most articles is not). The weights are an L2-regularised logistic
regression of "a reader chose this phrase" on these features over a development set
of news articles (``bench/tag_cv.py --fit-all``); the same procedure, cross-validated
by topic, scores about as well on unseen topics as in-sample, so the weights carry
shapes, not stories. No feature looks at particular words.
"""
from __future__ import annotations

import math
from operator import mul
from dataclasses import dataclass
from collections.abc import Mapping, Sequence

from nltk.stem.porter import PorterStemmer

from .tag_lexicon import PLACE_NAMES, TITLE_WORDS, english_zipf
from .tag_text import Candidate

TITLE_STEMS = frozenset(PorterStemmer().stem(word) for word in TITLE_WORDS)

FEATURES = (
    "log_count", "early", "in_title", "in_lead", "maximal_share", "one_word", "three_words", "four_words",
    "proper", "rarity", "shared", "common_in_archive", "forced_name", "place", "role", "title_only", "relative_count",
)


@dataclass(frozen=True, slots=True)
class Weights:
    """One weight per feature of ``FEATURES`` (same order)."""

    values: tuple[float, ...] = (
        0.46, 3.05, -0.80, 0.18, 1.52, -2.77, 0.28, 0.06,
        -0.86, 2.30, 3.12, -12.28, 0.54, 0.81, -1.26, -4.36, 1.76,
    )


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the archive as a whole says about phrases: in how many articles each key occurs."""

    document_frequency: Mapping[str, int]
    size: int


def word_rarity(words: Sequence[str], memo: dict) -> float:
    """How unusual the words are in general English, 0 (very common) to about 1 (unknown)."""
    total = 0.0
    for word in words:
        value = memo.get(word)
        if value is None:
            value = memo[word] = max(0.0, 7.0 - english_zipf(word)) / 7.0
        total += value
    return total / max(len(words), 1)


def features(candidate: Candidate, corpus: Corpus, memo: dict, top_count: int = 1) -> tuple[float, ...]:
    """The feature values of ``FEATURES``.

    ``memo``, one per corpus, keeps what does not depend on the article: each word's
    rarity (keyed by the word) and each phrase's own features (keyed by (key, spelling)).
    """
    rarity, shared, common, place, role = memo.get((candidate.key, candidate.display)) or _phrase_features(
        candidate, corpus, memo)
    return (
        math.log1p(candidate.count),
        1.0 / (1.0 + 10.0 * candidate.first),
        float(candidate.in_title),
        float(candidate.in_lead),
        candidate.maximal / max(candidate.count, 1),
        float(candidate.words == 1),
        float(candidate.words == 3),
        float(candidate.words >= 4),
        float(candidate.proper),
        rarity,
        shared,
        common,
        float(candidate.forced_name),
        place,
        role,
        float(candidate.title_only),
        candidate.count / max(top_count, 1),
    )


def _phrase_features(candidate: Candidate, corpus: Corpus, memo: dict) -> tuple[float, ...]:
    """The features of a (key, spelling) whatever the article: rarity, shared, common, place, role."""
    df = corpus.document_frequency.get(candidate.key, 1)
    share = df / max(corpus.size, 1)
    values = memo[(candidate.key, candidate.display)] = (
        word_rarity(candidate.display.lower().split(), memo),
        math.log(df) / math.log(max(corpus.size, 2)) if df > 1 else 0.0,
        max(0.0, share - 0.1) if corpus.size >= 20 else 0.0,
        float(candidate.display.lower() in PLACE_NAMES),
        float(candidate.key.rsplit(" ", 1)[-1] in TITLE_STEMS),
    )
    return values


def score(values: tuple[float, ...], weights: Weights) -> float:
    return sum(map(mul, values, weights.values))  # summed left to right, as a generator would be, in C


def rank(candidates: Sequence[Candidate], corpus: Corpus, weights: Weights, memo: dict) -> list[Candidate]:
    """Candidates best first (ties broken by first mention, then spelling, so the order is stable)."""
    top_count = max((c.count for c in candidates), default=1)
    scored = [(score(features(c, corpus, memo, top_count), weights), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], pair[1].first, pair[1].display))
    return [candidate for _, candidate in scored]
