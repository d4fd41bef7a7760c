"""End to end: the ways a reader moves through a built archive: from a story back to its day's list, and through a
month's days. Pages are parsed with BeautifulSoup.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from newsarchive_pelican.sections import date_archive_url

from sitekit import SiteFolders, write_settings

pytestmark = pytest.mark.slow

STORIES = {
    "2026-03-02T0910-ferry.txt": "Ferry timetable cut for winter\n\nThe island ferry will sail twice a day from "
                                 "November, the operator said, citing falling passenger numbers on the route.\n",
    "2026-03-02T1640-library.txt": "Library reopens after flood repairs\n\nThe town library reopened on Monday after "
                                   "six months of repairs to its flooded basement and reading rooms.\n",
    "2026-03-17T0805-bridge.txt": "Bridge inspection finds rusted cables\n\nEngineers inspecting the river bridge found "
                                  "rusted cables on its northern span and asked for a speed limit on lorries.\n",
    "2026-04-02T1515-school.txt": "School roof to be replaced in summer\n\nThe primary school's leaking roof will be "
                                  "replaced over the summer holidays, the education committee agreed on Thursday.\n",
    "2026-04-05T1200-market.txt": "Market traders win fight over rents\n\nTraders at the covered market won their "
                                  "fight against higher rents after the council dropped its plans at a late meeting.\n",
}


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _build(root: Path, **settings) -> SiteFolders:
    site = SiteFolders(root)
    for name, text in STORIES.items():
        (site.inbox / name).write_text(text, encoding="utf-8")
    site.settings = write_settings(root, site.content, site.output, site.inbox, **settings)
    site.build()
    return site


def _articles(site: SiteFolders) -> list[Path]:
    return sorted(site.output.glob("20??/??/*/index.html"))


def _target(site: SiteFolders, href: str) -> tuple[BeautifulSoup, str]:
    """The page a root-relative link leads to, and the id its fragment names."""
    path, _, fragment = href.partition("#")
    return _soup(site.output / path.strip("/") / "index.html"), fragment


@pytest.fixture(scope="module", params=["month pages", "year pages only"])
def built(request, tmp_path_factory) -> SiteFolders:
    """The stories built with Pelican's month pages (the project's settings), and with year pages alone."""
    settings = {} if request.param == "month pages" else {"MONTH_ARCHIVE_SAVE_AS": ""}
    return _build(tmp_path_factory.mktemp("ways"), **settings)


def _day_of(story: BeautifulSoup) -> str:
    return story.select_one(".story-dateline time")["datetime"][:10]


def test_a_story_leads_back_to_its_day_in_the_archive(built):
    pages = _articles(built)
    assert len(pages) == len(STORIES)
    for page in pages:
        story = _soup(page)
        link = story.select_one("nav.story-nav a.story-nav-day")
        assert link is not None, page
        listing, fragment = _target(built, link["href"])
        section = listing.find(id=fragment).find_parent("section")
        assert section.find("time")["datetime"] == _day_of(story)  # the day's heading is the story's day
        url = "/" + page.parent.relative_to(built.output).as_posix() + "/"
        assert section.find("a", href=url) is not None  # and the story is listed under it


def test_the_link_names_the_day_it_leads_to(built):
    page = next(p for p in _articles(built) if "bridge" in p.parent.name)
    assert _soup(page).select_one("a.story-nav-day").get_text(strip=True) == "All stories of Tuesday 17 March 2026"


def test_a_period_page_lists_each_day_once_newest_first_with_its_own_stories(built):
    days_of_stories = {f"/{p.parent.relative_to(built.output).as_posix()}/": _day_of(_soup(p)) for p in _articles(built)}
    for listing in built.output.glob("2026/**/index.html"):
        page = _soup(listing)
        if page.select_one("h2.archive-heading time") is None:
            continue  # a year page of month sections
        headings = [section.find("time")["datetime"] for section in page.select("section.archive-block")]
        assert headings == sorted(set(headings), reverse=True), listing
        for section in page.select("section.archive-block"):
            day = section.find("time")["datetime"]
            assert {days_of_stories[a["href"]] for a in section.select(".headline-list a")} == {day}, listing


def test_without_period_pages_a_story_links_to_none(tmp_path):
    site = _build(tmp_path, MONTH_ARCHIVE_SAVE_AS="", YEAR_ARCHIVE_SAVE_AS="")
    assert all(_soup(page).select_one("a.story-nav-day") is None for page in _articles(site))


def test_a_month_page_opens_with_its_days_between_the_months_around_it(tmp_path):
    site = _build(tmp_path)
    march = _soup(site.output / "2026" / "03" / "index.html")
    strip = march.select_one("nav.month-strip")
    first_day = march.select_one("section.archive-block")
    assert strip is not None and strip.find_next("section") is first_day  # above the first day's stories
    days = [a["href"] for a in strip.select(".day-index a")]
    assert days == [f"#{section.h2['id']}" for section in march.select("section.archive-block")]
    assert [a.get_text(" ", strip=True) for a in strip.select(".day-index a")] == ["Tuesday 17", "Monday 2"]
    assert [a["href"] for a in strip.select(".month-steps a")] == ["/2026/04/"]  # no month before March
    april = _soup(site.output / "2026" / "04" / "index.html").select_one("nav.month-strip")
    assert [a["href"] for a in april.select(".month-steps a")] == ["/2026/03/"]


@pytest.mark.parametrize(("settings", "expected"), [
    ({"MONTH_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/index.html", "MONTH_ARCHIVE_URL": "{date:%Y}/{date:%m}/",
      "YEAR_ARCHIVE_SAVE_AS": "{date:%Y}/index.html", "YEAR_ARCHIVE_URL": "{date:%Y}/"}, "2026/03/#d-2026-03-17"),
    ({"DAY_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/{date:%d}/index.html", "DAY_ARCHIVE_URL": "{date:%Y}/{date:%m}/{date:%d}/",
      "MONTH_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/index.html", "MONTH_ARCHIVE_URL": "{date:%Y}/{date:%m}/"}, "2026/03/17/"),
    ({"YEAR_ARCHIVE_SAVE_AS": "{date:%Y}/index.html", "YEAR_ARCHIVE_URL": "{date:%Y}/"}, "2026/#d-2026-03-17"),
    ({"MONTH_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/index.html", "MONTH_ARCHIVE_URL": "{date:%Y}/{date:%m}/",
      "PAGINATED_TEMPLATES": {"index": None, "period_archives": 20}}, "2026/03/"),
    ({"DAY_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/{date:%d}/index.html", "DAY_ARCHIVE_URL": ""}, None),
    ({}, None),
])
def test_where_a_storys_day_is_found_under_the_settings(settings, expected):
    pattern = date_archive_url(settings)
    assert (pattern.format(date=datetime(2026, 3, 17, 8, 5)) if pattern else None) == expected
