"""Reading raw files: encodings, line ends, formats and the Markdown metadata header."""
from __future__ import annotations

import codecs
from datetime import datetime, UTC

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
    assert declared.date == datetime(2026, 3, 7, 18, 30, tzinfo=UTC)
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


def test_a_pelican_header_is_read_whole_whatever_the_order_of_its_keys():
    # Pelican's own keys (Author, Category, Slug, Modified, Lang...) once ended the header: the Date: below
    # them was lost and "Status: draft" became a subheading of a published story.
    text = (
        "Title: Pier delayed again\nAuthor: Jane Roe\nCategory: Local\nSlug: pier-delay\nLang: en\n"
        "Modified: 2026-11-05 08:00\nStatus: Published\nDate: 2026-11-04 10:20\nTags: harbour; Ostvik, pier\n\n"
        "The harbour board met on Monday.\n"
    )
    raw = read_article("a.md", text.encode(), LIMIT)
    declared = raw.declared
    assert declared.date == datetime(2026, 11, 4, 10, 20, tzinfo=UTC)
    assert declared.modified == datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    assert (declared.authors, declared.slug) == (("Jane Roe",), "pier-delay")
    assert declared.tags == ("Local", "harbour; Ostvik", "pier")  # the category first; a semicolon is text
    assert raw.text.split() == "Pier delayed again The harbour board met on Monday.".split()


@pytest.mark.parametrize("header, expected", [
    ("Authors: Jane Roe, Tom Ash", ("Jane Roe", "Tom Ash")),
    ("Authors: Roe, Jane; Ash, Tom", ("Roe, Jane", "Ash, Tom")),
    ("Author: Jane Roe, Harbour Editor", ("Jane Roe, Harbour Editor",)),  # Pelican's Author: is one name
    ("Authors: admin; Jane\u200b Roe; Jane Roe; Webmaster", ("Jane Roe",)),
])
def test_a_byline_is_names_not_accounts(header, expected):
    raw = read_article("a.md", f"Title: Pier\n{header}\n\nThe harbour board met on Monday.\n".encode(), LIMIT)
    assert raw.declared.authors == expected


def test_a_category_without_tags_is_pinned_first():
    raw = read_article("a.md", b"Title: Pier\nCategory: Local\nPin_tags: Ostvik\n\nThe board met.\n", LIMIT)
    assert raw.declared.tags is None and raw.declared.pinned_tags == ("Local", "Ostvik")


@pytest.mark.parametrize("status", ["draft", "Draft", "hidden", "pubished"])
def test_a_story_whose_status_is_not_published_is_not_published(status):
    result = read_article("a.md", f"Title: Pier\nStatus: {status}\n\nThe board met.\n".encode(), LIMIT)
    assert isinstance(result, Rejected) and f"Status: {status}" in result.reason


def test_an_unknown_key_still_ends_the_header_and_a_headline_with_a_colon_is_a_headline():
    raw = read_article("a.md", b"Title: Pier\nLondon: the mayor said the pier would open.\n\nMore.\n", LIMIT)
    assert raw.declared.title == "Pier" and "London: the mayor said" in raw.text
    raw = read_article("b.md", b"Breaking: fire at the pier\n\nA fire broke out.\n", LIMIT)
    assert raw.declared.title is None and raw.text.startswith("Breaking: fire at the pier\n")


@pytest.mark.parametrize("above", ["---\n\n", "* * *\n", "\n\n___\n"])
def test_a_rule_drawn_above_a_markdown_headline_is_not_the_headline(above):
    raw = read_article("a.md", f"{above}# Pier reopens\n\nThe board met.\n".encode(), LIMIT)
    assert raw.declared.title is None and raw.text.startswith("Pier reopens\n") and "The board met." in raw.text


def test_a_page_of_the_site_is_markdown_published_as_written():
    from newsarchive.reading import read_page

    page = read_page("pages/about.md", b"Title: About us\nSlug: about\n\nSign up to our newsletter at the desk.\n", LIMIT)
    assert (page.title, page.slug, page.body_markdown) == ("About us", "about", "Sign up to our newsletter at the desk.\n")
    page = read_page("pages/contact.md", b"# Contact *the* desk\n\nWrite to desk@example.org.\n", LIMIT)
    assert (page.title, page.slug, page.body_markdown) == ("Contact the desk", "contact-the-desk", "Write to desk@example.org.\n")


@pytest.mark.parametrize("name, data, reason", [
    ("pages/notes.txt", b"Notes\n\nText.\n", "must be a Markdown file"),
    ("pages/draft.md", b"Title: Soon\nStatus: draft\n\nText.\n", "Status: draft"),
    ("pages/blank.md", b"\n\n\n", "needs a title"),
    ("pages/big.md", b"Big\n\n" + b"word " * 300, "size limit"),
])
def test_a_page_that_cannot_be_published_says_why(name, data, reason):
    from newsarchive.reading import read_page

    result = read_page(name, data, 1000)
    assert isinstance(result, Rejected) and reason in result.reason


@pytest.mark.parametrize("text", [
    "---\nTitle: Folk festival returns\nDate: 2024-05-02 09:00\nTags: music, Ostvik quay\n---\n\nThe festival is back.\n",
    "---\ntitle: \"Folk festival returns\"\nlayout: post\ndate: 2024-05-02 09:00\ntags:\n  - music\n  - 'Ostvik quay'\n...\n"
    "The festival is back.\n",
    "---\ntitle: Folk festival returns\ndate: 2024-05-02 09:00\ntags: [music, Ostvik quay]\n---\nThe festival is back.\n",
    "---\ntitle: Folk festival returns\ndate: 2024-05-02 09:00\ntags: [\"music\", 'Ostvik quay']\n---\nThe festival is back.\n",
    "---\ntitle: Folk festival returns\ndate: 2024-05-02 09:00\nsummary: |\n  Three days of music\n  on the quay.\n"
    "tags: [music, Ostvik quay]\n---\nThe festival is back.\n",
    "---\ntitle: >-\n  Folk festival\n  returns\ndate: 2024-05-02 09:00\ntags:\n- music\n- Ostvik quay\n---\nThe festival is back.\n",
], ids=["pelican-keys", "yaml-list", "yaml-inline-list", "yaml-quoted-inline-list", "yaml-block-summary",
        "yaml-folded-title"])
def test_a_header_between_fences_is_a_header(text):
    raw = read_article("a.md", text.encode(), LIMIT)
    declared = raw.declared
    assert (declared.title, declared.tags) == ("Folk festival returns", ("music", "Ostvik quay"))
    assert declared.date == datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    assert raw.text.split() == "Folk festival returns The festival is back.".split()
    assert declared.summary == ("Three days of music on the quay." if "summary" in text else None)


@pytest.mark.parametrize("text", [
    "---\ntitle: Folk festival returns\ntags: [\"Ostvik, Norway\", music]\nauthors: [\"Roe, Jane\", Tom Ash]\n---\nThe festival.\n",
    "---\ntitle: Folk festival returns\ntags:\n  - 'Ostvik, Norway'\n  - music\nauthors:\n  - \"Roe, Jane\"\n  - Tom Ash\n---\n"
    "The festival.\n",
    "---\ntitle: Folk festival returns\ntags: [\"Ostvik, Norway\",\n  music]\nauthors: [\n  \"Roe, Jane\",\n  Tom Ash\n]\n---\n"
    "The festival.\n",
], ids=["flow lists", "block lists", "flow lists over lines"])
def test_a_yaml_list_item_holding_a_comma_is_one_tag_and_one_name(text):
    declared = read_article("a.md", text.encode(), LIMIT).declared
    assert declared.tags == ("Ostvik, Norway", "music") and declared.authors == ("Roe, Jane", "Tom Ash")


@pytest.mark.parametrize("text", [
    "---\n# written by the old blog's exporter\ntitle: Folk festival returns\ndate: 2024-05-02 09:00\n---\nThe festival.\n",
    "---\ntitle: Folk festival returns\nsummary: Three days of music\n  on the quay.\ndate: 2024-05-02 09:00\n---\n"
    "The festival.\n",
    "---\ntitle: Folk festival returns\nauthor:\n  name: Jane Roe\n  email: jane@example.org\ndate: 2024-05-02 09:00\n---\n"
    "The festival.\n",
    "---\ntitle: \"Folk festival\n  returns\"\ndate: 2024-05-02 09:00\n---\nThe festival.\n",
], ids=["a comment", "a plain value wrapped", "a nested mapping", "a quoted value wrapped"])
def test_yaml_lines_of_a_header_naming_pelicans_keys_keep_it_a_header(text):
    raw = read_article("a.md", text.encode(), LIMIT)
    assert raw.declared.title == "Folk festival returns" and raw.declared.date is not None
    assert raw.text.split() == "Folk festival returns The festival.".split()
    assert raw.declared.summary in (None, "Three days of music on the quay.")
    assert not any("@" in name or ":" in name for name in raw.declared.authors)


@pytest.mark.parametrize("text", [
    b"---\nPier opens\n\nThe pier opened on Monday.\n\n---\n\nMore: here.\n",
    b"---\nNote: the ferry runs daily,\n  except on Sundays.\n---\n\nThe pier opened on Monday.\n",
    b"---\nUpdate: the ferry runs daily, except on Sundays.\n---\n\nThe pier opened on Monday.\n",
], ids=["paragraphs", "a key-like line and an indented one", "a key-like line alone"])
def test_text_between_two_rules_is_no_header(text):
    raw = read_article("a.md", text, LIMIT)
    assert raw.declared.title is None and "The pier opened on Monday." in raw.text
    assert "More: here." in raw.text or "except on Sundays." in raw.text


def test_a_header_value_continues_on_lines_indented_four_spaces():
    raw = read_article("a.md", b"Title: Pier\nSummary: Every Friday,\n    no adverts.\nDate: 2026-01-02\n\nThe pier opened.\n", LIMIT)
    assert raw.declared.summary == "Every Friday, no adverts." and raw.declared.date is not None
    assert "no adverts" not in raw.text


def test_a_category_and_a_tag_of_one_slug_are_one_tag():
    raw = read_article("a.md", b"Title: Pier\nCategory: Education\nTags: schools, education, Schools\n\nThe board met.\n", LIMIT)
    assert raw.declared.tags == ("Education", "schools")


def test_an_empty_status_says_nothing_and_a_name_too_long_is_no_name():
    raw = read_article("a.md", ("Title: Pier\nStatus:\nAuthors: " + "x" * 101 + ", Jane Roe\n\nThe board met.\n").encode(), LIMIT)
    assert not isinstance(raw, Rejected) and raw.declared.authors == ("Jane Roe",)


def test_a_page_title_longer_than_a_navigation_item_is_refused():
    from newsarchive.reading import read_page

    result = read_page("pages/long.md", ("Title: " + "About " * 20 + "\n\nText.\n").encode(), LIMIT)
    assert isinstance(result, Rejected) and "characters long" in result.reason


@pytest.mark.parametrize("text, authors", [
    ("---\ntitle: Pier\nauthors:\n  - \"Roe, Jane\"\n  - \"Ash, Tom\"\n---\nThe board met.\n", ("Roe, Jane", "Ash, Tom")),
    ("---\ntitle: Pier\nauthors:\n  - Jane Roe\n  - Tom Ash\n---\nThe board met.\n", ("Jane Roe", "Tom Ash")),
    ("Title: Pier\nAuthors: Jos&eacute; Ruiz, Ana Lee\n\nThe board met.\n", ("José Ruiz", "Ana Lee")),
], ids=["yaml-last-first", "yaml-names", "reference-in-a-name"])
def test_a_bylines_names_are_split_where_a_reader_would_split_them(text, authors):
    assert read_article("a.md", text.encode(), LIMIT).declared.authors == authors


def test_a_flow_list_left_open_takes_no_other_key_of_the_header():
    text = "---\ntitle: [Updated Folk festival returns\ndate: 2024-05-02 09:00\ntags: [music,\n  Ostvik quay]\n---\nThe festival.\n"
    declared = read_article("a.md", text.encode(), LIMIT).declared
    assert declared.date == datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    assert declared.tags == ("music", "Ostvik quay") and "2024" not in declared.title
