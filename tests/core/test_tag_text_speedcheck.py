"""The tagger's fast tokenizer and tagger give exactly what TextBlob's own functions give.

``tag_pos`` re-implements TextBlob's ``find_tokens`` (chunks memoised per run, repairs
skipped when a text cannot need them) and memoises ``find_tags``; these tests compare
both with TextBlob on hand-written edge cases and on generated text made of the
characters the tokenizer treats specially.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob.en import parser

from newsarchive.tag_pos import PosTagger, tokenize
from newsarchive.tag_text import tokenize as tag_tokenize

EDGE_CASES = {
    "plain": "The ferry left Brennport at dawn. It reached Skerry Bank by noon!",
    "abbreviations": "Mr. Ollarva met U.S. officials at 9 p.m. on Tuesday, e.g. at the Dept. of Trade.",
    "contractions": "They'll say it isn't over, we're sure, and you'd agree I'm right: Halvex's plan won't work.",
    "quotes-close-sentence": 'He said "we are leaving." Then: \'not yet.\' Finally (at last.) it ended...',
    "repeated-ends": "Really?! Yes... No!! Maybe?",
    "sarcasm": "Great idea ( ! ) said nobody (!) at all.",
    "spaced-emoticons": "Nice ; ) and sad : ( and 8 - ) and X D end",
    "line-breaks": "First line\n\nSecond line\r\n\r\nThird line",
    "paragraph-end-marker-text": "END-OF-SENTENCE is a word here. And here END-OF-SENTENCE.",
    "split-name": "Fans cheered as O'Vane and D 'Arvel scored for Osel Athletic.",
    "punctuation-runs": "--Wait-- [really] {no} #tag @name $5 ^up &co *star +plus |pipe =eq ~tilde _under",
    "unicode-quotes": "\u201cYes,\u201d she said \u2018no\u2019 \u2013 maybe \u2014 later.",
    "empty": "",
    "blank": "   \n  ",
}


@pytest.mark.parametrize("text", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_sentences_match_textblob(text):
    assert tokenize(text) == parser.find_tokens(text)


@pytest.mark.parametrize("text", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_a_shared_tagger_gives_what_a_fresh_one_gives(text):
    shared = PosTagger()
    for other in EDGE_CASES.values():  # fill the memos first
        tag_tokenize(other, shared)
    assert tag_tokenize(text, shared) == tag_tokenize(text, PosTagger())


_SPECIAL = "abcXYZO. ,;:!?()[]\"'`-\n\r\u2019\u201c\u201d8D"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SPECIAL, max_size=60))
def test_generated_text_matches_textblob(text):
    assert tokenize(text) == parser.find_tokens(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The", "the", "running", "Running", "it", "U.S.", "Osel", "12.5", "%", "'s", "penalises",
                                 "total", "eclipse", "a", "VB", "."]), max_size=12))
def test_tags_match_textblob(tokens):
    assert PosTagger().tag(tokens) == [list(pair) for pair in parser.find_tags(tokens)]
