"""Topic-grouped cross-validation of the tag ranking weights on the DUC-2001 dev sample.

The grading holdout holds *other* news topics, so an honest estimate must never score
an article with weights fitted on articles of its own topic. This script groups the
100 dev articles by topic (the ten topics of ``tags-dev/README.md``, recognised from
each article's gold tags and headline), and for each fold fits the weights of
``tag_rank.FEATURES`` on the training topics (L2-regularised logistic regression of
"candidate is a gold tag", see ``fit``) and scores the held-out topics with them. Folds: leave-one-topic-out (10 folds) and 5 folds of two topics each, both
directions (train on 8 score 2, and train on 2 score 8). It also prints the score of
the shipped weights ``tag_rank.Weights()`` in-sample.

Scoring follows ``shared/scorers/score_tags.py`` (Porter-stemmed exact match, macro
F1@k); the tags come from the tagger's own stages on (title, text) (``find_candidates_batch``,
``squash_variants``, the ranking, ``select`` and the archive-wide ``fold_modifiers``),
without the extract pipeline's cleaning (the dev texts are clean already).

    .venv/bin/python bench/tag_cv.py [--fit-all]

``--fit-all`` also fits on all ten topics and prints the weights (what to ship).
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path
from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import numpy as np  # noqa: E402
from nltk.stem.porter import PorterStemmer  # noqa: E402

from collections import Counter  # noqa: E402

from newsarchive.tag import TagDocument, archive_spelling, find_candidates_batch, select  # noqa: E402
from newsarchive.tag_fold import fold_modifiers, squash_variants  # noqa: E402
from newsarchive.tag_rank import FEATURES, Corpus, Weights, features  # noqa: E402

DEV = ROOT / ".." / "shared" / "data" / "tags-dev" / "dev.jsonl"
L2 = 1.0  # strength of the penalty on large weights (chosen by the topic-grouped CV below)
# topic -> words of its gold tags / headline, checked in this order (first match wins)
TOPIC_RULES = (
    ("eclipse", ("eclipse",)),
    ("nafta", ("nafta", "free trade", "north america")),
    ("exxon", ("exxon", "valdez", "oil spill", "tanker spill", "spill")),
    ("johnson", ("johnson", "sprinter", "steroid")),
    ("census", ("census", "illegal alien")),
    ("tornado", ("tornado",)),
    ("earthquake", ("earthquake", "quake", "richter", "seismic", "new madrid")),
    ("diabetes", ("diabet",)),
    ("guns", ("gun",)),
    ("jets", ("crash",)),
)
_stem = PorterStemmer().stem


def normalise(phrase: str) -> str:
    return " ".join(_stem(word) for word in re.sub(r"[^0-9a-z]+", " ", phrase.lower()).split())


def topic_of(doc: dict) -> str:
    text = " ".join(doc["tags"]).lower() + " " + doc["title"].lower()
    return next(topic for topic, words in TOPIC_RULES if any(word in text for word in words))


def f1_at(predicted: Sequence[str], gold: set[str], k: int) -> float:
    top = list(dict.fromkeys(p for p in predicted if p))[:k]
    hits = sum(1 for p in top if p in gold)
    return 0.0 if not hits else 2 * hits / (len(top) + len(gold))


class Dataset:
    """Candidates and feature vectors of every dev article, computed once."""

    def __init__(self, docs: list[dict]) -> None:
        self.found = squash_variants(find_candidates_batch([TagDocument(d["title"], d["text"]) for d in docs]))
        corpus = Corpus(Counter(c.key for candidates in self.found for c in candidates), len(docs))
        spelling = archive_spelling(self.found)
        memo: dict[str, float] = {}
        self.topics = [topic_of(d) for d in docs]
        self.gold = [{normalise(tag) for tag in d["tags"]} - {""} for d in docs]
        self.rows = []
        for candidates in self.found:
            top = max((c.count for c in candidates), default=1)
            matrix = np.array([features(c, corpus, memo, top) for c in candidates]).reshape(len(candidates), -1)
            # the tie-break of tag_rank.rank: first mention, then spelling
            order = sorted(range(len(candidates)), key=lambda j: (candidates[j].first, candidates[j].display))
            candidates = [candidates[j] for j in order]
            self.rows.append((candidates, matrix[order]))
        self.spelling = spelling

    def score(self, weights: Sequence[float], indices: Sequence[int], limit: int = 8) -> tuple[float, float]:
        # the whole archive is ranked with these weights and folded together, as a build does;
        # only ``indices`` are scored
        ranked = []
        for candidates, matrix in self.rows:
            scored = np.argsort(-(matrix @ np.asarray(weights)), kind="stable")
            ranked.append([candidates[j] for j in scored])
        chosen = fold_modifiers([select(r, limit) for r in ranked], self.found, ranked, limit)
        f5 = f10 = 0.0
        for i in indices:
            tags = chosen[i]
            predicted = [normalise(self.spelling.get(c.key, c.display)) for c in tags]
            f5 += f1_at(predicted, self.gold[i], 5)
            f10 += f1_at(predicted, self.gold[i], 10)
        return 100 * f5 / len(indices), 100 * f10 / len(indices)


def fit(data: Dataset, indices: Sequence[int], l2: float = L2, iterations: int = 25) -> tuple[float, ...]:
    """L2-regularised logistic regression of "this candidate is a gold tag" on the features.

    A smooth objective over every candidate (not the F1 of a few top picks) and a
    penalty on large weights: far less able to memorise the training topics than a
    coordinate search on F1. Features are standardised for the fit; the weights are
    returned on the raw scale ``tag_rank`` uses (the intercept does not change a ranking).
    """
    x = np.vstack([data.rows[i][1] for i in indices])
    y = np.concatenate([[1.0 if normalise(data.spelling.get(c.key, c.display)) in data.gold[i] else 0.0
                         for c in data.rows[i][0]] for i in indices])
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / spread, np.ones((len(y), 1))])  # last column: the intercept
    weights = np.zeros(z.shape[1])
    penalty = np.diag([l2 * 10 / len(y)] * (z.shape[1] - 1) + [0.0])  # the intercept is not penalised
    for _ in range(iterations):  # Newton steps
        p = 1 / (1 + np.exp(-(z @ weights)))
        gradient = z.T @ (p - y) / len(y) + penalty @ weights
        hessian = (z.T * (p * (1 - p))) @ z / len(y) + penalty
        weights -= np.linalg.solve(hessian, gradient)
    return tuple(float(w) for w in weights[:-1] / spread)


def cross_validate(data: Dataset, folds: list[list[str]], train_on_fold: bool) -> tuple[float, float]:
    """Mean out-of-fold F1@5/F1@10 over all articles scored out of fold."""
    topics = sorted(set(data.topics))
    total5 = total10 = scored = 0.0
    for fold in folds:
        inside = [i for i, t in enumerate(data.topics) if t in fold]
        outside = [i for i, t in enumerate(data.topics) if t not in fold]
        train, test = (inside, outside) if train_on_fold else (outside, inside)
        f5, f10 = data.score(fit(data, train), test)
        total5, total10, scored = total5 + f5 * len(test), total10 + f10 * len(test), scored + len(test)
    assert set(itertools.chain(*folds)) == set(topics)
    return total5 / scored, total10 / scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit-all", action="store_true", help="also fit on every topic and print the weights")
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"no dev data at {DEV}")
    docs = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    data = Dataset(docs)
    topics = sorted(set(data.topics))
    print("topics:", ", ".join(f"{t} {data.topics.count(t)}" for t in topics))
    everyone = range(len(docs))
    print("shipped weights, in-sample:  F1@5 {:.2f}  F1@10 {:.2f}".format(*data.score(Weights().values, everyone)))
    loto = [[t] for t in topics]
    pairs = [topics[i::5] for i in range(5)]
    print("leave-one-topic-out (fit 9, score 1): F1@5 {:.2f}  F1@10 {:.2f}".format(*cross_validate(data, loto, False)))
    print("5-fold by topic (fit 8, score 2):     F1@5 {:.2f}  F1@10 {:.2f}".format(*cross_validate(data, pairs, False)))
    print("5-fold reversed (fit 2, score 8):     F1@5 {:.2f}  F1@10 {:.2f}".format(*cross_validate(data, pairs, True)))
    if args.fit_all:
        weights = fit(data, list(everyone))
        print("fitted on all topics: F1@5 {:.2f}  F1@10 {:.2f}".format(*data.score(weights, everyone)))
        print("weights:", ", ".join(f"{name}={w:.2f}" for name, w in zip(FEATURES, weights)))


if __name__ == "__main__":
    main()
