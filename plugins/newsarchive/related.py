"""Related articles: the articles sharing the most (and the rarest) tags with each one."""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Sequence

# Tags on more articles than this are "wide" ("United Kingdom" on thousands): their holders are not
# walked for every article that has them, only checked against the candidates the other tags found.
WIDE_TAG = 50
SCORE_DECIMALS = 9  # scores are sums of floats in whatever order tags come: equal sums must compare equal


def related_indexes(tag_sets: Sequence[frozenset[str]], limit: int = 4) -> tuple[tuple[int, ...], ...]:
    """For each article (by index), up to ``limit`` other indexes, best first, ties broken by order.

    A shared tag counts ``1/log(2 + n)`` where n is how many articles carry it, so a
    rare shared subject weighs more than a common one. An article's candidates come
    from its narrow tags; its wide tags add to those, and are walked in full only
    when an article reached through a wide tag alone could still make the list.
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for index, tags in enumerate(tag_sets):
        for tag in tags:
            holders[tag].append(index)
    weight = {tag: 1 / math.log(2 + len(indexes)) for tag, indexes in holders.items()}
    members = {tag: frozenset(indexes) for tag, indexes in holders.items() if len(indexes) > WIDE_TAG}
    return tuple(_related(index, tags, holders, weight, members, limit) for index, tags in enumerate(tag_sets))


def _related(index: int, tags: frozenset[str], holders, weight, members, limit: int) -> tuple[int, ...]:
    wide = [tag for tag in tags if tag in members]
    scores = _scores(index, [tag for tag in tags if tag not in members], holders, weight)
    for other in scores:
        scores[other] += sum(weight[tag] for tag in wide if other in members[tag])
    best = _best(scores, limit)
    reach = sum(weight[tag] for tag in wide)  # the most an article met through wide tags alone can score
    if not wide or (len(best) == limit and round(scores[best[-1]], SCORE_DECIMALS) > round(reach, SCORE_DECIMALS)):
        return best
    return _best(_scores(index, tags, holders, weight), limit)


def _scores(index: int, tags, holders, weight) -> dict[int, float]:
    scores: dict[int, float] = defaultdict(float)
    for tag in tags:
        for other in holders[tag]:
            if other != index:
                scores[other] += weight[tag]
    return scores


def _best(scores: dict[int, float], limit: int) -> tuple[int, ...]:
    return tuple(sorted(scores, key=lambda other: (-round(scores[other], SCORE_DECIMALS), other))[:limit])
