"""Property tests of the cleaner: never raises, idempotent, order-preserving, and accounts for every line."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsarchive.clean import CleanConfig, clean_article
from newsarchive.model import BlockKind, CleanArticle
from newsarchive.structure import ATX_HEADING, BULLET

# Lines drawn from boilerplate shapes, content shapes and noise, so the properties exercise real rules.
LINE_SHAPES = [
    "The council said on Monday that the new school would open in September after a long delay.",
    "\"It is a great day for the town,\" the head teacher said.",
    "Early start",
    "WINTER PLANS",
    "What comes next?",
    "- Pupils will start at 8.30am",
    "• Buses will run every ten minutes",
    "Read more: School buses to get new routes",
    "Most read",
    "Bridge closes for repairs",
    "ADVERTISEMENT",
    "Share this article",
    "By Lena Ford",
    "Updated: Tue 9:15 AM, Sep 7, 2021",
    "Image copyright Town Photos",
    "Comments",
    "Filed under: Schools, Council",
    "To read the full story, subscribe to The Town Post.",
    "Copyright 2021 Town Post. All rights reserved.",
    "source site-42",
    "1. First item",
    "# not a heading",
    "",
]
lines = st.one_of(st.sampled_from(LINE_SHAPES), st.text(max_size=60))
articles = st.lists(lines, min_size=1, max_size=25).map(lambda parts: "\n\n".join(parts))


def as_raw_text(cleaned: CleanArticle) -> str:
    """Render a cleaned article back to the raw format (headline, blank line, one block per line)."""
    prefix = {BlockKind.ITEM: "- ", BlockKind.SUBHEADING: "## ", BlockKind.PARAGRAPH: ""}
    body = [prefix[b.kind] + b.text for b in cleaned.blocks]
    return "\n\n".join([cleaned.title, *body]) + "\n"


def normalised_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


@settings(max_examples=150, deadline=None)
@given(articles)
def test_cleaning_never_raises_and_returns_an_article(text: str) -> None:
    assert isinstance(clean_article(text, CleanConfig()), CleanArticle)


@settings(max_examples=150, deadline=None)
@given(articles)
def test_every_line_is_kept_in_order_or_reported_removed(text: str) -> None:
    cleaned = clean_article(text, CleanConfig())
    original = normalised_lines(text)
    if not original:
        return
    # The headline is the first line, or the first after site furniture above it (reported removed).
    above = next(index for index, line in enumerate(original) if line == cleaned.title)
    body = original[above + 1:]
    kept = [("- " + b.text) if b.kind is BlockKind.ITEM else b.text for b in cleaned.blocks]
    removed = [item.line for item in cleaned.removed]
    assert removed[:above] == original[:above]
    removed = removed[above:]
    assert all(item.family for item in cleaned.removed)
    # Kept blocks and removed lines are each in body order, and together they are exactly the body lines.
    assert _is_subsequence([_plain(line) for line in kept], [_plain(line) for line in body])
    assert _is_subsequence(removed, body)
    assert sorted(_plain(line) for line in kept + removed) == sorted(_plain(line) for line in body)


def _plain(line: str) -> str:
    """A list item's text without its bullet, a heading's without its #, as the cleaner keeps them."""
    marked = BULLET.match(line) or ATX_HEADING.match(line)
    return marked.group("text").strip() if marked else line


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(_same_line(line, item) for line in remaining) for item in part)


def _same_line(raw: str, kept: str) -> bool:
    return raw == kept or _plain(raw) == _plain(kept)


REPEATED_HEADLINE = "\n\n".join(["The council said on Monday that the new school would open in September."] * 6)
REPEATED_MARKERS = ("The council said on Monday that the new school would open in September after a long delay.\n\n"
                    + "source site-42\n\n" * 6 + "Read more: School buses to get new routes")


AN_ITEM_OF_CAPITALS = "The council said on Monday that the new school would open in September after a long delay.\n\n* AA"


@settings(max_examples=150, deadline=None)
@given(articles)
@example(AN_ITEM_OF_CAPITALS)  # found by this test: kept as "* AA", then written "- AA" and taken for a sign-off
@example(REPEATED_MARKERS)  # found by this test: settling stopped after four passes, one marker a pass
@example(REPEATED_HEADLINE)  # found by this test: the headline's repeats went one a pass, the last of six stayed
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_article(text, CleanConfig())
    if not once.title:
        return
    twice = clean_article(as_raw_text(once), CleanConfig())
    assert twice.removed == ()
    assert twice.blocks == once.blocks


@pytest.mark.parametrize("markers", [1, 2, 5, 40])
def test_a_run_of_trailing_markers_goes_whole(markers: int) -> None:
    text = "Ferry returns to the island\n\nThe ferry to the island runs again from Monday.\n\n" + "source site-7\n\n" * markers
    cleaned = clean_article(text, CleanConfig())
    assert [block.text for block in cleaned.blocks] == ["The ferry to the island runs again from Monday."]
    assert [line.family for line in cleaned.removed] == ["scraper_marker"] * markers and cleaned.source == "site-7"
