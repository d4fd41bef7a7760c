"""The archive tag index: counts that add and remove exactly, and tagging against it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.tag import TagConfig, TagDocument, find_candidates_batch, tag_documents
from newsarchive.tag_index import IndexMismatch, TagIndex, add_articles, build_index, remove_articles
from newsarchive.tag_text import Candidate

# Keys with spelling variants of one form ("oil field" / "oilfield"), as squashing sees them.
KEYS = ("oil field", "oilfield", "knock out", "knockout", "harbour", "port ardley", "ferry plan", "ida berglund")
DISPLAYS = {"oil field": ("oil field", "Oil Field"), "port ardley": ("Port Ardley",), "ida berglund": ("Ida Berglund",)}


@st.composite
def articles(draw):
    keys = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=6))
    found = tuple(
        Candidate(key, draw(st.sampled_from(DISPLAYS.get(key, (key,)))), len(key.split()),
                  draw(st.integers(1, 5)), draw(st.integers(0, 3)), draw(st.floats(0, 1)),
                  draw(st.booleans()), draw(st.booleans()), draw(st.booleans()), draw(st.booleans()))
        for key in keys
    )
    chosen = tuple(candidate for candidate in found if draw(st.booleans()))
    return found, chosen


def _index(pairs) -> TagIndex:
    return build_index([found for found, _ in pairs], [chosen for _, chosen in pairs])


@settings(max_examples=60, deadline=None)
@given(st.lists(articles(), max_size=8), st.lists(st.tuples(st.booleans(), st.integers(0, 7)), max_size=10))
def test_an_index_after_adds_and_removes_equals_one_built_from_scratch(pool, steps):
    members: list = []
    index = TagIndex()
    for add, position in steps:
        if add and pool:
            article = pool[position % len(pool)]
            members.append(article)
            index = add_articles(index, [article[0]], [article[1]])
        elif not add and members:
            article = members.pop(position % len(members))
            index = remove_articles(index, [article[0]], [article[1]])
        assert index == _index(members)
    assert index.documents == len(members)


@settings(max_examples=30, deadline=None)
@given(st.lists(articles(), min_size=1, max_size=6))
def test_adding_never_changes_the_index_it_was_given(pool):
    before = _index(pool[1:])
    snapshot = _index(pool[1:])
    add_articles(before, [pool[0][0]], [pool[0][1]])
    assert before == snapshot


def test_removing_an_article_the_index_does_not_count_is_an_error():
    found = (Candidate("harbour", "harbour", 1, 2, 1, 0.1, True, True, False),)
    with pytest.raises(IndexMismatch):
        remove_articles(build_index([()], [()]), [found], [()])


STORIES = [
    ("Oilfield workers strike at Kessel", "Oilfield workers at Kessel walked out. The oilfield strike is the first at Kessel oilfield."),
    ("Oil field talks collapse", "Talks over the oil field collapsed. Kessel oil field owners blamed the union."),
    ("Knock-out stages draw made", "The knockout stages draw paired Brennport Athletic with Vila Serra in the knock-out stages."),
    ("Harbour council rejects ferry plan", "Port Ardley harbour council rejected the ferry plan. The ferry plan cost too much, the council said."),
    ("Ida Berglund named harbour master", "Ida Berglund will run Port Ardley harbour. Berglund said the harbour would grow."),
    ("Kessel Cranes wins port contract", "Kessel Cranes will supply Port Ardley. The contract covers four cranes at the oil field terminal."),
]


@pytest.mark.parametrize("new", range(len(STORIES)), ids=[title for title, _ in STORIES])
def test_tagging_against_an_index_gives_the_tags_of_tagging_against_every_candidate(new):
    config = TagConfig()
    documents = [TagDocument(title, text) for title, text in STORIES]
    found = find_candidates_batch(documents, config)
    rest = [index for index in range(len(STORIES)) if index != new]
    archive = tag_documents([documents[i] for i in rest], [found[i] for i in rest], config)
    archive_found, archive_chosen = [found[i] for i in rest], [tagged.chosen for tagged in archive]
    by_lists = tag_documents([documents[new]], [found[new]], config, archive_found, archive_chosen)
    by_index = tag_documents([documents[new]], [found[new]], config, archive=build_index(archive_found, archive_chosen))
    assert by_index == by_lists
