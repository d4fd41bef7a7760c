"""A Markdown article's hard-wrapped paragraphs are read as paragraphs, after each line is judged alone."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsarchive.clean import clean_article
from newsarchive.config import ArchiveConfig
from newsarchive.markdown_lines import continuation_lines
from newsarchive.model import Block, BlockKind
from newsarchive.pipeline import prepare_bytes, untagged_article

WORD = re.compile(r"\w+")


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        ("Headline\n\nThe council approved the budget after a long\ndebate that ran late.", {2}),
        ("Headline\n\n- Fares fall in June\n  for students\n- Parking rises", {2}),
        ("Headline\n\n> We will not wait,\n> she said.\n\nAfter.", {2}),
        ("Headline\n\n## A heading\nText under it\nwrapped.", {3}),
        ("Headline\n\n```\nkept\nas written\n```", set()),
        ("Headline\n\n| a | b |\n|---|---|\n| 1 | 2 |", set()),
        ("Headline\n\nOne line.\n\nAnother line.", set()),
    ],
    ids=["paragraph", "list-item", "quote", "heading-then-paragraph", "fence", "table", "one-line-paragraphs"],
)
def test_continuation_lines_are_found_as_markdown_reads_them(text: str, continued: set[int]) -> None:
    assert continuation_lines(text) == continued


def _markdown_blocks(body: str) -> tuple[Block, ...]:
    text = "Title: Council votes on the budget\nDate: 2026-05-01\n\n" + body
    return prepare_bytes("vote.md", text.encode(), ArchiveConfig()).cleaned.blocks


def test_a_wrapped_markdown_article_reads_as_paragraphs_not_subheadings() -> None:
    blocks = _markdown_blocks("The council approved the budget on Monday after a long\ndebate that ran late.\n\n"
                              "Officials said the vote was close\nand the count took an hour.\n")
    assert blocks == (Block(BlockKind.PARAGRAPH, "The council approved the budget on Monday after a long debate that ran late."),
                      Block(BlockKind.PARAGRAPH, "Officials said the vote was close and the count took an hour."))


def test_boilerplate_stacked_under_a_paragraph_is_still_removed_line_by_line() -> None:
    text = ("Title: Council votes on the budget\n\nOfficials said the vote was close\nand the count took an hour.\n"
            "Sign up to our free morning briefing newsletter\nComments\nJoin the conversation\n")
    prepared = prepare_bytes("vote.md", text.encode(), ArchiveConfig())
    assert prepared.cleaned.blocks == (Block(BlockKind.PARAGRAPH, "Officials said the vote was close and the count took an hour."),)
    assert [item.line for item in prepared.cleaned.removed] == [
        "Sign up to our free morning briefing newsletter", "Comments", "Join the conversation"]


def test_a_quote_is_kept_as_written_and_a_wrapped_list_item_is_joined_without_its_marker() -> None:
    blocks = _markdown_blocks("> We will not wait for the council,\n> the harbour master said.\n\n"
                              "- Fares fall in June for students\n  and pensioners\n- Parking rises\n")
    assert blocks == (Block(BlockKind.VERBATIM, "> We will not wait for the council,\n> the harbour master said."),
                      Block(BlockKind.ITEM, "Fares fall in June for students and pensioners"),
                      Block(BlockKind.ITEM, "Parking rises"))


VERBATIM = {
    "fence": ("```python\ndef fare(zone):\n    # one zone's fare\n\n    return 2 * zone\n```", "pre > code"),
    "indented-code": ("    total = sum(fares)\n    print(total)", "pre > code"),
    "numbered-list": ("1. bus timetables\n2. the annual budget\n3. planning decisions", "ol > li"),
    "quote": ('> "We want residents to check our numbers,"\n> the council leader said.', "blockquote > p"),
    "nested-list": ("- Budgets\n  - 2025\n  - 2026\n- Timetables", "ul > li > ul > li"),
    "rule": ("***", "hr"),
}


@pytest.mark.parametrize("block, element", VERBATIM.values(), ids=VERBATIM.keys())
def test_a_markdown_articles_code_quotes_numbered_and_nested_lists_are_kept_as_written(block: str, element: str) -> None:
    from bs4 import BeautifulSoup

    text = ("Title: Council opens its data portal\n\nThe council opened its data portal on Monday, with files anyone "
            f"can download.\n\n{block}\n\n• Read also: Council budget passes\n\nMore datasets will follow in spring.\n")
    prepared = prepare_bytes("portal.md", text.encode(), ArchiveConfig())
    assert f"\n\n{block}\n\n" in prepared.markdown
    assert "Read also" not in prepared.markdown  # the boilerplate around it is removed as ever
    assert BeautifulSoup(prepared.html, "html.parser").select(element)
    article = untagged_article(prepared, ArchiveConfig())
    assert article.summary.startswith("The council opened its data portal")
    assert "Block 1 (" not in article.body_markdown + article.summary


def test_code_is_not_read_for_tags_but_a_quote_is() -> None:
    from newsarchive.markdown_lines import verbatim_text

    assert verbatim_text(VERBATIM["fence"][0]) == "" and verbatim_text(VERBATIM["indented-code"][0]) == ""
    assert verbatim_text(VERBATIM["quote"][0]) == '"We want residents to check our numbers,"\nthe council leader said.'


def test_a_scraped_text_file_keeps_one_block_per_line() -> None:
    prepared = prepare_bytes("vote.txt", b"Headline\n\nThe council approved the budget.\nIt met on Monday.\n", ArchiveConfig())
    assert [block.text for block in prepared.cleaned.blocks] == ["The council approved the budget.", "It met on Monday."]


LINES = st.sampled_from(["The council approved the budget after a long", "debate that ran late.", "- Fares fall",
                         "  for students", "> A quote", "> continues", "## Heading", "Comments", "Advertisement",
                         "Sign up to our newsletter", "```", "| a | b |", "|---|---|", "", "", "1. First", "© 2026 Ostvik Daily"])


@given(st.lists(LINES, min_size=1, max_size=25))
def test_joining_keeps_exactly_the_words_line_by_line_cleaning_keeps(lines: list[str]) -> None:
    # (the boilerplate here is short: a long wrapped line whose sentence runs on is content, a test above)
    text = "Headline\n\n" + "\n".join(lines)
    alone, joined = clean_article(text), clean_article(text, continued=continuation_lines(text))
    words = Counter(WORD.findall(" ".join(block.text for block in alone.blocks)))
    assert Counter(WORD.findall(" ".join(block.text for block in joined.blocks))) == words
    assert joined.removed == alone.removed and joined.title == alone.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Big **news** from the quay\n\nThe harbour board met on Monday.\n", "Big news from the quay"),
        ("## Ferry fares rise ##\n\nFares rise in June.\n", "Ferry fares rise"),
        ("Title: Council votes on the *new* budget\n\nThe council met.\n", "Council votes on the new budget"),
        ("Plain headline & more\n\nThe council met.\n", "Plain headline & more"),
    ],
    ids=["atx-headline", "closed-atx-headline", "declared-title", "plain-first-line"],
)
def test_a_markdown_articles_headline_is_shown_without_its_markup(text: str, title: str) -> None:
    prepared = prepare_bytes("story.md", text.encode(), ArchiveConfig())
    assert untagged_article(prepared, ArchiveConfig()).title == title


def test_a_plain_text_headline_is_kept_as_written_for_the_extract_contract() -> None:
    prepared = prepare_bytes("story.txt", b"# Not markdown &#163;8m **here**\n\nThe council met on Monday.\n", ArchiveConfig())
    assert untagged_article(prepared, ArchiveConfig()).title == "# Not markdown &#163;8m **here**"


def test_a_declared_summary_is_shown_as_a_reader_sees_it() -> None:
    text = "Title: Vote\nSummary: The **vote** cost &#163;8m, [details](https://example.org)\n\nThe council met.\n"
    article = untagged_article(prepare_bytes("vote.md", text.encode(), ArchiveConfig()), ArchiveConfig())
    assert article.summary == "The vote cost £8m, details"


def test_a_wrapped_line_whose_sentence_runs_on_is_content_whatever_it_starts_with() -> None:
    text = ("Title: Why our newsletter has no small print\n\n"
            "All rights reserved. That is what our lawyer told us to write at the bottom of each\n"
            "email; we would rather you forwarded it to everyone.\n\n"
            "The library reopens on Monday with longer hours, the council said.\n"
            "Sign up to our free morning briefing newsletter\nComments\n")
    prepared = prepare_bytes("law.md", text.encode(), ArchiveConfig())
    assert [block.text for block in prepared.cleaned.blocks] == [
        "All rights reserved. That is what our lawyer told us to write at the bottom of each email; we would rather "
        "you forwarded it to everyone.",
        "The library reopens on Monday with longer hours, the council said."]
    assert [item.line for item in prepared.cleaned.removed] == ["Sign up to our free morning briefing newsletter", "Comments"]


def test_a_footnote_is_kept_and_its_mark_is_not_read_as_text() -> None:
    text = ("Title: Library changes its opening hours\n\nThe library will open an hour later on weekdays from June, the "
            "council said.[^hours]\n\n[^hours]: From June, the library opens at 10:00 on weekdays.\n")
    prepared = prepare_bytes("hours.md", text.encode(), ArchiveConfig())
    assert prepared.markdown.endswith("\n\n[^hours]: From June, the library opens at 10:00 on weekdays.\n")
    assert 'class="footnote-item"' in prepared.html
    assert untagged_article(prepared, ArchiveConfig()).summary == ("The library will open an hour later on weekdays "
                                                                   "from June, the council said.")


def test_a_markdown_articles_short_lines_are_paragraphs_and_its_marked_headings_headings() -> None:
    blocks = _markdown_blocks("The council approved the budget on Monday after a long debate.\n\n## What changes\n\n"
                              "Fares fall in June for students and pensioners.\n\nThanks for reading\n\n"
                              "Send your questions to the desk.\n")
    assert [(block.kind, block.text) for block in blocks if block.kind is not BlockKind.PARAGRAPH] == [
        (BlockKind.SUBHEADING, "What changes")]
    assert Block(BlockKind.PARAGRAPH, "Thanks for reading") in blocks


def test_an_image_alone_in_its_paragraph_is_kept_but_its_description_is_not_read_for_tags() -> None:
    """(The description was read for tags, and what a picture shows became the story's tags: see
    test_a_markdown_storys_pictures_and_links_to_other_pages_give_it_no_tags.)"""
    from newsarchive.pipeline import _tag_document

    text = ("Title: Tram delays by hour\n\nTram delays peaked between eight and nine in the morning, the authority "
            "said.\n\n![A chart of tram delays by hour of the day](images/chart.png)\n\nMore trams will run.[^src]\n\n"
            "[^src]: Figures from [the authority](https://example.org/figures.csv).\n")
    prepared = prepare_bytes("trams.md", text.encode(), ArchiveConfig())
    assert "\n\n![A chart of tram delays by hour of the day](images/chart.png)\n\n" in prepared.markdown
    assert prepared.cleaned.removed == ()
    document = _tag_document(prepared).text
    assert "A chart of tram delays" not in document and "Tram delays peaked" in document
    assert "[^src]" not in document and "example.org" not in document


def test_a_footnotes_text_is_kept_as_written_whatever_it_says() -> None:
    text = ("Title: Wire story\n\nThe port reopened on Monday, officials said.[^2]\n\n"
            "[^2]: Copyright 2026 Reuters. All rights reserved.\n\n    Second paragraph of note two.\n\n"
            "The ferries will run again on Tuesday.\n")
    prepared = prepare_bytes("wire.md", text.encode(), ArchiveConfig())
    assert ("\n\n[^2]: Copyright 2026 Reuters. All rights reserved.\n\n    Second paragraph of note two.\n\n"
            in prepared.markdown) and prepared.cleaned.removed == ()
    assert prepared.html.count("<p>") == 4  # two paragraphs of story, two of the note


@pytest.mark.parametrize("underline", ["========", "--------", "---"])
def test_a_headline_underlined_as_markdown_heading_is_the_headline_and_no_rule(underline: str) -> None:
    text = f"Council votes on the budget\n{underline}\n\nThe council approved the budget on Monday after a long debate.\n"
    prepared = prepare_bytes("vote.md", text.encode(), ArchiveConfig())
    assert prepared.cleaned.title == "Council votes on the budget"
    assert prepared.cleaned.blocks == (
        Block(BlockKind.PARAGRAPH, "The council approved the budget on Monday after a long debate."),)


def test_an_underlined_subheading_is_a_subheading_not_a_paragraph_and_a_rule() -> None:
    blocks = _markdown_blocks("The council approved the budget on Monday after a long debate.\n\n"
                              "What happens next\n-----------------\n\nOfficials said the count took an hour.\n\n"
                              "A heading written on\ntwo lines\n=========\n\nThe vote was close.\n")
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.PARAGRAPH, "The council approved the budget on Monday after a long debate."),
        (BlockKind.SUBHEADING, "What happens next"),
        (BlockKind.PARAGRAPH, "Officials said the count took an hour."),
        (BlockKind.SUBHEADING, "A heading written on two lines"),
        (BlockKind.PARAGRAPH, "The vote was close.")]


@pytest.mark.parametrize(
    ("line", "told"),
    [("![Fishing boats moored beside the red lighthouse at sunset](/images/boats.jpg)", ""),
     ("The quay reopened. ![Boats at the red lighthouse](/images/boats.jpg)", "The quay reopened. "),
     ("[Watch: drone footage of the flooded promenade](https://example.org/video)", ""),
     ("Read more: [Harlow ferry strike called off](https://example.org/strike)", ""),
     ("Read the [full inspection report](https://example.org/r.pdf) before Monday.",
      "Read the full inspection report before Monday."),
     ("The board said [in a statement](https://example.org/s): repairs begin soon.",
      "The board said in a statement: repairs begin soon.")],
    ids=["image-alone", "image-after-a-sentence", "link-alone", "labelled-link", "link-in-a-sentence",
         "link-before-a-colon-in-a-sentence"],
)
def test_the_tagger_reads_no_image_description_and_no_line_that_only_links(line, told) -> None:
    from newsarchive.structure import markdown_story_text

    assert markdown_story_text(line) == told


def test_a_markdown_storys_pictures_and_links_to_other_pages_give_it_no_tags() -> None:
    """An image's description ("Fishing boats moored beside the red lighthouse") and a line that only links to
    another page ("Watch: drone footage of the flooded promenade") were read as the story's sentences, and tagged."""
    from newsarchive.pipeline import tag_articles

    text = ("Title: Orvik harbour reopens after storm repairs\n\n"
            "The Orvik harbour reopened on Monday after six weeks of storm repairs, the harbour board said.\n\n"
            "![Fishing boats moored beside the red lighthouse at sunset](/images/boats.jpg)\n\n"
            "Ferries to Harlow will resume on Friday. The harbour board said the storm repairs cost £4m.\n\n"
            "[Watch: drone footage of the flooded promenade](https://example.org/video)\n\n"
            "Fishermen welcomed the reopening of the Orvik harbour.\n")
    [article] = tag_articles([prepare_bytes("2026-03-01-harbour.md", text.encode(), ArchiveConfig())], ArchiveConfig())
    words = " ".join(article.tags).lower()
    assert "Orvik harbour" in article.tags
    assert not {"fishing", "boats", "lighthouse", "drone", "footage", "promenade"} & set(words.split())
    assert "red lighthouse" in article.body_markdown + "".join(article.summary)  # the page still shows them
