"""Map a function over items on every core, in processes forked from this one.

Forked children inherit everything the parent holds (the archive's candidates,
its statistics), so nothing is pickled on the way in; only each item's result is
pickled back. Falls back to a plain loop where ``fork`` is missing or the work is
too small to pay for the processes.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerFailed(RuntimeError):
    """A forked worker raised or died; the message carries its traceback or exit code."""


def map_forked(function: Callable[[T], R], items: Sequence[T], workers: int, min_items: int = 200) -> list[R]:
    """``[function(item) for item in items]``, computed by this process and ``workers - 1`` forked ones."""
    if workers < 2 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the children's collector leaves the inherited objects alone: fewer copied pages
    try:
        # This process takes the first share itself: one child fewer, so one copy fewer of every
        # page a child writes to (reference counts), at the same speed.
        channels = [_start(context, function, items[share::workers]) for share in range(1, workers)]
        own = _own_share(function, items[0::workers])
        shares = [own] + [_receive(process, receiver) for process, receiver in channels]  # children always joined
        if isinstance(own, WorkerFailed):
            raise own
    finally:
        gc.unfreeze()
    results: list = [None] * len(items)
    for share, values in enumerate(shares):
        results[share::workers] = values
    return results


def _own_share(function, items) -> "list | WorkerFailed":
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
