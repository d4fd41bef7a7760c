"""Page weight and self-containment: no page over 100 KB of HTML+CSS, nothing loaded from another host."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from feeds.project_site import SITEURL

pytestmark = pytest.mark.slow
PAGE_BUDGET_BYTES = 100 * 1024
CSS_URL = re.compile(r"""(?:@import\s+(?:url\()?|url\()\s*['"]?([^'")\s;]+)""", re.IGNORECASE)
LOADING_LINK_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "manifest"}


def built_pages(output: Path):
    for page in sorted(output.rglob("*.html")):
        if "pagefind" not in page.parts:
            yield page, BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def local_file(output: Path, url: str) -> Path | None:
    """The built file a same-site URL points to, None for another host."""
    if not url.startswith(f"{SITEURL}/"):
        return None
    return output / urlparse(url).path.lstrip("/")


def loaded_urls(soup: BeautifulSoup) -> list[str]:
    """Every URL the page makes the browser fetch: scripts, stylesheets, fonts, icons, and url() in <style>."""
    urls = [script["src"] for script in soup.find_all("script", src=True)]
    urls += [link["href"] for link in soup.find_all("link", href=True) if LOADING_LINK_RELS & set(link.get("rel", []))]
    urls += [element["src"] for element in soup.find_all(["img", "iframe", "source", "video", "audio"], src=True)]
    for style in soup.find_all("style"):
        urls += CSS_URL.findall(style.get_text())
    return urls


def external(url: str) -> bool:
    parsed = urlparse(url)
    return bool(parsed.netloc) and not url.startswith(f"{SITEURL}/") and parsed.scheme != "data"


def test_no_page_loads_scripts_styles_or_fonts_from_another_host(seo_site):
    offenders = {}
    stylesheets = set()
    for page, soup in built_pages(seo_site):
        urls = loaded_urls(soup)
        stylesheets |= {link["href"] for link in soup.find_all("link", rel="stylesheet", href=True)}
        if any(external(url) for url in urls):
            offenders[page.relative_to(seo_site).as_posix()] = [url for url in urls if external(url)]
    for sheet in sorted(stylesheets):
        path = local_file(seo_site, sheet)
        if path is not None:
            imported = [url for url in CSS_URL.findall(path.read_text(encoding="utf-8")) if external(url)]
            if imported:
                offenders[sheet] = imported
    assert offenders == {}


def test_no_page_is_over_100_kb_of_html_and_css(seo_site):
    heavy = {}
    for page, soup in built_pages(seo_site):
        css = [local_file(seo_site, link["href"]) for link in soup.find_all("link", rel="stylesheet", href=True)]
        weight = page.stat().st_size + sum(path.stat().st_size for path in css if path is not None and path.is_file())
        if weight > PAGE_BUDGET_BYTES:
            heavy[page.relative_to(seo_site).as_posix()] = weight
    assert heavy == {}
