"""Pelican's links in stories and pages that lead to nothing the site writes, shown as text and reported.

Pelican replaces ``{author}jane-roe`` with an author page's URL even when ``AUTHOR_SAVE_AS`` is empty, a ``{tag}``
link with the page of a tag no story has, and leaves ``{filename}nope.md`` as written when no file is that one
(the feeds then joined it to the story's URL); a ``{static}`` link to a file the build does not copy led to
nothing too. At ``static_generator_finalized``, when every article, page, tag and file of the site is known and
before any page or feed is written, each such link becomes its text, and the build names the story and the link.
"""
from __future__ import annotations

import functools
import os
from html import unescape
from urllib.parse import unquote, urlparse

from pelican.urlwrappers import Author, Category, Tag

from newsarchive.render import is_pelican_link, unlink_dead_links

from .report import report_note

# Why each kind of link leads nowhere, as the build reports it.
DEAD_LINK_REASONS = {
    "filename": "a draft, a copy of another story or a file left out, as reported",
    "static": "a source of the archive, or a file left out, as reported",
    "attach": "a source of the archive, or a file left out, as reported",
    "tag": "no story has that tag, or the site writes no tag pages",
    "category": "no story has that tag, or the site writes no such pages",
    "author": "the site writes no author pages (AUTHOR_SAVE_AS is empty)",
    "index": "the site writes no index page ('index' is not in DIRECT_TEMPLATES)",
}
REFUSED_LINK = ("never followed: it leaves the content folder, starts at the root of the disk, has a scheme or a "
                "host, or names a story's or page's source, a newsarchive table or a hidden file")
FILE_LINKS = frozenset({"filename", "static", "attach"})
# A link to a name's page: its kind, the URL wrapper Pelican makes of it, the setting that writes such pages and the
# context entry listing them (a {category} link leads to a tag's page when CATEGORY_URL is TAG_URL, as here).
NAMED_PAGES = {"tag": (Tag, "TAG_SAVE_AS", "tags"), "category": (Category, "CATEGORY_SAVE_AS", "categories"),
               "author": (Author, "AUTHOR_SAVE_AS", "authors")}


class SiteLinks:
    """What the site writes, as Pelican's links name it."""

    def __init__(self, context: dict, settings: dict, static_files) -> None:
        self.context, self.settings = context, settings
        self.published_ids = {id(item) for item in (*published_contents(context), *static_files)}
        self.urls = set()
        for _, save_as, entry in NAMED_PAGES.values():
            if settings.get(save_as):
                self.urls.update(item.url for item in _named(context.get(entry, ())))
        if "index" in settings.get("DIRECT_TEMPLATES", ()):
            self.urls.add(settings.get("INDEX_SAVE_AS", "index.html"))

    def leads_nowhere(self, content, link: str) -> bool:
        return self.why_nowhere(content, link) is not None

    def why_nowhere(self, content, link: str) -> str | None:
        """Why ``link`` (of ``content``) leads to nothing the site writes, or None when it leads to a page or file."""
        what, value = link_kind(link), link[1:].partition(link[0] if link[0] == "|" else "}")[2]
        if not is_pelican_link(link):
            return REFUSED_LINK
        if what in NAMED_PAGES:
            wrapper = NAMED_PAGES[what][0]  # (Pelican names the page by the link's path, without a "#part")
            return None if wrapper(urlparse(value).path, self.settings).url in self.urls else DEAD_LINK_REASONS[what]
        if what == "index":
            return None if self.settings.get("INDEX_SAVE_AS", "index.html") in self.urls else DEAD_LINK_REASONS[what]
        if what in FILE_LINKS:
            keys = ("generated_content", "static_content") if what == "filename" else ("static_content",)
            linked = next((found for key in keys if (found := self._linked(content, key, value)) is not None), None)
            if linked is not None and id(linked) in self.published_ids:
                return None
            path = source_path(content, value)
            if not os.path.lexists(os.path.join(self.settings["PATH"], path)):
                return f"there is no file {path} in the content folder"
            return f"{path} is not published ({DEAD_LINK_REASONS[what]})"
        return None  # a page or file of the site, or a mark Pelican does not replace: left as it is

    def _linked(self, content, key: str, value: str):
        return linked_file(self.context, content, key, value)


def source_path(content, value: str) -> str:
    """The path in the content folder a link of ``content`` names, as written."""
    path = unquote(urlparse(value).path)
    return path[1:] if path.startswith("/") else content.get_relative_source_path(
        os.path.join(content.relative_dir, path))


def linked_file(context: dict, content, key: str, value: str):
    """The file (of ``context[key]``) a link of ``content`` names, looked up as Pelican looks it up: the path as
    written, unquoted, unescaped; from the content folder's root when it starts with "/", else from ``content``'s."""
    files = context.get(key, {})
    for path in (urlparse(value).path, unquote(urlparse(value).path), urlparse(unescape(value)).path):
        if path.startswith("/"):
            path = path[1:]
        else:
            path = content.get_relative_source_path(os.path.join(content.relative_dir, path))
        if path in files:
            return files[path]
    return None


def published_contents(context: dict) -> tuple:
    """The stories and pages the site writes."""
    return (*context.get("articles", ()), *context.get("pages", ()), *context.get("hidden_pages", ()))


def attach_linked_files(generator) -> None:
    """At ``static_generator_finalized``, before ``note_static_outputs`` notes where each file goes: each file a
    published story or page links with ``{attach}`` is placed beside it, as Pelican places it when it writes the
    story; noting the file's place first had fixed it where it was (Pelican then fell back to a ``{static}`` link,
    and a file in ``content/articles/`` was not published at all)."""
    for content in published_contents(generator.context):
        if "attach" not in (content._content or ""):
            continue
        for match in content._get_intrasite_link_regex().finditer(content._content):
            if match.group("what") == "attach":
                linked = linked_file(generator.context, content, "static_content", match.group("value"))
                if linked is not None:
                    linked.attach_to(content)


def link_kind(link: str) -> str:
    """``filename`` of ``{filename}x.md`` (or of the old ``|filename|x.md``)."""
    return link[1:].partition(link[0] if link[0] == "|" else "}")[0]


def _named(entries):
    """The Tag, Category or Author objects of a context entry (a dict of them, or a list of ``(item, articles)``)."""
    return [entry[0] if isinstance(entry, tuple) else entry for entry in entries]


def unlink_dead_site_links(generator) -> None:
    """At ``static_generator_finalized`` (after ``note_static_outputs``): every story's and page's links to what
    the site does not write become their text, each reported naming the file and the link."""
    links = SiteLinks(generator.context, generator.settings, generator.staticfiles)
    for content in published_contents(generator.context):
        text, dead = unlink_dead_links(content._content or "", functools.partial(links.leads_nowhere, content))
        if not dead:
            continue
        content._content = text
        for link in dict.fromkeys(dead):
            report_note(content.relative_source_path,
                        f"its link {link!r} is shown as text, not a link: {links.why_nowhere(content, link)}")
