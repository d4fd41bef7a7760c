"""Property tests over arbitrary raw articles: extraction never raises, output is clean, feed and HTML stay valid."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, UTC

import feedparser
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsarchive.config import ArchiveConfig
from newsarchive.decode import CONTROL_CHARACTERS as WHOLE_CLASS
from newsarchive.decode import strip_control_characters
from newsarchive.feeds import FeedChannel, FeedItem, build_rss
from newsarchive.model import Rejected
from newsarchive.pipeline import prepare_bytes, tag_articles
from newsarchive.reading import read_article
from newsarchive.render import make_renderer, render_markdown
from robust_kit import CONTROL_CHARACTERS, XSS_TEXT, page_problems

CONFIG = ArchiveConfig()
RENDERER = make_renderer()
BOILERPLATE = ("Advertisement", "Share on Facebook", "Read more: the full story", "Copyright 2025 Daily. All rights reserved.",
               "By Jane Smith", "Updated 12 March 2025", "Comments (3)", "source site-12", "Sign up for our newsletter")
# Any code point, with control characters, lone-surrogate neighbours and non-characters over-represented.
AWKWARD = st.sampled_from(["\x00", "\x1b", "\x0c", "\x0b", "\r", "\x85", "\x9b", "\ud7ff", "\ue000", "\ufffd",
                           "\ufffe", "\uffff", "\U0010ffff", "\u2028", "\u202e", "<", "&", "]]>", "\t", "*", "#", "`"])
LINE = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.lists(st.one_of(AWKWARD, st.text(max_size=8)), max_size=12).map("".join),
    st.sampled_from(BOILERPLATE),
    st.sampled_from(XSS_TEXT),
)
LINE_END = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\x0c"])
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])


@st.composite
def raw_articles(draw) -> bytes:
    lines = draw(st.lists(LINE, min_size=0, max_size=12))
    ends = draw(st.lists(LINE_END, min_size=len(lines), max_size=len(lines)))
    text = "".join(line + end for line, end in zip(lines, ends))
    encoding = draw(ENCODING)
    return text.encode(encoding, errors="replace" if encoding in {"cp1252", "latin-1"} else "surrogatepass")


def _clean(value: str) -> bool:
    value.encode("utf-8")  # raises on a lone surrogate
    return not CONTROL_CHARACTERS.search(value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html", "a"]))
def test_reading_arbitrary_bytes_never_raises(data, name):
    result = read_article(name, data, 10_000)
    if not isinstance(result, Rejected):
        assert _clean(result.text)
        assert all(_clean(value) for value in (result.declared.title or "", result.declared.source or ""))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_articles(), st.sampled_from(["story.txt", "story.md"]))
def test_extraction_never_raises_and_gives_clean_text_and_safe_html(data, name):
    prepared = prepare_bytes(name, data, CONFIG)
    if isinstance(prepared, Rejected):
        assert prepared.reason and "\n" not in prepared.reason
        return
    article = tag_articles((prepared,), CONFIG)[0]
    for value in (article.title, article.summary, article.body_markdown, *article.tags):
        assert _clean(value), repr(value)
    html = render_markdown(RENDERER, article.body_markdown)
    assert page_problems(f"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>", set()) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(raw_articles(), min_size=1, max_size=8))
def test_a_feed_of_any_articles_is_well_formed(raws):
    prepared = [p for p in (prepare_bytes(f"{i}.txt", raw, CONFIG) for i, raw in enumerate(raws)) if not isinstance(p, Rejected)]
    articles = tag_articles(prepared, CONFIG)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    items = [FeedItem(title=a.title, link=f"https://example.org/{i}/", guid=f"urn:x:{i}", date=start + timedelta(hours=i),
                      summary=a.summary, content_html=render_markdown(RENDERER, a.body_markdown), tags=a.tags, source=a.source)
             for i, a in enumerate(articles)]
    channel = FeedChannel(title="Site", site_url="https://example.org/", feed_url="https://example.org/feeds/rss.xml",
                          description="d")
    parsed = feedparser.parse(build_rss(channel, items))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == len(items)
    assert "<script" not in "".join(entry.get("summary", "") for entry in parsed.entries)


def test_the_page_checker_finds_injected_markup():
    page = ('<!DOCTYPE html><html><head><title>t</title></head><body><p>ok</p>{}</body></html>')
    assert page_problems(page.format(""), set()) == []
    for injected in ('<script>alert("PWNED")</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:x()">x</a>',
                     '<iframe src="x"></iframe>', '\x1b[31m'):
        assert page_problems(page.format(injected), set()), injected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=60) | st.text(alphabet=st.characters(max_codepoint=0x7f), max_size=60)
       | st.text(alphabet=st.characters(max_codepoint=0xffff), max_size=60))
@example("caf\u00e9 \x85 \ufdd0 \ud800 \x01")  # non-ASCII, no astral character: the BMP shortcut
@example("\U0001F600 \U0001fffe \U0010ffff \x9f")  # astral characters: the whole class
def test_stripping_control_characters_takes_out_exactly_the_control_class(text):
    """The ASCII and BMP shortcuts of ``strip_control_characters`` remove what the whole class removes."""
    assert strip_control_characters(text) == WHOLE_CLASS.sub("", text)


@pytest.mark.parametrize("line", [
    " ".join(["2021-03-04"] * 16) + " x",
    " · ".join(["May 3, 2024"] * 5) + " x",
    "@desk / " + " ".join(["2021-03-04"] * 14) + " x",
    "Updated " + " ".join(["May 3, 2024"] * 7) + " zz",
], ids=["dates-then-word", "dotted-dates-then-word", "handle-dates-then-word", "stamp-dates-then-word"])
def test_a_line_of_many_dates_is_cleaned_without_runaway_backtracking(line):
    """A run of dates that does not end a stamp once took exponential time to fail (a short line,
    within the timestamp and byline families' length): the cleaner must finish it at once. A regex
    holds the interpreter, so the line is cleaned in a child process that a timeout can stop."""
    code = "import sys; from newsarchive.clean import clean_article; clean_article(sys.argv[1])"
    completed = subprocess.run([sys.executable, "-c", code, f"Headline\n\n{line}\n\nA story.\n"],
                               timeout=RUNAWAY_SECONDS, capture_output=True)
    assert completed.returncode == 0, completed.stderr


RUNAWAY_SECONDS = 60  # the child needs about a second, mostly imports; only a runaway match gets near this
