"""Absolute URLs in feeds and sitemaps: the fast join equals urljoin for every path shape."""
from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given, settings, strategies as st

from newsarchive_pelican.feeds import absolute

SEGMENTS = ["2026", "03", "tag", "a-b", ".", "..", "", "x.html", "é", "?q=1", "#top", "a:b", "\\", "//"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["http://localhost:8000/", "https://news.example.org/archive/"]),
       st.lists(st.sampled_from(SEGMENTS), max_size=5).map("/".join))
def test_absolute_urls_equal_urljoin(site_url, path):
    assert absolute(site_url, path) == urljoin(site_url, path)
