"""The archive's writer: pages whose inputs did not change are not rendered, changed bytes only are written.

A build renders into a staging folder that starts as a hard-link copy of the
current site (``link_previous_pages``: every ``.html`` page and ``.xml`` feed,
nothing else; made from the previous build's spare copy when there is one, so
only what changed since is linked again). For each page Pelican asks for, the
writer computes a render key (``render_keys``: template, theme, settings, and
what the page shows); when the key equals the one recorded by the last
successful build and the linked file is there, the page is kept as it is. Other
pages are queued and rendered at the end of Pelican's run on every core
(``render_jobs``), except the articles' own pages: Pelican queues them first,
and once it moves on to the listings they are rendered in a forked child while
it queues the rest on one core. A rendered page whose bytes did not change is
left alone, a changed page's name is unlinked and written anew, so the old
inode, still shared with the live site, is never written into. Finally linked
files the new build did not produce (a tag that disappeared) are removed from
the staging folder.

Paginated listings use stable, oldest-first buckets (``stable_pages``), cut where the content folder's
record of them says (``ListingCuts``, saved when the build's cuts differ), and every article's listing
card is rendered once per build (``CardCache``).

Tag feeds are queued too (``write_keyed``: kept when their key is unchanged,
else produced by the same workers); the main feeds and the sitemap write new
files (unlink, then write); Pagefind bundles are handled by ``search_shards``.
"""
from __future__ import annotations

import logging
import os
import posixpath
import shutil
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from collections.abc import Callable, Iterable

from markupsafe import Markup
from pelican import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError

from newsarchive.forking import CountedProgress
from newsarchive.progress import Progress
from newsarchive.reading import ARTICLE_SUFFIXES

from .render_jobs import (FAILED, SKIPPED, WRITTEN, EarlyJobs, FileJob, RenderFailed, RenderJob, render_one, run_jobs,
                          start_early)
from .archive import LISTINGS_NAME, UNREAD_DOCUMENT_SUFFIXES
from .feeds import site_root_path
from .render_keys import RenderKeys, load_manifest
from .report import report_skipped, report_unrendered
from .site_links import published_contents
from .safe_writer import RENDERING_ERRORS, SafeWriter
from .stable_pages import ListingCuts, stable_page_kwargs

logger = logging.getLogger("newsarchive")
LINKED_SUFFIXES = (".html", ".xml")
STATIC_OUTPUTS_KEY = "NEWS_ARCHIVE_STATIC_OUTPUTS"  # (settings) the files Pelican copied as they are, this build
LINK_MARKER = ".newsarchive-linked"  # in a staging folder prepared by link_previous_pages
RENDER_PROGRESS_LABEL = "newsarchive: render pages and feeds"
NOT_LINKED_FOLDERS = frozenset({"pagefind"})  # search bundles: see search_shards
WRITE_LOG_KEY = "NEWS_ARCHIVE_WRITE_LOG"
SEARCH_PREFIX = "search:"  # manifest entries: article page -> signature of what the search index reads
MANIFEST_FOLDER_KEY = "NEWS_ARCHIVE_MANIFEST_FOLDER"  # set by the build command; no manifest without it
# Pages a server sends at other addresses than their own (the 404 page, at every missing one): under RELATIVE_URLS
# they link from the site's root path, as a path relative to their own file leads elsewhere from a missing address.
SERVED_ANYWHERE_TEMPLATES = frozenset({"404"})

# What the archive reads, or reports as a document it does not read: never copied as a file of the site.
SOURCE_SUFFIXES = ARTICLE_SUFFIXES | UNREAD_DOCUMENT_SUFFIXES


# Where the files a build writes whole every time live (feeds, sitemaps, robots.txt, the theme's
# static files, the search UI): (folder, whether its sub-folders too), under the default settings.
SITE_FILE_FOLDERS = (("", False), ("feeds", False), ("theme", True), ("pagefind", False))


@dataclass
class WriteLog:
    """What one build's writer did (kept in that build's settings, read by the build command)."""

    written: int = 0
    unchanged: int = 0  # rendered, same bytes
    kept: int = 0  # not rendered: same render key as the last build
    removed: int = 0
    produced: set = field(default_factory=set)  # absolute paths
    changed: set = field(default_factory=set)  # relative paths written by this build
    manifest: dict = field(default_factory=dict)  # relative path -> render key, for the next build
    search_changed: set = field(default_factory=set)  # article pages whose indexed part changed, added or removed
    render_seconds: float = 0.0  # wall time of the deferred rendering
    static_outputs: tuple = ()  # files Pelican copied as they are (STATIC_PATHS), relative to the site
    site_folders: tuple = SITE_FILE_FOLDERS  # where the build's own files are (site_file_folders)
    unproduced: set = field(default_factory=set)  # relative paths: the live site's pages and feeds not produced
    unlinked: list = field(default_factory=list)  # relative paths: the live site's other files (not linked)
    last_rendered: frozenset = frozenset()  # relative paths: the pages and feeds the last build's manifest names


def search_changes(previous: dict, current: dict) -> set[str]:
    """Article pages (relative paths) whose searchable part differs between two manifests, or that exist in one only.

    Pagefind indexes the story (``data-pagefind-body``: headline, dateline, body,
    tags), not the related-stories list or the older/newer links around it.
    """
    names = {name for name in (*previous, *current) if name.startswith(SEARCH_PREFIX)}
    return {name[len(SEARCH_PREFIX):] for name in names if previous.get(name) != current.get(name)}


def link_previous_pages(output: Path, staging: Path, skip: Iterable[str] = (),
                        set_aside: Callable[[str], bool] | None = None) -> int:
    """Make ``staging`` hold hard links to exactly the pages and feeds of ``output``; the number of links made.

    ``staging`` may be missing or empty (every page is linked), or hold an earlier
    site (the spare the last build kept, see build.py): then a file already linked
    to the same inode is left alone, others are linked again and anything
    ``output`` does not have is removed, so a rebuild after a few changes makes a
    few links instead of tens of thousands of folders and links. The top-level
    entries named in ``skip`` (kept by ``OUTPUT_RETENTION``, see build.py) are
    neither read nor linked, and removed from ``staging``. ``set_aside(path)`` is asked first about each file
    or folder of ``staging`` that ``output`` does not have: True when it moved it out of the way (a file
    written into the live site while the build that retired it ran, see retention.py), so it is not removed.

    The marker file it leaves in ``staging`` lists every linked file, so that the
    writer can remove the ones the build did not produce without walking the site;
    then, after an empty name, the other files of ``output`` (not linked), so that
    the build can find the files it did not write without walking the site again.
    """
    staging.mkdir(parents=True, exist_ok=True)
    base, listed, others = os.path.abspath(staging), [], []
    linked = (_mirror(str(output), base, listed, top=True, skip=frozenset(skip), others=others, set_aside=set_aside)
              if output.is_dir() else _mirror_nothing(base))
    start = len(base) + 1
    (staging / LINK_MARKER).write_text("\0".join(path[start:] for path in (*listed, "", *others)),
                                       encoding="utf-8", errors="surrogateescape")
    return linked


def _mirror(source: str, target: str, listed: list[str], top: bool = False, skip: frozenset = frozenset(),
            others: list[str] | None = None, set_aside: Callable[[str], bool] | None = None) -> int:
    """Hard-link the pages and feeds under ``source`` into the existing folder ``target``, removing the rest.

    Every file linked (or found linked already) is appended to ``listed``, and every other file of ``source``
    (not the search bundles' nor the top-level entries named in ``skip``) to ``others``, by their paths
    under ``target``.
    """
    theirs = {entry.name: entry for entry in os.scandir(target)}
    linked = 0
    with os.scandir(source) as entries:
        for entry in entries:
            if top and entry.name in skip:
                continue  # a retained entry: build.py moves it into the new site; a copy in ``target`` goes
            if entry.is_dir(follow_symlinks=False) and not (top and entry.name in NOT_LINKED_FOLDERS):
                folder = os.path.join(target, entry.name)
                if not _is_folder(theirs.pop(entry.name, None)):
                    remove_path(folder)
                    os.mkdir(folder)
                files_before = len(listed)
                linked += _mirror(entry.path, folder, listed, others=others, set_aside=set_aside)
                if len(listed) == files_before:  # nothing to serve below it (a page removed by an older build)
                    remove_path(folder)
            elif not (entry.name.endswith(LINKED_SUFFIXES) and entry.is_file(follow_symlinks=False)):
                if others is not None and not entry.is_dir(follow_symlinks=False):
                    others.append(os.path.join(target, entry.name))
            else:
                path = os.path.join(target, entry.name)
                listed.append(path)
                mine = theirs.pop(entry.name, None)
                if mine is not None and mine.is_file(follow_symlinks=False) and mine.inode() == entry.inode():
                    continue
                remove_path(path)
                os.link(entry.path, path)
                linked += 1
    for leftover in theirs.values():
        if not (set_aside is not None and not (top and leftover.name in skip) and set_aside(leftover.path)):
            remove_path(leftover.path)
    return linked


def site_file_folders(settings) -> tuple[tuple[str, bool], ...]:
    """``SITE_FILE_FOLDERS`` where these settings put them: each main feed's and sitemap's folder, and the theme's
    static files in ``THEME_STATIC_DIR`` (the files were written anew by every build, and set aside as put there
    by hand once the settings moved them back, when only the default folders were known)."""
    from .feeds import main_feed_paths
    from .sitemap import sitemap_paths

    written = [*filter(None, main_feed_paths(settings).values()), *sitemap_paths(settings)]
    shallow = dict.fromkeys(("", *(posixpath.dirname(path.strip("/")) for path in written), "pagefind"))
    theme = str(settings.get("THEME_STATIC_DIR", "theme")).strip("/")
    return (*((folder, False) for folder in shallow if folder != theme), *(((theme, True),) if theme else ()))


def keep_unchanged_site_files(staging: Path, output: Path, static_outputs: Iterable[str] = (),
                              folders: Iterable[tuple[str, bool]] = SITE_FILE_FOLDERS) -> int:
    """Link each of those files, and the files Pelican copied as they are (``static_outputs``, relative to the
    site), to the live site's copy when its bytes did not change; how many.

    Their inode and mtime then stay, so a deploy by modification time (rsync) or a reader's
    If-Modified-Since sees nothing new on a rebuild that changed nothing. Pages and tag feeds
    are kept by their render keys already. The next build's staging folder is cleared of
    these files before Pelican copies them again (``_mirror``, ``unlink_static_outputs``), so the
    live copy is never written into.
    """
    kept = 0
    for path in dict.fromkeys((*site_files(staging, folders), *(staging / name for name in static_outputs))):
        live = output / path.relative_to(staging)
        if _same_file_bytes(path, live):
            temporary = path.with_name(f".{path.name}.link")
            os.link(live, temporary)
            os.replace(temporary, path)
            kept += 1
    return kept


def site_files(site: Path, folders: Iterable[tuple[str, bool]] = SITE_FILE_FOLDERS) -> Iterable[Path]:
    """The paths in the ``folders`` of the site's own files (``site_file_folders``; folders among them too)."""
    return (path for folder, deep in folders if (site / folder).is_dir()
            for path in ((site / folder).rglob("*") if deep else (site / folder).iterdir()))


def note_static_outputs(generator) -> None:
    """At ``static_generator_finalized``: note in the settings what Pelican will copy as it is (``STATIC_PATHS``,
    files a ``{static}`` link names), once every file outside the content folder (through a symbolic link to a
    folder: Pelican follows them), to be written outside the site, or that is a source of the archive (an
    article, a page, a ``newsarchive-*`` table, a hidden file) is taken out, and reported."""
    content, output = Path(generator.path).resolve(), Path(generator.output_path).resolve()
    sources = {*generator.settings.get("ARTICLE_PATHS", ()), *generator.settings.get("PAGE_PATHS", ())}
    kept = []
    attachments = _Attachments(generator.context)
    for static in generator.staticfiles:
        parts = Path(static.relative_source_path).parts
        if not os.path.lexists(static.source_path):
            continue  # a file a story links that is not there: the story's link is reported (site_links)
        if not Path(static.source_path).resolve().is_relative_to(content):
            report_skipped(static.relative_source_path, "outside the content folder (a symbolic link?): not copied")
        elif (parts[0] in sources and not attachments.published(static.relative_source_path)) \
                or parts[-1].startswith("newsarchive-") or any(part.startswith(".") for part in parts):
            # (an article's or page's source, a draft's too, a table of the archive: never published as a file)
            report_skipped(static.relative_source_path, "a source of the archive, not copied as a file of the site")
        elif not (output / static.save_as).resolve().is_relative_to(output):
            report_skipped(static.relative_source_path, f"it would be written outside the site ({static.save_as})")
        else:
            kept.append(static)
    generator.staticfiles[:] = kept  # (the list Pelican copies from: the context holds the same one)
    # sorted: Pelican's order can change from run to run, and the settings are part of every page's render key
    generator.settings[STATIC_OUTPUTS_KEY] = tuple(sorted(static.save_as for static in kept))


class _Attachments:
    """Files beside the stories or pages (an image in ``content/articles/``) that a published one links with
    ``{attach}`` or ``{static}``: published, unless the archive reads or reports such a file as a source."""

    def __init__(self, context) -> None:
        self.context = context
        self._linked: set[str] | None = None  # (read at the first file in those folders: most sites have none)

    def published(self, path: str) -> bool:
        if PurePosixPath(path).suffix.lower() in SOURCE_SUFFIXES:
            return False
        if self._linked is None:
            self._linked = {linked for item in published_contents(self.context) for linked in item.get_static_links()}
        return path in self._linked


def unlink_static_outputs(staging: Path, static_outputs: Iterable[str]) -> None:
    """Before Pelican copies its static files: each gets a file of its own in the staging folder.

    The staging folder holds hard links to the live site's pages and feeds; a static ``.html`` or ``.xml``
    file among them would be copied into the linked file (writing into the live site), or, found as new as
    its source, not copied at all and then removed as not produced by this build (every other build lost
    it). Each such link is removed, so Pelican copies the file; ``keep_unchanged_site_files`` links it back
    to the live copy when its bytes did not change.
    """
    inside = staging.resolve()
    for name in static_outputs:
        path = staging / name
        if not path.resolve().is_relative_to(inside):  # never a file outside the staging folder
            continue
        try:
            if path.lstat().st_nlink > 1:
                path.unlink()
        except FileNotFoundError:
            pass


def _same_file_bytes(path: Path, live: Path) -> bool:
    try:
        mine, theirs = path.lstat(), live.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(mine.st_mode) or not stat.S_ISREG(theirs.st_mode) or mine.st_size != theirs.st_size:
        return False
    if mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev:
        return False  # linked already
    return path.read_bytes() == live.read_bytes()


def _mirror_nothing(target: str) -> int:
    for entry in list(os.scandir(target)):
        remove_path(entry.path)
    return 0


def _is_folder(entry: os.DirEntry | None) -> bool:
    return entry is not None and entry.is_dir(follow_symlinks=False)


def remove_path(path: str | os.PathLike) -> None:
    """A file, a link or a folder with all it holds."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.unlink(path)


MIN_FAILED_FOR_BROKEN_THEME = 2  # story pages that all failed in one build: the build fails, the site stays


class ArchiveWriter(SafeWriter):
    """Pelican's writer with render keys, stable pagination, deferred parallel rendering and per-article safety."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.log = WriteLog()
        settings = settings if settings is not None else {}
        settings[WRITE_LOG_KEY] = self.log
        folder = settings.get(MANIFEST_FOLDER_KEY)
        self.previous = load_manifest(Path(folder)) if folder else {}
        # where the listings' pages are cut, recorded beside the ledger (a writer given no content folder cuts by count)
        self.cuts = ListingCuts(Path(settings["PATH"]) / LISTINGS_NAME) if settings.get("PATH") else None
        self.log.last_rendered = frozenset(name for name in self.previous if not name.startswith(SEARCH_PREFIX))
        self.keys: RenderKeys | None = None
        self.file_keys: RenderKeys | None = None
        self.fragments = FragmentCache()
        self.jobs: dict[str, RenderJob] = {}
        self.early: EarlyJobs | None = None  # the articles' own pages, rendered while the rest is queued
        self._articles_queued = False
        self.rendering = CountedProgress(Progress(RENDER_PROGRESS_LABEL))  # counted by every render process
        signals.finalized.connect(self._finish)  # weak: goes away with the writer

    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                   override_output=False, url=None, **kwargs):
        if not name:
            return
        if paginated is None:
            paginated = {key: value for key, value in kwargs.items() if key in ("articles", "dates")}
        if not (paginated and template_name in self.settings.get("PAGINATED_TEMPLATES", {})):
            self._submit(name, template, context, kwargs, template_name, override_output, relative_urls)
            return
        per_page = self.settings["PAGINATED_TEMPLATES"][template_name] or self.settings["DEFAULT_PAGINATION"]
        sizes = self.cuts.sizes(name, next(iter(paginated.values())), per_page) if self.cuts is not None else None
        for page, page_kwargs in stable_page_kwargs(name, url, paginated, self.settings, per_page, sizes):
            self._submit(page.save_as, template, context, {**kwargs, **page_kwargs}, template_name,
                         override_output, relative_urls, page)

    def _submit(self, name, template, context, kwargs, template_name, override, relative_urls, page=None) -> None:
        content = kwargs.get("article") or kwargs.get("page")
        source = (getattr(content, "relative_source_path", None) or getattr(content, "source_path", name)
                  if content is not None else None)
        try:
            path = sanitised_join(self.output_path, name)
        except RENDERING_ERRORS as error:
            if source is None:
                raise
            report_unrendered(source, f"{type(error).__name__}: {error}", article=kwargs.get("article") is not None)
            return
        if not self._claim(path, override):
            return
        template_name = template_name or os.path.splitext(getattr(template, "name", None) or "")[0] or None
        if relative_urls:
            relative_url = (site_root_path(self.settings.get("SITEURL", "")) if template_name in SERVED_ANYWHERE_TEMPLATES
                            else path_to_url(get_relative_path(name)))
            kwargs = {**kwargs, "SITEURL": relative_url, "localsiteurl": relative_url}
        relative = self._relative(path)
        if self.keys is None:
            self.keys = RenderKeys(self.settings, context)
        if template_name != "article":
            self._render_queued_articles()
        key = self.keys.key(template_name, kwargs, page) if template_name else None
        indexed = self.keys.indexed(kwargs["article"]) if template_name == "article" and key else None
        if key is not None and self.previous.get(relative) == key and os.path.exists(path):
            self.log.kept += 1
            self.log.produced.add(path)
            self._record(relative, key, indexed)
            return
        self.jobs[path] = RenderJob(path, relative, template, context, {**kwargs, "output_file": name}, source, key,
                                    indexed)

    def _render_queued_articles(self) -> None:
        """Once Pelican moves on from the articles' own pages (it queues them first, with the context
        complete), render them in a forked child while it queues the listings and feeds on one core."""
        if self._articles_queued:
            return
        self._articles_queued = True
        jobs = [job for job in self.jobs.values() if isinstance(job, RenderJob) and job.source is not None]
        _make_folders(jobs)
        self.early = start_early(jobs, self._perform, os.cpu_count() or 1)
        if self.early is not None:
            for job in jobs:
                del self.jobs[job.path]

    def abandon(self) -> None:
        """Stop rendering: the build failed before the writer finished (its early child is stopped)."""
        early, self.early = self.early, None
        if early is not None:
            early.cancel()

    def _relative(self, path: str) -> str:
        """``path`` (from ``sanitised_join``, so inside the output folder) relative to the output folder."""
        root = os.path.abspath(self.output_path) + os.sep
        return path[len(root):] if path.startswith(root) else os.path.relpath(path, self.output_path)

    def _record(self, relative: str, key: str | None, indexed: str | None) -> None:
        """Note a produced page's render key and, for an article page, what the search index reads of it."""
        if key is not None:
            self.log.manifest[relative] = key
        if indexed is not None:
            self.log.manifest[SEARCH_PREFIX + relative] = indexed

    def write_keyed(self, relative: str, description: str, articles, produce) -> bool:
        """Queue ``produce()``'s bytes for ``relative`` (a feed), unless the last build wrote it from the same
        ``description`` and ``articles`` (then the linked copy is kept); True when queued. Queued files are
        produced with the pages, on every core."""
        path = sanitised_join(self.output_path, relative)
        if self.file_keys is None:  # files read no archive-wide context: the pages' keys (and their
            # memo of article signatures, made once per build) serve, if pages came first
            self.file_keys = self.keys or RenderKeys(self.settings, {})
        key = self.file_keys.file_key("file", description, articles)
        relative = os.path.relpath(path, self.output_path)
        self.log.produced.add(path)
        self.log.manifest[relative] = key
        self._render_queued_articles()
        if self.previous.get(relative) == key and os.path.exists(path):
            self.log.kept += 1
            return False
        self.jobs[path] = FileJob(path, relative, produce, key)
        return True

    def _claim(self, path: str, override: bool) -> bool:
        """Pelican's rules for a file written twice (``Writer._open_w``); False when the write is dropped."""
        if path in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{path}" a second time')
            return False
        if path in self._written_files and not override:
            raise FileOverwriteFailedError(f'Failed to overwrite "{path}": Pelican has already written it')
        if override:
            self._overridden_files.add(path)
        self._written_files.add(path)
        return True

    def flush(self) -> None:
        """Render every queued page (on every core); a failed article page is reported, any other stops the build."""
        jobs, self.jobs = list(self.jobs.values()), {}
        early, self.early = self.early, None
        started = time.perf_counter()
        _make_folders(jobs)
        by_relative = {job.relative: job for job in (*(early.jobs if early else ()), *jobs)}  # the last asked wins
        self.rendering.start(len(by_relative))  # the early child's pages so far count as done
        results = []
        try:
            results = self._rendered(jobs, early)
        finally:
            self.rendering.finish(len(results) if len(results) == len(by_relative) else None)
            self.rendering = CountedProgress(Progress(RENDER_PROGRESS_LABEL))  # every child counting is done
        self.log.render_seconds += time.perf_counter() - started
        failures, skipped = [], []
        for result in results:
            job = by_relative.get(result.relative)
            if result.outcome == FAILED or job is None:
                failures.append(f"{result.relative or 'a page'}: {result.message}")
            elif result.outcome == SKIPPED:
                report_unrendered(job.source, result.message, article=job.kwargs.get("article") is not None)
                skipped.append(f"{job.source}: {result.message}")
            else:
                self.log.produced.add(job.path)
                self._record(job.relative, job.key, job.indexed)
                if result.outcome == WRITTEN:
                    self.log.written += 1
                    self.log.changed.add(job.relative)
                else:
                    self.log.unchanged += 1
        if failures:
            raise RenderFailed(f"{len(failures)} page(s) could not be rendered; first: {failures[0]}")
        if len(skipped) >= MIN_FAILED_FOR_BROKEN_THEME and len(skipped) == sum(1 for job in by_relative.values() if job.source):
            # One story's data can break its own page; every story's page failing is the theme.
            raise RenderFailed(f"not one of the {len(skipped)} story pages could be rendered (is the theme broken?); "
                               f"first: {skipped[0]}")

    def _rendered(self, jobs: list, early: EarlyJobs | None) -> list:
        """Results of ``jobs`` (rendered on every core) and of the ``early`` ones (their child finishing
        meanwhile). A page asked for again after the child took it (``override_output``) is rendered
        once the child is done, so that the last one asked for is the one written."""
        if early is None:
            return run_jobs(jobs, self._perform, os.cpu_count() or 1)
        taken = {job.path for job in early.jobs}
        again = [job for job in jobs if job.path in taken]
        results = run_jobs([job for job in jobs if job.path not in taken], self._perform, os.cpu_count() or 1)
        replaced = {job.relative for job in again}
        results += [result for result in early.results() if result.relative not in replaced]
        return results + [render_one(job, self._perform) for job in again]

    def _perform(self, job: RenderJob | FileJob) -> bool:
        try:
            if isinstance(job, FileJob):
                return replace_if_changed(job.path, job.produce())
            return self._render(job)
        finally:
            self.rendering.item_done()

    def _render(self, job: RenderJob) -> bool:
        local = job.context.copy()
        local["localsiteurl"] = local.get("localsiteurl", None)
        local.update(job.kwargs)
        if local["localsiteurl"]:
            job.context["localsiteurl"] = local["localsiteurl"]
        self.fragments.bind(job.template, local)
        return replace_if_changed(job.path, job.template.render(local).encode("utf-8"))

    def _finish(self, pelican) -> None:
        signals.finalized.disconnect(self._finish)
        self.flush()
        self.log.removed = remove_unproduced_links(Path(self.output_path), self.log.produced, self.log.unproduced,
                                                   self.log.unlinked)
        self.log.changed |= self.log.unproduced
        self.log.search_changed = search_changes(self.previous, self.log.manifest)
        if self.cuts is not None:
            self.cuts.save()
        logger.info("pages: %d written, %d unchanged, %d not re-rendered, %d removed", self.log.written,
                    self.log.unchanged, self.log.kept, self.log.removed)

    # The tests and older callers finish a writer by this name.
    _remove_stale_pages = _finish


class FragmentCache:
    """Parts of pages rendered once per build (and SITEURL) instead of once per page.

    - ``card_html(article, heading, lead)``: the theme's ``card`` macro for one article
      (it reads only the article and SITEURL);
    - ``aside_html(months=True)``: the listing sidebar ``_aside.html`` (it reads only
      the archive-wide tag cloud and months, the same on every page of a build).
    """

    def __init__(self) -> None:
        self._parts: dict[tuple, str] = {}
        self._macros: dict[tuple, object] = {}

    def bind(self, template, local: dict) -> None:
        """Give the page context ``local`` its ``card_html`` and ``aside_html`` functions."""
        siteurl, environment = local.get("SITEURL"), template.environment

        def card_html(article, heading="h2", lead=False):
            key = ("card", id(article), heading, bool(lead), siteurl)
            if key not in self._parts:
                self._parts[key] = self._macros_of(environment, siteurl, local).card(article, heading, lead)
            return self._parts[key]

        def aside_html(months=True):
            key = ("aside", id(environment), siteurl, bool(months))
            if key not in self._parts:
                self._parts[key] = Markup(environment.get_template("_aside.html").render(local, aside_months=months))
            return self._parts[key]

        local["card_html"], local["aside_html"] = card_html, aside_html

    def _macros_of(self, environment, siteurl, local: dict):
        key = (id(environment), siteurl)
        if key not in self._macros:
            self._macros[key] = environment.get_template("_macros.html").make_module(vars=local)
        return self._macros[key]


def _make_folders(jobs) -> None:
    """Every folder the jobs write into, made before the workers start: 25k folders take 0.6 s in
    one process, while workers making them as they went spent 4.4 s in ``makedirs`` (a cold ×5 build)."""
    for folder in sorted({os.path.dirname(job.path) for job in jobs}):
        os.makedirs(folder, exist_ok=True)


def remove_unproduced_links(staging: Path, produced: set, gone: set | None = None,
                            others: list | None = None) -> int:
    """Delete linked files of a staging folder that this build did not produce; how many (paths added to ``gone``).

    The live site's files that were not linked (``link_previous_pages``) are added to ``others``.
    """
    marker = staging / LINK_MARKER
    if not marker.exists():
        return 0
    names = marker.read_text(encoding="utf-8", errors="surrogateescape").split("\0")
    marker.unlink()
    end = names.index("") if "" in names else len(names)
    if others is not None:
        others.extend(filter(None, names[end + 1:]))
    base, removed = os.path.abspath(staging), 0
    for name in names[:end]:
        path = os.path.join(base, name)
        if path not in produced and _is_link(path):
            os.unlink(path)
            _remove_empty_folders(os.path.dirname(path), base)
            removed += 1
            if gone is not None:
                gone.add(name)
    return removed


def _remove_empty_folders(folder: str, base: str) -> None:
    """Remove ``folder`` and its parents up to ``base`` while they are empty: a page's folder left
    behind would be served as a directory listing where the reader should get a 404."""
    while folder != base and folder.startswith(base + os.sep):
        try:
            os.rmdir(folder)
        except OSError:  # not empty (or already gone): its parents are not empty either
            return
        folder = os.path.dirname(folder)


def _is_link(path: str) -> bool:
    """A file that shares its inode with another (a page linked from the live site), not one written here."""
    try:
        return os.stat(path, follow_symlinks=False).st_nlink > 1
    except FileNotFoundError:
        return False


def replace_if_changed(path: str, data: bytes) -> bool:
    """Give ``path`` the bytes ``data`` as a new file, unless it has them already; True if written.

    ``path`` is in a staging folder, which no one reads until the whole build is
    swapped into place, so the file is written directly (a temporary file and a
    rename cost about twice as much, 45k times a cold build). A file already there
    is unlinked first: it may be a link to the live site's page, whose inode is
    never written into.
    """
    try:
        if os.path.getsize(path) == len(data):
            with open(path, "rb") as existing:
                if existing.read() == data:
                    return False
        os.unlink(path)
    except FileNotFoundError:
        pass
    with open(path, "xb") as stream:
        stream.write(data)
    return True
