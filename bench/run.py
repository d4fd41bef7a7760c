"""Benchmark: plain Pelican (ready Markdown) against newsarchive (raw text) on the same stories.

    .venv/bin/python bench/run.py [--scale 5] [--engines plain,newsarchive] [--source ../shared/data/bbc]
                                  [--drop-caches]

Engines: ``plain`` (the comparison: plain Pelican with pages and feeds comparable to
newsarchive's), ``newsarchive``, and ``plain-defaults``, a reference only: plain Pelican
with the feeds issue 5 describes its baseline with (all, per-category and per-tag Atom
and RSS feeds at Pelican's default length of 100 items, full text in Atom; author feeds
as Pelican makes them by default). Its feeds can hold more than newsarchive's (50 items
in the main feeds, 20 in a tag's), so its pages are not comparable and no ratio is
printed against it (on the BBC corpus at x5 it builds within a few per cent of ``plain``).

Both archives get the same stories, dates and comparable pages: article pages, tag
pages, year and month archives, pagination 10, a main feed and (plain Pelican)
per-tag feeds. For each engine: a cold build (no output, no cache, no ledger), an
add-one rebuild (one new story, newer than all others, into the built archive;
plain Pelican with its content cache warm, newsarchive through its inbox) and an
add-another rebuild (a second new story: the rebuild an archive usually gets). Prints a
table: wall seconds, CPU seconds, peak memory (whole process tree), files written and
changed; and the machine probe's readings (``bench/probe.py``) from before the first
build and after the last, to tell a change of the machine from a change of the code.

Plain Pelican needs Python-Markdown, which the project does not install: it runs in
its own virtualenv (``bench/work/plain-venv``, created on first use with pelican
4.12.0 and Markdown 3.7).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import copies, load_stories, markdown_text, newcomer, raw_name, raw_text  # noqa: E402
from measure import compare, digests, run_measured, snapshot  # noqa: E402
from probe import read_machine  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
WORK = PROJECT / "bench" / "work"
PLAIN_VENV = WORK / "plain-venv"
PLAIN_PACKAGES = ("pelican==4.12.0", "markdown==3.7")
DEFAULT_SOURCE = PROJECT / ".." / "shared" / "data" / "bbc"

PLAIN_SETTINGS = '''
SITENAME = "Plain Pelican benchmark"
SITEURL = "http://localhost:8000"
TIMEZONE = "UTC"
PATH = "content"
OUTPUT_PATH = "output"
DEFAULT_PAGINATION = 10
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
ARTICLE_TRANSLATION_ID = None
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
TAG_FEED_RSS = "feeds/tag/{slug}.rss.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
FEED_MAX_ITEMS = 50
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
'''

# The feeds of issue 5's description of its baseline: Pelican's default feed length (100) and
# per-category RSS beside Atom; everything else as PLAIN_SETTINGS.
PLAIN_DEFAULTS_SETTINGS = PLAIN_SETTINGS.replace("FEED_MAX_ITEMS = 50\n", "") + '''CATEGORY_FEED_RSS = "feeds/category/{slug}.rss.xml"
'''
PLAIN_ENGINES = {"plain": PLAIN_SETTINGS, "plain-defaults": PLAIN_DEFAULTS_SETTINGS}

NEWSARCHIVE_SETTINGS = f'''
import sys
sys.path.insert(0, {str(PROJECT)!r})
from pelicanconf import *  # noqa
PATH = "content"
OUTPUT_PATH = "output"
THEME = {str(PROJECT / "theme")!r}
PLUGIN_PATHS = [{str(PROJECT / "plugins")!r}]
'''


def main() -> int:
    args = _arguments()
    stories = load_stories(args.source)
    corpus = copies(stories, args.scale)
    newest = max(copy.date for copy in corpus)
    newcomers = [newcomer(stories, newest, number) for number in (1, 2)]
    print(f"corpus: {len(stories)} stories x{args.scale} = {len(corpus)} articles "
          f"({'BBC' if args.source.is_dir() else 'synthetic'}); work folder {WORK}", flush=True)
    rows = []
    before = read_machine()
    print(f"machine probe before the builds: {before.describe()}", flush=True)
    for engine in args.engines:
        folder = WORK / f"{engine}-x{args.scale}"
        _prepare(engine, folder, corpus)
        rows.extend(_bench_engine(engine, folder, newcomers, args.pagefind, args.drop_caches))
    after = read_machine()
    _print_table(rows)
    print(f"machine probe (bench/probe.py): {before.describe()} before the builds; {after.describe()} after them")
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=5)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--engines", default="plain,newsarchive", type=lambda s: [e for e in s.split(",") if e])
    parser.add_argument("--pagefind", action="store_true", help="also time pagefind alone on the final output")
    parser.add_argument("--drop-caches", action="store_true",
                        help="empty the kernel's page cache before each cold build (needs root; on a VM whose page "
                             "cache had grown to 6 GB, a cold build's system time was seen to double); rebuilds "
                             "run with the cache warm, as a user's rebuild after a build does")
    return parser.parse_args()


def _prepare(engine: str, folder: Path, corpus) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    if engine in PLAIN_ENGINES:
        _ensure_plain_venv()
        (folder / "content").mkdir(parents=True)
        for copy in corpus:
            (folder / "content" / f"{copy.ident}.md").write_text(markdown_text(copy), encoding="utf-8")
        (folder / "pelicanconf.py").write_text(PLAIN_ENGINES[engine], encoding="utf-8")
    else:
        articles = folder / "content" / "articles"
        articles.mkdir(parents=True)
        for copy in corpus:
            (articles / raw_name(copy)).write_text(raw_text(copy), encoding="utf-8")
        (folder / "benchconf.py").write_text(NEWSARCHIVE_SETTINGS, encoding="utf-8")
    print(f"{engine}: wrote the corpus in {time.perf_counter() - started:.1f} s", flush=True)


def _ensure_plain_venv() -> None:
    python = PLAIN_VENV / "bin" / "python"
    if python.exists() and subprocess.run([python, "-c", "import markdown, pelican"]).returncode == 0:
        return
    subprocess.run([sys.executable, "-m", "venv", str(PLAIN_VENV)], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", *PLAIN_PACKAGES], check=True)


def _command(engine: str) -> list[str]:
    if engine in PLAIN_ENGINES:
        return [str(PLAIN_VENV / "bin" / "pelican"), "content", "-s", "pelicanconf.py", "-q"]
    return [str(PROJECT / ".venv" / "bin" / "newsarchive"), "build", "--settings", "benchconf.py"]


def _bench_engine(engine: str, folder: Path, newcomers, pagefind: bool, drop_caches: bool) -> list[tuple]:
    output = folder / "output"
    _settle(drop_caches)
    cold = run_measured(_command(engine), folder)
    _check(engine, "cold", cold)
    rows = [(engine, "cold", cold, None)]
    # add-one: the first rebuild after the cold build; add-another: the next one (a rebuild as it
    # usually is: newsarchive then starts from the spare copy of the previous site)
    for step, extra in zip(("add-one", "add-another"), newcomers):
        before, sums = snapshot(output), digests(output)
        _add(engine, folder, extra)
        _settle(drop_caches=False)
        run = run_measured(_command(engine), folder)
        _check(engine, step, run)
        rows.append((engine, step, run, compare(before, snapshot(output), sums, output)))
    if pagefind:
        alone = run_measured([str(PROJECT / ".venv" / "bin" / "python"), "-m", "pagefind", "--site", str(output),
                              "--output-path", str(folder / "pagefind-alone"), "--silent"], folder)
        rows.append((engine, "pagefind alone", alone, None))
    return rows


def _settle(drop_caches: bool) -> None:
    """Before a measured step: written files flushed and, with ``drop_caches``, the page cache emptied."""
    os.sync()
    if drop_caches:
        try:
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        except OSError as error:
            sys.exit(f"--drop-caches: cannot empty the page cache ({error.strerror}); run as root or without it")


def _add(engine: str, folder: Path, extra) -> None:
    if engine in PLAIN_ENGINES:
        (folder / "content" / f"{extra.ident}.md").write_text(markdown_text(extra), encoding="utf-8")
    else:
        (folder / "inbox").mkdir(exist_ok=True)
        (folder / "inbox" / raw_name(extra)).write_text(raw_text(extra), encoding="utf-8")
    time.sleep(0.01)  # distinct mtimes


def _check(engine: str, step: str, run) -> None:
    status = "ok" if run.returncode == 0 else f"FAILED ({run.returncode})"
    print(f"{engine} {step}: {run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s), peak RSS {run.peak_tree_mb:.0f} MB, "
          f"PSS {run.peak_pss_mb:.0f} MB {status}", flush=True)
    if run.returncode != 0:
        print(run.stderr_tail, file=sys.stderr)


def _print_table(rows) -> None:
    print()
    print("| engine | step | wall s | CPU s | peak RSS MB (tree) | peak PSS MB (tree) | files | written | bytes changed "
          "| html written | html changed |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for engine, step, run, changes in rows:
        counts = (f"{changes.files} | {changes.written} | {changes.changed} | {changes.written_html} | {changes.changed_html}"
                  if changes else " |  |  |  | ")
        print(f"| {engine} | {step} | {run.seconds:.1f} | {run.cpu_seconds:.1f} | {run.peak_tree_mb:.0f} | {run.peak_pss_mb:.0f} | {counts} |")
    by_step = {(engine, step): run for engine, step, run, _ in rows}
    for step in ("cold", "add-one", "add-another"):
        if ("plain", step) in by_step and ("newsarchive", step) in by_step:
            ours, theirs = by_step[("newsarchive", step)], by_step[("plain", step)]
            print(f"{step}: newsarchive / plain Pelican = {ours.seconds / theirs.seconds:.2f} "
                  f"(CPU time: {ours.cpu_seconds / theirs.cpu_seconds:.2f})")


if __name__ == "__main__":
    sys.exit(main())
