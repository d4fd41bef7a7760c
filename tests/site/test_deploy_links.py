"""The built site crawled as a client reads it, under every way it is deployed: published at a domain's root or
under a sub-path (served from a parent folder, so the site really lives under /archive/), previewed, with
RELATIVE_URLS. Every address it gives (links, images, style sheets, feeds, sitemaps, structured data) answers."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawlkit import Crawl, addresses_in, fetch
from deploykit import serve_site_at, served_at, write_site
from sitekit import SiteFolders, write_settings

pytestmark = pytest.mark.slow

DEPLOYS = [  # settings, the address the site is published at (served at the same path)
    pytest.param(({"SITEURL": "https://news.example.org"}, "https://news.example.org"), id="published-at-root"),
    pytest.param(({"SITEURL": "https://example.org/archive"}, "https://example.org/archive"), id="published-sub-path"),
    pytest.param(({"SITEURL": "https://example.org/archive/"}, "https://example.org/archive"),
                 id="published-sub-path-written-with-a-slash"),
    pytest.param(({"SITEURL": "https://example.org/archive", "RELATIVE_URLS": True}, "https://example.org/archive"),
                 id="relative-urls-sub-path"),
    pytest.param(({"SITEURL": "/archive", "FEED_DOMAIN": "https://example.org"}, "https://example.org/archive"),
                 id="root-relative-sub-path"),
    pytest.param(({"RELATIVE_URLS": True}, "http://localhost:8000"), id="relative-urls-preview"),
    pytest.param(({}, "http://localhost:8000"), id="preview"),  # pelicanconf.py's FEED_DOMAIN
]
MISSING = "2025/01/a-story-that-never-was/"  # an address the server answers with the 404 page
EVERY_KIND = ("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json", "/sitemap.xml", "/news-sitemap.xml",
              "/images/pier.png", "/theme/css/main.css", "/contact/", "/search/", "/tag/harbour-budget/feed.xml",
              "/page/2/", "/2025/06/")


@pytest.fixture(scope="module", params=DEPLOYS)
def deployed(request, tmp_path_factory):
    """The small site built with the deploy's settings, served; yields (site's served URL, public URL)."""
    overrides, public = request.param
    root = tmp_path_factory.mktemp("deploy")
    site = SiteFolders(root)
    site.settings = write_settings(root, site.content, site.output, site.inbox, STATIC_PATHS=["images"],
                                   DEFAULT_PAGINATION=2, **overrides)
    write_site(site)
    site.build()
    path = urlsplit(public).path.rstrip("/")
    with served_at(serve_site_at(site, path), path) as url:
        yield url, public


def test_every_address_the_site_gives_answers_and_names_the_site(deployed):
    url, public = deployed
    crawl = Crawl(url, public).run()
    assert crawl.broken() == {}
    assert crawl.wrong == []
    reached = {address for address, status in crawl.status.items() if status == 200}
    assert all(any(address.endswith(kind) for address in reached) for kind in EVERY_KIND), sorted(reached)


def test_the_404_page_leads_back_into_the_site_from_any_missing_address(deployed):
    """A server answers a missing address with the 404 page as it is (GitHub Pages, Netlify, nginx's error_page):
    its links, style sheet and search form must lead where they lead from the site's root. Under RELATIVE_URLS the
    page linked "./tags/" and "./theme/css/main.css": read at /archive/2025/01/x/, an unstyled page of dead links."""
    url, public = deployed
    status, body = fetch(f"{url}/404.html")
    assert status == 200
    crawl = Crawl(url, public)
    missing = f"{url}/{MISSING}"
    targets = {crawl.follow(address, missing) for address in addresses_in("404.html", body)} - {None}
    assert {target.removeprefix(url) for target in targets} >= {"/", "/tags/", "/theme/css/main.css", "/search/"}
    assert {target: fetch(target)[0] for target in targets} == dict.fromkeys(targets, 200)
    assert crawl.wrong == []
