"""Archive tag statistics: what tagging new articles needs from the rest of the archive.

Contract: ``build_index(found, chosen)`` summarises articles by their tag candidates
(``found``, as ``find_candidates_batch`` gave them, before the archive-wide squashing)
and the tags they were given (``chosen``); ``add_articles`` and ``remove_articles``
return a new index with articles counted in or out (exact integer counts: adding then
removing the same articles gives back an index equal to the one before; removing an
article that was never added raises ``IndexMismatch``). An index is never changed in place.

The statistics are kept per *form* (a key without its spaces), the unit on which
``tag_fold.squash_variants`` merges spellings, so the squashed statistics of any
corpus follow exactly: an article counts once in its form's document frequency
whatever variants it uses, a form's standalone count is the sum of its variants'
``maximal``, and an article's spelling vote is the vote of its variants merged as
``squash_variants`` merges them. Chosen tags are kept per key as
(display, proper) -> number of articles that chose it: folding reads only those.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable, Mapping, Sequence

from .tag_fold import merge_variants
from .tag_text import Candidate


class IndexMismatch(ValueError):
    """Articles were removed from an index that does not count them."""


def form_of(key: str) -> str:
    """The form a key shares with its spelling variants ("knock-out stages" / "knockout stages")."""
    return key.replace(" ", "")


@dataclass(frozen=True)
class TagIndex:
    """Counts over a set of articles (read it, never change it: the functions below return new ones)."""

    documents: int = 0
    usage: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # form -> key -> articles using the key
    articles: Mapping[str, int] = field(default_factory=dict)  # form -> articles using any key of the form
    standalone: Mapping[str, int] = field(default_factory=dict)  # form -> sum of ``maximal``
    votes: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # form -> display -> spelling weight
    chosen: Mapping[str, Mapping[tuple[str, bool], int]] = field(default_factory=dict)  # key -> (display, proper) -> articles


def build_index(found: Sequence[Sequence[Candidate]], chosen: Sequence[Sequence[Candidate]]) -> TagIndex:
    """The index of these articles (``chosen[i]`` are the tags of the article of ``found[i]``)."""
    return add_articles(TagIndex(), found, chosen)


def add_articles(index: TagIndex, found: Sequence[Sequence[Candidate]],
                 chosen: Sequence[Sequence[Candidate]]) -> TagIndex:
    return _apply(index, found, chosen, 1)


def remove_articles(index: TagIndex, found: Sequence[Sequence[Candidate]],
                    chosen: Sequence[Sequence[Candidate]]) -> TagIndex:
    return _apply(index, found, chosen, -1)


def spelling_weight(candidate: Candidate) -> int:
    """An alias-table spelling outvotes any count (as ``tag.archive_spelling`` weighs it)."""
    return 1000 if candidate.forced_name else candidate.count


def article_votes(candidates: Sequence[Candidate]) -> dict[str, tuple[str, int]]:
    """Form -> (display, weight) of one article, its variants of a form merged as squashing merges them."""
    merged: dict[str, Candidate] = {}
    for candidate in candidates:
        form = form_of(candidate.key)
        old = merged.get(form)
        merged[form] = candidate if old is None else merge_variants(old, candidate)
    return {form: (candidate.display, spelling_weight(candidate)) for form, candidate in merged.items()}


def _apply(index: TagIndex, found: Sequence[Sequence[Candidate]], chosen: Sequence[Sequence[Candidate]],
           sign: int) -> TagIndex:
    counts = _Counts(index)
    for position, candidates in enumerate(found):
        forms = set()
        for candidate in candidates:
            form = form_of(candidate.key)
            forms.add(form)
            counts.nested("usage", form, candidate.key, sign)
            counts.flat("standalone", form, sign * candidate.maximal)
        for form in forms:
            counts.flat("articles", form, sign)
        for form, (display, weight) in article_votes(candidates).items():
            counts.nested("votes", form, display, sign * weight)
        for tag in chosen[position] if position < len(chosen) else ():
            counts.nested("chosen", tag.key, (tag.display, tag.proper), sign)
    documents = index.documents + sign * len(found)
    if documents < 0:
        raise IndexMismatch("more articles removed than the index counts")
    return TagIndex(documents, **counts.tables)


class _Counts:
    """Copy-on-write tables for one ``_apply``: only the entries it touches are copied."""

    def __init__(self, index: TagIndex) -> None:
        self.tables = {name: dict(getattr(index, name)) for name in ("usage", "articles", "standalone", "votes", "chosen")}
        self._copied: dict[str, set] = {name: set() for name in self.tables}

    def flat(self, table: str, name, amount: int) -> None:
        if amount:
            _bump(self.tables[table], name, amount)

    def nested(self, table: str, name, item, amount: int) -> None:
        outer, copied = self.tables[table], self._copied[table]
        inner = outer.get(name)
        if name not in copied:
            inner = dict(inner or {})
            copied.add(name)
        elif inner is None:
            inner = {}
        _bump(inner, item, amount)
        if inner:
            outer[name] = inner
        else:
            outer.pop(name, None)


def _bump(table: dict, name, amount: int) -> None:
    value = table.get(name, 0) + amount
    if value < 0:
        raise IndexMismatch(f"{name!r} would count below zero")
    if value:
        table[name] = value
    else:
        table.pop(name, None)


def first_most_used(counts: Iterable[tuple[str, int]]) -> str:
    """The most used item; ties go to the first given (``Counter.most_common`` does the same)."""
    best, best_count = "", None
    for item, count in counts:
        if best_count is None or count > best_count:
            best, best_count = item, count
    return best


def squash_winners(index: TagIndex, own: Sequence[Sequence[Candidate]]) -> dict[str, str]:
    """Form -> the key its variants are squashed onto, for the forms of ``own`` articles (counted in ``index``).

    As in ``squash_variants`` the most used key wins; a tie goes to the key the own
    articles use first (the whole-corpus path sees them first), else to the first in
    sort order (the whole-corpus path: the first in archive order; an approximation).
    """
    order: dict[str, dict[str, None]] = {}
    for candidates in own:
        for candidate in candidates:
            order.setdefault(form_of(candidate.key), {})[candidate.key] = None
    winners = {}
    for form, seen in order.items():
        usage = index.usage.get(form, {})
        if len(usage) > 1:
            keys = [*seen, *sorted(key for key in usage if key not in seen)]
            winners[form] = first_most_used((key, usage.get(key, 0)) for key in keys)
    return winners


def current_key(index: TagIndex, form: str, winners: Mapping[str, str]) -> str | None:
    """The one key a form has across the indexed articles once squashed (None when none uses it)."""
    if form in winners:
        return winners[form]
    usage = index.usage.get(form)
    if not usage:
        return None
    return next(iter(usage)) if len(usage) == 1 else first_most_used(sorted(usage.items()))


def squashed_standalone(index: TagIndex, keys: Iterable[str], winners: Mapping[str, str]) -> dict[str, int]:
    """Key -> times it was a whole noun phrase after squashing (0 for a key squashed onto another)."""
    return {key: index.standalone.get(form_of(key), 0) if current_key(index, form_of(key), winners) == key else 0
            for key in keys}


def spellings(index: TagIndex, keys: Iterable[str], winners: Mapping[str, str],
              own_first: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """Key -> its most voted display (as ``tag.archive_spelling``); ties go to the display the own
    articles (``own_first``: their votes) use first, else the first in sort order (an approximation)."""
    spelling = {}
    for key in keys:
        form = form_of(key)
        votes = index.votes.get(form)
        if votes and current_key(index, form, winners) == key:
            own = own_first.get(form, {})
            order = [*own, *sorted(display for display in votes if display not in own)]
            spelling[key] = first_most_used((display, votes.get(display, 0)) for display in order)
    return spelling


def archive_tags(index: TagIndex) -> dict[str, Candidate]:
    """Key -> a tag standing for the articles that chose it: its most chosen (display, proper)
    (ties: first in sort order; the whole-corpus path keeps the last article's, an approximation).
    Only the key, display, words and proper of it are meaningful (all folding reads)."""
    tags = {}
    for key, uses in index.chosen.items():
        display, proper = first_most_used(sorted(uses.items()))
        tags[key] = Candidate(key, display, len(key.split()), 0, 0, 0.0, False, False, proper)
    return tags
