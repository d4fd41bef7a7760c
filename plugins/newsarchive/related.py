"""Related articles: the articles sharing the most (and the rarest) tags with each one."""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Sequence


def related_indexes(tag_sets: Sequence[frozenset[str]], limit: int = 4) -> tuple[tuple[int, ...], ...]:
    """For each article (by index), up to ``limit`` other indexes, best first, ties broken by order.

    A shared tag counts ``1/log(2 + n)`` where n is how many articles carry it, so a
    rare shared subject weighs more than a common one. Linear in the number of
    (article, tag) pairs times the size of each tag's page.
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for index, tags in enumerate(tag_sets):
        for tag in tags:
            holders[tag].append(index)
    weight = {tag: 1 / math.log(2 + len(indexes)) for tag, indexes in holders.items()}
    results = []
    for index, tags in enumerate(tag_sets):
        scores: dict[int, float] = defaultdict(float)
        for tag in tags:
            for other in holders[tag]:
                if other != index:
                    scores[other] += weight[tag]
        best = sorted(scores, key=lambda other: (-scores[other], other))[:limit]
        results.append(tuple(best))
    return tuple(results)
