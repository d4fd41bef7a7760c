"""Search in headless Chromium on a site served under a sub-path (/archive/), its index in one bundle or in
shards (one per year, as an archive of more than SINGLE_BUNDLE_UP_TO stories is), with absolute or relative URLs,
its stories at the default addresses or elsewhere (Pagefind's own bundle)."""
from __future__ import annotations

import re
import shutil

import pytest

from deploykit import serve_site_at, served_at, write_site
from newsarchive.progress import Progress
from newsarchive_pelican import search_shards
from sitekit import SiteFolders, write_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SUB_PATH = "/archive"
WORD = "residents"  # in each of deploykit's six scraped stories (2024, 2025, 2026), in no other file


RELATIVE = {"RELATIVE_URLS": True, "SITEURL": "https://example.org/archive"}
POSTS = {"ARTICLE_URL": "posts/{date:%Y}/{slug}.html", "ARTICLE_SAVE_AS": "posts/{date:%Y}/{slug}.html"}


@pytest.fixture(scope="module", params=[  # settings, sharded, the host SITEURL names when the settings name none
    pytest.param((RELATIVE, False, None), id="one-bundle-relative-urls"),
    pytest.param((RELATIVE, True, None), id="shards-relative-urls"),
    pytest.param(({}, True, "127.0.0.1"), id="shards-absolute-urls"),
    pytest.param((POSTS, False, "127.0.0.1"), id="articles-saved-elsewhere-absolute-urls"),
    # read at another host name than its SITEURL's, as a site is at www. or not, at http:// or https://
    pytest.param(({}, False, "localhost"), id="read-at-another-host-than-siteurls"),
])
def archive_site(request, chromium_path, tmp_path_factory):
    """The small site served under /archive/ at 127.0.0.1, built with ``settings`` (else its served URL, at
    ``host``, as SITEURL), its search index in year shards when asked; yields the URL it is read at."""
    settings, sharded, host = request.param
    site = SiteFolders(tmp_path_factory.mktemp("deploy-search"))
    write_site(site)
    with served_at(serve_site_at(site, SUB_PATH), SUB_PATH) as url:
        site_url = {"SITEURL": url.replace("127.0.0.1", host)} if host else {}
        site.settings = write_settings(site.root, site.content, site.output, site.inbox, STATIC_PATHS=["images"],
                                       **site_url, **settings)
        site.build()
        if sharded:
            index_in_year_shards(site)
        yield url


def index_in_year_shards(site: SiteFolders) -> None:
    shutil.rmtree(site.output / search_shards.BUNDLES)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_shards, "SINGLE_BUNDLE_UP_TO", 2)
        shards = search_shards.index_for_search(site.output, site.root / "no-previous-site", set(),
                                                Progress("index"))
    assert shards == ["2026", "2025", "2024"]


def test_search_under_a_sub_path_finds_the_stories_of_every_bundle(browser, archive_site):
    """With RELATIVE_URLS each shard merged after the first was asked for at /archive/pagefind/pagefind/2025/:
    Pagefind reads a merged bundle's relative path from the first bundle's, and its stories were never found."""
    context = browser.new_context()
    page = context.new_page()
    failed, errors = [], []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{archive_site}/search/?q={WORD}")
    page.locator(".pagefind-ui__message", has_text="6 results").wait_for(timeout=15_000)
    page.locator(".pagefind-ui__button").click()  # load the results past the first five
    links = page.locator(".pagefind-ui__result-link")
    links.nth(5).wait_for()
    hrefs = links.evaluate_all("links => links.map(link => link.href)")  # as the browser resolves them
    assert all(href.startswith(archive_site + "/") for href in hrefs), hrefs
    assert sorted({re.search(r"/(\d{4})/", href)[1] for href in hrefs}) == ["2024", "2025", "2026"], hrefs
    assert (failed, errors) == ([], [])
    assert all(page.request.get(href).ok for href in hrefs)
    context.close()
