"""Headless Chromium (Debian's package, driven by Playwright) over the project's site served on 127.0.0.1.

Skips every browser test, with the reason shown by ``pytest -ra``, when
Playwright or a Chromium executable is missing. Playwright's own browser
downloads are never used: ``executable_path`` points at the system Chromium.
"""
from __future__ import annotations

import functools
import os
import shutil

import pytest

from feeds.project_site import build_project_site
from sitekit import serving

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--no-first-run"]
DESKTOP = {"width": 1280, "height": 800}


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
    with serving(root / "output", functools.partial(build_project_site, root)) as site:
        yield site


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
