"""Part-of-speech tags for the tagger: TextBlob's PatternTagger, as a plain dictionary lookup.

Contract: ``PosTagger().tag(tokens)`` returns ``[[token, tag], ...]`` with the Penn tags
TextBlob's ``en.parser.find_tags`` gives. That tagger (as TextBlob configures it) is
only a lexicon lookup (the first token also tried in lower case), then three rules for
unknown words: Title-case -> NNP, digits and punctuation -> CD, else suffix rules
("-ing" VBG, "-s" NNS, "-ed" VBN ...). No context rules run, so a token's tag depends
only on the token and whether it opens the sentence: it is memoised per
``PosTagger`` (one per ``tag_corpus`` call), and the lexicon is read once into a
plain dict (TextBlob's lazy dict costs a method call per lookup).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from textblob._text import CD as _NUMBER_LIKE
from textblob._text import _suffix_rules
from textblob.en import parser as _pattern_parser

LEXICON: Mapping[str, str] = MappingProxyType(dict(_pattern_parser.lexicon.items()))


def tokenize(text: str) -> list[str]:
    """Sentences of ``text``, tokens separated by single spaces (TextBlob's tokenizer)."""
    return _pattern_parser.find_tokens(text)


def _unknown(token: str) -> str:
    if token.istitle():
        return "NNP"
    if _NUMBER_LIKE.match(token) is not None:
        return "CD"
    return _suffix_rules([token, "NN"])[1]


@dataclass(slots=True)
class PosTagger:
    """Tags tokens; remembers each distinct (token, opens sentence) it has tagged."""

    memo: dict = field(default_factory=dict)

    def tag(self, tokens: list[str]) -> list[list[str]]:
        memo = self.memo
        tagged = []
        for index, token in enumerate(tokens):
            key = (token, index == 0)
            tag = memo.get(key)
            if tag is None:
                tag = memo[key] = self._lookup(token, index == 0)
            tagged.append([token, tag])
        return tagged

    @staticmethod
    def _lookup(token: str, opens_sentence: bool) -> str:
        tag = LEXICON.get(token)
        if tag is None and opens_sentence:
            tag = LEXICON.get(token.lower())
        return tag or _unknown(token)
