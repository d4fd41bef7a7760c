"""Pelican adapter for newsarchive: thin signal handlers that call the pure core.

- ``article_generator_init``: run the core over the whole content folder once
  (read, clean, tag as one corpus, deduplicate, catalogue in the ledger).
- ``generator_init``: the theme's words and dates in the site's language (``DEFAULT_LANG``, ``theme_words.py``).
- ``readers_init``: our reader serves each file's prepared result to Pelican.
- ``page_generator_init``: the pages generator's readers read the site's own pages (content/pages/).
- ``content_object_init``: articles get cached URLs.
- ``article_generator_pretaxonomy``: the articles in their final order (a tag is named as its newest story
  spells it); linear period archives; the reading progress ends.
- ``article_generator_finalized``: previous/next and related articles, tag cloud.
- ``get_generators``: feeds built with feedgen.
- ``article_generator_init``, ``page_generator_init``, ``static_generator_init``: the walk of the content
  folder goes into no symbolic link to a folder (a loop of them never ended); each such link is reported once.
- ``static_generator_finalized``: the files copied as they are, noted so that none is written into
  the live site's copy (``build.py`` unlinks them from the staging folder before Pelican copies); a file linked
  with ``{attach}`` placed beside its story first, and links to nothing the site writes shown as text after.
"""
from __future__ import annotations

from pelican import signals

from .archive import (attach_neighbours, finish_reading, leave_out_foreign_articles, order_before_taxonomy,
                      prepare_archive, prepare_pages)
from .content_walk import walk_without_folder_links
from .feeds import FeedsGenerator
from .listing import cache_article_urls, speed_up_context
from .reader import install_readers
from .sitemap import sitemap_generator
from .theme_words import install_theme_words
from .site_links import attach_linked_files, unlink_dead_site_links
from .writer import note_static_outputs


def _feeds_generator(_pelican):
    return FeedsGenerator


def register() -> None:
    signals.readers_init.connect(install_readers)
    signals.generator_init.connect(install_theme_words)  # the theme's words and dates in the site's language
    signals.static_generator_init.connect(walk_without_folder_links)  # (prepare_archive, prepare_pages: their own)
    signals.article_generator_init.connect(prepare_archive)
    signals.page_generator_init.connect(prepare_pages)
    signals.content_object_init.connect(cache_article_urls)
    signals.article_generator_pretaxonomy.connect(leave_out_foreign_articles)
    signals.article_generator_pretaxonomy.connect(order_before_taxonomy)
    signals.article_generator_pretaxonomy.connect(speed_up_context)
    signals.article_generator_pretaxonomy.connect(finish_reading)
    signals.article_generator_finalized.connect(attach_neighbours)
    signals.get_generators.connect(_feeds_generator)
    signals.get_generators.connect(sitemap_generator)
    signals.static_generator_finalized.connect(attach_linked_files)  # (before: it notes where each file goes)
    signals.static_generator_finalized.connect(note_static_outputs)
    signals.static_generator_finalized.connect(unlink_dead_site_links)  # (after: it reads the files kept)
