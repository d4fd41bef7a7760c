"""Render keys: a page is rendered again only when something it shows has changed.

A page's key hashes: the template name; every file of the theme; the settings;
the source of this adapter (pagination and keys themselves); the keyword
arguments the page is rendered with (articles by their signature, tags by
name/slug/URL, pagination pages by their stories and links); and, per
template, the archive-wide data that template reads from the global context:

- every template: the site's pages (content/pages/), which the nav lists;
- ``article``/``page``/``search``/``404``: nothing more archive-wide (an article's
  signature covers its own fields, its newer/older stories and related stories);
- ``index``: the sidebar (names and URLs of the 15 busiest tags, the 8 latest months);
- ``tag``: the sidebar without the months (tag pages leave them out) and, on a tag's
  front page, the tag's story count;
- ``tags``, ``archives``, ``period_archives``: the whole tag cloud / period
  structure with counts (a handful of pages, re-rendered every build that adds a story).

A template not listed in ``GLOBAL_INPUTS`` has no key and is always rendered;
a keyword argument of an unknown type makes the page unkeyed too. The manifest
(output path → key) of the last successful build lives in the cache folder; a
page is skipped only when its key matches and the file is present in the staging
folder (hard-linked from the site that manifest describes).
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime
from pathlib import Path

from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

from .stable_pages import StablePage, StablePaginator

MANIFEST_NAME = "render-manifest.json"
ASIDE_TAGS, ASIDE_MONTHS = 15, 8  # what theme/templates/_aside.html shows
NOT_SIGNED = frozenset({"all_articles"})
UNSIGNED_SETTINGS = frozenset({"OUTPUT_PATH", "NEWS_ARCHIVE_WRITE_LOG", "NEWS_ARCHIVE_RETAG"})  # a fresh staging folder and log per build  # passed by Pelican, read by no template of the theme
PLAIN = (str, int, float, bool, type(None), date, datetime)


class Unsigned(TypeError):
    """A value the key cannot describe: the page is rendered."""


class RenderKeys:
    """Keys for one build: base hash of theme, settings and code; article signatures memoised."""

    def __init__(self, settings: dict, context: dict) -> None:
        self.settings, self.context = settings, context
        self._articles: dict[int, str] = {}
        self._globals: dict[str, str] = {}
        self.base = _digest(_theme_digest(settings), _settings_digest(settings), _code_digest())

    def key(self, template_name: str, kwargs: dict, page: StablePage | None = None) -> str | None:
        """The page's key, or None when it must be rendered whatever happened before."""
        if template_name not in GLOBAL_INPUTS:
            return None
        try:
            signed = [self.base, template_name, self._global(template_name, kwargs, page)]
            for name in sorted(kwargs):
                if name in NOT_SIGNED or (page is not None and name in ("articles", "dates")):
                    continue
                value = kwargs[name]
                if isinstance(value, StablePage) and name.endswith(("_previous_page", "_next_page")):
                    value = value.url  # templates link to a neighbouring page, they do not list its stories
                signed.append(f"{name}={self.value(value, deep=name in ('article', 'page'))}")
        except Unsigned:
            return None
        return _digest(*signed)

    def value(self, value, deep: bool = False) -> str:
        if isinstance(value, Content):
            return self.article(value) + (self._neighbours(value) if deep else "")
        if isinstance(value, PLAIN):
            return repr(value)
        if isinstance(value, URLWrapper):
            return repr((type(value).__name__, value.name, value.slug, value.url))
        if isinstance(value, StablePage):
            return repr(value.signature()) + "".join(self.article(item) for item in value.object_list)
        if isinstance(value, StablePaginator):
            return repr((value.name, value.url, value.per_page))  # templates read pages, not the paginator's length
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self.value(item) for item in value) + "]"
        if isinstance(value, dict):
            return "{" + ",".join(f"{k!r}:{self.value(v)}" for k, v in sorted(value.items(), key=repr)) + "}"
        raise Unsigned(type(value).__name__)

    def article(self, article: Content) -> str:
        """Everything an article's card, headline or page shows of it (memoised for the build)."""
        known = self._articles.get(id(article))
        if known is None:
            # save_as follows from the URL and the URL settings (in the base key)
            fields = (article.url, article.title, getattr(article, "date", None), getattr(article, "modified", None),
                      getattr(article, "summary", None), getattr(article, "source", None),
                      getattr(article, "reading_minutes", None), getattr(article, "word_count", None),
                      getattr(article, "truncated", None), getattr(article, "status", None),
                      getattr(article, "guid", None),
                      tuple(author.name for author in getattr(article, "authors", ()) or ()),
                      # the byline the feeds credit (Pelican's authors above hold its AUTHOR when there is none)
                      tuple(author.name for author in (getattr(article, "metadata", None) or {}).get("authors", ())),
                      # a tag's slug and URL follow from its name and the settings (in the base key)
                      tuple(tag.name for tag in getattr(article, "tags", ()) or ()),
                      hashlib.blake2b(getattr(article, "_content", "").encode(), digest_size=16).hexdigest())
            known = self._articles[id(article)] = _digest(repr(fields))
        return known

    def indexed(self, article: Content) -> str:
        """What the search index reads of an article's page: the article, under this theme, settings and code."""
        return _digest(self.base, self.article(article))

    def file_key(self, kind: str, description: str, articles) -> str:
        """Key of a file other than a page (a tag feed): its kind, a description of its settings, its articles."""
        return _digest(self.base, kind, description, *(self.article(article) for article in articles))

    def _neighbours(self, article: Content) -> str:
        linked = [getattr(article, "newer_article", None), getattr(article, "older_article", None),
                  *(getattr(article, "related_articles", None) or ())]
        return "|" + ",".join(self.article(other) if other is not None else "-" for other in linked)

    def _global(self, template_name: str, kwargs: dict, page: StablePage | None) -> str:
        reader = GLOBAL_INPUTS[template_name]
        if template_name not in self._globals:  # every page's nav lists the site's pages
            self._globals[template_name] = _digest(repr(_site_pages(self.context)),
                                                   repr(reader(self.context)) if reader is not None else "")
        extra = ""
        if template_name == "tag" and (page is None or page.front):
            tag = kwargs.get("tag")
            extra = repr(self.context.get("tag_counts", {}).get(getattr(tag, "slug", None), len(kwargs.get("articles", ()))))
        return self._globals[template_name] + extra


def _site_pages(context: dict) -> list:
    return [(page.title, page.url, page.slug) for page in context.get("pages") or ()]


def _aside(context: dict) -> tuple:
    months = (context.get("period_archives") or {}).get("month") or ()
    return _aside_tags(context), [(month["period"], month["url"]) for month in months[:ASIDE_MONTHS]]


def _aside_tags(context: dict) -> list:
    cloud = context.get("tag_cloud") or ()
    return sorted((tag.name, tag.url) for tag, _, _ in cloud[:ASIDE_TAGS])


def _periods(context: dict) -> tuple:
    archives = context.get("period_archives") or {}
    return (len(context.get("dates") or ()), tuple(
        (level, tuple((tuple(p["period"]), tuple(p["period_num"]), p.get("url"), len(p["dates"])) for p in periods))
        for level, periods in sorted(archives.items())))


def _cloud(context: dict) -> tuple:
    return (len(context.get("tags") or ()),
            tuple((tag.name, tag.url, count, weight) for tag, count, weight in context.get("tag_cloud") or ()))


GLOBAL_INPUTS = {
    "article": None, "page": None, "search": None, "404": None,
    "index": _aside, "tag": _aside_tags, "tags": _cloud, "archives": _periods, "period_archives": _periods,
}


def load_manifest(folder: Path | None) -> dict[str, str]:
    """The last successful build's manifest, removed from disk (saved again only after a good build)."""
    if folder is None:
        return {}
    path = folder / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    path.unlink(missing_ok=True)
    return manifest if isinstance(manifest, dict) else {}


def save_manifest(folder: Path | None, manifest: dict[str, str]) -> None:
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{MANIFEST_NAME}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST_NAME)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _theme_digest(settings: dict) -> str:
    if not settings.get("THEME"):
        return ""
    theme = Path(settings["THEME"])
    files = sorted(path for path in theme.rglob("*") if path.is_file()) if theme.is_dir() else []
    return _digest(*(f"{path.relative_to(theme)}:{hashlib.blake2b(path.read_bytes()).hexdigest()}" for path in files))


def _code_digest() -> str:
    """This adapter and the core (feed builders, related stories): a code change renders everything again."""
    plugins = Path(__file__).resolve().parents[1]
    files = sorted((*plugins.glob("newsarchive_pelican/*.py"), *plugins.glob("newsarchive/*.py")))
    return _digest(*(hashlib.blake2b(path.read_bytes()).hexdigest() for path in files))


def _settings_digest(settings: dict) -> str:
    return _digest(*(f"{name}={_plain(value)}" for name, value in sorted(settings.items())
                     if name.isupper() and name not in UNSIGNED_SETTINGS))


def _plain(value) -> str:
    """A stable description of a setting (objects by type and name, never by address)."""
    if isinstance(value, PLAIN):
        return repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(map(_plain, value)) if isinstance(value, (set, frozenset)) else map(_plain, value)
        return "[" + ",".join(items) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{k!r}:{_plain(v)}" for k, v in sorted(value.items(), key=repr)) + "}"
    return f"<{type(value).__module__}.{getattr(value, '__qualname__', type(value).__qualname__)}>"
