"""Search index in shards: one Pagefind bundle per year (per month in a busy year), rebuilt only when needed.

Pagefind has no incremental mode: indexing the whole archive again for one new
story costs seconds per thousand stories. The article pages
(``YYYY/MM/<slug>/index.html``, the only pages with ``data-pagefind-body``) are
one bundle, ``pagefind/all/``, up to ``SINGLE_BUNDLE_UP_TO`` of them (so results
sort newest first), else split into shards: ``pagefind/<YYYY>/`` for a year of at most
``MONTHLY_ABOVE`` stories, else ``pagefind/<YYYY-MM>/`` per month. A shard is
indexed again only when the searchable part of one of its article pages changed
(the writer compares article signatures with the last build's manifest; a
related-stories list or older/newer link is outside ``data-pagefind-body``), when
a page was added or removed, or when the shard did not exist; an untouched shard is hard-linked from the
previous site (Pagefind writes new files, and never into the live site here).

``pagefind/shards.json`` lists the bundles, newest first; the search page loads
Pagefind's UI from ``pagefind/`` and merges every bundle (Pagefind's multisite
``mergeIndex`` option), so filters (tag, source, year) and results span them all.
A site without article pages is indexed whole, as before.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from newsarchive.progress import Progress

BUNDLES = "pagefind"
SHARD_LIST = "shards.json"
MONTHLY_ABOVE = 1500  # article pages in one year before it is split by month
# Up to this many article pages the archive is one bundle (indexed again in a few seconds): Pagefind
# sorts results (newest first) within a bundle, not across merged bundles, so sharding is kept for
# archives where re-indexing everything would dominate a rebuild.
SINGLE_BUNDLE_UP_TO = 3000
WHOLE_ARCHIVE = "all"
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")
NOTHING_TO_INDEX = "not able to build an index"  # Pagefind's error when no page has a word to index (a story of ":")


def index_for_search(site: Path, previous: Path, changed: set[str], progress: Progress) -> list[str]:
    """Index ``site``'s article pages into shards; the shard names, newest first.

    ``progress`` counts the article pages of the shards indexed again, as each shard is done.
    """
    counts = _article_months(site)
    shards = plan_shards(counts)
    bundles = site / BUNDLES
    if not shards:  # article pages at other addresses (ARTICLE_SAVE_AS), or none: one bundle, pagefind/
        _pagefind_unless_empty(site, ["--output-path", str(bundles)])
        return _list_shards(bundles, [])
    bundles.mkdir(exist_ok=True)
    stale = {}
    for name, glob in shards.items():
        old = previous / BUNDLES / name
        if old.is_dir() and not any(_in_shard(path, name) for path in changed):
            shutil.copytree(old, bundles / name, copy_function=os.link)
        else:
            stale[name] = ["--glob", glob, "--output-path", str(bundles / name)]
    indexed = _index_shards(site, stale, {name: shard_pages(name, counts) for name in stale}, progress)
    shards = {name: glob for name, glob in shards.items() if indexed.get(name, True)}
    if shards:
        newest = next(iter(shards))
        for ui_file in UI_FILES:
            shutil.copyfile(bundles / newest / ui_file, bundles / ui_file)
    return _list_shards(bundles, list(shards))


def _list_shards(bundles: Path, names: list[str]) -> list[str]:
    """Write ``names`` as the shard list the search page fetches (an empty list: Pagefind's own bundle, in
    ``pagefind/`` itself, or none; a missing list was a 404 on every search); ``names``."""
    bundles.mkdir(exist_ok=True)
    (bundles / SHARD_LIST).write_text(json.dumps(names), encoding="utf-8")
    return names


def _index_shards(site: Path, stale: dict[str, list[str]], pages: dict[str, int], progress: Progress) -> dict:
    """Run Pagefind for each stale shard (name -> options); shard name -> whether it made a bundle."""
    progress.start(sum(pages.values()))
    indexed = {}
    try:
        # One Pagefind process indexes on about one core: shards are indexed side by side.
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            running = {pool.submit(_pagefind_unless_empty, site, options): name for name, options in stale.items()}
            for done in as_completed(running):
                name = running[done]
                indexed[name] = done.result()
                progress.advance(pages[name])
    finally:
        progress.finish()
    return indexed


def shard_pages(name: str, counts: Counter) -> int:
    """How many article pages shard ``name`` holds (``counts``: pages per ``(year, month)``)."""
    return sum(count for (year, month), count in counts.items() if _month_in_shard(year, month, name))


def plan_shards(counts: Counter) -> dict[str, str]:
    """Shard name → Pagefind glob, newest first, from article pages per ``(year, month)``."""
    if 0 < sum(counts.values()) <= SINGLE_BUNDLE_UP_TO:
        return {WHOLE_ARCHIVE: "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"}
    years = Counter()
    for (year, _), count in counts.items():
        years[year] += count
    shards = {}
    for year in sorted(years, reverse=True):
        if years[year] <= MONTHLY_ABOVE:
            shards[year] = f"{year}/[0-9][0-9]/*/index.html"
        else:
            for month in sorted((m for y, m in counts if y == year), reverse=True):
                shards[f"{year}-{month}"] = f"{year}/{month}/*/index.html"
    return shards


def _in_shard(relative: str, shard: str) -> bool:
    parts = relative.replace(os.sep, "/").split("/")
    is_article = len(parts) == 4 and parts[3] == "index.html"
    return is_article and _month_in_shard(parts[0], parts[1], shard)


def _month_in_shard(year: str, month: str, shard: str) -> bool:
    return shard == WHOLE_ARCHIVE or f"{year}-{month}".startswith(shard)


def _article_months(site: Path) -> Counter:
    counts = Counter()
    for year in site.glob("[0-9][0-9][0-9][0-9]"):
        for month in year.glob("[0-9][0-9]"):
            pages = sum(1 for _ in month.glob("*/index.html"))
            if pages:
                counts[(year.name, month.name)] = pages
    return counts


def _pagefind_unless_empty(site: Path, options: list[str]) -> bool:
    """Run Pagefind; False (no bundle, the search page says so) when the pages hold no word to index."""
    try:
        _pagefind(site, options)
    except subprocess.SubprocessError as error:
        if NOTHING_TO_INDEX in str(error):
            return False
        raise
    return True


def _pagefind(site: Path, options: list[str]) -> None:
    result = subprocess.run([*_pagefind_command(), "--site", str(site), "--silent", *options],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise subprocess.SubprocessError(result.stderr.strip()[-500:] or f"exit status {result.returncode}")


@functools.cache
def _pagefind_command() -> tuple[str, ...]:
    """The Pagefind binary the ``pagefind[bin]`` package installs, run directly (``python -m pagefind``
    starts an interpreter only to exec it: 70 ms for each of a large archive's dozens of shards)."""
    try:
        from pagefind_bin import get_executable
        executable = get_executable()
    except ImportError:
        executable = None
    command = (str(executable),) if executable else (sys.executable, "-m", "pagefind")
    # Linux's setpriv makes Pagefind die with the build: a build killed while indexing left it running.
    guard = shutil.which("setpriv")
    return (guard, "--pdeathsig", "KILL", "--", *command) if guard else command
