"""Boilerplate families: the one table of line patterns the cleaner applies.

Each family has a name (reported in ``removed``), an anchored whole-line regular
expression, and the zone of the article where it may match. Rules are anchored
on purpose: substring rules delete real prose ("By most accounts, ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Zone(str, Enum):
    """Where in the article a family may match."""

    ANYWHERE = "anywhere"
    HEAD = "head"  # first lines after the headline (bylines, timestamps)
    TAIL = "tail"  # last lines (trailers, markers)
    LAST_LINE = "last_line"


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    zone: Zone = Zone.ANYWHERE


def _family(name: str, regex: str, zone: Zone = Zone.ANYWHERE) -> Family:
    return Family(name, re.compile(regex, re.IGNORECASE), zone)


BOILERPLATE_FAMILIES: tuple[Family, ...] = (
    # A marker followed by another article's headline: "• Read also: ...".
    _family("cross_link", r"^[•*\-–·]?\s*(read also|also read|read more|related|see also)\s*:\s*\S.*$"),
    # The scraper's trailing site id: "source site-64".
    _family("scraper_marker", r"^source\s+site-\d{1,6}$", Zone.LAST_LINE),
)

SCRAPER_MARKER = re.compile(r"^source\s+(?P<site>site-\d{1,6})$", re.IGNORECASE)
