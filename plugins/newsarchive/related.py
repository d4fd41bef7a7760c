"""Related articles: the articles sharing the most (and the rarest) tags with each one."""
from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence

# Tags on more articles than this are "wide" ("United Kingdom" on thousands): their holders are not
# walked for every article that has them, only checked against the candidates the other tags found.
WIDE_TAG = 50
# A weight in whole units of 1e-9: sums of integers are exact in any order, so equal scores compare equal.
WEIGHT_UNITS = 10**9


def tag_weight(holder_count: int) -> int:
    """A shared tag counts ``1/log(2 + n)`` (n: articles carrying it), in integer units."""
    return round(WEIGHT_UNITS / math.log(2 + holder_count))


def related_indexes(tag_sets: Sequence[frozenset[str]], limit: int = 4) -> tuple[tuple[int, ...], ...]:
    """For each article (by index), up to ``limit`` other indexes, best first, ties broken by order.

    A rare shared subject weighs more than a common one (``tag_weight``). An
    article's candidates come from its narrow tags; its wide tags add to those, and
    are walked in full only when an article reached through a wide tag alone could
    still make the list.
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for index, tags in enumerate(tag_sets):
        for tag in tags:
            holders[tag].append(index)
    weight = {tag: tag_weight(len(indexes)) for tag, indexes in holders.items()}
    members = {tag: frozenset(indexes) for tag, indexes in holders.items() if len(indexes) > WIDE_TAG}
    return tuple(_related(index, tags, holders, weight, members, limit) for index, tags in enumerate(tag_sets))


def _related(index: int, tags: frozenset[str], holders, weight, members, limit: int) -> tuple[int, ...]:
    wide = [tag for tag in tags if tag in members]
    scores = _scores(index, [tag for tag in tags if tag not in members], holders, weight)
    for tag in wide:
        tag_weight_units = weight[tag]
        for other in members[tag].intersection(scores):
            scores[other] += tag_weight_units
    best = _best(scores, limit)
    reach = sum(weight[tag] for tag in wide)  # the most an article met through wide tags alone can score
    if not wide or (len(best) == limit and scores[best[-1]] > reach):
        return best
    return _best(_scores(index, tags, holders, weight), limit)


def _scores(index: int, tags, holders, weight) -> dict[int, int]:
    scores: dict[int, int] = defaultdict(int)
    for tag in tags:
        tag_weight_units = weight[tag]
        for other in holders[tag]:
            scores[other] += tag_weight_units
    scores.pop(index, None)
    return scores


def _best(scores: dict[int, int], limit: int) -> tuple[int, ...]:
    return tuple(other for _, other in heapq.nsmallest(limit, [(-score, other) for other, score in scores.items()]))
