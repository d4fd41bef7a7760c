"""Structure: subheadings, lists and paragraphs, and Markdown that shows the text unchanged."""
from __future__ import annotations

import re

import pytest

from newsarchive.model import Block, BlockKind
from newsarchive.structure import classify_lines, escape_markdown, to_markdown

PROSE = "The museum will reopen its east wing next month after a two-year restoration of the painted ceiling."


@pytest.mark.parametrize(
    "line",
    ["A ceiling restored", "WORK BEGINS", "Why did it take so long?", "“A labour of love”", "Key dates: what happens next"],
    ids=["noun-phrase", "all-caps", "question", "quoted", "with-colon-inside"],
)
def test_short_line_above_prose_is_a_subheading(line: str) -> None:
    blocks = classify_lines(("Intro paragraph of the story, long enough to be prose in any reading.", line, PROSE))
    assert blocks[1] == Block(BlockKind.SUBHEADING, line)


@pytest.mark.parametrize(
    "lines",
    [
        ("Q: Favourite room?", PROSE),
        ("— Museum Friends (@MuseumFriends) May 2, 2021", PROSE),
        ("The builders left.", PROSE),
        ("Opening times", "Monday", "Tuesday"),
        ("Last line without prose after it",),
    ],
    ids=["qa-line", "tweet-attribution", "sentence", "run-of-short-lines", "last-line"],
)
def test_lines_that_are_not_subheadings(lines: tuple[str, ...]) -> None:
    assert classify_lines(lines)[0].kind is BlockKind.PARAGRAPH


def test_short_line_above_a_list_is_a_subheading() -> None:
    blocks = classify_lines(("Costs", "- Scaffolding: £1m", "- Gold leaf: £40,000"))
    assert [b.kind for b in blocks] == [BlockKind.SUBHEADING, BlockKind.ITEM, BlockKind.ITEM]
    assert blocks[1].text == "Scaffolding: £1m"


def test_list_items_render_as_one_list_and_headings_with_hashes() -> None:
    blocks = (Block(BlockKind.PARAGRAPH, PROSE), Block(BlockKind.SUBHEADING, "Costs"),
              Block(BlockKind.ITEM, "Scaffolding"), Block(BlockKind.ITEM, "Gold leaf"),
              Block(BlockKind.PARAGRAPH, "The end."))
    assert to_markdown(blocks) == f"{PROSE}\n\n## Costs\n\n- Scaffolding\n- Gold leaf\n\nThe end.\n"


def test_empty_blocks_render_empty() -> None:
    assert to_markdown(()) == ""


@pytest.mark.parametrize(
    "text",
    ["# not a heading", "> not a quote", "- not a list", "1. not a list", "---", "a_b *c* [d](e) <f> `g`", "+ plus", "| pipe |"],
    ids=["hash", "quote", "dash", "ordered", "rule", "inline", "plus", "pipe"],
)
def test_escaping_adds_only_backslashes(text: str) -> None:
    escaped = escape_markdown(text)
    assert escaped.replace("\\", "") == text
    assert not re.match(r"^(#|>|[-+*] |\d+\. |---)", escaped)


def test_a_markdown_articles_own_headings_are_subheadings_not_escaped_text():
    blocks = classify_lines(("## Jobs in the harbour", "The yard will hire three hundred people over the next two years, the company said."))
    assert blocks[0] == Block(BlockKind.SUBHEADING, "Jobs in the harbour")
    assert to_markdown(blocks).startswith("## Jobs in the harbour\n\n")
