"""Candidate tags of one article: noun phrases found by part of speech.

Contract: ``find_candidates(title, text, keys, aliases)`` returns one ``Candidate``
per phrase key, with where and how often the phrase occurs. Candidates are runs of
adjectives and nouns that end in a noun (``adj* noun+``, proper-noun runs, a leading
year as in "1990 census"), cut at stop words, numbers, dates and punctuation; every
sub-phrase of up to four words that ends in a noun is a candidate, so the ranking can
choose between "tanker", "oil tanker" and "Exxon oil tanker". A name that runs across "of"
("House of Commons", "Bank of England"), across "for" after a body's name ("Office for National
Statistics", ``data/tag_body_words.txt``) or across "and" on to one ("Securities and Exchange
Commission"), is one phrase, and its parts are none. A team sheet (a paragraph listing players by
surname or initials) gives no candidates. Part-of-speech tags come
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

Speed: a cold build tags every article, so the per-token work is done once per run:
the facts the phrase rules need of a (token, tag) (``tag_words``: part of speech with
its context repairs) live in memos on the run's ``PosTagger``, stems in the run's
``KeyMaker``; per sentence only context (runs, repairs, sub-phrases) is worked out. The
output is the same as working every token out afresh (tests/core/test_tag_text_speedcheck.py, bench/bench_tag.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress
from operator import attrgetter
from collections.abc import Mapping

from .tag_candidate import Candidate, new_candidate
from .tag_lexicon import (
    ADVERB_PHRASES, AGENT_SUFFIXES, BODY_WORDS, DEMONYMS, FORMER_PREFIXES, GIVEN_NAMES, HONORIFICS, PLACE_NAMES,
    ROLE_WORDS, TITLE_WORDS, KeyMaker,
)
from .tag_pos import LEXICON, PosTagger
from .tag_words import Word, token_facts

MAX_PHRASE_WORDS = 5
_PLACE = attrgetter("place")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": " - ", "\u2014": " - "})
_LEXICON = LEXICON
_SPLIT_APOSTROPHE = re.compile(r"(?<![\w'])([A-Z]) ' (?=[A-Z][a-z])")  # "O ' Gara" -> "O'Gara"
# "ex-Boeing boss", "then-Chancellor": the prefix is a word of its own (data/tag_former_prefixes.txt), the name the name
_FORMER_PREFIX = re.compile(
    rf"(?<![\w-])({'|'.join(FORMER_PREFIXES)})-(?=[^\W\d_])", re.IGNORECASE)
# the tokenizer only adds spaces, so a text that tokenizes to "O ' Gara" reads "O'Gara" with at most spaces added
_MAYBE_SPLIT_NAME = re.compile(r"[A-Z]\s*'\s*[A-Z][a-z]")


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
    """Sentences as lists of tokens (punctuation split from words, and a prefix saying "former" from the word it
    stands before: ``_FORMER_PREFIX``; ``pos`` memoises the tokenizer's work)."""
    text = text.translate(_QUOTES)
    if "-" in text:
        text = _FORMER_PREFIX.sub(r"\1 -", text)  # "ex-Downing Street" -> "ex -Downing Street", read "ex - Downing Street"
    sentences = (pos or PosTagger()).sentences(text)
    if not _MAYBE_SPLIT_NAME.search(text) or not _SPLIT_APOSTROPHE.search(" ".join(chain.from_iterable(sentences))):
        return sentences  # a sentence holds a split name only where the whole text does
    return [_join_apostrophe(sentence) for sentence in sentences]


def _join_apostrophe(tokens: list[str]) -> list[str]:
    if "'" not in tokens:  # the pattern needs a lone apostrophe token
        return tokens
    return _SPLIT_APOSTROPHE.sub(r"\1'", " ".join(tokens)).split(" ")


def find_candidates(title: str, text: str, keys: KeyMaker, aliases: Mapping[str, tuple[str, str]],
                    pos: PosTagger | None = None) -> tuple[Candidate, ...]:
    """The candidate phrases of one article, one per key (``pos``: a tagger shared by one run's articles)."""
    pos = pos or PosTagger()
    title_sentences = tokenize(title, pos)
    paragraphs = [tokenize(paragraph, pos) for paragraph in text.split("\n\n")
                  if paragraph.strip() and not is_team_sheet(paragraph)]
    case_votes = _body_casing(title_sentences, paragraphs)
    evidence: dict[str, _Evidence] = {}
    position = 0
    sections = [(title_sentences, True, True)] + [(sentences, False, index == 0) for index, sentences in enumerate(paragraphs)]
    for sentences, in_title, in_lead in sections:
        for sentence in sentences:
            whole = _is_headline_case(sentence) if in_title else _is_shouting(sentence)
            tokens = _recase(sentence, case_votes, whole=whole)
            facts = token_facts(tokens, pos, in_title)
            if '"' in tokens:
                _cut_foreign_quotes(tokens, facts, pos)
            if not ADVERB_NOUNS.isdisjoint(tokens):
                _cut_adverb_phrases(tokens, facts, pos)
            _collect(tokens, facts, position, in_title, in_lead, keys, aliases, evidence)
            position += len(tokens)
    return tuple(_freeze(key, item, max(position, 1)) for key, item in evidence.items())


ADVERB_NOUNS = frozenset(ADVERB_PHRASES)


def _cut_adverb_phrases(tokens: list[str], facts: list[Word], pos: PosTagger) -> None:
    """The noun of "in place", "under way" (``data/tag_adverb_phrases.txt``) is read as punctuation (in place):
    "put in place policies" makes no "place policies"."""
    for index in range(1, len(tokens)):
        if tokens[index - 1].lower() in ADVERB_PHRASES.get(tokens[index], ()):
            facts[index] = token_facts([","], pos)[0]


def _cut_foreign_quotes(tokens: list[str], facts: list[Word], pos: PosTagger) -> None:
    """Words quoted in another language ("Wir bleiben hier", "Tag für Tag") are read as punctuation (in place): an
    English story quoting them is not about them, and read as English they made tags of a language's common words."""
    quotes = [index for index, token in enumerate(tokens) if token == '"']
    for opening, closing in zip(quotes[::2], [*quotes[1::2], len(tokens)]):
        if _in_another_language(tokens[opening + 1:closing]):
            cut = token_facts([","], pos)[0]
            facts[opening + 1:closing] = [cut] * (closing - opening - 1)


def _in_another_language(quoted: list[str]) -> bool:
    """More than half the lower-case words of a quote are unknown to the English lexicon or foreign words to it
    ("bleiben hier", "für ... für", "ne partirons pas"); a quote of capitalised words alone is a name or a title
    ("Les Choristes"), one unknown word a coinage ("bouncebackability")."""
    lower = [word for word in quoted if word.isalpha() and word.islower()]
    unknown = sum(_LEXICON.get(word, _FOREIGN_WORD) == _FOREIGN_WORD for word in lower)
    return unknown >= MIN_FOREIGN_WORDS and unknown > FOREIGN_SHARE * len(lower)


MIN_FOREIGN_WORDS = 2
FOREIGN_SHARE = 0.5  # more than half: "naming, shaming and faming" (two unknown of four) is English play
_FOREIGN_WORD = "FW"  # the lexicon's tag of words it knows from other languages ("nous", "und", "est")


def is_team_sheet(paragraph: str) -> bool:
    """A line-up ("A Berg; T Lind, K Osei (capt), ..."; "Holt, Varga, Mensah (Lind 56), ..."): a list of players
    by surname or initials, no sentence. The story names in its sentences the players it is about; a name only in
    the list is none of its subjects, and the list would count every surname again."""
    items = [_without_brackets(item).strip() for item in _LIST_SEPARATORS.split(paragraph.strip().rstrip("."))]
    items = [item.rsplit(":", 1)[-1].strip() for item in items if item.strip()]
    if len(items) < TEAM_SHEET_MIN_PLAYERS or any(_holds_a_sentence(item) for item in items):
        return False
    return sum(bool(_PLAYER.fullmatch(item)) and item.lower() not in PLACE_NAMES  # a country or county is no player
               for item in items) >= TEAM_SHEET_SHARE * len(items)


def _without_brackets(item: str) -> str:
    """``item`` without its bracketed parts ("Lind (capt)"): a "(" after the last ")" closes nothing and is left
    untried (each was tried to the item's end: the square of a run of 100,000 brackets)."""
    end = item.rfind(")") + 1
    return _BRACKETED.sub("", item[:end]) + item[end:]


def _holds_a_sentence(item: str) -> bool:
    """An item with words of a sentence in it ("The pact was signed by Harlow", "Shellco all cut jobs"): a list in a
    sentence, which names the story's subjects; a team sheet's items are names ("Lind for Holt" at most)."""
    return sum(word not in _NAME_PARTICLES for word in _LOWER_CASE_WORD.findall(item)) >= TEAM_SHEET_SENTENCE_WORDS


TEAM_SHEET_MIN_PLAYERS = 7  # a side's starters or substitutes; a list of award nominees is shorter
TEAM_SHEET_SHARE = 0.8  # of the items a surname alone or after initials ("Holt", "A Berg", "KP del Rio")
_LIST_SEPARATORS = re.compile(r"[,;]")
_BRACKETED = re.compile(r"\([^)]*\)")
TEAM_SHEET_SENTENCE_WORDS = 2  # lower-case words (name particles aside) that make an item part of a sentence
_NAME_PARTICLES = ("de", "del", "dal", "da", "di", "van", "von", "der", "le", "la", "lo")  # "R de Vries", "K Lo Bello"
_PARTICLE = "|".join(_NAME_PARTICLES + tuple(map(str.capitalize, _NAME_PARTICLES)))  # "de", "De"
_PLAYER = re.compile(rf"(?:[A-Z]{{1,2}} )?(?:(?:{_PARTICLE}) )?[A-Z][\w'-]+")
_LOWER_CASE_WORD = re.compile(r"(?<![\w'-])[a-z][\w'-]*")


def _body_casing(title: list[list[str]], paragraphs: list[list[list[str]]]) -> dict[str, dict[str, int]]:
    """How each word is spelt in the body where its case means something (not sentence-initial).

    Only for the words ``_recase`` may ask about: the headline's, sentence openers and the words of ALL-CAPS lines.
    """
    plain, shouting = [], []
    for sentence in (sentence for sentences in paragraphs for sentence in sentences):
        (shouting if _is_shouting(sentence) else plain).append(sentence)  # a subhead in capitals says nothing about case
    asked = {token.lower() for token in chain.from_iterable(title + shouting)}
    openings = [_opening(sentence) for sentence in plain]
    asked.update(sentence[first].lower() for sentence, first in zip(plain, openings) if first < len(sentence))
    counts = Counter(chain.from_iterable(sentence[first + 1:] if first == 0 else sentence[:first] + sentence[first + 1:]
                                         for sentence, first in zip(plain, openings)))
    spellings = list(counts)  # in order of first use, so ties keep the spelling seen first
    votes: dict[str, dict[str, int]] = {}
    for token in compress(spellings, map(asked.__contains__, map(str.lower, spellings))):
        if not token[:1].isalpha():
            continue
        forms = votes.get(token.lower())
        if forms is None:
            votes[token.lower()] = {token: counts[token]}
        else:
            forms[token] = counts[token]
    return votes


def _is_headline_case(tokens: list[str]) -> bool:
    words = [token for token in tokens if token[:1].isalpha()]
    capitalised = sum(1 for word in words if word[0].isupper())
    return len(words) > 1 and capitalised >= 0.6 * len(words)


def _is_shouting(tokens: list[str]) -> bool:
    """An ALL-CAPS line of the body ("HOSTS HOLD THEIR NERVE"): a subhead, to be re-cased like a headline."""
    words = 0
    for token in tokens:
        if token[:1].isalpha():
            if not token.isupper():
                return False  # most sentences: their second word already says so
            words += 1
    return words > 1


def _recase(tokens: list[str], votes: dict[str, dict[str, int]], whole: bool) -> list[str]:
    """Give headline words (or a sentence's first word) the case they have in the body."""
    if whole:
        return [_true_case(token, votes) for token in tokens]
    first = _opening(tokens)
    # "National Insurance ..." is a name, "Distributor Sony" none
    if first + 1 < len(tokens) and tokens[first + 1][:1].isupper():
        return [*tokens[:first], _opener_case(tokens[first:], votes), *tokens[first + 1:]]
    return [*tokens[:first], _true_case(tokens[first], votes), *tokens[first + 1:]] if first < len(tokens) else tokens


def _opening(tokens: list[str]) -> int:
    """The index of a sentence's first word: after the quote mark or bracket that opens it, and after the quote
    that closes the sentence before it (the splitter gives '." Scrum-half Peter Stringer said' that quote)."""
    first = 0
    while first < len(tokens) and tokens[first] in _OPENING_MARKS:
        first += 1
    return first


_OPENING_MARKS = frozenset({'"', "'", "(", "[", "``", "''", "-", "--"})


_NAME_TAGS = frozenset({"NNP", "NNPS"})


def _opener_case(tokens: list[str], votes: dict[str, dict[str, int]]) -> str:
    """The case of a sentence's first word before a capitalised one: a common word there opens the sentence,
    not the name ("Distributor Sony", "Former England captain", "State-owned Rosneft", "Keeper Petr Cech").

    The word keeps its capital when it may be part of the name: the body capitalises it inside a sentence
    ("Real" of "Real Madrid" said again later); the lexicon knows it capitalised as a name word ("New",
    "Labour", "Prime", "Premier"); it is no common word (unknown to the lexicon, a demonym, an acronym); it
    is a singular noun the body never uses lower-case and without an agent ending (``data/tag_agent_suffixes.txt``:
    "Jade Johnson", "Plaid Cymru"; not "Keeper", "Distributor"); or it is a noun before another capitalised
    common word ("Crime Scene Investigation", "Man City": a name made of common nouns). A role of
    ``data/tag_roles.txt`` opens the sentence ("Star Ana Ferro") unless the body capitalises it inside one.
    """
    first = tokens[0]
    lower = first.lower()
    if lower in ROLE_WORDS and not any(form != lower for form in votes.get(lower, ())):
        return lower  # "Star Ana Ferro": a role before the name, unless the body capitalises it ("Star Wars")
    if first == lower or (first.isupper() and len(first) > 1) or _LEXICON.get(first) in _NAME_TAGS or lower in DEMONYMS:
        return first
    tag = _LEXICON.get(lower)
    seen = votes.get(lower)
    if seen is not None:
        if any(form != lower for form in seen):
            return first  # capitalised inside a sentence somewhere in the body
    elif not all(part in _LEXICON for part in lower.split("-") if part) and not _agent_of_known_word(lower):
        return first  # unknown: a name ("Tessaro", "Coca-Cola")
    elif tag == "NN" and not lower.endswith(AGENT_SUFFIXES):
        return first  # "Jade Johnson"
    after = tokens[1]
    if tag in ("NN", "NNS") and after.lower() in _LEXICON and not after.isupper():
        return first
    return lower


def _agent_of_known_word(lower: str) -> bool:
    """An agent noun the lexicon lacks, made of a word it has and an agent ending ("campaigner": "campaign" +
    "er"; "organiser": "organise" + "r")."""
    for suffix in AGENT_SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 3:
            stem = lower[:-len(suffix)]
            if stem in _LEXICON or stem + "e" in _LEXICON:
                return True
    return False


def _true_case(token: str, votes: dict[str, dict[str, int]]) -> str:
    seen = votes.get(token.lower())
    if seen:
        return max(seen, key=seen.__getitem__)
    if token.isupper() and len(token) <= 4 and "." not in token and token.lower() not in _LEXICON:
        return token  # an acronym (NATO, FBI) stays in capitals
    lower = token.lower()
    if lower in GIVEN_NAMES and token[:1].isupper():
        return token  # "Robin said": a first name the story never writes in lower case
    return lower if lower in _LEXICON or token.isupper() else token


def _runs(facts: list[Word], tokens: list[str]) -> list[tuple[int, int]]:
    """Maximal spans (first, last) of phrase words, cut after a title that precedes a name ("leader | Michael Howard")
    and before a lower-case adjective after a lower-case noun ("ban | unsolicited marketing") unless it opens the
    rest of an office ("shadow local government secretary")."""
    runs, first, count = [], -1, len(facts)
    for index, fact in enumerate(facts):
        if not (fact.part_after_noun if index and facts[index - 1].noun else fact.part):
            if first >= 0:
                runs.append((first, index - 1))
                first = -1
            continue
        if first < 0:
            first = index
        elif fact.tag == "JJ" and not fact.capital and _verb_read_as_noun(facts[index - 1]) \
                and not _office_goes_on(tokens, facts, index):
            runs.append((first, index - 1))  # "ban | unsolicited sales": no adjective follows a noun, so the noun was a verb
            first = index
        if fact.describes and index + 1 < count and facts[index + 1].named:
            runs.append((first, index))
            first = -1
    if first >= 0:
        runs.append((first, count - 1))
    return runs


def _describes_office(facts: list[Word], index: int) -> bool:
    """A noun before a lower-case adjective in an office's run ("shadow | local government secretary"), which
    ``_runs`` cuts everywhere else: it describes the office."""
    after = facts[index + 1]
    # "Wales | assistant coach" stays, and so does "EU foreign policy | chief" (a title the lexicon calls an adjective)
    return _verb_read_as_noun(facts[index]) and after.tag == "JJ" and not after.capital and not after.describes


def _office_goes_on(tokens: list[str], facts: list[Word], index: int) -> bool:
    """The phrase words after the adjective at ``index`` reach a title word: "(shadow) local government secretary"
    (an adjective that is a title, "policy | chief", is cut off as before)."""
    if tokens[index].lower() in TITLE_WORDS:
        return False
    for position in range(index + 1, len(facts)):
        if tokens[position].lower() in TITLE_WORDS:
            return True
        if not facts[position].part:
            return False
    return False


def _verb_read_as_noun(fact: Word) -> bool:
    """A lower-case noun before an adjective, other than a title ("deputy prime minister", "attorney general")."""
    return fact.noun and not fact.capital and fact.alone


def _of_names(tokens: list[str], facts: list[Word], runs: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Names that run across "of" ("House of Commons", "Royal Bank of Scotland", "Lord of the Rings"), "for"
    after a body ("Office for National Statistics") or "and" after one word on to a body's word ("Securities and
    Exchange Commission").

    (first, last, index of the head's run, end of the tail's run) for each. The head: a whole name of one to three
    capitalised ordinary words or adjectives ("Bank", "Royal Bank", "European Court"; no surname: "Jones of
    Liverpool" is a player and his club), no title ("Chancellor of the Exchequer" is an office) and after no
    honorific ("Mr Smith of the BBC"). Then "of" or "for" (and "the"), then the tail: the one to three capitalised words
    that open the next run ("Bank of England | governor"), the whole of a name ("Academy of Motion Picture Arts
    and Sciences" is left alone).
    """
    names = []
    for position, (first, last) in enumerate(runs[:-1]):
        joiner = tokens[last + 1]
        if not _joins_name(tokens, first, last) or last - first > 2 or not _is_name_head(tokens, facts, first, last):
            continue
        after = last + 3 if joiner != "and" and tokens[last + 2] == "the" else last + 2
        tail_first, tail_last = runs[position + 1]
        if tail_first != after or not facts[tail_first].named:
            continue
        end = tail_first
        while end < tail_last and facts[end + 1].capital:
            end += 1
        if joiner == "and" and not _body_word(tokens[end]):
            continue
        if end - tail_first < 3 and (not _name_goes_on(tokens, facts, end + 1)
                                     or (joiner != "and" and _another_name_after_and(facts, tokens, end + 1))):
            names.append((first, end, position, tail_last))
    return names


def _joins_name(tokens: list[str], first: int, last: int) -> bool:
    """"of" after a name's head; "for" after a body's ("Office for National Statistics", ``data/tag_body_words.txt``);
    "and" after one word when the name goes on to a body's word ("Securities and Exchange Commission")."""
    joiner = tokens[last + 1]
    if joiner == "for":
        return _body_word(tokens[last])
    # a word after "of" or "for" is a name's tail ("Ministry for Fisheries | and Orvik Council"), no head
    return joiner == "of" or (joiner == "and" and first == last and not (first and tokens[first - 1] in ("of", "for")))


def _another_name_after_and(facts: list[Word], tokens: list[str], index: int) -> bool:
    """"and" then two capitalised words or more ("Bank of Orvik | and Harlow Lines"): a name of its own, where one
    word may end the name before it ("Department for Trade | and Industry")."""
    return (index + 2 < len(tokens) and tokens[index] in ("and", "&")
            and facts[index + 1].capital and facts[index + 2].capital)


def _body_word(token: str) -> bool:
    word = token.lower()
    return word in BODY_WORDS or (word.endswith("s") and word[:-1] in BODY_WORDS)


def _is_name_head(tokens: list[str], facts: list[Word], first: int, last: int) -> bool:
    if first and (tokens[first - 1].rstrip(".") in HONORIFICS or tokens[first - 1].lower() in TITLE_WORDS
                  or _name_word(facts[first - 1])):  # "Motion Picture | Association of America"
        return False
    if not (facts[last].named and tokens[last].lower() in _LEXICON):
        return False  # "Bank", "Court"; not "Jones"
    # before it, capitalised ordinary words or adjectives ("Royal", "European"), never a first name
    return all(facts[index].capital and (tokens[index].lower() in _LEXICON or not facts[index].named)
               and tokens[index].lower() not in TITLE_WORDS for index in range(first, last + 1))


def _name_goes_on(tokens: list[str], facts: list[Word], index: int) -> bool:
    """"Spotless | Mind", "Trade | and Industry": the name is longer than its runs."""
    if index >= len(tokens):
        return False
    return facts[index].capital or (index + 1 < len(tokens) and tokens[index] in ("and", "&") and facts[index + 1].capital)


def _name_word(fact: Word) -> bool:
    """A capitalised word that may be part of a name ("Directors", "Picture"; not "The")."""
    return fact.capital and (fact.named or fact.part)


def _collect(tokens, facts, offset, in_title, in_lead, keys, aliases, evidence) -> None:
    for index in list(compress(range(len(facts)), map(_PLACE, facts))):
        fact = facts[index]  # "the Azerbaijani army", "the Azerbaijanis" are mentions of Azerbaijan
        _record(fact.place, keys.phrase(fact.place.split()), offset + index, offset + index, False, in_title, in_lead, fact.place,
                    aliases, evidence)
    runs = _runs(facts, tokens)
    if "and" in tokens:
        runs = _without_coordinated_modifiers(tokens, facts, runs)
    if "of" in tokens or "for" in tokens or "and" in tokens:
        runs = _join_of_names(tokens, facts, runs, offset, in_title, in_lead, keys, aliases, evidence)
    for first, last in runs:
        if first != last:
            _collect_run(tokens, facts, first, last, offset, in_title, in_lead, keys, aliases, evidence)
        elif facts[first].end and _can_start(facts, first, first) and _can_stand_alone(facts, first):
            word = tokens[first]  # a one-word run, the commonest kind, is its own only phrase
            _record(word, keys.word(word), offset + first, offset + first, True, in_title, in_lead, None, aliases, evidence,
                    facts[first].proper)


def _without_coordinated_modifiers(tokens: list[str], facts: list[Word], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Commons work | and pensions committee", "European defence | and aerospace group": a noun before "and" that,
    with the lower-case nouns after it, describes a body's or an office's word: the run's lower-case words before
    "and" make no phrase ("Commons work", "Tory shadow" of "Tory shadow work and pensions secretary")."""
    kept = []
    for position, (first, last) in enumerate(runs):
        if position + 1 < len(runs) and _modifies_across_and(tokens, facts, last, runs[position + 1]):
            while last >= first and not facts[last].capital:
                last -= 1  # the names before stay: "Commons", "Microsoft" of "Microsoft games and consoles division"
        if last >= first:
            kept.append((first, last))
    return kept


def _modifies_across_and(tokens: list[str], facts: list[Word], last: int, following: tuple[int, int]) -> bool:
    start, end = following
    return (tokens[last + 1:last + 2] == ["and"] and start == last + 2 and end > start and _common_noun(facts[last])
            and all(_common_noun(fact) for fact in facts[start:end + 1]) and _body_or_title(tokens[end]))


def _common_noun(fact: Word) -> bool:
    return fact.noun and not fact.capital


def _body_or_title(token: str) -> bool:
    word = token.lower()
    return _body_word(word) or word in TITLE_WORDS or word == "group"


def _join_of_names(tokens, facts, runs, offset, in_title, in_lead, keys, aliases, evidence) -> list[tuple[int, int]]:
    """Record each name across "of" whole; its head's and tail's runs are no phrases of their own, what
    follows the tail in its run still is ("governor" of "Bank of England governor")."""
    names = _of_names(tokens, facts, runs)
    if not names:
        return runs
    used, rests = set(), []
    for first, last, head_run, tail_end in names:
        words = tokens[first:last + 1]
        _record(" ".join(words), keys.phrase(words), offset + first, offset + last, True, in_title, in_lead, None, aliases,
                evidence)
        used.update((head_run, head_run + 1))
        if last < tail_end:
            rests.append((last + 1, tail_end))
    return sorted([run for position, run in enumerate(runs) if position not in used] + rests)  # in the sentence's order


def _collect_run(tokens, facts, first, last, offset, in_title, in_lead, keys, aliases, evidence) -> None:
    """Record every sub-phrase of a run of several words that ends in a noun (keys built right to left, once)."""
    ends = [index for index in range(first, last + 1) if facts[index].end]
    if not ends:
        return
    known = keys.stems
    stems = [known[word] if word in known else keys.word(word) for word in tokens[first:last + 1]]
    startable = [_can_start(facts, index, first) for index in range(first, last + 1)]
    # the whole run keeps its opener: counting "prisoner exchange" of "first prisoner exchange" as a
    # whole phrase too cost 0.3-0.4 F1@5 out of fold (topic-grouped CV)
    last_noun = ends[-1]
    office = tokens[last].lower() in TITLE_WORDS  # "Tory shadow local government secretary"
    for end in ends:
        if end < last and facts[end].named and facts[end + 1].named:
            continue  # "Gordon" of "Gordon Brown" is no phrase end
        if office and end < last and _describes_office(facts, end):
            continue  # "Tory shadow" of "Tory shadow local government secretary": it describes the office
        key, form, proper = "", "", True
        for start in range(end, max(first, end - MAX_PHRASE_WORDS + 1) - 1, -1):
            fact, word, stem = facts[start], tokens[start], stems[start - first]
            if office and start < end and (word.lower() in TITLE_WORDS or _describes_office(facts, start)):
                break  # "Labour deputy (local government)", "Tory shadow (local government)": a piece of the office
            key = f"{stem} {key}" if key and stem else (stem or key)
            form = f"{word} {form}" if form else word
            proper = proper and fact.proper
            if not startable[start - first] or (start == end and not _can_stand_alone(facts, start)):
                continue
            _record(form, key, offset + start, offset + end, start == first and end == last_noun, in_title, in_lead,
                    None, aliases, evidence, proper)


def _can_stand_alone(facts: list[Word], index: int) -> bool:
    """No capitalised word cut from a numbered name ("Line" of "Line 4") either."""
    fact = facts[index]
    return fact.alone and not (fact.capital and index + 1 < len(facts) and facts[index + 1].digit)


def _can_start(facts: list[Word], start: int, first: int) -> bool:
    fact = facts[start]
    if fact.blocked_first if start == 0 else fact.blocked:
        return False
    if start == first:
        return True
    previous = facts[start - 1]
    return previous.abbreviation or not (previous.named and fact.named)  # no phrase starts inside a name


def _record(form, key, start, end, maximal, in_title, in_lead, forced, aliases, evidence, proper=True) -> None:
    if key in aliases:
        forced, key = aliases[key]
    if not key:
        return
    item = evidence.get(key)
    if item is None:
        item = evidence[key] = _Evidence({}, set(), 0, start)
    shown = forced or form
    forms = item.forms
    forms[shown] = forms.get(shown, 0) + 1
    if forced:
        item.forced = True
    item.ends.add(end)
    if maximal:
        item.maximal += 1
    if in_title:
        item.in_title = True
    else:
        item.in_body = True
    if in_lead:
        item.in_lead = True
    item.proper_votes += 1 if proper else -1


def _without_full_stop(display: str) -> str:
    """"Sarbanes-Oxley Act." -> "Sarbanes-Oxley Act": the tokenizer keeps a sentence's full stop on a capital and
    consonants ("Act.", "End."), the shape of an abbreviation ("Ltd.", "Inc.", "St.", which keep it); a word the
    lexicon knows without it is a word, and the stop is its sentence's."""
    word = display.rsplit(" ", 1)[-1][:-1]
    if len(word) >= MIN_WORD_BEFORE_STOP and "." not in word and word.lower() in _LEXICON:
        return display[:-1]
    return display


MIN_WORD_BEFORE_STOP = 3  # "St." (Saint, Street) is an abbreviation the lexicon knows as a word


def _freeze(key: str, item: _Evidence, length: int) -> Candidate:
    forms = item.forms
    display = next(iter(forms)) if len(forms) == 1 else max(forms, key=forms.__getitem__)
    if display[-1] == ".":
        display = _without_full_stop(display)
    return new_candidate(  # positional, in field order: a keyword call costs more, 290,000 times a 3,000-article run
        key, display, len(key.split()), len(item.ends), item.maximal, item.first / length, item.in_title, item.in_lead,
        item.proper_votes > 0, item.forced, not item.in_body,
    )
