"""Slugs: readable, ASCII, bounded in length, never empty (non-Latin scripts are transliterated)."""
from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

MAX_SLUG_LENGTH = 80  # long headlines make unwieldy URLs; cut at a word boundary
NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """``"Nagorno Karabakh: talks"`` → ``"nagorno-karabakh-talks"``; may return "" for symbol-only text."""
    # Currency signs go, as "$" always did: "£18m" is "18m", not unidecode's "PS18m" ("€" would be "EUR")
    text = "".join(char for char in unicodedata.normalize("NFKC", text) if unicodedata.category(char) != "Sc")
    ascii_text = unidecode(text).lower()
    return bounded_slug(NON_WORD.sub("-", ascii_text).strip("-"), max_length)


def bounded_slug(slug: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """``slug`` cut to ``max_length`` characters at its last hyphen within them (a word boundary), if it has one."""
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]).strip("-")


def unique_slug(title: str, taken: set[str], fallback: str) -> str:
    """A slug for ``title`` not in ``taken`` (``-2``, ``-3``… appended); ``fallback`` when the title has none."""
    base = slugify(title) or fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate
