"""Rendering: cleaned Markdown to HTML with markdown-it-py; raw HTML is shown as text.

``html=False`` escapes any tag in the source, and markdown-it's link validation
drops ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links. Tables and footnotes are
rendered as Pelican's Markdown renders them. Each subheading gets
an ``id`` from its text ("No mass evacuation" → ``section-no-mass-evacuation``, never one of
a page's own ids such as ``main``): a link can point at it, and the search index finds a
story's sections (Pagefind's sub-results need it).
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .slugs import slugify


# Pelican's links to other files of the site ("{filename}/articles/x.md", "{static}/images/a.png", "{tag}budget"):
# kept as written (markdown-it would percent-encode the braces) for Pelican to replace once it knows every URL.
# Pelican copies the file a {static} or {attach} link names, and a ".." in it reaches outside the content folder
# ("{static}/../../../etc/passwd" was copied towards /etc/passwd): such a link stays an ordinary, broken one.
# (Pelican also tries a link's path percent-decoded: "%2e%2e" is checked as "..".)
PELICAN_LINK = re.compile(r"\{(?:filename|tag|category|author|index)\}|\{(?:static|attach)\}(?!.*(?<![^/}])\.\.(?![^/]))")


def is_pelican_link(url: str) -> bool:
    return bool(PELICAN_LINK.match(url) and PELICAN_LINK.match(unquote(url)))


class _Renderer(MarkdownIt):
    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it's name)
        return url if is_pelican_link(url) else super().normalizeLink(url)


def make_renderer() -> MarkdownIt:
    """One renderer per build (creating it per article is what makes Pelican's reader slow)."""
    renderer = _Renderer("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    return renderer.use(footnote_plugin)  # "[^1]" notes, as Pelican's Markdown ("extra") renders them


def render_markdown(renderer: MarkdownIt, markdown: str) -> str:
    tokens = renderer.parse(markdown)
    _name_headings(tokens)
    return renderer.renderer.render(tokens, renderer.options, {})


def _name_headings(tokens: list[Token]) -> None:
    taken: set[str] = set()
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type != "heading_open":
            continue
        base = "section-" + (slugify(inline.content, max_length=60) or "untitled")
        name, number = base, 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name)
        opening.attrSet("id", name)
