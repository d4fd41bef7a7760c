"""Test kit: crawl a built site as a client does, following every address it gives, and list the wrong ones.

The site is served on 127.0.0.1 (under a sub-path when it is published under one); the absolute addresses it was
built with (``public``: ``https://example.org/archive``) are read as that server's, which serves the site
under the same path. Followed: every ``href``,
``src``, ``srcset``, form ``action`` and OpenGraph/Twitter URL of a page, the URLs of its JSON-LD, each ``url()``
of a style sheet, the links, ids and ``<loc>``s of feeds and sitemaps, a JSON Feed's URLs, robots.txt's
``Sitemap:`` lines. Pagefind's bundle (fetched by script) is left to the browser tests.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

LOCAL_HOSTS = ("127.0.0.1", "localhost")
LINK_ATTRIBUTES = ("href", "src", "action", "poster")
SOURCE_SET_ATTRIBUTES = ("srcset", "imagesrcset")
URL_META = ("og:url", "og:image", "twitter:url", "twitter:image")
JSON_LD_URL_KEYS = ("url", "@id", "item", "logo", "image", "contentUrl", "mainEntityOfPage", "target")
JSON_FEED_URL_KEYS = ("home_page_url", "feed_url", "url", "external_url", "image", "banner_image")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")
XML_TEXT_URL = re.compile(r"<(?:loc|link|id|guid|url)(?:\s[^>]*)?>\s*(https?://[^<\s]+)\s*<")
MARKUP_URL = re.compile(r"""\b(?:href|src|url)=["']([^"']+)["']""")


@dataclass(frozen=True)
class WrongLink:
    url: str  # as written
    page: str  # the address of the page that gives it
    problem: str


class _Links(HTMLParser):
    """Every address an HTML page gives (its attributes, inline styles, JSON-LD)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._json_ld: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        named = {key: value or "" for key, value in attrs}
        self.urls += [named[key] for key in LINK_ATTRIBUTES if named.get(key)]
        for key in SOURCE_SET_ATTRIBUTES:
            self.urls += [part.split()[0] for part in named.get(key, "").split(",") if part.strip()]
        if tag == "meta" and (named.get("property") or named.get("name")) in URL_META:
            self.urls.append(named.get("content", ""))
        self.urls += CSS_URL.findall(named.get("style", ""))
        if tag == "script" and named.get("type") == "application/ld+json":
            self._json_ld = []

    def handle_data(self, data):
        if self._json_ld is not None:
            self._json_ld.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._json_ld is not None:
            self.urls += list(_json_urls(json.loads("".join(self._json_ld)), JSON_LD_URL_KEYS))
            self._json_ld = None


def _json_urls(value, keys) -> list[str]:
    if isinstance(value, dict):
        return [url for key, item in value.items()
                for url in ([item] if key in keys and isinstance(item, str) else _json_urls(item, keys))]
    if isinstance(value, list):
        return [url for item in value for url in _json_urls(item, keys)]
    return []


def addresses_in(path: str, body: str) -> list[str]:
    """The addresses a file of the site gives, by its kind (its path)."""
    if path.endswith((".html", "/")):
        parser = _Links()
        parser.feed(body)
        return parser.urls
    if path.endswith(".css"):
        return CSS_URL.findall(body)
    if path.endswith(".xml"):
        return XML_TEXT_URL.findall(body) + [url.replace("&amp;", "&") for url in MARKUP_URL.findall(body)]
    if path.endswith(".json"):
        feed = json.loads(body)
        items = feed.get("items", []) if isinstance(feed, dict) else []
        return (_json_urls({key: feed.get(key) for key in JSON_FEED_URL_KEYS if key in feed}, JSON_FEED_URL_KEYS)
                + _json_urls(items, JSON_FEED_URL_KEYS)
                + [url for item in items for url in MARKUP_URL.findall(item.get("content_html", ""))])
    if path.endswith("robots.txt"):
        return [line.split(":", 1)[1].strip() for line in body.splitlines() if line.lower().startswith("sitemap:")]
    return []


class Crawl:
    """A crawl of the site served at ``served`` (``http://127.0.0.1:PORT/archive``) and built for ``public``."""

    def __init__(self, served: str, public: str) -> None:
        self.served, self.public = served.rstrip("/"), public.rstrip("/")
        self.status: dict[str, int] = {}
        self.referrers: dict[str, set[str]] = defaultdict(set)
        self.wrong: list[WrongLink] = []

    def run(self, *starts: str) -> Crawl:
        queue = [self.served + "/" + start for start in starts or ("", "robots.txt")]
        while queue:
            address = queue.pop()
            if address in self.status:
                continue
            status, body = fetch(address)
            self.status[address] = status
            if status == 200:
                queue += [target for url in addresses_in(urlsplit(address).path, body)
                          if (target := self.follow(url, address)) and target not in self.status]
        return self

    def follow(self, url: str, page: str) -> str | None:
        """The served address ``url`` given on ``page`` leads to (None: outside the site), its problems noted."""
        url = url.strip()
        parts = urlsplit(url)
        if not url or url.startswith("#") or parts.scheme not in ("", "http", "https"):
            return None
        if parts.scheme:
            target = self._served_address(url, page)
        else:
            target = urljoin(page, url)
        if target is None:
            return None
        target = urldefrag(target)[0]
        path, site_path = urlsplit(target).path, urlsplit(self.served).path
        if "//" in path:
            self.wrong.append(WrongLink(url, page, "double slash"))
        if not (path + "/").startswith(site_path + "/"):
            self.wrong.append(WrongLink(url, page, "outside the site's path"))
        self.referrers[target].add(page)
        return target

    def _served_address(self, url: str, page: str) -> str | None:
        parts, public, served = urlsplit(url), urlsplit(self.public), urlsplit(self.served)
        if parts.netloc == served.netloc:
            return url
        if parts.netloc == public.netloc:
            if parts.scheme != public.scheme:
                self.wrong.append(WrongLink(url, page, f"{parts.scheme}: on a site published at {public.scheme}:"))
            query = "?" + parts.query if parts.query else ""
            return f"{served.scheme}://{served.netloc}{parts.path}{query}"  # served under the public path
        if parts.hostname in LOCAL_HOSTS:
            self.wrong.append(WrongLink(url, page, "another host"))
        return None  # another site's

    def broken(self) -> dict[str, list[str]]:
        """Each address that did not answer 200, with (a few of) the pages that link it."""
        return {address: sorted(self.referrers[address])[:3] for address, status in self.status.items()
                if status != 200}


def fetch(address: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(address, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
