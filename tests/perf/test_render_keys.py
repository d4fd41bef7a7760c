"""Render keys: a page's key changes whenever something the page shows changes (else it is not re-rendered)."""
from __future__ import annotations

from datetime import datetime

import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Category, Tag

from newsarchive_pelican.render_keys import RenderKeys

SETTINGS = {**DEFAULT_CONFIG, "ARTICLE_URL": "{date:%Y}/{date:%m}/{slug}/",
            "ARTICLE_SAVE_AS": "{date:%Y}/{date:%m}/{slug}/index.html", "THEME": ""}
BASE = {"title": "Ferry fares rise", "date": datetime(2024, 5, 1, 9, 30), "slug": "ferry-fares-rise",
        "summary": "Fares rise in June.", "guid": "urn:x:1"}


def _article(**changes) -> Article:
    metadata = {**BASE, "category": Category("News", SETTINGS), **changes}
    return Article(changes.pop("content", "<p>Fares rise in June.</p>"), metadata, settings=SETTINGS)


def _page_key(article: Article) -> str:
    return RenderKeys(SETTINGS, {}).key("article", {"article": article, "category": article.category})


@pytest.mark.parametrize(
    "change",
    [{"title": "Ferry fares rise again"}, {"date": datetime(2024, 5, 2, 9, 30)}, {"date": datetime(2024, 5, 1, 11, 0)},
     {"summary": "Fares rise in July."}, {"modified": datetime(2024, 6, 1)}, {"guid": "urn:x:2"},
     {"tags": [Tag("Ostvik", SETTINGS)]}],
    ids=["title", "day", "time", "summary", "modified", "guid", "tags"],
)
def test_a_change_to_what_the_page_shows_changes_its_key(change: dict) -> None:
    before, after = _article(), _article(**change)
    assert before.url == after.url or "date" not in change  # the same page, same URL, showing other facts
    assert _page_key(after) != _page_key(before)


def test_the_same_article_has_the_same_key_in_another_build() -> None:
    assert _page_key(_article()) == _page_key(_article())


def test_a_category_or_tag_is_described_by_name_slug_and_url_once_per_build() -> None:
    keys = RenderKeys(SETTINGS, {})
    news, sport = Category("News", SETTINGS), Category("Sport", SETTINGS)
    assert keys.value(news) == keys.value(news) == keys.value(Category("News", SETTINGS))
    assert keys.value(news) != keys.value(sport)
    assert "news" in keys.value(news) and keys.value(Tag("News", SETTINGS)) != keys.value(news)
