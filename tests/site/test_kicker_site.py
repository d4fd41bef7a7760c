"""End to end: the tag above each story's headline on the sample archive's pages is the first of its tags that names
someone or something, else its first (``tag.kicker``); it links to that tag's page."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from feeds.project_site import SITEURL, build_project_site

pytestmark = pytest.mark.slow


def test_each_story_s_kicker_is_its_first_named_tag(tmp_path):
    output = build_project_site(tmp_path, SITEURL)
    stories = [BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
               for path in output.glob("20[0-9][0-9]/[0-9][0-9]/*/index.html")]
    assert len(stories) >= 10
    differs = 0
    for story in stories:
        tags = story.select(".story-tags .tag-list a")
        names = [tag.get_text() for tag in tags]
        expected = next((tag for tag in tags if tag.get_text()[:1].isupper()), tags[0])
        kicker = story.select_one(".story-header .kicker a")
        assert (kicker.get_text(), kicker["href"]) == (expected.get_text(), expected["href"]), names
        differs += kicker.get_text() != names[0]
    assert differs  # a story whose best-ranked tag is a common phrase ("online shop-building tools") has a name above it
