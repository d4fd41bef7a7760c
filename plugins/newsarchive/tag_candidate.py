"""A tag candidate: one phrase of one article and the evidence about it (``tag_text`` finds them).

Its own module, importing nothing of the tagger: the ingest cache reads and writes candidates, and a build that
tags no story imports neither the tagger nor its libraries (nltk, TextBlob, pycountry).
"""
from __future__ import annotations

from dataclasses import dataclass

from .pickling import builder, fast_unpickling


@fast_unpickling
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


new_candidate = builder(Candidate)  # Candidate(...) without the frozen __init__'s cost (see pickling)
