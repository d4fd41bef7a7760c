"""The tag shown above a story's headline (``tag.kicker``)."""
from __future__ import annotations

import pytest

from newsarchive.tag_settings import kicker


@pytest.mark.parametrize("tags, declared, expected", [
    (("online shop-building tools", "cloud software company", "Quillion", "Brightlane"), False, "Quillion"),
    (("Osel river", "delegations", "Geneva"), False, "Osel river"),  # a name first: as ranked
    (("1994 boundary", "Drevnia"), False, "Drevnia"),  # a figure is no name
    (("replacement buses", "drivers"), False, "replacement buses"),  # no name at all: the first
    (("harbour works", "Ostvik harbour"), True, "harbour works"),  # the file's own order (its Category first)
    ((), False, None),
])
def test_the_kicker_is_the_first_tag_that_names_someone_or_something(tags, declared, expected) -> None:
    assert kicker(tags, declared) == expected
