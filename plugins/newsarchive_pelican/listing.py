"""Listing speed-ups for Pelican's article generator, same pages, less work.

- Tag pages: Pelican builds each tag's ``dates`` list with
  ``[a for a in self.dates if a in articles]``, a list-membership test per
  article per tag (quadratic in the archive's size). Here the same list (the tag's
  articles in ``dates`` order) comes from one position index, in linear time.
- Article URLs: Pelican recomputes ``article.url`` from the URL pattern on every
  access (listing pages, neighbours, related stories, feeds read it hundreds of
  thousands of times); once the generator is finalised the URL cannot change,
  so each article's class is given a cached ``url``.
"""
from __future__ import annotations

import functools
import types

from pelican.generators import ArticlesGenerator


def speed_up_listings(generator: ArticlesGenerator) -> None:
    """Call once the generator's context is final (``article_generator_finalized``)."""
    generator.generate_tags = types.MethodType(generate_tags_linear, generator)
    subclasses: dict[type, type] = {}
    for article in (*generator.articles, *generator.translations):
        cls = type(article)
        if cls not in subclasses:
            subclasses[cls] = cached_url_class(cls)
        article.__class__ = subclasses[cls]


def tag_dates(dates_order: dict[int, int], articles: list) -> list:
    """The articles of one tag in the generator's ``dates`` order (what Pelican's loop computes)."""
    return sorted(articles, key=lambda article: dates_order[id(article)])


def generate_tags_linear(self: ArticlesGenerator, write) -> None:
    """``ArticlesGenerator.generate_tags`` with the per-tag ``dates`` list built in linear time."""
    order = {id(article): position for position, article in enumerate(self.dates)}
    tag_template = self.get_template("tag")
    for tag, articles in self.tags.items():
        if not tag.slug:  # Pelican skips tags without a slug too
            continue
        write(tag.save_as, tag_template, self.context, tag=tag, url=tag.url, articles=articles,
              dates=tag_dates(order, articles), template_name="tag", blog=True, page_name=tag.page_name,
              all_articles=self.articles)


def cached_url_class(cls: type) -> type:
    """A subclass of ``cls`` whose ``url`` is computed once per object."""
    if getattr(cls, "_newsarchive_cached_url", False):
        return cls
    url = functools.cached_property(lambda self: cls.url.fget(self))
    url.__set_name__(None, "url")
    return type(cls.__name__, (cls,), {"url": url, "_newsarchive_cached_url": True, "__module__": cls.__module__})
