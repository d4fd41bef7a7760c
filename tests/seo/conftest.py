"""A site built once per session (per xdist worker) from the project's own content/."""
from __future__ import annotations

from pathlib import Path

import pytest

from feeds.project_site import SITEURL, build_project_site


@pytest.fixture(scope="session")
def seo_site(tmp_path_factory) -> Path:
    return build_project_site(tmp_path_factory.mktemp("seo-site"), SITEURL)
