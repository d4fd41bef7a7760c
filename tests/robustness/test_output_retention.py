"""What the build did not write in output/: entries kept by OUTPUT_RETENTION (a .git), files put there by hand."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsarchive_pelican.build import recover_interrupted_build, spare_folder
from newsarchive_pelican.retention import carry_retained, return_retained
from robust_kit import Site, copied_theme, good_article

pytestmark = pytest.mark.slow


def _git_checkout(output: Path) -> tuple[int, int]:
    """A small .git folder in ``output``, as GitHub Pages setups keep there; the inodes of the folder and a file."""
    (output / ".git" / "refs" / "heads").mkdir(parents=True)
    (output / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (output / ".git" / "refs" / "heads" / "index.html").write_text("not a page of the site")
    return (output / ".git").stat().st_ino, (output / ".git" / "HEAD").stat().st_ino


def _assert_git_kept(site: Site, inodes: tuple[int, int]) -> None:
    git = site.output / ".git"
    assert (git / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (git / "refs" / "heads" / "index.html").read_text() == "not a page of the site"
    assert (git.stat().st_ino, (git / "HEAD").stat().st_ino) == inodes  # moved, never copied
    assert not (spare_folder(site.output) / ".git").exists()  # the spare never holds the only copy
    assert not list(site.root.glob("output.set-aside"))


def test_output_retention_keeps_a_git_folder_in_output_across_builds(tmp_path):
    site = Site(tmp_path, OUTPUT_RETENTION=[".git"])
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    assert site.build().returncode == 0
    inodes = _git_checkout(site.output)
    for number in range(3):
        site.put(f"2026-03-0{number + 2}-story.txt", good_article(f"Night trains story number {number}"), "articles")
        result = site.build()
        assert result.returncode == 0, result.stderr[-2000:]
        _assert_git_kept(site, inodes)
        assert len(site.article_pages()) == number + 2


def test_a_failed_build_leaves_the_retained_folder_where_it_was(tmp_path):
    site = Site(tmp_path / "site", OUTPUT_RETENTION=[".git"])
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    assert site.build().returncode == 0
    inodes = _git_checkout(site.output)
    assert site.build().returncode == 0  # a spare now exists: the next build starts from it
    theme = copied_theme(tmp_path, {"index.html": ("{% block content %}", "{% block content %}{{ nope.nope }}")})
    broken = Site(tmp_path / "site", theme=theme, OUTPUT_RETENTION=[".git"])
    result = broken.build()
    assert result.returncode == 1 and "build failed" in result.stderr
    _assert_git_kept(site, inodes)
    mended = Site(tmp_path / "site", OUTPUT_RETENTION=[".git"])  # the project's theme again
    assert mended.build().returncode == 0
    _assert_git_kept(site, inodes)


def test_a_retained_entry_named_like_a_generated_file_wins_and_is_reported(tmp_path):
    site = Site(tmp_path, OUTPUT_RETENTION=["robots.txt"])
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    assert site.build().returncode == 0
    (site.output / "robots.txt").unlink()
    (site.output / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    for _ in range(2):
        result = site.build()
        assert result.returncode == 0, result.stderr[-2000:]
        assert (site.output / "robots.txt").read_text() == "User-agent: *\nDisallow: /private/\n"
        assert "robots.txt: kept as it is (OUTPUT_RETENTION)" in result.stderr


def test_a_build_stopped_between_moving_retained_entries_and_the_swap_puts_them_back(tmp_path):
    output, staging = tmp_path / "output", tmp_path / "output.staging-1"
    output.mkdir(), staging.mkdir()
    (output / "index.html").write_text("live")
    (output / ".git").mkdir()
    (output / ".git" / "HEAD").write_text("ref")
    (output / "CNAME").write_text("news.example.org")
    (staging / "index.html").write_text("new")
    (staging / "CNAME").write_text("made by the build")
    carry_retained(staging, output, [".git", "CNAME", "absent"])
    assert not (output / ".git").exists() and (staging / ".git" / "HEAD").read_text() == "ref"
    assert (staging / "CNAME").read_text() == "news.example.org"
    # killed here, before the swap: the next build puts them back, then removes the staging folder
    recover_interrupted_build(output, tmp_path / "content" / "newsarchive-ledger.json")
    assert (output / ".git" / "HEAD").read_text() == "ref" and (output / "CNAME").read_text() == "news.example.org"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["output"]


def test_a_retained_entry_made_anew_after_a_stopped_build_keeps_both(tmp_path):
    output, staging = tmp_path / "output", tmp_path / "output.staging-1"
    output.mkdir(), staging.mkdir()
    (output / ".git").mkdir()
    (output / ".git" / "HEAD").write_text("the unpushed work")
    carry_retained(staging, output, [".git"])
    # killed before the swap; the user finds no output/.git and makes a new one before the next build
    (output / ".git").mkdir()
    (output / ".git" / "HEAD").write_text("a fresh checkout")
    recover_interrupted_build(output, tmp_path / "content" / "newsarchive-ledger.json")
    assert (output / ".git" / "HEAD").read_text() == "a fresh checkout"
    kept = list((tmp_path / "output.set-aside").glob("*/.git/HEAD"))
    assert [path.read_text() for path in kept] == ["the unpushed work"]


def test_a_swap_cut_short_keeps_the_retained_entry_for_the_next_build(tmp_path):
    output, staging = tmp_path / "output", tmp_path / "output.staging-1"
    output.mkdir(), staging.mkdir()
    (output / "index.html").write_text("old")
    (output / ".git").mkdir()
    (staging / "index.html").write_text("new")
    carry_retained(staging, output, [".git"])
    output.rename(tmp_path / "output.old-1")  # the fallback swap's first rename, then a failure
    assert not return_retained(output, [staging])  # no site to put it into: kept where it is
    assert (staging / ".git").is_dir()
    recover_interrupted_build(output, tmp_path / "content" / "newsarchive-ledger.json")
    assert (output / "index.html").read_text() == "old" and (output / ".git").is_dir()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["output"]


def test_a_file_put_into_output_by_hand_is_set_aside_and_reported_never_deleted(tmp_path):
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    gone = site.put("2026-03-02-trains.txt", good_article("Night trains return to the valley"), "articles")
    assert site.build().returncode == 0
    (site.output / "notes.txt").write_text("my notes")
    (site.output / "google1234.html").write_text("google-site-verification: google1234.html")
    (site.output / "files").mkdir()
    (site.output / "files" / "report.pdf").write_bytes(b"%PDF-1.4")
    gone.unlink()  # a page the last build wrote and this one does not: not the user's, not set aside
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("notes.txt", "google1234.html", "files"):  # a folder of hand-made files only goes whole
        assert not (site.output / name).exists()
        assert f"output/{name}: not written by the build" in result.stderr
        assert "OUTPUT_RETENTION" in result.stderr and "content/extra/" in result.stderr
    kept = {path.relative_to(folder).as_posix(): path.read_bytes()
            for folder in (site.root / "output.set-aside").iterdir() for path in folder.rglob("*") if path.is_file()}
    assert kept == {"notes.txt": b"my notes", "google1234.html": b"google-site-verification: google1234.html",
                    "files/report.pdf": b"%PDF-1.4"}
    assert len(site.article_pages()) == 1
    for _ in range(2):  # later builds neither report nor remove them again
        result = site.build()
        assert result.returncode == 0 and "not written by the build" not in result.stderr
    assert sum(1 for path in (site.root / "output.set-aside").rglob("*") if path.is_file()) == 3


def test_pages_the_last_build_of_a_version_without_the_site_record_wrote_leave_with_its_site(tmp_path):
    """An archive built by a version before the record of the site's files (40a52e2), rebuilt by this one: its pages
    leaving the site (a story taken down, a tag no story has any more) were set aside as files "put there by hand?"
    (46 of an upgraded archive of 319 stories). The pages and feeds its render manifest names count as its own;
    a file by hand is still set aside."""
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    gone = site.put("2026-03-02-trains.txt", good_article("Night trains return to the valley"), "articles")
    assert site.build().returncode == 0
    (site.root / ".newsarchive-cache" / "site-files").unlink()  # what an older version left: no record
    (site.output / "notes.txt").write_text("my notes")
    leaving = {path.relative_to(site.output).as_posix() for path in site.article_pages() if "trains" in str(path)}
    gone.unlink()
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(leaving) == 1 and not any((site.output / name).exists() for name in leaving)
    assert "output/notes.txt: not written by the build" in result.stderr
    set_aside = {path.relative_to(folder).as_posix() for folder in (site.root / "output.set-aside").iterdir()
                 for path in folder.rglob("*") if path.is_file()}
    assert set_aside == {"notes.txt"}


def test_a_file_put_into_output_after_make_clean_is_set_aside_once(tmp_path):
    """After ``make clean`` (output/ and the spare deleted, the cache kept) the next rebuild starts from a fresh copy
    of the live site, not from a retired one: a file put into output/ by hand was set aside twice, from that copy
    as one "put there while a build ran" and from output/ itself."""
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    for _ in range(2):
        assert site.build().returncode == 0
    for folder in (site.output, spare_folder(site.output)):  # what make clean deletes
        shutil.rmtree(folder)
    assert site.build().returncode == 0
    (site.output / "notes.txt").write_text("my notes")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [line for line in result.stderr.splitlines() if "notes.txt" in line]
    assert len(reports) == 1 and "not written by the build" in reports[0], reports
    assert [path.name for path in (site.root / "output.set-aside").rglob("*") if path.is_file()] == ["notes.txt"]


def test_the_folder_a_set_aside_file_leaves_empty_is_not_reported_by_the_next_build(tmp_path):
    """A file put by hand into a folder the site has (``pelican content`` writing its own pagination into output/,
    say) is set aside; the folder it leaves empty goes with the retired site. The next build reported that empty
    folder as "put into output/ by hand while a build ran", and moved it to output.set-aside/."""
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    for _ in range(2):
        assert site.build().returncode == 0
    (site.output / "2026" / "notes").mkdir()  # in a folder of the site
    (site.output / "2026" / "notes" / "index.html").write_text("<p>a page no build wrote</p>")
    result = site.build()
    assert result.returncode == 0 and "2026/notes/index.html: not written by the build" in result.stderr
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert "by hand" not in result.stderr
    assert len(list((site.root / "output.set-aside").iterdir())) == 1


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.relative_to(folder).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


def test_the_theme_files_and_feeds_where_the_settings_put_them_are_the_builds_own(tmp_path):
    """THEME_STATIC_DIR and a main feed's URL move files the build writes whole every time. They were known only
    in their default folders (theme/, feeds/): moved, they were written anew by every build that changed nothing,
    and a build after the settings were put back set them aside as put into output/ by hand."""
    moved = Site(tmp_path, THEME_STATIC_DIR="assets", FEED_RSS_URL="rss/all.xml")
    moved.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    for _ in range(2):
        assert moved.build().returncode == 0
    assert (moved.output / "assets" / "css" / "main.css").is_file() and (moved.output / "rss" / "all.xml").is_file()
    before = _stamps(moved.output)
    assert moved.build().returncode == 0
    assert {name for name, stamp in _stamps(moved.output).items() if before.get(name) != stamp} == set()
    result = Site(tmp_path).build()  # the settings put back
    assert result.returncode == 0, result.stderr[-2000:]
    assert "not written by the build" not in result.stderr and not (tmp_path / "output.set-aside").exists()
    assert not (moved.output / "assets").exists() and not (moved.output / "rss").exists()


def test_a_git_checkout_output_retention_does_not_name_is_set_aside_whole(tmp_path):
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    assert site.build().returncode == 0
    _git_checkout(site.output)
    (site.output / ".git" / "refs" / "tags").mkdir()  # empty, as in a fresh checkout: git needs it
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert [line for line in result.stderr.splitlines() if "not written by the build" in line][0].startswith(
        f"newsarchive: {site.output}/.git: not written by the build")
    assert sum("not written by the build" in line for line in result.stderr.splitlines()) == 1
    (kept,) = (site.root / "output.set-aside").glob("*/.git")
    assert (kept / "HEAD").read_text() == "ref: refs/heads/gh-pages\n" and (kept / "refs" / "tags").is_dir()
    assert not (site.output / ".git").exists()


def test_a_git_folder_an_older_version_moved_into_the_spare_is_put_back(tmp_path):
    site = Site(tmp_path, OUTPUT_RETENTION=[".git"])
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    assert site.build().returncode == 0 and site.build().returncode == 0
    inodes = _git_checkout(site.output)
    os.rename(site.output / ".git", spare_folder(site.output) / ".git")  # what a build before the fix did
    result = site.build()
    assert result.returncode == 0 and ".git: put back from" in result.stderr
    _assert_git_kept(site, inodes)


def test_a_file_put_into_output_while_a_build_ran_is_set_aside_by_the_next_build(tmp_path):
    site = Site(tmp_path)
    site.put("2026-03-01-ferries.txt", good_article("Harbour ferries run late all week"), "articles")
    gone = site.put("2026-03-02-trains.txt", good_article("Night trains return to the valley"), "articles")
    for _ in range(2):
        assert site.build().returncode == 0
    # what a file written into output/ during the last build became: a file of the site it retired (the spare)
    spare = spare_folder(site.output)
    (spare / "CNAME").write_text("news.example.org")
    (spare / "drafts").mkdir()
    (spare / "drafts" / "notes.txt").write_text("my notes")
    gone.unlink()  # and a page of the retired site the next build does not make: not the user's
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    kept = {path.relative_to(folder).as_posix(): path.read_text()
            for folder in (site.root / "output.set-aside").iterdir() for path in folder.rglob("*") if path.is_file()}
    assert kept == {"CNAME": "news.example.org", "drafts/notes.txt": "my notes"}
    assert sum("put into" in line and "by hand while a build ran" in line for line in result.stderr.splitlines()) == 2
    assert len(site.article_pages()) == 1 and not (site.output / "CNAME").exists()
