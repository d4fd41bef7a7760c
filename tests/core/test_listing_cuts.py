"""Recorded listing cuts: a story taken down or dated in the past changes the bucket it is in, and no other.

Every property is checked over random listings and page sizes: the stories of each page are computed from
the cut (``bucket_sizes``), before and after one change, and compared page by page.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings as hypothesis_settings, strategies as st

from newsarchive.listing_cuts import (ListingCut, bucket_sizes, cut_listing, keeps_bound, load_listing_cuts,
                                      save_listing_cuts)

START = datetime(2024, 1, 1, tzinfo=UTC)


def _keys(count: int, spacing: int = 10) -> list[tuple[datetime, str]]:
    """Stories ``spacing`` hours apart, oldest first (room between them for a back-dated one)."""
    return [(START + timedelta(hours=spacing * n), f"2024/01/story-{n}/") for n in range(count)]


def _pages(keys: list, cut: ListingCut) -> tuple[list[tuple], tuple]:
    """The stories of each bucket (oldest bucket first) and of the front page."""
    buckets, start = [], 0
    for size in bucket_sizes(keys, cut):
        buckets.append(tuple(keys[start:start + size]))
        start += size
    return buckets, tuple(keys[start:])


def _holder(buckets: list[tuple], key) -> int | None:
    """The number (from 1) of the bucket holding ``key``; None when the front page does."""
    return next((number for number, stories in enumerate(buckets, 1) if key in stories), None)


def _assert_well_formed(keys: list, cut: ListingCut, per_page: int) -> None:
    buckets, front = _pages(keys, cut)
    assert [key for stories in buckets for key in stories] + list(front) == keys  # each story once, in order
    assert all(keeps_bound(len(stories), per_page) for stories in buckets)
    assert front or not keys  # the front page is never empty while the listing has stories
    assert cut_listing(keys, per_page, cut) == cut  # a build of the same stories keeps the cut


listings = st.integers(min_value=0, max_value=90)
page_sizes = st.integers(min_value=1, max_value=12)


@hypothesis_settings(max_examples=40, deadline=None)
@given(total=listings, per_page=page_sizes)
def test_a_listing_with_no_recorded_cut_is_cut_by_the_fixed_count_as_before(total: int, per_page: int) -> None:
    keys = _keys(total)
    cut = cut_listing(keys, per_page)
    assert bucket_sizes(keys, cut) == (per_page,) * max(total // per_page - 1, 0)
    _assert_well_formed(keys, cut, per_page)


@hypothesis_settings(max_examples=60, deadline=None)
@given(total=st.integers(min_value=1, max_value=90), per_page=page_sizes, data=st.data())
def test_a_story_taken_down_changes_only_the_bucket_it_was_in(total: int, per_page: int, data) -> None:
    keys = _keys(total)
    cut = cut_listing(keys, per_page)
    buckets, front = _pages(keys, cut)
    gone = keys[data.draw(st.integers(min_value=0, max_value=total - 1))]
    left = [key for key in keys if key != gone]
    new_cut = cut_listing(left, per_page, cut)
    new_buckets, new_front = _pages(left, new_cut)
    _assert_well_formed(left, new_cut, per_page)
    holder = _holder(buckets, gone)
    if holder is None:  # on the front page: every bucket stays, unless the front page emptied
        assert new_buckets == buckets or (not front[1:] and new_buckets == buckets[:-1])
        return
    if len(buckets[holder - 1]) > 1:
        assert new_buckets[holder - 1] == tuple(key for key in buckets[holder - 1] if key != gone)
        assert [b for n, b in enumerate(new_buckets, 1) if n != holder] == \
            [b for n, b in enumerate(buckets, 1) if n != holder]
        assert new_front == front
    else:  # its bucket emptied: the older buckets stay, the newer ones are cut again by the fixed count
        assert new_buckets[:holder - 1] == buckets[:holder - 1]


@hypothesis_settings(max_examples=60, deadline=None)
@given(total=st.integers(min_value=1, max_value=90), per_page=page_sizes, data=st.data())
def test_a_story_dated_in_the_past_changes_only_the_bucket_it_falls_in(total: int, per_page: int, data) -> None:
    keys = _keys(total)
    cut = cut_listing(keys, per_page)
    buckets, front = _pages(keys, cut)
    before = data.draw(st.integers(min_value=0, max_value=total - 1))  # it is dated just before this story
    late = (keys[before][0] - timedelta(hours=1), "2024/01/late-story/")
    grown = sorted([*keys, late])
    new_cut = cut_listing(grown, per_page, cut)
    new_buckets, new_front = _pages(grown, new_cut)
    _assert_well_formed(grown, new_cut, per_page)
    holder = _holder(buckets, keys[before])  # (it falls in with the story it is dated just before)
    if holder is None:
        assert new_buckets[:len(buckets)] == buckets
        return
    if len(buckets[holder - 1]) + 1 < 2 * per_page:
        assert new_buckets[holder - 1] == tuple(sorted([*buckets[holder - 1], late]))
        assert [b for n, b in enumerate(new_buckets, 1) if n != holder] == \
            [b for n, b in enumerate(buckets, 1) if n != holder]
        assert new_front == front
    else:  # it grew past a page more than a front page shows: cut again from it by the fixed count
        assert new_buckets[:holder - 1] == buckets[:holder - 1]


@hypothesis_settings(max_examples=40, deadline=None)
@given(total=st.integers(min_value=0, max_value=60), per_page=page_sizes,
       changes=st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=10 ** 6)), max_size=25))
def test_any_run_of_changes_keeps_every_story_on_one_page_and_bucket_numbers_in_place(total, per_page, changes):
    keys, cut, extra = _keys(total), ListingCut(per_page), 0
    cut = cut_listing(keys, per_page, cut)
    for remove, where in changes:
        if remove and keys:
            keys.pop(where % len(keys))
        else:  # a story at any date, new or old
            extra += 1
            moment = START + timedelta(minutes=where % (10 * 60 * (total + 5)))
            keys = sorted([*keys, (moment, f"2024/02/added-{extra}/")])
        old_buckets = _pages(keys, cut)[0]  # (with the old cut, before this build cuts again)
        cut = cut_listing(keys, per_page, cut)
        _assert_well_formed(keys, cut, per_page)
        # a bucket whose stories are within bounds keeps them: only the first out of bounds and the newer move
        kept = next((n for n, stories in enumerate(old_buckets) if not keeps_bound(len(stories), per_page)),
                    len(old_buckets))
        assert _pages(keys, cut)[0][:max(kept - 1, 0)] == old_buckets[:max(kept - 1, 0)]


def test_new_stories_change_the_front_page_only_and_open_a_bucket_every_page_size() -> None:
    keys, per_page = _keys(25), 5
    cut = cut_listing(keys, per_page)
    buckets = _pages(keys, cut)[0]
    for count in range(26, 40):
        keys = _keys(count)
        cut = cut_listing(keys, per_page, cut)
        new_buckets, front = _pages(keys, cut)
        assert new_buckets[:len(buckets)] == buckets
        assert all(len(stories) == per_page for stories in new_buckets)
        assert per_page <= len(front) < 2 * per_page
        buckets = new_buckets


def test_a_cut_recorded_under_another_page_size_is_cut_again_by_the_fixed_count() -> None:
    keys = _keys(40)
    recorded = cut_listing(keys, 10)
    assert bucket_sizes(keys, cut_listing(keys, 4, recorded)) == (4,) * 9


def test_a_recorded_cut_whose_bounds_are_out_of_order_is_not_used() -> None:
    keys = _keys(30)
    shuffled = ListingCut(5, (keys[19], keys[4]))
    assert cut_listing(keys, 5, shuffled) == cut_listing(keys, 5)


def test_the_recorded_cuts_are_read_back_as_written(tmp_path) -> None:
    keys = _keys(33)
    cuts = {"index.html": cut_listing(keys, 4), "tag/harbour/index.html": cut_listing(keys[:20], 3)}
    path = tmp_path / "newsarchive-listings.json"
    save_listing_cuts(path, cuts)
    assert load_listing_cuts(path) == cuts
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2 + len(cuts)  # one listing a line
    save_listing_cuts(path, {})
    assert not path.exists() and load_listing_cuts(path) == {}
