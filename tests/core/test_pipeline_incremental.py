"""The ingest pipeline with a cache: a new article is tagged against the whole archive."""
from __future__ import annotations

import shutil

from newsarchive.cache import IngestCache
from newsarchive.config import ArchiveConfig
from newsarchive.pipeline import extract_paths

from sitekit import REPO

FIXTURES = REPO / "tests" / "fixtures" / "site" / "articles"


def test_an_added_article_gets_the_tags_a_whole_archive_build_gives_it(tmp_path):
    files = sorted(FIXTURES.iterdir())
    for fixture in files:
        shutil.copy(fixture, tmp_path / fixture.name)
    paths = [str(tmp_path / fixture.name) for fixture in files]
    config = ArchiveConfig()
    whole = extract_paths(paths, config)
    with IngestCache.open(tmp_path / "cache") as cache:
        extract_paths(paths[:-1], config, cache=cache)
        added = extract_paths(paths, config, cache=cache)
        again = extract_paths(paths, config, cache=cache)
    assert added[-1].tags == whole[-1].tags
    assert [a.tags for a in added] == [a.tags for a in again]  # cached: nothing is tagged twice differently


def test_cached_and_fresh_results_are_the_same_articles(tmp_path):
    paths = [str(path) for path in sorted(FIXTURES.iterdir())]
    with IngestCache.open(tmp_path / "cache") as cache:
        fresh = extract_paths(paths, ArchiveConfig(), cache=cache)
        cached = extract_paths(paths, ArchiveConfig(), cache=cache)
    assert fresh == cached
