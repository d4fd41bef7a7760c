"""The source names table: site ids shown as publication names, bad lines reported with their line number."""
from __future__ import annotations

from newsarchive.model import Article, Rejected
from newsarchive.sources import parse_source_names, named_sources, read_source_names


def article(source: str | None) -> Article:
    return Article(path="a.txt", title="Ferry fares rise", body_markdown="Fares rose.\n", summary="Fares rose.",
                   tags=(), removed=(), source=source, date=None, content_hash="h1")


def test_ids_in_the_table_get_their_names_and_others_keep_their_ids():
    table = parse_source_names("# comment\nsite-64\tNorthwire\n\nsite-7\t  Harbour   Gazette \n", "sources.tsv")
    assert table.names == {"site-64": "Northwire", "site-7": "Harbour Gazette"} and table.problems == ()
    rejected = Rejected("b.txt", "empty file (no text)")
    results = named_sources([article("site-64"), article("site-9"), article(None), rejected], table)
    assert [getattr(result, "source", "rejected") for result in results] == ["Northwire", "site-9", None, "rejected"]


def test_a_line_without_a_tab_or_a_name_is_reported_with_its_number():
    table = parse_source_names("site-64 Northwire\nsite-7\t\nsite-8\tKept\n", "sources.tsv")
    assert table.names == {"site-8": "Kept"}
    assert [problem.split(":")[0] for problem in table.problems] == ["sources.tsv, line 1", "sources.tsv, line 2"]


def test_an_id_listed_twice_with_another_name_is_reported_and_the_first_name_kept():
    table = parse_source_names("site-12\tMeridian Daily\nsite-12\tMeridian Weekly\nsite-12\tMeridian Daily\n", "s.tsv")
    assert table.names == {"site-12": "Meridian Daily"}
    [problem] = table.problems
    assert problem.startswith("s.tsv, line 2: site-12 is listed again, as 'Meridian Weekly'")


def test_a_missing_table_is_empty(tmp_path):
    assert read_source_names(tmp_path / "none.tsv").names == {}
