"""Test kit: where the repository and ../shared are, and how to build a throwaway site into tmp_path."""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse
from collections.abc import Callable

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def write_settings(folder: Path, content: Path, output: Path, inbox: Path, **overrides) -> Path:
    """A settings file that is the project's pelicanconf.py with folders pointed into ``folder``."""
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(REPO)!r})",
        "from pelicanconf import *",
        f"PATH = {str(content)!r}",
        f"OUTPUT_PATH = {str(output)!r}",
        f"NEWS_ARCHIVE_INBOX = {str(inbox)!r}",
        f"THEME = {str(REPO / 'theme')!r}",
        f"PLUGIN_PATHS = [{str(REPO / 'plugins')!r}]",
    ]
    lines += [f"{key} = {value!r}" for key, value in overrides.items()]
    settings = folder / "testconf.py"
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return settings


def run_build(settings: Path, timeout: int = 300, hash_seed: int | None = None) -> subprocess.CompletedProcess:
    """Run ``newsarchive build`` in a fresh process (Pelican keeps global state between runs); ``hash_seed``: Python's
    string hashing seed for it (``PYTHONHASHSEED``: the order of a set of names), else a random one as usual."""
    command = [sys.executable, "-m", "newsarchive.cli", "build", "--settings", str(settings)]
    environment = None if hash_seed is None else {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=settings.parent,
                          env=environment)


class SiteFolders:
    """content/, inbox/ and output/ of a throwaway site under tmp_path."""

    def __init__(self, root: Path, create: bool = True) -> None:
        self.root = root
        self.content = root / "content"
        self.inbox = root / "inbox"
        self.output = root / "output"
        if create:
            (self.content / "articles").mkdir(parents=True)
            self.inbox.mkdir()
        self.settings = write_settings(root, self.content, self.output, self.inbox)

    def copy_to(self, root: Path) -> SiteFolders:
        """The same site (articles, ledger, caches, output) in another folder."""
        shutil.copytree(self.root, root, symlinks=True)
        return SiteFolders(root, create=False)

    def add_article(self, name: str, text: str, folder: str = "articles") -> Path:
        path = (self.content / folder if folder == "articles" else self.inbox) / name
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def build(self) -> subprocess.CompletedProcess:
        result = run_build(self.settings)
        assert result.returncode == 0, result.stderr[-3000:]
        return result


def write_stories(folder: Path, stories: dict[str, str]) -> list[str]:
    """Write ``{file name: text}`` into a new ``folder``; the paths, sorted by name."""
    folder.mkdir()
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in sorted(stories)]


@dataclass(frozen=True)
class ServedSite:
    url: str  # http://127.0.0.1:PORT (no trailing slash), also the build's SITEURL
    output: Path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        """Requests are not logged: pytest would print hundreds of lines on a failure."""


@contextlib.contextmanager
def serving(output: Path, build: Callable[[str], None]):
    """Serve ``output`` on a free port of 127.0.0.1 once ``build(url)`` has built the site for that URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(output)))
    url = f"http://127.0.0.1:{server.server_address[1]}"
    build(url)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield ServedSite(url, output)
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def serving_stories(root: Path, stories: dict[str, str], **settings):
    """A site of ``stories`` (``{file name: text}`` in content/articles), built for the address it is served at
    (with ``settings`` over the project's)."""
    site = SiteFolders(root)
    for name, text in stories.items():
        site.add_article(name, text)

    def build(url: str) -> None:
        site.settings = write_settings(root, site.content, site.output, site.inbox, SITEURL=url, **settings)
        site.build()

    with serving(site.output, build) as served:
        yield served


def link_resolves(output: Path, link: str) -> bool:
    """Whether a root-relative ``link`` of a built site leads to a file of ``output`` (a folder's to its index.html)."""
    target = output / unquote(urlparse(link).path).lstrip("/")
    return (target / "index.html").is_file() if link.endswith("/") else target.is_file()
