"""Fixtures shared by every test folder (helpers live in sitekit.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitekit import SHARED, SiteFolders

from hypothesis import settings

# Property tests check behaviour, not speed: no per-example deadline (a loaded 2-core machine ran one
# example of test_markdown_lines in 278 ms against hypothesis's default 200 ms). Speed is bench/'s.
settings.register_profile("newsarchive", deadline=None)
settings.load_profile("newsarchive")


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture
def site(tmp_path: Path) -> SiteFolders:
    return SiteFolders(tmp_path)
