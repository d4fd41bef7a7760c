"""Following the archive in headless Chromium: the Copy buttons put a feed's address on the clipboard and say so, and the
subscribe page and a tag's opened "Follow this tag" fit a 320 px screen."""
from __future__ import annotations

import pytest

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
        assert phone.evaluate("navigator.clipboard.readText()") == block.locator("input").input_value()


def test_a_tag_s_follow_box_opens_on_its_feed_s_address_copied_by_its_button(phone, served_site):
    phone.goto(f"{served_site.url}/tags/")
    phone.goto(phone.locator("main .tag-cloud a").first.get_attribute("href"))
    field = phone.locator(".follow-box input.feed-address-url")
    assert not field.is_visible()
    phone.locator(".follow-box summary").click()
    field.wait_for()
    phone.locator(".follow-box button.copy-button").click()
    phone.locator(".follow-box .copy-status").filter(has_text="copied").wait_for()
    assert phone.evaluate("navigator.clipboard.readText()") == field.input_value()
    assert field.input_value().endswith("/feed.xml") and _overflow(phone) <= 0
