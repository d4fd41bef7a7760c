"""Which lines of a Markdown article continue a hard-wrapped paragraph.

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

from .render import make_renderer

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
