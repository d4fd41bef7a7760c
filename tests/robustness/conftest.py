"""Fixtures of the robustness tests (issue 3): hostile input, broken files, interrupted builds."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # robust_kit.py beside this file

from robust_kit import REPO, Site, theme_script_texts


@pytest.fixture
def robust_site(tmp_path: Path) -> Site:
    return Site(tmp_path)


@pytest.fixture(scope="session")
def theme_scripts() -> set[str]:
    return theme_script_texts(REPO / "theme")
