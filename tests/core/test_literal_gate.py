"""The literal gate: the fixed texts a pattern needs, and the patterns a line may match."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.heuristics import BOILERPLATE_FAMILIES, FAMILY_GATE
from newsarchive.literal_gate import LiteralGate, required_literals


@pytest.mark.parametrize(("regex", "expected"), [
    (r"^\s*Advertisement\s*$", {"advertisement"}),  # lower case stands for IGNORECASE
    (r"(?:©|copyright)\s+\d{4}", {"©", "copyright"}),  # every alternative needs one of its texts
    (r"[©ⓒ]\s*\d{4}", {"©", "ⓒ"}),  # a class of single characters
    (r"(?:photo:\s*)?getty images", {"getty images"}),  # an optional part needs nothing
    (r"(?:getty)+", {"getty"}),  # a repeat of at least one
    (r"\bmin\b read", {"min read"}),  # \b takes no characters: the texts either side are one
    (r"(?=.*\bzapier\b)\w+(?:\s+\w+)*", {"zapier"}),  # a look-ahead must match too
    (r"(?!sponsored)\w+ jukebox", {" jukebox"}),  # ... a negative one needs nothing
    (r"(?-i:[A-Z])\w+ said", {" said"}),  # a range is no literal
    (r"[^a]bc", {"bc"}),  # nor a negated class
])
def test_required_literals(regex: str, expected: set[str]) -> None:
    assert required_literals(regex) == frozenset(expected)


@pytest.mark.parametrize("regex", [
    r"\d{1,2}\s\w+\s\d{4}",  # a date-only line: no fixed text
    r"(?:read more|\d+)",  # one alternative needs none, so the whole needs none
    r"(?:sponsored)?",  # optional
    r"(?:sponsored){0,2}\w",
    r"ſ",  # IGNORECASE pairs the long s with "s", which str.lower() does not
])
def test_patterns_that_need_no_text(regex: str) -> None:
    assert required_literals(regex) is None


def test_the_rarer_text_of_a_sequence_is_required() -> None:
    """Of "get", "the" and "app" the gate keeps the one a line is least likely to hold."""
    assert required_literals(r"get\s+the\s+app") == frozenset({"app"})


def test_gate_bits_follow_the_patterns_order() -> None:
    gate = LiteralGate.over(re.compile(regex, re.IGNORECASE) for regex in (r"read also:.*", r"\d{4}", r"(?:©|copyright).*"))
    assert gate.possible("READ ALSO: Ferry fares rise") == 0b011
    assert gate.possible("© Harbour Gazette 2024") == 0b110
    assert gate.possible("The ferry left at noon.") == 0b010  # the date pattern needs no text: always tried
    assert gate.possible("Readers wrote in") == 0b010


def test_patterns_that_need_no_text_are_always_tried() -> None:
    assert LiteralGate.over([re.compile(r"\d+")]).possible("Ferry fares rise") == 0b1
    assert LiteralGate.over([]).possible("Ferry fares rise") == 0


def test_a_line_with_a_case_exception_is_tried_on_every_pattern() -> None:
    gate = LiteralGate.over([re.compile(r"^source\s+\w+$", re.IGNORECASE)])
    assert re.compile(r"^source\s+\w+$", re.IGNORECASE).match("ſource orvik")  # the engine pairs ſ with s
    assert gate.possible("ſource orvik") == 0b1


def test_most_families_are_skipped_for_a_line_of_prose() -> None:
    possible = FAMILY_GATE.possible("The council met on Tuesday to discuss the budget for the harbour.")
    assert bin(possible).count("1") < len(BOILERPLATE_FAMILIES) // 2


@pytest.mark.parametrize("position", range(len(BOILERPLATE_FAMILIES)),
                         ids=[f"{n}-{family.name}" for n, family in enumerate(BOILERPLATE_FAMILIES)])
def test_the_gate_never_hides_a_family_from_a_line_it_matches(position: int) -> None:
    """Lines drawn from the family's own pattern (any case, any alternative): the gate lets the family try each."""
    family = BOILERPLATE_FAMILIES[position]

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(family.pattern.compiled, fullmatch=True))
    def check(line: str) -> None:
        if family.pattern.match(line):
            assert FAMILY_GATE.possible(line) >> position & 1, line

    check()
