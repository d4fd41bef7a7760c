"""JSON-LD NewsArticle on every article page, validated against the fields Google documents."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from feeds.project_site import SITEURL
from seo.jsonld_rules import news_article_problems

PAGE = "https://news.example.org/2026/01/ferry-resumes/"
GOOD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Island ferry resumes after storm repairs",
    "datePublished": "2026-01-05T07:15:00+00:00",
    "dateModified": "2026-01-05T09:00:00+01:00",
    "keywords": "Ferries, Islands",
    "wordCount": 312,
    "author": {"@type": "Organization", "name": "Harbour Gazette"},
    "publisher": {"@type": "Organization", "name": "The Archive Desk"},
    "url": PAGE,
    "mainEntityOfPage": {"@type": "WebPage", "@id": PAGE},
}


def with_change(key: str, value) -> dict:
    changed = copy.deepcopy(GOOD)
    if value is None:
        changed.pop(key)
    else:
        changed[key] = value
    return changed


def test_a_complete_news_article_passes():
    assert news_article_problems(GOOD, PAGE) == []


@pytest.mark.parametrize("key, value", [
    pytest.param("headline", "x" * 111, id="headline-too-long"),
    pytest.param("headline", None, id="no-headline"),
    pytest.param("datePublished", "2026-01-05T07:15:00", id="date-without-offset"),
    pytest.param("datePublished", "5 January 2026", id="date-not-iso"),
    pytest.param("dateModified", "2026-01-04T07:15:00+00:00", id="modified-before-published"),
    pytest.param("author", {"name": "Harbour Gazette"}, id="author-without-type"),
    pytest.param("author", None, id="no-author"),
    pytest.param("publisher", {"@type": "Thing", "name": "X"}, id="publisher-wrong-type"),
    pytest.param("keywords", "", id="empty-keywords"),
    pytest.param("wordCount", "312", id="wordcount-as-text"),
    pytest.param("image", "/media/a.jpg", id="relative-image"),
    pytest.param("url", "https://news.example.org/other/", id="url-not-the-page"),
])
def test_each_broken_field_is_reported(key, value):
    assert news_article_problems(with_change(key, value), PAGE) != []


def article_pages(output: Path) -> list[Path]:
    return sorted(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))


def page_url(output: Path, page: Path) -> str:
    return f"{SITEURL}/{page.parent.relative_to(output).as_posix()}/"


@pytest.mark.slow
def test_every_article_page_has_one_valid_news_article(seo_site):
    pages = article_pages(seo_site)
    assert pages, "no article pages were built"
    problems = {}
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        blocks = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
        articles = [block for block in blocks if block.get("@type") == "NewsArticle"]
        if len(articles) != 1:
            problems[page.parent.name] = [f"{len(articles)} NewsArticle blocks"]
            continue
        found = news_article_problems(articles[0], page_url(seo_site, page))
        if articles[0].get("headline") != soup.find("h1").get_text(" ", strip=True)[:110]:
            found.append("headline is not the page's <h1>")
        if found:
            problems[page.parent.name] = found
    assert problems == {}
