"""Builds that follow an archive's life give the site one cold build of the same content gives.

The sample archive is built, then stories arrive in the inbox (one of them dated in an old month, one undated),
a story is deleted and another edited, each followed by a build. A fresh copy of the resulting content/ (what git
holds: the articles, the ledger and where the listings are cut) is then built from nothing, with no cache. Every file of the two sites must be
the same bytes: an incremental build that leaves a stale page, link, listing bucket or feed entry behind shows up
here. Pagefind's bundles are compared by what they index (its file names carry hashes of an internal order).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sitekit import REPO, run_build, write_settings

pytestmark = pytest.mark.slow

PER_PAGE = 3  # many listing buckets, so a deletion or an old story moves some
OLD_MONTH_STORY = ("Kestrel Ferries adds a winter sailing to Skerry\n\nKestrel Ferries will run a third daily "
                   "sailing to Skerry from December, the company said on Tuesday.\n\nThe extra crossing leaves at "
                   "six in the evening and returns the next morning.\n")
EDIT = "\nThe council later said the figures would be checked again by an independent auditor.\n"


def _site(root: Path) -> tuple[Path, Path]:
    settings = write_settings(root, root / "content", root / "output", root / "inbox", DEFAULT_PAGINATION=PER_PAGE,
                              NEWS_ARCHIVE_CACHE_PATH=str(root / "cache"))
    return settings, root / "output"


def _build(settings: Path) -> None:
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]


def _files(output: Path) -> dict[str, bytes]:
    return {path.relative_to(output).as_posix(): path.read_bytes() for path in sorted(output.rglob("*"))
            if path.is_file() and "pagefind" not in path.relative_to(output).parts}


def _indexed_pages(output: Path) -> dict[str, int]:
    return {entry.parent.name: json.loads(entry.read_text(encoding="utf-8"))["languages"]["en"]["page_count"]
            for entry in output.glob("pagefind/*/pagefind-entry.json")}


def test_an_archive_built_build_by_build_is_the_site_one_cold_build_makes(tmp_path: Path) -> None:
    live = tmp_path / "live"
    shutil.copytree(REPO / "content", live / "content")
    (live / "inbox").mkdir()
    settings, output = _site(live)
    _build(settings)

    for example in sorted((REPO / "inbox-examples").iterdir()):  # two dated stories and an undated one
        shutil.copy(example, live / "inbox" / example.name)
    (live / "inbox" / "2026-02-10T0800-kestrel-winter-sailing.txt").write_text(OLD_MONTH_STORY, encoding="utf-8")
    _build(settings)

    articles = sorted((live / "content" / "articles").glob("*.txt"))
    articles[1].unlink()  # a story taken down
    edited = articles[-1]
    edited.write_text(edited.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    for dropped in (live / "inbox").iterdir():  # the inbox emptied once its files are archived
        dropped.unlink()
    _build(settings)

    fresh = tmp_path / "fresh"
    shutil.copytree(live / "content", fresh / "content")
    (fresh / "inbox").mkdir()
    fresh_settings, fresh_output = _site(fresh)
    _build(fresh_settings)

    built, cold = _files(output), _files(fresh_output)
    assert sorted(built) == sorted(cold)
    assert [name for name in built if built[name] != cold[name]] == []
    assert _indexed_pages(output) == _indexed_pages(fresh_output)
    for record in ("newsarchive-ledger.json", "newsarchive-listings.json"):  # the cold build keeps both as they were
        assert (fresh / "content" / record).read_bytes() == (live / "content" / record).read_bytes()
