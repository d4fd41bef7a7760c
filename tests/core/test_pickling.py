"""Frozen dataclasses pickled as their field values come back equal, and only where that is safe."""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsarchive.pickling import fast_unpickling
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
