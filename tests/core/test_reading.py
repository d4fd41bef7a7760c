"""Reading raw files: encodings, line ends, formats and the Markdown metadata header."""
from __future__ import annotations

import codecs
from datetime import datetime, timezone

import pytest

from newsarchive.model import Rejected
from newsarchive.reading import read_article

LIMIT = 1_000_000
ARTICLE = "Harbour reopens after storm\n\nThe harbour reopened on Monday — café owners cheered.\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(ARTICLE.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(ARTICLE.encode("cp1252"), id="windows-1252"),
        pytest.param(ARTICLE.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(ARTICLE.replace("\n", "\r").encode("utf-8"), id="lone-cr"),
        pytest.param(ARTICLE.encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_every_scraper_encoding_reads_to_the_same_text(data):
    raw = read_article("a.txt", data, LIMIT)
    assert raw.text.strip() == ARTICLE.strip()


def test_stray_control_characters_are_dropped_from_a_text():
    prose = "The council met on Monday and agreed the budget after a long debate. " * 4
    raw = read_article("a.txt", f"Head\x1b[31mline\n\nBody\x00 text\x0b here.\n\n{prose}\n".encode(), LIMIT)
    assert raw.text.startswith("Head[31mline\n\nBody text\n here.\n")
    assert not any(ord(char) < 0x20 and char != "\n" for char in raw.text)


@pytest.mark.parametrize(
    "data, reason",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary", id="image"),
        pytest.param(b"x" * (LIMIT + 1), "limit", id="too-large"),
    ],
)
def test_unreadable_files_are_rejected_with_a_reason(data, reason):
    result = read_article("bad.txt", data, LIMIT)
    assert isinstance(result, Rejected) and reason in result.reason and result.path == "bad.txt"


def test_markdown_header_fields_are_declared_and_body_keeps_the_title():
    text = (
        "Title: Tram strike ends\nDate: 2026-03-07 18:30\nTags: Brennport, trams\nSource: site-45\n"
        "Summary: Drivers accept the offer.\nPin_tags: Transport\n\nDrivers voted on Friday.\n\nTitle: not metadata\n"
    )
    raw = read_article("a.md", text.encode(), LIMIT)
    declared = raw.declared
    assert declared.title == "Tram strike ends"
    assert declared.date == datetime(2026, 3, 7, 18, 30, tzinfo=timezone.utc)
    assert declared.tags == ("Brennport", "trams")
    assert (declared.source, declared.summary, declared.pinned_tags) == ("site-45", "Drivers accept the offer.", ("Transport",))
    assert raw.text.startswith("Tram strike ends\n\n") and "Title: not metadata" in raw.text


def test_metadata_lookalikes_in_a_text_file_stay_text():
    raw = read_article("a.txt", b"Headline\n\nTitle: hijack\nSave_as: ../../evil.html\n", LIMIT)
    assert raw.format == "text" and "Save_as: ../../evil.html" in raw.text


def test_invisible_characters_never_make_two_tags_of_one():
    from newsarchive.reading import linkable_tags

    assert linkable_tags(("zero\u200bwidth", "zerowidth", "soft\u00adhyphen", "\ufeffHarbour")) == (
        "zerowidth", "softhyphen", "Harbour")
