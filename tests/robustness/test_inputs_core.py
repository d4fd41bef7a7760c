"""Core-level robustness: every kind of broken or hostile raw file is read, cleaned or refused, never raised on."""
from __future__ import annotations

import codecs
import random
import re
import time

import pytest

from newsarchive.config import ArchiveConfig
from newsarchive.decode import decode_bytes
from newsarchive.model import Rejected
from newsarchive.pipeline import Prepared, prepare_bytes, tag_articles
from newsarchive.reading import read_article
from newsarchive.slugs import MAX_SLUG_LENGTH, slugify, unique_slug
from robust_kit import CONTROL_CHARACTERS, GOOD_PARAGRAPHS, good_article

CONFIG = ArchiveConfig()
HEADLINE = "Ferry timetable changes approved in Ostvik"
TEXT = good_article(HEADLINE)


def extract(name: str, data: bytes, config: ArchiveConfig = CONFIG):
    prepared = prepare_bytes(name, data, config)
    return prepared if isinstance(prepared, Rejected) else tag_articles((prepared,), config)[0]


ENCODED = {
    "utf8": TEXT.encode("utf-8"),
    "utf8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf16-le-bom": TEXT.encode("utf-16"),
    "utf16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf16-le-no-bom": TEXT.encode("utf-16-le"),
    "utf32-bom": TEXT.encode("utf-32"),
    "crlf": TEXT.replace("\n", "\r\n").encode(),
    "lone-cr": TEXT.replace("\n", "\r").encode(),
    "mixed-line-ends": TEXT.replace("\n\n", "\r\n\r", 1).replace("\n\n", "\n\r\n").encode(),
}


@pytest.mark.parametrize("data", ENCODED.values(), ids=ENCODED.keys())
def test_encodings_and_line_ends_give_the_same_article(data):
    article = extract("story.txt", data)
    assert not isinstance(article, Rejected), article
    assert article.title == HEADLINE
    assert GOOD_PARAGRAPHS[0] in article.body_markdown
    assert article.content_hash == extract("plain.txt", TEXT.encode()).content_hash  # a re-encoded copy is a duplicate


LEGACY = {
    "windows-1252": ("Le conseil a voté « non » — c’est l’été à Zürich, déjà", "cp1252"),
    "latin-1": ("Ærøskøbing façade naïve, café crème brûlée à la carte", "latin-1"),
    "cyrillic-1251": ("Городской совет утвердил новое расписание паромов", "cp1251"),
}


@pytest.mark.parametrize("text, encoding", LEGACY.values(), ids=LEGACY.keys())
def test_legacy_code_pages_are_decoded(text, encoding):
    assert decode_bytes((text + "\nSecond line.").encode(encoding), "x.txt") == text + "\nSecond line."


def test_invalid_utf8_keeps_the_valid_text_and_reads_stray_bytes_as_windows_1252():
    data = "Le “maire” d’Ostvik a parlé.".encode() + b" A stray \x93quote\x94 and \xff."
    assert decode_bytes(data, "x.txt") == "Le “maire” d’Ostvik a parlé. A stray “quote” and ÿ."


CONTROLS = ["\x00", "\x1b", "\x1b[31m", "\x07", "\x08", "\x7f", "\x85", "\x9b", "\ufffe", "\uffff", "\ufdd0",
            "\u202e", "\u202a", "\u2067"]  # the last three: a right-to-left override, an embedding, an isolate


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c[0]):04X}" for c in CONTROLS])
def test_control_characters_anywhere_are_removed(control):
    text = f"Ferry{control} timetable changes{control} approved\n\n" + "\n\n".join(
        f"{control}{paragraph}{control}" for paragraph in GOOD_PARAGRAPHS)
    article = extract("story.txt", text.encode("utf-8", "surrogatepass"))
    assert not isinstance(article, Rejected), article
    for value in (article.title, article.body_markdown, article.summary, *article.tags):
        assert not CONTROL_CHARACTERS.search(value), repr(value)


@pytest.mark.parametrize("separator", ["\f", "\v", "\u2028", "\u2029"], ids=["form-feed", "vertical-tab", "LS", "PS"])
def test_form_feed_vertical_tab_and_unicode_separators_end_lines(separator):
    article = extract("story.txt", (HEADLINE + separator + separator.join(GOOD_PARAGRAPHS)).encode())
    assert article.title == HEADLINE and GOOD_PARAGRAPHS[2] in article.body_markdown


BINARY = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8,
    "gif": b"GIF89a\x01\x00\x01\x00" + bytes(64),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "zip": b"PK\x03\x04\x14\x00\x00\x00" + bytes(100),
    "gzip": b"\x1f\x8b\x08\x00" + bytes(100),
    "webp": b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(100),
    "random-bytes": random.Random(3).randbytes(20000),
    "nul-heavy": b"Headline\n\n" + b"\x00\x01\x02\x03" * 2000,
}


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY.keys())
def test_binary_files_saved_as_text_are_refused_with_a_reason(data):
    result = extract("photo.txt", data)
    assert isinstance(result, Rejected)
    assert result.path == "photo.txt" and "binary data" in result.reason and "\n" not in result.reason


EMPTY = {
    "empty": (b"", "empty"),
    "whitespace-only": (b" \n\t\r\n   \n\n", "empty"),
    "controls-only": (b"\x00\x1b\x07\n\x0b", "empty"),
    "headline-only": (b"Ferry timetable changes approved\n\n\n", "no article text"),
    "invisible-headline": ("\u200b\u200b\u2060\n\nThe ferry timetable changes were approved on Monday by the board.\n"
                           .encode("utf-8"), "no headline"),
    "only-boilerplate": (
        b"Advertisement\n\nShare on Facebook\n\nCopyright 2024 Ostvik Daily. All rights reserved.\n", "boilerplate"),
    "headline-and-boilerplate": (
        b"Ferry timetable changes approved\n\nAdvertisement\n\nShare on Facebook\n\nRead more\n", "boilerplate"),
}


@pytest.mark.parametrize("data, reason", EMPTY.values(), ids=EMPTY.keys())
def test_empty_inputs_are_refused_with_a_reason(data, reason):
    result = extract("empty.txt", data)
    assert isinstance(result, Rejected), result
    assert reason in result.reason and "\n" not in result.reason


def test_files_over_the_size_limit_are_refused_naming_the_setting():
    config = ArchiveConfig.from_settings({"max_file_bytes": 1000})
    result = extract("huge.txt", good_article(HEADLINE, "x " * 1000).encode(), config)
    assert isinstance(result, Rejected)
    assert "max_file_bytes" in result.reason and "1,000" in result.reason


def test_a_file_of_tens_of_megabytes_is_read_only_up_to_the_limit(tmp_path):
    from newsarchive.pipeline import prepare_path

    huge = tmp_path / "dump.txt"
    with huge.open("wb") as stream:
        stream.write(b"Headline\n\n")
        stream.truncate(30_000_000)  # a sparse 30 MB file: costs no disk
    started = time.perf_counter()
    result = prepare_path(str(huge), ArchiveConfig.from_settings({"max_file_bytes": 2_000_000}))
    assert isinstance(result, Rejected) and "max_file_bytes" in result.reason
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("shape", ["one-line", "headline-then-one-line"])
def test_a_single_line_of_megabytes_is_handled_in_bounded_time(shape):
    line = "The council met again and said nothing new about the plan. " * 40_000  # 2.4 MB
    data = (line if shape == "one-line" else HEADLINE + "\n\n" + line).encode()
    started = time.perf_counter()
    result = extract("line.txt", data)
    assert time.perf_counter() - started < 30
    if shape == "one-line":
        assert isinstance(result, Rejected) and "not a headline" in result.reason
    else:
        assert result.title == HEADLINE and len(result.summary) < 2000


def test_metadata_lines_in_a_text_body_stay_text():
    text = good_article(HEADLINE, "Save_as: ../../../etc/evil.html", "Status: draft", "Slug: ../../escape")
    article = extract("story.txt", text.encode())
    assert article.title == HEADLINE
    assert "Save\\_as: ../../../etc/evil.html" in article.body_markdown or "Save_as: ../../../etc/evil.html" in article.body_markdown
    assert "Status: draft" in article.body_markdown


def test_markdown_header_keys_never_choose_where_a_page_is_written():
    data = b"Title: Real headline\nSave_as: ../../evil.html\nUrl: ../../x/\nSlug: ../../escape\n\nBody line one.\n"
    raw = read_article("story.md", data, 10_000)
    assert raw.declared.title == "Real headline" and "evil" not in raw.text  # Pelican's Save_as: read, never used
    assert unique_slug(raw.declared.slug, set(), "fallback") == "escape"  # a slug asked for is slugified


def test_declared_metadata_from_markup_is_one_clean_line():
    raw = read_article("story.md", b"Title: A\x1b[2J head\x00line\nSource: Wire\x07 desk\nSummary: one\x0btwo\n\nBody.", 10_000)
    assert raw.declared.title == "A[2J headline"
    assert raw.declared.source == "Wire desk" and raw.declared.summary == "one"  # a vertical tab ends the line


@pytest.mark.parametrize("tags, kept", [
    ("!!!, ok", ("ok",)), ("🔥, ★★★", ()), ("北京, Αθήνα, Москва", ("北京", "Αθήνα", "Москва")), ("a\x00b, , ,", ("ab",)),
], ids=["punctuation", "emoji", "non-latin", "controls-and-blanks"])
def test_declared_tags_that_slugify_to_nothing_are_dropped(tags, kept):
    raw = read_article("story.md", f"Title: T\nTags: {tags}\n\nBody.".encode(), 10_000)
    assert raw.declared.tags == kept
    assert all(slugify(tag) for tag in raw.declared.tags)


SCRIPTS = {
    "cyrillic": "Городской совет утвердил новое расписание",
    "greek": "Το δημοτικό συμβούλιο ενέκρινε νέο πρόγραμμα",
    "arabic": "مجلس المدينة يوافق على جدول جديد للعبارات",
    "chinese": "市议会批准新的渡轮时刻表",
    "japanese": "市議会が新しいフェリー時刻表を承認",
    "korean": "시의회 새 여객선 시간표 승인",
    "path": "../../etc/passwd",
    "windows-path": "..\\..\\Windows\\system.ini",
}


@pytest.mark.parametrize("headline", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_headlines_in_any_script_get_readable_safe_slugs(headline):
    slug = slugify(headline)
    assert slug and slug.isascii() and "/" not in slug and ".." not in slug and "\\" not in slug
    assert all(part for part in slug.split("-"))


@pytest.mark.parametrize("headline", ["!!!", "🔥🔥", "…", "   "], ids=["bangs", "emoji", "ellipsis", "blank"])
def test_symbol_only_headlines_fall_back_to_a_stable_slug(headline):
    assert unique_slug(headline, set(), fallback="article-1234abcd") == "article-1234abcd"


@pytest.mark.parametrize("headline, slug", [
    ("Halvard Energy fined £18m over Shetland spill", "halvard-energy-fined-18m-over-shetland-spill"),
    ("Brussels fines Quillion €1.1bn", "brussels-fines-quillion-1-1bn"),
    ("Ferry operator loses $5bn and ¥300m", "ferry-operator-loses-5bn-and-300m"),
    ("₹2,000 note withdrawn", "2-000-note-withdrawn"),
], ids=["pound", "euro", "dollar-yen", "rupee"])
def test_currency_signs_leave_slugs_as_the_dollar_always_did(headline, slug):
    assert slugify(headline) == slug


def test_very_long_headlines_give_bounded_slugs():
    headline = " ".join(["Extraordinarily"] * 200)
    assert 0 < len(slugify(headline)) <= MAX_SLUG_LENGTH
    assert len(slugify("x" * 5000)) == MAX_SLUG_LENGTH


def test_prepared_articles_survive_pickling_for_worker_processes():
    import pickle

    prepared = prepare_bytes("story.txt", TEXT.encode(), CONFIG)
    assert isinstance(prepared, Prepared)
    assert pickle.loads(pickle.dumps(prepared)).cleaned == prepared.cleaned


@pytest.mark.parametrize("name, header, dated", [
    ("2026-03-04T0930-ferry.txt", "", True),
    ("9999-12-31T2359-ferry.txt", "", False),
    ("0001-01-01-ferry.txt", "", False),
    ("ferry.md", "Title: Ferry timetable changes approved\nDate: 9999-01-01\n\n", False),
    ("ferry.md", "Title: Ferry timetable changes approved\nDate: 1875-06-01 10:00\n\n", True),
], ids=["ordinary", "year-9999-name", "year-1-name", "year-9999-header", "old-archive-1875"])
def test_implausible_years_leave_a_story_undated_rather_than_atop_every_feed(name, header, dated):
    from newsarchive.dates import date_from_filename, parse_date

    date = parse_date(header.split("Date: ")[1].split("\n")[0]) if header else date_from_filename(name)
    assert (date is not None) is dated


def test_a_utf8_byte_order_mark_on_windows_1252_text_is_read_as_the_text_without_it():
    text = "Le “maire” d’Ostvik a parlé au café."
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("cp1252"), "x.txt") == text


def test_a_utf8_headline_over_a_windows_1252_body_is_read_line_by_line():
    headline = "Ferry timetable – approved for café owners"
    body = "The “new” timetable starts in May, the ferry’s operator said — and fares rise."
    data = (headline + "\n\n").encode("utf-8") + (body + "\n").encode("cp1252")
    assert decode_bytes(data, "x.txt") == f"{headline}\n\n{body}\n"


@pytest.mark.parametrize("decoration", ["[", "-", "—", "•", "(", "*", "|", ">", "_", "-–", "[ "],
                         ids=["brackets", "dashes", "em-dashes", "bullets", "parentheses", "asterisks", "bars",
                              "quote-marks", "underscores", "mixed-dashes", "spaced-brackets"])
def test_a_long_run_of_decoration_is_handled_in_bounded_time_and_the_story_kept(decoration):
    """Patterns with optional runs of dashes or brackets one after the other cost the square of such a run
    (before the runs were bounded: 8,000 dashes 51 s in one family, 100,000 brackets about a minute)."""
    run = decoration * (100_000 // len(decoration))
    data = "\n\n".join((HEADLINE, run, *GOOD_PARAGRAPHS, run)).encode()
    started = time.perf_counter()
    result = extract("runs.txt", data)
    assert time.perf_counter() - started < 20
    assert all(paragraph in result.body_markdown for paragraph in GOOD_PARAGRAPHS)


@pytest.mark.parametrize("run", ["(" * 400_000, "Holt" + ")" * 400_000, "Holt (capt), Lind, " + "(" * 400_000],
                         ids=["opening", "closing", "in-a-list"])
def test_a_run_of_brackets_is_split_into_tokens_and_read_for_a_team_sheet_in_one_pass(run):
    """The tokenizer copied the rest of a chunk for each mark it split off, and the team-sheet test tried each "("
    to the end of the paragraph: 400,000 brackets took 13 s in one, 40 s in the other."""
    from newsarchive.tag_pos import tokenize
    from newsarchive.tag_text import is_team_sheet

    started = time.perf_counter()
    tokens = tokenize(run)[0].split(" ")
    assert not is_team_sheet(run)
    assert time.perf_counter() - started < 5
    assert "".join(tokens) == run.replace(" ", "") and len(tokens) >= 400_000


def test_furniture_is_matched_with_long_decoration_runs_cut_short():
    from newsarchive.heuristics import MAX_FAMILY_CHARS, matching_form

    line = "-" * 300 + " ADVERTISEMENT " + "-" * 300
    assert matching_form(line) == "-" * 8 + " ADVERTISEMENT " + "-" * 8
    assert matching_form("Sponsored ---- Read more") == "Sponsored ---- Read more"  # short lines as they are
    cleaned = extract("ad.txt", "\n\n".join((HEADLINE, line, *GOOD_PARAGRAPHS)).encode())
    assert [removed.family for removed in cleaned.removed] == ["advertisement"]
    assert MAX_FAMILY_CHARS >= 622  # the longest furniture line seen (an ad server's URL) is still tried


@pytest.mark.parametrize("lines", [
    ["Via:"] * 10_000,  # each kept line ending in ":" looked at every short line below it
    ["ENDS"] * 2_000 + ["x" * 94 + "y"] * 2_000 + ["The mayor said so."],  # each "ENDS" searched every line below it
], ids=["colon-lines", "ends-lines"])
def test_many_lines_of_one_shape_are_handled_in_bounded_time(lines):
    data = "\n\n".join((HEADLINE, *GOOD_PARAGRAPHS, "\n".join(lines))).encode()
    started = time.perf_counter()
    result = extract("lines.txt", data)
    assert time.perf_counter() - started < 20
    assert all(paragraph in result.body_markdown for paragraph in GOOD_PARAGRAPHS)


def test_a_files_own_tags_and_summary_are_bounded_with_a_note():
    """Every tag is a page and a feed, and the summary is printed on each: 5,000 declared tags and a 100 kB
    summary in one file made 2.2 GB of site."""
    tags = ", ".join(f"Subject {number}" for number in range(5_000))
    summary = " ".join(["word"] * 20_000)
    data = f"Title: {HEADLINE}\nTags: {tags}\nSummary: {summary}\n\n{GOOD_PARAGRAPHS[0]}\n".encode()
    result = extract("many.md", data)
    assert result.tags == tuple(f"Subject {number}" for number in range(30))
    assert len(result.summary.split()) <= 4 * CONFIG.summary_words + 1 and result.summary.endswith("…")
    assert any("5000 tags" in note for note in result.notes) and any("summary is cut" in note for note in result.notes)


def test_a_long_byline_is_cut_and_an_unreadable_modified_date_dropped_with_notes():
    names = ", ".join(f"Writer {number}" for number in range(40))
    article = extract("story.md", f"Title: {HEADLINE}\nAuthors: {names}\nModified: next Tuesday\n\n{good_article(HEADLINE).split(chr(10), 2)[2]}".encode())
    assert article.authors == tuple(f"Writer {number}" for number in range(10)) and article.modified is None
    assert "its byline names 40 people: the first 10 are shown" in article.notes
    assert any("its Modified: date 'next Tuesday' is not one newsarchive can read" in note for note in article.notes)


def test_a_declared_title_longer_than_a_headline_is_refused():
    result = extract("story.md", f"Title: {'Harbour ' * 200}\n\n{good_article(HEADLINE).split(chr(10), 2)[2]}".encode())
    assert isinstance(result, Rejected) and "its Title: line is 1,599 characters long" in result.reason  # (stripped)


def test_a_markdown_body_that_renders_to_nothing_is_no_article():
    result = extract("story.md", b"Title: Harbour officials meet\nSummary: They met.\n\n[a]: /x\n")
    assert isinstance(result, Rejected) and "no article text" in result.reason


def test_a_story_tagged_only_in_part_is_cut_between_words_never_inside_one():
    """Tagging reads a long story's first MAX_TAGGED_CHARS characters: cut inside a word, its piece ("num" of
    "number") was a word of the story, and a tag ("member num", "num") of a long single-paragraph transcript."""
    from newsarchive.pipeline import MAX_TAGGED_CHARS

    body = " ".join(f"Member number {i} rose to speak about the budget and said that the proposals for spending on "
                    f"roads, schools and hospitals were {'welcome' if i % 2 else 'inadequate'}." for i in range(1000))
    assert len(body) > MAX_TAGGED_CHARS and body[MAX_TAGGED_CHARS - 1].isalpha() and body[MAX_TAGGED_CHARS].isalpha()
    result = extract("marathon.txt", f"Parliament debates budget in marathon session\n\n{body}\n".encode())
    words = set(re.findall(r"\w+", f"{result.title} {body}".casefold()))
    assert result.tags and all(word in words for tag in result.tags for word in re.findall(r"\w+", tag.casefold())), result.tags


def test_extract_piped_into_a_reader_that_stops_early_ends_without_a_traceback(tmp_path):
    """``newsarchive extract … | head -1``: the reader closes the pipe after a line; the command said so with a
    BrokenPipeError traceback."""
    import subprocess
    import sys

    paragraph = "The harbour board of Ostvik approved a new ferry timetable on Monday after months of complaints. "
    for number in range(12):
        (tmp_path / f"story{number}.txt").write_text(f"Ferry story number {number}\n\n" + paragraph * 120)
    command = [sys.executable, "-m", "newsarchive.cli", "extract", *sorted(map(str, tmp_path.glob("*.txt")))]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr[-2000:]
