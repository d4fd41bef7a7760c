"""Sentences, tokens and part-of-speech tags for the tagger: TextBlob's tokenizer and PatternTagger.

Contract: ``PosTagger().sentences(text)`` returns the sentences TextBlob's
``en.parser.find_tokens`` finds, each as its list of tokens (``tokenize(text)``: the
same as space-joined strings, without the memo); ``PosTagger().tag(tokens)`` returns
``[[token, tag], ...]`` with the Penn tags TextBlob's ``en.parser.find_tags`` gives.

Both are TextBlob's own algorithms made cheap to repeat, with identical output:

- The tokenizer splits each whitespace-separated chunk on its own (leading and trailing
  punctuation, abbreviations kept whole), so a chunk's tokens are memoised per
  ``PosTagger``; the string-wide steps (contractions, quotes, line breaks, and the
  sarcasm and emoticon repairs, run only when the sentence could contain one) are
  TextBlob's regular expressions.
- The tagger (as TextBlob configures it) is only a lexicon lookup (the first token
  also tried in lower case), then three rules for unknown words: Title-case -> NNP,
  digits and punctuation -> CD, else suffix rules ("-ing" VBG, "-s" NNS, "-ed" VBN
  ...). No context rules run, so a token's tag depends only on the token and whether
  it opens the sentence: it is memoised per ``PosTagger`` (one per ``tag_corpus``
  call), and the lexicon is read once into a plain dict (TextBlob's lazy dict costs a
  method call per lookup).
"""
from __future__ import annotations

import re
from itertools import chain, compress
from dataclasses import dataclass, field
from types import MappingProxyType
from collections.abc import Mapping

from textblob import _text as _pattern
from textblob._text import CD as _NUMBER_LIKE
from textblob._text import _suffix_rules
from textblob.en import parser as _pattern_parser

LEXICON: Mapping[str, str] = MappingProxyType(dict(_pattern_parser.lexicon.items()))

# TextBlob's tokenizer settings (``_text.find_tokens`` with the English parser's defaults)
_PUNCTUATION = tuple(_pattern.PUNCTUATION.replace(".", ""))
_TRAILING = _PUNCTUATION + (".",)
_ABBREVIATIONS = _pattern.ABBREVIATIONS
_ABBREVIATION_SHAPES = (_pattern.RE_ABBR1, _pattern.RE_ABBR2, _pattern.RE_ABBR3)
_CONTRACTIONS = _pattern.replacements
_QUOTE_PADDING = (("“", " “ "), ("”", " ” "), ("‘", " ‘ "), ("’", " ’ "), ("'", " ' "), ('"', ' " '))
_END_OF_SENTENCE = _pattern.EOS
_LINE_BREAK = re.compile(r"\n{2,}")
_SENTENCE_ENDS = frozenset(("...", ".", "!", "?", _END_OF_SENTENCE))
# what a sentence end swallows after it; a straight quote never (TextBlob's balance test always
# looks at the next, still empty sentence, so it always stops there)
_SWALLOWED = frozenset(("”", "’", "...", ".", "!", "?", ")", _END_OF_SENTENCE))
# the emoticon repair only removes spaces inside an emoticon ("; )" -> ";)"): a sentence
# without two emoticon characters around one space is left as it is
_EMOTICON_GAPS = frozenset(
    emoticon[k] + " " + emoticon[k + 1] for emoticons in _pattern.EMOTICONS.values() for emoticon in emoticons
    for k in range(len(emoticon) - 1)
)
_EMOTICON_GAP = re.compile("|".join(re.escape(gap) for gap in sorted(_EMOTICON_GAPS)))


def tokenize(text: str) -> list[str]:
    """Sentences of ``text``, tokens separated by single spaces (TextBlob's tokenizer)."""
    return [" ".join(sentence) for sentence in PosTagger().sentences(text)]


def _split_chunk(chunk: str) -> tuple[str, ...]:
    """One whitespace-free chunk as tokens: punctuation split off, abbreviations kept (TextBlob's loop, over where
    the chunk starts and ends: it copied the rest of the chunk for each mark it split off, the square of a run of
    100,000 brackets)."""
    start = 0
    while chunk.startswith(_PUNCTUATION, start) and not _a_contraction(chunk, start, len(chunk)):
        start += 1
    tokens, tail = list(chunk[:start]), []
    chunk = chunk[start:]
    end = len(chunk)
    while chunk.endswith(_TRAILING, 0, end) and not _a_contraction(chunk, 0, end):
        if chunk.endswith(_PUNCTUATION, 0, end):
            tail.append(chunk[end - 1])
            end -= 1
        if chunk.endswith("...", 0, end):
            tail.append("...")
            end -= 3
            while end and chunk[end - 1] == ".":
                end -= 1
        if chunk.endswith(".", 0, end):
            if _an_abbreviation(chunk, end):
                break
            tail.append(".")
            end -= 1
    if end:
        tokens.append(chunk[:end])
    tokens.extend(reversed(tail))
    return tuple(tokens)


_LONGEST_CONTRACTION = max(map(len, _CONTRACTIONS))
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _a_contraction(chunk: str, start: int, end: int) -> bool:
    """Whether ``chunk[start:end]`` is a contraction TextBlob keeps whole ("'s", "n't")."""
    return end - start <= _LONGEST_CONTRACTION and chunk[start:end] in _CONTRACTIONS


def _an_abbreviation(chunk: str, end: int) -> bool:
    """Whether ``chunk[:end]`` is an abbreviation TextBlob keeps whole ("Mr.", "U.S.")."""
    return ((end <= _LONGEST_ABBREVIATION and chunk[:end] in _ABBREVIATIONS)
            or any(shape.match(chunk, 0, end) is not None for shape in _ABBREVIATION_SHAPES))


def _chunks(text: str) -> list[str]:
    """TextBlob's string-wide steps: contractions split, quotes padded, paragraph ends marked; then its chunks."""
    if "'" in text:
        for contraction, spaced in _CONTRACTIONS.items():  # plain strings: TextBlob's re.sub is a replace
            text = text.replace(contraction, spaced)
    for quote, padded in _QUOTE_PADDING:
        if quote in text:
            text = text.replace(quote, padded)
    if "\n" in text:
        text = _LINE_BREAK.sub(f" {_END_OF_SENTENCE} ", text.replace("\r\n", "\n"))
    return text.split()  # TextBlob collapses whitespace, then takes each run of non-space: the same runs


def _split_sentences(tokens: list[str], paragraph_ends: bool = True) -> list[list[str]]:
    """Cut after ., !, ?, ... and paragraph ends, with the closing quotes and brackets that follow them."""
    sentences, start, count = [], 0, len(tokens)
    for index in list(compress(range(count), map(_SENTENCE_ENDS.__contains__, tokens))):
        if index < start:
            continue  # swallowed by the previous end ("?!", ". ...")
        stop = index
        while stop < count and tokens[stop] in _SWALLOWED:
            stop += 1
        sentence = tokens[start:stop]
        sentences.append([token for token in sentence if token != _END_OF_SENTENCE] if paragraph_ends else sentence)
        start = stop
    sentences.append(tokens[start:])
    return [sentence for sentence in sentences if sentence]


def _needs_repair(joined: str) -> bool:
    return "!" in joined or _EMOTICON_GAP.search(joined) is not None


def _repaired(sentence: list[str]) -> list[str]:
    """TextBlob's last two steps on the joined sentence: "( ! )" and spaced emoticons closed up."""
    joined = " ".join(sentence)
    if "!" in joined:
        joined = _pattern.RE_SARCASM.sub("(!)", joined)
    if _EMOTICON_GAP.search(joined) is None:
        return joined.split(" ") if "!" in joined else sentence
    joined = _pattern.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), joined)
    return joined.split(" ")


def _unknown(token: str) -> str:
    if token.istitle():
        return "NNP"
    if _NUMBER_LIKE.match(token) is not None:
        return "CD"
    return _suffix_rules([token, "NN"])[1]


@dataclass(slots=True)
class PosTagger:
    """Tokenizes and tags; remembers each distinct chunk it has split and token it has tagged (apart at a sentence start)."""

    memo: dict = field(default_factory=dict)  # token -> tag, inside a sentence
    openers: dict = field(default_factory=dict)  # token -> tag, as a sentence's first token
    chunks: dict = field(default_factory=dict)
    # tag_text's per-run memos of what its phrase rules need of a token: inside a sentence, at its
    # start, and after a context rule changed the tag ((token, tag) -> facts)
    words: dict = field(default_factory=dict)
    first_words: dict = field(default_factory=dict)
    retagged_words: dict = field(default_factory=dict)

    def sentences(self, text: str) -> list[list[str]]:
        """The sentences of ``text`` as token lists, as TextBlob's ``find_tokens`` cuts them."""
        chunks = self.chunks
        words = _chunks(text)
        for word in set(words).difference(chunks):
            chunks[word] = _split_chunk(word)
        tokens = list(chain.from_iterable(map(chunks.__getitem__, words)))
        paragraph_ends = _END_OF_SENTENCE in tokens
        sentences = _split_sentences(tokens, paragraph_ends)
        if paragraph_ends or _needs_repair(" ".join(tokens)):
            return [_repaired(sentence) for sentence in sentences]
        return sentences  # a sentence needs repair only where the whole text does

    def tag(self, tokens: list[str]) -> list[list[str]]:
        return [[token, self.tag_of(token, opens_sentence=not index)] for index, token in enumerate(tokens)]

    def tag_of(self, token: str, opens_sentence: bool = False) -> str:
        """The tag of one token, inside a sentence or as its first token."""
        memo = self.openers if opens_sentence else self.memo
        return memo[token] if token in memo else self._remember(token, opens_sentence)

    def _remember(self, token: str, opens_sentence: bool) -> str:
        tag = (self.openers if opens_sentence else self.memo)[token] = self._lookup(token, opens_sentence)
        return tag

    @staticmethod
    def _lookup(token: str, opens_sentence: bool) -> str:
        tag = LEXICON.get(token)
        if tag is None and opens_sentence:
            tag = LEXICON.get(token.lower())
        return tag or _unknown(token)


_VERB_TAGS = frozenset({"VB", "VBP", "VBD"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def verb_strength(base: str) -> int:
    """How surely the lexicon knows a bare lower-case word as a verb as well (it gives one tag a word).

    2: its own tag or its -s form says verb ("warn" VB, "show": "shows" VBZ, "hit" VBD);
    1: only a past form does ("fear": "feared" VBD, "process": "processed" VBN);
    0: no form does ("card", "sale").
    """
    if LEXICON.get(base) in _VERB_TAGS or LEXICON.get(base + "s") == "VBZ" or LEXICON.get(base + "es") == "VBZ":
        return 2
    pasts = (base + "ed", base + "d", base + base[-1:] + "ed", base[:-1] + "ied" if base.endswith("y") else "")
    return 1 if any(LEXICON.get(past) in _PAST_TAGS for past in pasts if past) else 0


def s_form_verb_strength(word: str) -> int:
    """``verb_strength`` of the base of an -s word ("processes" -> "process": 1, "cards" -> 0)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return 0
    bases = [word[:-1]]
    if word.endswith("es"):
        bases.append(word[:-2])
    if word.endswith("ies"):
        bases.append(word[:-3] + "y")
    return max(verb_strength(base) for base in bases)
