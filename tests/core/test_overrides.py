"""Per-article tag overrides table (``overrides``): parsing, application, and ``extract --settings``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.cli import main
from newsarchive.model import Article, Rejected
from newsarchive.overrides import (
    OverrideTable, TagOverride, apply_overrides, apply_table_file, parse_overrides, read_overrides,
)
from newsarchive.tag import TagConfig

TABLE = "newsarchive-tags.tsv"


def _article(path: str, tags: tuple[str, ...]) -> Article:
    return Article(path=path, title="Headline", body_markdown="Body.", summary="Body.", tags=tags, removed=(),
                   source=None, date=None, content_hash="0")


def _tags_after(tags: tuple[str, ...], line: str, config: TagConfig = TagConfig()) -> tuple[str, ...]:
    table = parse_overrides(f"articles/a.txt\t{line}\n", TABLE)
    assert table.problems == ()
    (result,), missing = apply_overrides([_article("articles/a.txt", tags)], table, config)
    assert missing == ()
    return result.tags


GOOD_LINES = [
    ("pin-and-ban-by-tabs", "articles/a.txt\t+Mara Venn\t-ferry", TagOverride("articles/a.txt", ("Mara Venn",), ("ferry",), None, 1)),
    ("semicolons", "articles/a.txt\t+Mara Venn; -ferry ; -port", TagOverride("articles/a.txt", ("Mara Venn",), ("ferry", "port"), None, 1)),
    ("replace-list", "articles/a.html\t=Orvik; =harbour strike", TagOverride("articles/a.html", (), (), ("Orvik", "harbour strike"), 1)),
    ("dot-slash-and-spaces", "./articles/a.txt \t+  Mara   Venn ", TagOverride("articles/a.txt", ("Mara Venn",), (), None, 1)),
    ("backslashes", "articles\\a.txt\t-ferry", TagOverride("articles/a.txt", (), ("ferry",), None, 1)),
]


@pytest.mark.parametrize(("line", "expected"), [case[1:] for case in GOOD_LINES], ids=[case[0] for case in GOOD_LINES])
def test_good_lines(line, expected):
    table = parse_overrides(line, TABLE)
    assert table.problems == ()
    assert table.overrides == (expected,)


BAD_LINES = [
    ("no-tab", "articles/a.txt +Mara Venn", "no tab"),
    ("no-action", "articles/a.txt\tMara Venn", "does not start with +"),
    ("empty-tag", "articles/a.txt\t+ ", "names no tag"),
    ("no-change", "articles/a.txt\t", "no change"),
    ("no-path", "\t+Mara Venn", "no article path"),
    ("outside-content", "../a.txt\t+Mara Venn", "no article path"),
]


@pytest.mark.parametrize(("line", "message"), [case[1:] for case in BAD_LINES], ids=[case[0] for case in BAD_LINES])
def test_bad_lines_give_a_message_with_file_and_line(line, message):
    table = parse_overrides(f"# a comment\n\n{line}\narticles/b.txt\t-ferry\n", TABLE)
    assert len(table.problems) == 1
    assert table.problems[0].startswith(f"{TABLE}, line 3: ")
    assert message in table.problems[0]
    assert [entry.path for entry in table.overrides] == ["articles/b.txt"]  # the good line still counts


def test_comments_and_blank_lines_are_skipped_and_lines_for_one_article_add_up():
    table = parse_overrides("# path\tchanges\n\n   # indented comment\narticles/a.txt\t+Orvik\narticles/a.txt\t-ferry\n")
    assert table.problems == ()
    assert table.overrides == (TagOverride("articles/a.txt", ("Orvik",), ("ferry",), None, 4),)


def test_pin_goes_first_and_the_limit_drops_the_last_inferred_tag():
    tags = tuple(f"subject {n}" for n in range(8))
    after = _tags_after(tags, "+Mara Venn", TagConfig(max_tags=8))
    assert after == ("Mara Venn", *tags[:7])


def test_pin_of_an_inferred_tag_moves_it_first_without_a_duplicate():
    assert _tags_after(("ferry strike", "Orvik", "Mara Venn"), "+mara venn") == ("mara venn", "ferry strike", "Orvik")


@pytest.mark.parametrize(
    ("tags", "line", "config", "expected"),
    [
        (("ferry strikes", "Orvik"), "-Ferry Strike", TagConfig(), ("Orvik",)),
        (("Nagorno-Karabakh", "Orvik"), "-Karabakh", TagConfig(), ("Orvik",)),
        (("Russia", "Orvik"), "-the Kremlin", TagConfig(aliases=(("the Kremlin", "Russia"),)), ("Orvik",)),
    ],
    ids=["case-and-plural", "built-in-alias", "user-alias"],
)
def test_bans_compare_like_the_tagger(tags, line, config, expected):
    assert _tags_after(tags, line, config) == expected


def test_replacement_list_keeps_every_tag_the_user_wrote():
    after = _tags_after(("ferry strike", "Orvik"), "=" + "; =".join(f"topic {n}" for n in range(10)), TagConfig(max_tags=8))
    assert after == tuple(f"topic {n}" for n in range(10))


def test_a_banned_pin_is_not_shown():
    assert _tags_after(("Orvik",), "+ferry strike; -ferry strikes") == ("Orvik",)


def test_entries_for_missing_articles_are_reported_and_rejected_files_are_left_alone():
    table = parse_overrides("articles/gone.txt\t+Orvik\narticles/bad.txt\t+Orvik\n", TABLE)
    results, missing = apply_overrides([Rejected("articles/bad.txt", "empty file")], table)
    assert results == (Rejected("articles/bad.txt", "empty file"),)
    assert missing == (f"{TABLE}, line 1: articles/gone.txt is no article of this archive "
                       "(paths are relative to the content folder)",)


def test_missing_table_file_is_an_empty_table(tmp_path: Path):
    assert read_overrides(tmp_path / TABLE) == OverrideTable(str(tmp_path / TABLE))
    article = _article("articles/a.txt", ("Orvik",))
    assert apply_table_file([article], tmp_path, TABLE) == ((article,), ())
    assert apply_table_file([article], tmp_path, "") == ((article,), ())


def test_table_file_messages_name_the_file(tmp_path: Path):
    (tmp_path / TABLE).write_text("articles/a.txt\t+Mara Venn\nnot a line\n", encoding="utf-8")
    (result,), problems = apply_table_file([_article("articles/a.txt", ("Orvik",))], tmp_path, TABLE)
    assert result.tags == ("Mara Venn", "Orvik")
    assert problems == (f"{tmp_path / TABLE}, line 2: no tab after the article path "
                        "(write: path<TAB>+tag to pin<TAB>-tag to ban)",)


def test_table_file_messages_come_in_the_order_of_its_lines(tmp_path: Path):
    (tmp_path / TABLE).write_text("articles/a.txt\t+Mara Venn\narticles/gone.txt\t+Orvik\nnot a line\n", encoding="utf-8")
    _, problems = apply_table_file([_article("articles/a.txt", ("Orvik",))], tmp_path, TABLE)
    assert [problem.split(": ")[0] for problem in problems] == [f"{tmp_path / TABLE}, line 2", f"{tmp_path / TABLE}, line 3"]


STORY = ("Ferry crews strike in Orvik\n\n"
         "Ferry crews in Orvik walked out on Monday over pay, stranding travellers at Orvik harbour. "
         "The Orvik ferry strike is the first in ten years, the crews' union said. "
         "The ferry operator Veltra Lines said talks with the union would resume on Friday. "
         "Travellers at Orvik harbour were offered places on buses.\n")


def _extract(capsys, argv: list[str]) -> tuple[list[dict], str]:
    assert main(argv) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_extract_with_settings_applies_news_archive_and_the_table(tmp_path: Path, capsys, monkeypatch):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    story = content / "articles" / "2026-03-01-ferry-strike.txt"
    story.write_text(STORY, encoding="utf-8")
    (tmp_path / "pelicanconf.py").write_text(
        'PATH = "content"\nNEWS_ARCHIVE = {"banned_tags": ["Veltra Lines"], "tag_overrides": "tags.tsv"}\n', encoding="utf-8")
    (content / "tags.tsv").write_text("articles/2026-03-01-ferry-strike.txt\t+Mara Venn\t-Orvik\nbroken line\n",
                                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (plain,), _ = _extract(capsys, ["extract", "--json", str(story)])
    (overridden,), err = _extract(capsys, ["extract", "--json", "--settings", "pelicanconf.py", str(story)])
    assert "Orvik" in plain["tags"] and "Mara Venn" not in plain["tags"]
    assert overridden["tags"][0] == "Mara Venn"
    assert "Orvik" not in overridden["tags"] and "Veltra Lines" not in overridden["tags"]
    assert overridden["path"] == str(story)
    assert "tags.tsv, line 2: no tab" in err


def test_extract_with_a_broken_settings_file_says_so(tmp_path: Path, capsys):
    settings = tmp_path / "pelicanconf.py"
    settings.write_text('NEWS_ARCHIVE = {"no_such_setting": 1}\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["extract", "--json", "--settings", str(settings), str(story)]) == 2
    assert "no_such_setting" in capsys.readouterr().err


def test_extract_exits_1_when_no_file_could_be_used_and_0_when_one_could(tmp_path: Path, capsys):
    story, empty = tmp_path / "story.txt", tmp_path / "empty.txt"
    story.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    assert main(["extract", "--json", str(empty), str(tmp_path / "missing.txt")]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [sorted(line) for line in lines] == [["error", "path"], ["error", "path"]]
    assert main(["extract", "--json", str(empty), str(story)]) == 0
