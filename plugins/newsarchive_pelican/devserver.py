"""``newsarchive devserver``: build, serve ``output/`` on 127.0.0.1, rebuild on changes, reload the browser.

- Watches the inbox, the content folder, the theme, the template override folders,
  the plugins' code and the settings file (watchfiles: what the build's render keys
  count); ``needs_rebuild`` decides which changes count (pure, tested without a
  browser). The ledger and listings' record the build itself writes never trigger a build, nor do its copies of inbox
  files into the content folder (``changes_to_build``: files the build read as they are now).
- Each rebuild runs ``newsarchive build`` in a child process, so a broken
  template or plugin error cannot take the server down; the build swaps the new
  site into place atomically, so the server never serves half a site.
- Live reload, in devserver mode only: HTML responses get a small script that
  polls ``/__livereload`` (the number of finished builds) once a second and
  reloads the page when it changes. The files in ``output/`` are never altered.
"""
from __future__ import annotations

import fnmatch
import functools
import importlib.machinery
import importlib.util
import json
import logging
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator

from pelican.settings import read_settings

from newsarchive.cache import read_as_they_are

from .archive import INBOX_KEY, LEDGER_NAME, LISTINGS_NAME, cache_folder, inbox_folder

logger = logging.getLogger("newsarchive")
LIVERELOAD_PATH = "/__livereload"
NOT_FOUND_PAGE = "404.html"  # Pelican's 404 direct template, at the site's root: what hosts answer a missing address with
LIVERELOAD_SCRIPT = (
    "<script>(function(){var seen=null;function poll(){fetch('" + LIVERELOAD_PATH + "',{cache:'no-store'})"
    ".then(function(r){return r.json()}).then(function(s){if(seen!==null&&s.build!==seen){location.reload()}"
    "seen=s.build}).catch(function(){}).finally(function(){setTimeout(poll,1000)})}poll()})();</script>"
)
WATCH_TIMEOUT_MS = 500
# Files that editors, scrapers and the build itself write beside real content.
# Python's compiled copies of a plugin, written when the build imports it, are not a change either.
IGNORED_NAME_PATTERNS = (LEDGER_NAME, LISTINGS_NAME, ".*", "*~", "*.tmp", "*.swp", "*.swx", "4913", "#*#", "__pycache__", "*.pyc")


@dataclass(frozen=True, slots=True)
class WatchPlan:
    """What to watch: folders whose changes rebuild the site, plus single files (the settings)."""

    folders: tuple[Path, ...]
    files: tuple[Path, ...] = ()
    ignored: tuple[str, ...] = IGNORED_NAME_PATTERNS

    @property
    def roots(self) -> tuple[Path, ...]:
        return self.folders + self.files


def watch_plan(settings: dict, settings_file: Path) -> WatchPlan:
    """inbox/, content/ and theme/ of these settings, every template override folder, the plugins' code (the
    ``PLUGIN_PATHS`` folders, and the package folder or module file of a plugin found elsewhere), and the settings
    file itself: what the build's render keys count (render_keys.py)."""
    folders = [inbox_folder(settings).resolve(), Path(settings["PATH"]).resolve(), Path(settings["THEME"]).resolve()]
    # Pelican hands the override folders to Jinja as written: a relative one is relative to the working directory.
    folders += [Path(folder).resolve() for folder in settings.get("THEME_TEMPLATES_OVERRIDES") or ()]
    plugin_paths = [Path(folder).resolve() for folder in settings.get("PLUGIN_PATHS") or ()]
    folders += plugin_paths
    files = [settings_file.resolve()]
    for plugin in settings.get("PLUGINS") or ():
        if not isinstance(plugin, str):
            continue
        for location in plugin_locations(plugin, [str(folder) for folder in plugin_paths]):
            if not any(location.is_relative_to(folder) for folder in plugin_paths):
                (folders if location.is_dir() else files).append(location)
    return WatchPlan(folders=tuple(dict.fromkeys(folders)), files=tuple(dict.fromkeys(files)))


def plugin_locations(name: str, plugin_paths: list[str]) -> list[Path]:
    """Where Pelican would load plugin ``name`` from (a namespace plugin, a ``PLUGIN_PATHS`` entry, an installed
    module), without running it (a dotted name's parent package is imported): a package's folders, or a module's
    file; none when it cannot be found."""
    for candidate in (f"pelican.plugins.{name}", name):
        try:
            if candidate == name:
                spec = importlib.machinery.PathFinder.find_spec(name, plugin_paths) or importlib.util.find_spec(name)
            else:
                spec = importlib.util.find_spec(candidate)
        except Exception:  # noqa: BLE001 (a parent package can raise anything; the build reports it)
            spec = None
        if spec is not None:
            if spec.submodule_search_locations:
                return [Path(folder).resolve() for folder in spec.submodule_search_locations]
            return [Path(spec.origin).resolve()] if spec.has_location and spec.origin else []
    return []


def needs_rebuild(changed_paths: Iterable[str | Path], plan: WatchPlan) -> bool:
    """True when one changed path is a watched file, or lies in a watched folder and is not ignored."""
    for changed in changed_paths:
        path = Path(changed).resolve()
        if path in plan.files:
            return True
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in plan.ignored):
            continue
        if any(path.is_relative_to(folder) for folder in plan.folders):
            return True
    return False


def inject_livereload(html: bytes) -> bytes:
    """The page with the live-reload script just before ``</body>`` (appended when there is none)."""
    script = LIVERELOAD_SCRIPT.encode("utf-8")
    marker = html.lower().rfind(b"</body>")
    if marker < 0:
        return html + script
    return html[:marker] + script + html[marker:]


class BuildCounter:
    """How many builds have finished; the live-reload script reloads when the number moves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0

    def finished(self) -> None:
        with self._lock:
            self._count += 1

    @property
    def count(self) -> int:
        with self._lock:
            return self._count


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves the built site as its host would: a missing address is answered with the site's own 404 page (status
    404), as GitHub Pages, Netlify or a configured web server answer it, not with Python's bare error page, which
    left a reader of the preview with no way back into the archive."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class LiveReloadHandler(SiteHandler):
    """Serves the built site; adds the live-reload script to HTML and answers ``/__livereload``."""

    def __init__(self, *args, builds: BuildCounter, **kwargs):
        self.builds = builds
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self._route == LIVERELOAD_PATH:
            self._send(200, "application/json", json.dumps({"build": self.builds.count}).encode())
            return
        page = self._html_file()
        if page is None:
            super().do_GET()
            return
        self._send(200, "text/html; charset=utf-8", inject_livereload(page.read_bytes()))

    @property
    def _route(self) -> str:
        """The requested path without its query string."""
        return self.path.split("?", 1)[0]

    def _html_file(self) -> Path | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self._route.endswith("/"):
            path = path / "index.html"
        return path if path.suffix == ".html" and path.is_file() else None

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if self._route != LIVERELOAD_PATH:  # one poll a second would drown the log
            super().log_message(format, *args)


def serve_site(settings_file: str = "pelicanconf.py", host: str = "127.0.0.1", port: int = 8000) -> int:
    """``newsarchive serve`` (``make serve``): serve the settings' output folder as it is, until interrupted."""
    output = Path(read_settings(str(Path(settings_file).resolve()))["OUTPUT_PATH"])
    if not output.is_dir():
        print(f"newsarchive: no {output} yet: run 'make html' first", file=sys.stderr)
        return 1
    server = ThreadingHTTPServer((host, port), functools.partial(SiteHandler, directory=str(output)))
    print(f"newsarchive: serving {output} on http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def make_server(output: Path, builds: BuildCounter, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    handler = functools.partial(LiveReloadHandler, builds=builds, directory=str(output))
    return ThreadingHTTPServer((host, port), handler)


def devserver_settings(settings: dict, site_url: str) -> str:
    """A settings module (source text) that is the project's settings with this server's SITEURL.

    Every path is written absolute, because Pelican resolves relative paths
    against the folder of the settings file, which is a temporary one here.
    """
    overrides = {
        "SITEURL": site_url,
        "PATH": settings["PATH"],
        "OUTPUT_PATH": settings["OUTPUT_PATH"],
        "THEME": settings["THEME"],
        "PLUGIN_PATHS": list(settings.get("PLUGIN_PATHS", [])),
        INBOX_KEY: str(inbox_folder(settings).resolve()),
        "CACHE_PATH": settings.get("CACHE_PATH", "cache"),
    }
    lines = [f"{name} = {value!r}" for name, value in overrides.items()]
    return "\n".join(lines) + "\n"


def write_build_settings(project_settings: Path, build_settings: Path, site_url: str) -> dict | None:
    """Write the settings a build runs with: the project's settings file as it is now, then this server's
    SITEURL and absolute paths (``devserver_settings``). Written before every build, so an edit to the settings
    file is built (a copy made when the server started rebuilt with the old settings); the settings read. None, with
    the error naming the settings file, when it does not read now: no build until it is mended (the build named the
    server's copy of it in a temporary folder)."""
    try:
        settings = read_settings(str(project_settings))
    except Exception as error:  # noqa: BLE001 (a settings file is Python: it can raise anything)
        logger.error("%s: cannot be read (%s: %s): the site is rebuilt when it is mended", project_settings,
                     type(error).__name__, error)
        return None
    source = project_settings.read_text(encoding="utf-8") + "\n" + devserver_settings(settings, site_url)
    build_settings.write_text(source, encoding="utf-8")
    return settings


def folders_not_followed(settings: dict, settings_file: Path, served: Path, plan: WatchPlan) -> list[str]:
    """What the settings as they are now move away from this server, which serves the output folder and watches the
    folders of the settings it started with: a line for the output folder, one for the folders not watched."""
    problems = []
    if (output := Path(settings["OUTPUT_PATH"]).resolve()) != served:
        problems.append(f"{settings_file}: OUTPUT_PATH is now {output}, but this server serves {served}: "
                        "restart the devserver to serve the site built there")
    if unwatched := [root for root in watch_plan(settings, settings_file).roots if root not in plan.roots]:
        problems.append(f"{settings_file}: {', '.join(map(str, unwatched))} not watched: restart the devserver "
                        "to rebuild on changes there")
    return problems


def changes_to_build(changes: Iterable[tuple[object, str]], cache: Path) -> list[str]:
    """The changed paths, less the files the last build read as they are now: its own copies of inbox files into
    the content folder (they would start a second build of the same site)."""
    changed = [path for _change, path in changes]
    built = read_as_they_are(changed, cache)
    return [path for path in changed if path not in built]


def run_build(settings_file: Path) -> bool:
    """One ``newsarchive build`` in a child process; True when it succeeded."""
    command = [sys.executable, "-m", "newsarchive.cli", "build", "--settings", str(settings_file)]
    return subprocess.run(command, check=False).returncode == 0


def serve_and_watch(settings_file: str = "pelicanconf.py", host: str = "127.0.0.1", port: int = 8000) -> int:
    """Build, serve and rebuild on changes until interrupted (Ctrl-C)."""
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    project_settings = Path(settings_file).resolve()
    settings = read_settings(str(project_settings))
    plan = watch_plan(settings, project_settings)
    cache = cache_folder(settings)
    builds = BuildCounter()
    server = make_server(Path(settings["OUTPUT_PATH"]), builds, host, port)  # a busy port fails before the build
    site_url = f"http://{host}:{server.server_address[1]}"  # --port 0 picks a free port
    with tempfile.TemporaryDirectory(prefix="newsarchive-devserver-") as scratch:
        build_settings = Path(scratch) / "devserver_settings.py"
        # The watcher starts before the first build and collects changes while any build runs: a file
        # dropped during the first build (or right after it, before a lazily started watcher was
        # ready) was missed until the next change. It wakes every WATCH_TIMEOUT_MS with no change.
        batches = watch_batches(plan)
        next(batches)  # watching from here on (what it yields predates the build, which reads it anyway)
        served = Path(settings["OUTPUT_PATH"]).resolve()

        def build() -> bool:
            return _build(project_settings, build_settings, site_url, served, plan)

        build()
        builds.finished()
        threading.Thread(target=server.serve_forever, daemon=True).start()
        logger.info("serving %s on %s (Ctrl-C to stop); watching %s", settings["OUTPUT_PATH"], site_url,
                    ", ".join(str(root) for root in plan.roots))
        try:
            _rebuild_on_changes(batches, plan, cache, build, builds)
        except KeyboardInterrupt:
            logger.info("devserver stopped")
        finally:
            server.shutdown()
            server.server_close()
    return 0


def watch_batches(plan: WatchPlan) -> Iterator[set]:
    """watchfiles' batches of changes under the plan's roots, the first (empty) once it watches. A single file
    watched (the settings) that is replaced, as an editor's safe save writes a new file and renames it over the
    old one, is no longer watched by the system (its watch went with the old file): the watch is made again
    before that batch is handed on, so the next edit of the file is seen too."""
    import watchfiles  # only the devserver needs it

    def started() -> Iterator[set]:
        return watchfiles.watch(*[root for root in plan.roots if root.exists()], rust_timeout=WATCH_TIMEOUT_MS,
                                yield_on_timeout=True)

    batches = started()
    yield next(batches)
    while True:
        changes = next(batches, None)
        if changes is None:
            return
        if any(change == watchfiles.Change.deleted and Path(path).resolve() in plan.files for change, path in changes):
            batches.close()
            batches = started()
            next(batches)  # watching the new file from here on
        yield changes


def _build(project_settings: Path, build_settings: Path, site_url: str, served: Path, plan: WatchPlan) -> bool:
    """One build with the settings file as it is now (none while it does not read), saying what of it this server
    does not follow (``folders_not_followed``); True when it succeeded."""
    settings = write_build_settings(project_settings, build_settings, site_url)
    if settings is None:
        return False
    for problem in folders_not_followed(settings, project_settings, served, plan):
        logger.warning("%s", problem)
    return run_build(build_settings)


def _rebuild_on_changes(batches: Iterable, plan: WatchPlan, cache: Path, build: Callable[[], bool],
                        builds: BuildCounter) -> None:
    """Build again (``build``) after each batch of changes that counts (``needs_rebuild``); a build that succeeded
    moves the live-reload count."""
    for changes in batches:
        if needs_rebuild(changes_to_build(changes, cache), plan):
            logger.info("change seen: rebuilding")
            if build():
                builds.finished()
