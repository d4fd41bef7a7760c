"""Archive-wide folding of tags that name one subject two ways.

Contract: ``squash_variants(found)`` re-keys candidates whose keys differ only in
spaces ("knock-out stages" / "knockout stages", "South West" / "Southwest", "oil
field" / "oilfield") onto the key most articles use, merging them inside an article.
``fold_modifiers(chosen, found)`` then looks at the tags every article was given and
folds a tag that is another tag plus leading words onto one of the two:

- onto the shorter tag when the shorter is a subject of its own (somewhere in the
  archive a whole noun phrase): "Trouble-hit Mitsubishi Motors" -> "Mitsubishi Motors",
  "Wasps scrum-half Matt Dawson" -> "Matt Dawson"; never a name onto a lower-case
  phrase that ends it ("London Stock Exchange" stays, not "stock exchange");
- onto the longer tag when the shorter one is never said alone, only as a piece of
  longer names: "Theft Auto" -> "Grand Theft Auto".

Only capitalised (name-like) longer tags and multi-word tails are folded: a one-word
tail ("spill" of "oil spill") is a broader subject, and a lower-case descriptive
phrase ("massive Alaskan oil spill") keeps its detail (folding those cost 1.7 F1@5
on the dev set).
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import replace
from operator import itemgetter
from collections.abc import Mapping, Sequence

from .tag_lexicon import PLACE_NAMES, WEAK_MODIFIERS, KeyMaker
from .tag_shape import NAME_PARTICLES
from .tag_text import Candidate



@functools.cache
def place_keys() -> frozenset[str]:
    """The keys of the place names (stemmed when first asked: a build that tags nothing never needs them)."""
    return frozenset(KeyMaker().phrase(name.split()) for name in PLACE_NAMES)


def squash_variants(found: Sequence[Sequence[Candidate]]) -> tuple[tuple[Candidate, ...], ...]:
    """One key per spelling that differs only in spaces or hyphens, the archive's most used one
    (ties: the first used)."""
    usage: dict[str, dict[str, int]] = {}  # squashed form -> key -> articles (a Counter each cost a third more)
    for candidates in found:
        for candidate in candidates:
            key = candidate.key
            squashed = key.replace(" ", "")
            counts = usage.get(squashed)
            if counts is None:
                usage[squashed] = {key: 1}
            else:
                counts[key] = counts.get(key, 0) + 1
    chosen = {squashed: most_used(keys) for squashed, keys in usage.items() if len(keys) > 1}
    if not chosen:
        return tuple(tuple(candidates) for candidates in found)
    return tuple(rekey(candidates, chosen) for candidates in found)


def most_used(counts: Mapping[str, int]) -> str:
    """The name with the highest count; of equal ones, the first counted (as ``Counter.most_common(1)``)."""
    return max(counts.items(), key=itemgetter(1))[0]


def rekey(candidates: Sequence[Candidate], chosen: Mapping[str, str]) -> tuple[Candidate, ...]:
    """One article's candidates with each variant on its form's chosen key (``chosen``: form -> key)."""
    merged: dict[str, Candidate] = {}
    for candidate in candidates:
        key = chosen.get(candidate.key.replace(" ", ""), candidate.key)
        if key != candidate.key:
            candidate = replace(candidate, key=key, words=len(key.split()))
        old = merged.get(key)
        merged[key] = candidate if old is None else merge_variants(old, candidate)
    return tuple(merged.values())


def merge_variants(one: Candidate, other: Candidate) -> Candidate:
    """Two variants of one subject in one article as one candidate (the more mentioned one leads)."""
    main, extra = (one, other) if (one.count, -one.first) >= (other.count, -other.first) else (other, one)
    return replace(
        main, count=main.count + extra.count, maximal=main.maximal + extra.maximal, first=min(main.first, extra.first),
        in_title=main.in_title or extra.in_title, in_lead=main.in_lead or extra.in_lead,
        title_only=main.title_only and extra.title_only,
    )


def fold_modifiers(chosen: Sequence[Sequence[Candidate]], found: Sequence[Sequence[Candidate]],
                   reserve: Sequence[Sequence[Candidate]] = (), limit: int = 0,
                   standalone: Mapping[str, int] | None = None,
                   archive_tags: Mapping[str, Candidate] | None = None) -> list[list[Candidate]]:
    """Each article's chosen tags with "leading words + tag" pairs folded to one tag across the archive.

    An article left with fewer than ``limit`` tags by the folding takes the next of its
    ``reserve`` candidates (its ranking) that is not a folded-away key. With an archive
    index, ``standalone`` (key -> times it was a whole noun phrase, archive-wide) replaces
    counting it over ``found``, and ``archive_tags`` (key -> tag) are the other articles' tags.
    """
    if standalone is None:
        standalone = standalone_counts(found)
    tags = {candidate.key: candidate for article in chosen for candidate in article}
    tags.update(archive_tags or {})
    target = _fold_targets(tags, standalone)
    keys = KeyMaker()
    for key, tag in tags.items():
        name = _described_name(tag, keys)
        if key not in target and name in tags:
            target[key] = name
    folded = []
    for index, article in enumerate(chosen):
        result: list[Candidate] = []
        for tag in article:
            _add(result, tag, target, tags)
        for tag in reserve[index] if index < len(reserve) else ():
            if len(result) >= limit:
                break
            if (tag.key not in target and not _has_tag_tail(tag, tags) and not _tail_of_kept(tag, result)
                    and not any(modifier_variants(tag, kept) or name_part(kept, tag) for kept in result)
                    and _described_name(tag, keys) not in {kept.key for kept in result}):
                _add(result, tag, target, tags)
        folded.append(result)
    return folded


def standalone_counts(found: Sequence[Sequence[Candidate]]) -> Counter:
    """Key -> times it was a whole noun phrase, over every article."""
    standalone: Counter = Counter()
    for candidates in found:
        for candidate in candidates:
            standalone[candidate.key] += candidate.maximal
    return standalone


def _add(result: list[Candidate], tag: Candidate, target: dict[str, str], tags: dict[str, Candidate]) -> None:
    folds_onto = target.get(tag.key)
    key = tag.key if folds_onto and _common_phrase_ending_a_name(tag, tags[folds_onto]) else _resolve(tag.key, target)
    if key != tag.key:
        tag = replace(tag, key=key, display=tags[key].display, words=len(key.split()), proper=tags[key].proper)
    if all(tag.key != kept.key for kept in result):
        result.append(tag)


def modifier_variants(one: Candidate, other: Candidate) -> bool:
    """"formal antitrust investigation" and "antitrust investigation", "troubled tram extension" and
    "tram extension": one phrase is the other with lower-case words in front, so an article tagged
    with both names one subject twice (only one of them is kept). A capitalised word in front makes
    another subject ("Brennport Athletic"); words after it another thing ("Harbour Line tram")."""
    shorter, longer = (one, other) if one.words < other.words else (other, one)
    if shorter.words < MIN_MODIFIED_WORDS or shorter.words == longer.words:
        return False
    stems = [(stem, word[:1].isupper()) for word in longer.display.split() for stem in _SHOWN_KEYS.word(word).split()]
    cut = len(stems) - shorter.words
    return cut > 0 and [stem for stem, _ in stems[cut:]] == shorter.key.split() and not any(
        capital for _, capital in stems[:cut])


# a one-word head ("spill" of "oil spill") is a broader subject: both may be tags
MIN_MODIFIED_WORDS = 2
_SHOWN_KEYS = KeyMaker()  # stems of tags' display words, shared by a run (a few words per article)


def name_part(name: Candidate, part: Candidate) -> bool:
    """``part`` is a run of whole words of ``name`` and both are names ("Open" of "Australian Open", "McClaren" of
    "Steve McClaren", "Million Dollar" of "Million Dollar Baby"): voted proper nouns, or shown like names (every
    word capitalised). A place of the gazetteer is a subject of its own ("Madrid" beside "Real Madrid")."""
    if part.words >= name.words or f" {part.key} " not in f" {name.key} " or part.key in place_keys():
        return False
    return (part.proper and name.proper) or (_shown_as_name(name.display) and _shown_as_name(part.display))


_NAME_JOINERS = frozenset({"of", "and", "&", "the", "for"}) | NAME_PARTICLES  # "Bank of England", "Ruud van Nistelrooy"


def _shown_as_name(display: str) -> bool:
    """"Australian Open", "Bank of England", "PlayStation 2": capitalised words (or numbers) and joining words."""
    words = display.split()
    return words[0][:1].isupper() and all(word[:1].isupper() or word[:1].isdigit() or word in _NAME_JOINERS
                                          for word in words)


def _tail_of_kept(tag: Candidate, kept: Sequence[Candidate]) -> bool:
    """"Theft Auto series" adds nothing beside a kept "Grand Theft Auto series"."""
    return any(_name_like(other) and f" {other.key}".endswith(f" {tag.key}") for other in kept)


def _has_tag_tail(tag: Candidate, tags: dict[str, Candidate]) -> bool:
    return _name_like(tag) and any(tail in tags for tail in _tails(tag))


def _fold_targets(tags: dict[str, Candidate], standalone: Mapping[str, int]) -> dict[str, str]:
    """Key -> key it folds onto: the longer onto its established tail, a fragment tail onto its longer name."""
    target: dict[str, str] = {}
    for key, tag in tags.items():
        if not _name_like(tag):
            continue  # descriptive phrases ("massive oil spill") keep their detail; names are folded
        for tail in _tails(tag):
            if tail not in tags or _named_after_place(tag, tail):
                continue
            if standalone.get(tail, 0) == 0:  # "Theft Auto" is never said alone: a piece of "Grand Theft Auto"
                best = target.get(tail)
                if best is None or standalone.get(key, 0) > standalone.get(best, 0):
                    target[tail] = key
            else:
                target.setdefault(key, tail)
    return target


def _tails(tag: Candidate) -> list[str]:
    """The keys of a tag's tails of two words or more, longest first: "Trouble-hit Mitsubishi Motors" ->
    "hit mitsubishi motor", "mitsubishi motor". Cut between shown words and at hyphens ("rock group" of
    "electro-rock group"), not inside a word: "O'Hallon" is one word of "Ciaran O'Hallon", though its key is two
    ("o hallon"), so a full name never folds onto its surname as onto an established tail."""
    stems = [len(_SHOWN_KEYS.word(word).split()) for word in tag.display.replace("-", " ").split()]
    if sum(stems) != tag.words:  # shown otherwise than its key (an alias's name): cut the key's words
        stems = [1] * tag.words
    words = tag.key.split()
    return [" ".join(words[sum(stems[:cut]):]) for cut in range(1, len(stems) - 1)]


def _described_name(tag: Candidate, keys: KeyMaker) -> str:
    """The key of the name a description leads into ("payments start-up Brightlane" -> "Brightlane"), else ""."""
    words = tag.display.split()
    cut = next((n for n, word in enumerate(words) if word[:1].isupper()), 0)
    if cut == 0 or not all(word[:1].isupper() for word in words[cut:]) or words[cut - 1] in WEAK_MODIFIERS:
        return ""
    return keys.phrase(words[cut:])


def _resolve(key: str, target: dict[str, str]) -> str:
    seen = {key}
    while key in target and target[key] not in seen:
        key = target[key]
        seen.add(key)
    return key


def _named_after_place(tag: Candidate, tail: str) -> bool:
    """"Maccabi Tel Aviv" is a club, not the city: a name that ends in a place name is its own subject."""
    first = tag.display.split()[0]
    return first[:1].isupper() and first.lower() not in WEAK_MODIFIERS and tail in place_keys()


def _common_phrase_ending_a_name(name: Candidate, tail: Candidate) -> bool:
    """"stock exchange" ends "Orvik Stock Exchange", "central bank" "Harlow Central Bank": the name is one body,
    the lower-case tag any body of the kind, so the name does not fold onto it. Judged by the article's own
    spelling: "UK singles chart" in lower case is the chart described, and folds."""
    shown = name.display.split()
    return tail.display.islower() and all(word[:1].isupper() for word in shown[len(shown) - tail.words:])


def _name_like(tag: Candidate) -> bool:
    """A tag with a capitalised word names someone or something ("parliamentary Labour Party", "Brent crude")."""
    return any(word[:1].isupper() for word in tag.display.split())
