"""Render keys: a page's key changes whenever something the page shows changes (else it is not re-rendered)."""
from __future__ import annotations

import sys
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


def _base(settings: dict) -> str:
    return RenderKeys({**SETTINGS, **settings}, {}).base


def _compiled(source: str):
    namespace: dict = {}
    exec(compile(source, "<settings>", "exec"), namespace)  # noqa: S102 (a filter with no file, as in a test)
    return namespace["shout"]


def test_a_template_override_folder_counts_as_the_theme_does(tmp_path, monkeypatch) -> None:
    (tmp_path / "mytemplates").mkdir()
    (tmp_path / "mytemplates" / "article.html").write_text("one", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative override folder is read from the working directory, as Pelican does
    overrides = {"THEME_TEMPLATES_OVERRIDES": ["mytemplates"]}
    before = _base(overrides)
    assert _base(overrides) == before
    (tmp_path / "mytemplates" / "article.html").write_text("two", encoding="utf-8")
    assert _base(overrides) != before
    (tmp_path / "mytemplates" / "tag.html").write_text("new", encoding="utf-8")
    assert _base(overrides) not in (before, _base({}))


def test_a_jinja_filter_counts_by_its_code_not_only_its_name() -> None:
    one, again = _compiled("def shout(t):\n    return t.upper()"), _compiled("def shout(t):\n    return t.upper()")
    other = _compiled("def shout(t):\n    return t.upper() + '!'")
    assert one.__qualname__ == other.__qualname__
    assert _base({"JINJA_FILTERS": {"shout": one}}) == _base({"JINJA_FILTERS": {"shout": again}})
    assert _base({"JINJA_FILTERS": {"shout": one}}) != _base({"JINJA_FILTERS": {"shout": other}})


def test_a_plugin_module_of_the_users_counts_by_its_code(tmp_path, monkeypatch) -> None:
    from pelican.plugins._utils import load_legacy_plugin

    (tmp_path / "loose.py").write_text("STAMP = 1\n", encoding="utf-8")
    (tmp_path / "loose_helper.py").write_text("WORD = 'a'\n", encoding="utf-8")
    monkeypatch.delitem(sys.modules, "loose", raising=False)
    monkeypatch.delitem(sys.modules, "loose_helper", raising=False)
    load_legacy_plugin("loose", [str(tmp_path)])  # as Pelican loads it
    load_legacy_plugin("loose_helper", [str(tmp_path)])  # stands for a helper the plugin imports from its folder
    plugins = {"PLUGINS": ["loose"], "PLUGIN_PATHS": [str(tmp_path)]}
    before = _base(plugins)
    assert _base(plugins) == before
    (tmp_path / "loose.py").write_text("STAMP = 2\n", encoding="utf-8")
    after = _base(plugins)
    assert after != before
    (tmp_path / "loose_helper.py").write_text("WORD = 'b'\n", encoding="utf-8")
    assert _base(plugins) != after
