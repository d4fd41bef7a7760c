"""Render keys: a page is rendered again only when something it shows has changed.

A page's key hashes: the template name; every template Pelican can load (the files of
the theme, of each ``THEME_TEMPLATES_OVERRIDES`` folder and of Pelican's own simple
theme); the settings (a function among them, such as a Jinja filter, by its code);
the source of this adapter and the core (pagination and keys themselves) and of
every other plugin the build loaded (``_plugins_digest``); the keyword
arguments the page is rendered with (articles by their signature, tags by
name/slug/URL, pagination pages by their stories and links); and, per
template, the archive-wide data that template reads from the global context:

- every template: the site's pages (content/pages/), which the nav lists;
- ``article``/``page``/``search``/``404``: nothing more archive-wide (an article's
  signature covers its own fields, its newer/older stories and related stories);
- ``index``: the sidebar (names and URLs of the 15 busiest tags) and, on the front page,
  the 8 latest months (the listing's older pages leave them out);
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

import functools
import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
import types
from datetime import date, datetime
from pathlib import Path

import pelican
from pelican.contents import Content
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import URLWrapper

from .stable_pages import StablePage, StablePaginator
from .theme_words import catalog_digest

MANIFEST_NAME = "render-manifest.json"
ASIDE_TAGS, ASIDE_MONTHS = 15, 8  # what theme/templates/_aside.html shows
NOT_SIGNED = frozenset({"all_articles"})
UNSIGNED_SETTINGS = frozenset({"OUTPUT_PATH", "NEWS_ARCHIVE_WRITE_LOG", "NEWS_ARCHIVE_RETAG"})  # a fresh staging folder and log per build  # passed by Pelican, read by no template of the theme
PLAIN = (str, int, float, bool, type(None), date, datetime)
PELICAN_LINK_REGEX = DEFAULT_CONFIG["INTRASITE_LINK_REGEX"]  # "[{|](?P<what>.*?)[|}]"
PELICAN_LINK_MARKS = ("{", "|")  # one of them starts every link that regex matches


class Unsigned(TypeError):
    """A value the key cannot describe: the page is rendered."""


class RenderKeys:
    """Keys for one build: base hash of templates, settings and code; article signatures memoised."""

    def __init__(self, settings: dict, context: dict) -> None:
        self.settings, self.context = settings, context
        self._articles: dict[int, str] = {}
        self._globals: dict[str, str] = {}
        # what every link Pelican replaces holds, under its INTRASITE_LINK_REGEX ("{filename}", the old "|filename|");
        # None (resolve every article's links) under a regex of the user's own
        regex = settings.get("INTRASITE_LINK_REGEX", PELICAN_LINK_REGEX)
        self._link_marks = PELICAN_LINK_MARKS if regex == PELICAN_LINK_REGEX else None
        self.base = _digest(_templates_digest(settings, _FileDigests()), compiled_templates_digest(settings))

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
                      # the language and direction its headline and summary are marked with
                      getattr(article, "language", None), getattr(article, "direction", None),
                      hashlib.blake2b(self._shown_content(article).encode(), digest_size=16).hexdigest())
            known = self._articles[id(article)] = _digest(repr(fields))
        return known

    def _shown_content(self, article: Content) -> str:
        """The article's HTML as its page and feeds show it: Pelican's links to other files of the site
        (``{filename}/articles/x.md``, ``{static}/a.png``) replaced by their URLs, which change when the file
        linked to is renamed, deleted or added while the article's own text stays the same. Text with no
        mark of such a link (most stories) is its own; else Pelican replaces them, as rendering will (at the
        site's root: the key is the same whatever page's ``SITEURL`` a relative build renders it with)."""
        content = getattr(article, "_content", "") or ""
        if self._link_marks is not None and not any(mark in content for mark in self._link_marks):
            return content
        return article.get_content("")

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
        front_only = FRONT_PAGE_INPUTS.get(template_name)
        extra = repr(front_only(self.context, kwargs)) if front_only and (page is None or page.front) else ""
        return self._globals[template_name] + extra


def _site_pages(context: dict) -> list:
    return [(page.title, page.url, page.slug) for page in context.get("pages") or ()]


def _aside_months(context: dict, kwargs: dict) -> list:
    months = (context.get("period_archives") or {}).get("month") or ()
    return [(month["period"], month["url"]) for month in months[:ASIDE_MONTHS]]


def _tag_count(context: dict, kwargs: dict) -> int:
    tag = kwargs.get("tag")
    return context.get("tag_counts", {}).get(getattr(tag, "slug", None), len(kwargs.get("articles", ())))


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


# What a listing's front page (or a listing of one page) shows besides GLOBAL_INPUTS' data; its older pages do not.
FRONT_PAGE_INPUTS = {"index": _aside_months, "tag": _tag_count}
GLOBAL_INPUTS = {
    "article": None, "page": None, "search": None, "subscribe": None, "404": None,
    "index": _aside_tags, "tag": _aside_tags, "tags": _cloud, "archives": _periods, "period_archives": _periods,
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


def compiled_templates_digest(settings: dict) -> str:
    """What a compiled template holds besides its source: Jinja runs a filter given constants ("x"|shout) while
    compiling, so the filters' code (the settings' and the plugins') and ours, and the theme's words are translated
    while compiling (the site's catalog). Call once the plugins are loaded."""
    files = _FileDigests()
    return _digest(_settings_digest(settings, files), _code_digest(), _plugins_digest(settings, files),
                   catalog_digest(settings))


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _FileDigests:
    """Each file's digest, read once per build (a settings file holding several filters is read once)."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    def __call__(self, path: str | os.PathLike) -> str:
        path = os.fspath(path)
        known = self._known.get(path)
        if known is None:
            try:
                with open(path, "rb") as file:
                    known = hashlib.blake2b(file.read(), digest_size=16).hexdigest()
            except OSError:
                known = "-"
            self._known[path] = known
        return known

    def folder(self, folder: Path) -> str:
        """Every file under ``folder`` by its path there and its bytes (compiled Python left out)."""
        if not folder.is_dir():
            return "-"
        files = []
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(name for name in dirs if name != "__pycache__")
            files += [os.path.join(root, name) for name in names if not name.endswith((".pyc", ".pyo"))]
        return _digest(*(f"{os.path.relpath(path, folder)}:{self(path)}" for path in sorted(files)))


_SIMPLE_TEMPLATES = Path(pelican.__file__).parent / "themes" / "simple" / "templates"  # Pelican's fallback


def _templates_digest(settings: dict, files: _FileDigests) -> str:
    """Every file the template loader of Pelican's generators can read: each override folder (as Pelican passes
    them to Jinja: a relative one is relative to the working directory), the theme, Pelican's simple theme."""
    folders = [Path(os.path.abspath(folder)) for folder in settings.get("THEME_TEMPLATES_OVERRIDES") or ()]
    if settings.get("THEME"):
        folders.append(Path(settings["THEME"]))
    folders.append(_SIMPLE_TEMPLATES)
    return _digest(*(f"{number}:{files.folder(folder)}" for number, folder in enumerate(folders)))


def _code_digest() -> str:
    """This adapter and the core (feed builders, related stories): a code change renders everything again."""
    plugins = Path(__file__).resolve().parents[1]
    files = sorted((*plugins.glob("newsarchive_pelican/*.py"), *plugins.glob("newsarchive/*.py")))
    return _digest(*(hashlib.blake2b(path.read_bytes()).hexdigest() for path in files))


_OURS = frozenset({"newsarchive_pelican", "newsarchive"})  # in _code_digest
_PLUGINS_FOLDER = Path(__file__).resolve().parents[1]


def _plugins_digest(settings: dict, files: _FileDigests) -> str:
    """The code of every plugin the build loaded besides ours: a plugin module's file, or every file of a plugin
    package (namespace plugins ``pelican.plugins.*`` included), and every module loaded from a ``PLUGIN_PATHS``
    folder (a plugin's helpers). A plugin is found where Pelican loaded it: by the time pages are written,
    ``PLUGINS`` holds the names of the modules it registered."""
    plugin_paths = [os.path.abspath(path) for path in settings.get("PLUGIN_PATHS") or ()]
    roots: dict[str, tuple[str, ...]] = {}  # module name → the package folders or the module file it came from
    for plugin in settings.get("PLUGINS") or ():
        name = plugin if isinstance(plugin, str) else getattr(plugin, "__name__", type(plugin).__module__)
        if name.partition(".")[0] not in _OURS:
            module = sys.modules.get(name) or sys.modules.get(f"pelican.plugins.{name}")
            roots[name] = _module_locations(module, name, plugin_paths)
    under_plugin_paths = tuple(os.path.join(path, "") for path in (*plugin_paths, *_settings_code_folders(settings)))
    ours = tuple(os.path.join(str(_PLUGINS_FOLDER / name), "") for name in _OURS)
    for name, module in list(sys.modules.items()):
        source = getattr(module, "__file__", None)
        if source and name not in roots:
            source = os.path.abspath(source)
            if source.startswith(under_plugin_paths) and not source.startswith((*ours, *_LIBRARY_FOLDERS)):
                roots[name] = (source,)
    return _digest(*(f"{name}:" + ",".join(files.folder(Path(root)) if os.path.isdir(root) else files(root)
                                           for root in locations)
                     for name, locations in sorted(roots.items())))


def _settings_code_folders(settings: dict) -> set[str]:
    """The folders of the user's own code the settings name (a Jinja filter defined in helpers.py beside the
    settings): the modules loaded from there count too (what helpers.py imports). A library's folder
    (site-packages, the standard library) is not the user's."""
    folders: set[str] = set()
    pending = [value for name, value in settings.items() if name.isupper() and name not in UNSIGNED_SETTINGS]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            pending.extend(value)
        elif callable(value):
            code = getattr(getattr(value, "__func__", value), "__code__", None)
            source = code and os.path.abspath(code.co_filename)
            if source and os.path.isfile(source) and not source.startswith(_LIBRARY_FOLDERS):
                folders.add(os.path.dirname(source))
    return folders


_LIBRARY_FOLDERS = tuple(os.path.join(os.path.abspath(path), "") for path in
                         {sys.prefix, sys.base_prefix, *sysconfig.get_paths().values()})


def _module_locations(module, name: str, plugin_paths: list[str]) -> tuple[str, ...]:
    """The folders of a plugin package, or its module file (nothing when neither is known)."""
    if module is None:  # not loaded under its name (a plugin given as an object): where Pelican would look
        try:
            spec = importlib.machinery.PathFinder.find_spec(name, plugin_paths) or importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return ()
        if spec is None:
            return ()
        folders, source = spec.submodule_search_locations, spec.origin if spec.has_location else None
    else:
        folders, source = getattr(module, "__path__", None), getattr(module, "__file__", None)
    if folders:
        return tuple(sorted(os.path.abspath(folder) for folder in folders))
    return (os.path.abspath(source),) if source else ()


def _settings_digest(settings: dict, files: _FileDigests) -> str:
    describe = functools.partial(_plain, files=files)
    return _digest(*(f"{name}={describe(value)}" for name, value in sorted(settings.items())
                     if name.isupper() and name not in UNSIGNED_SETTINGS))


def _plain(value, files: _FileDigests) -> str:
    """A stable description of a setting (objects by type and name, never by address; a function, class or method
    also by its code: the digest of the file that defines it, or of its compiled code when there is no file)."""
    if isinstance(value, PLAIN):
        return repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(item, files) for item in value]
        return "[" + ",".join(sorted(items) if isinstance(value, (set, frozenset)) else items) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{k!r}:{_plain(v, files)}" for k, v in sorted(value.items(), key=repr)) + "}"
    if isinstance(value, functools.partial):
        return f"partial({_plain(value.func, files)},{_plain(value.args, files)},{_plain(value.keywords, files)})"
    name = f"<{type(value).__module__}.{getattr(value, '__qualname__', type(value).__qualname__)}>"
    return name + _code_of(value, files)


def _code_of(value, files: _FileDigests) -> str:
    """The code behind a callable setting: the digest of the file defining it, else of its compiled code; "" for
    data, and for code with no Python source (builtins: they change with Python)."""
    function = getattr(value, "__func__", value)  # a bound method: its function
    if not isinstance(function, (types.FunctionType, type)):
        function = type(value) if callable(value) else None  # a callable object: its class
    if function is None:
        return ""
    codes = ([function.__code__] if isinstance(function, types.FunctionType) else
             [member.__code__ for member in vars(function).values() if isinstance(member, types.FunctionType)])
    sources = sorted({code.co_filename for code in codes})
    if not codes:
        return ""
    if all(os.path.isfile(source) for source in sources):
        return "@" + ",".join(files(source) for source in sources)
    return "#" + _digest(*map(_code_bytes, codes))


def _code_bytes(code: types.CodeType) -> str:
    """A code object's bytecode, constants (nested functions' code too; a set in any order) and names."""
    def const(item) -> str:
        if isinstance(item, types.CodeType):
            return _code_bytes(item)
        return repr(sorted(map(repr, item))) if isinstance(item, frozenset) else repr(item)
    return f"{code.co_code.hex()}|{','.join(map(const, code.co_consts))}|{code.co_names}"
