"""Signal handlers around the article generator: prepare the corpus, then link articles.

``prepare_archive`` runs the core once over every article file (the reader then
only looks results up); ``attach_neighbours`` adds previous/next, related
articles and the tag cloud once Pelican has sorted the articles.
"""
from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from newsarchive.cache import IngestCache
from newsarchive.catalogue import (
    Published, catalogue_articles, with_current_aliases, with_recorded_tags, with_retouched_tags,
)
from newsarchive.config import ArchiveConfig, unused_summary_length_in
from newsarchive.ledger import load_ledger, save_ledger
from newsarchive.model import Article, Rejected
from newsarchive.overrides import apply_table_file
from newsarchive.pipeline import extract_paths, load_page
from newsarchive.progress import Progress
from newsarchive.reading import ARTICLE_SUFFIXES, link_check, unusable_name
from newsarchive.related import related_indexes
from newsarchive.sources import SourceNames, named_sources, read_source_names
from newsarchive.tag_settings import builtin_aliases_digest

from .content_walk import walk_without_folder_links
from .feeds import (feed_setting_problems, main_feed_paths, site_root_path, site_url_of, site_url_problems,
                    tag_feed_pattern)
from .listing import skip_unused_file_stamps, speed_up_listings
from .sections import date_archive_url, site_sections
from .reader import ArchiveReader, tags_with_pages
from .report import (DUPLICATE_IN_CONTENT_ADVICE, one_line, report_duplicate, report_note, report_published,
                     report_skipped)
from .search_shards import BUNDLES
from .theme_settings import theme_context

logger = logging.getLogger("newsarchive")
LEDGER_NAME = "newsarchive-ledger.json"
LISTINGS_NAME = "newsarchive-listings.json"  # where each listing's pages are cut (newsarchive.listing_cuts)
# Documents Pelican (or a reader plugin) could read and newsarchive does not: reported, never passed over in silence.
UNREAD_DOCUMENT_SUFFIXES = frozenset({".rst", ".rest", ".ipynb", ".adoc", ".asciidoc", ".org"})
RETAG_KEY = "NEWS_ARCHIVE_RETAG"  # set by ``newsarchive build --retag``: recorded tags are made again
TAG_CLOUD_STEPS = 5
CACHE_FOLDER = ".newsarchive-cache"  # beside the content folder; gitignored
INBOX_KEY = "NEWS_ARCHIVE_INBOX"  # (settings) the folder scrapers drop new articles into
INBOX_FOLDER = "inbox"  # when the settings name none: relative to the working directory


def cache_folder(settings) -> Path:
    """``NEWS_ARCHIVE_CACHE_PATH`` if set, else ``.newsarchive-cache/`` beside the content folder."""
    return Path(settings.get("NEWS_ARCHIVE_CACHE_PATH") or Path(settings["PATH"]).resolve().parent / CACHE_FOLDER)


def inbox_folder(settings) -> Path:
    """``NEWS_ARCHIVE_INBOX`` if set, else ``inbox/``, as written (a relative one is relative to the working
    directory)."""
    return Path(settings.get(INBOX_KEY, INBOX_FOLDER))


def prepare_archive(generator) -> None:
    """Read, clean, tag and catalogue every article file of the content folder.

    The per-article tag overrides table (``NEWS_ARCHIVE["tag_overrides"]``) is applied
    after the ingest cache, so editing it re-tags nothing else.
    """
    settings = generator.settings
    if RETAG_KEY not in settings:  # (newsarchive build always sets it)
        logger.warning("Pelican's own command builds the site in place from content/ alone: the inbox is not "
                       "ingested and no search index is made; `make html` (newsarchive build) does both, "
                       "and swaps the finished site in")
    skip_unused_file_stamps(generator)
    walk_without_folder_links(generator)
    config = ArchiveConfig.from_site_settings(settings)
    content = Path(generator.path)
    files = _article_files(generator, content)
    articles = _extracted(files, content, config, cache_folder(settings))
    published = _catalogued(articles, content, config, retag=bool(settings.get(RETAG_KEY)))
    _report_tags_without_pages(published, settings)
    prepared = {os.path.abspath(content / item.article.path): item for item in published}
    reading = Progress("newsarchive: articles into Pelican")
    reading.start(len(files))  # Pelican asks a reader for every file, published or not
    for reader in _enabled_archive_readers(generator):
        reader.prepared = prepared
        reader.progress = reading
    _add_site_context(generator)


def _article_files(generator, content: Path) -> list[str]:
    """The article files of ``ARTICLE_PATHS`` (relative to ``content``) that can be read; the others reported."""
    settings = generator.settings
    every_file = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"], extensions=False)
    for name in sorted(f for f in every_file if Path(f).suffix.lower() in UNREAD_DOCUMENT_SUFFIXES):
        report_skipped(name, "not read: newsarchive publishes raw text (.txt), Markdown (.md) and saved pages "
                             "(.html); convert it to Markdown to publish it (pandoc can)")
    files, link_problem = [], link_check(content)
    for name in sorted(f for f in every_file if Path(f).suffix.lower() in ARTICLE_SUFFIXES):
        problem = unusable_name(name) or link_problem(content / name)
        if problem:
            report_skipped(name, problem)
        else:
            files.append(name)
    return files


def _extracted(files: list[str], content: Path, config: ArchiveConfig, cache_path: Path) -> list[Article]:
    """The articles the core makes of ``files`` (paths relative to ``content``); the files it rejects reported."""
    with IngestCache.open(cache_path) as cache:
        results = extract_paths([str(content / f) for f in files], config, cache=cache,
                                workers=os.cpu_count() or 1, progress=Progress("newsarchive: read, clean, find tags"),
                                ranking_progress=Progress("newsarchive: rank tags"),
                                store_in_background=True)  # build.py waits for it before the build ends
    articles = []
    for relative, result in zip(files, results):
        if isinstance(result, Rejected):
            report_skipped(relative, result.reason)
        else:
            articles.append(replace(result, path=relative))
    return articles


def _catalogued(articles: list[Article], content: Path, config: ArchiveConfig,
                retag: bool) -> tuple[Published, ...]:
    """The articles published, with their ledger entries: their recorded tags (unless ``retag``), the overrides
    and source names tables applied; duplicates and notes reported, the ledger saved when it changed."""
    ledger_path = content / LEDGER_NAME
    ledger = load_ledger(ledger_path)
    tagged_with = config.tag.fingerprint()
    if not retag:
        articles = with_recorded_tags(articles, ledger, tagged_with, [config.tag.earlier_fingerprint()])
        articles = with_retouched_tags(articles, ledger, config.tag)  # a pin or ban changed: its stories only
        if ledger.builtin_aliases != builtin_aliases_digest():  # a line added to it: its stories renamed, once
            articles = with_current_aliases(articles, config.tag)
    recorded = {article.path: article.tags for article in articles}
    articles, problems = apply_table_file(articles, content, config.tag_overrides, config.tag)
    sources = read_source_names(content / config.source_names) if config.source_names else SourceNames()
    articles = list(named_sources(articles, sources))
    for problem in (*problems, *sources.problems):
        logger.warning("%s", one_line(problem))  # a table line may hold anything
    catalogue = catalogue_articles(articles, ledger, datetime.now(config.zone).replace(microsecond=0), recorded,
                                   tagged_with)
    for duplicate, original in catalogue.duplicates:
        report_duplicate(duplicate.path, original.path, DUPLICATE_IN_CONTENT_ADVICE)
    for item in catalogue.published:
        for note in item.article.notes:
            report_note(item.article.path, note)
    recorded_ledger = replace(catalogue.ledger, tag_settings=config.tag.as_record(),
                              builtin_aliases=builtin_aliases_digest())
    if recorded_ledger != ledger:
        save_ledger(recorded_ledger, ledger_path)
    return catalogue.published


def _report_tags_without_pages(published: tuple[Published, ...], settings: dict) -> None:
    """A note for each declared tag left out because it makes no page address."""
    for item in published:
        for tag in tags_with_pages(item.article.tags, settings)[1]:
            report_note(item.article.path, f"its tag {tag!r} makes no page address (no letter or digit "
                                           "once markup is taken out): left out")


def _add_site_context(generator) -> None:
    """What the theme reads of the settings, into Pelican's context; the settings it cannot use reported."""
    settings = generator.settings
    generator.context["SITE_ADDRESS"] = site_url_of(settings).rstrip("/")  # canonical links, og:url, JSON-LD
    # the path of the site's root on its host: the search page loads Pagefind from the page's own host with it
    generator.context["SITE_PATH"] = site_root_path(site_url_of(settings))
    generator.context["SITE_SECTIONS"] = site_sections(settings)  # the index pages the theme may link to
    generator.context["SITE_DAY_URL"] = date_archive_url(settings)  # a story's day in the archive: None when nowhere
    generator.context["SITE_FEEDS"] = main_feed_paths(settings)  # the main feeds written, by kind: None when off
    generator.context["TAG_FEED_PATTERN"] = tag_feed_pattern(settings)  # each tag's feed ("{slug}"): None when off
    theme, problems = theme_context(settings)  # the date formats, LINKS, SOCIAL and MENUITEMS
    generator.context.update(theme)
    unused = unused_summary_length_in(settings)
    for problem in (*site_url_problems(settings), *problems, *feed_setting_problems(settings), *filter(None, [unused])):
        logger.warning("%s", problem)


def prepare_pages(generator) -> None:
    """Call at ``page_generator_init``: read the site's own pages (``PAGE_PATHS``, content/pages/), Markdown
    published as written, each at a URL no other file of the site has (of two pages asking for one, the
    first by file name keeps it); the pages generator's readers hand them to Pelican."""
    settings = generator.settings
    walk_without_folder_links(generator)
    config = ArchiveConfig.from_site_settings(settings)
    content = Path(generator.path)
    reserved, taken, pages = site_folders(settings), {}, {}
    every_file = generator.get_files(settings["PAGE_PATHS"], exclude=settings["PAGE_EXCLUDES"], extensions=False)
    for name in sorted(f for f in every_file if Path(f).suffix.lower() in ARTICLE_SUFFIXES):
        page = load_page(str(content / name), config.max_file_bytes, content)
        problem = page.reason if isinstance(page, Rejected) else _unavailable(page.slug, reserved, taken)
        if problem:
            report_skipped(name, problem)
            continue
        taken[page.slug] = name
        pages[os.path.abspath(content / name)] = page
    for reader in _enabled_archive_readers(generator):
        reader.pages = pages


def _unavailable(slug: str, reserved: frozenset[str], taken: dict[str, str]) -> str | None:
    """Why a page may not have the URL /slug/, or None."""
    if not slug:  # (it would be the home page)
        return "its title makes no URL (no letter or digit): give it a Slug: line"
    if slug in reserved or slug.isdigit():
        return f"its URL would be /{slug}/, a part of the site: give it another Slug: line"
    if slug in taken:
        return f"its URL would be /{slug}/, as {taken[slug]}'s is: give it another Slug: line"
    return None


def site_folders(settings) -> frozenset[str]:
    """The first parts of the site's own URLs (tags/, tag/, archives/, search/, feeds/, theme/, pagefind/,
    page/): a page of the site may not take one (a page whose title is "Tags" would replace the tags page).
    Years are numbers, which no page slug may be either."""
    fixed = {value.split("/")[0] for key, value in settings.items()
             if key.endswith(("_URL", "_SAVE_AS")) and isinstance(value, str) and "{" not in value.split("/")[0]}
    return frozenset(fixed | {settings.get("THEME_STATIC_DIR", "theme"), BUNDLES, "page"}) - {""}


def leave_out_foreign_articles(generator) -> None:
    """Call at ``article_generator_pretaxonomy``: an article another reader made (Pelican's reStructuredText reader
    switched back on, a reader plugin's) has none of what the archive knows of its articles (its ledger entry,
    feed GUID, clean text, tags): it is reported and left out, as a file that cannot be used is."""
    for name in ("articles", "translations"):
        kept = []
        for article in getattr(generator, name):
            if isinstance(getattr(article, "guid", None), str):
                kept.append(article)
            elif Path(article.source_path).suffix.lower() not in UNREAD_DOCUMENT_SUFFIXES:  # (those: reported already)
                report_skipped(getattr(article, "relative_source_path", None) or article.source_path,
                               "read by another reader than newsarchive's: not published (newsarchive publishes raw "
                               "text, Markdown and saved pages)")
        setattr(generator, name, kept)


def finish_reading(generator) -> None:
    """Call at ``article_generator_pretaxonomy``: Pelican has read every file."""
    readers = _archive_readers(generator)
    for progress in {id(reader.progress): reader.progress for reader in readers if reader.progress}.values():
        progress.finish()
    for reader in readers:
        reader.progress = None


def _archive_readers(generator) -> list[ArchiveReader]:
    return [reader for reader in generator.readers.readers.values() if isinstance(reader, ArchiveReader)]


def _enabled_archive_readers(generator) -> list[ArchiveReader]:
    """The generator's readers of ours (one per file extension), switched on: Pelican's own Markdown reader would
    warn about their extensions."""
    for extension in ArchiveReader.file_extensions:
        generator.readers.disabled_readers.pop(extension, None)
    return _archive_readers(generator)


def attach_neighbours(generator) -> None:
    """Older/newer links, related articles (by shared tags) and the weighted tag cloud."""
    break_date_ties(generator)
    articles = generator.articles  # newest first
    for index, article in enumerate(articles):
        article.newer_article = articles[index - 1] if index > 0 else None
        article.older_article = articles[index + 1] if index + 1 < len(articles) else None
    tag_sets = [frozenset(tag.slug for tag in getattr(article, "tags", ())) for article in articles]
    for article, related in zip(articles, related_indexes(tag_sets)):
        article.related_articles = [articles[other] for other in related]
    speed_up_listings(generator)
    generator.context["tag_cloud"] = _tag_cloud(generator.tags)
    generator.context["tag_counts"] = {tag.slug: len(tagged) for tag, tagged in generator.tags.items()}
    report_published(len(articles))


def order_before_taxonomy(generator) -> None:
    """Call at ``article_generator_pretaxonomy``: the articles in the order ``break_date_ties`` gives them, before
    Pelican files them under their tags.

    Pelican names a tag's page (and its entry in the tag cloud, the sidebars and its feed) as the first
    article it files under it spells it: two spellings of one tag ("Harbour strike", "harbour strike": one
    slug, one page) on stories of the same minute were named as whichever Pelican had read first, from a
    set of file names whose order changes with every run (Python's string hashing), so two builds of the
    same archive differed and a rebuild with no change wrote every listing page again.
    """
    generator.articles.sort(key=_newest_first, reverse=True)


def _newest_first(article) -> tuple:
    """The key of the articles' order (reversed): by date, stories of the same date by URL."""
    return (article.date, article.url)


def break_date_ties(generator) -> None:
    """Order articles with the same date by URL in every list Pelican built, so no order depends on the file system.

    Pelican sorts by date only; two stories stamped the same minute keep the order
    the files were listed in, which can change when a file is added, and would
    change every page around them (older/newer links, listing buckets).
    """
    newest_first_archives = bool(generator.settings.get("NEWEST_FIRST_ARCHIVES", True))
    generator.articles.sort(key=_newest_first, reverse=True)
    position = {id(article): index for index, article in enumerate(generator.articles)}  # every list holds these

    def newest_first(articles: list) -> None:
        articles.sort(key=lambda article: position[id(article)])

    def archive_order(articles: list) -> None:
        articles.sort(key=lambda article: position[id(article)], reverse=not newest_first_archives)

    archive_order(generator.dates)
    for tagged in generator.tags.values():
        newest_first(tagged)
    for periods in generator.period_archives.values():
        for period in periods:
            archive_order(period["dates"])
            newest_first(period["articles"])


def _tag_cloud(tags) -> list:
    counted = sorted(((tag, len(tagged)) for tag, tagged in tags.items()),
                     key=lambda pair: (-pair[1], pair[0].name.casefold(), pair[0].name))
    if not counted:
        return []
    largest, smallest = counted[0][1], counted[-1][1]
    spread = max(largest - smallest, 1)
    return [(tag, count, 1 + round((count - smallest) * (TAG_CLOUD_STEPS - 1) / spread)) for tag, count in counted]
