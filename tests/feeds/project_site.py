"""Build the project's own content/ into a throwaway folder (feeds, seo and browser tests share it)."""
from __future__ import annotations

import shutil
from pathlib import Path

from sitekit import REPO, run_build, write_settings

SITEURL = "https://news.example.org"  # the publishing URL the feed and SEO tests build with


def build_project_site(root: Path, site_url: str) -> Path:
    """Copy content/ under ``root`` (so the real ledger is never touched), build it with ``site_url``."""
    content, output, inbox = root / "content", root / "output", root / "inbox"
    shutil.copytree(REPO / "content", content)
    inbox.mkdir()
    result = run_build(write_settings(root, content, output, inbox, SITEURL=site_url))
    assert result.returncode == 0, result.stderr[-3000:]
    return output
