"""How the search index is split: one bundle for an archive that re-indexes fast, shards above that."""
from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

from newsarchive.progress import Progress
from newsarchive_pelican import search_shards
from newsarchive_pelican.search_shards import (
    MONTHLY_ABOVE, SINGLE_BUNDLE_UP_TO, WHOLE_ARCHIVE, _in_shard, plan_shards, shard_pages,
)


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


def test_each_shard_knows_how_many_article_pages_it_holds():
    counts = Counter({("2025", "06"): MONTHLY_ABOVE, ("2026", "01"): MONTHLY_ABOVE, ("2026", "02"): 5})
    assert {name: shard_pages(name, counts) for name in plan_shards(counts)} == {
        "2026-02": 5, "2026-01": MONTHLY_ABOVE, "2025": MONTHLY_ABOVE}
    assert shard_pages(WHOLE_ARCHIVE, counts) == 2 * MONTHLY_ABOVE + 5


def test_indexing_counts_each_shards_pages_as_the_shard_is_done(tmp_path: Path, monkeypatch):
    ran = []
    monkeypatch.setattr(search_shards, "_pagefind_unless_empty",
                        lambda site, options: ran.append(options[1]) or options[1] != "2025/*")  # nothing to index
    stream = io.StringIO()
    progress = Progress("search index", stream=stream)
    stale = {"2026-02": ["--glob", "2026/02/*"], "2025": ["--glob", "2025/*"]}
    indexed = search_shards._index_shards(tmp_path, stale, {"2026-02": 150, "2025": 1500}, progress)
    assert indexed == {"2026-02": True, "2025": False} and sorted(ran) == ["2025/*", "2026/02/*"]
    assert progress.done == 1650 and stream.getvalue().startswith("search index: 1650 of 1650 in ")


def test_a_site_without_dated_article_pages_lists_no_shards_for_the_search_page(tmp_path: Path, monkeypatch):
    """Articles saved elsewhere than YYYY/MM/ (ARTICLE_SAVE_AS = "posts/{slug}.html") are one bundle, Pagefind's
    own in pagefind/: no pagefind/shards.json was written, and each search asked for it and got a 404."""
    ran = []
    monkeypatch.setattr(search_shards, "_pagefind_unless_empty", lambda site, options: ran.append(options) or True)
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "harbour-budget.html").write_text("<main data-pagefind-body>Budget</main>")
    progress = Progress("search index", stream=io.StringIO())
    assert search_shards.index_for_search(tmp_path, tmp_path / "no-previous-site", set(), progress) == []
    assert ran == [["--output-path", str(tmp_path / "pagefind")]]
    assert json.loads((tmp_path / "pagefind" / search_shards.SHARD_LIST).read_text(encoding="utf-8")) == []
