"""The project's real example input (../shared/seeds), extracted through the command line."""
from __future__ import annotations

import json
import subprocess
import sys


def test_seed_article_extracts_title_source_subheadings_and_tags(shared):
    seed = shared / "seeds" / "article-karabakh.txt"
    output = subprocess.run([sys.executable, "-m", "newsarchive.cli", "extract", str(seed), "--json"],
                            capture_output=True, text=True, check=True).stdout
    result = json.loads(output)
    assert result["title"] == "Nagorno Karabakh: Azerbaijan denies breaking the ceasefire"
    assert result["source"] == "site-64"
    body = result["body_markdown"]
    assert "Read also" not in body and "source site-64" not in body
    for heading in ("No mass evacuation", "Baku denies breaking ceasefire", "“Peaceful reintegration”",
                    "Pashinian under pressure, Aliev strengthened"):
        assert f"## {heading}\n" in body
    raw_paragraphs = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    content = [p for p in raw_paragraphs[1:] if not p.startswith("• Read also") and p != "source site-64"]
    for paragraph in content:
        assert paragraph in body
    assert {"Azerbaijan", "Armenia", "Nagorno-Karabakh"} <= set(result["tags"])
    assert [item["family"] for item in result["removed"]].count("scraper_marker") == 1
