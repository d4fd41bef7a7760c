"""End to end: Pelican's own settings, set as a Pelican user sets them, make the site they describe.

Each test builds a small archive with ``pelicanconf.py`` and a few settings changed, and reads the pages with
BeautifulSoup and the feed with feedparser.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders, run_build, write_settings

pytestmark = pytest.mark.slow

PARAGRAPHS = ("The harbour board met on Monday evening to discuss the ferry timetable for the coming summer season.",
              "Members agreed that the early crossing would run every day from June, the chair said afterwards.")


def story(number: int) -> str:
    return f"Harbour board story number {number} about the ferries\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def site_with(root: Path, stories: int = 3, **settings) -> SiteFolders:
    site = SiteFolders(root)
    for number in range(stories):
        site.add_article(f"2026-03-{number + 1:02d}-story-{number}.txt", story(number))
    site.settings = write_settings(root, site.content, site.output, site.inbox, **settings)
    return site


def html_pages(output: Path):
    for path in sorted(output.rglob("*.html")):
        if "pagefind" not in path.parts:
            yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def broken_links(output: Path) -> list[str]:
    broken = []
    for page, soup in html_pages(output):
        for element in soup.find_all(href=True) + soup.find_all(action=True):
            link = urlparse(element.get("href") or element.get("action"))
            if link.scheme or link.netloc or not link.path.startswith("/"):
                continue
            target = output / link.path.lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{page.relative_to(output)} -> {link.path}")
    return broken


def test_index_pages_left_out_of_direct_templates_are_never_linked_and_no_pagination_is_one_page(tmp_path):
    site = site_with(tmp_path, stories=12, DIRECT_TEMPLATES=["index", "tags", "404"], DEFAULT_PAGINATION=False)
    site.build()
    assert not (site.output / "archives").exists() and not (site.output / "search").exists()
    assert broken_links(site.output) == []
    every_page = " ".join(str(soup) for _, soup in html_pages(site.output))
    assert 'href="/archives/' not in every_page and 'action="/search/' not in every_page
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "/archives/" not in sitemap and "/tags/" in sitemap
    home = BeautifulSoup((site.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    headlines = [link.get_text(" ", strip=True) for link in home.select("main h2 a, main h3 a")
                 if "Harbour board story" in link.get_text()]
    assert len(headlines) == 12  # Pelican's DEFAULT_PAGINATION = False: every story on one page
    assert not list(site.output.glob("page/*"))


def test_inbox_stories_go_where_article_paths_read_them(tmp_path):
    site = site_with(tmp_path, stories=0, ARTICLE_PATHS=["posts"])  # a migrated blog's folder
    (site.content / "posts").mkdir()
    (site.content / "posts" / "2026-03-01-story-0.txt").write_text(story(0), encoding="utf-8")
    site.add_article("2026-03-05-new-ferry.txt", story(5), folder="inbox")
    result = site.build()
    assert (site.content / "posts" / "2026-03-05-new-ferry.txt").is_file()
    assert list(site.output.glob("2026/03/*story-number-5*/index.html"))
    assert "2 published" in result.stderr


def test_documents_newsarchive_does_not_read_are_reported_and_another_readers_articles_left_out(tmp_path):
    site = site_with(tmp_path, stories=2, READERS={})  # Pelican's reStructuredText reader switched back on
    (site.content / "articles" / "migrated.rst").write_text(
        "A migrated post\n###############\n\n:date: 2026-03-09 10:00\n\nThe ferry ran late again.\n", encoding="utf-8")
    result = site.build()
    lines = [line for line in result.stderr.splitlines() if "migrated.rst" in line]
    assert len(lines) == 1 and "skipped: not read" in lines[0], result.stderr[-2000:]
    assert "2 published" in result.stderr and "Traceback" not in result.stderr
    feed = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 2
    assert not any("migrated" in str(path) for path in site.output.rglob("*"))


def test_the_summary_counts_articles_whatever_their_urls(tmp_path):
    site = site_with(tmp_path, stories=3, ARTICLE_URL="{slug}.html", ARTICLE_SAVE_AS="{slug}.html")
    result = site.build()
    assert re.search(r"built .* 3 published", result.stderr), result.stderr[-1000:]
    assert len(list(site.output.glob("harbour-board-story-*.html"))) == 3


def test_menuitems_join_the_navigation_and_pages_leave_it_when_told(tmp_path):
    site = site_with(tmp_path, stories=1, MENUITEMS=[("Newsroom", "https://example.org/newsroom")],
                     DISPLAY_PAGES_ON_MENU=False)
    (site.content / "pages").mkdir()
    (site.content / "pages" / "about.md").write_text("Title: About us\n\nWe keep the harbour's news.\n", encoding="utf-8")
    site.build()
    home = BeautifulSoup((site.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    navigation = {link.get_text(strip=True): link["href"] for link in home.select("nav.site-nav a")}
    assert navigation.get("Newsroom") == "https://example.org/newsroom" and "About us" not in navigation
    assert (site.output / "about-us" / "index.html").is_file()


def test_a_menu_item_takes_the_link_rule_of_links_and_articles(tmp_path):
    site = site_with(tmp_path, stories=1, MENUITEMS=[("Newsroom", "/newsroom/"), ("Trap", " javascript:alert(1)")])
    result = site.build()
    home = BeautifulSoup((site.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    navigation = {link.get_text(strip=True): link["href"] for link in home.select("nav.site-nav a")}
    assert navigation.get("Newsroom") == "/newsroom/" and "Trap" not in navigation
    assert "MENUITEMS: 'Trap' is not shown" in " ".join(result.stderr.split())


def test_timezone_is_the_sites_for_dates_written_without_an_offset(tmp_path):
    site = site_with(tmp_path, stories=0, TIMEZONE="Europe/Paris")
    site.add_article("pier.md", "Title: Pier reopens after the storm\nDate: 2026-10-01 00:30\n\n" + "\n\n".join(PARAGRAPHS))
    site.build()
    page = next(site.output.glob("2026/10/*/index.html"))  # 1 October in Paris (30 September in UTC)
    time = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article time")
    assert time["datetime"] == "2026-10-01T00:30:00+02:00" and "1 October" in time.get_text()
    entry = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes()).entries[0]
    assert tuple(entry.published_parsed)[:5] == (2026, 9, 30, 22, 30)


def test_pelicans_own_command_builds_and_says_what_it_leaves_undone(tmp_path):
    import subprocess
    import sys

    site = site_with(tmp_path, stories=2)
    site.add_article("2026-03-05-new-ferry.txt", story(5), folder="inbox")
    result = subprocess.run([sys.executable, "-m", "pelican", str(site.content), "-s", str(site.settings)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    said = " ".join((result.stdout + result.stderr).split())
    assert "the inbox is not ingested and no search index is made" in said
    assert len(list(site.output.glob("2026/03/*/index.html"))) == 2  # the inbox's story waits for newsarchive build


def test_a_changed_timezone_moves_no_url_and_repeats_no_note(tmp_path):
    site = site_with(tmp_path, stories=0)
    site.add_article("2026-03-01T0030-harbour-vote.txt", story(1))  # 00:30 on 1 March, read in UTC
    site.build()
    page = next(site.output.glob("2026/03/*/index.html")).relative_to(site.output)
    site.settings = write_settings(tmp_path, site.content, site.output, site.inbox, TIMEZONE="America/New_York")
    result = site.build()  # the same file name now reads 00:30 in New York: 05:30 UTC
    assert (site.output / page).is_file() and not list(site.output.glob("2026/02/*/index.html"))
    assert "published under" not in result.stderr  # the clock time is the same: no edit to report on every build


def test_a_time_daylight_saving_makes_ambiguous_is_no_edit(tmp_path):
    site = site_with(tmp_path, stories=0, TIMEZONE="Europe/Paris")
    site.add_article("2026-10-25T0230-clocks-go-back.txt", story(2))  # 02:30 happens twice that night in Paris
    site.build()
    assert "published under" not in site.build().stderr


@pytest.mark.parametrize("folder", ["../outside", "/srv/posts"])
def test_article_paths_outside_the_content_folder_stop_the_build_and_keep_the_site(tmp_path, folder):
    site = site_with(tmp_path, stories=1)
    site.build()
    before = sorted(path.relative_to(site.output) for path in site.output.rglob("*"))
    site.add_article("2026-03-05-new-ferry.txt", story(5), folder="inbox")
    site.settings = write_settings(tmp_path, site.content, site.output, site.inbox, ARTICLE_PATHS=[folder])
    result = run_build(site.settings)
    assert result.returncode == 1 and f"ARTICLE_PATHS {folder!r} is not a folder inside the content folder" in result.stderr
    assert sorted(path.relative_to(site.output) for path in site.output.rglob("*")) == before
    assert not (tmp_path / "outside").exists() and not (site.content / "srv").exists()
