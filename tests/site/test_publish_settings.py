"""``make publish`` (``publishconf.py``) with NEWSARCHIVE_SITEURL unset, empty or not an address: it published the
sample's https://news.example.org, or a preview whose feeds and canonical links named http://localhost:8000,
without a word. It refuses, naming the variable, and leaves the last good site in place."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from sitekit import REPO, SiteFolders

pytestmark = pytest.mark.slow

STORY = """\
    Title: Ostvik council passes the harbour budget

    The council approved the harbour budget on Monday after a long debate that ran late into the evening.
    """


def _publishing_site(root) -> SiteFolders:
    """A site whose ``pelicanconf.py`` is the project's, folders pointed into ``root``, beside a copy of the
    project's ``publishconf.py``."""
    site = SiteFolders(root)
    site.add_article("2026-05-03-budget.md", STORY)
    preview = site.settings.read_text(encoding="utf-8").replace(
        "from pelicanconf import *", f"exec(open({str(REPO / 'pelicanconf.py')!r}, encoding='utf-8').read())")
    (root / "pelicanconf.py").write_text(preview, encoding="utf-8")
    shutil.copy(REPO / "publishconf.py", root / "publishconf.py")
    return site


def _publish(site: SiteFolders, site_url: str | None) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "NEWSARCHIVE_SITEURL"}
    if site_url is not None:
        environment["NEWSARCHIVE_SITEURL"] = site_url
    return subprocess.run([sys.executable, "-m", "newsarchive.cli", "build", "--settings", "publishconf.py"],
                          capture_output=True, text=True, timeout=300, cwd=site.root, env=environment)


def _files(output) -> dict[str, bytes]:
    return {str(path.relative_to(output)): path.read_bytes() for path in output.rglob("*") if path.is_file()}


@pytest.mark.parametrize("site_url, said", [(None, "not set"), ("", "empty"), ("  ", "empty"),
                                            ("news.example.org/archive", "'news.example.org/archive'"),
                                            ("/archive", "'/archive'")])
def test_publishing_without_the_public_address_is_refused_and_keeps_the_last_site(tmp_path, site_url, said):
    site = _publishing_site(tmp_path)
    assert _publish(site, "https://desk.example.org/archive").returncode == 0
    last = _files(site.output)
    assert "https://desk.example.org/archive/2026/05/" in last["feeds/rss.xml"].decode()
    refused = _publish(site, site_url)
    assert refused.returncode != 0
    assert f"publish refused: NEWSARCHIVE_SITEURL is {said}" in refused.stderr and "output/ is unchanged" in \
        refused.stderr
    assert _files(site.output) == last


def test_publishing_with_the_public_address_names_it_in_the_feeds_and_canonical_links(tmp_path):
    site = _publishing_site(tmp_path)
    assert _publish(site, "https://desk.example.org").returncode == 0
    files = _files(site.output)
    assert "http://localhost:8000" not in files["feeds/atom.xml"].decode()
    story = next(name for name in files if name.startswith("2026/05/") and name.endswith("index.html"))
    assert '<link rel="canonical" href="https://desk.example.org/2026/05/' in files[story].decode()
