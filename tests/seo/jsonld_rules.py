"""NewsArticle structured data checked against the fields Google documents for articles.

Source of the rules: Google Search Central, "Article (Article, NewsArticle,
BlogPosting) structured data": author (Person or Organization, with a name),
datePublished/dateModified in ISO 8601 with a timezone, headline (Google
long asked for at most 110 characters), image optional (URLs when present);
plus schema.org types for publisher, keywords and wordCount.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlparse

HEADLINE_MAX_CHARS = 110
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$")
PARTY_TYPES = {"Person", "Organization", "NewsMediaOrganization"}


def news_article_problems(data: dict, page_url: str) -> list[str]:
    problems = [] if data.get("@context") in ("https://schema.org", "http://schema.org") else ["@context is not schema.org"]
    if data.get("@type") != "NewsArticle":
        problems.append(f"@type is {data.get('@type')!r}")
    headline = data.get("headline")
    if not isinstance(headline, str) or not headline.strip():
        problems.append("no headline")
    elif len(headline) > HEADLINE_MAX_CHARS:
        problems.append(f"headline has {len(headline)} characters (> {HEADLINE_MAX_CHARS})")
    problems += _date_problems(data)
    problems += _party_problems("author", data.get("author"))
    problems += _party_problems("publisher", data.get("publisher"))
    keywords = data.get("keywords")
    if not (isinstance(keywords, str) and keywords.strip()) and not (isinstance(keywords, list) and keywords):
        problems.append("no keywords")
    if not isinstance(data.get("wordCount"), int) or isinstance(data.get("wordCount"), bool) or data["wordCount"] <= 0:
        problems.append(f"wordCount {data.get('wordCount')!r} is not a positive integer")
    problems += _image_problems(data.get("image"))
    for key in ("url", "mainEntityOfPage"):
        value = data.get(key)
        value = value.get("@id") if isinstance(value, dict) else value
        if value is not None and value != page_url:
            problems.append(f"{key} {value!r} is not the page's URL {page_url!r}")
    return problems


def _date_problems(data: dict) -> list[str]:
    problems = []
    parsed = {}
    for key in ("datePublished", "dateModified"):
        value = data.get(key)
        if not isinstance(value, str) or not ISO_WITH_OFFSET.match(value):
            problems.append(f"{key} {value!r} is not ISO 8601 with a timezone offset")
        else:
            parsed[key] = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if len(parsed) == 2 and parsed["dateModified"] < parsed["datePublished"]:
        problems.append("dateModified is before datePublished")
    return problems


def _party_problems(role: str, value) -> list[str]:
    parties = value if isinstance(value, list) else [value]
    if value is None or not parties:
        return [f"no {role}"]
    problems = []
    for party in parties:
        if not isinstance(party, dict) or party.get("@type") not in PARTY_TYPES:
            problems.append(f"{role} {party!r} is not a Person or Organization")
        elif not isinstance(party.get("name"), str) or not party["name"].strip():
            problems.append(f"{role} has no name")
    return problems


def _image_problems(value) -> list[str]:
    if value is None:
        return []
    images = value if isinstance(value, list) else [value]
    urls = [image.get("url") if isinstance(image, dict) else image for image in images]
    return [f"image {url!r} is not an absolute URL" for url in urls
            if not (isinstance(url, str) and urlparse(url).scheme in ("http", "https"))]
