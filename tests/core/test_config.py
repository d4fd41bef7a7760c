"""Settings read once: Pelican's SUMMARY_MAX_LENGTH sets a summary's length when NEWS_ARCHIVE does not."""
from __future__ import annotations

import pytest

from newsarchive.config import (PELICAN_SUMMARY_MAX_LENGTH, ArchiveConfig, ConfigError, unused_summary_length,
                                unused_summary_length_in)


@pytest.mark.parametrize("news_archive, summary_max_length, words", [
    ({}, PELICAN_SUMMARY_MAX_LENGTH, 45),  # Pelican's default: the setting reads as not set
    ({}, 30, 30),
    ({}, None, 45),  # Pelican's "whole article" is not a length
    ({"summary_words": 60}, 30, 60),  # newsarchive's own setting wins
    ({"summary_words": 60}, PELICAN_SUMMARY_MAX_LENGTH, 60),
], ids=["pelican-default", "set", "none", "both-set", "own-only"])
def test_summary_max_length_is_the_summary_words_unless_news_archive_sets_them(news_archive, summary_max_length, words):
    assert ArchiveConfig.from_settings(news_archive, "UTC", summary_max_length).summary_words == words


@pytest.mark.parametrize("value", [0, -5, True, 12.5, "40"])
def test_a_summary_max_length_that_is_no_number_of_words_is_an_error_naming_it(value):
    with pytest.raises(ConfigError, match="SUMMARY_MAX_LENGTH"):
        ArchiveConfig.from_settings({}, "UTC", value)


@pytest.mark.parametrize("news_archive, summary_max_length, said", [
    ({}, 30, None), ({}, PELICAN_SUMMARY_MAX_LENGTH, None), ({"summary_words": 60}, PELICAN_SUMMARY_MAX_LENGTH, None),
    ({"summary_words": 60}, 30, "SUMMARY_MAX_LENGTH (30) is not used: NEWS_ARCHIVE['summary_words'] (60)"),
    ({}, None, "SUMMARY_MAX_LENGTH = None"),
])
def test_a_summary_max_length_set_and_not_used_is_said(news_archive, summary_max_length, said):
    note = unused_summary_length(news_archive, summary_max_length)
    assert note == said if said is None else note.startswith(said)


@pytest.mark.parametrize("lines, words", [("SUMMARY_MAX_LENGTH = 7\n", 7), ("", 45),
                                          ("SUMMARY_MAX_LENGTH = 7\nNEWS_ARCHIVE = {'summary_words': 20}\n", 20)])
def test_extract_with_settings_reads_summary_max_length_as_the_build_does(tmp_path, lines, words):
    from newsarchive.cli import load_settings

    settings = tmp_path / "pelicanconf.py"
    settings.write_text(lines, encoding="utf-8")
    assert load_settings(str(settings)).config.summary_words == words


@pytest.mark.parametrize("news_archive", [
    {},
    {"remove_agency_credits": True, "tag_aliases": {}, "pinned_tags": [], "banned_tags": [], "max_tags": 8,
     "min_tags": 3, "max_file_bytes": 5_000_000},
], ids=["nothing-set", "defaults-spelt-out"])
def test_settings_that_set_nothing_new_make_the_default_config(news_archive):
    assert ArchiveConfig.from_settings(news_archive) == ArchiveConfig()


def test_each_setting_reaches_the_part_of_the_config_it_names():
    config = ArchiveConfig.from_settings({"remove_agency_credits": False, "tag_aliases": {"Govt": "Government"}})
    assert config.clean.remove_agency_credits is False
    assert config.tag.aliases == (("Govt", "Government"),)


@pytest.mark.parametrize("values, expected", [
    ({}, ArchiveConfig()),
    ({"PATH": "content", "SITENAME": "Desk"}, ArchiveConfig()),  # the rest of a settings file is not the core's
    ({"TIMEZONE": "Europe/Paris", "SUMMARY_MAX_LENGTH": 30, "NEWS_ARCHIVE": {"max_tags": 5}},
     ArchiveConfig.from_settings({"max_tags": 5}, "Europe/Paris", 30)),
], ids=["empty", "other-settings", "all-three"])
def test_a_whole_settings_file_makes_the_config_its_three_settings_make(values, expected):
    assert ArchiveConfig.from_site_settings(values) == expected


@pytest.mark.parametrize("values, said", [
    ({}, None),
    ({"SUMMARY_MAX_LENGTH": 30, "NEWS_ARCHIVE": {"summary_words": 60}}, "SUMMARY_MAX_LENGTH (30) is not used"),
    ({"SUMMARY_MAX_LENGTH": None}, "SUMMARY_MAX_LENGTH = None"),
], ids=["unset", "both-set", "none"])
def test_an_unused_summary_max_length_is_found_in_a_whole_settings_file(values, said):
    note = unused_summary_length_in(values)
    assert note == said if said is None else note.startswith(said)
