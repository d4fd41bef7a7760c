"""Correctness of the performance machinery: unchanged pages, ingest cache, process pool, progress.

No timings here: bench/run.py measures speed.
"""
from __future__ import annotations

import io
import itertools
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from types import SimpleNamespace

from jinja2 import DictLoader, Environment, Template

from newsarchive.cache import IngestCache, cache_key, code_version
from newsarchive.config import ArchiveConfig
from newsarchive.model import Article
from newsarchive.pipeline import extract_paths
from newsarchive.progress import Progress
from newsarchive_pelican import build
from newsarchive_pelican import writer as writer_module
from newsarchive_pelican.archive import finish_reading
from newsarchive_pelican.build import _with_template_cache
from newsarchive_pelican.reader import ArchiveReader
from newsarchive_pelican.writer import ArchiveWriter, WriteLog, link_previous_pages, remove_unproduced_links
from sitekit import SiteFolders, write_stories
from datetime import UTC

STORIES = {
    "2025-03-02T0800-harbour.txt": "Harbour council approves Kestrel ferry plan\n\nThe Northfield harbour council "
    "approved the Kestrel ferry plan on Tuesday after a long debate.\n\nKestrel Ferries said sailings start in May.\n",
    "2025-03-04T1200-marlow.txt": "Marlow wins Ostrava chess open\n\nAnna Marlow won the Ostrava chess open on "
    "Sunday, beating the defending champion.\n\nMarlow said the final game was the hardest.\n",
    "2025-03-05T0930-quillion.txt": "Quillion profits rise\n\nQuillion said profits rose by a fifth as Brightlane "
    "sales grew.\n\nShares in Quillion rose in early trading.\n",
}


def _settings(output: Path) -> dict:
    return {"OUTPUT_PATH": str(output), "RELATIVE_URLS": False, "PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": 10}


def _write_pages(output: Path, pages: dict[str, str]) -> ArchiveWriter:
    writer = ArchiveWriter(str(output), settings=_settings(output))
    for name, text in pages.items():
        writer.write_file(name, Template("<p>{{ text }}</p>"), {}, text=text)
    writer._remove_stale_pages(None)
    return writer


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_stories(tmp_path / "articles", STORIES)


def test_unchanged_page_keeps_its_inode_and_changed_page_is_replaced(tmp_path: Path) -> None:
    live, staging = tmp_path / "output", tmp_path / "staging"
    _write_pages(live, {"a/index.html": "same", "b/index.html": "old", "gone/index.html": "x"})
    live_b = (live / "b/index.html").stat().st_ino
    link_previous_pages(live, staging)
    writer = _write_pages(staging, {"a/index.html": "same", "b/index.html": "new"})
    assert (writer.log.written, writer.log.unchanged, writer.log.removed) == (1, 1, 1)
    assert (staging / "a/index.html").stat().st_ino == (live / "a/index.html").stat().st_ino
    assert (staging / "b/index.html").read_text() == "<p>new</p>"
    # the live site was never written into: old bytes, same inode
    assert (live / "b/index.html").read_text() == "<p>old</p>"
    assert (live / "b/index.html").stat().st_ino == live_b
    assert not (staging / "gone/index.html").exists() and (live / "gone/index.html").exists()


def test_pages_of_an_unlinked_output_are_never_removed(tmp_path: Path) -> None:
    output = tmp_path / "output"
    _write_pages(output, {"keep/index.html": "x"})
    assert remove_unproduced_links(output, set()) == 0
    assert (output / "keep/index.html").exists()


def test_pool_results_equal_serial_results(corpus: list[str]) -> None:
    files = corpus * 70  # over the pool threshold (MIN_POOLED_FILES)
    serial = extract_paths(files, ArchiveConfig(), workers=1)
    pooled = extract_paths(files, ArchiveConfig(), workers=2)
    assert pooled == serial
    assert all(isinstance(item, Article) for item in pooled)


def test_cache_returns_what_it_stored_and_keeps_old_tags(corpus: list[str], tmp_path: Path) -> None:
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        first = extract_paths(corpus, config, cache=cache)
        assert len(cache) == len(corpus)
        again = extract_paths(corpus, config, cache=cache)
    assert again == first


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda key_args: {**key_args, "data": key_args["data"] + b"\nMore."}, id="content"),
        pytest.param(lambda key_args: {**key_args, "name": "2026-01-01T0000-other.txt"}, id="file-name"),
        pytest.param(lambda key_args: {**key_args, "config": replace(key_args["config"], summary_words=12)}, id="config"),
        pytest.param(lambda key_args: {**key_args, "version": key_args["version"] + "x"}, id="code-version"),
    ],
)
def test_cache_key_changes_with_content_name_config_and_code(change) -> None:
    base = {"version": code_version(), "config": ArchiveConfig(), "name": "2025-03-02T0800-a.txt", "data": b"Title\n\nText."}
    assert cache_key(**change(base)) != cache_key(**base)
    assert cache_key(**base) == cache_key(**dict(base))


def test_cached_entry_is_not_used_after_the_file_changes(corpus: list[str], tmp_path: Path) -> None:
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        extract_paths(corpus, config, cache=cache)
        Path(corpus[0]).write_text("Harbour council rejects ferry plan\n\nThe council said no to the plan.\n")
        updated = extract_paths(corpus, config, cache=cache)
    assert updated[0].title == "Harbour council rejects ferry plan"


def _counting_reads(monkeypatch) -> list[str]:
    from newsarchive import pipeline

    read, real = [], pipeline.read_input_bytes
    monkeypatch.setattr(pipeline, "read_input_bytes", lambda path, limit: read.append(path) or real(path, limit))
    return read


def test_an_unchanged_file_is_found_by_its_stamp_without_being_read(corpus, tmp_path, monkeypatch) -> None:
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        first = extract_paths(corpus, config, cache=cache)
        read = _counting_reads(monkeypatch)
        again = extract_paths(corpus, config, cache=cache)
        assert again == first and read == []
        changed = replace(config, summary_words=12)  # other settings: other entries, so every file is read
        extract_paths(corpus, changed, cache=cache)
    assert sorted(read) == sorted(corpus)


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(corpus, tmp_path, monkeypatch) -> None:
    config = ArchiveConfig()
    path = Path(corpus[0])
    with IngestCache.open(tmp_path / "cache") as cache:
        extract_paths(corpus, config, cache=cache)
        old = path.read_text()
        times = path.stat()
        path.write_text(old.replace("Tuesday", "Fridays"))  # same length
        os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))  # and the same modification time
        read = _counting_reads(monkeypatch)
        updated = extract_paths(corpus, config, cache=cache)
    assert read == [str(path)]  # the change time gave it away
    assert "Fridays" in updated[0].body_markdown


def test_stamps_of_files_no_longer_in_the_archive_are_forgotten(corpus, tmp_path) -> None:
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        extract_paths(corpus, config, cache=cache)
        assert set(cache.known_keys()) == set(corpus)
        Path(corpus[0]).unlink()
        extract_paths(corpus[1:], config, cache=cache)
        assert set(cache.known_keys()) == set(corpus[1:])


def test_a_stamped_file_whose_entry_is_gone_is_read_again(corpus, tmp_path, monkeypatch) -> None:
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "cache") as cache:
        first = extract_paths(corpus, config, cache=cache)
        cache._connection.execute("DELETE FROM entries")
        read = _counting_reads(monkeypatch)
        again = extract_paths(corpus, config, cache=cache)
    assert again == first and sorted(read) == sorted(corpus)


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "log"])
def test_progress_is_live_on_a_terminal_and_one_line_in_logs(tty: bool) -> None:
    stream = io.StringIO()
    stream.isatty = lambda: tty
    ticks = iter(range(1000))
    progress = Progress("ingest", stream=stream, clock=lambda: float(next(ticks)))
    progress.start(200)
    for _ in range(200):
        progress.advance()
    progress.finish()
    text = stream.getvalue()
    assert text.rstrip("\n").rsplit("\r", 1)[-1].startswith("ingest: 200 of 200")
    assert ("left" in text) is tty
    assert text.count("\n") == 1


def test_progress_rates_count_only_what_is_done_after_the_start() -> None:
    stream = io.StringIO()
    stream.isatty = lambda: True
    ticks = iter(range(1000))
    progress = Progress("render", stream=stream, clock=lambda: float(next(ticks)))
    progress.start(300, done=100)  # pages a background child rendered before the stage began
    progress.update(150)
    progress.update(200)
    assert progress.status_line(4.0) == "render: 200/300 (25/s, 4 s left)"
    progress.finish()
    assert stream.getvalue().rstrip("\n").rsplit("\r", 1)[-1].startswith("render: 200 of 300 in 3.0 s (33/s)")


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "forked"])
def test_rendering_pages_shows_progress_live_and_ends_with_one_line(tmp_path: Path, monkeypatch, workers: int) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: workers)
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    ticks = itertools.count()
    monkeypatch.setattr(writer_module, "Progress",
                        lambda label: Progress(label, stream=terminal, clock=lambda: float(next(ticks))))
    _write_pages(tmp_path / "output", {f"p{n}/index.html": f"page {n}" for n in range(250)})
    drawn = terminal.getvalue().split("\r")
    assert drawn[-1].startswith(f"{writer_module.RENDER_PROGRESS_LABEL}: 250 of 250 in") and drawn[-1].endswith("\n")
    live = [line for line in drawn if "left" in line]
    assert live and all(line.startswith(writer_module.RENDER_PROGRESS_LABEL) for line in live)


def test_each_flush_counts_its_own_pages(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    ticks = itertools.count()
    monkeypatch.setattr(writer_module, "Progress",
                        lambda label: Progress(label, stream=terminal, clock=lambda: float(next(ticks))))
    writer = ArchiveWriter(str(tmp_path / "output"), settings=_settings(tmp_path / "output"))
    for batch in ("first", "second"):
        for n in range(150):
            writer.write_file(f"{batch}/{n}/index.html", Template("<p>{{ text }}</p>"), {}, text=f"{batch} {n}")
        writer.flush()
    drawn = terminal.getvalue().replace("\n", "\r").split("\r")
    live = [line.split(": ")[-1].split(" ")[0] for line in drawn if "left" in line]
    assert live and all(int(done) <= int(total) == 150 for done, total in (pair.split("/") for pair in live))
    assert [line.split(" in ")[0] for line in drawn if " of " in line] == [
        f"{writer_module.RENDER_PROGRESS_LABEL}: 150 of 150"] * 2


def test_pelican_reading_counts_files_across_its_readers_and_ends_once() -> None:
    log = io.StringIO()
    reading = Progress("articles into Pelican", stream=log)
    readers = {extension: ArchiveReader({}) for extension in ("txt", "md", "html")}  # Pelican makes one per extension
    for reader in readers.values():
        reader.progress = reading
    reading.start(120)
    for n in range(120):
        assert readers[("txt", "md", "html")[n % 3]].read(f"/nowhere/{n}.txt") == ("", {"status": "skip"})
    finish_reading(SimpleNamespace(readers=SimpleNamespace(readers={**readers, "rst": object()})))
    assert log.getvalue().startswith("articles into Pelican: 120 of 120 in ") and log.getvalue().count("\n") == 1
    assert all(reader.progress is None for reader in readers.values())


def test_a_spare_site_is_brought_to_exactly_the_live_pages_by_inode(tmp_path: Path) -> None:
    live, spare = tmp_path / "output", tmp_path / "spare"
    _write_pages(live, {"same/index.html": "same", "changed/index.html": "new", "added/index.html": "added",
                        "feeds/all.rss.xml": "feed"})
    (live / "theme").mkdir()
    (live / "theme" / "main.css").write_text("css")  # Pelican copies static files itself: never linked
    link_previous_pages(live, spare)
    same_inode = (spare / "same/index.html").stat().st_ino
    (spare / "changed/index.html").unlink()
    (spare / "changed/index.html").write_text("stale")  # another inode than the live page
    (spare / "added/index.html").unlink()
    (spare / "retired").mkdir()
    (spare / "retired/index.html").write_text("gone from the live site")
    (spare / "robots.txt").write_text("left by the old build")
    linked = link_previous_pages(live, spare)
    pages = {path.relative_to(spare).as_posix() for path in spare.rglob("*") if path.is_file()}
    assert pages == {"same/index.html", "changed/index.html", "added/index.html", "feeds/all.rss.xml",
                     ".newsarchive-linked"}
    for name in pages - {".newsarchive-linked"}:
        assert (spare / name).stat().st_ino == (live / name).stat().st_ino
    assert (spare / "same/index.html").stat().st_ino == same_inode  # untouched
    assert linked == 2 and not (spare / "retired").exists()


def test_the_first_rebuild_starts_from_links_to_every_page_of_the_first_build(tmp_path: Path) -> None:
    site = SiteFolders(tmp_path / "site")
    for name, text in list(STORIES.items())[:2]:
        site.add_article(name, text)
    site.build()
    spare = site.output.with_name(f".{site.output.name}.spare")
    assert not spare.exists()  # no previous site to keep: the first rebuild links the site itself
    live = {p.relative_to(site.output): p.stat().st_ino for p in site.output.rglob("*.html")}
    site.add_article(*list(STORIES.items())[2])
    site.build()
    articles = [name for name in live if "/" in name.as_posix() and name.parts[0].isdigit()]
    kept = [name for name in articles if (site.output / name).stat().st_ino == live[name]]
    assert kept  # article pages of the first build went on as they were (the same files, linked) ...
    assert "Quillion" in (site.output / "index.html").read_text()  # ... and the new story was published
    assert spare.is_dir() and not list(tmp_path.glob("site/**/output.staging-*"))


def test_a_build_from_the_spare_writes_the_same_site_as_one_linked_afresh(tmp_path: Path) -> None:
    site = SiteFolders(tmp_path / "site")
    for name, text in list(STORIES.items())[:2]:
        site.add_article(name, text)
    site.build()
    site.build()
    spare = site.output.with_name(f".{site.output.name}.spare")
    assert spare.is_dir()
    twin = site.copy_to(tmp_path / "twin")  # same archive, cache and ledger, but no spare
    shutil.rmtree(twin.output.with_name(f".{twin.output.name}.spare"))
    late = list(STORIES.items())[2]
    site.add_article(*late)
    twin.add_article(*late)
    site.build()
    twin.build()

    def pages(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*") if p.suffix in (".html", ".xml")}

    assert pages(site.output) == pages(twin.output)
    assert "Quillion" in pages(site.output)["index.html"]


def test_articles_share_one_cached_url_class_and_keep_their_urls() -> None:
    from datetime import datetime

    from pelican.contents import Article as PelicanArticle
    from pelican.settings import DEFAULT_CONFIG

    from newsarchive_pelican.listing import cache_article_urls

    settings = {**DEFAULT_CONFIG, "ARTICLE_URL": "{date:%Y}/{slug}/", "ARTICLE_SAVE_AS": "{date:%Y}/{slug}/index.html"}
    articles = [PelicanArticle("<p>x</p>", metadata={"title": f"Story {n}", "slug": f"story-{n}",
                                                    "date": datetime(2026, 3, n + 1, tzinfo=UTC)},
                               settings=settings) for n in range(3)]
    expected = [(article.url, article.save_as) for article in articles]
    for article in articles:
        cache_article_urls(article)
    assert len({type(article) for article in articles}) == 1  # one subclass, not one per article
    assert isinstance(articles[0], PelicanArticle)
    assert [(article.url, article.save_as) for article in articles] == expected


@pytest.mark.parametrize("caching", [False, True], ids=["cache off", "cache on"])
def test_file_stamps_are_skipped_only_for_caches_that_keep_nothing(caching: bool) -> None:
    from types import SimpleNamespace

    from newsarchive_pelican.listing import skip_unused_file_stamps

    def stamp(_filename):
        return "stamp"

    def cacher():
        return SimpleNamespace(_cache_data_policy=caching, _cache={}, _get_file_stamp=stamp)

    generator = cacher()
    generator.readers = cacher()
    skip_unused_file_stamps(generator)
    for each in (generator, generator.readers):
        assert (each._get_file_stamp("a.txt") == "stamp") is caching


def test_a_cache_written_in_the_background_holds_what_an_inline_write_holds(corpus, tmp_path, monkeypatch) -> None:
    from newsarchive import pipeline
    from newsarchive.cache import finish_background_writes

    monkeypatch.setattr(pipeline, "MIN_BACKGROUND_STORE", 1)
    config = ArchiveConfig()
    with IngestCache.open(tmp_path / "inline") as cache:
        inline = extract_paths(corpus, config, cache=cache, workers=2)
    with IngestCache.open(tmp_path / "background") as cache:
        background = extract_paths(corpus, config, cache=cache, workers=2, store_in_background=True)
    assert finish_background_writes()
    assert background == inline
    with IngestCache.open(tmp_path / "background") as cache:
        assert len(cache) == len(corpus)
        assert cache.get_index(next(iter(_index_identities(cache)))) is not None
        read = _counting_reads(monkeypatch)
        assert extract_paths(corpus, config, cache=cache, workers=2) == inline and read == []  # all cached


def _index_identities(cache: IngestCache) -> list[str]:
    return [row[0] for row in cache._connection.execute("SELECT identity FROM tag_index")]


def test_a_failed_background_write_is_reported(tmp_path) -> None:
    from newsarchive.cache import finish_background_writes

    def fail(_cache):
        raise RuntimeError("disk full")

    with IngestCache.open(tmp_path / "cache") as cache:
        cache.write_in_background(fail)
    assert finish_background_writes() is False
    assert finish_background_writes() is True  # nothing left to wait for


def test_compiled_templates_are_kept_for_the_next_build_unless_the_user_has_a_cache(tmp_path: Path) -> None:
    site = SiteFolders(tmp_path / "site")
    site.add_article(*next(iter(STORIES.items())))
    assert site.build().returncode == 0
    kept = list(site.root.glob(".newsarchive-cache/templates/*/__jinja2_*.cache"))
    assert kept and len({path.parent for path in kept}) == 1  # the theme's templates, compiled once, for this code
    stamps = {path: path.stat().st_mtime_ns for path in kept}
    assert site.build().returncode == 0
    assert {path: path.stat().st_mtime_ns for path in kept} == stamps  # the next build reads them
    own = object()
    assert _with_template_cache({"bytecode_cache": own}, tmp_path, "code")["bytecode_cache"] is own


def test_a_first_build_reads_files_as_the_workers_go_with_the_results_of_a_keyed_build(corpus, tmp_path) -> None:
    """An empty cache has nothing to look up: files stream to the pool (``_extract_all``). The
    results and the stamps it learns are those of the keyed path, taken when the cache holds entries."""
    files, config = corpus * 70, ArchiveConfig()  # over the pool threshold
    other = write_stories(tmp_path / "other", {"2025-01-01T0900-other.txt": "Other story\n\nA story of no corpus file.\n"})
    with IngestCache.open(tmp_path / "empty") as cache:
        streamed = extract_paths(files, config, cache=cache, workers=2)
        streamed_stamps = cache.known_keys()
    with IngestCache.open(tmp_path / "holding") as cache:
        extract_paths(other, config, cache=cache)  # one entry, of another file: the corpus goes the keyed way
        keyed = extract_paths(files, config, cache=cache, workers=2)
        keyed_stamps = cache.known_keys()
    assert streamed == keyed and all(isinstance(item, Article) for item in streamed)
    assert streamed_stamps == keyed_stamps and set(streamed_stamps) == set(corpus)


def _fake_pelican(pages: dict[str, str]):
    def run(settings_file: str, staging: Path, before_writing=None, retag=False):
        if before_writing is not None:
            before_writing()
        for name, text in pages.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text)
        return WriteLog(), staging.parent / "cache"
    return run


@pytest.mark.parametrize("cp_works", [True, False], ids=["cp", "mirror"])
def test_a_new_staging_folder_holds_links_to_exactly_the_pages_and_feeds(tmp_path: Path, monkeypatch, cp_works) -> None:
    output, staging = tmp_path / "output", tmp_path / "staging"
    _live_site(output)
    (output / "pagefind").mkdir()
    (output / "pagefind" / "bundle.pf").write_text("index")
    (output / "theme").mkdir()
    (output / "theme" / "main.css").write_text("css")
    if not cp_works:
        monkeypatch.setattr(build, "_copy_as_links", lambda source, target, retained=(): False)
    build.link_staging(output, staging)
    files = {path.relative_to(staging).as_posix() for path in staging.rglob("*") if path.is_file()}
    assert files == {"a/index.html", "b/c/index.html", "feed.xml", ".newsarchive-linked"}
    for name in files - {".newsarchive-linked"}:
        assert (staging / name).stat().st_ino == (output / name).stat().st_ino


def test_a_failed_first_build_leaves_no_site_and_no_spare(tmp_path: Path, monkeypatch) -> None:
    output = tmp_path / "output"
    monkeypatch.setattr(build, "_run_pelican", _fake_pelican({"index.html": "home"}))

    def failing_index(site: Path, previous: Path, log) -> None:
        raise build.BuildFailed("Pagefind stopped")

    monkeypatch.setattr(build, "_index_for_search", failing_index)
    with pytest.raises(build.BuildFailed):
        build._build_into_place("unused.py", output)
    assert not output.exists() and not build.spare_folder(output).exists()
    assert not list(tmp_path.glob("output.staging-*"))  # the staging folder is gone


def _article_pages(output: Path, count: int, overridden: int | None = None) -> ArchiveWriter:
    """``count`` article pages, then a listing (and, with ``overridden``, a page written over one of them)."""
    templates = Environment(loader=DictLoader({
        "article.html": "<h1>{{ article.title }}</h1>",
        "index.html": "<ul>{% for story in articles %}<li>{{ story.title }}</li>{% endfor %}</ul>",
        "page.html": "<p>{{ text }}</p>",
    }))
    writer = ArchiveWriter(str(output), settings=_settings(output))
    stories = [SimpleNamespace(title=f"Story {n}", relative_source_path=f"{n}.txt") for n in range(count)]
    for number, story in enumerate(stories):
        writer.write_file(f"{number}/index.html", templates.get_template("article.html"), {}, article=story)
    writer.write_file("index.html", templates.get_template("index.html"), {}, articles=stories)
    if overridden is not None:
        writer.write_file(f"{overridden}/index.html", templates.get_template("page.html"), {}, override_output=True,
                          text="written over")
    return writer


def _site_files(output: Path) -> dict[str, bytes]:
    return {path.relative_to(output).as_posix(): path.read_bytes() for path in output.rglob("*.html")}


@pytest.mark.parametrize("overridden", [None, 7])
def test_article_pages_rendered_while_listings_are_queued_match_pages_rendered_at_the_end(
        tmp_path: Path, monkeypatch, overridden) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    early = _article_pages(tmp_path / "early", 250, overridden)
    assert early.early is not None  # started when the listing was queued, with every article page
    assert {job.relative for job in early.early.jobs} == {f"{number}/index.html" for number in range(250)}
    early._finish(None)
    monkeypatch.setattr(writer_module, "start_early", lambda *arguments: None)
    late = _article_pages(tmp_path / "late", 250, overridden)
    late._finish(None)
    assert _site_files(tmp_path / "early") == _site_files(tmp_path / "late")
    assert len(_site_files(tmp_path / "early")) == 251 and early.log.written == late.log.written == 251
    if overridden is not None:
        assert (tmp_path / "early" / f"{overridden}/index.html").read_text() == "<p>written over</p>"


def test_an_abandoned_writer_stops_its_early_render(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    writer = _article_pages(tmp_path / "site", 250)
    process = writer.early._share._process
    writer.abandon()
    assert writer.early is None and not process.is_alive()
    writer.abandon()  # twice: nothing left to stop


def test_a_failed_pelican_run_abandons_its_writer(tmp_path: Path, monkeypatch) -> None:
    settings_file = tmp_path / "pelicanconf.py"
    (tmp_path / "content").mkdir()
    settings_file.write_text(f"PATH = {str(tmp_path / 'content')!r}\nCACHE_PATH = {str(tmp_path / 'cache')!r}\n")
    abandoned: list = []
    monkeypatch.setattr(ArchiveWriter, "abandon", lambda writer: abandoned.append(writer))

    def failing_run(pelican) -> None:
        pelican._get_writer()
        raise RuntimeError("a plugin broke")

    monkeypatch.setattr(build._ArchivePelican, "run", failing_run)
    with pytest.raises(build.BuildFailed, match="a plugin broke"):
        build._run_pelican(str(settings_file), tmp_path / "staging")
    assert len(abandoned) == 1 and isinstance(abandoned[0], ArchiveWriter)


def _live_site(output: Path) -> None:
    _write_pages(output, {"a/index.html": "a", "b/c/index.html": "c", "feed.xml": "f"})


@pytest.mark.parametrize("child_fails", [False, True], ids=["forked", "child-failed"])
def test_staging_links_are_the_live_pages_once_waited_for(tmp_path: Path, monkeypatch, child_fails) -> None:
    output, staging = tmp_path / "output", tmp_path / "staging"
    _live_site(output)
    if child_fails:  # a child that did nothing and failed: the links are made in this process
        monkeypatch.setattr(build, "start_forked", lambda job: SimpleNamespace(wait=lambda: False))
    links = build.StagingLinks(output, staging)
    links.wait()
    for name in ("a/index.html", "b/c/index.html", "feed.xml"):
        assert (staging / name).stat().st_ino == (output / name).stat().st_ino
    links.wait()  # waiting again does nothing


def test_pelicans_writer_is_made_only_after_the_staging_links(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "content").mkdir()
    settings_file = tmp_path / "pelicanconf.py"
    settings_file.write_text(f"PATH = {str(tmp_path / 'content')!r}\nCACHE_PATH = {str(tmp_path / 'cache')!r}\n"
                             "DELETE_OUTPUT_DIRECTORY = True\n")
    events: list[str] = []

    def run(pelican) -> None:
        assert pelican.settings["DELETE_OUTPUT_DIRECTORY"] is False  # it would delete the links being made
        pelican._get_writer()
        events.append("writer")

    monkeypatch.setattr(build._ArchivePelican, "run", run)
    build._run_pelican(str(settings_file), tmp_path / "staging", lambda: events.append("links"))
    assert events == ["links", "writer"]
