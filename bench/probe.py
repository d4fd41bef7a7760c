"""How fast the machine is right now: three fixed workloads, timed.

The benchmark machine's speed was seen to change by about 40% within one session
(bench/RESULTS.md, session 7), and the two engines were not slowed alike: plain
Pelican runs on one core with a small heap, newsarchive on two with a large one.
``bench/run.py`` runs this probe before the first build and after the last and prints
both readings with its table. Runs are comparable only when their readings are; a run
whose two readings differ saw the machine change under it.

The workloads use only the standard library, so they do not change when the project's
code does:

- *interpreter*: dictionary counting and string splitting over a small working set;
- *heap*: a half-million-entry dictionary of strings and tuples (about 100 MB, a build's
  kind of heap), then looked up in a shuffled order, so most lookups miss the CPU caches;
- *fresh memory*: 256 MB mapped and touched page by page, then unmapped: the kernel's cost of
  a page fault, which a build pays about 1.5 million times at ×5 (its heap, forked children,
  Pagefind) and plain Pelican rarely.

Each is timed three times (wall clock, on a machine with nothing else running); the
fastest run is the reading.
"""
from __future__ import annotations

import gc
import mmap
import random
import time
from dataclasses import dataclass
from collections.abc import Callable

REPEATS = 3
HEAP_ENTRIES = 500_000
FRESH_BYTES = 256 * 2**20


@dataclass(frozen=True, slots=True)
class Reading:
    interpreter_seconds: float
    heap_seconds: float
    fresh_memory_seconds: float

    def describe(self) -> str:
        return (f"interpreter {self.interpreter_seconds:.2f} s, heap {self.heap_seconds:.2f} s, "
                f"fresh memory {self.fresh_memory_seconds:.2f} s")


def read_machine() -> Reading:
    return Reading(_fastest(_interpreter_workload), _fastest(_heap_workload), _fastest(_fresh_memory_workload))


def _fastest(workload: Callable[[], int]) -> float:
    times = []
    for _ in range(REPEATS):
        gc.collect()
        started = time.perf_counter()
        workload()
        times.append(time.perf_counter() - started)
    return min(times)


def _interpreter_workload() -> int:
    words = [f"word{index % 997}" for index in range(2000)]
    counts: dict[str, int] = {}
    for _ in range(3000):
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        words = " ".join(words).split(" ")
    return sum(counts.values())


def _heap_workload() -> int:
    table = {f"key-{index}": (index, str(index)) for index in range(HEAP_ENTRIES)}
    keys = list(table)
    random.Random(0).shuffle(keys)
    return sum(table[key][0] for key in keys)


def _fresh_memory_workload() -> int:
    page = mmap.PAGESIZE
    with mmap.mmap(-1, FRESH_BYTES) as memory:
        for offset in range(0, FRESH_BYTES, page):
            memory[offset] = 1
    return FRESH_BYTES // page
