"""map_forked: the same results as a loop, in order, and a worker's failure is raised, not lost.
start_forked: a job runs beside this process, and its success or failure is known when waited for.
map_in_background: a map in a forked child, its results (or its failure) when asked for, or stopped unread.
SharedCount: what children add is read by this process."""
from __future__ import annotations

import time

import pytest

from newsarchive.forking import SharedCount, WorkerFailed, map_forked, map_in_background, start_forked


@pytest.mark.parametrize("count", [0, 5, 401], ids=["empty", "below-threshold", "forked"])
def test_results_are_those_of_a_loop_in_order(count):
    items = list(range(count))
    assert map_forked(lambda item: item * item, items, workers=2) == [item * item for item in items]


def test_a_failing_worker_raises_with_its_traceback():
    def fail_on_300(item):
        if item == 300:
            raise ValueError("bad item 300")
        return item

    with pytest.raises(WorkerFailed, match="bad item 300"):
        map_forked(fail_on_300, list(range(400)), workers=2)


def test_a_background_job_runs_beside_this_process_and_reports_its_outcome(tmp_path):
    done = tmp_path / "done"
    job = start_forked(lambda: done.write_text("written by the child"))
    assert job is not None and job.wait() is True
    assert done.read_text() == "written by the child"

    def fail():
        raise RuntimeError("disk full")

    assert start_forked(fail).wait() is False


def test_a_map_in_the_background_gives_a_loops_results_or_its_failure():
    items = list(range(3000))  # results bigger than a pipe's buffer: sent while this process waits
    share = map_in_background(lambda item: str(item) * 20, items)
    assert share is not None and share.results() == [str(item) * 20 for item in items]

    def fail(item):
        raise ValueError(f"bad item {item}")

    with pytest.raises(WorkerFailed, match="bad item 0"):
        map_in_background(fail, [0]).results()


def test_a_map_in_the_background_can_be_stopped_unread():
    share = map_in_background(lambda item: time.sleep(0.01) or item, list(range(1000)))
    started = time.perf_counter()
    share.cancel()
    assert not share._process.is_alive() and time.perf_counter() - started < 5


def test_a_shared_count_holds_what_a_forked_child_added():
    count = SharedCount()
    assert map_in_background(count.add, [1, 2, 3]).results() == [None, None, None]
    count.add()
    assert count.value == 7
