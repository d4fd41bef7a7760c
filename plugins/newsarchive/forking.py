"""Work in processes forked from this one: a map over items on every core, or one job in the background.

Forked children inherit everything the parent holds (the archive's candidates,
its statistics), so nothing is pickled on the way in; only each item's result is
pickled back. ``map_forked`` falls back to a plain loop where ``fork`` is missing
or the work is too small to pay for the processes; ``map_in_background`` and
``start_forked`` return None where ``fork`` is missing (the caller then does the
work itself).
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import traceback
from typing import TypeVar
from collections.abc import Callable, Sequence

from .progress import Progress

T = TypeVar("T")
R = TypeVar("R")


class WorkerFailed(RuntimeError):
    """A forked worker raised or died; the message carries its traceback or exit code."""


def map_forked(function: Callable[[T], R], items: Sequence[T], workers: int, min_items: int = 200) -> list[R]:
    """``[function(item) for item in items]``, computed by this process and ``workers - 1`` forked ones."""
    if workers < 2 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    with _heap_frozen():
        # This process takes the first share itself: one child fewer, so one copy fewer of every
        # page a child writes to (reference counts), at the same speed.
        channels = [_start(context, function, items[share::workers]) for share in range(1, workers)]
        own = _own_share(function, items[0::workers])
        shares = [own] + [_receive(process, receiver) for process, receiver in channels]  # children always joined
        if isinstance(own, WorkerFailed):
            raise own
    results: list = [None] * len(items)
    for share, values in enumerate(shares):
        results[share::workers] = values
    return results


@contextlib.contextmanager
def _heap_frozen():
    """While forking: a child's collector leaves the objects it inherited alone, so fewer pages are copied."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _own_share(function, items) -> list | WorkerFailed:
    try:
        return [function(item) for item in items]
    except Exception:  # noqa: BLE001 - raised as the children's failures are, once they are joined
        return WorkerFailed(f"a worker process failed: {traceback.format_exc()}")


def _start(context, function, items):
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_work, args=(function, items, sender), daemon=True)
    process.start()
    sender.close()
    return process, receiver


def _receive(process, receiver) -> list:
    try:
        ok, payload = receiver.recv()
    except EOFError:
        ok, payload = False, f"exit code {process.exitcode}"
    finally:
        process.join()
    if not ok:
        raise WorkerFailed(f"a worker process failed: {payload}")
    return payload


def _work(function, items, sender) -> None:
    try:
        sender.send((True, [function(item) for item in items]))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises WorkerFailed
        sender.send((False, traceback.format_exc()))
    finally:
        sender.close()
        os._exit(0)  # skip the parent's atexit and logging handlers inherited by fork


class ForkedMap:
    """``[function(item) for item in items]`` computed by a forked child while this process goes on."""

    def __init__(self, function: Callable[[T], R], items: Sequence[T]) -> None:
        context = multiprocessing.get_context("fork")
        with _heap_frozen():
            self._process, self._receiver = _start(context, function, items)

    def results(self) -> list:
        """Wait for the child; its results in item order (``WorkerFailed`` if it raised or died)."""
        return _receive(self._process, self._receiver)

    def cancel(self) -> None:
        """Stop the child now (a child whose results are not wanted would wait to send them forever)."""
        self._process.terminate()
        self._process.join()
        self._receiver.close()


def map_in_background(function: Callable[[T], R], items: Sequence[T]) -> ForkedMap | None:
    """Start ``function`` over ``items`` in a forked child; None where ``fork`` is missing."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ForkedMap(function, items)


class SharedCount:
    """A count in memory shared with the children this process forks after making it: they add, it reads.

    Adding takes no lock (a child stopped while holding one would block every process
    after it): two processes adding at the same instant may lose one, so the count is
    for showing progress, not for bookkeeping.
    """

    def __init__(self) -> None:
        self._count = multiprocessing.RawValue("q", 0)

    def add(self, count: int = 1) -> None:
        self._count.value += count

    @property
    def value(self) -> int:
        return self._count.value


class CountedProgress:
    """A ``Progress`` of work shared with forked children: every process adds the items it finishes
    to a ``SharedCount``; only the process that made it draws, and only on a terminal.

    Children forked before ``start`` count too (their items are done when the stage starts).
    """

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.count = SharedCount()
        self._owner = os.getpid()

    def start(self, total: int) -> None:
        self.progress.start(total, done=self.count.value)

    def item_done(self) -> None:
        self.count.add()
        if self.progress.live and os.getpid() == self._owner:
            self.progress.update(self.count.value)

    def finish(self, done: int | None = None) -> None:
        """End the stage; ``done``: the exact count, when known (the shared one may have lost some)."""
        if done is not None:
            self.progress.update(done)
        self.progress.finish()


class Background:
    """A job running in a forked child (``start_forked``)."""

    def __init__(self, process) -> None:
        self._process = process

    def wait(self) -> bool:
        """Block until the job ends; True when it returned without raising."""
        self._process.join()
        return self._process.exitcode == 0


def start_forked(job: Callable[[], None]) -> Background | None:
    """Run ``job()`` in a forked child while this process goes on; None where ``fork`` is missing.

    The child is not a daemon: if this process ends first, its exit waits for the job
    (multiprocessing joins its children at exit). A job that raises prints its traceback.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    with _heap_frozen():
        process = multiprocessing.get_context("fork").Process(target=_run_job, args=(job,), daemon=False)
        process.start()
    return Background(process)


def _run_job(job: Callable[[], None]) -> None:
    code = 1
    try:
        job()
        code = 0
    except BaseException:  # noqa: BLE001 - reported to the parent by the exit code
        traceback.print_exc()
    finally:
        os._exit(code)  # skip the parent's atexit and logging handlers inherited by fork
