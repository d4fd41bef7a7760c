"""The theme on its own: templates and stylesheet checked without building a site.

Templates are parsed and rendered with Jinja directly (autoescape on, as in
pelicanconf.py) against small stand-ins for Pelican's objects, so a broken
template, an unescaped field or an external resource fails here in milliseconds.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader
from newsarchive_pelican.theme_words import site_words, teach

THEME = Path(__file__).resolve().parents[2] / "theme"
TEMPLATES = THEME / "templates"
STATIC = THEME / "static"
TEMPLATE_NAMES = sorted(path.name for path in TEMPLATES.glob("*.html"))
PAGE_TEMPLATES = sorted(name for name in TEMPLATE_NAMES if not name.startswith("_"))
# Author and category pages are not generated (their *_SAVE_AS are "" in pelicanconf.py): no templates for them.
REQUIRED = ("base.html", "index.html", "article.html", "tag.html", "tags.html", "archives.html",
            "period_archives.html", "search.html", "404.html", "page.html")

# Absolute URLs the theme may contain: identifiers, never fetched.
ALLOWED_URLS = ("https://schema.org", "http://www.w3.org/2000/svg")
# `|safe` is allowed only on HTML the reader already rendered safely.
ALLOWED_SAFE = ("article.content|safe", "page.content|safe")
HOSTILE = 'Rates & <script>alert("x")</script> </script><b>bold</b>'
SITEURL = "https://news.example"


# ---- Stand-ins for Pelican objects -------------------------------------------------------------

@dataclass(frozen=True)
class FakeTag:
    name: str
    slug: str

    @property
    def url(self) -> str:
        return f"tag/{self.slug}/"


@dataclass
class FakeArticle:
    title: str
    slug: str
    date: datetime
    summary: str = "A short plain-text summary."
    content: str = "<p>First paragraph.</p><h2>A subhead</h2><p>Second paragraph.</p>"
    source: str | None = "site-7"
    tags: list = field(default_factory=list)
    word_count: int = 240
    reading_minutes: int = 2
    truncated: bool = False
    newer_article: object = None
    older_article: object = None
    related_articles: list = field(default_factory=list)
    metadata: dict = field(default_factory=dict)  # what the reader gave Pelican (a byline's "authors")

    @property
    def url(self) -> str:
        return f"{self.date:%Y}/{self.date:%m}/{self.slug}/"


@dataclass
class FakePage:
    number: int
    object_list: list
    url: str


@dataclass
class FakePaginator:
    pages: list

    @property
    def num_pages(self) -> int:
        return len(self.pages)

    def page(self, number: int) -> FakePage:
        return self.pages[number - 1]


def make_articles(count: int = 12) -> list[FakeArticle]:
    tags = [FakeTag("Harbour Line", "harbour-line"), FakeTag("Trams", "trams"), FakeTag("Budget", "budget")]
    start = datetime(2026, 3, 20, 14, 45, tzinfo=timezone(timedelta(hours=1)))
    articles = [FakeArticle(title=f"Story number {n}", slug=f"story-{n}", date=start - timedelta(days=4 * n),
                            tags=tags[: 1 + n % 3]) for n in range(count)]
    articles[0].title = HOSTILE
    articles[0].summary = HOSTILE
    articles[0].source = HOSTILE
    articles[0].tags = [FakeTag(HOSTILE, "hostile"), *tags]
    articles[0].truncated = True
    articles[0].older_article = articles[1]
    articles[0].related_articles = articles[1:4]
    articles[1].newer_article = articles[0]
    return articles


def paginate(articles: list, base: str, per_page: int = 10) -> FakePaginator:
    chunks = [articles[i:i + per_page] for i in range(0, len(articles), per_page)]
    return FakePaginator([FakePage(n, chunk, base if n == 1 else f"{base}page/{n}/")
                          for n, chunk in enumerate(chunks, start=1)])


def base_context(articles: list) -> dict:
    tags = {}
    for article in articles:
        for tag in article.tags:
            tags.setdefault(tag, []).append(article)
    cloud = sorted(((tag, len(tagged), 1 + min(len(tagged), 4)) for tag, tagged in tags.items()),
                   key=lambda item: -item[1])
    months = {}
    for article in articles:
        months.setdefault((article.date.year, article.date.month), []).append(article)
    month_archives = [{"period": (year, datetime(year, month, 1).strftime("%B")), "period_num": (year, month),
                       "url": f"{year}/{month:02d}/", "dates": dated} for (year, month), dated in months.items()]
    return {
        "SITENAME": "The Test Desk", "SITESUBTITLE": "Tested news", "SITEURL": SITEURL, "DEFAULT_LANG": "en",
        "THEME_STATIC_DIR": "theme",
        "SITE_FEEDS": {"rss": "feeds/rss.xml", "atom": "feeds/atom.xml", "json": "feeds/feed.json"}, "TAGS_URL": "tags/", "ARCHIVES_URL": "archives/",
        "TAG_FEED_PATTERN": "tag/{slug}/feed.xml",
        "SEARCH_URL": "search/", "SITE_SECTIONS": {"tags": "tags/", "archives": "archives/", "search": "search/"},
        "YEAR_ARCHIVE_URL": "{date:%Y}/", "MONTH_ARCHIVE_URL": "{date:%Y}/{date:%m}/",
        "DAY_ARCHIVE_URL": "", "articles": articles, "dates": articles, "tags": list(tags.items()),
        "tag_cloud": cloud, "tag_counts": {tag.slug: len(tagged) for tag, tagged in tags.items()},
        "period_archives": {"year": [{"period": (2026,), "period_num": (2026,), "url": "2026/", "dates": articles}],
                            "month": month_archives},
    }


def page_contexts() -> dict[str, tuple[str, dict]]:
    """Template name and extra context for one page of every kind a build writes."""
    articles = make_articles()
    index = paginate(articles, "")
    tag = articles[0].tags[1]
    tagged = [article for article in articles if tag in article.tags]
    tag_pages = paginate(tagged, tag.url)
    listing = {"articles_paginator": index, "articles_page": index.page(1),
               "articles_previous_page": None, "articles_next_page": index.page(2)}
    return {
        "index": ("index.html", listing),
        "index-page-2": ("index.html", {**listing, "articles_page": index.page(2),
                                        "articles_previous_page": index.page(1), "articles_next_page": None}),
        "article": ("article.html", {"article": articles[0]}),
        "article-plain": ("article.html", {"article": articles[5]}),
        "tag": ("tag.html", {"tag": tag, "articles": tagged, "articles_paginator": tag_pages,
                             "articles_page": tag_pages.page(1), "articles_previous_page": None,
                             "articles_next_page": None}),
        "tags": ("tags.html", {}),
        "archives": ("archives.html", {}),
        "year": ("period_archives.html", {"period": (2026,), "period_num": (2026,)}),
        "month": ("period_archives.html", {"period": (2026, "March"), "period_num": (2026, 3),
                                           "dates": [a for a in articles if a.date.month == 3]}),
        "search": ("search.html", {}),
        "404": ("404.html", {}),
    }


@pytest.fixture(scope="module")
def env() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    teach(environment, site_words({"DEFAULT_LANG": "en", "THEME": str(TEMPLATES.parent)}))
    return environment


def render(env: Environment, name: str, extra: dict) -> str:
    context = base_context(make_articles())
    context.update(extra)
    return env.get_template(name).render(context)


# ---- Static checks -------------------------------------------------------------------------

@pytest.mark.parametrize("name", REQUIRED, ids=REQUIRED)
def test_required_template_exists(name):
    assert (TEMPLATES / name).is_file()


@pytest.mark.parametrize("name", TEMPLATE_NAMES, ids=TEMPLATE_NAMES)
def test_template_parses(env, name):
    env.parse((TEMPLATES / name).read_text(encoding="utf-8"))


def theme_text_files():
    return sorted(p for p in THEME.rglob("*") if p.is_file() and p.suffix in {".html", ".css", ".svg", ".js"})


@pytest.mark.parametrize("path", theme_text_files(), ids=lambda p: str(p.relative_to(THEME)))
def test_no_external_resources(path):
    text = path.read_text(encoding="utf-8")
    urls = [url for url in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)
            if not url.startswith(ALLOWED_URLS)]
    assert urls == []
    assert "@import" not in text and "@font-face" not in text


@pytest.mark.parametrize("name", TEMPLATE_NAMES, ids=TEMPLATE_NAMES)
def test_safe_filter_only_on_rendered_content(name):
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    uses = re.findall(r"([\w.]+)\s*\|\s*safe\b", text)
    assert all(f"{use}|safe" in ALLOWED_SAFE for use in uses), uses
    assert "autoescape false" not in text and "|e " not in text.replace(" ", " ")


@pytest.mark.parametrize("name", TEMPLATE_NAMES, ids=TEMPLATE_NAMES)
def test_scripts_only_on_search_page_and_json_ld(name):
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    scripts = re.findall(r"<script\b([^>]*)>", text)
    allowed = {' type="application/ld+json"'} if name == "article.html" else set()
    if name == "search.html":
        allowed |= {' src="{{ search_root }}/pagefind/pagefind-ui.js"', ""}
    if name == "_macros.html":  # the theme's own copy button for a feed's address, where one is shown
        allowed |= {' src="{{ SITEURL }}/{{ THEME_STATIC_DIR|default(\'theme\', true) }}/js/feeds.js" defer'}
    assert set(scripts) <= allowed


def test_stylesheet_covers_dark_mode_print_and_focus():
    css = (STATIC / "css" / "main.css").read_text(encoding="utf-8")
    for needle in ("prefers-color-scheme: dark", "@media print", ":focus-visible", "max-width: 40rem"):
        assert needle in css
    assert re.search(r"--measure:\s*6\dch|--measure:\s*7\dch", css), "line length should be 60-80 characters"


def test_stylesheet_is_small():
    assert (STATIC / "css" / "main.css").stat().st_size < 30_000


# ---- Rendered pages ------------------------------------------------------------------------

PAGES = page_contexts()


@pytest.fixture(scope="module")
def rendered(env) -> dict[str, BeautifulSoup]:
    return {key: BeautifulSoup(render(env, name, extra), "html.parser") for key, (name, extra) in PAGES.items()}


@pytest.mark.parametrize("key", PAGES, ids=list(PAGES))
def test_page_skeleton(rendered, key):
    soup = rendered[key]
    assert soup.html["lang"] == "en"
    assert len(soup.find_all("h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark) is not None, landmark
    assert soup.find("a", class_="skip-link")["href"] == "#main"
    assert soup.title.string.endswith("The Test Desk")
    assert soup.find("meta", attrs={"name": "viewport"})
    assert soup.find("meta", attrs={"name": "description"})["content"].strip()


@pytest.mark.parametrize("key", PAGES, ids=list(PAGES))
def test_feeds_and_search_form_on_every_page(rendered, key):
    soup = rendered[key]
    types = {link["type"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert types["application/rss+xml"].startswith(SITEURL + "/")
    assert types["application/atom+xml"] == f"{SITEURL}/feeds/atom.xml"
    assert types["application/feed+json"] == f"{SITEURL}/feeds/feed.json"
    form = soup.find("form", class_="site-search")
    assert form["action"] == f"{SITEURL}/search/" and form["method"] == "get"
    field_ = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field_["id"]}).get_text(strip=True)


@pytest.mark.parametrize("key", PAGES, ids=list(PAGES))
def test_no_untrusted_markup_leaks(rendered, key):
    soup = rendered[key]
    assert soup.find("b") is None, "scraped <b> must be escaped, not rendered"
    for script in soup.find_all("script"):
        assert "alert(" not in script.get_text() or script.get("type") == "application/ld+json"


def test_article_json_ld(rendered):
    script = rendered["article"].find("script", type="application/ld+json")
    raw = script.string
    assert "<" not in raw, "tojson must escape < so the script cannot be closed early"
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle" and data["headline"] == HOSTILE
    assert data["datePublished"] == "2026-03-20T14:45:00+01:00"
    assert data["mainEntityOfPage"]["@id"] == f"{SITEURL}/2026/03/story-0/"
    assert data["sourceOrganization"]["name"] == HOSTILE and data["wordCount"] == 240
    assert "Harbour Line" in data["keywords"]


def test_article_page_parts(rendered):
    soup = rendered["article"]
    assert soup.find("link", rel="canonical")["href"] == f"{SITEURL}/2026/03/story-0/"
    assert soup.find("meta", property="og:title")["content"] == HOSTILE
    assert soup.find("meta", attrs={"name": "twitter:card"})
    body = soup.find(attrs={"data-pagefind-body": True})
    assert body.find("h2", string="A subhead"), "article.content is rendered as HTML"
    assert "incomplete" in soup.find(class_="notice").get_text()
    tag_filters = soup.find_all(attrs={"data-pagefind-filter": "tag[data-filter]"})
    assert {a.get_text() for a in tag_filters} >= {HOSTILE, "Trams"}
    # Pagefind decodes a value once more than an HTML parser does, and its UI shows it as HTML: what it keeps must
    # still be escaped (no "<"), and read as the tag's text
    kept = {html.unescape(a["data-filter"]) for a in tag_filters}
    assert not any("<" in value for value in kept) and {html.unescape(value) for value in kept} >= {HOSTILE, "Trams"}
    assert soup.find(attrs={"data-pagefind-filter": "year"}).get_text() == "2026"
    source = soup.find(attrs={"data-pagefind-filter": "source[data-filter]"})
    assert source.get_text() == HOSTILE and html.unescape(html.unescape(source["data-filter"])) == HOSTILE
    assert body["data-pagefind-sort"].startswith("date:")
    assert soup.find("time")["datetime"] == "2026-03-20T14:45:00+01:00"
    assert soup.find("a", href=f"{SITEURL}/2026/03/story-1/"), "older story link"
    assert len(soup.select(".related-list li")) == 3


def test_untruncated_article_has_no_notice(rendered):
    assert rendered["article-plain"].find(class_="notice") is None


def test_index_pagination(rendered):
    first, second = rendered["index"], rendered["index-page-2"]
    assert first.find("link", rel="canonical")["href"] == f"{SITEURL}/"
    assert first.find("nav", class_="pagination")["aria-label"]
    assert first.find("a", rel="next")["href"] == f"{SITEURL}/page/2/"
    assert second.find("a", rel="prev")["href"] == f"{SITEURL}/"
    assert len(first.find_all("article", class_="card")) == 10
    assert first.find("time")["datetime"].endswith("+01:00")


def test_tag_page_follow_link(rendered):
    soup = rendered["tag"]
    feed = f"{SITEURL}/tag/harbour-line/feed.xml"
    assert soup.find("link", rel="alternate", href=feed)["type"] == "application/rss+xml"
    box = soup.select_one("details.follow-box")
    assert "Follow this tag" in box.summary.get_text() and box.select_one(".feed-address-url").get_text() == feed


def test_tag_cloud_weights(rendered):
    items = rendered["tags"].select(".tag-cloud li")
    assert items and all(re.fullmatch(r"w[1-5]", item["class"][0]) for item in items)


def test_tag_index_counts_say_what_they_count(env):
    """A screen reader hears "Valmora 5 stories", as on the Archives page, not a bare "Valmora 5"."""
    context = base_context(make_articles())
    cloud = [(FakeTag("Valmora", "valmora"), 5, 5), (FakeTag("Ostvik", "ostvik"), 1, 1)]
    context.update(tag_cloud=cloud, tags=[(tag, []) for tag, _, _ in cloud])
    soup = BeautifulSoup(env.get_template("tags.html").render(context), "html.parser")
    counts = [item.select_one(".count").get_text() for item in soup.select(".tag-cloud li")]
    assert counts == ["5 stories", "1 story"]
    assert [item.select_one(".count .vh").get_text() for item in soup.select(".tag-cloud li")] == [" stories", " story"]


def test_search_page_loads_pagefind(rendered):
    """From the host the page is read at: the path of the site's root (SITE_PATH; "" for SITEURL's host root)."""
    soup = rendered["search"]
    assert soup.find("link", href="/pagefind/pagefind-ui.css")
    assert soup.find("script", src="/pagefind/pagefind-ui.js")
    assert soup.find(id="search") and soup.find("noscript")


def test_search_page_names_no_filter_the_index_may_not_have(rendered):
    """The page promised a source filter above a search of stories that name no source (Pagefind shows only the
    filters the index holds): it points to the filters shown instead of naming them."""
    intro = rendered["search"].select_one(".listing-header .listing-meta").get_text(" ", strip=True)
    assert "source" not in intro and "filters" in intro


def test_listing_page_size(env):
    html = render(env, "index.html", PAGES["index"][1])
    css = (STATIC / "css" / "main.css").read_bytes()
    assert len(html.encode()) + len(css) < 100_000


def test_tag_index_stays_in_budget_with_thousands_of_tags(env):
    context = base_context(make_articles())
    many = [(FakeTag(f"Topic number {n}", f"topic-number-{n}"), 3000 - n, 1 + n % 5) for n in range(3000)]
    context.update(tag_cloud=many, tags=[(tag, []) for tag, _, _ in many])
    html = env.get_template("tags.html").render(context)
    css = (STATIC / "css" / "main.css").read_bytes()
    assert len(html.encode()) + len(css) < 100_000
    assert "Topic number 0<" in html and "Topic number 449<" in html and "Topic number 450<" not in html


def _nav_marks(soup: BeautifulSoup) -> dict[str, str]:
    return {link.get_text(strip=True): link["aria-current"] for link in soup.select("nav.site-nav a[aria-current]")}


@pytest.mark.parametrize(("key", "marks"), [
    ("index", {"Home": "page"}), ("tags", {"Tags": "page"}), ("archives", {"Archives": "page"}),
    # a page inside a part of the site says where the reader is, without claiming to be that part's own page
    ("index-page-2", {"Home": "true"}), ("tag", {"Tags": "true"}), ("year", {"Archives": "true"}),
    ("month", {"Archives": "true"}), ("article", {}), ("search", {}), ("404", {}),
])
def test_the_navigation_says_where_the_reader_is(rendered, key, marks):
    assert _nav_marks(rendered[key]) == marks


def test_an_updated_story_gives_the_update_as_it_gives_the_publication(env):
    article = make_articles()[5]
    zone = article.date.tzinfo
    article.modified = article.date + timedelta(days=2, hours=3, minutes=5)
    soup = BeautifulSoup(render(env, "article.html", {"article": article}), "html.parser")
    published, updated = (time.get_text() for time in soup.select(".story-dateline time"))
    assert published == "28 February 2026, 14:45 UTC+01:00"
    assert updated == "2 March 2026, 17:50 UTC+01:00"  # not "2 March 2026": same format, time and zone
    article.modified = datetime(2026, 3, 3, tzinfo=zone)  # a Modified: line without a time of day
    soup = BeautifulSoup(render(env, "article.html", {"article": article}), "html.parser")
    assert soup.select(".story-dateline time")[-1].get_text() == "3 March 2026"


def test_a_tag_page_searches_for_its_words_only_where_a_search_page_is_written(env):
    name, extra = PAGES["tag"]
    soup = BeautifulSoup(render(env, name, extra), "html.parser")
    assert soup.select_one(".tag-search a")["href"] == f"{SITEURL}/search/?q=%22Harbour%20Line%22"
    without = {**extra, "SITE_SECTIONS": {"tags": "tags/", "archives": "archives/", "search": None}}
    assert BeautifulSoup(render(env, name, without), "html.parser").select_one(".tag-search") is None
