"""The preview's address follows the port it is served on: ``make html serve PORT=8080`` builds the preview for
http://localhost:8080 (its feeds, sitemaps and canonical links named port 8000 whatever the port), then serves it;
``make serve`` alone serves ``output/`` as it is."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from sitekit import REPO, SiteFolders

pytestmark = pytest.mark.slow
STORY = "Ferry timetable cut for winter\n\nThe island ferry will sail twice a day from November, the operator said.\n"


def _build(site: SiteFolders, port: str | None) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "NEWSARCHIVE_PREVIEW_PORT"}
    if port is not None:
        environment["NEWSARCHIVE_PREVIEW_PORT"] = port
    command = [sys.executable, "-m", "newsarchive.cli", "build", "--settings", str(site.settings)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=site.root, env=environment)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize(("port", "address"), [("8080", "http://localhost:8080/"), (None, "http://localhost:8000/")])
def test_the_preview_s_feeds_sitemap_and_canonical_links_name_the_port_it_is_built_for(tmp_path, port, address):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-02-ferry.txt", STORY)
    _build(site, port)
    home = BeautifulSoup((site.output / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.find("link", rel="canonical")["href"] == address
    for written in ("feeds/rss.xml", "feeds/atom.xml", "feeds/feed.json", "sitemap.xml", "robots.txt"):
        text = (site.output / written).read_text(encoding="utf-8")
        assert address in text and ("localhost:8000" in text) == (address.endswith(":8000/")), written


def _make_commands(*arguments: str) -> list[str]:
    return subprocess.run(["make", "-n", "--no-print-directory", *arguments], cwd=REPO, capture_output=True,
                          text=True, check=True).stdout.splitlines()


@pytest.mark.parametrize("port", ["8000", "8080"])
def test_make_html_serve_builds_the_preview_for_its_port_then_serves_it_there(port):
    commands = _make_commands("html", "serve", f"PORT={port}")
    build = next(index for index, line in enumerate(commands) if "newsarchive build" in line)
    serve = next(index for index, line in enumerate(commands) if "newsarchive serve" in line)
    assert build < serve
    assert f"NEWSARCHIVE_PREVIEW_PORT={port} " in commands[build] and commands[serve].endswith(f" {port}")


def test_make_serve_alone_serves_output_as_it_is_without_building():
    """As Pelican's serve: a site ``make publish`` built is served, never rebuilt as the preview over it."""
    commands = _make_commands("serve", "PORT=8080")
    assert not [line for line in commands if "newsarchive build" in line]
    assert [line for line in commands if "newsarchive serve" in line][-1].endswith("newsarchive serve --port 8080")
