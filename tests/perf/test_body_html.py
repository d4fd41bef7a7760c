"""Article bodies are rendered once, at ingest: the cached HTML is what the reader used to render.

The reader used to render ``body_markdown`` with ``render.make_renderer()`` on
every build; now the pipeline renders it in the worker processes and the ingest
cache keeps it. These tests hold the two equal (serial, pooled and cached paths),
check the reader hands Pelican that HTML, and that input markup is still escaped.
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from newsarchive.cache import IngestCache
from newsarchive.catalogue import Published
from newsarchive.config import ArchiveConfig
from newsarchive.ledger import LedgerEntry
from newsarchive.model import Article
from newsarchive.pipeline import MIN_POOLED_FILES, extract_paths
from newsarchive.render import make_renderer, render_markdown
from newsarchive_pelican.reader import ArchiveReader
from sitekit import write_stories

STORIES = {
    "2025-04-01T0900-bridge.txt": "Tollgate bridge reopens after repairs\n\nThe Tollgate bridge reopened on "
    "Monday after six weeks of repairs to its deck.\n\nRepairs included:\n\n- new expansion joints\n"
    "- a resurfaced footway\n\nThe council said tolls stay at the old rate.\n",
    "2025-04-02T1030-orchard.md": "Title: Orchard growers expect a late harvest\nDate: 2025-04-02 10:30\n\n"
    "Growers in the Wendle valley expect a **late** harvest after a cold spring.\n\n## Prices\n\n"
    "Buyers said prices would rise, see [the report](https://example.org/report).\n",
    "2025-04-03T0800-markup.txt": "Council posts <script>alert(1)</script> notice\n\nA notice with "
    "<b>bold</b> tags and <img src=x onerror=alert(2)> appeared on the council site.\n\n"
    "A [bad link](javascript:alert(3)) was also posted by the council.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_stories(tmp_path / "articles", STORIES)


def _reader_render(article: Article) -> str:
    """What the reader rendered on every build before bodies were cached."""
    return render_markdown(make_renderer(), article.body_markdown)


def _articles(results) -> list[Article]:
    articles = [item for item in results if isinstance(item, Article)]
    assert len(articles) == len(results)  # every story is an article
    return articles


@pytest.mark.parametrize("workers", [1, 2], ids=["serial", "pooled"])
def test_body_html_equals_what_the_reader_rendered(corpus: list[str], workers: int) -> None:
    files = corpus * (MIN_POOLED_FILES // len(corpus) + 1) if workers > 1 else corpus  # pooled: over the threshold
    for article in _articles(extract_paths(files, ArchiveConfig(), workers=workers)):
        assert article.body_html and article.body_html == _reader_render(article)


def test_cached_body_html_equals_what_the_reader_rendered(corpus: list[str], tmp_path: Path) -> None:
    with IngestCache.open(tmp_path / "cache") as cache:
        first = _articles(extract_paths(corpus, ArchiveConfig(), cache=cache))
        assert len(cache) == len(corpus)
        again = _articles(extract_paths(corpus, ArchiveConfig(), cache=cache))  # every file found in the cache
    assert again == first
    assert all(article.body_html and article.body_html == _reader_render(article) for article in again)


def test_markup_from_the_input_never_reaches_the_html(corpus: list[str]) -> None:
    markup = next(article for article in _articles(extract_paths(corpus, ArchiveConfig()))
                  if Path(article.path).name.endswith("markup.txt"))
    assert "<script" not in markup.body_html and "<b>" not in markup.body_html and "<img" not in markup.body_html
    assert "&lt;b&gt;" in markup.body_html
    assert 'href="javascript' not in markup.body_html


def _reader_with(article: Article, source: Path) -> ArchiveReader:
    reader = ArchiveReader(dict(DEFAULT_CONFIG))
    date = article.date or datetime(2025, 4, 1)
    entry = LedgerEntry(path=source.name, content_hash=article.content_hash, slug="a-story", date=date,
                        guid="urn:uuid:0", ingested_at=date)
    reader.prepared = {os.path.abspath(source): Published(article, entry)}
    return reader


@pytest.mark.parametrize("cached", [True, False], ids=["cached-html", "no-html-falls-back"])
def test_reader_returns_the_cached_html(corpus: list[str], cached: bool) -> None:
    article = _articles(extract_paths(corpus, ArchiveConfig()))[0]
    expected = _reader_render(article)
    if cached:  # a marker in the cached HTML proves the reader did not render again
        article = replace(article, body_html=article.body_html + "<!-- cached -->")
        expected += "<!-- cached -->"
    else:
        article = replace(article, body_html="")
    content, _ = _reader_with(article, Path(corpus[0])).read(corpus[0])
    assert content == expected
