"""How the search index is split: one bundle for an archive that re-indexes fast, shards above that."""
from __future__ import annotations

from collections import Counter

from newsarchive_pelican.search_shards import MONTHLY_ABOVE, SINGLE_BUNDLE_UP_TO, WHOLE_ARCHIVE, _in_shard, plan_shards


def test_an_archive_up_to_the_limit_is_one_bundle_so_results_sort_across_it():
    counts = Counter({("2025", "12"): SINGLE_BUNDLE_UP_TO // 2, ("2026", "01"): SINGLE_BUNDLE_UP_TO // 2})
    assert list(plan_shards(counts)) == [WHOLE_ARCHIVE]
    assert _in_shard("2025/12/a-story/index.html", WHOLE_ARCHIVE)
    assert not _in_shard("tag/ferries/index.html", WHOLE_ARCHIVE)


def test_a_larger_archive_is_sharded_by_year_and_busy_years_by_month():
    counts = Counter({("2025", "06"): MONTHLY_ABOVE, ("2026", "01"): MONTHLY_ABOVE, ("2026", "02"): 5})
    assert sum(counts.values()) > SINGLE_BUNDLE_UP_TO
    assert list(plan_shards(counts)) == ["2026-02", "2026-01", "2025"]
    assert _in_shard("2026/01/a-story/index.html", "2026-01") and not _in_shard("2026/01/a-story/index.html", "2025")
