"""What a build pays before it cleans anything: the boilerplate table is compiled and gated only when used.

Importing the table compiles none of its families and parses none of their patterns; a story compiles the
families its lines reach; the gate's fixed texts are kept in the cache folder, found again by the patterns'
text; a build about to fork workers compiles every family first, so the workers share them. Counted in
fresh interpreters (this one has compiled the table for other tests), never timed.
"""
from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import textwrap

import pytest

from datetime import datetime, UTC

from newsarchive import ingest, literal_gate, pipeline
from newsarchive.cache import IngestCache
from newsarchive.config import ArchiveConfig
from newsarchive.heuristics import BOILERPLATE_FAMILIES, FAMILY_GATE
from newsarchive.lazy_pattern import LazyPattern
from newsarchive.ledger import Ledger
from newsarchive.tag_rank import TITLE_WORDS
from newsarchive.literal_gate import REQUIREMENTS_FILE, LazyGate, LiteralGate, cached_requirements, required_literals

_COUNT = """
import json, sys
from newsarchive.heuristics import BOILERPLATE_FAMILIES, FAMILY_GATE
def patterns():
    for family in BOILERPLATE_FAMILIES:
        yield from (p for p in (family.pattern, family.spares, *(family.split or ())) if p is not None)
def report(**extra):
    compiled = sum(p.is_compiled for p in patterns())
    print(json.dumps({"compiled": compiled, "patterns": len(list(patterns())), "gate": FAMILY_GATE.is_made, **extra}))
"""


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _COUNT + textwrap.dedent(code)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_importing_the_table_compiles_no_family_and_makes_no_gate() -> None:
    counted = _run("report()")
    assert counted["compiled"] == 0 and not counted["gate"]
    assert counted["patterns"] >= len(BOILERPLATE_FAMILIES)


def test_a_story_compiles_only_the_families_its_lines_reach() -> None:
    counted = _run("""
        from newsarchive.clean import CleanConfig, clean_article
        story = ("Ferry fares rise again\\n\\nThe council agreed on Tuesday to raise fares by a tenth.\\n\\n"
                 "Read more: Harbour works begin\\n\\nThe new timetable starts in May.")
        cleaned = clean_article(story, CleanConfig())
        report(removed=[line.family for line in cleaned.removed])
    """)
    assert counted["removed"] == ["cross_link"]  # cleaned as before ...
    assert counted["gate"]
    assert 0 < counted["compiled"] < counted["patterns"] // 4  # ... from a few families


def test_a_build_about_to_fork_compiles_every_family_first() -> None:
    counted = _run("""
        from newsarchive.heuristics import prepare_families
        prepare_families(None, compile_all=False)
        before = sum(p.is_compiled for p in patterns())
        prepare_families(None, compile_all=True)
        report(before=before)
    """)
    assert counted["before"] == 0 and counted["gate"]
    assert counted["compiled"] == counted["patterns"]


def test_the_gates_texts_come_back_from_the_cache_folder(tmp_path, monkeypatch) -> None:
    patterns = [family.pattern for family in BOILERPLATE_FAMILIES]
    computed = cached_requirements(patterns, tmp_path)
    assert (tmp_path / REQUIREMENTS_FILE).is_file()
    monkeypatch.setattr(literal_gate, "required_literals", _never)
    assert cached_requirements(patterns, tmp_path) == computed
    assert computed == [required_literals(pattern.pattern, pattern.flags) for pattern in patterns]


def test_other_patterns_do_not_take_the_kept_texts(tmp_path) -> None:
    first = [LazyPattern(r"read also:.*", re.IGNORECASE), LazyPattern(r"\d{4}", re.IGNORECASE)]
    changed = [LazyPattern(r"see also:.*", re.IGNORECASE), first[1]]
    cached_requirements(first, tmp_path)
    assert cached_requirements(changed, tmp_path) == [frozenset({"see also:"}), None]
    assert cached_requirements([LazyPattern(r"see also:.*")], tmp_path) == [frozenset({"see also:"})]  # flags


@pytest.mark.parametrize("content", ["{not json", '{"key": 1}', "[]"])
def test_a_damaged_cache_file_is_computed_again(tmp_path, content: str) -> None:
    (tmp_path / REQUIREMENTS_FILE).write_text(content, encoding="utf-8")
    assert cached_requirements([LazyPattern(r"(?:©|copyright)\s+\d{4}")], tmp_path) == [frozenset({"©", "copyright"})]
    assert json.loads((tmp_path / REQUIREMENTS_FILE).read_text(encoding="utf-8"))["requirements"] == [sorted({"©", "copyright"})]


@pytest.mark.parametrize("requirements", [[], [["read also:"]], [[], None], [["read also:"], [""]],
                                          [[1], None], "rn", {"0": ["read also:"]}],
                         ids=["none", "one short", "empty texts", "empty text", "not texts", "a string", "a mapping"])
def test_a_kept_file_under_the_right_key_but_damaged_is_computed_again(tmp_path, requirements) -> None:
    """A file whose key still matches but whose requirements are not one per pattern made a gate that let no line
    reach the patterns left out (or one whose automaton could not be searched): they are computed again."""
    patterns = [LazyPattern(r"read also:.*", re.IGNORECASE), LazyPattern(r"\d{4}", re.IGNORECASE)]
    (tmp_path / REQUIREMENTS_FILE).write_text(json.dumps({"key": literal_gate.requirements_key(patterns),
                                                          "requirements": requirements}), encoding="utf-8")
    assert cached_requirements(patterns, tmp_path) == [frozenset({"read also:"}), None]
    gate = LazyGate(patterns)
    gate.prepare(tmp_path)
    assert gate.possible("READ ALSO: Ferry fares rise") == 0b11


def test_a_cache_folder_that_cannot_be_written_to_only_is_not(tmp_path) -> None:
    """A cache "folder" that is a file: the texts are computed, and nothing is written (nor raised)."""
    taken = tmp_path / "cache"
    taken.write_text("a file", encoding="utf-8")
    patterns = [LazyPattern(r"(?:©|copyright)\s+\d{4}")]
    assert cached_requirements(patterns, taken) == [frozenset({"©", "copyright"})]
    assert taken.read_text(encoding="utf-8") == "a file"


def test_a_lazy_gate_answers_as_the_gate_made_at_once(tmp_path) -> None:
    regexes = [r"read also:.*", r"\d{4}", r"(?:©|copyright).*"]
    eager = LiteralGate.over(re.compile(regex, re.IGNORECASE) for regex in regexes)
    lazy = LazyGate(LazyPattern(regex, re.IGNORECASE) for regex in regexes)
    assert not lazy.is_made
    lines = ["READ ALSO: Ferry fares rise", "© Harbour Gazette 2024", "The ferry left at noon."]
    assert [lazy.possible(line) for line in lines] == [eager.possible(line) for line in lines]
    kept = LazyGate(LazyPattern(regex, re.IGNORECASE) for regex in regexes)
    kept.prepare(tmp_path)
    assert [kept.possible(line) for line in lines] == [eager.possible(line) for line in lines]


def test_a_lazy_pattern_matches_compares_and_pickles_as_its_regex() -> None:
    lazy = LazyPattern(r"by (?-i:[A-Z])\w+", re.IGNORECASE)
    assert not lazy.is_compiled
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy == lazy and hash(copy) == hash(lazy) and not copy.is_compiled
    assert lazy.match("BY Ann") and not lazy.search("by ann") and lazy.is_compiled
    assert lazy.compiled is re.compile(r"by (?-i:[A-Z])\w+", re.IGNORECASE)
    with pytest.raises(AttributeError):
        lazy.sub  # noqa: B018 (only the matchers are lazy)


def test_the_build_makes_the_gate_only_when_a_file_is_new(tmp_path, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(pipeline, "prepare_families", lambda folder, compile_all: calls.append((folder, compile_all)))
    story = tmp_path / "2024-03-05-ferry.txt"
    story.write_text("Ferry fares rise\n\nThe council agreed on Tuesday to raise ferry fares by a tenth.\n",
                     encoding="utf-8")
    with IngestCache.open(tmp_path / "cache") as cache:
        pipeline.extract_paths([str(story)], ArchiveConfig(), cache=cache)
        assert calls == [(tmp_path / "cache", False)]  # one new file: nothing forked, the gate kept in the cache
        pipeline.extract_paths([str(story)], ArchiveConfig(), cache=cache)
    assert calls == [(tmp_path / "cache", False)]  # nothing new: nothing to prepare
    assert FAMILY_GATE.possible("Read more: Harbour works begin")  # (the table itself still answers)


def test_the_inbox_makes_the_gate_from_the_cache_folder_only_for_a_file(tmp_path, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(ingest, "prepare_families", lambda folder, compile_all: calls.append((folder, compile_all)))
    inbox, content = tmp_path / "inbox", tmp_path / "content"
    inbox.mkdir()
    (content / "articles").mkdir(parents=True)
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    ingest.ingest_inbox(inbox, content, Ledger(), ArchiveConfig(), now, cache_folder=tmp_path / "cache")
    assert calls == []  # an empty inbox: nothing to clean
    (inbox / "2024-03-05-ferry.txt").write_text(
        "Ferry fares rise\n\nThe council agreed on Tuesday to raise ferry fares by a tenth.\n", encoding="utf-8")
    report = ingest.ingest_inbox(inbox, content, Ledger(), ArchiveConfig(), now, cache_folder=tmp_path / "cache")
    assert report.copied and calls == [(tmp_path / "cache", False)]


def test_word_frequencies_are_imported_when_a_tag_is_ranked() -> None:
    """wordfreq (with regex, ftfy, langcodes) is imported by the first look-up, not by what a build imports."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import sys
        import newsarchive.cli, newsarchive.pipeline, newsarchive_pelican.build
        before = "wordfreq" in sys.modules
        from newsarchive.tag_lexicon import english_zipf
        common = english_zipf("the") > english_zipf("skerry")
        print(before, "wordfreq" in sys.modules, common)
    """)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True"]


def _never(*_args, **_kwargs):
    raise AssertionError("the requirements were computed again")


def test_importing_what_a_build_imports_stems_no_place_name() -> None:
    """The place names' keys (thousands of stems) are made when a tag is first folded, not at import."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        from nltk.stem.porter import PorterStemmer
        stemmed = []
        stem = PorterStemmer.stem
        PorterStemmer.stem = lambda self, word, *args, **kwargs: stemmed.append(word) or stem(self, word, *args, **kwargs)
        import newsarchive.config, newsarchive.overrides, newsarchive.pipeline, newsarchive.tag_fold
        before = len(stemmed)
        newsarchive.tag_fold.place_keys()
        print(before, len(stemmed))
    """)], capture_output=True, text=True, check=True)
    on_import, after_asking = map(int, done.stdout.split())
    assert on_import <= len(TITLE_WORDS)  # (tag_rank's table of title words, a hundred stems, stays)
    assert after_asking - on_import > 1000
