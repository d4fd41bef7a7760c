"""Measuring one command: wall time, peak memory of its whole process tree, files written.

CPU time is the user and system time of the command and every process it waited for
(``RUSAGE_CHILDREN`` before and after: its workers, render children and Pagefind runs; not a
process it left running detached).

Peak memory is sampled from /proc every 50 ms over every process in the command's session
(so a process pool's workers count): the sum of resident sets (RSS: pages a forked worker
shares with its parent are counted once per process, an upper bound) and the sum of
proportional set sizes (PSS, from ``smaps_rollup``: shared pages divided among the processes
sharing them, what the machine really holds). File changes are found by comparing snapshots
of the output folder: a file is *written* when its inode or mtime changed (or it is new),
*changed* when its bytes differ.
"""
from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Mapping, Sequence

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
POLL_SECONDS = 0.05
# PSS (smaps_rollup walks every page table: a core's worth of work at 20 reads a second for a
# gigabyte-sized process tree, which slowed the two-core build it measured) is read every 10th poll.
PSS_EVERY = 10


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the command and the processes it waited for
    peak_tree_mb: float  # sampled sum of RSS over the process tree
    peak_pss_mb: float  # sampled sum of PSS over the process tree
    returncode: int
    stderr_tail: str


def run_measured(command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> Run:
    started, cpu_before = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(command, cwd=cwd, env=dict(env) if env else None, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    done = threading.Event()
    sampler = threading.Thread(target=_sample, args=(process.pid, peak, done), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds, cpu_seconds = time.perf_counter() - started, _children_cpu() - cpu_before
    done.set()
    sampler.join()
    return Run(seconds, cpu_seconds, peak[0] / 2**20, peak[1] / 2**20, process.returncode, stderr[-3000:])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sample(session: int, peak: list[int], done: threading.Event) -> None:
    polls = 0
    while not done.is_set():
        rss, pss = _session_memory(session, with_pss=polls % PSS_EVERY == 0)
        peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
        polls += 1
        done.wait(POLL_SECONDS)


def _session_memory(session: int, with_pss: bool = True) -> tuple[int, int]:
    """``(RSS, PSS)`` in bytes, summed over the processes of ``session`` (PSS 0 unless ``with_pss``)."""
    total = pss = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # field 6 of stat: session id
            total += int(fields[21]) * PAGE_SIZE  # field 24: rss in pages
            pss += _pss(entry.name) if with_pss else 0
    return total, pss


def _pss(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """``relative path → (inode, mtime_ns, size)`` of every file under ``folder``."""
    result = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            stat = os.stat(path)
            result[os.path.relpath(path, folder)] = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    return result


@dataclass(frozen=True, slots=True)
class Changes:
    files: int
    written: int  # new files, or files with a new inode or mtime
    changed: int  # new files, or files whose bytes differ
    deleted: int
    written_html: int
    changed_html: int


def compare(before: Mapping[str, tuple[int, int, int]], after: Mapping[str, tuple[int, int, int]],
            digests_before: Mapping[str, str], folder: Path) -> Changes:
    written = [path for path, stamp in after.items() if before.get(path) != stamp]
    changed = [path for path in written if digests_before.get(path) != _digest(folder / path)]
    return Changes(
        files=len(after), written=len(written), changed=len(changed),
        deleted=sum(1 for path in before if path not in after),
        written_html=sum(1 for path in written if path.endswith(".html")),
        changed_html=sum(1 for path in changed if path.endswith(".html")),
    )


def digests(folder: Path) -> dict[str, str]:
    return {path: _digest(folder / path) for path in snapshot(folder)}


def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
