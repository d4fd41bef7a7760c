"""axe-core (carried by axe-playwright-python) on every kind of page: home, article, tag, search and the indexes.

No violation of impact "serious" or "critical" is allowed, in light and dark mode.
"""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
BLOCKING_IMPACTS = {"serious", "critical"}


def open_page(page, site, which: str) -> None:
    page.goto(f"{site.url}/")
    if which == "article":
        page.goto(page.locator("main .card-title a").first.get_attribute("href"))
    elif which == "tag":
        page.goto(page.locator("main .tag-list a").first.get_attribute("href"))
    elif which in ("tags", "archives"):
        page.goto(f"{site.url}/{which}/")
    elif which == "month":
        page.goto(f"{site.url}/archives/")
        page.goto(page.locator(".archive-months a").first.get_attribute("href"))
    elif which == "not-found":
        page.goto(f"{site.url}/404.html")
    elif which == "search":
        page.goto(f"{site.url}/search/?q=harbour")
        page.locator(".pagefind-ui__result, .pagefind-ui__message").first.wait_for()


def blocking_violations(page) -> list[str]:
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                     reason="axe-playwright-python is not installed: axe checks skipped")
    results = axe_module.Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
                    for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation.get("impact") in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["home", "article", "tag", "search", "tags", "archives", "month", "not-found"])
def test_no_serious_or_critical_axe_violations(browser, served_site, which, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
    opened = context.new_page()
    open_page(opened, served_site, which)
    violations = blocking_violations(opened)
    context.close()
    assert violations == []
