"""Rendering deferred pages (and feeds), on every core: forked workers render and write their share.

Pelican's writer renders each page as the generators ask for it. The archive's
writer only records a ``RenderJob`` (template, keyword arguments, output path)
and renders all of them at the end of Pelican's run: in-process for a small
site, else in ``workers`` processes forked from the build (``fork``: they inherit
Pelican's articles, templates and context; only the small result tuples are
pickled back). Each worker writes its pages itself through ``replace_if_changed``
(an existing name is unlinked, then written anew), so a page still shared with the live site by a
hard link is never written into.

A failure rendering an article's own page is returned as ``skipped`` (the build
reports the article's file and goes on, as ``SafeWriter`` does); a failure on any
other page is ``failed`` and stops the build.
"""
from __future__ import annotations

import functools
import traceback
from dataclasses import dataclass
from collections.abc import Callable

from newsarchive.forking import ForkedMap, WorkerFailed, map_forked, map_in_background

from .safe_writer import RENDERING_ERRORS

MIN_JOBS_TO_FORK = 200  # below this, forking costs more than it saves
WRITTEN, UNCHANGED, SKIPPED, FAILED = "written", "unchanged", "skipped", "failed"


@dataclass(frozen=True)
class RenderJob:
    path: str  # absolute output path
    relative: str  # path inside the output folder (manifest name)
    template: object  # a jinja2 Template
    context: dict  # Pelican's shared context (not copied)
    kwargs: dict
    source: str | None  # the article's file when the page is one article's page
    key: str | None
    indexed: str | None = None  # for an article page: signature of its searchable part


@dataclass(frozen=True)
class FileJob:
    """A file that is not a page (a feed): ``produce()`` returns its bytes."""

    path: str
    relative: str
    produce: Callable[[], bytes]
    key: str | None
    source: None = None  # no article's own page: a failure stops the build
    indexed: None = None


@dataclass(frozen=True)
class JobResult:
    relative: str
    outcome: str  # WRITTEN, UNCHANGED, SKIPPED or FAILED
    message: str = ""


class RenderFailed(RuntimeError):
    """A listing page (or a worker) failed: the site would be incomplete."""


def run_jobs(jobs: list, render: Callable[[object], bool], workers: int) -> list[JobResult]:
    """Render every job (``render`` returns True when it wrote the file), in forked workers when there are many."""
    try:
        return map_forked(functools.partial(render_one, render=render), jobs, workers, min_items=MIN_JOBS_TO_FORK)
    except WorkerFailed as error:
        return [JobResult("", FAILED, str(error))]


def render_one(job, render: Callable[[object], bool]) -> JobResult:
    try:
        return JobResult(job.relative, WRITTEN if render(job) else UNCHANGED)
    except RENDERING_ERRORS as error:
        message = f"{type(error).__name__}: {error}"
        return JobResult(job.relative, SKIPPED if job.source else FAILED, message)
    except Exception as error:  # noqa: BLE001 - a forked worker reports every failure; the build then stops
        return JobResult(job.relative, FAILED, "".join(traceback.format_exception_only(error)).strip())


class EarlyJobs:
    """Jobs rendered in a forked child while the build goes on queueing others (``start_early``)."""

    def __init__(self, jobs: list, share: ForkedMap) -> None:
        self.jobs = jobs
        self._share = share

    def results(self) -> list[JobResult]:
        """Wait for the child; a result per job, or one failure if the child died."""
        try:
            return self._share.results()
        except WorkerFailed as error:
            return [JobResult("", FAILED, str(error))]

    def cancel(self) -> None:
        """Stop the child, whatever it has rendered (its results are never read)."""
        self._share.cancel()


def start_early(jobs: list, render: Callable[[object], bool], workers: int) -> EarlyJobs | None:
    """Render ``jobs`` in a forked child from now on; None when there are too few, one core or no ``fork``."""
    if workers < 2 or len(jobs) < MIN_JOBS_TO_FORK:
        return None
    share = map_in_background(functools.partial(render_one, render=render), jobs)
    return None if share is None else EarlyJobs(jobs, share)
