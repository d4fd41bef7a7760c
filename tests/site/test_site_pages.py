"""End to end: pages of the site itself (content/pages/, Pelican's PAGE_PATHS: an About page) are
published as written, listed in every page's navigation, and never take a URL of the archive.

Pages are parsed with BeautifulSoup.
"""
from __future__ import annotations

import textwrap

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

PIER = """\
    Ostvik pier opening delayed again

    The opening of the new pier at Ostvik has been delayed until next spring, the harbour board said on Monday.

    Contractors blamed the winter storms, which damaged the pier's foundations twice.
    """
ABOUT = """\
    Title: About the desk
    Slug: about

    This archive keeps the **Ostvik** harbour's news. <script>alert('page')</script> stays text.

    Sign up to our newsletter at the harbour office.
    """


def _add_page(site: SiteFolders, name: str, text: str) -> None:
    (site.content / "pages").mkdir(exist_ok=True)
    (site.content / "pages" / name).write_text(textwrap.dedent(text), encoding="utf-8")


def _soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _nav(page: BeautifulSoup) -> list[tuple[str, bool]]:
    return [(link.get_text(), link.get("aria-current") == "page") for link in page.select("nav.site-nav a")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[SiteFolders, str]:
    site = SiteFolders(tmp_path_factory.mktemp("pages"))
    site.add_article("2026-05-04-pier.txt", PIER)
    _add_page(site, "about.md", ABOUT)
    _add_page(site, "tags.md", "Tags\n\nA page that would replace the tags page.\n")
    _add_page(site, "later.md", "Title: Coming soon\nStatus: draft\n\nNot yet.\n")
    _add_page(site, "stars.md", "Title: ★★★\n\nA title of symbols alone.\n")
    _add_page(site, "about2.md", "Title: About us too\nSlug: About\n\nA second page asking for /about/.\n")
    result = site.build()
    return site, result.stdout + result.stderr


def test_the_page_is_published_as_written_with_its_markup_escaped(built):
    site, _ = built
    page = _soup(site.output / "about" / "index.html")
    assert page.select_one("h1.story-title").get_text() == "About the desk"
    body = page.select_one(".story-body")
    assert body.find("strong").get_text() == "Ostvik" and body.find("script") is None
    assert "<script>alert('page')</script>" in body.get_text()
    assert "Sign up to our newsletter" in body.get_text()  # a page is not scraped: nothing is cleaned away
    assert _nav(page)[-1] == ("About the desk", True)


def test_every_page_of_the_archive_links_to_it(built):
    site, _ = built
    for path in (site.output / "index.html", next(site.output.glob("2026/05/*/index.html")), site.output / "tags" / "index.html"):
        assert ("About the desk", False) in _nav(_soup(path)), path
    assert "/about/" in (site.output / "sitemap.xml").read_text(encoding="utf-8")


def test_a_page_that_would_replace_a_page_of_the_archive_or_is_a_draft_is_reported_not_published(built):
    site, log = built
    assert "pages/tags.md: skipped: its URL would be /tags/, a part of the site" in log
    assert "pages/later.md: skipped: not published: its header says 'Status: draft'" in log
    assert "pages/stars.md: skipped: its title makes no URL" in log  # it would have been the home page
    # of two pages asking for one URL, the first by file name keeps it
    assert "pages/about2.md: skipped: its URL would be /about/, as pages/about.md's is" in log
    assert _soup(site.output / "index.html").select_one(".card") is not None
    assert _soup(site.output / "tags" / "index.html").select_one("h1").get_text(strip=True) == "Tags"
    assert "A page that would replace" not in (site.output / "tags" / "index.html").read_text(encoding="utf-8")
    assert not (site.output / "coming-soon").exists()


def test_a_page_added_to_a_built_site_appears_in_the_navigation_of_pages_kept_from_before(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-05-04-pier.txt", PIER)
    site.build()
    story = next(site.output.glob("2026/05/*/index.html"))
    assert _soup(story).select_one("h1").get_text() == "Ostvik pier opening delayed again"
    _add_page(site, "contact.md", "# Contact\n\nWrite to desk@example.org.\n")
    site.build()
    assert ("Contact", False) in _nav(_soup(story))
