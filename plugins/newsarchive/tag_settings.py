"""The tagger's settings, and what a build does with recorded tags without tagging any story.

Contract: ``TagConfig`` is the tagger's settings (their ``fingerprint`` is recorded with an article's tags);
``retouched`` applies changed pins, bans and added aliases to recorded tags; ``kicker`` is the tag shown above a
headline. Nothing here imports the tagger (``tag``) or its libraries: a build with no story to tag, one rebuilt
with nothing new, reads its settings and shows recorded tags without them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields, replace
from collections.abc import Iterable, Mapping, Sequence

from .tag_lexicon import BUILTIN_ALIASES, KeyMaker, alias_table, user_key


@dataclass(frozen=True, slots=True)
class TagConfig:
    """Settings of the tagger."""

    max_tags: int = 8
    min_tags: int = 3
    pinned: tuple[str, ...] = ()  # added to every article
    banned: tuple[str, ...] = ()  # never a tag anywhere
    aliases: tuple[tuple[str, str], ...] = ()  # (variant, canonical) pairs, on top of data/tag_aliases.tsv

    def fingerprint(self) -> str:
        """A short digest of the settings the site gives the tagger (recorded with an article's tags): the ones it
        sets away from their defaults, so a newer newsarchive, with another alias table or a new setting, keeps
        an archive's recorded tags (``--retag`` tags it again)."""
        return _digest(repr(tuple((name, value) for name, value in self._values() if value != self._default(name))))

    def earlier_fingerprint(self) -> str:
        """The digest versions up to 2026-12-07 recorded (these settings with the built-in alias table): an
        entry holding it was tagged under these settings by a version with this alias table."""
        return _digest(repr((self, BUILTIN_ALIASES)))

    def as_record(self) -> dict:
        """These settings as the ledger records them (JSON values)."""
        return {name: [list(item) if isinstance(item, tuple) else item for item in value]
                if isinstance(value, tuple) else value for name, value in self._values()}

    @classmethod
    def from_record(cls, record: Mapping) -> TagConfig | None:
        """The settings ``as_record`` wrote; None for a record this version cannot read: a field missing, or not
        of the shape ``as_record`` writes for its type (``RECORDED_SHAPES``; a ledger edited by hand or merged)."""
        if not all(item.name in record and RECORDED_SHAPES.get(item.type, _unknown_shape)(record[item.name])
                   for item in fields(cls)):
            return None
        values = {item.name: record[item.name] for item in fields(cls)}
        return cls(**{name: tuple(tuple(item) if isinstance(item, list) else item for item in value)
                      if isinstance(value, list) else value for name, value in values.items()})

    def _values(self) -> tuple[tuple[str, object], ...]:
        return tuple((item.name, getattr(self, item.name)) for item in fields(self))

    @staticmethod
    def _default(name: str) -> object:
        return TagConfig.__dataclass_fields__[name].default


def _texts(value: object, length: int | None = None) -> bool:
    return isinstance(value, list) and (length is None or len(value) == length) and all(
        isinstance(text, str) for text in value)


# What ``TagConfig.as_record`` writes for each type of field (as the dataclass names it): a count, texts, pairs.
RECORDED_SHAPES = {
    "int": lambda value: type(value) is int,
    "tuple[str, ...]": _texts,
    "tuple[tuple[str, str], ...]": lambda value: isinstance(value, list) and all(_texts(pair, 2) for pair in value),
}


def _unknown_shape(value: object) -> bool:
    return False


def builtin_aliases_digest() -> str:
    """A short digest of the built-in alias table (data/tag_aliases.tsv), recorded in the ledger."""
    return _digest(repr(BUILTIN_ALIASES))


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def retouched(tags: Sequence[str], made_under: TagConfig, config: TagConfig) -> tuple[str, ...] | None:
    """Tags the tagger made under ``made_under``, as it makes them under ``config`` when the two differ in their
    pins, bans and added aliases alone (pins and bans applied after the choice, as ``_finish`` applies them: a
    banned tag's place is not filled, an unpinned tag leaves; a tag an added alias names shown by its canonical
    name); None when they differ in more (``max_tags``, ``min_tags``, an alias taken away or changed)."""
    if replace(made_under, pinned=config.pinned, banned=config.banned, aliases=config.aliases) != config \
            or not set(made_under.aliases) <= set(config.aliases):
        return None
    keys = KeyMaker()
    aliases = alias_table(config.aliases, keys)
    renamed = {keys.phrase(variant.split()): canonical for variant, canonical in config.aliases
               if (variant, canonical) not in made_under.aliases}
    tags = [renamed.get(keys.phrase(tag.split()), tag) for tag in tags]
    banned = {user_key(tag, keys, aliases) for tag in config.banned}
    pinned = [tag for tag in config.pinned if user_key(tag, keys, aliases) not in banned]
    unpinned = {user_key(tag, keys, aliases) for tag in made_under.pinned} - \
        {user_key(tag, keys, aliases) for tag in pinned}
    kept: list[str] = []
    seen: set[str] = set()
    for tag in [*pinned, *tags]:
        key = user_key(tag, keys, aliases)
        if key and key not in seen and key not in banned and key not in unpinned:
            seen.add(key)
            kept.append(tag)
    return tuple(kept[: max(config.max_tags, len(pinned))])


def aliased(tags: Sequence[str], config: TagConfig, aliases, key_of: Mapping[str, str]) -> tuple[str, ...]:
    """Recorded tags as the alias tables name them now (``aliases``: ``alias_table(config.aliases, keys)``; ``key_of``:
    the phrase key of each tag that may be in it): a tag an alias names takes its canonical name, once a story
    ("Britain" when a newer newsarchive's table folds it into "United Kingdom"), as the tagger names it; the site's
    pins stay as written, as ``_finish`` keeps them."""
    found = [key_of.get(tag, "") for tag in tags]
    if aliases.keys().isdisjoint(found):
        return tuple(tags)  # most stories: nothing to rename
    pinned = set(config.pinned)
    shown: list[str] = []
    seen: set[str] = set()
    for tag, key in zip(tags, found):
        name, canonical = aliases.get(key, (tag, key or tag))
        if canonical not in seen:
            seen.add(canonical)
            shown.append(tag if tag in pinned else name)
    return tuple(shown)


def alias_keys_of(tags: Iterable[str], keys: KeyMaker, aliases) -> dict[str, str]:
    """The phrase key of each of ``tags`` that may be in ``aliases``: one whose words open with the letters of a key's
    words (stemming never changes a word's first letter), so most tags of an archive are never stemmed (a 11,000-story
    archive's 8,700 tags took 0.4 s)."""
    openings = {tuple(stem[:1] for stem in key.split()) for key in aliases}
    return {tag: keys.phrase(tag.split()) for tag in tags if _key_initials(tag) in openings}


def _key_initials(tag: str) -> tuple[str, ...]:
    """The first letter of each word of ``tag``'s phrase key (``KeyMaker.phrase``)."""
    return tuple(part[:1] for part in _KEY_SEPARATORS.sub(" ", tag.lower()).split())


_KEY_SEPARATORS = re.compile(r"[^0-9a-z]+")  # as KeyMaker splits a word into the parts it stems


def kicker(tags: Sequence[str], declared: bool) -> str | None:
    """The tag shown above a story's headline: the first that names someone or something (written with a capital:
    "Quillion", not "online shop-building tools", which ranks above it as a subject), else the first; the first
    when the file declares its tags, whose order is the writer's (a Category is shown first)."""
    if not tags:
        return None
    if declared:
        return tags[0]
    return next((tag for tag in tags if tag[:1].isupper()), tags[0])
