"""Every built page's <head>: canonical URL, the three feeds with their types, OpenGraph and Twitter cards."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from feeds.project_site import SITEURL

pytestmark = pytest.mark.slow
FEED_LINKS = {
    "application/rss+xml": f"{SITEURL}/feeds/rss.xml",
    "application/atom+xml": f"{SITEURL}/feeds/atom.xml",
    "application/feed+json": f"{SITEURL}/feeds/feed.json",
}


def built_pages(output: Path):
    for page in sorted(output.rglob("*.html")):
        if "pagefind" not in page.parts:
            yield page, BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def url_of(output: Path, page: Path) -> str:
    relative = page.relative_to(output).as_posix()
    return f"{SITEURL}/{relative.removesuffix('index.html')}"


def test_every_page_links_the_three_feeds_with_their_types(seo_site):
    missing = {}
    for page, soup in built_pages(seo_site):
        links = {(link.get("type"), link.get("href")) for link in soup.head.find_all("link", rel="alternate")}
        absent = {kind: href for kind, href in FEED_LINKS.items() if (kind, href) not in links}
        if absent:
            missing[url_of(seo_site, page)] = absent
    assert missing == {}


def test_every_indexable_page_has_an_absolute_canonical_link_to_itself(seo_site):
    wrong = {}
    for page, soup in built_pages(seo_site):
        if page.name == "404.html" or soup.find("meta", attrs={"name": "robots", "content": "noindex"}):
            continue
        canonical = [link.get("href") for link in soup.head.find_all("link", rel="canonical")]
        if canonical != [url_of(seo_site, page)]:
            wrong[url_of(seo_site, page)] = canonical
    assert wrong == {}


def test_article_pages_carry_opengraph_and_twitter_cards(seo_site):
    incomplete = {}
    for page in seo_site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        properties = {meta.get("property"): meta.get("content") for meta in soup.head.find_all("meta", property=True)}
        names = {meta.get("name"): meta.get("content") for meta in soup.head.find_all("meta", attrs={"name": True})}
        absent = [key for key in ("og:type", "og:title", "og:description", "og:url", "article:published_time")
                  if not properties.get(key)]
        absent += [key for key in ("twitter:card", "twitter:title", "description") if not names.get(key)]
        if properties.get("og:url") != url_of(seo_site, page):
            absent.append("og:url is not the page")
        if absent:
            incomplete[url_of(seo_site, page)] = absent
    assert incomplete == {}


def test_tag_pages_link_their_own_feed_in_the_head_and_visibly(seo_site):
    unlinked = []
    for page in sorted(seo_site.glob("tag/*/index.html")):
        feed = f"{SITEURL}/tag/{page.parent.name}/feed.xml"
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        in_head = soup.head.find("link", rel="alternate", type="application/rss+xml", href=feed)
        visible = soup.body.find(class_="feed-address-url", string=feed)  # its address, to copy into a feed reader
        if not (in_head and visible and (page.parent / "feed.xml").is_file()):
            unlinked.append(page.parent.name)
    assert unlinked == []


def test_no_two_indexable_pages_share_a_meta_description(seo_site):
    pages_by_description: dict[str, list[str]] = {}
    for page, soup in built_pages(seo_site):
        if page.name == "404.html" or soup.find("meta", attrs={"name": "robots", "content": "noindex"}):
            continue
        description = soup.head.find("meta", attrs={"name": "description"})["content"]
        pages_by_description.setdefault(description, []).append(url_of(seo_site, page))
    assert {text: urls for text, urls in pages_by_description.items() if len(urls) > 1} == {}
