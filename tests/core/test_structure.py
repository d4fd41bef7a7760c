"""Structure: subheadings, lists and paragraphs, and Markdown that shows the text unchanged."""
from __future__ import annotations

import html
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from newsarchive.decode import strip_control_characters
from newsarchive.model import Block, BlockKind
from newsarchive.render import make_renderer, render_markdown
from newsarchive.structure import (classify_lines, escape_markdown, markdown_inline_text, to_markdown, visible_line,
                                   visible_text)

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


def test_a_label_in_capitals_after_prose_is_a_subheading_even_above_short_lines() -> None:
    blocks = classify_lines((PROSE, "OPENING HOURS", "Weekdays from ten", "Weekends from noon"))
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_a_label_after_a_run_of_figures_and_above_prose_is_a_subheading() -> None:
    blocks = classify_lines(("Visitors by year", "2022 41,000", "2023 58,500", "What comes next", PROSE))
    assert blocks[3] == Block(BlockKind.SUBHEADING, "What comes next")


def test_a_label_after_a_run_of_figures_above_a_short_sentence_is_a_subheading() -> None:
    blocks = classify_lines(("Visitors by year", "2022 41,000", "2023 58,500", "Next steps", "Work on the west wing starts in May."))
    assert blocks[3] == Block(BlockKind.SUBHEADING, "Next steps")


def test_a_label_after_a_line_with_figures_above_a_bulleted_list_is_a_subheading() -> None:
    blocks = classify_lines((PROSE, "Serves: 4", "Ready in: 40 minutes", "You will need", "- 2 eggs", "- 100g flour"))
    assert blocks[3] == Block(BlockKind.SUBHEADING, "You will need")


@pytest.mark.parametrize("lines", [
    (PROSE, "Harbour TV", "6.30pm News", "7.00pm Quiz", "Coast FM", "8.00pm Jazz", "9.00pm Late show"),
    (PROSE, "Busiest ferry routes in May", "1. Northport to Dunmore", "2. Dunmore to Kirk"),
    (PROSE, "Passengers carried, May", "Northport: 41,200", "Dunmore: 18,900"),
    (PROSE, "Our verdict", "Rating: 4/5", "Price: about £60 for two with a bottle of the house white and coffee"),
], ids=["second-channel-of-a-listing", "numbered-list", "label-with-a-comma", "long-label-value-lines"])
def test_the_label_of_a_listing_or_a_verdict_box_is_a_subheading(lines: tuple[str, ...]) -> None:
    labels = {"Harbour TV", "Coast FM", "Busiest ferry routes in May", "Passengers carried, May", "Our verdict"}
    headings = [block.text for block in classify_lines(lines) if block.kind is BlockKind.SUBHEADING]
    assert headings == [line for line in lines if line in labels]


@pytest.mark.parametrize("lines", [
    (PROSE, "Getting there", "Buses will run from:", "- the station", "- the quay"),
    ("Areas: north coast, islands", "ROADS CLOSED", PROSE),
], ids=["above-a-clause-that-opens-a-list", "capitals-after-a-data-line"])
def test_a_label_above_a_list_s_introduction_or_in_capitals_after_data_is_a_subheading(lines: tuple[str, ...]) -> None:
    assert classify_lines(lines)[1].kind is BlockKind.SUBHEADING


@pytest.mark.parametrize("run", [("Phase one: spring", "Phase two: autumn"), ("Ceiling 1911", "Dome 1923, restored 1990")],
                         ids=["label-and-value", "figures"])
def test_a_label_between_prose_and_a_run_of_data_lines_is_a_subheading(run: tuple[str, str]) -> None:
    blocks = classify_lines((PROSE, "What happens when", *run, PROSE))
    assert [b.kind for b in blocks[1:4]] == [BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize("lines", [("Grand Hall", "Saturday 14 June", "19:30 start", PROSE),
                                   (PROSE, "Grand Hall", "Saturday 14 June")],
                         ids=["first-line", "one-data-line-only"])
def test_a_label_over_data_lines_is_no_subheading_at_the_top_or_over_a_single_line(lines: tuple[str, ...]) -> None:
    assert all(block.kind is BlockKind.PARAGRAPH for block in classify_lines(lines))


@pytest.mark.parametrize("item", ["Gold leaf, to finish", "Curator: Ann Lee", "2024 61,200"])
def test_an_item_after_a_run_of_figures_is_no_subheading(item: str) -> None:
    blocks = classify_lines(("Costs", "Scaffolding 1,000,000", "Paint 40,000", item, PROSE))
    assert blocks[3].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize("lines", [
    (PROSE, "Rovers 212 (Lee 64, Park 5-31)", PROSE),
    ("Roads closed on Sunday:", "Harbour Road (both ways)", PROSE),
    (PROSE, "Ann Lee", "Dunmore, Kent."),
    (PROSE, "Entry: £4 for adults, children free", PROSE),
    (PROSE, "★★★★☆", PROSE),
    (PROSE, "Updated 14:05", PROSE),
    (PROSE, "See you next year. Ann", PROSE),
], ids=["innings", "item-of-an-introduced-list", "letter-writer", "label-and-figure", "stars", "entry-stamp",
        "two-sentences"])
def test_results_facts_ratings_stamps_notes_and_list_items_are_no_subheadings(lines: tuple[str, ...]) -> None:
    assert all(block.kind is not BlockKind.SUBHEADING for block in classify_lines(lines))


@pytest.mark.parametrize("line", ["HOST: When?", "Rovers 24 Valley 19", "Full time: Harbour Town 21-14 Quay Rovers"],
                         ids=["speaker-question", "score", "labelled-score"])
def test_a_speaker_s_question_or_a_score_above_prose_is_no_subheading(line: str) -> None:
    assert classify_lines((PROSE, line, PROSE))[1].kind is BlockKind.PARAGRAPH


TABLE = ("| Year | Visitors |", "|---|---:|", "| 2022 | 41,000 |", "| 2023 | <b>58,500</b> *est.* |")


def test_a_pipe_table_is_rendered_as_a_table_with_its_cells_shown_as_text() -> None:
    blocks = classify_lines((PROSE, *TABLE, PROSE))
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] + [BlockKind.TABLE_ROW] * 4 + [BlockKind.PARAGRAPH]
    page = BeautifulSoup(render_markdown(make_renderer(), to_markdown(blocks)), "html.parser")
    rows = [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in page.table.find_all("tr")]
    assert rows == [["Year", "Visitors"], ["2022", "41,000"], ["2023", "<b>58,500</b> *est.*"]]
    assert page.find("b") is None


@pytest.mark.parametrize("lines", [TABLE[:1] + TABLE[2:], ("| Year | Visitors |", "|---|")], ids=["no-delimiter-row", "cells-differ"])
def test_bars_without_a_table_s_delimiter_row_stay_text(lines: tuple[str, ...]) -> None:
    blocks = classify_lines((PROSE, *lines))
    assert all(block.kind is BlockKind.PARAGRAPH for block in blocks)
    assert "<table>" not in render_markdown(make_renderer(), to_markdown(blocks))


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


@pytest.mark.parametrize("line", ["* * *", "-----", "- - - - - -", "___", "==============================", "• • •", "~~~",
                                  "* * * * *"])
def test_a_line_drawn_between_sections_is_a_rule_on_the_page(line: str) -> None:
    blocks = classify_lines(("The yard will hire three hundred people.", line, "The first ships are due in May."))
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH, BlockKind.SECTION_BREAK, BlockKind.PARAGRAPH]
    markdown = to_markdown(blocks)
    assert "\n\n* * *\n\n" in markdown
    again = classify_lines(tuple(markdown.strip().split("\n\n")))  # the rule written is read as a rule again
    assert [block.kind for block in again] == [block.kind for block in blocks]
    page = BeautifulSoup(render_markdown(make_renderer(), markdown), "html.parser")
    assert page.find("hr") is not None and [p.get_text() for p in page.find_all("p")] == [
        "The yard will hire three hundred people.", "The first ships are due in May."]
    assert page.find("li") is None


@pytest.mark.parametrize("line", ["* Ferry fares fall in June", "- 2021: 48,200", "--", "% |", "1 - 2 - 3", "-- Ann Lee"])
def test_a_line_with_words_or_too_few_marks_is_no_section_break(line: str) -> None:
    assert classify_lines(("The yard will hire three hundred people.", line))[1].kind is not BlockKind.SECTION_BREAK


@pytest.mark.parametrize(
    ("line", "level"),
    [("# Jobs", 2), ("## Jobs", 2), ("### Jobs", 3), ("#### Jobs ####", 4), ("###### Jobs", 6)],
)
def test_a_marked_headings_level_is_kept_below_the_headline(line: str, level: int) -> None:
    blocks = classify_lines((line, "The yard will hire three hundred people over the next two years, the company said."),
                            guess_subheadings=False)
    assert blocks[0] == Block(BlockKind.SUBHEADING, "Jobs", level)
    assert to_markdown(blocks, inline_markup=True).startswith("#" * level + " Jobs\n\n")


def test_seven_marks_are_no_heading() -> None:
    blocks = classify_lines(("####### Jobs",), guess_subheadings=False)
    assert blocks[0].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("quaintly pass&#233;", "quaintly passé"),
        ("&#163;8m for the pier", "£8m for the pier"),
        ("a snowman &#x2603; and &#X2603;", "a snowman ☃ and ☃"),
        ("dull :- &lt;(", "dull :- <("),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
        ("M&amp;S and AT&T", "M&S and AT&T"),
        ("&amp;lt; decoded once", "&lt; decoded once"),
        ("&copy without its semicolon", "&copy without its semicolon"),
        ("&notaname; stays", "&notaname; stays"),
        ("&not; a negation", "¬ a negation"),
        ("bell&#7;ringer", "bell\ufffdringer"),
        ("form&#12;feed and &#xFFFE;", "formfeed and \ufffd"),
        ("a C1 &#150; dash", "a C1 \ufffd dash"),
        ("nul &#0; replaced", "nul \ufffd replaced"),
        ("Tom & Jerry; no reference", "Tom & Jerry; no reference"),
    ],
    ids=["decimal", "pound", "hex", "lt", "escaped-script", "named-amp", "once-only", "no-semicolon", "unknown-name", "name-and-prefix",
         "control", "xml-invalid", "c1-control", "nul", "bare-ampersand"],
)
def test_visible_text_decodes_character_references_as_the_markdown_body_does(text: str, shown: str) -> None:
    assert visible_text(text) == shown


def test_the_body_shows_the_same_decoded_text_as_visible_text() -> None:
    text = "Pass&#233; at &#163;8m, &lt;b&gt; and M&amp;S"
    rendered = render_markdown(make_renderer(), to_markdown((Block(BlockKind.PARAGRAPH, text),)))
    assert html.unescape(re.sub(r"</?p>", "", rendered)).strip() == visible_text(text)


def test_visible_line_keeps_a_one_line_field_on_one_line() -> None:
    assert visible_line("Ferry&#10;fares&#13;&#9;rise") == "Ferry fares rise"
    unchanged = "Ferry fares rise"
    assert visible_line(unchanged) is unchanged


REFERENCE_PIECES = st.one_of(
    st.integers(min_value=0, max_value=0x11FFFF).map(lambda code: f"&#{code};"),
    st.integers(min_value=0, max_value=0x11FFFF).map(lambda code: f"&#x{code:X};"),
    st.sampled_from(["&amp;", "&lt;", "&not;", "&notit;", "&bogus;", "&copy", "& ", "caf", "é", " ", "x"]),
)


@given(st.lists(REFERENCE_PIECES, min_size=1, max_size=8).map("".join))
def test_visible_text_is_what_the_rendered_body_shows(text: str) -> None:
    rendered = render_markdown(make_renderer(), to_markdown((Block(BlockKind.PARAGRAPH, "x " + text + " x"),)))
    shown = html.unescape(rendered.removeprefix("<p>").removesuffix("</p>\n"))
    assert strip_control_characters(shown) == visible_text("x " + text + " x")


@given(st.text())
def test_visible_text_undoes_html_escaping(text: str) -> None:
    assert visible_text(html.escape(text)) == text


@given(st.lists(st.integers(min_value=0, max_value=0x10FFFF)))
def test_a_decoded_reference_is_never_a_character_xml_cannot_carry(code_points: list[int]) -> None:
    shown = visible_text("".join(f"&#{number};" for number in code_points))
    assert strip_control_characters(shown) == shown


@given(st.text(st.characters(blacklist_characters="&")))
def test_text_without_an_ampersand_is_shown_as_it_is(text: str) -> None:
    assert visible_text(text) == text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The council **approved** the [budget](https://example.org/b) on *Monday*.",
         "The council approved the budget on Monday."),
        ("A `code span` and ![a harbour photo](https://example.org/p.jpg).", "A code span and a harbour photo."),
        ("caf&#233; &amp; bar", "café & bar"),
        ("<b>raw</b> and <https://example.org>", "<b>raw</b> and https://example.org"),
        ("An escaped \\*star\\*", "An escaped *star*"),
        ("[click](javascript:alert(1))", "[click](javascript:alert(1))"),
        ("No markup at all & no reference", "No markup at all & no reference"),
    ],
    ids=["emphasis-and-link", "code-and-image", "references", "raw-html-and-autolink", "escapes", "unsafe-link",
         "plain"],
)
def test_markdown_inline_text_is_what_the_rendered_line_shows(text: str, shown: str) -> None:
    assert markdown_inline_text(text) == shown
    page = BeautifulSoup(render_markdown(make_renderer(), text), "html.parser")
    for image in page.find_all("img"):
        image.replace_with(image["alt"])
    assert page.get_text().strip() == shown  # what the body shows of the same line


def test_a_markdown_articles_inline_markup_is_kept_and_only_block_starts_are_escaped() -> None:
    blocks = (Block(BlockKind.PARAGRAPH, "The **vote** was [close](https://example.org)."),
              Block(BlockKind.PARAGRAPH, "1. Not a list: the classifier said paragraph"),
              Block(BlockKind.ITEM, "Fares *fall*"))
    assert to_markdown(blocks, inline_markup=True) == (
        "The **vote** was [close](https://example.org).\n\n1\\. Not a list: the classifier said paragraph\n\n- Fares *fall*\n")
    assert "\\*\\*vote\\*\\*" in to_markdown(blocks)  # scraped text: every mark is text


def test_a_label_above_results_longer_than_a_label_is_a_subheading() -> None:
    lines = (PROSE, "Highlights", "Operating profit of NOK 201 million (Q1 2023: NOK 118 million)",
             "Net revenue of NOK 1.9 billion (Q1 2023: NOK 1.6 billion)", "Installed capacity of 1,340 MW, up 210 MW", PROSE)
    assert classify_lines(lines)[1] == Block(BlockKind.SUBHEADING, "Highlights")


@pytest.mark.parametrize("last", ["Net debt of NOK 6.8 billion", "Kirk Lane clinic: Fridays, 9am to 1pm"], ids=["figure", "fact"])
def test_the_last_of_a_run_of_data_lines_above_prose_is_no_subheading(last: str) -> None:
    lines = (PROSE, "Highlights", "Operating profit of NOK 201 million (Q1 2023: NOK 118 million)",
             "Net revenue of NOK 1.9 billion (Q1 2023: NOK 1.6 billion)", last, PROSE)
    assert classify_lines(lines)[4] == Block(BlockKind.PARAGRAPH, last)


@pytest.mark.parametrize("plane", range(1, 17))
def test_the_non_characters_of_every_plane_are_stripped(plane: int) -> None:
    """U+nFFFE and U+nFFFF are non-characters in each of the sixteen astral planes (an HTML parse error in a page);
    planes 4 to 13 were missing from the class, so a story holding U+AFFFE published it."""
    for code in (plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF):
        assert strip_control_characters(f"a{chr(code)}b") == "ab", hex(code)
