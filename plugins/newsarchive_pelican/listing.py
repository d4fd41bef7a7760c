"""Listing speed-ups for Pelican's article generator, same pages, less work.

- Tag (category, author) pages: Pelican builds each tag's ``dates`` list with
  ``[a for a in self.dates if a in articles]``, a list-membership test per
  article per tag (quadratic in the archive's size). Here the same list (the tag's
  articles in ``dates`` order) comes from one position index, in linear time.
- Period archives: Pelican builds each month's and year's ``articles`` list with
  ``[a for a in articles if a in dates]`` (quadratic too); here with a set of ids.
- Article URLs: Pelican recomputes ``article.url`` and ``save_as`` from the URL
  pattern on every access (validation, sorting, listing pages, neighbours, related
  stories, feeds read them hundreds of thousands of times); an article's date and
  slug are final when its constructor returns (``content_object_init``, before
  anything reads its URL), so each article's class is given a cached ``url``,
  ``save_as`` and ``url_format`` (the fields both are formatted from: a copy of the
  metadata and the source path made relative), computed on first access.
- File stamps: Pelican's content cache stamps every file four times per build
  (``getmtime`` on lookup and on store, in the generator and in its readers) even
  when ``CACHE_CONTENT`` is off and nothing is kept; with no cache to keep or
  consult, the stamps are not taken.
"""
from __future__ import annotations

import functools
import types

from pelican.contents import Article
from pelican.generators import ArticlesGenerator


def cache_article_urls(content) -> None:
    """Call as each content object is made (``content_object_init``): articles get a cached URL."""
    if isinstance(content, Article):
        content.__class__ = cached_url_class(type(content))


def skip_unused_file_stamps(generator: ArticlesGenerator) -> None:
    """Call at ``article_generator_init``: no file stamps for caches that keep and hold nothing."""
    for cacher in (generator, generator.readers):
        if not cacher._cache_data_policy and not cacher._cache:
            cacher._get_file_stamp = _no_stamp


def _no_stamp(_filename: str) -> None:
    return None


def speed_up_context(generator: ArticlesGenerator) -> None:
    """Call once the articles are read (``article_generator_pretaxonomy``), before tags and archives are built."""
    generator._build_period_archives = types.MethodType(build_period_archives_linear, generator)


def speed_up_listings(generator: ArticlesGenerator) -> None:
    """Call once the generator's context is final (``article_generator_finalized``)."""
    generator.generate_tags = types.MethodType(generate_tags_linear, generator)
    generator.generate_categories = types.MethodType(_grouped_pages("category", "categories"), generator)
    generator.generate_authors = types.MethodType(_grouped_pages("author", "authors"), generator)


def build_period_archives_linear(self: ArticlesGenerator, sorted_articles, articles, settings):
    """``ArticlesGenerator._build_period_archives`` with each period's ``articles`` filtered in linear time."""
    archives = ArticlesGenerator._build_period_archives(self, sorted_articles, [], settings)
    for periods in archives.values():
        for period in periods:
            members = {id(article) for article in period["dates"]}
            period["articles"] = [article for article in articles if id(article) in members]
    return archives


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


def _grouped_pages(kind: str, groups: str):
    """``generate_categories`` / ``generate_authors`` with each group's ``dates`` list built in linear time,
    and nothing at all computed when the site has no such pages (``CATEGORY_SAVE_AS = ""``)."""

    def generate(self: ArticlesGenerator, write) -> None:
        if not self.settings.get(f"{kind.upper()}_SAVE_AS"):
            return
        order = {id(article): position for position, article in enumerate(self.dates)}
        template = self.get_template(kind)
        for group, articles in getattr(self, groups):
            write(group.save_as, template, self.context, url=group.url, articles=articles,
                  dates=tag_dates(order, articles), template_name=kind, blog=True, page_name=group.page_name,
                  all_articles=self.articles, **{kind: group})

    return generate


@functools.cache  # one subclass per content class for the whole process (a handful)
def cached_url_class(cls: type) -> type:
    """A subclass of ``cls`` whose ``url`` and ``save_as`` (and the fields they are formatted from) are computed once per object."""
    if getattr(cls, "_newsarchive_cached_url", False):
        return cls
    members = {"_newsarchive_cached_url": True, "__module__": cls.__module__}
    for name in ("url", "save_as", "url_format"):
        members[name] = _cached(getattr(cls, name).fget, name)
    return type(cls.__name__, (cls,), members)


def _cached(compute, name: str) -> functools.cached_property:
    cached = functools.cached_property(compute)
    cached.__set_name__(None, name)
    return cached
