"""Deferred rendering in forked workers: same files and outcomes as in-process, failures reported per page."""
from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Template

from newsarchive_pelican.render_jobs import FAILED, MIN_JOBS_TO_FORK, SKIPPED, UNCHANGED, WRITTEN, RenderJob, run_jobs
from newsarchive_pelican.writer import replace_if_changed

TEMPLATE = Template("<p>{{ text }}</p>{% if text == 'boom' %}{{ none_here.missing() }}{% endif %}")


def _render(job: RenderJob) -> bool:
    return replace_if_changed(job.path, job.template.render(job.kwargs).encode("utf-8"))


def _jobs(folder: Path, count: int, bad: dict[int, str | None]) -> list[RenderJob]:
    """``count`` pages; page n in ``bad`` fails, as an article's page (source given) or a listing page (None)."""
    jobs = []
    for n in range(count):
        text = "boom" if n in bad else f"page {n}"
        source = bad[n] if n in bad else f"articles/{n}.txt"
        jobs.append(RenderJob(str(folder / f"{n}.html"), f"{n}.html", TEMPLATE, {}, {"text": text}, source, None))
    return jobs


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "forked"])
def test_every_page_is_written_once_and_failures_are_reported(tmp_path: Path, workers: int) -> None:
    count = MIN_JOBS_TO_FORK + 50
    bad = {7: "articles/7.txt", 11: None}  # an article page and a listing page
    results = {result.relative: result for result in run_jobs(_jobs(tmp_path, count, bad), _render, workers)}
    assert len(results) == count
    assert results["7.html"].outcome == SKIPPED and "UndefinedError" in results["7.html"].message
    assert results["11.html"].outcome == FAILED
    good = [name for name in results if name not in ("7.html", "11.html")]
    assert all(results[name].outcome == WRITTEN for name in good)
    assert all((tmp_path / name).read_text() == f"<p>page {name[:-5]}</p>" for name in good)
    assert not (tmp_path / "7.html").exists() and not (tmp_path / "11.html").exists()
    again = run_jobs(_jobs(tmp_path, count, {}), _render, workers)
    assert {r.relative for r in again if r.outcome == UNCHANGED} == set(good)
