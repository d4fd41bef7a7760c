"""What every build does once per file of the archive and of the inbox, counted (not timed): a rebuild of an
archive of 11,000 stories repeats it for each of them. And what it imports: the tagger's libraries only when a
story is tagged.

Checking that no file is read through a symbolic link resolved each file's whole path, component by component:
about a second of every build at ×5. A file that is no link lies where its folder resolves to, so each folder is
resolved once; links are reported as before.
"""
from __future__ import annotations

import types
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsarchive.config import ArchiveConfig
from newsarchive.ingest import ingest_inbox
from newsarchive.ledger import Ledger
from newsarchive.reading import link_check
from newsarchive_pelican import archive
from sitekit import SiteFolders

FILES = 30
STORY = "Harbour board approves ferry pier repairs number {n}\n\nThe harbour board approved repairs to the ferry " \
        "pier on Tuesday, number {n} of the year's works.\n\nWork starts in the spring and takes six weeks.\n"


@pytest.fixture
def resolved(monkeypatch) -> list[Path]:
    """Every path ``Path.resolve`` is asked about while the test runs."""
    calls: list[Path] = []
    original = Path.resolve

    def counting(self, strict=False):
        calls.append(self)
        return original(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", counting)
    return calls


def _write(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"2026-03-{n % 28 + 1:02d}T0900-pier-{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    return sorted(path.name for path in folder.iterdir())


def test_the_content_folders_files_are_checked_for_links_folder_by_folder(tmp_path, resolved) -> None:
    content = tmp_path / "content"
    names = [f"articles/{name}" for name in _write(content / "articles", FILES)]
    names += [f"articles/north/{name}" for name in _write(content / "articles" / "north", FILES)]
    generator = types.SimpleNamespace(settings={"ARTICLE_PATHS": ["articles"], "ARTICLE_EXCLUDES": []},
                                      get_files=lambda paths, exclude, extensions: set(names))
    assert archive._article_files(generator, content) == sorted(names)
    assert len(resolved) <= 3  # the content folder and the two folders holding the files, not each file


def test_the_inbox_files_are_checked_for_links_folder_by_folder(tmp_path, resolved) -> None:
    _write(tmp_path / "inbox", FILES)
    (tmp_path / "content" / "articles").mkdir(parents=True)
    report = ingest_inbox(tmp_path / "inbox", tmp_path / "content", Ledger(), ArchiveConfig(),
                          datetime(2026, 5, 1, 12, tzinfo=UTC))
    assert len(report.copied) == FILES and not report.rejected
    assert len(resolved) <= 2  # the inbox, as the folder and as the one holding the files: not 2 for every file


def test_a_file_by_a_link_or_through_a_linked_folder_is_still_refused(tmp_path) -> None:
    outside = tmp_path / "outside"
    _write(outside, 2)
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "kept.txt").write_text(STORY.format(n=1), encoding="utf-8")
    (content / "articles" / "linked.txt").symlink_to(outside / sorted(p.name for p in outside.iterdir())[0])
    (content / "articles" / "elsewhere").symlink_to(outside)
    problem = link_check(content)
    assert problem(content / "articles" / "kept.txt") is None
    assert "a symbolic link" in problem(content / "articles" / "linked.txt")
    inside_link = next((content / "articles" / "elsewhere").iterdir())
    assert "outside its folder" in problem(inside_link)


TAGGER_LIBRARIES = frozenset({"nltk", "textblob", "pycountry"})  # about 0.45 s of CPU to import


def _tagger_libraries_imported(site: SiteFolders) -> set[str]:
    """The tagger's libraries a build of ``site`` imported (its settings file records what the process imported)."""
    record = site.root / "imported.txt"
    record.unlink(missing_ok=True)
    site.build()
    return set(record.read_text(encoding="utf-8").split()) & TAGGER_LIBRARIES


@pytest.mark.slow
def test_a_rebuild_with_nothing_new_imports_none_of_the_taggers_libraries(tmp_path) -> None:
    site = SiteFolders(tmp_path / "site")
    with site.settings.open("a", encoding="utf-8") as settings:
        settings.write(f"import atexit as _atexit, sys as _sys\n_atexit.register(lambda: open({str(site.root / 'imported.txt')!r}, "
                       "'w').write(' '.join({name.partition('.')[0] for name in _sys.modules})))\n")
    site.add_article("2026-03-02T0900-pier.txt", STORY.format(n=1), folder="inbox")
    assert _tagger_libraries_imported(site) == TAGGER_LIBRARIES  # a new story: tagged
    assert _tagger_libraries_imported(site) == set()  # nothing new: nothing tagged, nothing of the tagger imported
    site.add_article("2026-03-03T0900-pier.txt", STORY.format(n=2), folder="inbox")
    assert _tagger_libraries_imported(site) == TAGGER_LIBRARIES
