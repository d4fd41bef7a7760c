"""Golden files: each tests/fixtures/clean/<case>/input.txt is cleaned and compared with expected.md.

expected.md holds the title, source and truncation flag, the body Markdown, and every removed line with
its family. Regenerate after an intended change with NEWSARCHIVE_UPDATE_GOLDEN=1 and review the diff.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive.clean import CleanConfig, clean_article
from newsarchive.model import CleanArticle
from newsarchive.structure import to_markdown

CASES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
CASES = sorted(path.name for path in CASES_DIR.iterdir() if (path / "input.txt").is_file())
UPDATE = os.environ.get("NEWSARCHIVE_UPDATE_GOLDEN") == "1"


def render_golden(cleaned: CleanArticle) -> str:
    removed = "".join(f"- {item.family}: {item.line}\n" for item in cleaned.removed) or "(nothing)\n"
    return (f"# {cleaned.title}\n\nsource: {cleaned.source}\ntruncated: {str(cleaned.truncated).lower()}\n\n"
            f"{to_markdown(cleaned.blocks)}\n<!-- removed -->\n{removed}")


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_cleaned_article_matches_golden_file(case: str) -> None:
    folder = CASES_DIR / case
    raw = (folder / "input.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")
    actual = render_golden(clean_article(raw, CleanConfig()))
    expected_path = folder / "expected.md"
    if UPDATE or not expected_path.exists():
        expected_path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"wrote missing golden file {expected_path}; review it and run again")
    assert actual == expected_path.read_text(encoding="utf-8")


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 5
