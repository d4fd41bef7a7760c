"""The garbage collector's policy during a batch job: young collections go on, full ones wait for the end."""
from __future__ import annotations

import gc

import pytest

from newsarchive import cli
from newsarchive.collector import batch_collection


@pytest.fixture
def collections():
    """The generation of every collection the interpreter starts while the test runs."""
    seen: list[int] = []

    def record(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    gc.collect()
    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def _grow_long_lived_heap() -> list:
    """Enough long-lived containers that CPython's own rule starts full collections (the heap grows by a quarter)."""
    kept = []
    for index in range(300_000):
        kept.append([index])
    return kept


def test_a_growing_heap_gets_full_collections_without_the_policy(collections):
    kept = _grow_long_lived_heap()
    assert 2 in collections, "the baseline this policy exists for: CPython collects the whole heap as it grows"
    assert len(kept) == 300_000


def test_inside_a_batch_job_only_young_generations_are_collected(collections):
    with batch_collection():
        kept = _grow_long_lived_heap()
    assert collections, "young collections still run"
    assert 2 not in collections
    assert len(kept) == 300_000


def test_cycles_made_inside_a_batch_job_are_still_freed_while_young(collections):
    class Node:
        pass

    with batch_collection():
        for _ in range(20_000):
            node = Node()
            node.self = node  # a cycle reference counting alone never frees
        live = sum(1 for item in gc.get_objects() if isinstance(item, Node))
    assert live < 20_000 // 2


def test_the_thresholds_come_back_after_the_job_even_when_it_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with batch_collection():
            assert gc.get_threshold()[:2] == before[:2]
            assert gc.get_threshold()[2] > before[2]
            raise RuntimeError("the build failed")
    assert gc.get_threshold() == before


@pytest.mark.parametrize("argv", [["build", "--settings", "site.py"], ["extract", "--json", "story.txt"]])
def test_the_build_and_extract_commands_run_as_batch_jobs(monkeypatch, argv):
    thresholds = []

    def job(*_args, **_options):
        thresholds.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(cli, "_extract", job)
    monkeypatch.setattr("newsarchive_pelican.build.build_site", job)
    before = gc.get_threshold()
    assert cli.main(argv) == 0
    assert thresholds and thresholds[0][2] > before[2]
    assert gc.get_threshold() == before
