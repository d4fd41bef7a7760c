"""End to end: Pelican's links in a story or page that lead to nothing the site writes (an author page under
``AUTHOR_SAVE_AS = ""``, a file that is no story, a tag no story has) are shown as their text, on the page, in the
feeds and in the search index, and reported naming the file and the link; a file a story links with ``{attach}``
beside it in ``content/articles/`` is published beside its page."""
from __future__ import annotations

import gzip
import json
import textwrap

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders, link_resolves

pytestmark = pytest.mark.slow

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
PIER = """\
    Title: Ostvik pier opening delayed again
    Author: Jane Roe

    The opening of the new pier at Ostvik has been delayed until next spring, the harbour board said on Monday.

    ![Traffic at the pier since 2020]({attach}pier-chart.png)

    Reported by [Jane Roe]({author}jane-roe) with [an earlier story]({filename}missing-story.md), filed under
    [earlier coverage]({tag}lighthouse-keepers); see also [the budget]({filename}2026-05-03-budget.md) and
    [budget stories]({tag}harbour-budget), and the [old map ![old map]({static}/images/gone.png)]({filename}gone.md);
    the [embargoed figures]({filename}2026-05-05-draft.md) are not out yet.
    """
BUDGET = """\
    Title: Ostvik council passes the harbour budget
    Tags: harbour budget

    The council approved the harbour budget on Monday after a long debate that ran late into the evening.
    """
DRAFT = """\
    Title: Embargoed harbour figures
    Status: draft

    Not before Monday: ![the figures]({attach}embargoed-figures.png)
    """
ABOUT = """\
    Title: About
    Slug: about

    Written by [the desk]({author}the-desk); start with [the pier story]({filename}../articles/2026-05-04-pier.md).
    """
DEAD = ("{author}jane-roe", "{filename}missing-story.md", "{tag}lighthouse-keepers", "{static}/images/gone.png",
        "{filename}gone.md", "{filename}2026-05-05-draft.md")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[SiteFolders, str]:
    site = SiteFolders(tmp_path_factory.mktemp("storylinks"))
    (site.content / "articles" / "pier-chart.png").write_bytes(PNG)
    (site.content / "articles" / "embargoed-figures.png").write_bytes(PNG)
    (site.content / "pages").mkdir()
    (site.content / "pages" / "about.md").write_text(textwrap.dedent(ABOUT), encoding="utf-8")
    site.add_article("2026-05-04-pier.md", PIER)
    site.add_article("2026-05-03-budget.md", BUDGET)
    site.add_article("2026-05-05-draft.md", DRAFT)
    result = site.build()
    return site, result.stdout + result.stderr


def _story(site: SiteFolders) -> BeautifulSoup:
    page = site.output / "2026" / "05" / "ostvik-pier-opening-delayed-again" / "index.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(".story-body")


def test_a_link_to_nothing_the_site_writes_is_its_text_on_the_page(built):
    site, _ = built
    body = _story(site)
    links = [element.get("href") or element.get("src") for element in body.select("a, img")]
    assert [link for link in links if not link_resolves(site.output, link)] == []
    assert "/2026/05/ostvik-council-passes-the-harbour-budget/" in links and "/tag/harbour-budget/" in links
    text = body.get_text(" ", strip=True)
    assert "Reported by Jane Roe with an earlier story, filed under earlier coverage;" in text
    assert "and the old map old map; the embargoed figures are not out yet." in text
    about = BeautifulSoup((site.output / "about" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [a["href"] for a in about.select(".story-body a, main a[href*='pier']")][:1] == \
        ["/2026/05/ostvik-pier-opening-delayed-again/"]
    assert "Written by the desk" in about.get_text(" ", strip=True) and not about.select("a[href*='author']")


def test_each_such_link_is_reported_naming_the_file_and_the_link(built):
    _, log = built
    for link in DEAD:
        assert f"articles/2026-05-04-pier.md: published, but its link '{link}' is shown as text" in log, link
    assert "pages/about.md: published, but its link '{author}the-desk' is shown as text" in log
    assert "AUTHOR_SAVE_AS is empty" in log
    assert "'{static}/images/gone.png' is shown as text, not a link: there is no file images/gone.png" in log
    assert "'{filename}missing-story.md' is shown as text, not a link: there is no file articles/missing-story.md" in log
    assert "'{filename}2026-05-05-draft.md' is shown as text, not a link: articles/2026-05-05-draft.md is not " \
           "published" in log
    assert "{filename}2026-05-03-budget.md'" not in log and "{tag}harbour-budget'" not in log
    assert "Unable to find" not in log  # Pelican's own warning, which named no story


def test_the_feeds_and_the_search_index_hold_no_dead_link(built):
    site, _ = built
    for feed in ("rss.xml", "atom.xml", "feed.json"):
        text = (site.output / "feeds" / feed).read_text(encoding="utf-8")
        if feed.endswith(".json"):
            text = "".join(item["content_html"] for item in json.loads(text)["items"])
        assert "Reported by Jane Roe with an earlier story" in text, feed
        assert not any(mark in text for mark in ("author/", "missing-story", "lighthouse-keepers", "gone.png", "{")), feed
    fragments = [json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
                 for path in site.output.glob("pagefind/**/*.pf_fragment")]  # (Pagefind's page fragments)
    pier = [fragment["content"] for fragment in fragments if "ostvik-pier-opening" in fragment["url"]]
    assert len(pier) == 1 and "Reported by Jane Roe with an earlier story, filed under earlier coverage;" in pier[0]
    assert "{" not in pier[0]


def test_an_attached_file_beside_the_story_is_published_beside_its_page(built):
    site, log = built
    chart = site.output / "2026" / "05" / "ostvik-pier-opening-delayed-again" / "pier-chart.png"
    assert chart.read_bytes() == PNG
    assert "/2026/05/ostvik-pier-opening-delayed-again/pier-chart.png" in [img["src"] for img in _story(site)("img")]
    assert "pier-chart.png: skipped" not in log
    rss = (site.output / "feeds" / "rss.xml").read_text(encoding="utf-8")
    assert "http://localhost:8000/2026/05/ostvik-pier-opening-delayed-again/pier-chart.png" in rss


def test_a_file_only_a_draft_attaches_is_not_published(built):
    site, _ = built
    assert not list(site.output.rglob("embargoed-figures.png")) and not (site.output / "articles").exists()


def test_a_link_shown_as_text_becomes_a_link_once_its_story_is_published(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-05-04-pier.md", PIER)
    first = site.build()
    assert "'{filename}2026-05-03-budget.md' is shown as text" in first.stdout + first.stderr
    assert "/2026/05/ostvik-council-passes-the-harbour-budget/" not in [a["href"] for a in _story(site)("a")]
    site.add_article("2026-05-03-budget.md", BUDGET)
    second = site.build()
    assert "2026-05-03-budget.md' is shown as text" not in second.stdout + second.stderr
    assert "/2026/05/ostvik-council-passes-the-harbour-budget/" in [a["href"] for a in _story(site)("a")]


def test_a_file_a_story_in_the_inbox_attaches_is_copied_and_published_with_it(tmp_path):
    """A story dropped into the inbox with its image beside it: the story was copied into content/articles/, the
    image reported as "not read: a .png file", and the story's link led nowhere."""
    site = SiteFolders(tmp_path)
    (site.inbox / "north").mkdir()
    (site.inbox / "north" / "pier-chart.png").write_bytes(PNG)
    (site.inbox / "ferry-chart.png").write_bytes(PNG + b"other")
    (site.inbox / "stray.png").write_bytes(PNG)
    site.add_article("north/2026-05-04-pier.md", PIER, folder="inbox")
    site.add_article("2026-05-03-budget.md", BUDGET.replace("Monday", "Monday ![chart]({attach}ferry-chart.png)")
                     .replace("Tags: harbour budget", "Tags: harbour budget\n    Date: 2026-05-03"), folder="inbox")
    (site.content / "articles" / "ferry-chart.png").write_bytes(PNG + b"the archive's own")
    before = {path: path.read_bytes() for path in site.inbox.rglob("*") if path.is_file()}
    log = site.build()
    messages = log.stdout + log.stderr
    assert (site.content / "articles" / "pier-chart.png").read_bytes() == PNG
    chart = site.output / "2026" / "05" / "ostvik-pier-opening-delayed-again" / "pier-chart.png"
    assert chart.read_bytes() == PNG and "pier-chart.png" in [img["src"].rsplit("/", 1)[1] for img in _story(site)("img")]
    assert "pier-chart.png: skipped" not in messages and "stray.png: skipped: not read: a .png file" in messages
    collision = "ferry-chart.png: skipped: not copied: 2026-05-03-budget.md links it, and beside its copy " \
                "articles/ferry-chart.png is another file"
    assert collision in messages
    assert (site.content / "articles" / "ferry-chart.png").read_bytes() == PNG + b"the archive's own"
    assert {path: path.read_bytes() for path in site.inbox.rglob("*") if path.is_file()} == before
    again = site.build()
    assert "pier-chart.png" not in again.stdout + again.stderr and collision in again.stdout + again.stderr
