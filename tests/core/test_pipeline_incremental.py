"""The ingest pipeline with a cache: a new article is tagged against the whole archive."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from newsarchive import pipeline
from newsarchive.cache import IngestCache, cache_key, code_version, index_identity
from newsarchive.config import ArchiveConfig
from newsarchive.pipeline import _tag_document, extract_paths, prepare_path
from newsarchive.tag import find_candidates_batch, tag_documents
from newsarchive.tag_index import build_index

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


class CountingCache(IngestCache):
    """An ingest cache that counts what a build reads and writes of the tag evidence and index."""

    def __init__(self, connection, folder=None) -> None:
        super().__init__(connection, folder)
        self.calls: Counter = Counter()

    def get_evidence(self, keys):
        self.calls["get_evidence"] += len(keys)
        return super().get_evidence(keys)

    def get_index(self, identity):
        self.calls["get_index"] += 1
        return super().get_index(identity)

    def put_index(self, identity, members, index):
        self.calls["put_index"] += 1
        return super().put_index(identity, members, index)


def _copied_fixtures(folder) -> list[str]:
    files = sorted(FIXTURES.iterdir())
    for fixture in files:
        shutil.copy(fixture, folder / fixture.name)
    return [str(folder / fixture.name) for fixture in files]


def _stored_index_is_exact(cache: IngestCache, version: str, config: ArchiveConfig) -> bool:
    members, index = cache.get_index(index_identity(version, config))
    evidence = cache.get_evidence(sorted(members))
    return index == build_index([evidence[key][0] for key in members], [evidence[key][1] for key in members])


def test_an_added_article_gets_the_tags_tagging_against_every_archive_candidate_gives(tmp_path):
    paths = _copied_fixtures(tmp_path)
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        extract_paths(paths[:-1], config, cache=cache)
        added = extract_paths(paths, config, cache=cache)[-1]
        keys = [cache_key(code_version(), config, Path(path).name, Path(path).read_bytes()) for path in paths[:-1]]
        evidence = cache.get_evidence(keys)
    item = prepare_path(paths[-1], config)
    document = _tag_document(item)
    expected = tag_documents([document], find_candidates_batch([document], config.tag), config.tag,
                             archive_found=[evidence[key][0] for key in keys],
                             archive_chosen=[evidence[key][1] for key in keys])
    assert added.tags == expected[0].tags


def test_a_build_with_nothing_new_reads_no_evidence_and_keeps_the_index(tmp_path):
    paths = _copied_fixtures(tmp_path)
    with CountingCache.open(tmp_path / "cache") as cache:
        extract_paths(paths, ArchiveConfig(), cache=cache)
        cache.calls.clear()
        extract_paths(paths, ArchiveConfig(), cache=cache)
        assert cache.calls == Counter()


# Builds before the last one (slices of the fixture files), and how many articles' evidence
# the last build (every file, the last one changed) may read to bring the stored index up to date.
CHANGES = {
    "two-removed": ([slice(None)], 2),  # the first file and the last file's old version leave
    "a-cached-article-joins": ([slice(0, 1), slice(1, -1)], 1),  # the index counts 1:-1; 0 is cached, not counted
    "most-changed-rebuilds": ([slice(0, 3), slice(3, -1)], 5),  # 3 of 5 to add: read all 5 instead
}


@pytest.mark.parametrize("change", CHANGES, ids=str)
def test_the_stored_index_is_updated_to_the_archive_it_counts(tmp_path, change):
    paths = _copied_fixtures(tmp_path)
    config = ArchiveConfig()
    builds, reads = CHANGES[change]
    with CountingCache.open(tmp_path / "cache") as cache:
        for part in builds:
            extract_paths(paths[part], config, cache=cache)
        Path(paths[-1]).write_text(Path(paths[-1]).read_text() + "\n\nThe harbour council met again.\n")
        cache.calls.clear()
        extract_paths(paths[1:] if change == "two-removed" else paths, config, cache=cache)
        assert cache.calls["get_evidence"] == reads
        assert _stored_index_is_exact(cache, code_version(), config)


def test_an_index_of_other_code_is_never_reused(tmp_path, monkeypatch):
    paths = _copied_fixtures(tmp_path)
    config = ArchiveConfig()
    with CountingCache.open(tmp_path / "cache") as cache:
        monkeypatch.setattr(pipeline, "code_version", lambda: "old-code")
        extract_paths(paths, config, cache=cache)
        assert cache.get_index(index_identity("old-code", config)) is not None
        monkeypatch.setattr(pipeline, "code_version", lambda: "new-code")
        extract_paths(paths[:-1], config, cache=cache)  # every entry is new: tagged as a fresh corpus
        extract_paths(paths, config, cache=cache)  # one added against the new code's index
        assert cache.get_index(index_identity("old-code", config)) is None
        assert _stored_index_is_exact(cache, "new-code", config)
