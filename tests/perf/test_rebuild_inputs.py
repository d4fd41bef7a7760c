"""What a rebuild counts besides the articles: a user's template overrides, their own plugins' code and the code of
their Jinja filters. A change to any of them renders the pages again (a rebuild on the user's machine gives the
site a fresh clone would build); a rebuild with nothing changed still renders nothing."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sitekit import REPO, SiteFolders, write_settings

pytestmark = pytest.mark.slow
FIXTURES = REPO / "tests" / "fixtures" / "site" / "articles"
NOTHING_RENDERED = re.compile(r"pages: 0 written, 0 unchanged, [1-9]\d* not re-rendered")
OVERRIDE = ('{% extends "!theme/article.html" %}\n'
            '{% block content %}<p class="mark">MARK {{ article.stamp|default("") }} {{ SITENAME|shout }} {{ "desk"|shout }}</p>'
            '{{ super() }}{% endblock %}\n')
PLUGIN_INIT = ("from pelican import signals\n\nfrom .stamps import STAMP\n\n\n"
               "def _stamp(generator):\n    for article in generator.articles:\n        article.stamp = STAMP\n\n\n"
               "def register():\n    signals.article_generator_finalized.connect(_stamp)\n")
SETTINGS_FILTER = "\n\ndef shout(text):\n    return text.upper() + '!'\n\n\nJINJA_FILTERS = {'shout': shout}\n"


@pytest.fixture
def site(tmp_path: Path) -> SiteFolders:
    """A small site with an override folder (given relative, as a user writes it), a plugin package of the user's
    own and a Jinja filter defined in the settings file."""
    site = SiteFolders(tmp_path)
    for fixture in sorted(FIXTURES.iterdir())[:4]:
        shutil.copy(fixture, site.content / "articles" / fixture.name)
    (tmp_path / "mytemplates").mkdir()
    (tmp_path / "mytemplates" / "article.html").write_text(OVERRIDE.replace("MARK", "MARK-ONE"), encoding="utf-8")
    plugin = tmp_path / "myplugins" / "stamper"
    plugin.mkdir(parents=True)
    (plugin / "__init__.py").write_text(PLUGIN_INIT, encoding="utf-8")
    (plugin / "stamps.py").write_text('STAMP = "STAMP-ONE"\n', encoding="utf-8")
    site.settings = write_settings(tmp_path, site.content, site.output, site.inbox,
                                   THEME_TEMPLATES_OVERRIDES=["mytemplates"],
                                   PLUGIN_PATHS=[str(REPO / "plugins"), str(tmp_path / "myplugins")],
                                   PLUGINS=["newsarchive_pelican", "stamper"])
    with site.settings.open("a", encoding="utf-8") as settings:
        settings.write(SETTINGS_FILTER)
    site.build()
    return site


def _article_pages(site: SiteFolders) -> list[str]:
    pages = [path.read_text(encoding="utf-8")
             for path in site.output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html")]
    assert len(pages) == 4
    return pages


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_rebuild_with_overrides_and_plugins_unchanged_renders_nothing(site: SiteFolders) -> None:
    assert all("MARK-ONE STAMP-ONE THE ARCHIVE DESK!" in page for page in _article_pages(site))
    assert NOTHING_RENDERED.search(site.build().stderr)  # the plugin's __pycache__ written by the first build too


def test_an_edited_override_template_renders_the_pages_again(site: SiteFolders) -> None:
    _edit(site.root / "mytemplates" / "article.html", "MARK-ONE", "MARK-TWO")
    assert not NOTHING_RENDERED.search(site.build().stderr)
    assert all("MARK-TWO STAMP-ONE" in page for page in _article_pages(site))


def test_a_new_override_template_renders_the_pages_again(site: SiteFolders) -> None:
    (site.root / "mytemplates" / "index.html").write_text(
        '{% extends "!theme/index.html" %}{% block content %}<p>FRONT-OVERRIDE</p>{{ super() }}{% endblock %}\n',
        encoding="utf-8")
    site.build()
    assert "FRONT-OVERRIDE" in (site.output / "index.html").read_text(encoding="utf-8")


def test_a_change_to_a_user_plugins_code_renders_the_pages_again(site: SiteFolders) -> None:
    _edit(site.root / "myplugins" / "stamper" / "stamps.py", "STAMP-ONE", "STAMP-TWO")  # a module of the package
    site.build()
    assert all("MARK-ONE STAMP-TWO" in page for page in _article_pages(site))


def test_a_change_to_a_jinja_filters_code_renders_the_pages_again(site: SiteFolders) -> None:
    # The same name, other code; given a constant ("desk"|shout), a filter runs when Jinja compiles the template.
    _edit(site.settings, "+ '!'", "+ '?'")
    site.build()
    assert all("THE ARCHIVE DESK? DESK?" in page for page in _article_pages(site))


def test_a_change_to_a_module_a_filter_imports_renders_the_pages_again(site: SiteFolders) -> None:
    (site.root / "deskfilters.py").write_text("from deskwords import MARK\n\n\ndef mark(text):\n    return text + MARK\n",
                                              encoding="utf-8")
    (site.root / "deskwords.py").write_text('MARK = " [one]"\n', encoding="utf-8")
    with site.settings.open("a", encoding="utf-8") as settings:
        settings.write(f"\nsys.path.insert(0, {str(site.root)!r})\nfrom deskfilters import mark\n"
                       "JINJA_FILTERS = {**JINJA_FILTERS, 'mark': mark}\n")
    _edit(site.root / "mytemplates" / "article.html", "</p>", " {{ SITENAME|mark }}</p>")
    site.build()
    assert all("The Archive Desk [one]" in page for page in _article_pages(site))
    _edit(site.root / "deskwords.py", "[one]", "[two]")  # the filter's own file unchanged
    site.build()
    assert all("The Archive Desk [two]" in page for page in _article_pages(site))
