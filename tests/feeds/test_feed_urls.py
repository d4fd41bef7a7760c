"""Absolute URLs in feeds and sitemaps: the fast join equals urljoin for every path shape."""
from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import given, settings, strategies as st

from newsarchive_pelican.feeds import absolute, site_url_of, site_url_problems

SEGMENTS = ["2026", "03", "tag", "a-b", ".", "..", "", "x.html", "é", "?q=1", "#top", "a:b", "\\", "//"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["http://localhost:8000/", "https://news.example.org/archive/"]),
       st.lists(st.sampled_from(SEGMENTS), max_size=5).map("/".join))
def test_absolute_urls_equal_urljoin(site_url, path):
    assert absolute(site_url, path) == urljoin(site_url, path)


@pytest.mark.parametrize("site_url, feed_domain, address", [
    ("https://example.org/archive", "http://localhost:8000", "https://example.org/archive/"),
    ("https://example.org/archive/", None, "https://example.org/archive/"),
    ("", "http://localhost:8000", "http://localhost:8000/"),
    ("/archive", "https://example.org", "https://example.org/archive/"),  # the path of the site at the domain
    ("/archive/", "https://example.org/", "https://example.org/archive/"),
    ("/archive", None, "/archive/"),
    ("/archive", "/archive", "/archive/"),  # Pelican's FEED_DOMAIN when the settings set none: SITEURL
])
def test_the_sites_address_is_siteurl_or_its_path_at_the_feed_domain(site_url, feed_domain, address):
    """SITEURL "/archive" (pages linked from the host's root, at any host) gave feeds, sitemaps, canonical links and
    structured data FEED_DOMAIN alone: https://example.org/2026/03/x/, every story's address without its /archive."""
    assert site_url_of({"SITEURL": site_url, "FEED_DOMAIN": feed_domain}) == address


@pytest.mark.parametrize("site_url", ["example.org/news", "www.example.org", "news", "//example.org/news",
                                      "ftp://example.org/news", "https:/example.org"])
def test_a_siteurl_that_names_no_address_is_reported(site_url):
    """NEWSARCHIVE_SITEURL=example.org/news (no scheme) published pages linking "example.org/news/tags/" from each
    page's own address, and feeds naming FEED_DOMAIN's localhost, without a word."""
    assert [problem.split(": ")[0] for problem in site_url_problems({"SITEURL": site_url})] == [
        f"SITEURL = {site_url!r}"]


@pytest.mark.parametrize("site_url", ["", "/news", "/", "https://example.org", "http://127.0.0.1:8000/news/"])
def test_a_siteurl_that_is_an_address_or_a_path_from_the_root_is_not_reported(site_url):
    assert site_url_problems({"SITEURL": site_url, "FEED_DOMAIN": "http://localhost:8000"}) == []


@pytest.mark.parametrize("feed_domain", [None, "", "/news", "example.org"])
def test_a_siteurl_path_without_a_feed_domain_address_is_reported(feed_domain):
    """SITEURL "/news" with no FEED_DOMAIN (Pelican then makes it "/news" too): feeds and sitemaps of paths alone."""
    assert [problem.split(" is a path")[0] for problem in
            site_url_problems({"SITEURL": "/news", "FEED_DOMAIN": feed_domain})] == ["SITEURL = '/news'"]
