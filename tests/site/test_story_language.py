"""End to end: a story not in the site's language marks its headline and text with its language and direction
(an Arabic or Hebrew story runs right to left), wherever they are shown; a story in the site's language is as
it always was."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

# Written for this test.
ARABIC = """\
افتتاح ميناء جديد للصيد في مدينة الساحل

افتتح وزير الزراعة يوم السبت ميناء جديدا للصيد في مدينة الساحل، بتكلفة بلغت أربعين مليون دولار.

ويتسع الميناء لأكثر من مئتي قارب، وقال الوزير إن الميناء سيغير حياة آلاف الصيادين.

source site-420
"""
ENGLISH = """\
Harbour board approves pier repair

The harbour board in Ostvik voted on Tuesday to spend eight million on the old pier, which traders on the quay have wanted mended since the winter storm.

Work starts in May, and the board said the pier will reopen before the summer season begins.

source site-64
"""


def _page(site: SiteFolders, slug_start: str) -> BeautifulSoup:
    [page] = [path for path in site.output.glob("2026/03/*/index.html") if path.parent.name.startswith(slug_start)]
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def _built(tmp_path, site_language: str, stories: dict[str, str]) -> SiteFolders:
    """A site whose DEFAULT_LANG is ``site_language`` holding ``stories`` (by file name), built."""
    site = SiteFolders(tmp_path)
    site.settings.write_text(site.settings.read_text(encoding="utf-8") + f"DEFAULT_LANG = {site_language!r}\n",
                             encoding="utf-8")
    for name, text in stories.items():
        site.add_article(name, text)
    assert site.build().returncode == 0
    return site


def test_an_arabic_story_runs_right_to_left_and_an_english_one_is_unmarked(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-port.txt", ARABIC)
    site.add_article("2026-03-03-pier.txt", ENGLISH)
    assert site.build().returncode == 0
    arabic, english = _page(site, "ftth"), _page(site, "harbour")
    for element in (arabic.select_one("h1.story-title"), arabic.select_one(".story-body")):
        assert (element.get("lang"), element.get("dir")) == ("ar", "rtl")
    assert arabic.select_one("html")["lang"] == "en"  # the site's own words (navigation, dateline) stay English
    assert arabic.select_one(".story-dateline").get("dir") is None
    for element in (english.select_one("h1.story-title"), english.select_one(".story-body")):
        assert element.get("lang") is None and element.get("dir") is None
    newer = english.select_one(".story-nav-older .story-nav-title")  # the Arabic story, linked from the English one
    assert (newer.get("lang"), newer.get("dir")) == ("ar", "rtl")
    home = BeautifulSoup((site.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    marked = {card.select_one(".card-title a").get_text(): (card.select_one(".card-title").get("dir"),
                                                            card.select_one(".summary").get("dir"))
              for card in home.select("article.card")}
    assert marked == {"افتتاح ميناء جديد للصيد في مدينة الساحل": ("rtl", "rtl"),
                      "Harbour board approves pier repair": (None, None)}


def test_a_story_in_the_site_language_is_unmarked(tmp_path):
    page = _page(_built(tmp_path, "ar", {"2026-03-02-port.txt": ARABIC}), "ftth")
    assert page.select_one("html")["lang"] == "ar"
    assert page.select_one("h1.story-title").get("lang") is None


@pytest.mark.parametrize("site_language", ["en-GB", "en_GB"])
def test_a_story_in_the_site_language_written_with_a_region_is_unmarked(tmp_path, site_language):
    """DEFAULT_LANG 'en_GB' (a locale's spelling, which the site's direction already read as English) marked every
    English story lang="en", and wrapped each feed item in it, as if in another language."""
    site = _built(tmp_path, site_language, {"2026-03-03-pier.txt": ENGLISH, "2026-03-02-port.txt": ARABIC})
    english, arabic = _page(site, "harbour"), _page(site, "ftth")
    assert english.select_one("h1.story-title").get("lang") is None
    assert english.select_one(".story-body").get("lang") is None
    assert (arabic.select_one("h1.story-title").get("lang"), arabic.select_one("h1.story-title").get("dir")) == ("ar", "rtl")


# Written for this test.
PERSIAN = """\
بازگشایی بندر تازه ماهیگیری در شهر ساحلی

وزیر کشاورزی روز شنبه بندر تازه‌ای برای ماهیگیری در شهر ساحلی گشود که چهل میلیون دلار هزینه داشت.

این بندر گنجایش بیش از دویست قایق را دارد و وزیر گفت که زندگی هزاران ماهیگیر را تغییر خواهد داد.

source site-421
"""


def test_a_persian_story_on_a_persian_site_is_unmarked(tmp_path):
    """A site whose DEFAULT_LANG is 'fa' (right to left as a whole) marked each Persian story lang="ar", told to be
    Arabic by its alphabet."""
    site = _built(tmp_path, "fa", {"2026-03-02-port.txt": PERSIAN})
    [path] = site.output.glob("2026/03/*/index.html")
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    assert (page.select_one("html")["lang"], page.select_one("html").get("dir")) == ("fa", "rtl")
    assert page.select_one("h1.story-title").get("lang") is None
    assert page.select_one(".story-body").get("lang") is None
