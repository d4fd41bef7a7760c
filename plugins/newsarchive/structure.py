"""Turn content lines into typed blocks and blocks into Markdown.

A short line with no closing punctuation, followed by prose, is a subheading;
lines starting with a bullet are list items; everything else is a paragraph
kept verbatim (whitespace normalised only).
"""
from __future__ import annotations

import re

from .model import Block, BlockKind

BULLET = re.compile(r"^\s*[-*•·]\s+(?P<text>\S.*)$")
CLOSING_PUNCTUATION = tuple(".!?:;,…")
MAX_SUBHEADING_WORDS = 10


def classify_lines(lines: tuple[str, ...]) -> tuple[Block, ...]:
    """Classify content lines (one block each) as paragraph, subheading or list item."""
    blocks = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        blocks.append(_classify(line, following))
    return tuple(blocks)


def _classify(line: str, following: str | None) -> Block:
    bullet = BULLET.match(line)
    if bullet:
        return Block(BlockKind.ITEM, bullet.group("text").strip())
    if following is not None and _looks_like_subheading(line) and not BULLET.match(following):
        return Block(BlockKind.SUBHEADING, line)
    return Block(BlockKind.PARAGRAPH, line)


def _looks_like_subheading(line: str) -> bool:
    stripped = line.rstrip("”\"'’ ")
    return len(line.split()) <= MAX_SUBHEADING_WORDS and not stripped.endswith(CLOSING_PUNCTUATION)


def to_markdown(blocks: tuple[Block, ...]) -> str:
    """Render blocks as CommonMark; list items are grouped into one list."""
    parts: list[str] = []
    for previous, block in zip((None, *blocks), blocks):
        text = escape_markdown(block.text)
        if block.kind is BlockKind.SUBHEADING:
            parts.append(f"## {text}")
        elif block.kind is BlockKind.ITEM:
            separator = "\n" if previous is not None and previous.kind is BlockKind.ITEM else "\n\n"
            parts.append(("" if not parts else separator) + f"- {text}")
            continue
        else:
            parts.append(text)
        parts[-1] = ("\n\n" if len(parts) > 1 else "") + parts[-1]
    return "".join(parts).strip() + "\n" if parts else ""


_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=|]|[-*](?=\s|$))")
_ORDERED_LIST_START = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """Keep a scraped line from turning into Markdown structure it did not have."""
    text = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED_LIST_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
