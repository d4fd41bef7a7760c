"""Rendering: cleaned Markdown to HTML with markdown-it-py; raw HTML is shown as text.

``html=False`` escapes any tag in the source, and markdown-it's link validation
drops ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links.
"""
from __future__ import annotations

from markdown_it import MarkdownIt


def make_renderer() -> MarkdownIt:
    """One renderer per build (creating it per article is what makes Pelican's reader slow)."""
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def render_markdown(renderer: MarkdownIt, markdown: str) -> str:
    return renderer.render(markdown)
