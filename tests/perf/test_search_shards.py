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


def test_a_shard_is_indexed_from_its_own_pages_only_and_leaves_no_view(tmp_path) -> None:
    import json

    from newsarchive_pelican.search_shards import _index_shard

    site = tmp_path / "output.staging-1"
    page = '<html lang="en"><body><main data-pagefind-body><h1>{}</h1><p>Ferry story {}.</p></main></body></html>'
    for month, count in (("01", 3), ("02", 2)):
        for n in range(count):
            path = site / "2026" / month / f"story-{n}" / "index.html"
            path.parent.mkdir(parents=True)
            path.write_text(page.format(f"Story {month}-{n}", n), encoding="utf-8")
    (site / "index.html").write_text(page.format("Home", "home"), encoding="utf-8")
    bundle = site / "pagefind" / "2026-02"
    assert _index_shard(site, ["--glob", "2026/02/*/index.html", "--output-path", str(bundle)])
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == ["output.staging-1"]  # the view is gone
