"""End to end: one build over an inbox holding every kind of bad input, mixed with good articles."""
from __future__ import annotations

import codecs
import random
import re
import string

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from robust_kit import MARKER, XSS_TEXT, Site, good_article, page_problems, tree_hashes

pytestmark = pytest.mark.slow

GOOD = {
    "2026-04-01-ferries.txt": good_article("Ferry timetable changes approved in Ostvik").encode(),
    "2026-04-02 same headline a.txt": good_article("Council meets on Tuesday").encode(),
    "2026-04-02 same headline b.txt": (b"Council meets on Tuesday\n\nA second, different report on a second meeting "
                                       b"of a second council in another town.\n"),
    "Ünïcödé naïve name €.txt": good_article("Night trains return to the northern line").encode("cp1252"),
    "crlf.txt": good_article("Wind farm consent granted offshore").replace("\n", "\r\n").encode("utf-16"),
    "lone cr.txt": good_article("Library opens late on Fridays").replace("\n", "\r").encode("utf-8-sig"),
    "cyrillic.txt": good_article("Городской совет утвердил новое расписание").encode(),
    "greek.txt": good_article("Το δημοτικό συμβούλιο ενέκρινε νέο πρόγραμμα").encode(),
    "arabic.txt": good_article("مجلس المدينة يوافق على جدول جديد").encode(),
    "cjk.txt": good_article("市议会批准新的渡轮时刻表").encode(),
    "long.txt": good_article(" ".join(["Extraordinarily"] * 60)).encode(),  # 959 characters
    "path headline.txt": good_article("../../etc/passwd").encode(),
    "controls.txt": good_article("Tram\x00 strike\x1b[31m ends\x0c after\x0b talks", "Mid\x07dle \x7f\x9b text.").encode(),
    "metadata in body.txt": good_article("Market hall reopens", "Title: Injected title", "Date: 1999-01-01",
                                         "Save_as: ../../../escaped.html", "Status: draft").encode(),
    "xss headline.txt": good_article(f'<script>alert("{MARKER}")</script> Mayor <img src=x onerror=alert(1)> resigns',
                                     *XSS_TEXT).encode(),
    "escaped xss headline.txt": good_article(f"&lt;script&gt;alert(&quot;{MARKER}&quot;)&lt;/script&gt; Mayor "
                                             "&#60;img src=x onerror=alert(1)&#62; returns", *XSS_TEXT).encode(),
    "xss.md": (f"Title: <iframe src=javascript:alert('{MARKER}')></iframe> Budget vote\nTags: <script>{MARKER}</script>, !!!,"
               f" 🔥, Budget, 北京\nSummary: <b onmouseover=alert('{MARKER}')>sum</b> ]]> &amp;\n"
               f"Source: <script>{MARKER}</script>\n\n" + "\n\n".join((*XSS_TEXT, "The budget passed."))).encode(),
    "2026-02-30-impossible-date.txt": good_article("Bridge repairs start in spring").encode(),
    "mixed utf8.txt": "Quay “works” finish early\n\nThe harbour’s new quay opened.".encode() + b" Stray \x93bytes\x94 here.\n",
}
DUPLICATE = {"copy of ferries.txt": GOOD["2026-04-01-ferries.txt"].replace(b"\n", b"\r\n")}
BAD = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n\r\n ",
    "headline only.txt": b"Just a headline\n\n",
    "only boilerplate.txt": b"Advertisement\n\nShare on Facebook\n\nCopyright 2025 Ostvik Daily. All rights reserved.\n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
    "random.txt": random.Random(7).randbytes(30_000),
    "too big.txt": b"Big headline\n\n" + b"word " * 300_000,  # 1.5 MB over the 1 MB limit set below
    "one line of megabytes.txt": b"word " * 180_000,
    "bad bom.txt": codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate after a UTF-16 BOM
}


def _hostile_site(tmp_path) -> Site:
    site = Site(tmp_path, NEWS_ARCHIVE={"max_file_bytes": 1_000_000})
    for name, data in {**GOOD, **DUPLICATE, **BAD}.items():
        site.put(name, data)
    return site


def test_a_build_over_every_kind_of_bad_input_publishes_the_good_and_reports_the_bad(tmp_path, theme_scripts):
    site = _hostile_site(tmp_path)
    inbox_before = tree_hashes(site.inbox)
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stderr.splitlines()
    for name in BAD:
        reported = [line for line in lines if name in line and "skipped" in line]
        assert len(reported) == 1, (name, lines)
    assert "too big.txt" in result.stderr and "max_file_bytes" in result.stderr
    assert any("copy of ferries.txt" in line and "same article" in line for line in lines)
    assert f"{len(GOOD)} published, {len(BAD)} skipped, 1 duplicate " in result.stderr
    assert len(site.article_pages()) == len(GOOD)
    assert tree_hashes(site.inbox) == inbox_before  # the user's files are never changed
    archived = tree_hashes(site.content / "articles")
    _check_every_page(site, theme_scripts)
    _check_feed(site)
    assert not list(tmp_path.rglob("escaped.html")) and not (tmp_path.parent / "escaped.html").exists()
    again = site.build()
    assert again.returncode == 0 and tree_hashes(site.content / "articles") == archived  # content/ never rewritten
    assert f"{len(GOOD)} published" in again.stderr


def _check_every_page(site: Site, theme_scripts: set[str]) -> None:
    for page in site.pages():
        html = page.read_bytes().decode("utf-8")  # valid UTF-8 or this raises
        assert page_problems(html, theme_scripts) == [], page
        assert "<script>alert" not in html and "<iframe" not in html and "<img src=x" not in html  # only escaped
    for page in site.output.rglob("index.html"):
        assert site.output in page.resolve().parents
    tag_links = re.findall(r'href="[^"]*/tag/([^"]*)"', "".join(p.read_text() for p in site.pages()))
    assert tag_links and all(link.strip("/") for link in tag_links), "a tag link with an empty slug"


def _check_feed(site: Site) -> None:
    raw = (site.output / "feeds" / "rss.xml").read_bytes()
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    links = [entry.link for entry in feed.entries]
    assert len(links) == len(set(links)) == len(GOOD)
    assert b"<script" not in raw and not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", raw)


PRINTABLE_LINE = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
MARKDOWN_LINES = ("**bold** and _em_", "[a link](https://example.org/x)", "![pic](javascript:alert(1))", "> a quote",
                  "- an item", "    indented code", "```", "# Heading", "a line that wraps\non the next", "&#60;script&#62;",
                  "<https://example.org>", "[ref][1]", "[1]: javascript:alert(1)")
ANY_LINE = st.one_of(PRINTABLE_LINE, st.sampled_from(XSS_TEXT), st.sampled_from(MARKDOWN_LINES),
                     st.sampled_from(["\x00\x1b\x0c", "Advertisement", "]]>"]))


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(ANY_LINE, min_size=1, max_size=6), min_size=1, max_size=5),
       st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from([".txt", ".md"]))
def test_any_set_of_raw_articles_builds_a_valid_safe_site(tmp_path_factory, theme_scripts, articles, line_end, suffix):
    site = Site(tmp_path_factory.mktemp("prop"))
    for index, lines in enumerate(articles):
        name = "".join(random.Random(index).choices(string.ascii_letters + " é-", k=8)) + f"{index}{suffix}"
        site.put(name, (line_end.join(lines) + line_end).encode("utf-8", "surrogatepass"))
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    for page in site.pages():
        assert page_problems(page.read_bytes().decode("utf-8"), theme_scripts) == [], page
    feed = feedparser.parse((site.output / "feeds" / "rss.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")


def test_a_second_scrape_kept_in_the_content_folder_is_reported_with_what_to_do(tmp_path):
    site = Site(tmp_path)
    story = good_article("Harbour cranes to be replaced by 2028")
    site.put("cranes.txt", story.encode())
    site.put("cranes again.txt", (story + "\n• Read also: Ferry fares to rise in May\n").encode())
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    reported = [line for line in result.stderr.splitlines() if "same article as" in line]
    # reported on every build while both copies are there: the line says which stays and how to stop it
    assert len(reported) == 1 and reported[0].endswith(
        "; the copy published first keeps its URL: delete this file to stop this message"), reported
    assert "same article as" in site.build().stderr
