"""Frozen dataclasses pickled as their field values come back equal, and only where that is safe."""
from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field, fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsarchive.pickling import builder, fast_unpickling
from newsarchive.tag_text import Candidate

candidates = st.builds(
    Candidate, st.text(), st.text(), st.integers(0, 9), st.integers(0, 99), st.integers(0, 99), st.floats(0, 1),
    st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans(),
)


@given(st.lists(candidates, max_size=5))
def test_candidates_come_back_equal_and_shared_ones_stay_shared(found):
    restored = pickle.loads(pickle.dumps([found, found], protocol=pickle.HIGHEST_PROTOCOL))
    assert restored == [found, found]
    assert restored[0] is restored[1]


@fast_unpickling
@dataclass(frozen=True, slots=True)
class _OneField:
    name: str


def test_a_class_of_one_field_round_trips():
    assert pickle.loads(pickle.dumps(_OneField("x"))) == _OneField("x")


def test_a_class_whose_init_does_more_than_store_is_refused():
    with pytest.raises(TypeError, match="__post_init__|only store"):
        @fast_unpickling
        @dataclass(frozen=True, slots=True)
        class _Normalised:
            name: str

            def __post_init__(self):
                object.__setattr__(self, "name", self.name.strip())

    with pytest.raises(TypeError):
        @fast_unpickling
        @dataclass(frozen=True, slots=True)
        class _Derived:
            name: str
            length: int = field(init=False, default=0)


@given(candidates)
def test_the_builder_makes_the_same_frozen_object_as_the_class(candidate):
    values = tuple(getattr(candidate, item.name) for item in fields(Candidate))
    built = builder(Candidate)(*values)
    assert type(built) is Candidate
    assert built == candidate and hash(built) == hash(candidate) and repr(built) == repr(candidate)
    with pytest.raises(FrozenInstanceError):
        built.count = 0  # type: ignore[misc]


def test_the_builder_takes_the_defaults_of_the_class():
    built = builder(Candidate)("key", "Key", 1, 2, 1, 0.5, False, True, True)
    assert built == Candidate("key", "Key", 1, 2, 1, 0.5, False, True, True)
    assert (built.forced_name, built.title_only) == (False, False)


def test_unpickling_goes_through_the_builder_named_on_the_class():
    candidate = Candidate("key", "Key", 1, 2, 1, 0.5, False, True, True)
    data = pickle.dumps(candidate, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"Candidate._build" in data
    restored = pickle.loads(data)
    assert type(restored) is Candidate and restored == candidate


def test_the_builder_takes_fields_by_name_as_the_class_does():
    by_name = builder(Candidate)(key="key", display="Key", words=1, count=2, maximal=1, first=0.5, in_title=False,
                                 in_lead=True, proper=True, title_only=True)
    assert by_name == Candidate("key", "Key", 1, 2, 1, 0.5, False, True, True, title_only=True)
