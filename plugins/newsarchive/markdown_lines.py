"""Which lines of a Markdown article continue a hard-wrapped paragraph; which of its blocks are kept
as written (``set_verbatim_apart``).

The cleaner reads an article line by line (a scraped article has one paragraph per
line). A Markdown author may wrap a paragraph over several lines, and a wrapped line
is no paragraph of its own: read alone, "The council approved the budget after a
long" is a subheading above "debate that ran late.". markdown-it-py finds the
paragraphs as the page's renderer does (in list items and quotes too); the cleaner
judges every line alone first (a credit line, "Subscribe to our newsletter" and
"Comments" stacked under a paragraph are one Markdown paragraph, and boilerplate),
then joins each kept continuation line onto the kept line just above it.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from collections.abc import Mapping

from .render import make_renderer
from .structure import markdown_inline_text

_PARSER = make_renderer()  # paragraphs as the pages' renderer finds them


def continuation_lines(text: str) -> frozenset[int]:
    """Positions, among ``text``'s non-blank lines, of the lines that continue the paragraph above them."""
    source = text.split("\n")
    position, positions = 0, []
    for line in source:
        positions.append(position)
        position += bool(line.strip())
    continued = set()
    for token in _PARSER.parse(text):
        if token.type == "paragraph_open" and token.map:
            start, end = token.map
            continued.update(positions[number] for number in range(start + 1, end) if source[number].strip())
    return frozenset(continued)


SETEXT_LEVELS = {"=": 1, "-": 2}  # a heading underlined with "===" is Markdown's first level, "---" its second
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)  # a line that may underline a heading


def setext_as_atx(text: str) -> str:
    """``text`` (a Markdown article) with each heading underlined ("Headline" over "=====" or "-----") written
    with its level's marks ("# Headline"), as the line-by-line reading knows headings: read alone, its text is a
    paragraph and its underline a rule. Headings in a quote or a list are left as they are."""
    if not SETEXT_UNDERLINE.search(text):  # no heading underlined: the article is not parsed once more for it
        return text
    source = text.split("\n")
    for token in reversed(_PARSER.parse(text)):
        if token.type == "heading_open" and token.markup in SETEXT_LEVELS and token.map and token.level == 0:
            start, end = token.map
            words = " ".join(line.strip() for line in source[start:end - 1])
            source[start:end] = ["#" * SETEXT_LEVELS[token.markup] + " " + words]
    return "\n".join(source)


# Blocks of a Markdown article whose structure is its author's and that the line-by-line cleaner would take
# apart (code loses its indentation, "1. first" becomes a paragraph, a quote's ">" becomes text, a nested list
# is flattened, an image's description is taken for a photo caption): kept out of the cleaning, as written.
# Paragraphs, headings and flat bullet lists, where scraped boilerplate sits ("• Read also: ..."), are cleaned
# as in any article.
VERBATIM_BLOCKS = frozenset({"fence", "code_block", "hr", "blockquote_open", "ordered_list_open"})


@dataclass(frozen=True)
class SetApart:
    """A Markdown article with its verbatim blocks set apart: ``text`` holds one placeholder paragraph for each,
    ``blocks`` maps each placeholder to the block's Markdown as written."""

    text: str
    blocks: Mapping[str, str]


def set_verbatim_apart(text: str) -> SetApart:
    """``text`` (a Markdown article, its headline the first line) with its verbatim blocks set apart."""
    lines = text.split("\n")
    tokens = _PARSER.parse(text)
    ranges = [token.map for index, token in enumerate(tokens)
              if token.level == 0 and token.map and token.map[0] > 0
              and (token.type in VERBATIM_BLOCKS or (token.type == "bullet_list_open" and _nested(tokens, index))
                   or (token.type == "paragraph_open" and _images_alone(tokens[index + 1])))]
    ranges = sorted([*ranges, *_footnotes(lines, ranges)])
    if not ranges:
        return SetApart(text, {})
    mark = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]  # no article writes it
    kept, blocks, position = [], {}, 0
    for number, (start, end) in enumerate(ranges, 1):
        placeholder = f"Block {number} ({mark}) of this story stays here as its author wrote it."
        blocks[placeholder] = "\n".join(lines[start:end]).strip("\n")
        kept += [*lines[position:start], "", placeholder, ""]
        position = end
    return SetApart("\n".join(kept + lines[position:]), blocks)


FOOTNOTE_START = re.compile(r"^\[\^[^\]\s]+\]:")  # "[^2]: Copyright 2026 Reuters..." (a note, not a credit)
NOTE_CONTINUES = re.compile(r"^(?: {4}|\t)")  # a note's further lines and paragraphs are indented


def _footnotes(lines: list[str], taken: list) -> list[list[int]]:
    """The line ranges of footnote texts ("[^1]: ..." and the indented lines that continue it), outside ``taken``
    blocks (the footnote plugin moves them out of the token stream, with no line map)."""
    inside = {number for start, end in taken for number in range(start, end)}
    found, number = [], 1
    while number < len(lines):
        if number in inside or not FOOTNOTE_START.match(lines[number]):
            number += 1
            continue
        end = number + 1
        while end < len(lines) and end not in inside and (NOTE_CONTINUES.match(lines[end]) or (
                not lines[end].strip() and end + 1 < len(lines) and NOTE_CONTINUES.match(lines[end + 1]))):
            end += 1
        found.append([number, end])
        number = end
    return found


def _images_alone(inline) -> bool:
    """Whether a paragraph's inline token holds images and nothing else ("![A chart of delays](chart.png)": the
    cleaner would take its description for a photo caption)."""
    children = inline.children or []
    return any(child.type == "image" for child in children) and all(
        child.type in ("image", "softbreak") or (child.type == "text" and not child.content.strip()) for child in children)


def _nested(tokens: list, opening: int) -> bool:
    """Whether the list opened at ``tokens[opening]`` holds another list."""
    for token in tokens[opening + 1:]:
        if token.level == 0:
            return False
        if token.type.endswith("_list_open"):
            return True
    return False


def verbatim_text(markdown: str, inline_text=markdown_inline_text) -> str:
    """What a reader reads of a verbatim block, for counting words and summaries: its inline text without markers
    or link targets (an image by its description), code left out (an article is not about its code); for
    tagging, ``inline_text`` is ``structure.markdown_story_text`` (no images, no lone links)."""
    parts = [inline_text(token.content) for token in _PARSER.parse(markdown) if token.type == "inline"]
    return "\n\n".join(part for part in parts if part.strip())
