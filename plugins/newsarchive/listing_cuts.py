"""Where a listing's pages are cut, recorded in the archive so a one-story change moves one page.

Stable pagination (``newsarchive_pelican.stable_pages``) numbers a listing's pages (buckets) from its
oldest story. Cut by a fixed count of ``per_page`` stories, a story taken down or one dated in an old month
shifted every newer bucket by one story, and every one of those pages changed. Here a listing's cut is
recorded once made: the key (date, URL: the listing's order) of the newest story of each bucket, oldest
bucket first. A bucket holds the stories after the bound below it up to its own, so such a story changes
its own bucket only (one story fewer, or one more); the front page holds the stories after the last bound.

The rules (``keeps_bound``, ``cut_listing``):

- a recorded bucket keeps its bound while it holds between 1 and 2p − 1 stories (no bucket page longer
  than a front page can be); the first one that empties or grows past that, and
  every bucket after it, are cut again by the fixed count (their pages move, as all did before);
- the front page's stories are cut into new buckets by the fixed count as they arrive: its oldest p
  become a bucket once it holds 2p (so it shows between p and 2p − 1, as before);
- a front page left with no story (every story after the last bound taken down) takes the newest bucket's
  stories back: that bucket's page goes, as it did when the count fell under a multiple of p;
- a listing with no recorded cut (an archive built by a version of 2026-12-07 or before) or one recorded
  under another ``per_page`` (``DEFAULT_PAGINATION`` changed) is cut by the fixed count from its oldest
  story, exactly as before, and that cut is recorded.

The table lives in ``content/newsarchive-listings.json`` beside the ledger (one listing a line), so a
fresh clone or CI build cuts every listing where the incremental builds did.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .ledger import write_atomically

LISTINGS_VERSION = 1
Key = tuple[datetime, str]  # a story's place in a listing: its date, then its URL (two stories of one minute)


FEWEST_IN_BUCKET = 1  # a recorded bucket left with fewer stories is cut again
MOST_IN_BUCKET_PAGES = 2  # ... and so is one holding this many pages' worth (2p: more than a front page shows)


def keeps_bound(count: int, per_page: int) -> bool:
    """Whether a recorded bucket of ``count`` stories keeps its bound."""
    return FEWEST_IN_BUCKET <= count < MOST_IN_BUCKET_PAGES * per_page


@dataclass(frozen=True)
class ListingCut:
    """A listing's buckets: ``bounds`` the key of each bucket's newest story, oldest bucket first."""

    per_page: int
    bounds: tuple[Key, ...] = ()


def fixed_count_buckets(count: int, per_page: int) -> int:
    """Buckets the fixed count cuts ``count`` stories into: the front page keeps between p and 2p − 1."""
    return max(count // per_page - 1, 0)


def cut_listing(keys: Sequence[Key], per_page: int, recorded: ListingCut | None = None) -> ListingCut:
    """The cut of a listing whose stories have ``keys`` (sorted, oldest first), keeping what ``recorded`` can."""
    bounds = recorded.bounds if recorded is not None and recorded.per_page == per_page else ()
    if any(newer <= older for older, newer in zip(bounds, bounds[1:])):  # not a cut this code made (edited by hand)
        bounds = ()
    ends = [bisect_right(keys, bound) for bound in bounds]  # where each recorded bucket ends among the stories
    kept = 0
    while kept < len(bounds) and keeps_bound(ends[kept] - (ends[kept - 1] if kept else 0), per_page):
        kept += 1
    while kept and ends[kept - 1] == len(keys):  # no story after it: the front page would be empty
        kept -= 1
    start = ends[kept - 1] if kept else 0
    rest = keys[start:]
    fresh = tuple(rest[(number + 1) * per_page - 1] for number in range(fixed_count_buckets(len(rest), per_page)))
    return ListingCut(per_page, (*bounds[:kept], *fresh))


def bucket_sizes(keys: Sequence[Key], cut: ListingCut) -> tuple[int, ...]:
    """How many of the stories (``keys`` sorted, oldest first) each bucket of ``cut`` holds, oldest first."""
    ends = [bisect_right(keys, bound) for bound in cut.bounds]
    return tuple(end - start for start, end in zip([0, *ends], ends))


def load_listing_cuts(path: Path) -> dict[str, ListingCut]:
    """The recorded cuts by listing (its front page's file); none when the file is missing.

    Raises ValueError (or OSError) when it cannot be read: the caller reports it and cuts again.
    """
    if not path.exists():
        return {}
    document = json.loads(path.read_text(encoding="utf-8"))
    return {name: ListingCut(int(item["per_page"]), tuple((datetime.fromisoformat(date), str(url))
                                                          for date, url in item["bounds"]))
            for name, item in document["listings"].items()}


def save_listing_cuts(path: Path, cuts: Mapping[str, ListingCut]) -> None:
    """Write the cuts (one listing a line, by name), atomically; the file is removed when there is none."""
    if not cuts:
        path.unlink(missing_ok=True)
        return
    lines = ",\n".join(f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(_cut_to_json(cuts[name]))}"
                        for name in sorted(cuts))
    write_atomically(path, f'{{"version": {LISTINGS_VERSION}, "listings": {{\n{lines}\n}}}}\n'.encode())


def _cut_to_json(cut: ListingCut) -> dict:
    return {"per_page": cut.per_page, "bounds": [[date.isoformat(), url] for date, url in cut.bounds]}
