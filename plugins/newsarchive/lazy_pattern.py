"""A regular expression compiled the first time a line is matched against it.

The boilerplate table holds a few hundred large patterns; compiling them all took most of a
build's start-up, even when nothing was to be cleaned, and a story reaches only the few families
whose fixed texts its lines hold (``literal_gate``). A ``LazyPattern`` keeps the text and flags
(all the gate reads) and compiles on the first ``match``/``search``/``fullmatch``; after that the
compiled pattern's own methods are read from the instance, with no extra call on the cleaner's path.
"""
from __future__ import annotations

import re

_MATCHERS = ("match", "search", "fullmatch")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when first used; equal to another of the same text and flags."""

    __slots__ = ("pattern", "flags", "_compiled", "match", "search", "fullmatch")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    @property
    def compiled(self) -> re.Pattern[str]:
        self.compile()
        return self._compiled

    def compile(self) -> None:
        """Compile now (as a build does before forking workers that share the patterns)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
            for matcher in _MATCHERS:
                setattr(self, matcher, getattr(self._compiled, matcher))

    def __getattr__(self, name: str):
        """Called only while a matcher's slot is unset: compile, fill the slots, answer."""
        if name not in _MATCHERS:
            raise AttributeError(name)
        self.compile()
        return getattr(self, name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LazyPattern):
            return NotImplemented
        return (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __reduce__(self):  # a worker gets the text and compiles what it uses
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…, {self.flags})"
