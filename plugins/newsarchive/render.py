"""Rendering: cleaned Markdown to HTML with markdown-it-py; raw HTML is shown as text.

``html=False`` escapes any tag in the source, and markdown-it's link validation
drops ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links. Tables and footnotes are
rendered as Pelican's Markdown renders them. Each subheading gets
an ``id`` from its text ("No mass evacuation" → ``section-no-mass-evacuation``, never one of
a page's own ids such as ``main``): a link can point at it, and the search index finds a
story's sections (Pagefind's sub-results need it).
"""
from __future__ import annotations

import html
import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink, validateLink
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .decode import strip_control_characters
from .slugs import slugify


# Pelican's links to other files of the site ("{filename}/articles/x.md", "{static}/images/a.png", "{tag}budget"):
# kept as written (markdown-it would percent-encode the braces) for Pelican to replace once it knows every URL,
# if they are plain paths: no scheme or host ("{index}javascript://%0Aalert(1)" kept its scheme through
# Pelican), nothing from the root of the disk ("{static}//etc/hostname"). Pelican copies the file a {static}
# or {attach} link names: such a link may not climb out of the content folder ("{static}/../../etc/passwd"
# was copied towards /etc/passwd) nor name an article's or page's source (a draft's text would be published),
# a newsarchive table or a hidden file.
PELICAN_LINK = re.compile(r"\{(?P<kind>filename|static|attach|tag|category|author|index)\}(?P<path>.*)", re.DOTALL)
COPIED_LINKS = frozenset({"static", "attach"})
# Pelican looks for its links ("{static}...", the old "|static|...") in every attribute of every tag, even inside
# another attribute's text (an image's title "x href='{static}/../../f'" had Pelican delete a file outside the
# site): those marks are written as character references in any attribute but a link checked above.
PLACEHOLDER_MARKS = {ord("{"): "&#123;", ord("|"): "&#124;"}
UNSAFE_IN_LINKS = frozenset("\\|{}&<>\"'`")  # what could end an attribute, start a reference or another mark


def safe_link(url: str) -> str | None:
    """``url`` as markdown-it writes a link of an article (percent-encoded, host in punycode), or None when its link
    validation refuses it (``javascript:``, ``vbscript:``, ``file:``, ``data:`` but for images): the one rule for
    links, an article's or a setting's (Pelican's ``LINKS`` and ``SOCIAL``)."""
    link = normalizeLink(url)
    return link if validateLink(link) else None


def is_pelican_link(url: str) -> bool:
    match = PELICAN_LINK.match(url)
    if match is None:
        return False
    # the forms Pelican tries: as written, percent-decoded, references decoded (the last put a page's
    # '#"onmouseover="...' into an attribute as written)
    rest = match.group("path")
    forms = {rest, unquote(rest), html.unescape(rest), unquote(html.unescape(rest))}
    if not all(_plain(form) for form in forms):
        return False
    # what Pelican copies is the path alone, not a query or fragment ("{static}/newsarchive-ledger.json?/a.png")
    return match.group("kind") not in COPIED_LINKS or all(_copyable(urlparse(form).path) for form in forms)


# A link or image of a rendered story whose target is one of Pelican's links (markdown-it writes its elements so; the
# text of a story holds no raw HTML): one that leads to no page or file of the site is written as its text.
# One Pelican refuses to follow (is_pelican_link) is written percent-encoded ("%7Bstatic%7D/../../etc/hostname"):
# it leads nowhere either.
LINK_MARK = r"(?:\{|%7B)"
SITE_IMAGE = re.compile(rf'<img src="(?P<link>{LINK_MARK}[^"]*)" alt="(?P<text>[^"]*)"[^>]*>')
# (its attributes end at a "<" and its text at the next link's start or end: no link holds another, and an element
# written holds no bare "<" in an attribute; a page's raw HTML of thousands of links left open made each try read on
# to the page's end, the square of its length: 6 s for 100 kB)
SITE_LINK = re.compile(rf'<a href="(?P<link>{LINK_MARK}[^"]*)"[^<>]*>(?P<text>(?:(?!</?a[\s>]).)*)</a>', re.DOTALL)


def unlink_dead_links(html_text: str, is_dead) -> tuple[str, tuple[str, ...]]:
    """``html_text`` with each image or link to one of Pelican's links that ``is_dead(link)`` says leads nowhere, or
    that Pelican refuses (``is_pelican_link``), replaced by its text (an image's alt text, a link's words), and
    those links, as written in the story."""
    if '="{' not in html_text and '="%7B' not in html_text:  # no Pelican link (most stories): nothing to search
        return html_text, ()
    dead: list[str] = []

    def as_text(match: re.Match) -> str:
        link = html.unescape(match.group("link"))
        if link.startswith("%"):  # refused, if it is one of Pelican's links at all
            link = unquote(link)
            if not PELICAN_LINK.match(link):
                return match.group()
        elif not is_dead(link):
            return match.group()
        dead.append(link)
        return match.group("text")

    for element in (SITE_IMAGE, SITE_LINK):  # images first: an image may be a link's text
        html_text = element.sub(as_text, html_text)
    return html_text, tuple(dead)


def _plain(link: str) -> bool:
    """A path with no scheme or host, not from the root of the disk, without a character that could end an
    attribute or start a reference or another of Pelican's marks."""
    parsed = urlparse(link)
    return not (parsed.scheme or parsed.netloc or link.startswith("//") or UNSAFE_IN_LINKS.intersection(link)
                or any((character.isspace() and character != " ") or ord(character) < 32 for character in link))


def _copyable(path: str) -> bool:
    from .reading import ARTICLE_SUFFIXES  # (reading's modules import this one)

    segments = [segment for segment in path.split("/") if segment]
    return bool(segments) and ".." not in segments and not any(segment.startswith(".") for segment in segments) \
        and not segments[-1].startswith("newsarchive-") and PurePosixPath(segments[-1]).suffix.lower() not in ARTICLE_SUFFIXES


class _Renderer(MarkdownIt):
    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it's name)
        return url if is_pelican_link(url) else super().normalizeLink(url)


class _SiteRendererHTML(RendererHTML):
    @staticmethod
    def renderAttrs(token: Token) -> str:  # noqa: N802 (markdown-it's name)
        rendered = []
        for key, value in token.attrItems():
            value = escapeHtml(str(value))
            if not (key in ("href", "src") and is_pelican_link(value)):
                value = value.translate(PLACEHOLDER_MARKS)
            rendered.append(f' {escapeHtml(key)}="{value}"')
        return "".join(rendered)


def make_renderer() -> MarkdownIt:
    """One renderer per build (creating it per article is what makes Pelican's reader slow)."""
    renderer = _Renderer("commonmark", {"html": False, "linkify": False, "typographer": False},
                         renderer_cls=_SiteRendererHTML).enable("table")
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
    # markdown-it decodes a reference to a form feed or a bidi override ("&#12;", "&#x202E;"): dropped, as the raw
    # characters are when a file is read (XML cannot carry the one, the other reverses the text after it)
    return strip_control_characters(renderer.renderer.render(tokens, renderer.options, {}))


def _name_headings(tokens: list[Token]) -> None:
    taken: set[str] = set()
    tried: dict[str, int] = {}  # base -> the next number to try (60,000 equal headings took minutes, one by one)
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type != "heading_open":
            continue
        base = "section-" + (slugify(inline.content, max_length=60) or "untitled")
        name, number = base, tried.get(base, 2)
        if name in taken:
            name = f"{base}-{number}"
            while name in taken:
                number += 1
                name = f"{base}-{number}"
            tried[base] = number + 1
        taken.add(name)
        opening.attrSet("id", name)
