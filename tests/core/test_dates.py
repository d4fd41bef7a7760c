"""Dates: what a Date line, a file name or a saved page's metadata can say, and what the build says when it can't."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone, UTC

import pytest

from newsarchive.catalogue import early_update_note, kept_date_note
from newsarchive.config import ArchiveConfig
from newsarchive.dates import misdated_file_name, parse_date
from newsarchive.htmlpage import _page_metadata
from newsarchive.pipeline import extract_paths

UTC = UTC
BODY = ("The harbour board approved the new ferry timetable on Monday after a long debate.\n\n"
        "Fares will rise by five per cent from May, the operator said, and two late sailings are added.\n")


@pytest.mark.parametrize("value, expected", [
    ("2026-11-04", datetime(2026, 11, 4, tzinfo=UTC)),
    ("2026-11-04 11:30", datetime(2026, 11, 4, 11, 30, tzinfo=UTC)),
    ("2026-11-04T11:30:00+01:00", datetime(2026, 11, 4, 10, 30, tzinfo=UTC)),
    ("2026-11-03T14:20:00+0000", datetime(2026, 11, 3, 14, 20, tzinfo=UTC)),
    ("2026/11/04 10:20", datetime(2026, 11, 4, 10, 20, tzinfo=UTC)),
    ("4 November 2026", datetime(2026, 11, 4, tzinfo=UTC)),
    ("Nov 4, 2026 10:20", datetime(2026, 11, 4, 10, 20, tzinfo=UTC)),
    ("Wednesday, 4 November 2026 10:20 GMT", datetime(2026, 11, 4, 10, 20, tzinfo=UTC)),
    ("4 Nov 2026 10:20 +0100", datetime(2026, 11, 4, 9, 20, tzinfo=UTC)),
], ids=["iso-day", "iso-minute", "iso-offset", "iso-compact-offset", "slashes", "written", "us-written",
        "weekday-gmt", "written-offset"])
def test_dates_written_the_ways_pelican_reads_them_are_read(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("21 novembre 2026", datetime(2026, 11, 21, tzinfo=UTC)),
    ("le 4 novembre 2026 à 11:30", datetime(2026, 11, 4, 11, 30, tzinfo=UTC)),
    ("5 de noviembre de 2026 08:00", datetime(2026, 11, 5, 8, tzinfo=UTC)),
    ("3. März 2026 10:20", datetime(2026, 3, 3, 10, 20, tzinfo=UTC)),
    ("12 dicembre 2026", datetime(2026, 12, 12, tzinfo=UTC)),
    ("6 ноября 2026, 10:00", datetime(2026, 11, 6, 10, tzinfo=UTC)),
    ("7 листопада 2026 р.", datetime(2026, 11, 7, tzinfo=UTC)),
    ("10 Kasım 2026 11:00", datetime(2026, 11, 10, 11, tzinfo=UTC)),
    ("8 نوفمبر 2026", datetime(2026, 11, 8, tzinfo=UTC)),
    ("9 בנובמבר 2026", datetime(2026, 11, 9, tzinfo=UTC)),
    ("2026年11月11日 7:00", datetime(2026, 11, 11, 7, tzinfo=UTC)),
], ids=["fr", "fr-words", "es", "de", "it", "ru", "uk", "tr", "ar", "he", "ja-zh"])
def test_a_date_with_its_month_named_in_another_language_is_read(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["next Tuesday", "Tuesday", "2026-13-45", "2026-02-30", "yesterday 10:20",
                                   "10:20 BST 4 Nov 2026", "", "31/31/2026"],
                         ids=["relative", "weekday-only", "no-month-13", "no-feb-30", "yesterday",
                              "unknown-zone-name", "empty", "no-day-31-month-31"])
def test_what_is_no_date_is_not_guessed(value):
    assert parse_date(value) is None


def test_a_file_name_that_starts_like_a_date_but_is_none_gets_a_note():
    assert "'2026-02-30'" in misdated_file_name("2026-02-30-dockers-strike.txt")
    assert misdated_file_name("2026-02-28-dockers-strike.txt") is None
    assert misdated_file_name("dockers-strike.txt") is None


def _extracted(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [article] = extract_paths([str(path)], ArchiveConfig())
    return article


def test_an_unreadable_date_line_is_a_note_naming_the_value_and_the_article_is_dated_otherwise(tmp_path):
    article = _extracted(tmp_path, "2026-11-02-ferry.md", "Title: Ferry fares rise\nDate: next Tuesday\n\n" + BODY)
    assert article.date == datetime(2026, 11, 2, tzinfo=UTC)  # from its file name
    [note] = article.notes
    assert "'next Tuesday'" in note and "2026-11-04" in note


def test_a_readable_date_line_wins_over_a_bad_file_name_without_a_note(tmp_path):
    article = _extracted(tmp_path, "2026-02-30-ferry.md", "Title: Ferry fares rise\nDate: 4 November 2026\n\n" + BODY)
    assert (article.date, article.notes) == (datetime(2026, 11, 4, tzinfo=UTC), ())


def test_a_bad_file_name_date_is_a_note(tmp_path):
    article = _extracted(tmp_path, "2026-02-30-ferry.txt", "Ferry fares rise\n\n" + BODY)
    assert article.date is None and len(article.notes) == 1 and "2026-02-30" in article.notes[0]


def test_a_saved_page_keeps_the_time_of_day_its_metadata_gives():
    html = ('<html><head><title>Fire at the tram depot</title>'
            '<meta property="article:published_time" content="2026-11-03T14:20:00+01:00"></head>'
            '<body><article><h1>Fire at the tram depot</h1><p>Crews were called at noon.</p></article></body></html>')
    assert _page_metadata(html, UTC).date == datetime(2026, 11, 3, 13, 20, tzinfo=UTC)


def test_a_changed_date_of_a_published_story_is_a_note_and_a_day_given_its_time_is_not():
    published = datetime(2026, 11, 4, 11, 30, tzinfo=UTC)
    note = kept_date_note(published + timedelta(hours=20, minutes=30), published)
    assert "2026-11-05 08:00" in note and "2026-11-04 11:30" in note and "fixed when it is first published" in note
    assert kept_date_note(published, published) is None
    assert kept_date_note(None, published) is None
    day_only = datetime(2026, 11, 3, tzinfo=UTC)
    assert kept_date_note(datetime(2026, 11, 3, 14, 20, tzinfo=UTC), day_only) is None
    assert kept_date_note(datetime(2026, 11, 4, 14, 20, tzinfo=UTC), day_only) is not None


PARIS_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize("note", [kept_date_note, early_update_note], ids=["kept-date", "early-update"])
def test_a_note_shows_both_dates_to_the_minute_with_their_offsets(note):
    published = datetime(2026, 11, 4, 11, 30, tzinfo=PARIS_WINTER)
    said = note(datetime(2026, 11, 3, 9, 5, 42, tzinfo=UTC), published)
    assert "2026-11-03 09:05 +0000" in said and "2026-11-04 11:30 +0100" in said


@pytest.mark.parametrize("value", ["2026-10-10T10:00+99:00", "2026-10-10 10:00 +9900", "Oct 10 2026 10:00 +99:00"])
def test_an_offset_of_a_day_or_more_is_no_date(value):
    assert parse_date(value) is None  # it crashed every build, compared with another date


PARIS = "Europe/Paris"


@pytest.mark.parametrize("value, expected_utc", [
    ("2026-10-01 00:30", datetime(2026, 9, 30, 22, 30, tzinfo=UTC)),  # summer time: UTC+2
    ("2026-12-01 00:30", datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),  # winter time: UTC+1
    ("1 October 2026", datetime(2026, 9, 30, 22, 0, tzinfo=UTC)),
    ("2026-10-01T00:30+00:00", datetime(2026, 10, 1, 0, 30, tzinfo=UTC)),  # an offset given wins
])
def test_a_time_without_an_offset_is_the_sites_timezone_as_pelican_reads_it(value, expected_utc):
    from zoneinfo import ZoneInfo
    assert parse_date(value, ZoneInfo(PARIS)) == expected_utc


def test_a_file_names_time_is_the_sites_and_the_timezone_setting_reaches_every_date(tmp_path):
    config = ArchiveConfig.from_settings({}, PARIS)
    text_file = tmp_path / "2026-10-01T0030-ferry.txt"
    text_file.write_text("Ferry timetable approved\n\n" + BODY, encoding="utf-8")
    markdown_file = tmp_path / "pier.md"
    markdown_file.write_text("Title: Pier reopens\nDate: 2026-12-01 00:30\n\n" + BODY, encoding="utf-8")
    by_name, by_header = extract_paths([str(text_file), str(markdown_file)], config)
    assert by_name.date == datetime(2026, 9, 30, 22, 30, tzinfo=UTC)
    assert by_header.date == datetime(2026, 11, 30, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", None, 1])
def test_a_timezone_that_is_none_is_a_settings_error(zone):
    from newsarchive.config import ConfigError
    with pytest.raises(ConfigError, match=f"TIMEZONE {zone!r} is no time zone"):
        ArchiveConfig.from_settings({}, zone)
