"""Source names: the scraper's site ids ("site-64") shown as publication names.

Contract: ``read_source_names(path)`` reads the table (``newsarchive-sources.tsv`` in the
content folder, named by the ``source_names`` setting) into a ``SourceNames``: a name per
site id, and a message naming the file and line for every line it cannot read (never an
exception; a missing file is an empty table). ``named_sources(results, names)`` gives each
article the name of its source, or leaves the id when the table has none.

The table is applied to finished articles, after the ingest cache: renaming a source
re-reads nothing. ``newsarchive extract`` keeps the ids (the marker as the file has it).

Format (tab-separated; ``#`` starts a comment line)::

    site-64 <TAB> Northwire
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Mapping, Sequence

from .model import Article, Rejected
from .overrides import read_table_text

DEFAULT_SOURCES_TABLE = "newsarchive-sources.tsv"


@dataclass(frozen=True, slots=True)
class SourceNames:
    names: Mapping[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def read_source_names(path: Path) -> SourceNames:
    text, problem = read_table_text(path, "source names table")
    return SourceNames(problems=(problem,)) if problem else parse_source_names(text, str(path))


def parse_source_names(text: str, source: str) -> SourceNames:
    names: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        site, tab, name = line.partition("\t")
        site, name = site.strip(), " ".join(name.split())
        if not tab or not site or not name:
            problems.append(f"{source}, line {number}: expected a site id, a TAB and a name: {line.strip()[:80]!r}")
            continue
        if site in names and names[site] != name:
            problems.append(f"{source}, line {number}: {site} is listed again, as {name!r}: "
                            f"the first line's {names[site]!r} is used")
            continue
        names[site] = name
    return SourceNames(names, tuple(problems))


def named_sources(results: Sequence[Article | Rejected], table: SourceNames) -> tuple[Article | Rejected, ...]:
    names = table.names
    return tuple(replace(result, source=names[result.source])
                 if isinstance(result, Article) and result.source in names else result
                 for result in results)
