"""The reader: hands Pelican the article the core already prepared for a file, and
the pages of the site (content/pages/) as the core reads them.

Files the core rejected or found to be duplicates get ``status: skip`` so
Pelican leaves them out without an error; the reason was reported already.
"""
from __future__ import annotations

import functools
import math
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from pelican.readers import BaseReader
from pelican.urlwrappers import Author, Tag
from pelican.utils import slugify

from newsarchive.catalogue import Published
from newsarchive.language import primary_subtag
from newsarchive.model import SitePage
from newsarchive.progress import Progress
from newsarchive.reading import ARTICLE_EXTENSIONS
from newsarchive.render import make_renderer, render_markdown
from newsarchive.slugs import bounded_slug
from newsarchive.structure import visible_line
from newsarchive.tag_settings import kicker

WORDS_READ_PER_MINUTE = 230


class ArchiveReader(BaseReader):
    """Reads .txt, .md and .html articles through the newsarchive core."""

    enabled = True
    file_extensions = sorted(ARTICLE_EXTENSIONS)

    def __init__(self, settings):
        super().__init__(settings)
        self.prepared: dict[str, Published] = {}
        self.renderer = make_renderer()
        self.tags: dict[str, Tag] = {}  # one Tag per name for the build: Pelican slugifies each Tag object once
        self.authors: dict[str, Author] = {}
        self.progress: Progress | None = None  # files read by Pelican, while it gathers its context
        self.pages: dict[str, SitePage] | None = None  # for the pages generator's readers: the site's pages by path
        self.zone = ZoneInfo(settings.get("TIMEZONE") or "UTC")  # (ArchiveConfig has checked it)
        self.site_language = primary_subtag(settings.get("DEFAULT_LANG") or "en")  # what a story's language is told against

    def read(self, source_path):
        if self.pages is not None:
            return self._read_page(source_path)
        if self.progress is not None:
            self.progress.advance()
        item = self.prepared.get(os.path.abspath(source_path))
        if item is None:
            return "", {"status": "skip"}
        article = item.article  # the core renders bodies at ingest; an article made elsewhere may not carry HTML
        return article.body_html or render_markdown(self.renderer, article.body_markdown), self._metadata(item)

    def _read_page(self, source_path):
        """A page of the site (content/pages/) as ``archive.prepare_pages`` read it, or a skip (reported there)."""
        page = self.pages.get(os.path.abspath(source_path))
        if page is None:
            return "", {"status": "skip"}
        return render_markdown(self.renderer, page.body_markdown), {"title": page.title, "slug": page.slug}

    def _tag(self, name: str) -> Tag:
        if name not in self.tags:
            self.tags[name] = Tag(name, self.settings)
            self.tags[name].slug = tag_slug(name, self.settings)  # bounded: Pelican's is as long as the name
        return self.tags[name]

    def _author(self, name: str) -> Author:
        if name not in self.authors:
            self.authors[name] = Author(name, self.settings)
        return self.authors[name]

    def _metadata(self, item: Published) -> dict:
        article, entry = item.article, item.entry
        metadata = {
            "title": visible_line(article.title),  # the core keeps text verbatim; a page shows it decoded
            "date": in_zone(entry.date, self.zone),  # as first published: the URL's year and month stay
            "slug": entry.slug,
            "tags": [self._tag(name) for name in tags_with_pages(article.tags, self.settings)[0]],
            "summary": article.summary,  # shown text already (pipeline._shown_blocks)
            "source": article.source and visible_line(article.source),
            "guid": entry.guid,
            "word_count": article.word_count,
            "reading_minutes": max(1, math.ceil(article.word_count / WORDS_READ_PER_MINUTE)),
            "truncated": article.truncated,
            "removed_count": len(article.removed),
        }
        # Without a byline Pelican credits the site's AUTHOR, which no page or feed shows (the feeds credit the
        # source): the byline is the names the story gives, the site's AUTHOR too when it gives that name.
        if byline := [self._author(visible_line(name)) for name in article.authors]:
            metadata["authors"] = byline
        if metadata["tags"]:  # shown above the headline
            shown = kicker([tag.name for tag in metadata["tags"]], declared=bool(article.tag_fields))
            metadata["kicker"] = next(tag for tag in metadata["tags"] if tag.name == shown)
        if article.modified is not None and article.modified > entry.date:
            metadata["modified"] = in_zone(article.modified, self.zone)
        # a story not in the site's language (DEFAULT_LANG) has its headline and text marked with its language and
        # direction, for a browser's line direction and a screen reader's voice
        if article.language and article.language != self.site_language:
            metadata.update(language=article.language, direction=article.direction)
        return metadata


def tag_slug(name: str, settings) -> str:
    """The slug of a tag's page as Pelican's ``Tag.slug`` makes it (markup taken out, the settings' substitutions),
    without the warning it logs, naming no file, when the slug is empty; cut as a story's is (a tag of 300 letters
    made a folder name no file system takes, and the build stopped)."""
    substitutions = settings.get("TAG_REGEX_SUBSTITUTIONS", settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    return _bounded_tag_slug(name, tuple(map(tuple, substitutions)), bool(settings.get("SLUGIFY_PRESERVE_CASE", False)),
                             bool(settings.get("SLUGIFY_USE_UNICODE", False)))


@functools.cache
def _bounded_tag_slug(name: str, substitutions: tuple, preserve_case: bool, use_unicode: bool) -> str:
    """Memoised: each article's tags are slugged on every build (about 90,000 at 11,000 stories; 0.4 s a pass)."""
    return bounded_slug(slugify(name, regex_subs=substitutions, preserve_case=preserve_case, use_unicode=use_unicode))


def tags_with_pages(names: tuple[str, ...], settings) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A story's tags as its page links them, one per tag page (the first named: "Pier's" and "Piers" have one
    page), and the tags left out because they make no page address ("<svg onload=…>": no text once its markup
    is taken out)."""
    by_slug: dict[str, str] = {}
    unaddressed = []
    for name in names:
        if slug := tag_slug(name, settings):
            by_slug.setdefault(slug, name)
        else:
            unaddressed.append(name)
    return tuple(by_slug.values()), tuple(unaddressed)


def in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` as the site's zone names it ("CEST") when it is a time of that zone (a date the ledger keeps has
    a bare offset); a date first published under another TIMEZONE keeps its offset, so its URL does not move."""
    return moment.astimezone(zone) if zone.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset() else moment


def install_readers(readers) -> None:
    for extension in ArchiveReader.file_extensions:
        readers.reader_classes[extension] = ArchiveReader
