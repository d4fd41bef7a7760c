"""Which of many regular expressions can match a line at all, found in one pass over the line.

Each boilerplate family is a regular expression of up to a few hundred alternatives, and most lines
of a story match none of them; trying them one after the other is most of the cleaner's time. Nearly
every alternative needs some fixed text ("read also", "©", "min read") somewhere in the line. From a
pattern's parsed form, ``required_literals`` finds a set of such texts, one of which any line the
pattern matches must contain (in lower case), or None when no such set exists (a date-only line). A
``LiteralGate`` looks for all the texts of all the patterns in one Aho-Corasick pass over the line
(pyahocorasick) and answers with the patterns that remain possible: a necessary condition, never a
sufficient one, so the patterns it lets through are still matched as before and the answers are the same.

Lower case stands for the IGNORECASE flag: two characters equal under it have the same ``str.lower()``,
except for the few the regex engine also pairs with another letter (the long s with "s", the Kelvin sign
...). Such characters end a literal, and a line holding one gets every pattern.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
# CPython's own parser of regular expressions and its table of extra case pairs (private modules, the same from
# Python 3.11 on): the gate reads patterns exactly as the engine does.
import re._casefix as _casefix
import re._constants as _sre
import re._parser as _sre_parser
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Sequence

import ahocorasick

Requirement = frozenset[str]  # one of these texts is in every line the pattern matches

# Characters IGNORECASE pairs with another than their lower case ("ſ" with "s", "ı" with "i", "µ" with "μ"), and
# "İ", whose lower case is two characters: no literal holds them, and a line with one is tried on every pattern.
_CASE_EXCEPTIONS = frozenset({chr(code) for code in _casefix._EXTRA_CASES if code > 127}
                             | {chr(code) for codes in _casefix._EXTRA_CASES.values() for code in codes if code > 127}
                             | {"\u0130"})

# How often a character occurs in lower-cased English text (letters as in the usual frequency tables, scaled down
# for spaces and punctuation). Between two requirements the gate keeps the one less likely to be in a line: "app"
# rather than "get" in "get the app", "©" rather than "all rights".
_CHARACTER_CHANCE = {
    **dict(zip("etaoinshrdlcumwfgypbvkjxqz",
               (.102, .073, .066, .062, .058, .055, .051, .049, .047, .034, .033, .023, .023, .02, .019, .018, .016,
                .016, .012, .0075, .0047, .0063, .0013, .0012, .0008, .0006))),
    " ": .17, ",": .009, ".": .009, "-": .002, "'": .002, '"': .002, ":": .001, "(": .0005, ")": .0005, "/": .0005,
    **dict.fromkeys("0123456789", .002),
}
_RARE_CHARACTER_CHANCE = .0003
MAX_ALTERNATIVE_LITERALS = 400  # an alternation needing more texts than this is treated as needing none


def required_literals(regex: str, flags: int = re.IGNORECASE) -> Requirement | None:
    """Texts (in lower case) one of which is in every string the pattern matches, or None when none are certain."""
    return _sequence(_sre_parser.parse(regex, flags))


def _sequence(items) -> Requirement | None:
    """The best requirement of a sequence: its runs of literal characters and what its parts require."""
    best, run = None, ""
    for op, value in items:
        if op is _sre.LITERAL and (character := _folded(value)) is not None:
            run += character
            continue
        if op is _sre.AT:
            continue  # an anchor or \\b takes no characters: the literals either side are adjacent
        if run:
            best, run = _stronger(best, frozenset({run})), ""
        best = _stronger(best, _node(op, value))
    return _stronger(best, frozenset({run})) if run else best


def _node(op, value) -> Requirement | None:
    if op is _sre.LITERAL:
        character = _folded(value)
        return frozenset({character}) if character else None
    if op is _sre.SUBPATTERN:
        return _sequence(value[3])
    if op is _sre.ATOMIC_GROUP:
        return _sequence(value)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, _, inner = value
        return _sequence(inner) if least >= 1 else None
    if op is _sre.BRANCH:
        return _any_of(value[1])
    if op is _sre.IN:
        return _character_set(value)
    if op is _sre.ASSERT:  # a look-ahead or look-behind must match too
        return _sequence(value[1])
    return None  # any character, a class, a negation, a back-reference, a conditional


def _any_of(branches) -> Requirement | None:
    texts: set[str] = set()
    for branch in branches:
        requirement = _sequence(branch)
        if requirement is None:
            return None
        texts |= requirement
    return frozenset(texts) if len(texts) <= MAX_ALTERNATIVE_LITERALS else None


def _character_set(items) -> Requirement | None:
    characters = set()
    for op, value in items:
        character = _folded(value) if op is _sre.LITERAL else None
        if character is None:
            return None  # a range, a category or a negation
        characters.add(character)
    return frozenset(characters)


def _folded(code: int) -> str | None:
    character = chr(code).lower()
    return character if len(character) == 1 and character not in _CASE_EXCEPTIONS else None


def _stronger(first: Requirement | None, second: Requirement | None) -> Requirement | None:
    if first is None or second is None:
        return second if first is None else first
    return first if _chance(first) <= _chance(second) else second


def _chance(requirement: Requirement) -> float:
    """Roughly how likely a line is to hold one of the texts at a given place."""
    total = 0.0
    for text in requirement:
        chance = 1.0
        for character in text:
            chance *= _CHARACTER_CHANCE.get(character, _RARE_CHARACTER_CHANCE)
        total += chance
    return total


@dataclass(frozen=True, slots=True)
class LiteralGate:
    """The patterns of a list a line may match: bit i of ``possible(line)`` is set when pattern i may match it."""

    automaton: ahocorasick.Automaton  # every required text, with the bits of the patterns that require it
    ungated: int  # the bits of the patterns that require no text
    every: int

    @classmethod
    def over(cls, patterns: Iterable[re.Pattern[str]]) -> LiteralGate:
        return cls.of_requirements([required_literals(pattern.pattern, pattern.flags) for pattern in patterns])

    @classmethod
    def of_requirements(cls, requirements: Sequence[Requirement | None]) -> LiteralGate:
        """The gate of patterns that need these texts (None: a pattern that needs none), in their order."""
        automaton, ungated = ahocorasick.Automaton(), 0
        for position, requirement in enumerate(requirements):
            if requirement is None:
                ungated |= 1 << position
                continue
            for text in requirement:
                automaton.add_word(text, automaton.get(text, 0) | 1 << position)
        automaton.make_automaton()
        return cls(automaton, ungated, (1 << len(requirements)) - 1)

    def possible(self, line: str) -> int:
        lowered = line.lower()
        if not lowered.isascii() and not _CASE_EXCEPTIONS.isdisjoint(lowered):
            return self.every
        found = self.ungated
        if found == self.every:
            return found  # no pattern needs a text (an automaton without words cannot be searched)
        for _, bits in self.automaton.iter(lowered):
            found |= bits
        return found


# The requirements of a list of patterns, kept in a cache folder: reading every pattern's parsed form again took
# about a third of the boilerplate table's start-up. The file is found again only by the same patterns (text and
# flags), the same reading of them (this module's code) and the same Python (its parser of regular expressions).
REQUIREMENTS_FILE = "literal-gate.json"
_THIS_CODE = Path(__file__)


def requirements_key(patterns: Sequence) -> str:
    digest = hashlib.sha256(_THIS_CODE.read_bytes())
    digest.update(sys.version.encode())
    for pattern in patterns:
        digest.update(f"\0{pattern.flags}\0{pattern.pattern}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def cached_requirements(patterns: Sequence, folder: Path) -> list[Requirement | None]:
    """``required_literals`` of each pattern, read from ``folder`` when computed there before, else computed
    (and written there for the next build; a folder that cannot be written to is only not written to)."""
    key, path = requirements_key(patterns), folder / REQUIREMENTS_FILE
    kept = _kept_requirements(path, key, len(patterns))
    if kept is not None:
        return kept
    requirements = [required_literals(pattern.pattern, pattern.flags) for pattern in patterns]
    _write_requirements(path, key, requirements)
    return requirements


def _kept_requirements(path: Path, key: str, count: int) -> list[Requirement | None] | None:
    """The requirements kept in ``path`` under ``key``, or None when it holds none that can be trusted: unreadable,
    another key, or not one requirement (None, or a list of texts) for each of the ``count`` patterns (a gate made
    of fewer, or of an empty one, let no line reach the patterns left out)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    texts = stored.get("requirements") if isinstance(stored, dict) and stored.get("key") == key else None
    if not isinstance(texts, list) or len(texts) != count or not all(map(_kept_requirement, texts)):
        return None
    return [None if requirement is None else frozenset(requirement) for requirement in texts]


def _kept_requirement(texts: object) -> bool:
    return texts is None or (isinstance(texts, list) and bool(texts)
                             and all(isinstance(text, str) and text for text in texts))


def _write_requirements(path: Path, key: str, requirements: Sequence[Requirement | None]) -> None:
    texts = [None if requirement is None else sorted(requirement) for requirement in requirements]
    spare = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        spare.write_text(json.dumps({"key": key, "requirements": texts}, ensure_ascii=False), encoding="utf-8")
        os.replace(spare, path)  # whole or not at all: a build running beside this one reads either file
    except OSError:
        with contextlib.suppress(OSError):  # (a cache "folder" that is a file has no spare to remove either)
            spare.unlink(missing_ok=True)


class LazyGate:
    """The ``LiteralGate`` of a list of patterns, made when first asked (or by ``prepare``, from a cache folder).

    Until then no pattern is parsed: a build with nothing to clean never makes it. After it is made, ``possible``
    is the gate's own method, read from the instance.
    """

    __slots__ = ("patterns", "possible", "_gate")

    def __init__(self, patterns: Iterable) -> None:
        self.patterns = tuple(patterns)
        self._gate: LiteralGate | None = None

    @property
    def is_made(self) -> bool:
        return self._gate is not None

    @property
    def gate(self) -> LiteralGate:
        self.prepare()
        return self._gate

    def prepare(self, cache_folder: Path | None = None) -> None:
        """Make the gate now, from the requirements kept in ``cache_folder`` when given."""
        if self._gate is not None:
            return
        if cache_folder is None:
            requirements = [required_literals(pattern.pattern, pattern.flags) for pattern in self.patterns]
        else:
            requirements = cached_requirements(self.patterns, cache_folder)
        self._gate = LiteralGate.of_requirements(requirements)
        self.possible = self._gate.possible

    def __getattr__(self, name: str):
        """Called only while ``possible``'s slot is unset (the gate not made): make it, answer."""
        if name != "possible":
            raise AttributeError(name)
        self.prepare()
        return self.possible
