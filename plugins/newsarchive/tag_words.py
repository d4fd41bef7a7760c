"""The facts of each token that tag-candidate rules read, and the context repairs of its part of speech.

Contract: ``token_facts(tokens, pos, in_title)`` returns one ``Word`` per token: its
part-of-speech tag (``tag_pos``: TextBlob's PatternTagger lexicon) after the repairs a
context-free lookup needs, and what the phrase rules of ``tag_text`` ask of it (may it
be part of a phrase, end one, open one; is it a name, a plural, a demonym...). The facts
of a (token, tag) are worked out once per run and kept in the run's ``PosTagger`` memos;
per sentence only the repairs are worked out (``_repair_tags``): verbs read as nouns
("Vantor processes card payments", "figures show that", "by steering buyers") end a noun
phrase; a verb's base form after a determiner is a noun ("a total eclipse"). Word lists
are in ``data/`` (``tag_subject_pronouns.txt``, ``tag_gerund_openers.txt``,
``tag_auxiliaries.txt``, ``tag_clause_openers.txt``, ``tag_clause_start_openers.txt``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from itertools import compress
from operator import and_, attrgetter

from .pickling import builder, fast_unpickling
from .tag_lexicon import (
    CLOCK_WORDS, DANGLING_WORDS, DEMONYMS, FIGURE_UNITS, NUMBER_WORDS, ROLE_WORDS, STOP_WORDS, TITLE_WORDS, VERB_SUFFIXES,
    WEAK_MODIFIERS,
)
from .tag_pos import LEXICON, PosTagger, s_form_verb_strength, verb_strength

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER = frozenset({"JJ", "JJS", "VBN", "VBG"}) | NOUN_TAGS
_PROPER = frozenset({"NNP", "NNPS"})
_SUPERLATIVE = frozenset({"JJS", "RBS"})  # "largest acquisition", "fastest decisions": never a tag's first word
_OBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$"})  # "building | the line", "building | it": the -ing word is a verb
_CUT_WORDS = STOP_WORDS | CLOCK_WORDS
_VERB_COMPLEMENTS = frozenset({"JJ", "JJR", "RB", "RBR", "CD", "IN"})  # "banks face hard times", "shares rise 9%"
_NOT_PLURAL = ("ss", "ous", "us", "is", "ics")  # hyphenated words in -s that are no plurals: "non-religious", "socio-economics"
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", "-", ","})  # ", new figures show." / "show - but"


def _word_table(name: str) -> frozenset[str]:
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


SUBJECT_PRONOUNS: frozenset[str] = _word_table("tag_subject_pronouns.txt")
GERUND_OPENERS: frozenset[str] = _word_table("tag_gerund_openers.txt")
AUXILIARIES: frozenset[str] = _word_table("tag_auxiliaries.txt")
CLAUSE_OPENERS: frozenset[str] = _word_table("tag_clause_openers.txt")
CLAUSE_START_OPENERS: frozenset[str] = _word_table("tag_clause_start_openers.txt")
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})  # "as drugs use rises": the noun phrase has its verb already
_SUBJECT_DASH = frozenset({"-", ";", ":"})  # "Pensioners' protests spread - some marched"
_POSSESSIVE = frozenset({"'", "'s"})
_YEAR = re.compile(r"(1[89]|20)\d\d$")
_NUMBER_FIRST = re.compile(r"\W*\d|[A-Z]{1,3}[$£€¥]\d")  # "5bn", "£1.2m", "50th", "A$35.1m", "HK$327m"
_AMOUNT = re.compile(r"[A-Z]{0,3}[$£€¥]|[\d.,-]+(bn|m|tn|k)?$")  # "$5", "A$35.1m", "£100,000-a-year", "20-30bn"
_HAS_LETTER = re.compile(r"[^\W\d_]")

_LEFT, _RIGHT = attrgetter("left"), attrgetter("right")
# what a word may set off in ``_repair_tags`` as the left and the right word of a pair: the pair is
# visited when ``left & right`` (one C-level pass a sentence instead of one per rule)
_ANY_LEFT, _AFTER_ING, _AFTER_PLURAL, _AFTER_SUBJECT = 1, 2, 4, 8


def token_facts(tokens: list[str], pos: PosTagger, in_title: bool = False) -> list[Word]:
    """The facts of each token: looked up once per run (by token, and whether it opens the sentence), then repaired."""
    if not tokens:
        return []
    inner, first = pos.words, tokens[0]
    for token in set(tokens).difference(inner):
        _remember(inner, token, pos.tag_of(token))
    facts = list(map(inner.__getitem__, tokens))
    facts[0] = pos.first_words.get(first) or _remember(pos.first_words, first, pos.tag_of(first, opens_sentence=True))
    return _repair_tags(tokens, facts, pos.retagged_words, in_title)


def _remember(memo: dict, key, tag: str) -> Word:
    word = memo[key] = _word(key if isinstance(key, str) else key[0], tag)
    return word


def _retag(tokens: list[str], retagged: dict, index: int, tag: str) -> Word:
    return retagged.get((tokens[index], tag)) or _remember(retagged, (tokens[index], tag), tag)


def _repair_tags(tokens: list[str], facts: list[Word], retagged: dict, in_title: bool = False) -> list[Word]:
    """Fix what a context-free lookup gets wrong, by shape (in place).

    A verb's base form right after a determiner or adjective is a noun ("a total eclipse");
    an -ing word followed by a determiner or pronoun takes an object ("consortium building it"),
    and so does one after "by", "while"... followed by a noun ("by steering buyers");
    a word the lexicon calls a plural or a noun is a verb where its sentence says so
    (``_is_s_verb``, ``_is_bare_verb``: "Vantor processes card payments", "critics fear the
    move"). An unknown word with a verb ending is a verb, not a plural ("Quillion penalises"):
    that rule needs no context, so ``_word`` applies it. Only a verb's base form, a word after
    an -ing word, a may-be verb after a plural and an -s word after a name or pronoun can set a
    rule off, so only they are visited (``_ANY_LEFT``...), in order.
    """
    count = len(facts)
    pairs = list(compress(range(1, count), map(and_, map(_LEFT, facts), map(_RIGHT, facts[1:]))))  # before any repair
    for index in pairs:
        previous = facts[index - 1].tag
        if facts[index].may_be_noun and previous in ("DT", "JJ", "JJS", "PRP$") and not facts[index - 1].plural:
            facts[index] = _retag(tokens, retagged, index, "NN")
        elif previous == "NN" and facts[index - 1].ing_word and _takes_object(tokens, facts, index):
            facts[index - 1] = _retag(tokens, retagged, index - 1, "VBG")
        elif facts[index].s_verb and _is_s_verb(tokens, facts, index):
            facts[index] = _retag(tokens, retagged, index, "VBZ")
        elif facts[index].bare_verb and _is_bare_verb(tokens, facts, index, in_title):
            facts[index] = _retag(tokens, retagged, index, "VBP")
    return facts


def _takes_object(tokens: list[str], facts: list[Word], index: int) -> bool:
    """The -ing word before ``index`` has an object: "building | it", "by steering | buyers"."""
    if facts[index].tag in _OBJECT_OPENERS:
        return True
    return index > 1 and facts[index].noun and tokens[index - 2].lower() in GERUND_OPENERS


def _is_s_verb(tokens: list[str], facts: list[Word], index: int) -> bool:
    """An -s word after a subject: "it processes", or a name with an object after it ("Vantor processes card payments").

    A noun that may itself be a verb after it keeps the -s word a noun: "Orvel shares rise" is a headline.
    """
    before = tokens[index - 1].lower()
    if before in SUBJECT_PRONOUNS and facts[index - 1].tag in ("PRP", "WP", "WDT"):
        return True
    if not (facts[index - 1].named or (before == "," and _after_aside(tokens, facts, index - 1))) or index + 1 >= len(facts):
        return False
    after = facts[index + 1]
    return after.tag in _OBJECT_OPENERS or (after.noun and not after.capital and not (after.bare_verb or after.s_verb))


def _after_aside(tokens: list[str], facts: list[Word], comma: int) -> bool:
    """The comma closes an aside about a name that opens the sentence: "Brightlane, founded in 2019, | processes"."""
    if "," not in tokens[:comma]:
        return False
    opening = tokens.index(",")
    return opening > 0 and facts[opening - 1].named and opening + 1 < comma and (
        facts[opening + 1].tag in _ASIDE_OPENERS or tokens[opening + 1].lower() in ("who", "which"))


_ASIDE_OPENERS = frozenset({"VBN", "DT"})  # ", founded in ...,", ", the Dublin start-up,"


def _is_bare_verb(tokens: list[str], facts: list[Word], index: int, in_title: bool) -> bool:
    """A noun that may be a verb, after a plural, where what follows makes it the verb.

    An object or "that" after it ("critics fear the move", "figures show that", a quote skipped:
    "people use \"reasonable force\""); "to" after a word the lexicon knows well as a verb ("both
    sides hope to meet"); in a headline, anything but a noun after such a word ("Sales fall at
    Orvel"), and in the body an adjective, adverb or number ("banks face hard times", "shares rise
    9%"); a sentence end after a plural that follows a comma (", new figures show."); a dash after
    the sentence's subject ("protests spread - some"); a plural that opens a clause ("how pandas
    feed", ``_opens_clause``). After a plural name only "the Rovers hope to", "the Rovers face them"; after a
    singular name an object or "to" ("Chelsea face a trip", "Chelsea hope to").
    """
    strong, count = facts[index].bare_verb > 1, len(facts)
    following = index + 2 if index + 2 < count and tokens[index + 1] == '"' else index + 1
    if not facts[index - 1].plural:
        before = facts[index - 1]
        return strong and following < count and (facts[following].tag in _OBJECT_OPENERS or facts[following].tag == "TO") and (
            (before.name_plural and index > 1 and tokens[index - 2].lower() == "the") or (before.named and not before.name_plural))
    if following >= count:
        return (in_title and strong) or _reporting_clause(tokens, facts, index) or _opens_clause(tokens, facts, index, None)
    after, word = facts[following], tokens[following]
    if after.tag in _OBJECT_OPENERS or word == "that" or (strong and after.tag == "TO"):
        return True
    if strong and (after.tag in _VERB_COMPLEMENTS or (in_title and not after.noun)):
        return True
    if word in _CLAUSE_END and _reporting_clause(tokens, facts, index):
        return True
    if strong and word in _SUBJECT_DASH and _phrase_start(tokens, facts, index, _POSSESSIVE) == 0:
        return True
    return _opens_clause(tokens, facts, index, after)


def _phrase_start(tokens: list[str], facts: list[Word], index: int, also: frozenset[str] = frozenset()) -> int:
    """Where the noun phrase ending before ``index`` opens: back over phrase words, nouns ("newspaper") and ``also``."""
    start = index - 1
    while start > 0 and (facts[start - 1].part or facts[start - 1].noun or tokens[start - 1] in also):
        start -= 1
    return start


def _reporting_clause(tokens: list[str], facts: list[Word], index: int) -> bool:
    """", new figures show.", ", newspaper reports claim.": the noun phrase before the verb opens right after a comma."""
    start = _phrase_start(tokens, facts, index)
    return start > 0 and tokens[start - 1] == ","


def _opens_clause(tokens: list[str], facts: list[Word], index: int, after: Word | None) -> bool:
    """"how infant koalas feed", "lets its customers use Linux", "which critics claim would": the plural
    (with its determiner) follows a word of ``data/tag_clause_openers.txt``. A finite verb next says
    the noun phrase has its verb ("while drugs use rises"), unless a wh-word opened an object clause.
    ``data/tag_clause_start_openers.txt`` ("as") count only at the sentence's start or after a comma."""
    start = _phrase_start(tokens, facts, index)
    if start > 0 and facts[start - 1].tag in ("DT", "PRP$", "JJ", "CD"):  # "its", "other", "three"
        start -= 1
    if start == 0:
        return False
    opener = tokens[start - 1].lower()
    if opener not in CLAUSE_OPENERS and not (
            opener in CLAUSE_START_OPENERS and (start == 1 or tokens[start - 2] in _SUBJECT_DASH or tokens[start - 2] == ",")):
        return False
    return after is None or after.tag not in _FINITE or facts[start - 1].tag in ("WDT", "WP")


def _unknown_word(word: str) -> bool:
    return word not in LEXICON and word.lower() not in LEXICON


@fast_unpickling
@dataclass(frozen=True, slots=True)
class Word:
    """What the phrase rules need to know of one (token, tag), worked out once per run."""

    tag: str
    verb_base: bool  # VB or VBP: see ``_repair_tags``
    ing_word: bool  # an -ing word tagged NN, VB or VBP: see ``_repair_tags``
    part: bool  # may be a phrase word: a modifier or noun with a letter, no stop or clock word; a year ("1990 census")
    part_after_noun: bool  # the same right after a noun, where a participle is the sentence's verb ("Karabakh held talks")
    noun: bool
    end: bool  # may end a phrase: a noun that is no dangling word ("west", "here")
    proper: bool
    named: bool  # a capitalised proper noun, so part of a name
    describes: bool  # a title or a common noun: ends a description before a name ("England centre | Mike Tindall")
    alone: bool  # may be a one-word phrase: no number, no bare title ("minister"), no demonym (counted as its place)
    capital: bool
    digit: bool
    blocked: bool  # never opens a phrase: a participle, weak modifier, superlative, lower-case number word or ordinal
    blocked_first: bool  # ... as the sentence's first word, where a capitalised number word opens nothing either
    abbreviation: bool  # "U.S.": a name may start right after it ("U.S. Air Force" -> "Air Force")
    place: str | None  # the place a demonym names
    plural: bool  # a common plural noun: a noun after it may be its verb ("figures show")
    name_plural: bool  # a capitalised name in -s ("the Rovers"): may be a plural subject too
    s_verb: int  # a lower-case plural whose singular may be a verb (``tag_pos.verb_strength``): "processes"
    bare_verb: int  # a lower-case singular noun that may be a verb: "show" 2, "fear" 1
    subject: bool  # a name or a subject pronoun ("it", "which"): an -s word after it may be its verb
    left: int  # see ``_ANY_LEFT``
    right: int
    may_be_noun: bool  # a verb's base form that is no auxiliary: "eclipse" may be a noun, "are", "have" never


_new_word = builder(Word)  # Word(...) without the frozen __init__'s cost of 25 fields (see pickling)


def _word(word: str, tag: str) -> Word:
    if tag == "NNS" and word.endswith(VERB_SUFFIXES) and _unknown_word(word):
        tag = "VBZ"  # "penalises"
    elif tag == "CD" and word[:1].isupper() and word.isalpha() and word.lower() in NUMBER_WORDS:
        tag = "NNP"  # "the Six Nations", "Formula One"; at a sentence start still no phrase's opener ("Six people died")
    lower, capital = word.lower(), word[:1].isupper()
    if tag == "CD" or _NUMBER_FIRST.match(word):  # numbers, amounts ("5bn"), ordinals ("50th"); kept: "1990 census", "987-foot"
        part = part_after_noun = bool(_YEAR.match(word)) or (
            "-" in word and bool(_HAS_LETTER.search(word)) and not _AMOUNT.match(word))
        numeric = True
    else:
        part = tag in _MODIFIER and bool(_HAS_LETTER.search(word)) and lower.strip(".") not in _CUT_WORDS
        part_after_noun, numeric = part and tag not in ("VBN", "VBG"), False
    place = demonym_place(word) if capital else None
    # "largest", "first", "three-year" open no phrase; "Forty-one" only at a sentence start ("the Second World War" is a name)
    number_word = word.split("-", 1)[0].lower() in NUMBER_WORDS
    blocked = (tag in ("VBN", "VBG") or word in WEAK_MODIFIERS or tag in _SUPERLATIVE or (number_word and word[:1].islower())
               or _measure(word))
    verb_base, ing_word = tag in ("VB", "VBP"), tag in ("NN", "VB", "VBP") and word.endswith("ing")
    plural = tag == "NNS" or _hyphenated_plural(word, tag)
    name_plural = capital and tag in _PROPER and word.endswith("s") and not word.endswith(_NOT_PLURAL) and len(word) > 3
    s_verb = s_form_verb_strength(word) if tag == "NNS" and word.islower() else 0
    bare_verb = verb_strength(word) if tag == "NN" and word.islower() and word.isalpha() else 0
    subject = (tag in _PROPER and capital) or (lower in SUBJECT_PRONOUNS and tag in ("PRP", "WP", "WDT"))
    return _new_word(
        tag=tag, verb_base=verb_base, ing_word=ing_word, part=part, part_after_noun=part_after_noun, noun=tag in NOUN_TAGS, end=tag in NOUN_TAGS and word not in DANGLING_WORDS,
        proper=tag in _PROPER, named=tag in _PROPER and capital,
        # "Million Dollar Baby" is one name, and "Star Wars" (a role capitalised is a name's word, an office's is a title)
        describes=(lower in TITLE_WORDS and not (capital and lower in ROLE_WORDS))
        or (tag in ("NN", "NNS") and not capital and word != "of"),
        alone=not (numeric or lower in TITLE_WORDS or (capital and place)), capital=capital, digit=word[:1].isdigit(),
        blocked=blocked, blocked_first=blocked or number_word, abbreviation=word.endswith(".") and capital,
        place=place, plural=plural, name_plural=name_plural, s_verb=s_verb, bare_verb=bare_verb,
        may_be_noun=tag in ("VB", "VBP") and lower not in AUXILIARIES,
        subject=subject, left=_pair_side(True, ing_word, plural or (tag in _PROPER and capital), subject or word == ","), right=_pair_side(verb_base, True, bare_verb, s_verb),
    )


def _measure(word: str) -> bool:
    """"24-year-old", "decade-old", "hour-long", "10-year", "2,700-strong": how old, how long or how many, never what
    a story is about (a figure's units: ``data/tag_figure_units.txt``)."""
    if "-" not in word:
        return False
    lower = word.lower()
    return lower.endswith(_MEASURE_ENDINGS) or (word[:1].isdigit() and _FIGURE_UNIT.search(lower) is not None)


_MEASURE_ENDINGS = ("-long", "-old")  # "hour-long", "decade-old"; "three-year" opens nothing already (a number word)
# "10-year", "18-month-old", "2,700-strong": a figure's unit ending the word (a plural too: "10-games")
_FIGURE_UNIT = re.compile(rf"-(?:{'|'.join(map(re.escape, sorted(FIGURE_UNITS)))})s?$")


def _pair_side(first: bool, second: bool, third: bool, fourth: bool) -> int:
    """The ``_ANY_LEFT`` ... ``_AFTER_SUBJECT`` bits of one side of a pair, in that order."""
    return (_ANY_LEFT if first else 0) | (_AFTER_ING if second else 0) | (_AFTER_PLURAL if third else 0) | (
        _AFTER_SUBJECT if fourth else 0)


def _hyphenated_plural(word: str, tag: str) -> bool:
    """"e-mails", "full-backs": the suffix rules call every hyphenated unknown word an adjective (the tag stays)."""
    return tag == "JJ" and "-" in word and word.endswith("s") and not word.endswith(_NOT_PLURAL) and _unknown_word(word)


def demonym_place(word: str) -> str | None:
    """The place a demonym names ("Armenians" -> "Armenia"), else None."""
    lower = word.lower()
    return DEMONYMS.get(lower) or (DEMONYMS.get(lower[:-1]) if lower.endswith("s") else None)
