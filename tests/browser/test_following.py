"""Following the archive in headless Chromium: the Copy buttons put a feed's address on the clipboard and say so, and the
subscribe page and a tag's opened "Follow this tag" fit a 320 px screen."""
from __future__ import annotations

import pytest
from newsarchive_pelican.theme_words import site_words
from sitekit import REPO, serving_stories

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NARROWEST = {"width": 320, "height": 700}


@pytest.fixture
def phone(browser, served_site):
    context = browser.new_context(viewport=NARROWEST)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site.url)
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_each_copy_button_of_the_subscribe_page_copies_its_feed_s_address(phone, served_site):
    phone.goto(f"{served_site.url}/subscribe/")
    blocks = phone.locator(".feed-address")
    assert blocks.count() == 3 and _overflow(phone) <= 0
    for index in range(blocks.count()):
        block = blocks.nth(index)
        block.locator("button.copy-button").click()
        block.locator(".copy-status").filter(has_text="copied").wait_for()
        assert phone.evaluate("navigator.clipboard.readText()") == block.locator(".feed-address-url").inner_text()
        assert block.locator(".feed-address-url").evaluate("e => e.scrollWidth <= e.clientWidth")


def test_a_tag_s_follow_box_opens_on_its_feed_s_address_copied_by_its_button(phone, served_site):
    phone.goto(f"{served_site.url}/tags/")
    phone.goto(phone.locator("main .tag-cloud a").first.get_attribute("href"))
    field = phone.locator(".follow-box .feed-address-url")
    assert not field.is_visible()
    phone.locator(".follow-box summary").click()
    field.wait_for()
    phone.locator(".follow-box button.copy-button").click()
    phone.locator(".follow-box .copy-status").filter(has_text="copied").wait_for()
    address = field.inner_text()
    assert phone.evaluate("navigator.clipboard.readText()") == address and address.endswith("/feed.xml")
    # the whole address is on the screen, wrapped at a phone's width, not cut off inside a box
    assert field.evaluate("e => e.scrollWidth <= e.clientWidth") and _overflow(phone) <= 0


FRENCH_STORY = """Le port de Brannock rouvre ses quais

Les quais du port de Brannock ont rouvert lundi après trois mois de travaux, a annoncé la mairie.

Les pêcheurs attendaient cette réouverture depuis le printemps, et les premiers bateaux sont rentrés dès l'aube.
"""


def test_a_french_sites_copy_button_says_it_copied_in_french(browser, tmp_path):
    with serving_stories(tmp_path, {"2026-03-02-port.txt": FRENCH_STORY}, DEFAULT_LANG="fr") as served:
        context = browser.new_context(viewport=NARROWEST)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.url)
        opened = context.new_page()
        opened.set_default_timeout(15_000)
        try:
            opened.goto(f"{served.url}/subscribe/")
            block = opened.locator(".feed-address").first
            block.locator("button.copy-button").click()
            said = site_words({"DEFAULT_LANG": "fr", "THEME": str(REPO / "theme")}).gettext(
                "Address copied: paste it into your feed reader.")
            assert said != "Address copied: paste it into your feed reader."
            block.locator(".copy-status").filter(has_text=said).wait_for()
            assert block.locator("button.copy-button").inner_text().strip() != "Copy"
        finally:
            context.close()
