"""``newsarchive devserver`` without a browser: what triggers a rebuild, the live-reload endpoint, a real watch loop."""
from __future__ import annotations

import functools
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import watchfiles

from newsarchive_pelican import devserver as devserver_module
from newsarchive_pelican.devserver import (
    LIVERELOAD_PATH,
    BuildCounter,
    LiveReloadHandler,
    SiteHandler,
    WatchPlan,
    devserver_settings,
    inject_livereload,
    make_server,
    needs_rebuild,
    watch_plan,
)
from sitekit import SiteFolders

PROJECT = Path("/srv/desk")
PLAN = WatchPlan(folders=(PROJECT / "inbox", PROJECT / "content", PROJECT / "theme"), files=(PROJECT / "pelicanconf.py",))


@pytest.mark.parametrize("changed, rebuild", [
    pytest.param("content/articles/2026-03-01-ferry.txt", True, id="new-article"),
    pytest.param("inbox/scraped-page.html", True, id="inbox-drop"),
    pytest.param("theme/templates/article.html", True, id="template"),
    pytest.param("theme/static/css/main.css", True, id="stylesheet"),
    pytest.param("pelicanconf.py", True, id="settings"),
    pytest.param("content/newsarchive-ledger.json", False, id="ledger-written-by-the-build"),
    pytest.param("content/newsarchive-listings.json", False, id="listings-cuts-written-by-the-build"),
    pytest.param("content/articles/.ferry.txt.swp", False, id="editor-swap-file"),
    pytest.param("theme/templates/base.html~", False, id="editor-backup"),
    pytest.param("output/index.html", False, id="build-output"),
    pytest.param("README.md", False, id="unwatched-file"),
])
def test_which_changes_rebuild_the_site(changed, rebuild):
    assert needs_rebuild([PROJECT / changed], PLAN) is rebuild


def test_one_relevant_change_in_a_batch_is_enough():
    batch = [PROJECT / "content/newsarchive-ledger.json", PROJECT / "output/a.html", PROJECT / "inbox/b.txt"]
    assert needs_rebuild(batch, PLAN) and not needs_rebuild(batch[:2], PLAN)


@pytest.mark.parametrize("changed, rebuild", [
    pytest.param("mytemplates/article.html", True, id="override-template"),
    pytest.param("myplugins/stamper/stamps.py", True, id="plugin-package-module"),
    pytest.param("myplugins/helper.py", True, id="module-in-a-plugin-path"),
    pytest.param("elsewhere/loose_plugin.py", True, id="plugin-found-on-sys-path"),
    pytest.param("theme/templates/article.html", True, id="theme-template"),
    pytest.param("myplugins/stamper/__pycache__/stamps.cpython-311.pyc", False, id="compiled-copy"),
    pytest.param("elsewhere/unrelated.py", False, id="not-a-plugin"),
])
def test_the_watch_plan_covers_override_folders_and_plugins_code(tmp_path, monkeypatch, changed, rebuild):
    for folder in ("content", "inbox", "theme", "mytemplates", "myplugins/stamper", "elsewhere"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "myplugins/stamper/__init__.py").touch()
    (tmp_path / "elsewhere/loose_plugin.py").touch()
    monkeypatch.syspath_prepend(str(tmp_path / "elsewhere"))
    monkeypatch.chdir(tmp_path)  # Pelican reads a relative override folder from the working directory
    settings = {"PATH": str(tmp_path / "content"), "THEME": str(tmp_path / "theme"),
                "NEWS_ARCHIVE_INBOX": str(tmp_path / "inbox"), "THEME_TEMPLATES_OVERRIDES": ["mytemplates"],
                "PLUGIN_PATHS": [str(tmp_path / "myplugins")], "PLUGINS": ["stamper", "loose_plugin"]}
    plan = watch_plan(settings, tmp_path / "conf.py")
    assert needs_rebuild([tmp_path / changed], plan) is rebuild


@pytest.mark.parametrize("html, expected_end", [
    pytest.param(b"<html><body><p>x</p></body></html>", b"</script></body></html>", id="before-body-end"),
    pytest.param(b"<p>fragment</p>", b"</script>", id="appended-without-body"),
])
def test_live_reload_script_is_injected_once(html, expected_end):
    injected = inject_livereload(html)
    assert injected.endswith(expected_end) and injected.count(LIVERELOAD_PATH.encode()) == 1


def test_devserver_settings_point_the_build_at_this_server(tmp_path):
    settings = {"PATH": "/srv/desk/content", "OUTPUT_PATH": "/srv/desk/output", "THEME": "/srv/desk/theme",
                "PLUGIN_PATHS": ["/srv/desk/plugins"], "NEWS_ARCHIVE_INBOX": "/srv/desk/inbox"}
    namespace: dict = {}
    exec(devserver_settings(settings, "http://127.0.0.1:8123"), namespace)  # noqa: S102 (our own generated text)
    assert namespace["SITEURL"] == "http://127.0.0.1:8123"
    assert all(Path(namespace[key]).is_absolute() for key in ("PATH", "OUTPUT_PATH", "THEME", "NEWS_ARCHIVE_INBOX"))


def test_an_inbox_the_settings_do_not_name_is_the_inbox_folder_of_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = {"PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(tmp_path / "output"),
                "THEME": str(tmp_path / "theme")}
    namespace: dict = {}
    exec(devserver_settings(settings, "http://127.0.0.1:8123"), namespace)  # noqa: S102 (our own generated text)
    assert namespace["NEWS_ARCHIVE_INBOX"] == str(tmp_path / "inbox")
    assert tmp_path / "inbox" in watch_plan(settings, tmp_path / "conf.py").folders


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_server_injects_the_script_into_pages_only_and_reports_builds(tmp_path):
    (tmp_path / "index.html").write_bytes(b"<html><body>home</body></html>")
    (tmp_path / "main.css").write_bytes(b"body{color:red}")
    builds = BuildCounter()
    server = make_server(tmp_path, builds, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert LIVERELOAD_PATH.encode() in fetch(f"{base}/")
        assert fetch(f"{base}/main.css") == b"body{color:red}"
        assert json.loads(fetch(f"{base}{LIVERELOAD_PATH}")) == {"build": 0}
        builds.finished()
        assert json.loads(fetch(f"{base}{LIVERELOAD_PATH}")) == {"build": 1}
        assert (tmp_path / "index.html").read_bytes() == b"<html><body>home</body></html>"
        # a query string changes neither what is served nor the endpoint (a cache-busting "?v=2", say)
        assert LIVERELOAD_PATH.encode() in fetch(f"{base}/?v=2")
        assert json.loads(fetch(f"{base}{LIVERELOAD_PATH}?t=5")) == {"build": 1}
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


ARTICLE = """\
Night ferry to the outer isles returns after a winter of repairs
Harbour Gazette, 2 March 2026

The night ferry to the outer isles sailed again on Monday after four months in dry dock.
Islanders had relied on a single daytime crossing since the storms of November.
"""


class RunningDevserver:
    """``newsarchive devserver`` over a throwaway site, in a child process, stopped with Ctrl-C."""

    def __init__(self, site: SiteFolders) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "newsarchive.cli", "devserver", "--settings", str(site.settings), "--port", str(port)]
        self.log = (site.root / "devserver.log").open("w")  # a file, not a pipe: a full pipe would stall the server
        self.process = subprocess.Popen(command, cwd=site.root, stdout=self.log, stderr=subprocess.STDOUT)
        self.log_path = site.root / "devserver.log"

    def log_tail(self) -> str:
        """The server's last lines, for a failure message."""
        self.log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def builds(self) -> int:
        return json.loads(fetch(f"{self.url}{LIVERELOAD_PATH}"))["build"]

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture
def devserver(tmp_path):
    site = SiteFolders(tmp_path)
    site.add_article("2026-03-01-harbour.txt", ARTICLE.replace("Night ferry", "Day ferry").replace("night", "day"))
    running = RunningDevserver(site)
    try:
        assert wait_for(lambda: running.builds() >= 1), "first build never finished"
        yield site, running
    finally:
        running.stop()


def test_the_watcher_is_ready_before_the_first_build_so_a_change_during_it_rebuilds(tmp_path, monkeypatch):
    """A file dropped while the first build runs is a change the watcher already sees (it was missed
    when the watcher started after the first build)."""
    site = SiteFolders(tmp_path)
    events: list[str] = []

    def fake_watch(*roots, **options):
        events.append("watching")
        yield set()  # primed
        yield {(watchfiles.Change.added, str(site.inbox / "dropped-during-the-first-build.txt"))}
        raise KeyboardInterrupt

    def fake_build(settings_file) -> bool:
        events.append("build")
        return True

    monkeypatch.setattr(watchfiles, "watch", fake_watch)
    monkeypatch.setattr(devserver_module, "run_build", fake_build)
    assert devserver_module.serve_and_watch(str(site.settings), port=0) == 0
    assert events == ["watching", "build", "build"]


def test_a_rebuild_after_a_settings_edit_builds_with_the_edited_settings(tmp_path, monkeypatch):
    """The build's settings are the project's as they are at each build: a copy made when the server started
    rebuilt on an edit of pelicanconf.py with the old settings."""
    site = SiteFolders(tmp_path)

    def fake_watch(*roots, **options):
        yield set()  # primed
        with site.settings.open("a", encoding="utf-8") as settings:
            settings.write('\nSITESUBTITLE = "Edited while serving"\n')
        yield {(watchfiles.Change.modified, str(site.settings))}
        raise KeyboardInterrupt

    built_with = _settings_of_each_build(monkeypatch, site, fake_watch)
    assert ["Edited while serving" in source for source in built_with] == [False, True]


def test_a_settings_file_that_does_not_read_is_named_and_not_built(tmp_path, monkeypatch, caplog):
    """A syntax error saved into pelicanconf.py: the devserver names that file and builds nothing until it is mended
    (the build reported the server's copy of it, in a temporary folder)."""
    site = SiteFolders(tmp_path)
    text = site.settings.read_text(encoding="utf-8")

    def fake_watch(*roots, **options):
        yield set()  # primed
        site.settings.write_text(text + '\nSITESUBTITLE = "unterminated\n', encoding="utf-8")
        yield {(watchfiles.Change.modified, str(site.settings))}
        site.settings.write_text(text + '\nSITESUBTITLE = "Mended"\n', encoding="utf-8")
        yield {(watchfiles.Change.modified, str(site.settings))}
        raise KeyboardInterrupt

    built_with = _settings_of_each_build(monkeypatch, site, fake_watch)
    assert len(built_with) == 2 and "Mended" in built_with[1]
    assert [record.getMessage() for record in caplog.records if "cannot be read" in record.getMessage()][0].startswith(
        f"{site.settings.resolve()}: cannot be read (SyntaxError")


@pytest.mark.slow
def test_adding_an_article_rebuilds_the_served_site(devserver):
    site, running = devserver
    assert b"Day ferry" in fetch(f"{running.url}/")
    site.add_article("2026-03-02-ferry.txt", ARTICLE)
    assert wait_for(lambda: running.builds() >= 2), f"no rebuild was reported:\n{running.log_tail()}"
    # A rebuild may start while the file is still being written (a slow writer: the build then
    # skips it as empty); the write that follows starts another. The page must show it in the end.
    assert wait_for(lambda: b"Night ferry" in fetch(f"{running.url}/")), \
        f"the new article is not on the home page:\n{running.log_tail()}"


@pytest.mark.slow
@pytest.mark.browser
def test_an_open_page_reloads_itself_after_a_rebuild(browser, devserver):
    site, running = devserver
    context = browser.new_context()
    opened = context.new_page()
    opened.goto(f"{running.url}/")
    assert opened.locator("main", has_text="Night ferry").count() == 0
    site.add_article("2026-03-02-ferry.txt", ARTICLE)
    opened.locator("main", has_text="Night ferry").wait_for(timeout=90_000)
    context.close()


def test_the_builds_own_copy_of_an_inbox_file_starts_no_second_build(tmp_path):
    from newsarchive.cache import IngestCache, file_stamp

    from newsarchive_pelican.devserver import changes_to_build

    copy, edited, dropped = (tmp_path / "content/articles/copy.txt", tmp_path / "content/articles/edited.txt",
                             tmp_path / "inbox/new.txt")
    for path in (copy, edited, dropped):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE)
    cache = tmp_path / ".newsarchive-cache"
    with IngestCache.open(cache) as opened:  # what the build remembers of the files it read
        opened.remember_keys([(str(path), file_stamp(str(path), "f00d"), "key") for path in (copy, edited)])
    edited.write_text(ARTICLE + "\nA correction.\n")  # written after the build read it
    changes = {(watchfiles.Change.added, str(path)) for path in (copy, edited, dropped)}
    assert sorted(changes_to_build(changes, cache)) == sorted([str(edited), str(dropped)])
    assert changes_to_build(changes, tmp_path / "no-cache") != []  # no cache yet: every change counts


@pytest.mark.slow
def test_an_inbox_drop_rebuilds_once(devserver):
    site, running = devserver
    (site.inbox / "2026-03-02-ferry.txt").write_text(ARTICLE, encoding="utf-8")
    assert wait_for(lambda: running.builds() >= 2), f"no rebuild was reported:\n{running.log_tail()}"
    time.sleep(4)  # the copy the build wrote into content/ has been seen by now (the watcher wakes every 0.5 s)
    assert running.builds() == 2, running.log_tail()


def test_a_settings_edit_that_moves_the_served_or_watched_folders_says_to_restart(tmp_path, monkeypatch, caplog):
    """The settings are read again before each build, but the server serves the output folder and watches the folders
    of the settings it started with: an edit moving them was built into a folder no one served, and changes to a new
    override folder rebuilt nothing, without a word."""
    site = SiteFolders(tmp_path)
    (tmp_path / "overrides").mkdir()

    def fake_watch(*roots, **options):
        yield set()  # primed
        with site.settings.open("a", encoding="utf-8") as settings:
            settings.write(f"\nOUTPUT_PATH = {str(tmp_path / 'public')!r}\n"
                           f"THEME_TEMPLATES_OVERRIDES = [{str(tmp_path / 'overrides')!r}]\n")
        yield {(watchfiles.Change.modified, str(site.settings))}
        raise KeyboardInterrupt

    built = _settings_of_each_build(monkeypatch, site, fake_watch)
    assert len(built) == 2
    warnings = [record.getMessage() for record in caplog.records if "restart the devserver" in record.getMessage()]
    assert len(warnings) == 2, warnings
    assert "OUTPUT_PATH" in warnings[0] and str(tmp_path / "public") in warnings[0] and str(site.output) in warnings[0]
    assert str(tmp_path / "overrides") in warnings[1]


def test_a_settings_file_saved_by_writing_a_new_file_over_it_is_still_watched(tmp_path, monkeypatch):
    """An editor's safe save writes a new file and renames it over the old one: the system's watch of the settings
    file went with the old file, so the first such save rebuilt and no later edit of the settings did."""
    site = SiteFolders(tmp_path)
    watches: list[tuple] = []

    def fake_watch(*roots, **options):
        watches.append(roots)
        yield set()  # primed
        if len(watches) == 1:  # the old file's watch reports its replacement, then nothing more
            replacement = site.settings.with_suffix(".tmp")
            replacement.write_text(site.settings.read_text(encoding="utf-8") + '\nSITESUBTITLE = "One"\n', encoding="utf-8")
            replacement.replace(site.settings)
            yield {(watchfiles.Change.deleted, str(site.settings)), (watchfiles.Change.added, str(site.settings))}
            for _ in range(20):
                yield set()
            raise KeyboardInterrupt
        with site.settings.open("a", encoding="utf-8") as settings:
            settings.write('\nSITESUBTITLE = "Two"\n')
        yield {(watchfiles.Change.modified, str(site.settings))}
        raise KeyboardInterrupt

    built = _settings_of_each_build(monkeypatch, site, fake_watch)
    assert len(watches) == 2 and site.settings.resolve() in watches[1]
    assert [("One" in source, "Two" in source) for source in built] == [(False, False), (True, False), (True, True)]


def _settings_of_each_build(monkeypatch, site: SiteFolders, fake_watch) -> list[str]:
    """Serve ``site`` with ``fake_watch`` for the file watcher and no real build: the settings each build was given."""
    built_with: list[str] = []

    def fake_build(settings_file) -> bool:
        built_with.append(Path(settings_file).read_text(encoding="utf-8"))
        return True

    monkeypatch.setattr(watchfiles, "watch", fake_watch)
    monkeypatch.setattr(devserver_module, "run_build", fake_build)
    assert devserver_module.serve_and_watch(str(site.settings), port=0) == 0
    return built_with


@pytest.mark.parametrize("live", [False, True], ids=["make serve", "devserver"])
def test_a_missing_address_is_answered_with_the_site_s_404_page(tmp_path, live):
    """As the site's host answers it: Python's bare "Error response" page left the preview's reader no way back."""
    (tmp_path / "index.html").write_bytes(b"<html><body>home</body></html>")
    (tmp_path / "404.html").write_bytes(b"<html><body>This page is not in the archive. <a href='/'>Home</a></body></html>")
    handler = (functools.partial(LiveReloadHandler, builds=BuildCounter(), directory=str(tmp_path)) if live else
               functools.partial(SiteHandler, directory=str(tmp_path)))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert b"home" in fetch(f"{base}/")
        for missing in ("/2026/13/no-such-story/", "/tag/nothing/feed.xml"):
            with pytest.raises(urllib.error.HTTPError) as answer:
                fetch(base + missing)
            assert answer.value.code == 404
            assert answer.value.read() == (tmp_path / "404.html").read_bytes()
        (tmp_path / "404.html").unlink()  # a site without one: Python's own error page, as before
        with pytest.raises(urllib.error.HTTPError) as answer:
            fetch(f"{base}/gone/")
        assert answer.value.code == 404 and b"Error response" in answer.value.read()
    finally:
        server.shutdown()
        server.server_close()
