"""Cleaning: a decoded raw article in, its headline, content blocks and removed lines out.

Contract: the cleaner only removes whole lines that match a boilerplate family
(``heuristics.BOILERPLATE_FAMILIES``) and records each one with its family; it
never edits, reorders or merges the text of content lines.
"""
from __future__ import annotations

from dataclasses import dataclass

from .heuristics import BOILERPLATE_FAMILIES, SCRAPER_MARKER, Family, Zone
from .model import CleanArticle, RemovedLine
from .structure import classify_lines


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Settings of the cleaner."""

    remove_agency_credits: bool = True  # judgement call: "Reporting by ...", "... contributed to this report"


def clean_article(text: str, config: CleanConfig = CleanConfig()) -> CleanArticle:
    """Split a raw article (LF line ends) into headline and cleaned content blocks."""
    lines = _content_lines(text)
    if not lines:
        return CleanArticle(title="", blocks=())
    title, body = lines[0], lines[1:]
    kept: list[str] = []
    removed: list[RemovedLine] = []
    source = None
    for index, line in enumerate(body):
        family = _matching_family(line, index, len(body))
        if family is None:
            kept.append(line)
            continue
        removed.append(RemovedLine(line, family.name))
        marker = SCRAPER_MARKER.match(line)
        if marker:
            source = marker.group("site")
    return CleanArticle(
        title=title,
        blocks=classify_lines(tuple(kept)),
        removed=tuple(removed),
        source=source,
    )


def _content_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _matching_family(line: str, index: int, count: int) -> Family | None:
    for family in BOILERPLATE_FAMILIES:
        if family.zone is Zone.LAST_LINE and index != count - 1:
            continue
        if family.pattern.match(line):
            return family
    return None
