"""End to end: Pelican's theme settings (DEFAULT_DATE_FORMAT, DATE_FORMATS, LINKS, SOCIAL, SUMMARY_MAX_LENGTH)
change the site as a Pelican user expects, leave it as it was when they are not set, and a rebuild after a change
gives the site a cold build gives.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders, run_build, write_settings

pytestmark = pytest.mark.slow

LEAD = "The harbour board met on Monday evening to discuss the ferry timetable for the coming summer season."
MORE = "Members agreed that the early crossing would run every day from June, the chair said afterwards."


def story(number: int, day: int, modified: str = "") -> str:
    headers = f"Title: Harbour ferry story {number}\nDate: 2026-03-{day:02d} 09:30\nTags: ferries, harbour board\n"
    if modified:
        headers += f"Modified: {modified}\n"
    return headers + f"\n{LEAD}\n\n{MORE}\n"


def site_with(root: Path, **settings) -> SiteFolders:
    """Three stories of March 2026 sharing their tags (related stories), one of them updated later."""
    site = SiteFolders(root)
    site.add_article("one.md", story(1, 2))
    site.add_article("two.md", story(2, 5, modified="2026-03-20 10:00"))
    site.add_article("three.md", story(3, 9))
    return configure(site, **settings)


def configure(site: SiteFolders, **settings) -> SiteFolders:
    site.settings = write_settings(site.root, site.content, site.output, site.inbox, **settings)
    return site


def cold_copy(site: SiteFolders, root: Path, **settings) -> SiteFolders:
    """The same articles and ledger in a new folder, with no site, cache or spare copy: a cold build's."""
    root.mkdir()
    shutil.copytree(site.content, root / "content")
    (root / "inbox").mkdir()
    return configure(SiteFolders(root, create=False), **settings)


def page(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text(encoding="utf-8"), "html.parser")


def story_page(output: Path, number: int) -> BeautifulSoup:
    return BeautifulSoup(next(output.glob(f"2026/03/harbour-ferry-story-{number}/index.html")).read_text(
        encoding="utf-8"), "html.parser")


def site_files(output: Path) -> dict[str, bytes]:
    """Every file of a built site but Pagefind's (its filter and meta files are named differently on every run)."""
    return {str(path.relative_to(output)): path.read_bytes() for path in sorted(output.rglob("*"))
            if path.is_file() and "pagefind" not in path.relative_to(output).parts}


def search_fragments(output: Path) -> set[str]:
    """Pagefind's page fragments, named by their content (the page's text and meta, its date among them)."""
    return {path.name for path in output.glob("pagefind/**/*.pf_fragment")}


def time_texts(output: Path) -> dict[str, list[tuple[str, str]]]:
    """Every page's ``<time>`` elements: (datetime attribute, text)."""
    return {relative: [(time.get("datetime"), time.get_text(" ", strip=True))
                       for time in BeautifulSoup(data.decode(), "html.parser").find_all("time")]
            for relative, data in site_files(output).items() if relative.endswith(".html")}


def footer_lists(soup: BeautifulSoup) -> dict[str, list[tuple[str, str]]]:
    return {ul["aria-label"]: [(a.get_text(), a["href"]) for a in ul.find_all("a")]
            for ul in soup.select("footer.site-footer ul.footer-links")}


def test_default_date_format_is_every_shown_date_and_leaves_machine_dates_and_feeds(tmp_path):
    plain = site_with(tmp_path / "plain")
    plain.build()
    dated = cold_copy(plain, tmp_path / "dated", DEFAULT_DATE_FORMAT="%d/%m/%Y (%a)")
    dated.build()
    # the theme's own dates, unchanged, when the setting is not set
    home = page(plain.output, "index.html")
    assert home.select_one(".card time").get_text() == "9 March 2026"
    assert story_page(plain.output, 2).select_one(".story-dateline time").get_text(" ", strip=True) == \
        "5 March 2026 , 09:30 UTC"
    # with it: every date a reader sees, each <time> keeping its machine-readable datetime
    home = page(dated.output, "index.html")
    assert [time.get_text() for time in home.select(".card time")] == \
        ["09/03/2026 (Mon)", "05/03/2026 (Thu)", "02/03/2026 (Mon)"]
    article = story_page(dated.output, 2)
    dateline = article.select(".story-dateline time")
    assert [(time["datetime"], time.get_text()) for time in dateline] == [
        ("2026-03-05T09:30:00+00:00", "05/03/2026 (Thu)"), ("2026-03-20T10:00:00+00:00", "20/03/2026 (Fri)")]
    assert dateline[0]["data-pagefind-filter"] == "year:2026"  # the search's year filter, given inline
    assert {time.get_text() for time in article.select(".related-list time")} == {"09/03/2026 (Mon)", "02/03/2026 (Mon)"}
    assert [time.get_text() for time in page(dated.output, "2026/index.html").select(".headline-list time")] == \
        ["09/03/2026 (Mon)", "05/03/2026 (Thu)", "02/03/2026 (Mon)"]
    assert [time.get_text() for time in page(dated.output, "2026/03/index.html").select("h2 time")] == \
        ["09/03/2026 (Mon)", "05/03/2026 (Thu)", "02/03/2026 (Mon)"]  # a day's heading: the day in that format
    plain_times, dated_times = time_texts(plain.output), time_texts(dated.output)
    assert plain_times.keys() == dated_times.keys()
    for relative, times in dated_times.items():
        assert [moment for moment, _ in times] == [moment for moment, _ in plain_times[relative]], relative
        assert not any("March" in text or "Mar " in text for _, text in times), relative
    for feed in ("feeds/rss.xml", "feeds/atom.xml", "feeds/feed.json", "sitemap.xml"):  # RFC and ISO dates: the same
        assert (dated.output / feed).read_bytes() == (plain.output / feed).read_bytes(), feed


def test_date_formats_for_the_sites_language_wins_with_its_locale_and_another_language_is_not_used(tmp_path):
    site = site_with(tmp_path / "site", DEFAULT_DATE_FORMAT="%d.%m.%Y",
                     DATE_FORMATS={"en": ("C.UTF-8", "%Y-%m-%d %B"), "fr": "%d/%m/%Y"})
    site.build()
    assert page(site.output, "index.html").select_one(".card time").get_text() == "2026-03-09 March"
    other = cold_copy(site, tmp_path / "other", DATE_FORMATS={"fr": "%d/%m/%Y"})  # no story is in French
    other.build()
    assert page(other.output, "index.html").select_one(".card time").get_text() == "9 March 2026"


def test_pelicans_default_date_format_set_explicitly_is_as_good_as_not_set(tmp_path):
    plain = site_with(tmp_path / "plain")
    plain.build()
    explicit = cold_copy(plain, tmp_path / "explicit", DEFAULT_DATE_FORMAT="%a %d %B %Y", DATE_FORMATS={})
    explicit.build()
    assert site_files(explicit.output) == site_files(plain.output)
    assert not footer_lists(page(plain.output, "index.html"))  # no LINKS, no SOCIAL: no list at all


@pytest.mark.parametrize("change", [
    {"DEFAULT_DATE_FORMAT": "%Y-%m-%d"},
    {"DATE_FORMATS": {"en": "%d %b %y"}},
    {"LINKS": (("Harbour authority", "https://harbour.example/"),)},
    {"NEWS_ARCHIVE": {"remove_agency_credits": True}, "SUMMARY_MAX_LENGTH": 6},  # summary_words not set
], ids=["default-date-format", "date-formats", "links", "summary-max-length"])
def test_a_rebuild_after_a_setting_changes_gives_the_cold_builds_site_and_back(tmp_path, change):
    site = site_with(tmp_path / "site")
    site.build()
    before = site_files(site.output), search_fragments(site.output)
    configure(site, **change).build()
    changed = site_files(site.output)
    assert changed != before[0]
    cold = cold_copy(site, tmp_path / "cold", **change)
    cold.build()
    assert changed == site_files(cold.output)
    assert search_fragments(site.output) == search_fragments(cold.output)  # the search index shows the new dates too
    configure(site).build()  # the setting taken out again: the site it was
    assert (site_files(site.output), search_fragments(site.output)) == before


def test_links_and_social_show_in_every_footer_escaped_and_only_with_safe_urls(tmp_path):
    hostile = '</a><script>alert("title")</script><img src=x onerror=alert(1)>'
    links = (
        ("Harbour authority", "https://harbour.example/notices?a=1&b=2"),
        (hostile, 'https://ex.example/"><script>alert(2)</script>'),
        ("Script", "javascript:alert(3)"),
        ("Script, hidden", "  JaVaScRiPt:alert(4)"),
        ("Page", "data:text/html,<script>alert(5)</script>"),
        ("Disk", "file:///etc/passwd"),
        "not a pair",
        ("", "https://nameless.example/"),
    )
    site = site_with(tmp_path / "site", LINKS=links, SOCIAL=[("Mastodon", "https://social.example/@harbour")])
    result = site.build()
    story = next(site.output.glob("2026/03/*/index.html")).relative_to(site.output)
    for relative in ("index.html", "tags/index.html", "404.html", str(story)):
        soup = page(site.output, relative)
        assert footer_lists(soup) == {
            "Links": [("Harbour authority", "https://harbour.example/notices?a=1&b=2"),
                      (hostile, "https://ex.example/%22%3E%3Cscript%3Ealert(2)%3C/script%3E")],
            "Social": [("Mastodon", "https://social.example/@harbour")],
        }, relative
        assert not soup.select("footer script, footer img"), relative
        assert "<script>alert" not in (site.output / relative).read_text(encoding="utf-8"), relative
    said = " ".join(result.stderr.split())
    assert said.count("not shown") == 6, result.stderr[-3000:]
    assert "LINKS: 'Script' is not shown" in said and "LINKS: entry 7 is not a (title, URL) pair" in said


def test_summary_max_length_sets_the_summary_unless_news_archive_does(tmp_path):
    plain = site_with(tmp_path / "plain", NEWS_ARCHIVE={})
    plain.build()
    assert page(plain.output, "index.html").select_one(".card .summary").get_text() == LEAD
    short = cold_copy(plain, tmp_path / "short", NEWS_ARCHIVE={}, SUMMARY_MAX_LENGTH=6)
    result = short.build()
    assert page(short.output, "index.html").select_one(".card .summary").get_text() == \
        "The harbour board met on Monday …"
    assert "SUMMARY_MAX_LENGTH" not in result.stderr
    both = cold_copy(plain, tmp_path / "both", NEWS_ARCHIVE={"summary_words": 45}, SUMMARY_MAX_LENGTH=6)
    result = both.build()
    assert page(both.output, "index.html").select_one(".card .summary").get_text() == LEAD
    assert "SUMMARY_MAX_LENGTH (6) is not used: NEWS_ARCHIVE['summary_words'] (45)" in " ".join(result.stderr.split())
    whole = cold_copy(plain, tmp_path / "whole", NEWS_ARCHIVE={}, SUMMARY_MAX_LENGTH=None)
    result = whole.build()
    assert site_files(whole.output) == site_files(plain.output)
    assert "SUMMARY_MAX_LENGTH = None" in result.stderr


def test_a_summary_max_length_that_is_no_number_of_words_stops_the_build(tmp_path):
    site = site_with(tmp_path / "site", SUMMARY_MAX_LENGTH=0)
    result = run_build(site.settings)
    assert result.returncode != 0 and "SUMMARY_MAX_LENGTH 0 is no number of words" in result.stderr


def test_a_date_format_with_a_time_of_day_heads_a_month_page_s_days_without_one(tmp_path):
    """A day's heading formatted with a time showed midnight, the time of no story ("09 March 2026, 00:00 ");
    the stories' own dates keep theirs."""
    site = site_with(tmp_path / "site", DEFAULT_DATE_FORMAT="%d %B %Y, %H:%M %Z")
    site.build()
    month = page(site.output, "2026/03/index.html")
    assert [time.get_text() for time in month.select("h2 time")] == ["09 March 2026", "05 March 2026", "02 March 2026"]
    assert story_page(site.output, 2).select_one(".story-dateline time").get_text() == "05 March 2026, 09:30 UTC"


@pytest.mark.parametrize(("date_format", "day"), [
    ("%d %B %Y, %H:%M %Z", "%d %B %Y"), ("%Y-%m-%d %H:%M", "%Y-%m-%d"), ("%H:%M, %d %B %Y", "%d %B %Y"),
    ("%a %d %b %Y %I:%M %p", "%a %d %b %Y"), ("%-d %B %Y at %-I.%M%p", "%-d %B %Y"),
    ("%d/%m/%Y (%a)", "%d/%m/%Y (%a)"), ("%d.%m.%Y.", "%d.%m.%Y."), ("%H:%M", None), (None, None),
])
def test_a_day_s_format_is_the_date_format_without_its_time_of_day(date_format, day):
    from newsarchive_pelican.theme_settings import day_format

    assert day_format(date_format) == day


def test_pelicans_defaults_are_the_ones_read_as_not_set():
    from pelican.settings import DEFAULT_CONFIG

    from newsarchive.config import PELICAN_SUMMARY_MAX_LENGTH
    from newsarchive_pelican.theme_settings import site_date_format

    assert PELICAN_SUMMARY_MAX_LENGTH == DEFAULT_CONFIG["SUMMARY_MAX_LENGTH"]
    assert site_date_format(DEFAULT_CONFIG) is None
    assert site_date_format({**DEFAULT_CONFIG, "DEFAULT_DATE_FORMAT": "%d/%m/%Y"}) == "%d/%m/%Y"
    assert site_date_format({**DEFAULT_CONFIG, "DATE_FORMATS": {"en": ("C.UTF-8", "%x")}, "DEFAULT_LANG": "en"}) == "%x"
    assert site_date_format({**DEFAULT_CONFIG, "DATE_FORMATS": {"de": "%d.%m.%Y"}, "DEFAULT_LANG": "en"}) is None


def test_a_site_in_a_right_to_left_language_runs_right_to_left_and_others_are_unmarked(tmp_path):
    """DEFAULT_LANG = "ar" wrote <html lang="ar"> with no direction, so the whole site ran left to right; a site in a
    left-to-right language keeps its pages as they were (no dir attribute)."""
    arabic = site_with(tmp_path / "arabic", DEFAULT_LANG="ar")
    arabic.build()
    english = cold_copy(arabic, tmp_path / "english")
    english.build()
    for relative in ("index.html", "archives/index.html"):
        assert page(arabic.output, relative).html.get("dir") == "rtl"
        assert page(english.output, relative).html.get("dir") is None
    assert story_page(arabic.output, 1).html.get("dir") == "rtl"
