"""Reading: a file's bytes in, a ``RawArticle`` (or ``Rejected``) out.

Dispatches on the file's kind: scraped plain text, Markdown with a Pelican-style
metadata header (whose fields win over inference), or a saved HTML page.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path, PurePath

from lxml.etree import LxmlError

from .dates import parse_date
from .decode import decode_bytes, normalise_text, strip_control_characters
from .model import DeclaredMetadata, RawArticle, Rejected
from .slugs import slugify
from .structure import ATX_HEADING

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES - {""}
# The extensions read in the content folder, without the dot: each in lower, upper and title case
# (Pelican matches extensions case-sensitively; an inbox copy gets a lower-case one).
ARTICLE_EXTENSIONS = frozenset(form for suffix in ARTICLE_SUFFIXES
                               for form in (suffix[1:], suffix[1:].upper(), suffix[1:].title()))


def unusable_name(path: PurePath | str) -> str | None:
    """Why an article file's name cannot be used (it would break the ledger or go unread), or None."""
    name = str(path)
    if not name.isascii():
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            return "the file name is not valid UTF-8: rename the file"
    suffix = os.path.splitext(name)[1]
    if suffix[1:] not in ARTICLE_EXTENSIONS:
        return f"the extension {suffix!r} is not read in this case: rename the file to {suffix.lower()!r}"
    return None


def unusable_link(path: Path) -> str | None:
    """Why an article file that is a symbolic link is not read: it could publish any file the build can read."""
    if path.is_symlink():
        return "a symbolic link, not followed: copy the file itself into the folder"
    return None


METADATA_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_ -]{0,30}):\s*(?P<value>.*)$")
# Only these keys are metadata; any other "Key: value" line is article text.
METADATA_KEYS = frozenset({"title", "date", "tags", "source", "summary", "pin_tags", "ban_tags"})


def read_article(path: str, data: bytes, max_bytes: int) -> RawArticle | Rejected:
    """Decode and parse one input file; never raises for bad content."""
    if len(data) > max_bytes:
        return Rejected(path, f"file is over the {max_bytes:,}-byte size limit (setting max_file_bytes)")
    raw = _read_by_kind(path, data)
    return raw if isinstance(raw, Rejected) else sanitised(raw)


def _read_by_kind(path: str, data: bytes) -> RawArticle | Rejected:
    suffix = PurePath(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        from .htmlpage import read_html_page  # trafilatura is slow to import: only when needed

        try:
            return read_html_page(path, data)
        except (LxmlError, ValueError, TypeError, RecursionError) as error:  # a page lxml cannot take apart
            return Rejected(path, f"the HTML page cannot be parsed ({type(error).__name__})")
    text = decode_bytes(data, path)
    if isinstance(text, Rejected):
        return text
    if suffix in MARKDOWN_SUFFIXES:
        return _read_markdown(path, text)
    return RawArticle(path=path, text=text, format="text")


def sanitised(raw: RawArticle) -> RawArticle:
    """Every field a page or feed shows: no control characters, one-line values on one line.

    The text is normalised by the decoder already; HTML metadata (title, site name)
    comes from the page's markup and is cleaned here. Declared tags whose slug would
    be empty ("!!!", an emoji) are dropped: they would make broken tag links.
    """
    declared = raw.declared
    return replace(
        raw,
        text=normalise_text(raw.text),
        declared=replace(
            declared,
            title=_one_line(declared.title),
            source=_one_line(declared.source),
            summary=_one_line(declared.summary),
            tags=None if declared.tags is None else linkable_tags(declared.tags),
            pinned_tags=linkable_tags(declared.pinned_tags),
            banned_tags=tuple(_one_line(tag) or "" for tag in declared.banned_tags),
        ),
    )


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(strip_control_characters(value).split()) or None


# Invisible characters that would make two tags that look alike two tags ("zero\u200bwidth" and "zerowidth"):
# zero-width space, word joiner, zero-width no-break space, soft hyphen (joiners that shape a script stay).
_INVISIBLE_IN_TAGS = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))


def linkable_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tags cleaned to one line, without invisible characters, without those whose URL slug would be empty."""
    cleaned = (_one_line(tag.translate(_INVISIBLE_IN_TAGS)) for tag in tags)
    return tuple(dict.fromkeys(tag for tag in cleaned if tag and slugify(tag)))


def _read_markdown(path: str, text: str) -> RawArticle:
    lines = text.lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    for count, line in enumerate(lines):
        match = METADATA_LINE.match(line)
        if not line.strip() or not match or match.group("key").strip().lower() not in METADATA_KEYS:
            break
        fields[match.group("key").strip().lower()] = match.group("value").strip()
    else:
        count = len(lines)
    body = "\n".join(lines[count:])
    declared = _declared(fields)
    if declared.title:
        body = declared.title + "\n\n" + body
    else:  # the first line is the headline, "# Headline" too
        headline, _, rest = body.lstrip("\n").partition("\n")
        heading = ATX_HEADING.match(headline.strip())
        body = (heading.group("text") if heading else headline) + "\n" + rest
    return RawArticle(path=path, text=body, format="markdown", declared=declared)


def _declared(fields: dict[str, str]) -> DeclaredMetadata:
    date = parse_date(fields["date"]) if fields.get("date") else None
    return DeclaredMetadata(
        title=fields.get("title") or None,
        date=date,
        unread_date=fields["date"] if fields.get("date") and date is None else None,
        tags=split_tag_list(fields["tags"]) if "tags" in fields else None,
        source=fields.get("source") or None,
        summary=fields.get("summary") or None,
        pinned_tags=split_tag_list(fields.get("pin_tags", "")),
        banned_tags=split_tag_list(fields.get("ban_tags", "")),
    )


def split_tag_list(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag.strip() for tag in value.split(",") if tag.strip()))
