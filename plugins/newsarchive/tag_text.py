"""Candidate tags of one article: noun phrases found by part of speech.

Contract: ``find_candidates(title, text, keys, aliases)`` returns one ``Candidate``
per phrase key, with where and how often the phrase occurs. Candidates are runs of
adjectives and nouns that end in a noun (``adj* noun+``, proper-noun runs, a leading
year as in "1990 census"), cut at stop words, numbers, dates and punctuation; every
sub-phrase of up to four words that ends in a noun is a candidate, so the ranking can
choose between "tanker", "oil tanker" and "Exxon oil tanker". Part-of-speech tags come
from ``tag_pos`` (TextBlob's PatternTagger lexicon, shipped with the package; nothing
is downloaded). Headlines in capitals or Title Case, and ALL-CAPS subheads in the body,
are re-cased from the body first, so "OIL SPILL" is read as "oil spill".

Display hygiene by shape (word lists in ``data/``): clock words cut a phrase like stop
words ("a.m.", "half-time"); no phrase opens with a number word, an ordinal or a
superlative ("first season", "largest acquisition": "season", "acquisition" remain);
no phrase ends in a lower-case compass word or place adverb ("oil leak west" -> "oil
leak"); an unknown word with a verb ending ("penalises") and an -ing word followed by
its object ("building it") are verbs, which cut a phrase; a capitalised word before a
number ("Line 4") is no one-word tag.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .tag_lexicon import (
    CLOCK_WORDS, DANGLING_WORDS, DEMONYMS, NUMBER_WORDS, STOP_WORDS, TITLE_WORDS, VERB_SUFFIXES, WEAK_MODIFIERS, KeyMaker,
)
from .tag_pos import LEXICON, PosTagger

MAX_PHRASE_WORDS = 5
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER = frozenset({"JJ", "JJS", "VBN", "VBG"}) | _NOUN
_PROPER = frozenset({"NNP", "NNPS"})
_SUPERLATIVE = frozenset({"JJS", "RBS"})  # "largest acquisition", "fastest decisions": never a tag's first word
_OBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$"})  # "building | the line", "building | it": the -ing word is a verb
_CUT_WORDS = STOP_WORDS | CLOCK_WORDS
_YEAR = re.compile(r"(1[89]|20)\d\d$")
_NUMBER_FIRST = re.compile(r"\W*\d")  # "5bn", "£1.2m", "50th"
_HAS_LETTER = re.compile(r"[^\W\d_]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": " - ", "\u2014": " - "})
_LEXICON = LEXICON
_SPLIT_APOSTROPHE = re.compile(r"(?<![\w'])([A-Z]) ' (?=[A-Z][a-z])")  # "O ' Gara" -> "O'Gara"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One phrase of one article and the evidence about it."""

    key: str
    display: str  # the most frequent spelling in the body
    words: int
    count: int  # distinct places the phrase ends at
    maximal: int  # times it was a whole noun phrase, not part of a longer one
    first: float  # position of the first mention, 0 (start) to 1 (end)
    in_title: bool
    in_lead: bool  # in the first paragraph
    proper: bool  # tagged as a proper noun most of the time
    forced_name: bool = False  # the display comes from the alias table
    title_only: bool = False  # mentioned in the headline and nowhere else


@dataclass(slots=True)
class _Evidence:
    forms: dict
    ends: set
    maximal: int = 0
    first: int = 0
    in_title: bool = False
    in_body: bool = False
    in_lead: bool = False
    proper_votes: int = 0
    forced: bool = False


def tokenize(text: str, pos: PosTagger | None = None) -> list[list[str]]:
    """Sentences as lists of tokens (punctuation split from words; ``pos`` memoises the tokenizer's work)."""
    return [_join_apostrophe(sentence) for sentence in (pos or PosTagger()).sentences(text.translate(_QUOTES))]


def _join_apostrophe(tokens: list[str]) -> list[str]:
    if "'" not in tokens:  # the pattern needs a lone apostrophe token
        return tokens
    return _SPLIT_APOSTROPHE.sub(r"\1'", " ".join(tokens)).split(" ")


def find_candidates(title: str, text: str, keys: KeyMaker, aliases: Mapping[str, tuple[str, str]],
                    pos: PosTagger | None = None) -> tuple[Candidate, ...]:
    """The candidate phrases of one article, one per key (``pos``: a tagger shared by one run's articles)."""
    pos = pos or PosTagger()
    title_sentences = tokenize(title, pos)
    paragraphs = [tokenize(paragraph, pos) for paragraph in text.split("\n\n") if paragraph.strip()]
    case_votes = _body_casing(paragraphs)
    evidence: dict[str, _Evidence] = {}
    position = 0
    sections = [(title_sentences, True, True)] + [(sentences, False, index == 0) for index, sentences in enumerate(paragraphs)]
    for sentences, in_title, in_lead in sections:
        for sentence in sentences:
            whole = _is_headline_case(sentence) if in_title else _is_shouting(sentence)
            tokens = _recase(sentence, case_votes, whole=whole)
            tagged = _repair_tags(pos.tag(tokens))
            _collect(tagged, position, in_title, in_lead, keys, aliases, evidence)
            position += len(tagged)
    return tuple(_freeze(key, item, max(position, 1)) for key, item in evidence.items())


def _body_casing(paragraphs: list[list[list[str]]]) -> dict[str, dict[str, int]]:
    """How each word is spelt in the body where its case means something (not sentence-initial)."""
    votes: dict[str, dict[str, int]] = {}
    for sentences in paragraphs:
        for sentence in sentences:
            if _is_shouting(sentence):
                continue  # a subhead in capitals says nothing about case
            for token in sentence[1:]:
                if token[:1].isalpha():
                    forms = votes.get(token.lower())
                    if forms is None:
                        forms = votes[token.lower()] = {}
                    forms[token] = forms.get(token, 0) + 1
    return votes


def _is_headline_case(tokens: list[str]) -> bool:
    words = [token for token in tokens if token[:1].isalpha()]
    capitalised = sum(1 for word in words if word[0].isupper())
    return len(words) > 1 and capitalised >= 0.6 * len(words)


def _is_shouting(tokens: list[str]) -> bool:
    """An ALL-CAPS line of the body ("HOSTS HOLD THEIR NERVE"): a subhead, to be re-cased like a headline."""
    words = [token for token in tokens if token[:1].isalpha()]
    return len(words) > 1 and all(word.isupper() for word in words)


def _recase(tokens: list[str], votes: dict[str, dict[str, int]], whole: bool) -> list[str]:
    """Give headline words (or a sentence's first word) the case they have in the body."""
    if whole:
        return [_true_case(token, votes) for token in tokens]
    if len(tokens) > 1 and tokens[1][:1].isupper():
        return tokens  # "National Insurance ..." at a sentence start is a name; keep it whole
    return [_true_case(tokens[0], votes), *tokens[1:]] if tokens else tokens


def _true_case(token: str, votes: dict[str, dict[str, int]]) -> str:
    seen = votes.get(token.lower())
    if seen:
        return max(seen, key=seen.__getitem__)
    if token.isupper() and len(token) <= 4 and "." not in token and token.lower() not in _LEXICON:
        return token  # an acronym (NATO, FBI) stays in capitals
    lower = token.lower()
    return lower if lower in _LEXICON or token.isupper() else token


def _repair_tags(tagged: list[list[str]]) -> list[list[str]]:
    """Fix what a context-free lookup gets wrong, by shape.

    A verb's base form right after a determiner or adjective is a noun ("a total eclipse");
    an unknown word with a verb ending is a verb, not a plural ("Quillion penalises");
    an -ing word followed by a determiner or pronoun takes an object ("consortium building it").
    """
    for previous, current in zip(tagged, tagged[1:]):
        if current[1] in ("VB", "VBP") and previous[1] in ("DT", "JJ", "JJS", "PRP$"):
            current[1] = "NN"
        elif previous[1] == "NN" and current[1] in _OBJECT_OPENERS and previous[0].endswith("ing"):
            previous[1] = "VBG"
    for token in tagged:
        if token[1] == "NNS" and token[0].endswith(VERB_SUFFIXES) and _unknown_word(token[0]):
            token[1] = "VBZ"
    return tagged


def _unknown_word(word: str) -> bool:
    return word not in _LEXICON and word.lower() not in _LEXICON


def _is_part(tagged: list[list[str]], index: int) -> bool:
    word, tag = tagged[index]
    if tag == "CD" or _NUMBER_FIRST.match(word):  # numbers, amounts ("5bn"), ordinals ("50th"); kept: "1990 census", "987-foot"
        return bool(_YEAR.match(word)) or ("-" in word and bool(_HAS_LETTER.search(word)))
    if tag in ("VBN", "VBG") and index and tagged[index - 1][1] in _NOUN:
        return False  # a participle after a noun is the sentence's verb ("Karabakh held talks")
    return tag in _MODIFIER and bool(_HAS_LETTER.search(word)) and word.lower().strip(".") not in _CUT_WORDS


def demonym_place(word: str) -> str | None:
    """The place a demonym names ("Armenians" -> "Armenia"), else None."""
    lower = word.lower()
    return DEMONYMS.get(lower) or (DEMONYMS.get(lower[:-1]) if lower.endswith("s") else None)


def _runs(tagged: list[list[str]]) -> list[list[int]]:
    """Maximal spans of phrase words, cut after a title that precedes a name ("leader | Michael Howard")."""
    runs: list[list[int]] = [[]]
    for index in range(len(tagged)):
        if not _is_part(tagged, index):
            runs.append([])
            continue
        runs[-1].append(index)
        following = tagged[index + 1] if index + 1 < len(tagged) else None
        if following and following[1] in _PROPER and following[0][:1].isupper() and _ends_description(tagged[index]):
            runs.append([])
    return [run for run in runs if run]


def _ends_description(token: list[str]) -> bool:
    """A title or a common noun before a name ends a description ("England centre | Mike Tindall")."""
    word, tag = token
    return word.lower() in TITLE_WORDS or (tag in ("NN", "NNS") and word not in ("of",))


def _collect(tagged, offset, in_title, in_lead, keys, aliases, evidence) -> None:
    for index, (word, tag) in enumerate(tagged):
        place = demonym_place(word) if word[:1].isupper() else None
        if place:  # "the Azerbaijani army", "the Azerbaijanis" are mentions of Azerbaijan
            _record(place, keys.phrase(place.split()), offset + index, offset + index, False, in_title, in_lead, place,
                    aliases, evidence)
    for run in _runs(tagged):
        _collect_run(tagged, run, offset, in_title, in_lead, keys, aliases, evidence)


def _collect_run(tagged, run, offset, in_title, in_lead, keys, aliases, evidence) -> None:
    """Record every sub-phrase of the run that ends in a noun (keys built right to left, once)."""
    nouns = [index for index in run if tagged[index][1] in _NOUN and tagged[index][0] not in DANGLING_WORDS]
    if not nouns:
        return
    words = {index: tagged[index][0] for index in run}
    stems = {index: keys.word(words[index]) for index in run}
    startable = {index: _can_start(tagged, index, run) for index in run}
    # the whole run keeps its opener: counting "prisoner exchange" of "first prisoner exchange" as a
    # whole phrase too cost 0.3-0.4 F1@5 out of fold (topic-grouped CV)
    first, last_noun = run[0], nouns[-1]
    for end in nouns:
        if _inside_name(tagged, end, end + 1, run):
            continue  # "Gordon" of "Gordon Brown" is no phrase end
        key, form, proper = "", "", True
        for start in range(end, max(run[0], end - MAX_PHRASE_WORDS + 1) - 1, -1):
            word, stem = words[start], stems[start]
            key = f"{stem} {key}" if key and stem else (stem or key)
            form = f"{word} {form}" if form else word
            proper = proper and tagged[start][1] in _PROPER
            if not startable[start] or (start == end and not _can_stand_alone(tagged, start)):
                continue
            _record(form, key, offset + start, offset + end, start == first and end == last_noun, in_title, in_lead,
                    None, aliases, evidence, proper)


def _can_stand_alone(tagged, index: int) -> bool:
    """A one-word phrase is no number, no bare title ("minister"), no demonym (counted as its place)
    and no capitalised word cut from a numbered name ("Line" of "Line 4")."""
    word, tag = tagged[index]
    if tag == "CD" or _NUMBER_FIRST.match(word) or word.lower() in TITLE_WORDS:
        return False
    if word[:1].isupper() and index + 1 < len(tagged) and tagged[index + 1][0][:1].isdigit():
        return False
    return not (word[:1].isupper() and demonym_place(word))


def _opens_count(tagged, index: int) -> bool:
    """A superlative, number word or ordinal ("largest", "Forty-one", "first", "three-year"),
    unless it opens a name inside a sentence ("the Second World War")."""
    word, tag = tagged[index]
    if tag in _SUPERLATIVE:
        return True
    return word.split("-", 1)[0].lower() in NUMBER_WORDS and (word[:1].islower() or index == 0)


def _inside_name(tagged, left: int, right: int, run: list[int]) -> bool:
    """True when positions left and right both belong to one capitalised name in this run."""
    if left < run[0] or right > run[-1]:
        return False
    return all(tagged[i][1] in _PROPER and tagged[i][0][:1].isupper() for i in (left, right))


def _can_start(tagged, start: int, run: list[int]) -> bool:
    word, tag = tagged[start]
    if tag in ("VBN", "VBG") or word in WEAK_MODIFIERS or _opens_count(tagged, start):
        return False
    previous = tagged[start - 1][0] if start > run[0] else ""
    if previous.endswith(".") and previous[:1].isupper():
        return True  # after an abbreviation ("U.S. Air Force" -> "Air Force")
    return not _inside_name(tagged, start - 1, start, run)


def _record(form, key, start, end, maximal, in_title, in_lead, forced, aliases, evidence, proper=True) -> None:
    if key in aliases:
        forced, key = aliases[key]
    if not key:
        return
    item = evidence.get(key)
    if item is None:
        item = evidence[key] = _Evidence(forms={}, ends=set(), first=start)
    shown = forced or form
    item.forms[shown] = item.forms.get(shown, 0) + 1
    item.forced = item.forced or bool(forced)
    item.ends.add(end)
    item.maximal += maximal
    item.in_title = item.in_title or in_title
    item.in_body = item.in_body or not in_title
    item.in_lead = item.in_lead or in_lead
    item.proper_votes += 1 if proper else -1


def _freeze(key: str, item: _Evidence, length: int) -> Candidate:
    display = max(item.forms, key=item.forms.__getitem__)
    return Candidate(
        key=key, display=display, words=len(key.split()), count=len(item.ends), maximal=item.maximal,
        first=item.first / length, in_title=item.in_title, in_lead=item.in_lead,
        proper=item.proper_votes > 0, forced_name=item.forced, title_only=not item.in_body,
    )
