"""Reading: a file's bytes in, a ``RawArticle`` (or ``Rejected``) out.

Dispatches on the file's kind: scraped plain text, Markdown with a Pelican-style
metadata header (whose fields win over inference), or a saved HTML page.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import tzinfo, UTC
from pathlib import Path, PurePath

from lxml.etree import LxmlError

from .dates import parse_date
from .decode import decode_bytes, normalise_text, strip_control_characters
from .model import DeclaredMetadata, RawArticle, Rejected, SitePage
from .slugs import slugify
from .markdown_lines import setext_as_atx
from .structure import ATX_HEADING, is_decoration, markdown_inline_text, visible_line

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})  # a scraper's file without an extension is scraped text
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
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


def unread_kind(path: PurePath | str) -> str | None:
    """Why a file dropped into the inbox is not read at all, by its extension (a Word document, a PDF, an image
    saved there by mistake), or None: named in the build's report, never passed over in silence."""
    suffix = PurePath(path).suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return None
    return (f"not read: a {suffix} file; newsarchive reads scraped text (.txt), Markdown (.md) and saved pages "
            "(.html): save the story's text as one of them to publish it")


SYMBOLIC_LINK = "a symbolic link, not followed: copy the file itself into the folder"
OUTSIDE_FOLDER = "outside its folder, through a symbolic link to a folder: not followed (copy the files themselves)"


def unusable_link(path: Path, folder: Path | None = None) -> str | None:
    """Why a file that is a symbolic link, or lies outside ``folder`` through a linked folder, is not read: it could
    publish any file the build can read."""
    if path.is_symlink():
        return SYMBOLIC_LINK
    return link_check(folder)(path) if folder is not None else None


def link_check(folder: Path) -> Callable[[Path], str | None]:
    """``unusable_link(path, folder)`` for the many files of one folder: a file that is no link lies where the folder
    holding it resolves to, so each folder is resolved once (11,000 files resolved one by one took a second of every
    build of a ×5 archive)."""
    root = folder.resolve()

    @functools.cache
    def inside(parent: Path) -> bool:
        return parent.resolve().is_relative_to(root)

    def problem(path: Path) -> str | None:
        if path.is_symlink():
            return SYMBOLIC_LINK
        return None if inside(path.parent) else OUTSIDE_FOLDER

    return problem


METADATA_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_ -]{0,30}):\s*(?P<value>.*)$")
# A Markdown header is Pelican's: "Key: value" lines up to the first blank line, keys in any case. These
# keys are metadata; the header ends at any other "Key: value" line, which is article text ("London: the
# mayor said ..."). Pelican's keys for a page's URL, language and template are read and not used: an
# archive's URLs are /YYYY/MM/slug/, its language and templates are the site's.
METADATA_KEYS = frozenset({"title", "date", "tags", "source", "summary", "pin_tags", "ban_tags",
                           "author", "authors", "category", "slug", "modified", "status"})
UNUSED_PELICAN_KEYS = frozenset({"lang", "translation", "template", "save_as", "url", "keywords"})
HEADER_KEYS = METADATA_KEYS | UNUSED_PELICAN_KEYS
FENCE, HEADER_ENDS = "---", ("---", "...")  # a header between fences, as some write one (Python-Markdown reads it)
CONTINUATION = re.compile(r"^(?: {4}|\t)\s*\S")  # a header value's next line, indented
YAML_ITEM = re.compile(r"^\s*- (?P<item>.*\S)")  # "  - music", an item of a YAML-style list under its key
YAML_CONTINUATION = re.compile(r"^\s+\S")  # a block scalar's line, indented any amount
YAML_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")  # "summary: |", "title: >-": the value is on the indented lines below
YAML_COMMENT = re.compile(r"^\s*#")  # "# exported by …": a YAML comment, read as nothing
# Keys whose value is split at commas only (split_tag_list): a list item's own comma is written "&#44;" when the
# items are joined into one value, as a header line writes one; an Authors: list is split as Pelican splits it.
TAG_LIST_KEYS = frozenset({"tags", "category", "pin_tags", "ban_tags"})
# An item of a YAML flow list ("[music, 'Ostvik quay', \"Roe, Jane\"]"), quoted or not, up to its comma.
YAML_FLOW_ITEM = re.compile(r"""\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<plain>[^,]*?))\s*(?:,|$)""")
PUBLISHED = "published"  # the one Status: value that is published (Pelican's draft and hidden are not)


def read_article(path: str, data: bytes, max_bytes: int, zone: tzinfo = UTC) -> RawArticle | Rejected:
    """Decode and parse one input file; never raises for bad content. A declared time without an offset is
    the site's (``zone``)."""
    if too_large := _over_the_limit(path, data, max_bytes):
        return too_large
    raw = _read_by_kind(path, data, zone)
    return raw if isinstance(raw, Rejected) else sanitised(raw)


def _over_the_limit(path: str, data: bytes, max_bytes: int) -> Rejected | None:
    if len(data) <= max_bytes:
        return None
    return Rejected(path, f"file is over the {max_bytes:,}-byte size limit (setting max_file_bytes)")


def _read_by_kind(path: str, data: bytes, zone: tzinfo) -> RawArticle | Rejected:
    suffix = PurePath(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        from .htmlpage import read_html_page  # trafilatura is slow to import: only when needed

        try:
            return read_html_page(path, data, zone)
        except (LxmlError, ValueError, TypeError, RecursionError) as error:  # a page lxml cannot take apart
            return Rejected(path, f"the HTML page cannot be parsed ({type(error).__name__})")
    text = decode_bytes(data, path)
    if isinstance(text, Rejected):
        return text
    if suffix in MARKDOWN_SUFFIXES:
        return _read_markdown(path, text, zone)
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
            authors=shown_names(declared.authors),
            slug=_one_line(declared.slug),
        ),
    )


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(strip_control_characters(value).split()) or None


# Invisible characters that would make two tags that look alike two tags ("zero\u200bwidth" and "zerowidth"):
# zero-width space, word joiner, zero-width no-break space, soft hyphen (joiners that shape a script stay).
_INVISIBLE_IN_TAGS = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))


# A byline names a few people; a longer list is not one (every name is printed in each feed holding the story).
MAX_AUTHORS = 10
MAX_PAGE_TITLE_CHARACTERS = 80  # a page's title is a navigation item
MAX_NAME_CHARACTERS = 100  # a longer "name" is no one's (each is printed in every feed holding the story)
# Names a page's metadata gives for its publishing account, not for a writer ("admin", "jdadmin", "webmaster").
ACCOUNT_NAMES = re.compile(r"admin|webmaster|^(?:editor|staff|user|guest|root)$", re.IGNORECASE)


def shown_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """A byline's names cleaned to one line each, without invisible characters, accounts or repeats (an article
    shows ``MAX_AUTHORS`` of them)."""
    cleaned = (_one_line(name.translate(_INVISIBLE_IN_TAGS)) for name in names)
    return tuple(dict.fromkeys(name for name in cleaned
                               if name and len(name) <= MAX_NAME_CHARACTERS and not ACCOUNT_NAMES.search(name)))


def linkable_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tags cleaned to one line, without invisible characters, without those whose URL slug would be empty, one
    per slug."""
    cleaned = (_one_line(tag.translate(_INVISIBLE_IN_TAGS)) for tag in tags)
    by_slug: dict[str, str] = {}  # one tag per page: "Education" and "education" are one (the first written)
    for tag in cleaned:
        if tag and (slug := slugify(tag)):
            by_slug.setdefault(slug, tag)
    return tuple(by_slug.values())


def _read_markdown(path: str, text: str, zone: tzinfo) -> RawArticle | Rejected:
    fields, body = split_header(text)
    body = setext_as_atx(body)  # an underlined headline or subheading is one line, as "# Headline" is
    if unpublished := _unpublished(path, fields):
        return unpublished
    declared = _declared(fields, zone)
    if declared.title:
        body = declared.title + "\n\n" + body
    else:  # the first line is the headline, "# Headline" too
        body = "\n".join(_headline_and_rest(body))
    return RawArticle(path=path, text=body, format="markdown", declared=declared)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A Markdown file's header fields (keys in lower case) and the text below them.

    As Python-Markdown's meta extension reads one for Pelican: a line indented four spaces continues the
    value above it. A header may also sit between ``---`` lines (the closing one may be ``...``): then every
    line up to the closing one is the header's, and a ``Key: value`` line is read whatever its key (a
    YAML-style block's ``layout: post`` is read and not used), its value without YAML's quotes or brackets."""
    lines = text.lstrip("\n").split("\n")
    if lines[0].rstrip() == FENCE:
        end = next((number for number, line in enumerate(lines[1:], 1) if line.rstrip() in HEADER_ENDS), None)
        if end is not None and _a_header(header := _flow_lists_joined(lines[1:end])):
            return _fields(header, fenced=True)[0], "\n".join(lines[end + 1:])
    fields, count = _fields(lines, fenced=False)
    return fields, "\n".join(lines[count:])


def _flow_lists_joined(lines: list[str]) -> list[str]:
    """A fenced header's lines with each YAML flow list written over several lines ("tags: [music,", "  Ostvik
    quay]", even a closing "]" at the margin) joined onto its key's line, so it reads as one written on one. A
    line at the margin that does not close the list ends it: "title: [Updated] …" left open takes no other key."""
    joined: list[str] = []
    depth = 0
    for line in lines:
        continues = depth > 0 and (line[:1].isspace() or line.startswith("]"))
        if continues:
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line)
        match = METADATA_LINE.match(joined[-1]) if continues or not line[:1].isspace() else None
        value = match.group("value").lstrip() if match else ""
        depth = _open_brackets(value) if value.startswith("[") else 0
    return joined


def _open_brackets(value: str) -> int:
    """How many of a flow list's ``[`` are still open at the end of ``value`` (brackets inside quotes aside)."""
    depth, quote = 0, None
    for char in value:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
    return max(depth, 0)


def _a_header(lines: list[str]) -> bool:
    """Whether the lines between two ``---`` are a header, not an article's text between two rules: one at least
    names one of Pelican's keys (``title:``, ``date:``…; an article's note between two rules, "Update: …", names
    none), and each is a ``Key: value`` line or YAML's own (a list item, an indented line: a value's next line or a
    nested mapping's entry, a comment)."""
    return any((match := METADATA_LINE.match(line)) and _header_key(match) in HEADER_KEYS for line in lines) and all(
        not line.strip() or METADATA_LINE.match(line) or YAML_ITEM.match(line) or YAML_CONTINUATION.match(line)
        or YAML_COMMENT.match(line) for line in lines)


def _fields(lines: list[str], fenced: bool) -> tuple[dict[str, str], int]:
    """The fields of a header's ``lines`` and how many lines they take (all of them when ``fenced``); between
    fences a line indented any amount continues a value, but for a nested mapping's ``key: value``, which is read
    as nothing."""
    fields: dict[str, str] = {}
    written: dict[str, str] = {}  # a fenced value as written, over its lines, before its quotes or brackets go
    items: dict[str, list[str]] = {}  # a YAML-style list's items under their key
    key = None
    in_block = False  # under a block scalar's key ("summary: |"): its indented lines are its value, "a: b" ones too
    count = len(lines)
    for number, line in enumerate(lines):
        if key is not None and fenced and (item := YAML_ITEM.match(line)):
            items.setdefault(key, []).append(_unwrapped(item.group("item").strip(), key))
            continue
        if fenced and not in_block and YAML_CONTINUATION.match(line) and METADATA_LINE.match(line.strip()):
            continue  # a nested mapping's entry ("  name: Jane Roe" under "author:"): no value of the key above
        if key is not None and (CONTINUATION.match(line) or (fenced and YAML_CONTINUATION.match(line))):
            written[key] = f"{written[key]} {line.strip()}".strip()
            fields[key] = _unwrapped(written[key], key) if fenced and not in_block else written[key]
            continue
        match = METADATA_LINE.match(line)
        if match and (fenced or _header_key(match) in HEADER_KEYS):
            key = _header_key(match)
            value = match.group("value").strip()
            in_block = fenced and bool(YAML_BLOCK_SCALAR.match(value))
            written[key] = "" if in_block else value
            fields[key] = _unwrapped(value, key) if fenced else value
        elif fenced:
            key = None
        else:
            count = number
            break
    for key, values in items.items():
        fields[key] = _joined_list([value for value in (fields[key], *values) if value], key)
    return fields, count


def _joined_list(items: list[str], key: str) -> str:
    """A YAML list's items as one header value that splits into them again: a tag list's commas within an item
    written "&#44;" (decoded once the list is split), else joined as Pelican splits a list: at semicolons once
    an item has a comma ("Roe, Jane; Tom Ash")."""
    if key in TAG_LIST_KEYS:
        return ", ".join(item.replace(",", "&#44;") for item in items)
    return ("; " if any("," in item for item in items) else ", ").join(items)


def _unwrapped(value: str, key: str) -> str:
    """A YAML value without its quotes or list brackets: '"About us"' is "About us", "[a, 'b c']" is "a, b c"
    (joined as a block list's items are), and a block scalar's mark ("|", ">-") is no value."""
    if YAML_BLOCK_SCALAR.match(value):
        return ""
    if len(value) >= 2 and value.startswith("[") and value.endswith("]"):
        items = [item for match in YAML_FLOW_ITEM.finditer(value[1:-1]) if (item := next(
            (part for part in match.group("double", "single", "plain") if part is not None), "").strip())]
        return _joined_list(items, key)
    for opening, closing in (('"', '"'), ("'", "'")):
        if len(value) >= 2 and value.startswith(opening) and value.endswith(closing):
            return value[1:-1].strip()
    return value


def _unpublished(path: str, fields: dict[str, str]) -> Rejected | None:
    status = fields.get("status") or PUBLISHED  # (an empty Status: says nothing)
    if status.lower() == PUBLISHED:
        return None
    return Rejected(path, f"not published: its header says 'Status: {status}' (only 'published' files are; "
                          "delete the line to publish it)")


def _headline_and_rest(text: str) -> tuple[str, str]:
    """The first line, as a headline (a Markdown heading's text), and the lines below it; lines above it with
    nothing to read (a rule drawn above the headline) are left out."""
    lines = text.lstrip("\n").split("\n")
    first = next((number for number, line in enumerate(lines) if line.strip() and not is_decoration(line)), 0)
    headline, rest = lines[first], "\n".join(lines[first + 1:])
    heading = ATX_HEADING.match(headline.strip())
    return (heading.group("text") if heading else headline), rest


def read_page(path: str, data: bytes, max_bytes: int) -> SitePage | Rejected:
    """A page of the site itself (an About page): Markdown with an optional Pelican header, written by the
    site's owner and published as it is (no boilerplate to clean). Its title is the header's ``Title:``,
    else its first line."""
    if PurePath(path).suffix.lower() not in MARKDOWN_SUFFIXES:
        return Rejected(path, "a page of the site must be a Markdown file (.md)")
    if too_large := _over_the_limit(path, data, max_bytes):
        return too_large
    text = decode_bytes(data, path)
    if isinstance(text, Rejected):
        return text
    fields, body = split_header(normalise_text(text))
    if unpublished := _unpublished(path, fields):
        return unpublished
    title, body = (fields["title"], body) if fields.get("title") else _headline_and_rest(body)
    title = _one_line(markdown_inline_text(title))  # as a reader sees it: "**About** us" is "About us"
    if not title:
        return Rejected(path, "a page needs a title (a Title: line or a first line)")
    if len(title) > MAX_PAGE_TITLE_CHARACTERS:  # (it is in the navigation of every page of the site)
        return Rejected(path, f"its title is {len(title):,} characters long: a page's title names it in the navigation")
    slug = slugify(_one_line(fields.get("slug")) or "") or slugify(title)
    return SitePage(path=path, title=title, body_markdown=body.strip("\n") + "\n", slug=slug)


def _header_key(match: re.Match) -> str:
    return match.group("key").strip().lower()


def _declared(fields: dict[str, str], zone: tzinfo) -> DeclaredMetadata:
    date = parse_date(fields["date"], zone) if fields.get("date") else None
    modified = parse_date(fields["modified"], zone) if fields.get("modified") else None
    category = split_tag_list(fields.get("category", ""))[:1]  # Pelican's one category: a tag, shown first
    declared_tags = split_tag_list(fields["tags"]) if "tags" in fields else None
    return DeclaredMetadata(
        title=fields.get("title") or None,
        date=date,
        unread_date=fields["date"] if fields.get("date") and date is None else None,
        tags=None if declared_tags is None else tuple(dict.fromkeys(category + declared_tags)),
        source=fields.get("source") or None,
        summary=fields.get("summary") or None,
        pinned_tags=tuple(dict.fromkeys(category + split_tag_list(fields.get("pin_tags", "")))),
        banned_tags=split_tag_list(fields.get("ban_tags", "")),
        authors=_authors(fields),
        modified=modified,
        unread_modified=fields["modified"] if fields.get("modified") and modified is None else None,
        slug=fields.get("slug") or None,
    )


def _authors(fields: dict[str, str]) -> tuple[str, ...]:
    """Pelican's ``Authors:`` list, split as Pelican splits it: at semicolons when it has any ("Roe, Jane;
    Ash, Tom"), else at commas; else its ``Author:`` (one name)."""
    if fields.get("authors"):
        names = visible_line(fields["authors"])  # "Jos&eacute; Ruiz" is one name: its ";" ends a reference
        return _split_list(names, ";" if ";" in names else ",")
    return (fields["author"],) if fields.get("author") else ()


def split_tag_list(value: str) -> tuple[str, ...]:
    """A header's tags: comma-separated (a semicolon is text: "AT&amp;T" keeps its entity), each as a reader sees
    it, as a byline is ("caf&#233;" is "café"; decoded once split, so "&#44;" is a comma within a tag)."""
    return tuple(dict.fromkeys(shown for tag in _split_list(value, ",") if (shown := visible_line(tag).strip())))


def _split_list(value: str, separator: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.strip() for item in value.split(separator) if item.strip()))
