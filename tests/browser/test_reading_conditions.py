"""The site read under other conditions than a desktop mouse: a 320 px screen, the keyboard alone, a screen
reader's announcements, forced colours and paper, in headless Chromium."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NARROW = {"width": 320, "height": 700}  # WCAG's reflow width (a 1280 px screen at 400 %)

# The words of the elements matched by a selector that the line breaks cut in two ("Searc|h").
SPLIT_WORDS = r"""(selector) => { const split = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) split.push(word[0]);
      } } }
  return split; }"""


@pytest.mark.parametrize("path", ["/", "/404.html"])
def test_no_button_or_menu_word_breaks_on_a_320_px_screen(browser, served_site, path):
    context = browser.new_context(viewport=NARROW)
    opened = context.new_page()
    opened.goto(served_site.url + path)
    split = opened.evaluate(SPLIT_WORDS, "button, .site-nav a")
    context.close()
    assert split == [], f"words broken over two lines at 320 px: {split}"
