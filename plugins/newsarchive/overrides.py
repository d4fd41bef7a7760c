"""Per-article tag overrides: one table the user edits, applied to finished articles.

Contract: ``parse_overrides(text, source)`` reads the table (``newsarchive-tags.tsv``
in the content folder, named by the ``tag_overrides`` setting) into an
``OverrideTable``: one ``TagOverride`` per article path, and a message naming the file
and line for every line it cannot read (never an exception). ``apply_overrides(results,
table, config)`` returns the articles with their tags changed, and a message for every
table entry that names no article. Raw ``.txt`` and ``.html`` articles have no header a
user could write overrides into, and the raw files are never edited: this table is how
they get them (it works for Markdown articles too).

The table is applied after tagging and after the ingest cache, so editing it re-tags
nothing and the overrides hold on every rebuild. Tags are compared the way the tagger
compares them (case, plural, punctuation and the alias table: banning "the Kremlin"
bans "Russia" when the aliases fold one into the other).

Format (tab-separated; ``#`` starts a comment line)::

    articles/2026-03-20-geneva-talks.txt <TAB> +Helga Brandvold <TAB> -news conference
    articles/2026-04-07-oil-sheen.txt    <TAB> =oil spill; =Shetland; =Halvard Energy

``+tag`` pins a tag (shown first), ``-tag`` bans one, ``=tag`` replaces the inferred
list (several ``=`` tags form the new list, in order). Changes are separated by tabs
or semicolons; several lines for one article add up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from collections.abc import Sequence

from .model import Article, Rejected
from .tag_settings import TagConfig
from .tag_lexicon import KeyMaker, alias_table, user_key

DEFAULT_TABLE_NAME = "newsarchive-tags.tsv"
_CHANGE_SEPARATOR = re.compile(r"[\t;]")
_ACTIONS = {"+": "pinned", "-": "banned", "=": "replaced"}


@dataclass(frozen=True, slots=True)
class TagOverride:
    """What the user asked for one article (``replaced`` None: keep the inferred tags)."""

    path: str  # relative to the content folder, "/" separated
    pinned: tuple[str, ...] = ()
    banned: tuple[str, ...] = ()
    replaced: tuple[str, ...] | None = None
    line: int = 0  # first line of the table that names the article


@dataclass(frozen=True, slots=True)
class OverrideTable:
    """The readable entries of one table, and a message for each line that is not."""

    source: str = DEFAULT_TABLE_NAME
    overrides: tuple[TagOverride, ...] = ()
    problems: tuple[str, ...] = ()


def read_overrides(path: Path) -> OverrideTable:
    """The table at ``path``; a missing file is an empty table (most archives need none)."""
    text, problem = read_table_text(path, "tag overrides table")
    return OverrideTable(str(path), problems=(problem,)) if problem else parse_overrides(text, str(path))


def read_table_text(path: Path, what: str) -> tuple[str, str | None]:
    """A table the user keeps in the content folder: its text ("" when there is none), or a message naming it."""
    try:
        return path.read_text(encoding="utf-8-sig"), None
    except FileNotFoundError:
        return "", None
    except (OSError, UnicodeDecodeError) as error:
        return "", f"{path}: cannot read the {what} ({error})"


def parse_overrides(text: str, source: str = DEFAULT_TABLE_NAME) -> OverrideTable:
    """Read the table's lines; ``source`` names the file in messages."""
    entries: dict[str, TagOverride] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parsed = _parse_line(line, number)
        if isinstance(parsed, str):
            problems.append(f"{source}, line {number}: {parsed}")
            continue
        old = entries.get(parsed.path)
        entries[parsed.path] = parsed if old is None else _combine(old, parsed)
    return OverrideTable(source, tuple(entries.values()), tuple(problems))


def _parse_line(line: str, number: int) -> TagOverride | str:
    """One entry, or what is wrong with the line."""
    path, tab, rest = line.partition("\t")
    path = normalise_path(path.strip())
    if not tab:
        return "no tab after the article path (write: path<TAB>+tag to pin<TAB>-tag to ban)"
    if not path or path.startswith("../"):
        return "no article path before the tab (paths are relative to the content folder)"
    changes: dict[str, list[str]] = {"pinned": [], "banned": [], "replaced": []}
    for change in (part.strip() for part in _CHANGE_SEPARATOR.split(rest)):
        if not change:
            continue
        action, tag = change[0], " ".join(change[1:].split())
        if action not in _ACTIONS:
            return f"{change!r} does not start with + (pin), - (ban) or = (replace the list)"
        if not tag:
            return f"{change!r} names no tag"
        changes[_ACTIONS[action]].append(tag)
    if not any(changes.values()):
        return f"no change for {path} (add +tag, -tag or =tag after the tab)"
    replaced = tuple(changes["replaced"]) if changes["replaced"] else None
    return TagOverride(path, tuple(changes["pinned"]), tuple(changes["banned"]), replaced, number)


def _combine(old: TagOverride, new: TagOverride) -> TagOverride:
    replaced = old.replaced if new.replaced is None else (old.replaced or ()) + new.replaced
    return replace(old, pinned=old.pinned + new.pinned, banned=old.banned + new.banned, replaced=replaced)


def normalise_path(path: str) -> str:
    """"./articles\\a.txt" and "articles/a.txt" name the same file."""
    return str(PurePosixPath(path.replace("\\", "/"))).removeprefix("./") if path else ""


def apply_overrides(results: Sequence[Article | Rejected], table: OverrideTable,
                    config: TagConfig = TagConfig()) -> tuple[tuple[Article | Rejected, ...], tuple[str, ...]]:
    """``results`` with each listed article's tags changed, and a message per entry naming no article.

    Paths of ``results`` are compared relative to the content folder, as the table writes them.
    """
    if not table.overrides:
        return tuple(results), ()
    wanted = {entry.path: entry for entry in table.overrides}
    keys = KeyMaker()
    aliases = alias_table(config.aliases, keys)
    found: set[str] = set()
    changed = []
    for result in results:
        entry = wanted.get(normalise_path(result.path))
        if entry is not None:
            found.add(entry.path)
        if entry is not None and isinstance(result, Article):
            result = replace(result, tags=overridden_tags(result.tags, entry, config.max_tags, keys, aliases))
        changed.append(result)
    missing = tuple(f"{table.source}, line {entry.line}: {entry.path} is no article of this archive "
                    "(paths are relative to the content folder)"
                    for entry in table.overrides if entry.path not in found)
    return tuple(changed), missing


def overridden_tags(tags: Sequence[str], entry: TagOverride, max_tags: int, keys: KeyMaker, aliases) -> tuple[str, ...]:
    """Pins first, then the replacement or inferred tags; bans removed; one tag per key.

    The inferred tags are cut to ``max_tags`` as the tagger cuts them; tags the user
    wrote (pins, a replacement list) are all kept.
    """
    banned = {user_key(tag, keys, aliases) for tag in entry.banned}
    kept: list[str] = []
    seen: set[str] = set()

    def keep(candidates: Sequence[str]) -> None:
        for tag in candidates:
            key = user_key(tag, keys, aliases)
            if key and key not in seen and key not in banned:
                seen.add(key)
                kept.append(tag)

    keep([*entry.pinned, *(entry.replaced or ())])
    written = len(kept)
    keep(tags if entry.replaced is None else ())
    return tuple(kept[: max(max_tags, written)])


def apply_table_file(results: Sequence[Article | Rejected], content: Path, table_name: str,
                     config: TagConfig = TagConfig()) -> tuple[tuple[Article | Rejected, ...], tuple[str, ...]]:
    """Read ``content / table_name`` (none when the name is "") and apply it; the messages to show the user."""
    if not table_name:
        return tuple(results), ()
    table = read_overrides(content / table_name)
    changed, missing = apply_overrides(results, table, config)
    return changed, tuple(sorted(table.problems + missing, key=_line_number))  # in the table's order


def _line_number(message: str) -> int:
    """The line a message of ``parse_overrides`` or ``apply_overrides`` names ("<table>, line 12: ...")."""
    found = re.search(r", line (\d+): ", message)
    return int(found.group(1)) if found else 0
