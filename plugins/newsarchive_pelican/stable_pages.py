"""Pagination that never renumbers old pages: fixed buckets numbered from the oldest story.

Pelican numbers listing pages from the newest story, so one new article shifts
every story one place and every page of the listing changes. Here a listing of
N stories (``per_page`` p) is cut, from the OLDEST story, into fixed buckets:
bucket 1 holds the p oldest stories, bucket 2 the next p, and so on. Bucket pages
are published at ``…/page/<k>/`` for k = 1 … floor(N/p) − 1, and the front page (the
listing's own URL) shows every newer story: between p and 2p − 1 of them, so that its
"Older stories" link leads to the stories just before its last one, none repeated. A
new story changes the front page only; once every p stories a new bucket page appears
(the oldest p of the front page's) and the bucket below it updates its links. A bucket
page's number never changes, nor do its stories but for its own: where the buckets are cut is
recorded (``newsarchive.listing_cuts``, ``ListingCuts``), so a story taken down or dated before
others changes the bucket it is in (one story fewer or more), not every newer one. Without a
record (``sizes`` None) the listing is cut by the fixed count alone.

The classes mimic ``pelican.paginator.Paginator``/``Page`` (``number``, ``url``,
``save_as``, ``object_list``) and add what the theme's navigation needs
(``front``, ``nav``) without reading the listing's total length, so a page's
bytes depend only on its own bucket and its neighbourhood.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from newsarchive.listing_cuts import ListingCut, bucket_sizes, cut_listing, fixed_count_buckets, load_listing_cuts, \
    save_listing_cuts

logger = logging.getLogger("newsarchive")

NAV_WINDOW = 2  # bucket numbers shown either side of the current one


@dataclass(frozen=True)
class NavItem:
    """One entry of a listing page's numbered navigation (newest first): the bucket ``number`` it leads to, None for
    the front page ("Latest"); ``url`` None for a gap. The theme writes its words (its label and the name a screen
    reader hears) in the site's language."""

    number: int | None
    url: str | None
    current: bool = False


class StablePaginator:
    """Front page plus oldest-first buckets of one listing (``object_list`` newest first or oldest first)."""

    def __init__(self, name: str, url: str, object_list: list, settings: dict, per_page: int | None,
                 sizes: tuple[int, ...] | None = None) -> None:
        # no page size (Pelican's DEFAULT_PAGINATION = False): one page of every story, as Pelican's Paginator does
        self.name, self.url, self.settings = name, url or "", settings
        self.per_page = max(1, per_page or len(object_list))
        self.object_list = object_list
        self.count = len(object_list)
        self.newest_first = not (self.count > 1 and object_list[0].date < object_list[-1].date)
        # stories in each bucket, oldest first: recorded (``ListingCuts``), else the fixed count's
        self.sizes = sizes if sizes is not None else (self.per_page,) * fixed_count_buckets(self.count, self.per_page)
        self._starts = tuple(accumulate(self.sizes, initial=0))  # each bucket's first story from the oldest, then the front's
        self.buckets = len(self.sizes)  # published bucket pages
        self.num_pages = self.buckets + 1
        self._links: dict[int | None, tuple[str, str]] = {}

    def pages(self) -> list[StablePage]:
        """Front page first, then buckets from the newest to the oldest."""
        return [self.front()] + [self.bucket(number) for number in range(self.buckets, 0, -1)]

    def front(self) -> StablePage:
        newest = self._newest_first()[: self.count - self._starts[-1]]
        return StablePage(self, None, newest if self.newest_first else newest[::-1])

    def bucket(self, number: int) -> StablePage:
        stories = self._newest_first()
        chosen = stories[self.count - self._starts[number]: self.count - self._starts[number - 1]]
        return StablePage(self, number, chosen if self.newest_first else chosen[::-1])

    def page(self, number: int) -> StablePage:
        """Bucket ``number`` (Pelican's ``Paginator.page``)."""
        return self.bucket(number)

    def link(self, number: int | None) -> tuple[str, str]:
        """``(url, save_as)`` of the front page (None) or of a bucket page."""
        if number not in self._links:
            self._links[number] = self._link(number)
        return self._links[number]

    def _link(self, number: int | None) -> tuple[str, str]:
        rules = self.settings["PAGINATION_PATTERNS"]
        first = [rule for rule in rules if rule[0] == 1] or [rules[0]]
        later = [rule for rule in rules if rule[0] > 1] or list(rules)
        rule = first[-1] if number is None else later[-1]
        return _format(rule[1], self, number or 1), _format(rule[2], self, number or 1)

    def _newest_first(self) -> list:
        return self.object_list if self.newest_first else self.object_list[::-1]


class StablePage:
    """The front page (``number`` None, ``front`` True) or one bucket page."""

    def __init__(self, paginator: StablePaginator, number: int | None, object_list: list) -> None:
        self.paginator, self.bucket_number, self.object_list = paginator, number, object_list
        self.front = number is None
        # Pelican-compatible number: the front page counts as the position after the newest bucket.
        self.number = paginator.buckets + 1 if number is None else number
        self.url, self.save_as = paginator.link(number)

    def newer(self) -> StablePage | None:
        if self.front:
            return None
        if self.bucket_number < self.paginator.buckets:
            return self.paginator.bucket(self.bucket_number + 1)
        return self.paginator.front()

    def older(self) -> StablePage | None:
        number = self.paginator.buckets if self.front else self.bucket_number - 1
        return self.paginator.bucket(number) if number >= 1 else None

    @functools.cached_property
    def nav(self) -> list[NavItem]:
        """Latest, then bucket numbers near this page and bucket 1, newest first, with gaps."""
        buckets, here = self.paginator.buckets, self.number
        shown = sorted({1, *(n for n in range(here - NAV_WINDOW, here + NAV_WINDOW + 1) if 1 <= n <= buckets)},
                       reverse=True) if buckets else []
        items = [NavItem(None, self.paginator.link(None)[0], self.front)]
        previous = buckets + 1
        for number in shown:
            if previous - number > 1:
                items.append(NavItem(None, None))
            items.append(NavItem(number, self.paginator.link(number)[0], number == self.bucket_number))
            previous = number
        return items

    def signature(self) -> tuple:
        """What a template can read from this page besides its stories (for render keys)."""
        newer, older = self.newer(), self.older()
        return (self.front, self.bucket_number, self.url, self.save_as, tuple(self.nav),
                newer.url if newer else None, older.url if older else None)

    def __repr__(self) -> str:
        return f"<StablePage {'front' if self.front else self.bucket_number}>"


def _format(pattern: str, paginator: StablePaginator, number: int) -> str:
    """Pelican's ``Page._from_settings`` formatting, for one pattern and page number."""
    full_name = paginator.name
    name, extension = os.path.splitext(full_name)
    folder, file_name = os.path.split(full_name)
    base_name = folder if file_name in ("index.htm", "index.html") else name
    text = pattern.format(save_as=full_name, url=paginator.url, name=name, base_name=base_name,
                          extension=extension, number=number)
    return text[1:] if text.startswith("/") else text


def stable_page_kwargs(name: str, url: str, paginated: dict, settings: dict, per_page: int,
                       sizes: tuple[int, ...] | None = None) -> list[tuple]:
    """``(page, kwargs)`` for every page of a paginated listing; kwargs as Pelican's writer gives templates."""
    paginators = {key: StablePaginator(name, url, value, settings, per_page, sizes)
                  for key, value in paginated.items()}
    first = next(iter(paginators.values()))
    result = []
    for index in range(first.num_pages):
        kwargs = {}
        for key, paginator in paginators.items():
            page = paginator.front() if index == 0 else paginator.bucket(paginator.buckets - index + 1)
            kwargs.update({f"{key}_paginator": paginator, f"{key}_page": page,
                           f"{key}_previous_page": page.newer(), f"{key}_next_page": page.older()})
        result.append((kwargs[f"{next(iter(paginators))}_page"], kwargs))
    return result


class ListingCuts:
    """The listings' cuts recorded in the content folder (``newsarchive-listings.json``), and this build's.

    ``sizes`` cuts one listing (kept where its recorded cut holds, see ``newsarchive.listing_cuts``);
    ``save``, once every listing is cut, records this build's cuts when they differ (a listing no longer
    written is dropped from the record).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._recorded: dict[str, ListingCut] | None = None  # read at the first listing
        self.made: dict[str, ListingCut] = {}

    def sizes(self, name: str, stories: list, per_page: int | None) -> tuple[int, ...] | None:
        """The stories of each bucket of listing ``name`` (oldest first); None when it is one page."""
        if not per_page:
            return None
        keys = sorted((story.date, story.url) for story in stories)
        try:
            cut = cut_listing(keys, per_page, self.recorded().get(name))
        except TypeError:  # a recorded date with no time zone, the stories' with one (or the reverse)
            cut = cut_listing(keys, per_page)
        if cut.bounds:
            self.made[name] = cut
        return bucket_sizes(keys, cut)

    def recorded(self) -> dict[str, ListingCut]:
        if self._recorded is None:
            try:
                self._recorded = load_listing_cuts(self.path)
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                logger.warning("%s: cannot read where the listings' pages are cut (%s): every listing is cut again "
                               "by its page size", self.path, error)
                self._recorded = {}
        return self._recorded

    def save(self) -> None:
        if self._recorded is not None and self.made != self._recorded:
            save_listing_cuts(self.path, self.made)
