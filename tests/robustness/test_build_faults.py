"""Whole-build faults: rendering failures, kills half-way, concurrent builds, crashes after ingest, bad settings."""
from __future__ import annotations

import json
import re
import os
import signal
import subprocess
import time
from pathlib import Path

import feedparser
import pytest

from newsarchive_pelican.build import recover_interrupted_build, swap_into_place
from robust_kit import Site, copied_theme, good_article, tree_hashes

pytestmark = pytest.mark.slow


def _fill(site: Site, count: int, folder: str = "articles") -> None:
    for index in range(count):
        site.put(f"2026-03-{index % 28 + 1:02d}-story-{index}.txt",  # each its own text (one text under two
                 good_article(f"Harbour story number {index} about ferries",  # headlines is noted as a repeat)
                              f"The board will publish timetable notice number {index + 1} of the year next week."), folder)


def _wait_for(path: Path, process, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never reached the pause point"
        time.sleep(0.05)


def test_an_exception_rendering_one_article_is_reported_and_the_rest_is_built(tmp_path):
    theme = copied_theme(tmp_path, {"article.html": (
        "{% block content %}", "{% block content %}{% if 'Explosive' in article.title %}{{ article.no_such.thing }}{% endif %}")})
    site = Site(tmp_path / "site", theme=theme)
    _fill(site, 3)
    site.put("bad one.txt", good_article("Explosive headline that breaks the template"), "articles")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    failure = [line for line in result.stderr.splitlines() if "bad one.txt" in line]
    assert len(failure) == 1 and "skipped" in failure[0] and "could not be rendered" in failure[0]
    assert len(site.article_pages()) == 3
    assert "3 published, 1 skipped" in result.stderr


def _paused_half_way(tmp_path):
    """A site of eight stories built, then a build with a ninth paused half-way through writing:
    (the site, the built site's file hashes, the paused build's process)."""
    site = Site(tmp_path, plugins=("pause_midway",))
    _fill(site, 8)
    assert site.build().returncode == 0
    before = tree_hashes(site.output)
    site.put("new.txt", good_article("A new story arrives half-way through a build"))
    marker = tmp_path / "paused"
    # (in a session of its own, as a terminal runs a command: its group is what Ctrl-C reaches)
    process = site.start(env={**os.environ, "NEWSARCHIVE_TEST_PAUSE_MARKER": str(marker)}, start_new_session=True)
    _wait_for(marker, process)
    return site, before, process


def test_a_build_killed_half_way_leaves_the_previous_site_and_is_cleaned_up_next_time(tmp_path):
    site, before, process = _paused_half_way(tmp_path)
    staging = list(tmp_path.glob("output.staging-*"))
    assert staging and any(staging[0].rglob("index.html"))  # half-written, beside output/
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert tree_hashes(site.output) == before  # not one byte of the old site changed
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert not list(tmp_path.glob("output.staging-*")) and not list(tmp_path.glob("output.old-*"))
    assert len(site.article_pages()) == 9


def test_a_failing_build_exits_non_zero_and_keeps_the_previous_site(tmp_path):
    site = Site(tmp_path)
    _fill(site, 2)
    assert site.build().returncode == 0
    before = tree_hashes(site.output)
    (site.content / "newsarchive-ledger.json").write_text("{ not json")
    result = site.build()
    assert result.returncode == 1
    assert "newsarchive-ledger.json" in result.stderr and "build failed" in result.stderr
    assert tree_hashes(site.output) == before


def test_a_damaged_record_of_the_listings_cuts_is_reported_and_the_listings_cut_by_their_page_size(tmp_path):
    site = Site(tmp_path, DEFAULT_PAGINATION=2)
    _fill(site, 8)
    assert site.build().returncode == 0
    record = site.content / "newsarchive-listings.json"
    recorded, before = record.read_bytes(), tree_hashes(site.output)
    record.write_text("{ not json")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert "newsarchive-listings.json: cannot read where the listings' pages are cut" in result.stderr
    assert tree_hashes(site.output) == before  # cut by the fixed count, as the first build cut them
    assert record.read_bytes() == recorded


def test_a_broken_theme_fails_the_build_without_touching_the_site(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 2)
    assert site.build().returncode == 0
    before = tree_hashes(site.output)
    theme = copied_theme(tmp_path, {"index.html": ("{% block content %}", "{% block content %}{{ nope.nope }}")})
    broken = Site(tmp_path / "site", theme=theme)
    result = broken.build()
    assert result.returncode == 1 and "build failed" in result.stderr
    assert tree_hashes(site.output) == before


def test_two_builds_at_once_run_one_after_the_other(tmp_path):
    site = Site(tmp_path, plugins=("pause_midway",))
    _fill(site, 6)
    for index in range(2):
        site.put(f"inbox story {index}.txt", good_article(f"Inbox story {index} about the night trains"))
    marker = tmp_path / "paused"
    env = {**os.environ, "NEWSARCHIVE_TEST_PAUSE_MARKER": str(marker), "NEWSARCHIVE_TEST_PAUSE_SECONDS": "120"}
    first = site.start(env=env)
    _wait_for(marker, first)
    second_log = tmp_path / "second.log"
    with second_log.open("w") as log:
        second = subprocess.Popen(site.command(), cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, text=True)
        _wait_until(lambda: "another build is running" in second_log.read_text() or second.poll() is not None)
        Path(str(marker) + ".release").touch()  # the first build goes on only once the second is seen waiting
        first_err = first.communicate(timeout=120)[1]
        second.wait(timeout=120)
    second_err = second_log.read_text()
    assert first.returncode == 0, first_err[-2000:]
    assert second.returncode == 0, second_err[-2000:]
    assert "another build is running" in second_err
    ledger = json.loads((site.content / "newsarchive-ledger.json").read_text())
    assert len(ledger["articles"]) == 8 and len({entry["slug"] for entry in ledger["articles"]}) == 8
    assert len(list((site.content / "articles").iterdir())) == 8  # the inbox was ingested once, not twice
    assert len(site.article_pages()) == 8
    assert "0 new from the inbox, 2 already archived" in second_err
    assert not feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes()).bozo


def _wait_until(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_crash_between_ingest_and_build_loses_nothing(tmp_path):
    site = Site(tmp_path, plugins=("crash_before_rendering",))
    site.put("fresh story.txt", good_article("Fresh story from the inbox"))
    result = subprocess.run(site.command(), cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "NEWSARCHIVE_TEST_CRASH": "1"})
    assert result.returncode == -signal.SIGKILL
    assert (site.content / "articles" / "fresh story.txt").exists() and not site.output.exists()
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(site.article_pages()) == 1
    assert len(list((site.content / "articles").iterdir())) == 1


def test_swap_exchanges_a_complete_site_and_recovery_restores_an_interrupted_swap(tmp_path):
    output, staging = tmp_path / "output", tmp_path / "output.staging-1"
    output.mkdir(), staging.mkdir()
    (output / "old.html").write_text("old"), (staging / "new.html").write_text("new")
    swap_into_place(staging, output)
    assert (output / "new.html").exists() and (staging / "old.html").exists()
    output.rename(tmp_path / "output.old-7")  # a kill between the two renames of the fallback
    (tmp_path / "output.staging-9").mkdir()
    recover_interrupted_build(output, tmp_path / "content" / "newsarchive-ledger.json")
    assert (output / "new.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]  # every leftover folder removed


def test_an_archive_with_no_word_to_search_builds_without_a_search_index(tmp_path: Path) -> None:
    site = Site(tmp_path)
    site.put("punctuation.txt", ":\n:\n")  # a headline and a body with no word Pagefind can index
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert (site.output / "search" / "index.html").exists()
    assert not list((site.output / "pagefind").glob("pagefind-entry.json"))


def test_awkward_inbox_file_names_are_reported_or_published_and_never_stop_the_build(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 2, folder="inbox")
    outside = tmp_path / "private.txt"
    outside.write_text(good_article("A private note outside the inbox"))
    (site.inbox / "linked.txt").symlink_to(outside)
    site.put("SHOUTING.TXT", good_article("Ferry timetable changes in upper case"))
    site.put("notes.MD", "Title: Harbour board minutes\n\n" + good_article("x").split("\n", 2)[2])
    site.put("a" * 241 + ".txt", good_article("A story with a very long file name"))
    site.put(os.fsdecode(b"caf\xe9 story.txt"), good_article("A story whose file name is not UTF-8"))
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    assert any("linked.txt" in line and "symbolic link" in line for line in lines)
    assert any("story.txt" in line and "not valid UTF-8" in line for line in lines)
    published = " ".join(page.read_text(encoding="utf-8") for page in site.article_pages())
    assert "private note" not in published
    for headline in ("Ferry timetable changes in upper case", "Harbour board minutes", "A story with a very long file name"):
        assert headline in published
    assert sorted(path.suffix for path in (site.content / "articles").iterdir()) == [".md"] + [".txt"] * 4
    assert "5 published" in result.stderr
    assert site.build().returncode == 0  # and the next build is as good


def test_a_content_file_with_an_extension_in_odd_case_is_reported_not_silently_dropped(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 2)
    site.put("odd.tXt", good_article("A story saved with an odd extension"), "articles")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert any("odd.tXt" in line and "rename the file to '.txt'" in line for line in result.stderr.splitlines())
    assert "2 published, 1 skipped" in result.stderr


def test_a_theme_that_breaks_every_story_page_fails_the_build_and_keeps_the_site(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 3)
    assert site.build().returncode == 0
    before = tree_hashes(site.output)
    theme = copied_theme(tmp_path, {"article.html": ("{% block content %}",
                                                     "{% block content %}{{ article.title.no_such_method() }}")})
    site.put("new.txt", good_article("A new story arrives with a broken theme"))
    result = Site(tmp_path / "site", theme=theme).build()
    assert result.returncode == 1 and "build failed" in result.stderr and "theme" in result.stderr
    assert tree_hashes(site.output) == before


def test_a_date_the_build_cannot_read_or_keep_is_reported_naming_the_file(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 2)
    site.put("2026-03-09-ferry.md", "Title: Ferry fares rise in May\nDate: next Tuesday\n\n"
             + good_article("x").split("\n", 2)[2], "articles")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    [line] = [line for line in result.stderr.splitlines() if "ferry.md" in line]
    assert "published, but its date 'next Tuesday' is not one newsarchive can read" in line
    assert "3 published, 0 skipped, 0 duplicates" in result.stderr and "1 note on published files" in result.stderr
    page = [page for page in site.article_pages() if "ferry-fares" in str(page)]
    assert page and "/2026/03/" in page[0].as_posix()  # dated by its file name
    (site.content / "articles" / "2026-03-09-ferry.md").write_text(
        "Title: Ferry fares rise in May\nDate: 2026-04-01 09:00\n\n" + good_article("x").split("\n", 2)[2])
    again = site.build()
    [line] = [line for line in again.stderr.splitlines() if "ferry.md" in line]
    assert "gives the date 2026-04-01 09:00" in line and "published under 2026-03-09 00:00" in line


def test_links_and_pipes_among_the_articles_are_reported_and_never_read(tmp_path):
    site = Site(tmp_path / "site")
    _fill(site, 2)
    secret = tmp_path / "secret.txt"
    secret.write_text(good_article("A private file outside the archive"))
    (site.content / "articles" / "linked.txt").symlink_to(secret)
    os.mkfifo(site.content / "articles" / "pipe.txt")  # reading it would wait for a writer for ever
    os.mkfifo(site.inbox / "inbox pipe.txt")
    (site.inbox / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    result = site.build(timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    for name, reason in (("articles/linked.txt", "symbolic link"), ("articles/pipe.txt", "not a regular file"),
                         ("inbox pipe.txt", "not a regular file"), ("dangling.txt", "symbolic link")):
        assert any(name in line and "skipped" in line and reason in line for line in lines), (name, lines)
    assert "2 published, 4 skipped" in result.stderr
    assert not any("private file" in page.read_text(encoding="utf-8") for page in site.pages())


def test_links_to_folders_in_the_content_folder_are_reported_once_and_never_walked(tmp_path):
    """Two links to their own folder make a walk that follows links never end (Pelican's walk did)."""
    site = Site(tmp_path / "site")
    _fill(site, 2, folder="articles")
    (site.content / "pages").mkdir()
    for folder in (site.content / "articles", site.content / "pages"):
        (folder / "again").symlink_to(".")
        (folder / "once more").symlink_to(".")
        (folder / "up").symlink_to("..")
    result = site.build(timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    reported = [line for line in result.stderr.splitlines() if "symbolic link to a folder" in line]
    assert sorted(line.split(": skipped")[0].removeprefix("newsarchive: ") for line in reported) == [
        f"{folder}/{link}" for folder in ("articles", "pages") for link in ("again", "once more", "up")]
    assert "2 published, 6 skipped" in result.stderr


def test_ctrl_c_half_way_says_the_site_is_unchanged_without_a_traceback(tmp_path):
    site, before, process = _paused_half_way(tmp_path)
    # Ctrl-C on a terminal interrupts the build's whole process group, its forked render children too (the pause may be
    # in one of them: signalled alone, the build then waited for it to end its 60-second pause, once past the timeout)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    stderr = stderr.decode() if isinstance(stderr, bytes) else stderr
    assert process.returncode == 130, stderr[-2000:]
    assert "build interrupted: output/ holds the last complete site" in stderr and "Traceback" not in stderr
    assert tree_hashes(site.output) == before
    assert site.build().returncode == 0 and len(site.article_pages()) == 9


def test_a_build_whose_every_article_fails_in_pelican_keeps_the_previous_site(tmp_path):
    site = Site(tmp_path, plugins=("fail_every_article",))
    _fill(site, 3, folder="articles")
    assert site.build().returncode == 0
    before = tree_hashes(site.output)
    result = subprocess.run(site.command(), capture_output=True, text=True, timeout=240, cwd=site.root,
                            env={**os.environ, "NEWSARCHIVE_TEST_FAIL_ARTICLES": "1"})
    assert result.returncode == 1
    assert "Pelican reported 3 errors (see above) and published no article" in result.stderr
    assert tree_hashes(site.output) == before


def test_a_file_name_holding_a_bidi_override_is_reported_escaped_on_one_readable_line(tmp_path):
    """An override (U+202E) in a file name printed as it is reversed the rest of the report's line on a terminal
    ("report‮txt.exe: skipped" reads as an .exe named backwards); a newline split the line (already escaped)."""
    site = Site(tmp_path)
    site.put("report\u202etxt.exe", b"")
    site.put("ok\u2066name\u2069 and\nline.txt", good_article("Ferry timetable changes approved in Ostvik"))
    (site.content / "newsarchive-tags.tsv").write_text("articles/gone\u202etxt.md\t+Ferries\n", encoding="utf-8")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", result.stderr), result.stderr
    assert "report\\u202etxt.exe: skipped" in result.stderr
    assert "ok\\u2066name\\u2069 and\\x0aline.txt: ingested" in result.stderr
    assert "articles/gone\\u202etxt.md is no article" in result.stderr  # a table's line, named in a problem
