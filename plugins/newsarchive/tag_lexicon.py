"""Word tables of the tagger and the one way tags are compared.

Contract: ``phrase_key`` turns a phrase into the form two tags are "the same" in
(lower case, punctuation and hyphens as spaces, every word Porter-stemmed), so
"Oil Spills", "oil spill" and "oil-spill" share one key. The tables (stop words,
demonyms, aliases, and the display-hygiene lists: clock words, number words, dangling
adverbs, verb endings) live in ``data/`` as plain text and are loaded once, at import,
into immutable constants. Importing it imports none of the tagger's libraries: nltk's stemmer when a key is
first made, pycountry's places when a module of the tagger asks for ``PLACE_NAMES`` (a build that tags no story
and compares no tag imports neither).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING
from collections.abc import Iterable, Mapping

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer


def english_zipf(word: str) -> float:
    """How common the word is in general English (wordfreq's Zipf scale: 0 unknown, about 7 for "the")."""
    return word_frequencies()(word, "en")


@functools.cache
def word_frequencies():
    """wordfreq's ``zipf_frequency``, imported when first needed: wordfreq and what it imports (regex, ftfy,
    langcodes) took about 0.2 s of every build, one that ranks no tag too. A build about to fork workers that
    find tag candidates imports it first, so they share it."""
    from wordfreq import zipf_frequency

    return zipf_frequency


_NON_WORD = re.compile(r"[^0-9a-z]+")


def _data_lines(name: str) -> tuple[str, ...]:
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(part.strip() for part in line.split("\t", 1)) for line in _data_lines(name) if "\t" in line)


STOP_WORDS: frozenset[str] = frozenset(_data_lines("tag_stopwords.txt"))
DEMONYMS: Mapping[str, str] = MappingProxyType({word.lower(): place for word, place in _pairs("tag_demonyms.tsv")})
BUILTIN_ALIASES: tuple[tuple[str, str], ...] = _pairs("tag_aliases.tsv")
# roles written in lower case before a name ("striker", "nominee"): titles, but part of a name when capitalised
ROLE_WORDS: frozenset[str] = frozenset(word.lower() for word in _data_lines("tag_roles.txt"))
TITLE_WORDS: frozenset[str] = frozenset(word.lower() for word in _data_lines("tag_titles.txt")) | ROLE_WORDS
HONORIFICS: frozenset[str] = frozenset(_data_lines("tag_honorifics.txt"))
WEAK_MODIFIERS: frozenset[str] = frozenset(_data_lines("tag_modifiers.txt"))
CLOCK_WORDS: frozenset[str] = frozenset(_data_lines("tag_clock.txt"))
NUMBER_WORDS: frozenset[str] = frozenset(_data_lines("tag_numbers.txt"))
FIGURE_UNITS: frozenset[str] = frozenset(_data_lines("tag_figure_units.txt"))
DANGLING_WORDS: frozenset[str] = frozenset(_data_lines("tag_dangling.txt"))
VERB_SUFFIXES: tuple[str, ...] = _data_lines("tag_verb_suffixes.txt")
AGENT_SUFFIXES: tuple[str, ...] = _data_lines("tag_agent_suffixes.txt")
BODY_WORDS: frozenset[str] = frozenset(_data_lines("tag_body_words.txt"))
GIVEN_NAMES: frozenset[str] = frozenset(_data_lines("tag_given_names.txt"))
FORMER_PREFIXES: tuple[str, ...] = tuple(sorted(map(re.escape, _data_lines("tag_former_prefixes.txt"))))
# (preposition, noun) pairs that say how or where ("in place", "under way"), by their noun
ADVERB_PHRASES: Mapping[str, frozenset[str]] = MappingProxyType({
    noun: frozenset(line.split()[0] for line in _data_lines("tag_adverb_phrases.txt") if line.split()[1] == noun)
    for noun in {line.split()[1] for line in _data_lines("tag_adverb_phrases.txt")}})


def _place_names() -> frozenset[str]:
    import pycountry  # (with its tables: only when the tagger needs them, see __getattr__)

    names = {sub.name.lower() for sub in pycountry.subdivisions}
    for country in pycountry.countries:
        names.update(getattr(country, attr).lower() for attr in ("name", "common_name", "official_name") if hasattr(country, attr))
    return frozenset(names)


def _country_names() -> frozenset[str]:
    import pycountry  # (only when the tagger needs them, see __getattr__)

    return frozenset({getattr(country, attr).lower() for country in pycountry.countries
                      for attr in ("name", "common_name", "official_name") if hasattr(country, attr)}
                     | {place.lower() for place in DEMONYMS.values()})


# The constants made when first read (by the tagger's modules), then kept as constants of this module:
# ``PLACE_NAMES``, countries and their subdivisions (states, provinces): a place name is never folded into a longer
# name; ``COUNTRY_NAMES``, countries alone, with the nations a demonym of data/tag_demonyms.tsv names ("Scotland").
_MADE_WHEN_FIRST_READ = {"PLACE_NAMES": _place_names, "COUNTRY_NAMES": _country_names}


def __getattr__(name: str) -> frozenset[str]:
    if name not in _MADE_WHEN_FIRST_READ:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    made = globals()[name] = _MADE_WHEN_FIRST_READ[name]()
    return made


def _porter_stemmer() -> PorterStemmer:
    from nltk.stem.porter import PorterStemmer  # (nltk: about 0.2 s, only when a key is made)

    return PorterStemmer()


@dataclass(slots=True)
class KeyMaker:
    """Computes phrase keys; holds a per-run memo of stems (owned by one ``tag_corpus`` call)."""

    stems: dict[str, str] = field(default_factory=dict)
    _stemmer: PorterStemmer = field(default_factory=_porter_stemmer)

    def word(self, word: str) -> str:
        stem = self.stems.get(word)
        if stem is None:
            parts = _NON_WORD.sub(" ", word.lower()).split()
            stem = " ".join(self._stemmer.stem(part) for part in parts)
            self.stems[word] = stem
        return stem

    def phrase(self, words: Iterable[str]) -> str:
        return " ".join(stem for stem in (self.word(word) for word in words) if stem)


def alias_table(user_aliases: Iterable[tuple[str, str]], keys: KeyMaker) -> Mapping[str, tuple[str, str]]:
    """Key of each variant -> (canonical display name, its key); the user's aliases win over the built-in ones."""
    names = {keys.phrase(variant.split()): canonical for variant, canonical in BUILTIN_ALIASES}
    names.update({keys.phrase(variant.split()): canonical for variant, canonical in user_aliases})
    # a canonical name is its own alias, so every spelling of it lands on one display form
    for canonical in list(names.values()):
        names.setdefault(keys.phrase(canonical.split()), canonical)
    return MappingProxyType({key: (name, keys.phrase(name.split())) for key, name in names.items() if key})


def user_key(tag: str, keys: KeyMaker, aliases) -> str:
    """The key of a tag a user wrote (a pin, a ban, a line of the overrides table): an alias's canonical key."""
    key = keys.phrase(tag.split())
    return aliases[key][1] if key in aliases else key
