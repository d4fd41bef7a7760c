"""The built site crawled as a client reads it, under every way it is deployed: published at a domain's root or
under a sub-path (served from a parent folder, so the site really lives under /archive/), previewed, with
RELATIVE_URLS. Every address it gives (links, images, style sheets, feeds, sitemaps, structured data) answers."""
from __future__ import annotations

import contextlib
import functools
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawlkit import Crawl, addresses_in, fetch
from sitekit import QuietHandler, SiteFolders, write_settings

pytestmark = pytest.mark.slow

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0"
                    "f01f0005000201c1d6e6b80000000049454e44ae426082")
STORIES = {  # file name -> (headline, a sentence of its own, source)
    "2024-03-05T0910-ferry.txt": ("Ferrylink doubles the winter crossings to Ostvik", "ferry timetable", "site-45"),
    "2024-11-20T1200-tram.txt": ("Brennport tram drivers vote to strike in December", "tram depot", "site-207"),
    "2025-02-14T0800-quay.txt": ("Harbour Board sells the old quay to a housing trust", "quay sale", "site-12"),
    "2025-07-01T1630-bridge.txt": ("Calder bridge closes for eight weeks of repairs", "bridge works", "site-580"),
    "2026-01-09T0715-flood.txt": ("Redmarsh flood wall finished a year late", "flood wall", "site-45"),
    "2026-04-22T1900-derby.txt": ("Athletic and Rovers share the points in the derby", "derby draw", "site-9021"),
}
MARKDOWN_STORY = """\
Title: Pictures from the harbour budget debate
Date: 2025-06-11 09:00
Tags: harbour budget, Brennport
Source: site-45

Councillors debated the harbour budget for six hours, and [the ferry story]({filename}/articles/2024-03-05T0910-ferry.txt)
was cited often.

![The harbour at dawn]({static}/images/pier.png)

More on [the harbour budget]({tag}harbour-budget), in [the desk's own words]({filename}/pages/contact.md) and on
[another site](https://example.com/budget?year=2025&part=2).
"""
SAVED_PAGE = """\
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Osel valley monitors arrive at the border – Calder Post</title>
<meta property="og:site_name" content="Calder Post">
<meta property="article:published_time" content="2025-09-30T10:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Osel valley monitors arrive at the border</h1>
<p>Forty ceasefire monitors reached the Osel valley on Tuesday, a week later than the agreement signed in May had
promised, and began patrols along the river that marks the line between the two armies.</p>
<p>The monitors, drawn from six countries, will report every fortnight to the regional security council, whose
chair said the delay had been caused by arguments over vehicles and radios rather than by either side.</p>
<p>Villagers on both banks said the first patrols had been quiet. "We want to see them here in the winter, not
only this week," said a farmer in the valley, who asked that his name not be used.</p>
</article><footer>Copyright Calder Post</footer></body></html>
"""
DESK_PAGE = """\
Title: Contact the desk
Slug: contact

Write to the desk about [the latest derby]({filename}/articles/2026-04-22T1900-derby.txt).

![The desk]({static}/images/pier.png)
"""
DEPLOYS = [  # settings, the address the site is published at (served at the same path)
    pytest.param(({"SITEURL": "https://news.example.org"}, "https://news.example.org"), id="published-at-root"),
    pytest.param(({"SITEURL": "https://example.org/archive"}, "https://example.org/archive"), id="published-sub-path"),
    pytest.param(({"SITEURL": "https://example.org/archive/"}, "https://example.org/archive"),
                 id="published-sub-path-written-with-a-slash"),
    pytest.param(({"SITEURL": "https://example.org/archive", "RELATIVE_URLS": True}, "https://example.org/archive"),
                 id="relative-urls-sub-path"),
    pytest.param(({"RELATIVE_URLS": True}, "http://localhost:8000"), id="relative-urls-preview"),
    pytest.param(({}, "http://localhost:8000"), id="preview"),  # pelicanconf.py's FEED_DOMAIN
]
MISSING = "2025/01/a-story-that-never-was/"  # an address the server answers with the 404 page
EVERY_KIND = ("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json", "/sitemap.xml", "/news-sitemap.xml",
              "/images/pier.png", "/theme/css/main.css", "/contact/", "/search/", "/tag/harbour-budget/feed.xml",
              "/page/2/", "/2025/06/")


def write_site(site: SiteFolders) -> None:
    for name, (headline, own, source) in STORIES.items():
        site.add_article(name, f"{headline}\n\n{headline} was confirmed on the day, with the {own} the main "
                               f"question for the council.\n\nOfficials said the {own} would be reviewed again in "
                               f"the spring, after residents asked for a public meeting.\n\nsource {source}\n")
    site.add_article("2025-06-11T0900-pictures.md", MARKDOWN_STORY)
    site.add_article("2025-09-30T1000-monitors.html", SAVED_PAGE)
    (site.content / "pages").mkdir()
    (site.content / "pages" / "contact.md").write_text(DESK_PAGE, encoding="utf-8")
    (site.content / "images").mkdir()
    (site.content / "images" / "pier.png").write_bytes(PNG)


@contextlib.contextmanager
def served_at(root: Path, public: str):
    """Serve ``root`` on 127.0.0.1, the site in it under the path of its public address; yield the site's URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{urlsplit(public).path}"
    finally:
        server.shutdown()
        server.server_close()


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
    served = root / "served"  # a parent folder: the site is in it where its public path says
    (served / urlsplit(public).path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
    (served / urlsplit(public).path.lstrip("/")).symlink_to(site.output)
    with served_at(served, public) as url:
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
