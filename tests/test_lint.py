"""The code passes the checks ``[tool.ruff]`` in pyproject.toml selects (pyflakes' errors such as an unused
import or an undefined name, bugbear's likely bugs, Python 3.11 forms), as ``.venv/bin/ruff check .`` reports them."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _ruff() -> str:
    beside_python = Path(sys.executable).with_name("ruff")
    found = str(beside_python) if beside_python.exists() else shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed: `make install` installs it with the test dependencies")
    return found


def test_ruff_finds_nothing_in_the_project() -> None:
    result = subprocess.run([_ruff(), "check", "--no-cache", "--output-format", "concise", "."], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
