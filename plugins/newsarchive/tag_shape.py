"""Which candidates may be shown as a tag at all, judged by the shape of the whole phrase.

Contract: ``presentable(candidates, memo)`` returns one article's candidates without those
no editor would pick as a tag, whatever their score:

- a word of a kind of body alone (``data/tag_body_words.txt``): "Department", "Council", short for the
  body's full name;
- a first name alone (``data/tag_given_names.txt``: "Robin", "Drew"), which says not whom;
- a single common lower-case word ("details", "drivers"; hyphenated: "line-up"), in its British or
  its American spelling (``data/tag_spelling_endings.tsv``: "organisation"), which names no subject of its
  own. A one-word subject of the story is kept when its word is rare in general English
  ("tornado", "steroids") or the headline carries it ("crash" in "Jet crash kills two");
- a generic head (``data/tag_generic_heads.txt``: "company", "side", "version") with
  nothing but names, demonyms or other generic heads before it: "Norwegian company",
  "Valmoran version", "Scottish side". Such a phrase stands in for a name the article
  gives elsewhere; "oil company" says what the story is about and stays;
- a noun every place has (``data/tag_place_nouns.txt``: "government", "economy", "oil") with nothing but
  nationalities, regions' adjectives (``data/tag_region_adjectives.txt``) or countries' names before it: "Russian
  oil", "Pan-European stock", "UK economy" say "this place's"; the place is a tag of its own;
- a phrase made only of words of how a story was reported (``data/tag_reporting_words.txt``):
  "news conference", "press release"; "climate conference" stays;
- an office or a position ending in a title word (``data/tag_titles.txt``, ``data/tag_roles.txt``): "prime minister",
  "Chelsea boss", "Labour MPs", whoever holds it;
- a phrase opening with a year or a measure ("2005 season", "1946 movie", "25-yard drive", "140,000-acre
  estate"), which dates or sizes the words after it, the tag (a candidate too); an event the figure names stays
  (``data/tag_figure_events.txt``: "1990 census", "2001 general election", "100-metre sprint"; units of
  ``data/tag_measure_units.txt``);
- a name after lower-case words about it: "rival Nissan", "scrum-half Richard Wigglesworth", or after a
  compound ending in a participle: "Paris-based Euronext" (the name alone is a candidate too); "van Nistelrooy" opens with a name particle
  (``data/tag_name_particles.txt``) and stays.

The rules that need each word's part of speech (clock words, number openers, dangling
adverbs, verbs) run earlier, in ``tag_text``, where the tagged sentence is at hand.
"""
from __future__ import annotations

import re

from importlib.resources import files
from collections.abc import Sequence


from .tag_lexicon import (
    BODY_WORDS, BUILTIN_ALIASES, COUNTRY_NAMES, DEMONYMS, GIVEN_NAMES, NUMBER_WORDS, PLACE_NAMES, TITLE_WORDS,
    WEAK_MODIFIERS, english_zipf,
)
from .tag_pos import LEXICON
from .tag_text import Candidate

# Zipf frequency (log10 of uses per billion words) from which a lone lower-case word is
# too common to be a subject ("details" 4.9, "drivers" 4.6; "tornado" 3.8, "steroids" 3.6).
# Topic-grouped CV on the dev set (LOTO F1@5): no rule 32.64, 5.0 -> 32.75, 4.5 -> 32.88,
# 4.0 -> 32.69, 3.5 -> 31.76; a lower bar for plurals alone (3.0-4.0) cost 0.4-0.6.
COMMON_WORD_ZIPF = 4.5


def _word_table(name: str) -> frozenset[str]:
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


GENERIC_HEADS: frozenset[str] = _word_table("tag_generic_heads.txt")
REPORTING_WORDS: frozenset[str] = _word_table("tag_reporting_words.txt")
NAME_PARTICLES: frozenset[str] = _word_table("tag_name_particles.txt")
FIGURE_EVENTS: frozenset[str] = _word_table("tag_figure_events.txt")
MEASURE_UNITS: frozenset[str] = _word_table("tag_measure_units.txt")
PLACE_NOUNS: frozenset[str] = _word_table("tag_place_nouns.txt")
REGION_ADJECTIVES: frozenset[str] = _word_table("tag_region_adjectives.txt")
# a country's names: its own, its short ones in the alias table ("UK", "US", "Britain")
NATIONS: frozenset[str] = COUNTRY_NAMES | {variant.lower() for variant, place in BUILTIN_ALIASES if place.lower() in COUNTRY_NAMES}
SPELLING_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    tuple(line.split("\t")) for line in sorted(_word_table("tag_spelling_endings.tsv")) if "\t" in line)


def presentable(candidates: Sequence[Candidate], memo: dict[str, float]) -> tuple[Candidate, ...]:
    """The candidates that may become tags (``memo``: word -> Zipf frequency, shared by one run)."""
    return tuple(candidate for candidate in candidates
                 if not _lone_common_word(candidate, memo) and not _lone_body_word(candidate)
                 and not _lone_given_name(candidate)
                 and not _generic_reference(candidate) and not _role(candidate)
                 and not _described_name(candidate) and not _dated_or_sized(candidate) and not _place_noun(candidate)
                 and not MARKUP_CHARACTERS.intersection(candidate.display) and not _debris(candidate.display)
                 and not WEB_ADDRESS.search(candidate.display))


def _debris(display: str) -> bool:
    """Pieces of tokenising, not of a name: a bracket cut open ("rupees($1.2bn"), a letter left by an
    apostrophe or a "v" of a fixture at either end ("t matter", "Wales v"), a name cut after its particle
    ("Jurgen den" of "Jurgen den Hartog": ``data/tag_name_particles.txt``)."""
    words = display.split()
    return (bool(BRACKETS.intersection(display)) or any(word in EDGE_DEBRIS for word in (words[0], words[-1]))
            or (len(words) > 1 and words[-1] in NAME_PARTICLES))


BRACKETS = frozenset("()")
EDGE_DEBRIS = frozenset({"t", "s", "d", "ll", "re", "ve", "m", "v", "vs", "v.", "vs."})


# A web or mail address is where a story points, never what it is about ("https://example.org/raw").
WEB_ADDRESS = re.compile(r"://|^www\.|\w@\w")


# Characters of code and markup, never of a person's, place's or subject's name: a story quoting
# HTML ("<script>alert") must not get a tag page for the fragment.
MARKUP_CHARACTERS = frozenset("<>{}[]=\\|`;")


def _lone_common_word(candidate: Candidate, memo: dict[str, float]) -> bool:
    """One lower-case word (a hyphenated one too: "line-up", "run-up") used often in general English, in its
    British or its American spelling ("organisation" is as common as "organization")."""
    display = candidate.display
    if " " in display or not display.islower() or candidate.in_title:
        return False
    frequency = memo.get(display)
    if frequency is None:
        frequency = memo[display] = max(english_zipf(spelling) for spelling in _spellings(display))
    return frequency >= COMMON_WORD_ZIPF


def _lone_given_name(candidate: Candidate) -> bool:
    """"Robin", "Drew" alone: a first name (``data/tag_given_names.txt``) says not whom; the full name is the tag."""
    display = candidate.display
    return " " not in display and display[:1].isupper() and display.lower() in GIVEN_NAMES


def _lone_body_word(candidate: Candidate) -> bool:
    """"Department", "Council", "Committee" alone: short for the body the story names in full
    (``data/tag_body_words.txt``), never which one."""
    display = candidate.display
    return " " not in display and display[:1].isupper() and _in_table(display, BODY_WORDS)


def _spellings(word: str) -> list[str]:
    """The word and its American spellings by ending (``data/tag_spelling_endings.tsv``)."""
    return [word, *(word[: -len(british)] + american for british, american in SPELLING_ENDINGS if word.endswith(british))]


def _role(candidate: Candidate) -> bool:
    """"prime minister", "Chelsea boss", "Labour MPs": an office or a position, whoever holds it (``TITLE_WORDS``)."""
    words = candidate.display.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "European Court of Justice" is a court
    return len(words) > 1 and _in_table(head, TITLE_WORDS)


def _described_name(candidate: Candidate) -> bool:
    """"rival Nissan", "scrum-half Richard Wigglesworth", "Paris-based Euronext", "Tunisian-born Abdellatif Kechiche":
    a name after words about it; the name alone is the tag."""
    words = candidate.display.split()
    if not words[-1][:1].isupper() or not _about_a_name(words[0]) or words[0] in NAME_PARTICLES:
        return False
    start = next((i for i, word in enumerate(words) if not _about_a_name(word)), len(words))
    return all(word[:1].isupper() for word in words[start:])


def _about_a_name(word: str) -> bool:
    """A lower-case word, or a compound ending in a participle ("Paris-based", "Nazi-occupied", "Scandal-hit"),
    which describes what it stands before (a name's own compound ends in a name's word: "Coca-Cola", "Blu-ray")."""
    if word[:1].islower():
        return True
    last = word.rsplit("-", 1)[-1]
    return "-" in word and last[:1].islower() and LEXICON.get(last) in _PARTICIPLES  # "Live-Shot" is a name


_PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})


def _place_noun(candidate: Candidate) -> bool:
    """"Russian oil", "Pan-European stock", "UK economy": a noun every place has (``PLACE_NOUNS``) after words that
    only say which place ("Russian crude oil", "Scottish football" are subjects)."""
    words = candidate.display.split()
    return (len(words) > 1 and words[-1].islower() and _in_table(words[-1], PLACE_NOUNS)
            and all(map(_says_where, words[:-1])))  # "Camden Market" is a name


def _says_where(word: str) -> bool:
    """A nationality ("Russian", "Russians"), a region's adjective ("European", "Pan-European"), a country's name
    ("UK") or a state's ("California": one that is no common word, unlike "Central" or "Western", LEXICON)."""
    lower = word.lower()
    regional = lower.removeprefix("pan-")
    return (lower in DEMONYMS or (lower.endswith("s") and lower[:-1] in DEMONYMS)
            or (word.removeprefix("pan-")[:1].isupper() and (lower in NATIONS or regional in REGION_ADJECTIVES
                                        or (lower in PLACE_NAMES and lower not in LEXICON))))


def _dated_or_sized(candidate: Candidate) -> bool:
    """"2005 season", "25-yard drive": a year or a measure before what it dates or sizes, unless that is an event
    the figure names ("1990 census", "100-metre sprint": ``FIGURE_EVENTS``)."""
    words = candidate.display.split()
    if len(words) < 2 or not (YEAR.fullmatch(words[0]) or _measure(words[0])):
        return False
    return not _in_table(words[-1], FIGURE_EVENTS)


YEAR = re.compile(r"(1[89]|20)\d\d")
_FIGURE_AND_UNIT = re.compile(r"\d[\d,.]*-([a-z]+)")


def _measure(word: str) -> bool:
    """"25-yard", "140,000-acre", "7-megapixel" (``MEASURE_UNITS``, or their plurals)."""
    match = _FIGURE_AND_UNIT.fullmatch(word.lower())
    return match is not None and _in_table(match.group(1), MEASURE_UNITS)


def _generic_reference(candidate: Candidate) -> bool:
    """"Norwegian company", "Valmoran version", "news conference": a kind of thing, not which one."""
    words = candidate.display.split()
    if len(words) < 2 or not words[-1].islower():
        return False
    if all(_in_table(word, REPORTING_WORDS) for word in words):
        return True
    return _in_table(words[-1], GENERIC_HEADS) and all(_says_nothing_specific(word) for word in words[:-1])


def _says_nothing_specific(word: str) -> bool:
    """A name or demonym before a generic head only points at the subject; a generic or reporting word adds nothing,
    nor does a rank ("American fifth seed", "Spanish top seed": ``NUMBER_WORDS``, ``WEAK_MODIFIERS``)."""
    return (word.lower() in DEMONYMS or _in_table(word, GENERIC_HEADS) or _in_table(word, REPORTING_WORDS)
            or _name_word(word) or word in NUMBER_WORDS or word in WEAK_MODIFIERS)


def _name_word(word: str) -> bool:
    """"Chelsea", "UK", "G8": capitalised and no common word ("Gaming" opening a sentence, "Windows" are)."""
    return word[:1].isupper() and word.lower() not in LEXICON


def _in_table(word: str, table: frozenset[str]) -> bool:
    """The word or its regular singular ("firms", "companies", "carmakers"); not a stem ("athletics" is no "athlete")."""
    word = word.lower()
    singulars = (word, word[:-1] if word.endswith("s") else "", word[:-3] + "y" if word.endswith("ies") else "")
    return any(form in table for form in singulars if form)
