"""Headless Chromium (Debian's package, driven by Playwright) over the project's site served on 127.0.0.1.

Skips every browser test, with the reason shown by ``pytest -ra``, when
Playwright or a Chromium executable is missing. Playwright's own browser
downloads are never used: ``executable_path`` points at the system Chromium.
"""
from __future__ import annotations

import functools
import os
import shutil
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from feeds.project_site import build_project_site

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--no-first-run"]
DESKTOP = {"width": 1280, "height": 800}


@dataclass(frozen=True)
class ServedSite:
    url: str  # http://127.0.0.1:PORT (no trailing slash), also the build's SITEURL
    output: Path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        """Requests are not logged: pytest would print hundreds of lines on a failure."""


def chromium_executable() -> str | None:
    candidates = [os.environ.get("NEWSARCHIVE_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: browser tests skipped")
    path = chromium_executable()
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped")
    return path


@pytest.fixture(scope="session")
def served_site(chromium_path, tmp_path_factory):
    """The project's content/ built once, with SITEURL set to the port it is then served on."""
    root = tmp_path_factory.mktemp("browser-site")
    output = root / "output"
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(output)))
    url = f"http://127.0.0.1:{server.server_address[1]}"
    build_project_site(root, url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ServedSite(url, output)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    launched = playwright.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
    yield launched
    launched.close()
    playwright.stop()


@pytest.fixture
def page(browser, served_site):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()
