"""End to end: the per-article tag overrides table changes the built site, and only where it says."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from sitekit import SiteFolders

pytestmark = pytest.mark.slow

STORIES = {
    "2026-02-03T0800-ferry.txt": "Kestrel ferry returns to Northfield harbour\n\nThe Kestrel ferry returned to "
    "Northfield harbour on Monday after repairs at the Ostrava yard.\n\nKestrel Ferries said the harbour "
    "timetable would resume on Friday.\n\nThe Northfield harbour council welcomed the return.\n",
    "2026-02-04T0900-chess.txt": "Marlow leads Ostrava chess open\n\nAnna Marlow leads the Ostrava chess open "
    "after five rounds.\n\nMarlow beat the defending champion in the fifth round of the chess open.\n",
}


def _story_tags(site: SiteFolders, slug_part: str) -> list[str]:
    page = next(path for path in site.output.glob("2026/02/*/index.html") if slug_part in path.parent.name)
    footer = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("footer", class_="story-tags")
    return [link.get_text(strip=True) for link in footer.find_all("a") if "/tag/" in link["href"]]


def test_pins_bans_and_bad_lines_of_the_overrides_table(tmp_path) -> None:
    site = SiteFolders(tmp_path)
    for name, text in STORIES.items():
        site.add_article(name, text)
    site.build()
    inferred = _story_tags(site, "ferry")
    untouched = _story_tags(site, "marlow")
    banned = inferred[0]
    (site.content / "newsarchive-tags.tsv").write_text(
        "# overrides\n"
        f"articles/2026-02-03T0800-ferry.txt\t+Harbour Watch\t-{banned.upper()}\n"
        "articles/no-such-story.txt\t+Nothing\n"
        "a line without a tab\n", encoding="utf-8")
    result = site.build()
    tags = _story_tags(site, "ferry")
    assert tags[0] == "Harbour Watch" and banned not in tags
    assert _story_tags(site, "marlow") == untouched
    assert (site.output / "tag" / "harbour-watch" / "index.html").exists()
    assert "newsarchive-tags.tsv, line 4" in result.stderr and "no-such-story.txt" in result.stderr


def test_extract_with_settings_applies_the_table(tmp_path) -> None:
    site = SiteFolders(tmp_path)
    story = site.add_article("2026-02-03T0800-ferry.txt", STORIES["2026-02-03T0800-ferry.txt"])
    (site.content / "newsarchive-tags.tsv").write_text(
        "articles/2026-02-03T0800-ferry.txt\t=Kestrel ferry; =Northfield\n", encoding="utf-8")
    command = [sys.executable, "-m", "newsarchive.cli", "extract", "--json", "--settings", str(site.settings), str(story)]
    extracted = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    assert extracted["tags"] == ["Kestrel ferry", "Northfield"]


COUNTRY_STORIES = {
    "2026-02-05T0800-ferry-fares.txt": "Ferry fares to Britain rise\n\nFerry fares between Ostvik and Britain rose by "
    "a tenth on Monday, Kestrel Ferries said.\n\nBritain takes most of the line's freight. Hauliers in Britain said "
    "the rise would cost them dearly.\n\nKestrel Ferries blamed fuel costs for the rise in ferry fares.\n",
    "2026-02-06T0900-salmon-quota.txt": "Salmon quota talks with the UK stall\n\nTalks between Ostvik and the UK on the "
    "salmon quota stalled on Tuesday.\n\nThe UK wants a larger share of the salmon quota. Fishermen in the UK "
    "said the talks had gone on too long.\n",
}


def test_a_tag_an_older_alias_table_left_on_recorded_stories_takes_its_canonical_name(tmp_path) -> None:
    """An archive tagged by a version whose alias table lacked "Britain" recorded that tag on its stories, and a
    newer newsarchive kept the recorded tags: "Britain" and "United Kingdom" were two tag pages for one country."""
    site = SiteFolders(tmp_path)
    for name, text in COUNTRY_STORIES.items():
        site.add_article(name, text)
    site.build()
    assert "United Kingdom" in _story_tags(site, "ferry-fares") and "United Kingdom" in _story_tags(site, "salmon")
    ledger_path = site.content / "newsarchive-ledger.json"
    ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
    for entry in ledger["articles"]:  # as the older version recorded the ferry story's tags
        if "ferry-fares" in entry["path"]:
            entry["tags"] = ["Britain" if tag == "United Kingdom" else tag for tag in entry["tags"]]
    ledger["builtin_aliases"] = "0" * 16  # recorded under its alias table, not this one
    ledger_path.write_text(json.dumps(ledger), encoding="utf-8")
    site.build()
    assert "United Kingdom" in _story_tags(site, "ferry-fares") and "Britain" not in _story_tags(site, "ferry-fares")
    assert not (site.output / "tag" / "britain").exists()
    assert (site.output / "tag" / "united-kingdom" / "index.html").exists()
    recorded = json.loads(ledger_path.read_text(encoding="utf-8"))["articles"]
    assert all("Britain" not in entry["tags"] for entry in recorded)


def test_a_recorded_tag_is_renamed_only_by_a_build_under_another_built_in_alias_table(tmp_path) -> None:
    """The ledger records the built-in alias table its tags are named by: a rebuild under the same table leaves
    recorded tags as they are (and stems none of them), one under another renames them once and records it."""
    site = SiteFolders(tmp_path)
    for name, text in COUNTRY_STORIES.items():
        site.add_article(name, text)
    site.build()
    ledger_path = site.content / "newsarchive-ledger.json"
    ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
    recorded_table = ledger["builtin_aliases"]
    for entry in ledger["articles"]:
        entry["tags"] = ["Britain" if tag == "United Kingdom" else tag for tag in entry["tags"]]
    ledger_path.write_text(json.dumps(ledger), encoding="utf-8")
    site.build()  # the same table: a tag written in the ledger by hand stays
    assert "Britain" in _story_tags(site, "ferry-fares")
    ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
    del ledger["builtin_aliases"]  # as a version before the record wrote it
    ledger_path.write_text(json.dumps(ledger), encoding="utf-8")
    site.build()
    assert "United Kingdom" in _story_tags(site, "ferry-fares") and "Britain" not in _story_tags(site, "ferry-fares")
    assert json.loads(ledger_path.read_text(encoding="utf-8"))["builtin_aliases"] == recorded_table
