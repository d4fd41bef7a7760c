"""The feed rules the W3C Feed Validator enforces (the ones our feeds can break), as functions.

Each checker takes the feed's bytes (and the URL it is served at) and returns a
list of human-readable problems; an empty list means the feed passes.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlparse

from bs4 import BeautifulSoup
from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
RFC822_DATE = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}:\d{2} [+-]\d{4}$"
)
RFC3339_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def rss_problems(data: bytes, feed_url: str) -> list[str]:
    problems = _character_problems(data)
    channel = etree.fromstring(data).find("channel")
    if channel is None:
        return problems + ["no <channel>"]
    problems += [f"channel lacks <{name}>" for name in ("title", "link", "description") if channel.find(name) is None]
    problems += _rss_self_link_problems(channel, feed_url)
    problems += _date_problems("lastBuildDate", channel.findtext("lastBuildDate"), RFC822_DATE, optional=True)
    for index, item in enumerate(channel.findall("item")):
        problems += [f"item {index}: {problem}" for problem in _rss_item_problems(item)]
    return problems


def atom_problems(data: bytes, feed_url: str) -> list[str]:
    problems = _character_problems(data)
    feed = etree.fromstring(data)
    if feed.tag != f"{{{ATOM}}}feed":
        return problems + [f"root is {feed.tag}, not atom:feed"]
    problems += [f"feed lacks <{name}>" for name in ("id", "title", "updated") if feed.find(f"{{{ATOM}}}{name}") is None]
    problems += _date_problems("feed updated", feed.findtext(f"{{{ATOM}}}updated"), RFC3339_DATE)
    self_links = [link.get("href") for link in feed.findall(f"{{{ATOM}}}link") if link.get("rel") == "self"]
    if self_links != [feed_url]:
        problems.append(f"rel=self links {self_links}, expected [{feed_url!r}]")
    feed_has_author = feed.find(f"{{{ATOM}}}author/{{{ATOM}}}name") is not None
    for index, entry in enumerate(feed.findall(f"{{{ATOM}}}entry")):
        problems += [f"entry {index}: {problem}" for problem in _atom_entry_problems(entry, feed_has_author)]
    return problems


def json_feed_problems(data: bytes, feed_url: str) -> list[str]:
    problems = _character_problems(data)
    feed = json.loads(data)
    if feed.get("version") != JSON_FEED_VERSION:
        problems.append(f"version is {feed.get('version')!r}")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        problems.append("no title")
    if feed.get("feed_url") != feed_url:
        problems.append(f"feed_url {feed.get('feed_url')!r} is not {feed_url!r}")
    problems += [f"{key} is not absolute" for key in ("home_page_url", "feed_url") if key in feed and not _absolute(feed[key])]
    if not isinstance(feed.get("items"), list):
        return problems + ["items is not a list"]
    for index, item in enumerate(feed["items"]):
        problems += [f"item {index}: {problem}" for problem in _json_item_problems(item)]
    return problems


def relative_urls(html: str) -> list[str]:
    """Every ``href``/``src`` in an HTML fragment that is not an absolute http(s) URL."""
    soup = BeautifulSoup(html, "html.parser")
    links = [element.get("href") for element in soup.find_all(href=True)]
    links += [element.get("src") for element in soup.find_all(src=True)]
    return [link for link in links if not _absolute(link)]


def _rss_self_link_problems(channel, feed_url: str) -> list[str]:
    self_links = [link for link in channel.findall(f"{{{ATOM}}}link") if link.get("rel") == "self"]
    if len(self_links) != 1:
        return [f"{len(self_links)} atom:link rel=self elements, expected 1"]
    link = self_links[0]
    problems = [] if link.get("href") == feed_url else [f"atom:link rel=self is {link.get('href')!r}, not {feed_url!r}"]
    return problems + ([] if link.get("type") == "application/rss+xml" else ["atom:link rel=self has no RSS type"])


def _rss_item_problems(item) -> list[str]:
    problems = [] if (item.findtext("title") or item.findtext("description")) else ["neither title nor description"]
    problems += _date_problems("pubDate", item.findtext("pubDate"), RFC822_DATE)
    guid = item.find("guid")
    if guid is None:
        problems.append("no guid")
    elif guid.get("isPermaLink", "true") == "true" and not _absolute(guid.text or ""):
        problems.append(f"guid {guid.text!r} is a permalink (isPermaLink missing or true) but not a URL")
    link = item.findtext("link")
    if link is not None and not _absolute(link):
        problems.append(f"link {link!r} is not absolute")
    for name, html in (("description", item.findtext("description")), ("content:encoded", item.findtext(f"{{{CONTENT}}}encoded"))):
        problems += [f"relative URL {url!r} in {name}" for url in relative_urls(html or "")]
    return problems


def _atom_entry_problems(entry, feed_has_author: bool) -> list[str]:
    problems = [f"lacks <{name}>" for name in ("id", "title", "updated") if entry.find(f"{{{ATOM}}}{name}") is None]
    problems += _date_problems("updated", entry.findtext(f"{{{ATOM}}}updated"), RFC3339_DATE)
    alternates = [link for link in entry.findall(f"{{{ATOM}}}link") if link.get("rel", "alternate") == "alternate"]
    if not alternates and entry.find(f"{{{ATOM}}}content") is None:
        problems.append("neither an alternate link nor content")
    if not feed_has_author and entry.find(f"{{{ATOM}}}author/{{{ATOM}}}name") is None:
        problems.append("no author (and the feed has none)")
    content = entry.find(f"{{{ATOM}}}content")
    if content is not None and content.get("type") == "html":
        problems += [f"relative URL {url!r} in content" for url in relative_urls(content.text or "")]
    return problems


def _json_item_problems(item: dict) -> list[str]:
    problems = [] if isinstance(item.get("id"), str) and item["id"] else ["id is not a non-empty string"]
    if not (item.get("content_html") or item.get("content_text")):
        problems.append("neither content_html nor content_text")
    for key in ("date_published", "date_modified"):
        if key in item:
            problems += _date_problems(key, item[key], RFC3339_DATE)
    if "url" in item and not _absolute(item["url"]):
        problems.append(f"url {item['url']!r} is not absolute")
    if "tags" in item and not all(isinstance(tag, str) for tag in item["tags"]):
        problems.append("tags are not all strings")
    problems += [f"relative URL {url!r} in content_html" for url in relative_urls(item.get("content_html") or "")]
    return problems


def _date_problems(name: str, value: str | None, pattern: re.Pattern, optional: bool = False) -> list[str]:
    if value is None:
        return [] if optional else [f"no {name}"]
    if not pattern.match(value):
        return [f"{name} {value!r} is not in the required format"]
    if pattern is RFC3339_DATE and datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is None:
        return [f"{name} {value!r} has no offset"]
    return []


def _character_problems(data: bytes) -> list[str]:
    found = FORBIDDEN_CHARACTERS.findall(data.decode("utf-8"))
    return [f"control characters {sorted(set(found))!r}"] if found else []


def _absolute(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)
