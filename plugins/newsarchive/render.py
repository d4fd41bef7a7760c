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
# Pelican copies the file a {static} or {attach} link names: one that climbs out of the content folder
# ("{static}/../../../etc/passwd" was copied towards /etc/passwd) or starts at the root of the disk
# ("{static}//etc/hostname") stays an ordinary, dead link. A {filename} link only leads to a file Pelican
# publishes anyway ("{filename}../articles/x.md" from a page is fine), but none starts at the root either.
# Pelican also tries a path percent-decoded, so "%2e%2e" and "%2f" are checked decoded.
PELICAN_LINK = re.compile(r"\{(?P<kind>filename|static|attach|tag|category|author|index)\}(?P<path>.*)", re.DOTALL)
COPIED_LINKS = frozenset({"static", "attach"})


def is_pelican_link(url: str) -> bool:
    match = PELICAN_LINK.match(url)
    if match is None:
        return False
    if match.group("kind") not in (*COPIED_LINKS, "filename"):
        return True
    paths = (match.group("path"), unquote(match.group("path")))
    if any(path.startswith("//") for path in paths):
        return False
    return match.group("kind") == "filename" or not any(".." in path.replace("\\", "/").split("/") for path in paths)


class _Renderer(MarkdownIt):
    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it's name)
        return url if is_pelican_link(url) else super().normalizeLink(url)


def make_renderer() -> MarkdownIt:
    """One renderer per build (creating it per article is what makes Pelican's reader slow)."""
    renderer = _Renderer("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    renderer.use(footnote_plugin)  # "[^1]" notes, as Pelican's Markdown ("extra") renders them
    for name in ("fence", "code_block"):  # a code block scrolls sideways: a keyboard must reach it
        renderer.add_render_rule(name, _focusable(renderer.renderer.rules[name]))
    renderer.add_render_rule("footnote_anchor", _named_back_link(renderer.renderer.rules["footnote_anchor"]))
    return renderer


def _focusable(rule):
    def render(self, tokens, index, options, env):
        return rule(tokens, index, options, env).replace("<pre>", '<pre tabindex="0">', 1)
    return render


def _named_back_link(rule):
    """The footnote's way back, named for a screen reader (its "↩︎" is read "leftwards arrow")."""
    def render(self, tokens, index, options, env):
        return rule(tokens, index, options, env).replace(
            'class="footnote-backref"', 'class="footnote-backref" aria-label="Back to the text"', 1)
    return render


def render_markdown(renderer: MarkdownIt, markdown: str) -> str:
    tokens = renderer.parse(markdown)
    _name_headings(tokens)
    for token in tokens:
        if token.type == "table_open":  # it scrolls sideways when wide (the theme's CSS): a keyboard must reach it
            token.attrSet("tabindex", "0")
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
