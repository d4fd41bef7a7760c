"""End to end: Pelican's links between the files of a site ({filename}, {static}, {tag}, {category}) in
Markdown articles and pages lead where Pelican would lead them; one that climbs out of the content
folder is never followed.

Pages are parsed with BeautifulSoup; every internal link and image of the built pages must resolve.
"""
from __future__ import annotations

import os
import textwrap

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders, link_resolves, write_settings

pytestmark = pytest.mark.slow

PIER = """\
    Title: Ostvik pier opening delayed again
    Category: Ostvik harbour

    The opening of the new pier at Ostvik has been delayed until next spring, the harbour board said on Monday.

    ![The pier in March]({static}/images/pier.png)

    The board's [budget story]({filename}/articles/2026-05-03-budget.md) said so; more in
    [harbour news]({category}ostvik-harbour) and [budget stories]({tag}harbour-budget).

    A [hostile link]({static}/../../../../etc/hostname) and an [encoded one]({attach}/%2e%2e/%2e%2e/etc/hostname).
    """
BUDGET = """\
    Title: Ostvik council passes the harbour budget
    Tags: harbour budget

    The council approved the harbour budget on Monday after a long debate that ran late into the evening.
    """
ABOUT = """\
    Title: About
    Slug: about

    Start with [the pier story]({filename}../articles/2026-05-04-pier.md).
    """


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[SiteFolders, str]:
    site = SiteFolders(tmp_path_factory.mktemp("links"))
    (site.content / "images").mkdir()
    (site.content / "images" / "pier.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (site.content / "pages").mkdir()
    (site.content / "pages" / "about.md").write_text(textwrap.dedent(ABOUT), encoding="utf-8")
    site.add_article("2026-05-04-pier.md", PIER)
    site.add_article("2026-05-03-budget.md", BUDGET)
    result = site.build()
    return site, result.stdout + result.stderr


def _links(path) -> list[str]:
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return [element.get("href") or element.get("src") for element in page.select(".story-body a, .story-body img")]


def test_links_to_other_files_of_the_site_lead_to_them(built):
    site, _ = built
    story = next(site.output.glob("2026/05/ostvik-pier*/index.html"))
    links = _links(story)
    assert "/images/pier.png" in links and (site.output / "images" / "pier.png").read_bytes().startswith(b"\x89PNG")
    assert "/2026/05/ostvik-council-passes-the-harbour-budget/" in links
    assert "/tag/ostvik-harbour/" in links and "/tag/harbour-budget/" in links
    assert [link for link in links if "hostname" not in link and not link_resolves(site.output, link)] == []
    about = _links(site.output / "about" / "index.html")
    assert about == ["/2026/05/ostvik-pier-opening-delayed-again/"]


def test_a_link_out_of_the_content_folder_is_never_followed(built):
    site, log = built
    story = next(site.output.glob("2026/05/ostvik-pier*/index.html"))
    assert [link for link in _links(story) if "hostname" in link] == []  # its words, not a link to nothing
    text = BeautifulSoup(story.read_text(encoding="utf-8"), "html.parser").select_one(".story-body").get_text(" ")
    assert "A hostile link and an encoded one." in " ".join(text.split())
    for link in ("{static}/../../../../etc/hostname", "{attach}/../../etc/hostname"):
        assert f"articles/2026-05-04-pier.md: published, but its link {link!r} is shown as text, not a link: " \
               "never followed" in log
    assert "copying" not in log and not list(site.output.rglob("hostname"))


def test_no_link_in_an_attributes_text_or_a_linked_folder_reaches_outside_the_site(tmp_path):
    site = SiteFolders(tmp_path / "site")
    outside = tmp_path / "outside"
    (outside / "stories").mkdir(parents=True)
    victim = outside / "victim.txt"
    victim.write_text("not the site's\n", encoding="utf-8")
    os.link(victim, outside / "victim-link.txt")  # a file with two links, as the staging folder's are
    (outside / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    (outside / "stories" / "planted.md").write_text("Title: Planted story\n\nA story from outside the archive, "
                                                    "planted through a linked folder.\n", encoding="utf-8")
    (site.content / "articles" / "linked").symlink_to(outside / "stories")
    (site.content / "images").symlink_to(outside)
    site.add_article("2026-05-04-pier.md", PIER.replace(
        "![The pier in March]({static}/images/pier.png)",
        "![p](/x.png \"x href='{static}/../../outside/victim.txt'\") ![s]({static}/images/secret.png)"))
    log = site.build()
    messages = log.stdout + log.stderr
    assert victim.read_text(encoding="utf-8") == "not the site's\n"
    assert "articles/linked: skipped: a symbolic link to a folder, not followed" in messages
    assert "images/secret.png: skipped: outside the content folder" in messages
    assert not list(site.output.rglob("secret.png")) and not list(site.output.rglob("*planted*"))
    assert sorted(path.name for path in outside.rglob("*")) == ["planted.md", "secret.png", "stories", "victim-link.txt",
                                                               "victim.txt"]


def test_the_archives_sources_are_never_copied_as_files_of_the_site(tmp_path):
    site = SiteFolders(tmp_path)
    site.settings = write_settings(tmp_path, site.content, site.output, site.inbox,
                                   STATIC_PATHS=["articles", "extra", "newsarchive-sources.tsv"])
    (site.content / "extra").mkdir()
    (site.content / "extra" / "CNAME").write_text("desk.example.org\n", encoding="utf-8")
    (site.content / "newsarchive-sources.tsv").write_text("site-1\tOstvik Courier\n", encoding="utf-8")
    site.add_article("2026-05-03-budget.md", BUDGET)
    site.add_article("2026-05-04-draft.md", "Title: Embargoed\nStatus: draft\n\nNot before Monday.\n")
    log = site.build()
    assert (site.output / "extra" / "CNAME").is_file()
    assert not (site.output / "articles").exists() and not (site.output / "newsarchive-sources.tsv").exists()
    assert "articles/2026-05-04-draft.md: skipped: a source of the archive" in log.stdout + log.stderr


def test_a_summary_is_text_pelican_never_rewrites(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-05-03-budget.md", BUDGET.replace(
        "Tags: harbour budget", "Tags: harbour budget\n    Summary: See <a href='{index}javascript:alert(1)'>the index</a>."))
    site.build()
    page = BeautifulSoup(next(site.output.glob("2026/05/*/index.html")).read_text(encoding="utf-8"), "html.parser")
    assert page.find("meta", attrs={"name": "description"})["content"] == \
        "See <a href='{index}javascript:alert(1)'>the index</a>."


def test_feeds_of_a_site_with_relative_urls_link_to_the_files_of_the_site(tmp_path):
    """Under RELATIVE_URLS Pelican replaces a {filename} or {static} link with a path relative to the page that
    shows it; the feeds took the path relative to the story's own URL (…/2026/05/ostvik-pier…/2026/05/ostvik-
    council…/), a link to nothing."""
    site = SiteFolders(tmp_path)
    site.settings = write_settings(tmp_path, site.content, site.output, site.inbox, RELATIVE_URLS=True)
    (site.content / "images").mkdir()
    (site.content / "images" / "pier.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    site.add_article("2026-05-04-pier.md", PIER)
    site.add_article("2026-05-03-budget.md", BUDGET)
    site.build()
    address = "http://localhost:8000/"  # pelicanconf.py's FEED_DOMAIN
    for feed in (site.output / "feeds" / "rss.xml", site.output / "tag" / "ostvik-harbour" / "feed.xml"):
        text = feed.read_text(encoding="utf-8")
        assert f'href="{address}2026/05/ostvik-council-passes-the-harbour-budget/"' in text, feed
        assert f'src="{address}images/pier.png"' in text, feed
