"""map_forked: the same results as a loop, in order, and a worker's failure is raised, not lost.
start_forked: a job runs beside this process, and its success or failure is known when waited for."""
from __future__ import annotations

import pytest

from newsarchive.forking import WorkerFailed, map_forked, start_forked


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
