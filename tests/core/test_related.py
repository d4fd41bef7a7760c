"""Related articles: the pruned computation equals walking every shared tag."""
from __future__ import annotations

import math
from collections import defaultdict

from hypothesis import given, settings, strategies as st

from newsarchive import related
from newsarchive.related import related_indexes, tag_weight


def _walk_every_tag(tag_sets, limit=4):
    holders = defaultdict(list)
    for index, tags in enumerate(tag_sets):
        for tag in tags:
            holders[tag].append(index)
    weight = {tag: tag_weight(len(indexes)) for tag, indexes in holders.items()}
    results = []
    for index, tags in enumerate(tag_sets):
        scores = defaultdict(int)
        for tag in sorted(tags):
            for other in holders[tag]:
                if other != index:
                    scores[other] += weight[tag]
        results.append(tuple(sorted(scores, key=lambda other: (-scores[other], other))[:limit]))
    return tuple(results)


TAG_SETS = st.lists(st.frozensets(st.sampled_from([f"tag{n}" for n in range(12)]), max_size=5), max_size=60)


@settings(max_examples=200, deadline=None)
@given(TAG_SETS, st.integers(min_value=1, max_value=6))
def test_pruned_related_lists_equal_walking_every_tag(tag_sets, wide) -> None:
    original = related.WIDE_TAG
    related.WIDE_TAG = wide  # small, so the generated archives have wide tags
    try:
        assert related_indexes(tag_sets) == _walk_every_tag(tag_sets)
    finally:
        related.WIDE_TAG = original


def test_rarer_shared_tags_rank_first_and_ties_go_by_order() -> None:
    tag_sets = [frozenset({"port", "ferry"}), frozenset({"port"}), frozenset({"ferry"}), frozenset({"port"}),
                frozenset({"port"}), frozenset()]
    assert related_indexes(tag_sets)[0] == (2, 1, 3, 4)  # "ferry" (2 articles) outweighs "port" (4)
    assert related_indexes(tag_sets)[5] == ()


def test_a_shared_tag_weighs_the_inverse_log_of_its_articles_in_whole_units() -> None:
    assert [tag_weight(n) for n in (1, 2, 50)] == [round(1e9 / math.log(2 + n)) for n in (1, 2, 50)]
    assert tag_weight(2) > tag_weight(3)  # rarer weighs more
