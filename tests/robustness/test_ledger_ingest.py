"""Cataloguing, ingest and ledger under faults: same headlines, duplicates, crashes between steps."""
from __future__ import annotations

import json
import os
from datetime import datetime, UTC
from pathlib import Path

import pytest

from newsarchive.catalogue import catalogue_articles, with_recorded_tags
from newsarchive.config import ArchiveConfig
from newsarchive.ingest import ingest_inbox
from newsarchive.ledger import Ledger, LedgerError, load_ledger, save_ledger, stale_temporary_files, write_atomically
from newsarchive.pipeline import extract_paths
from robust_kit import Site, good_article, tree_hashes

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
CONFIG = ArchiveConfig()


def ingest(tmp_path: Path, ledger: Ledger = Ledger()):
    return ingest_inbox(tmp_path / "inbox", tmp_path / "content", ledger, CONFIG, NOW)


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "content" / "articles").mkdir(parents=True)
    return tmp_path


def test_two_articles_with_one_headline_get_distinct_stable_slugs(folders):
    (folders / "inbox" / "a.txt").write_text(good_article("Storm closes the coast road"))
    (folders / "inbox" / "b.txt").write_text("Storm closes the coast road\n\nA different story about a different storm entirely.\n")
    report = ingest(folders)
    slugs = sorted(entry.slug for entry in report.ledger.entries)
    assert slugs == ["storm-closes-the-coast-road", "storm-closes-the-coast-road-2"]
    again = catalogue_articles(_articles(folders), report.ledger, NOW)  # the next build keeps them
    assert sorted(item.entry.slug for item in again.published) == slugs


def test_a_file_of_another_kind_in_the_inbox_is_reported_not_passed_over(folders):
    """A Word document or a PDF dropped into the inbox by mistake is named, with what newsarchive reads, as an
    empty or binary .txt file is; hidden files (.DS_Store, .gitkeep) stay unmentioned, and a file with no
    extension is read as scraped text."""
    (folders / "inbox" / "story.txt").write_text(good_article("Storm closes the coast road"))
    (folders / "inbox" / "draft story.docx").write_bytes(b"PK\x03\x04 a zipped Word document")
    (folders / "inbox" / "press" / "release.PDF").parent.mkdir()
    (folders / "inbox" / "press" / "release.PDF").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folders / "inbox" / "saved-by-wget").write_text(good_article("Ferry service resumes after the storm"))
    (folders / "inbox" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    report = ingest(folders)
    assert sorted(relative for _, relative in report.copied) == ["articles/saved-by-wget", "articles/story.txt"]
    reasons = {Path(rejected.path).name: rejected.reason for rejected in report.rejected}
    assert sorted(reasons) == ["draft story.docx", "release.PDF"]
    assert "a .docx file" in reasons["draft story.docx"] and "a .pdf file" in reasons["release.PDF"]
    assert all(".txt" in reason and ".md" in reason and ".html" in reason for reason in reasons.values())


def test_many_files_of_another_kind_in_the_inbox_are_one_report_line_for_each_kind(folders):
    """A folder of photos or a project's node_modules left in the inbox: one line per kind, naming the first file
    and how many more there are, on every build (not thousands of lines each time)."""
    (folders / "inbox" / "story.txt").write_text(good_article("Storm closes the coast road"))
    (folders / "inbox" / "node_modules" / "pkg").mkdir(parents=True)
    for number in range(300):
        (folders / "inbox" / "node_modules" / "pkg" / f"f{number:03d}.js").write_text("x")
    for number in range(40):
        (folders / "inbox" / f"IMG_{number:02d}.JPG").write_bytes(b"\xff\xd8")
    (folders / "inbox" / "draft story.docx").write_bytes(b"PK\x03\x04 a zipped Word document")
    report = ingest(folders)
    assert [relative for _, relative in report.copied] == ["articles/story.txt"]
    reasons = {Path(rejected.path).name: rejected.reason for rejected in report.rejected}
    assert sorted(reasons) == ["IMG_00.JPG", "draft story.docx", "f000.js"]
    assert "so are 39 more .jpg files" in reasons["IMG_00.JPG"] and "so are 299 more .js files" in reasons["f000.js"]
    assert "more" not in reasons["draft story.docx"]


@pytest.mark.slow
def test_the_builds_count_of_skipped_files_counts_each_file_of_a_kind_reported_together(tmp_path):
    """Three PDFs left in the inbox are one report line, and three of the build's skipped files (the summary said
    "1 skipped" for any number of them)."""
    site = Site(tmp_path)
    site.put("2026-03-01-storm.txt", good_article("Storm closes the coast road"))
    for name in ("minutes.pdf", "agenda.pdf", "budget.pdf"):
        site.put(name, b"%PDF-1.4 a council paper")
    result = site.build()
    assert result.returncode == 0, result.stderr[-2000:]
    assert "(so are 2 more .pdf files in the inbox)" in result.stderr
    assert "1 published, 3 skipped" in result.stderr


def test_the_same_article_under_two_names_is_copied_once_and_reported(folders):
    text = good_article("Storm closes the coast road")
    (folders / "inbox" / "a.txt").write_text(text)
    (folders / "inbox" / "copy of a.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    report = ingest(folders)
    assert [relative for _, relative in report.copied] == ["articles/a.txt"]
    assert [(Path(source).name, relative) for source, relative in report.duplicates] == [("copy of a.txt", "articles/a.txt")]
    second = ingest(folders, report.ledger)  # the inbox is never emptied: next build
    assert second.copied == () and [Path(s).name for s, _ in second.already_archived] == ["a.txt"]
    assert [Path(s).name for s, _ in second.duplicates] == ["copy of a.txt"]


def test_duplicates_inside_the_content_folder_are_published_once(folders):
    text = good_article("Storm closes the coast road")
    for name in ("one.txt", "two.txt"):
        (folders / "content" / "articles" / name).write_text(text)
    catalogue = catalogue_articles(_articles(folders), Ledger(), NOW)
    assert [item.article.path for item in catalogue.published] == ["articles/one.txt"]
    assert [(dup.path, original.path) for dup, original in catalogue.duplicates] == [("articles/two.txt", "articles/one.txt")]


def test_inbox_files_are_never_changed(folders):
    (folders / "inbox" / "a.txt").write_text(good_article("Storm closes the coast road"))
    (folders / "inbox" / "empty.txt").write_bytes(b"")
    before = tree_hashes(folders / "inbox")
    ingest(folders)
    assert tree_hashes(folders / "inbox") == before


def test_a_crash_between_copying_and_saving_the_ledger_loses_nothing_and_copies_nothing_twice(folders):
    (folders / "inbox" / "a.txt").write_text(good_article("Storm closes the coast road"))
    ingest(folders)  # copied into content/, but the ledger was never saved: the crash
    assert (folders / "content" / "articles" / "a.txt").exists()
    report = ingest(folders)
    assert report.copied == ((str(folders / "inbox" / "a.txt"), "articles/a.txt"),)
    assert sorted(p.name for p in (folders / "content" / "articles").iterdir()) == ["a.txt"]
    assert [entry.path for entry in report.ledger.entries] == ["articles/a.txt"]


def test_ledger_writes_are_atomic(tmp_path, monkeypatch):
    path = tmp_path / "ledger.json"
    save_ledger(Ledger(), path)
    before = path.read_bytes()

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomically(path, b"half")
    assert path.read_bytes() == before
    assert stale_temporary_files(path) == ()


def test_temporary_files_of_a_killed_write_are_found_for_cleanup(tmp_path):
    path = tmp_path / "newsarchive-ledger.json"
    leftover = tmp_path / ".newsarchive-ledger.json.k3j4l5.tmp"
    leftover.write_bytes(b"{")
    assert stale_temporary_files(path) == (leftover,)


@pytest.mark.parametrize("document", [
    "{", '{"articles": [{"path": "x"}]}', '[]',
    '{"articles": [{"path": "a.txt", "content_hash": "0", "slug": "../../escape", "date": "2026-01-01T00:00:00+00:00",'
    ' "guid": "g", "ingested_at": "2026-01-01T00:00:00+00:00"}]}',
], ids=["truncated", "missing-keys", "wrong-shape", "unsafe-slug"])
def test_a_damaged_ledger_is_a_clear_error_naming_the_file(tmp_path, document):
    path = tmp_path / "newsarchive-ledger.json"
    path.write_text(document)
    with pytest.raises(LedgerError, match="newsarchive-ledger.json"):
        load_ledger(path)


def test_a_saved_ledger_is_valid_json_with_every_entry(folders):
    for index in range(3):
        (folders / "inbox" / f"{index}.txt").write_text(good_article(f"Storm number {index} closes the road"))
    report = ingest(folders)
    save_ledger(report.ledger, folders / "ledger.json")
    assert len(json.loads((folders / "ledger.json").read_text())["articles"]) == 3
    assert load_ledger(folders / "ledger.json") == report.ledger


def _articles(folders: Path):
    content = folders / "content"
    files = sorted(str(path) for path in (content / "articles").iterdir())
    from dataclasses import replace

    return [replace(article, path=Path(article.path).relative_to(content).as_posix()) for article in extract_paths(files, CONFIG)]


def test_inbox_files_are_catalogued_without_tagging_them_alone(folders, monkeypatch):
    """The build tags the copies with the whole archive: tagging each inbox file alone first was wasted work."""
    import newsarchive.tag as tag  # (the pipeline imports the tagger's functions when it tags)

    def no_tagging(*arguments, **keywords):
        raise AssertionError("an inbox file was tagged on its own")

    monkeypatch.setattr(tag, "find_candidates_batch", no_tagging)
    monkeypatch.setattr(tag, "tag_documents", no_tagging)
    for number in range(3):
        (folders / "inbox" / f"story-{number}.txt").write_text(good_article(f"Storm number {number} closes the road"))
    report = ingest(folders)
    assert len(report.copied) == 3 and len(report.ledger.entries) == 3


def test_archive_copies_and_the_ledger_get_the_mode_a_new_file_gets(folders):
    (folders / "inbox" / "a.txt").write_text(good_article("Storm closes the coast road"))
    report = ingest(folders)
    save_ledger(report.ledger, folders / "content" / "ledger.json")
    mask = os.umask(0)
    os.umask(mask)
    for path in (folders / "content" / "articles" / "a.txt", folders / "content" / "ledger.json"):
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask, path


def test_a_deleted_story_dropped_in_again_under_another_name_takes_back_its_one_entry(folders):
    (folders / "inbox" / "a.txt").write_text(good_article("Storm closes the coast road"))
    first = ingest(folders)
    (folders / "content" / "articles" / "a.txt").unlink()
    (folders / "inbox" / "a.txt").rename(folders / "inbox" / "again.txt")
    second = ingest(folders, first.ledger)
    assert [relative for _, relative in second.copied] == ["articles/again.txt"]
    (entry,) = second.ledger.entries
    assert (entry.path, entry.slug, entry.guid) == ("articles/again.txt", first.ledger.entries[0].slug,
                                                   first.ledger.entries[0].guid)
    (folders / "content" / "articles" / "again.txt").unlink()  # deleted again: its inbox file does not bring it back
    third = ingest(folders, second.ledger)
    assert third.copied == () and [relative for _, relative in third.already_archived] == ["articles/again.txt"]


def test_an_inbox_file_edited_after_ingest_is_reported_and_not_published_twice(folders):
    inbox_file = folders / "inbox" / "storm.txt"
    inbox_file.write_text(good_article("Storm closes the coast road"))
    first = ingest(folders)
    inbox_file.write_text(good_article("Storm closes the coast road", "A correction was added to this story."))
    edited = inbox_file.read_bytes()
    second = ingest(folders, first.ledger)
    assert second.copied == () and second.ledger == first.ledger
    [rejected] = second.rejected
    assert rejected.path == str(inbox_file) and "changed since it was archived as articles/storm.txt" in rejected.reason
    assert "edit content/articles/storm.txt" in rejected.reason
    assert inbox_file.read_bytes() == edited and sorted(os.listdir(folders / "content" / "articles")) == ["storm.txt"]


def test_two_outlets_files_of_one_name_and_headline_in_folders_of_the_inbox_are_two_stories(folders):
    """inbox/north/bridge.txt and inbox/south/bridge.txt, each outlet's own story under one headline: the second is
    no edit of the first (an edited file is the same file of the inbox, in the same folder); each is recognised
    as ingested on the next build, and an edit of one is still reported."""
    for outlet in ("north", "south"):
        (folders / "inbox" / outlet).mkdir()
    (folders / "inbox" / "north" / "bridge.txt").write_text(good_article("Harbour bridge to close"))
    first = ingest(folders)
    (folders / "inbox" / "south" / "bridge.txt").write_text(
        "Harbour bridge to close\n\nCommuters face weeks of detours while the old crossing is shut for its "
        "bearings to be replaced.\n\nThe port promised extra ferries during the works.\n")
    second = ingest(folders, first.ledger)
    assert second.rejected == () and [relative for _, relative in second.copied] == ["articles/bridge-2.txt"]
    assert sorted(entry.origin for entry in second.ledger.entries) == ["north/bridge.txt", "south/bridge.txt"]
    again = ingest(folders, second.ledger)
    assert again.copied == again.rejected == again.duplicates == () and len(again.already_archived) == 2
    (folders / "inbox" / "north" / "bridge.txt").write_text(good_article("Harbour bridge to close", "Corrected."))
    [rejected] = ingest(folders, second.ledger).rejected
    assert "changed since it was archived as articles/bridge.txt" in rejected.reason


def test_a_new_story_under_a_file_name_used_before_is_a_new_story(folders):
    inbox_file = folders / "inbox" / "latest.txt"
    inbox_file.write_text(good_article("Storm closes the coast road"))
    first = ingest(folders)
    inbox_file.write_text(good_article("Ferry service resumes after the storm"))
    second = ingest(folders, first.ledger)
    assert [relative for _, relative in second.copied] == ["articles/latest-2.txt"] and second.rejected == ()


def test_a_second_scrape_never_takes_the_url_of_the_story_it_repeats(folders):
    """Another scrape of a published story (other furniture around it) under a file name that sorts first is the
    duplicate: the story published first keeps its file, URL and GUID."""
    (folders / "inbox" / "tram-depot-fire.txt").write_text(good_article("Fire breaks out at the tram depot"))
    first = ingest(folders)
    later = NOW.replace(day=2)
    (folders / "inbox" / "a-tram-depot-fire-copy.txt").write_text(
        good_article("Fire breaks out at the tram depot").replace("\n\n", "\n\nAdvertisement\n\n", 1))
    second = ingest_inbox(folders / "inbox", folders / "content", first.ledger, CONFIG, later)
    assert [relative for _, relative in second.copied] == ["articles/a-tram-depot-fire-copy.txt"]
    catalogue = catalogue_articles(_articles(folders), second.ledger, later)
    [published] = catalogue.published
    [original] = first.ledger.entries
    assert (published.article.path, published.entry.slug, published.entry.guid) == (
        "articles/tram-depot-fire.txt", original.slug, original.guid)
    assert [(dup.path, kept.path) for dup, kept in catalogue.duplicates] == [
        ("articles/a-tram-depot-fire-copy.txt", "articles/tram-depot-fire.txt")]


def test_a_second_scrape_arriving_with_its_original_is_recorded_and_stays_deleted(folders):
    """Two scrapes of one story (other furniture around it) dropped into the inbox together: the one left out is
    copied and recorded as a second scrape arriving later is, so the next build neither copies it again nor
    counts it as new, and once its copy is deleted (as its report asks) it does not come back."""
    story = good_article("Fire breaks out at the tram depot")
    (folders / "inbox" / "tram-depot-fire.txt").write_text(story)
    (folders / "inbox" / "tram-depot-fire-again.txt").write_text(story.replace("\n\n", "\n\nAdvertisement\n\n", 1))
    first = ingest(folders)
    assert sorted(relative for _, relative in first.copied) == [
        "articles/tram-depot-fire-again.txt", "articles/tram-depot-fire.txt"]
    assert sorted(entry.origin for entry in first.ledger.entries) == ["tram-depot-fire-again.txt", "tram-depot-fire.txt"]
    catalogue = catalogue_articles(_articles(folders), first.ledger, NOW)
    [published], [(duplicate, _)] = catalogue.published, catalogue.duplicates
    second = ingest(folders, first.ledger)
    assert second.copied == () and len(second.already_archived) == 2 and second.ledger == first.ledger
    (folders / "content" / duplicate.path).unlink()
    third = ingest(folders, first.ledger)
    assert third.copied == () and os.listdir(folders / "content" / "articles") == [Path(published.article.path).name]
    [again] = catalogue_articles(_articles(folders), third.ledger, NOW).published
    assert again.entry == published.entry


def test_an_edited_tags_line_is_applied_though_the_text_is_the_same(folders):
    """The ledger keeps an article's tags while its text and the tagger's settings stay; a Tags:, Pin_tags: or
    Ban_tags: line is no part of the text, and its edit was ignored until --retag."""
    path = folders / "content" / "articles" / "storm.md"
    body = good_article("Storm closes the coast road").split("\n", 2)[2]
    path.write_text("Title: Storm closes the coast road\nTags: storms, roads\n\n" + body)
    first = catalogue_articles(_articles(folders), Ledger(), NOW, {"articles/storm.md": ("storms", "roads")}, "t1")
    path.write_text("Title: Storm closes the coast road\nTags: storms, coast road, Ostvik\n\n" + body)
    [article] = with_recorded_tags(_articles(folders), first.ledger, "t1")
    assert article.tags == ("storms", "coast road", "Ostvik")
    again = catalogue_articles([article], first.ledger, NOW, {article.path: article.tags}, "t1")
    assert with_recorded_tags([article], again.ledger, "t1")[0].tags == ("storms", "coast road", "Ostvik")


def test_a_story_dated_in_the_future_is_said_to_be_so_by_the_build_after_its_ingest(folders):
    """An inbox file dated years ahead is catalogued twice in its first build: by the ingest, which dates it then
    (with the note), and by the build, whose note said only that the file gives another date than the one "it was
    published under, which stays", as after an edit of its Date: line."""
    path = folders / "content" / "articles" / "later.md"
    body = good_article("Storm closes the coast road").split("\n", 2)[2]
    path.write_text("Title: Storm closes the coast road\nDate: 2999-12-31 23:00\n\n" + body)
    ingested = catalogue_articles(_articles(folders), Ledger(), NOW)
    [published] = catalogue_articles(_articles(folders), ingested.ledger, NOW).published
    assert published.entry.date == NOW
    assert [note for note in published.article.notes if "2999" in note] == [
        note for note in published.article.notes if "in the future" in note] != []
    path.write_text("Title: Storm closes the coast road\nDate: 2026-05-01 20:00\n\n" + body)  # an edit, hours on
    [edited] = catalogue_articles(_articles(folders), ingested.ledger, NOW).published
    assert [note for note in edited.article.notes if "in the future" in note] == []
    assert any("which stays" in note for note in edited.article.notes)


def test_a_story_dated_in_the_future_is_dated_when_first_published_with_a_note(folders):
    path = folders / "content" / "articles" / "later.md"
    body = good_article("Storm closes the coast road").split("\n", 2)[2]
    path.write_text("Title: Storm closes the coast road\nDate: 2999-12-31 23:00\n\n" + body)
    [published] = catalogue_articles(_articles(folders), Ledger(), NOW).published
    assert published.entry.date == NOW and any("in the future" in note for note in published.article.notes)
    path.write_text("Title: Storm closes the coast road\nDate: 2026-05-01 20:00\n\n" + body)  # hours ahead: kept
    [published] = catalogue_articles(_articles(folders), Ledger(), NOW).published
    assert published.entry.date == NOW.replace(hour=20) and published.article.notes == ()


def test_a_slug_asked_for_is_used_at_first_publication_and_a_taken_one_is_reported(folders):
    articles = folders / "content" / "articles"
    (articles / "2026-04-02-a.md").write_text("Title: Storm closes the coast road\nSlug: roundup\n\n" + good_article("x").split("\n", 2)[2])
    (articles / "2026-04-09-b.md").write_text("Title: Ferries cancelled for a week\nSlug: Roundup\n\n"
                                              "Every ferry from the harbour was cancelled for a week after the storm damaged the pier.\n")
    catalogue = catalogue_articles(_articles(folders), Ledger(), NOW)
    published = {item.article.path: item for item in catalogue.published}
    assert published["articles/2026-04-02-a.md"].entry.slug == "roundup"
    assert published["articles/2026-04-02-a.md"].article.notes == ()
    second = published["articles/2026-04-09-b.md"]
    assert second.entry.slug == "roundup-2"
    assert second.article.notes == ("its header asks for the slug 'roundup', another story's that month: published as 'roundup-2'",)
    again = catalogue_articles(_articles(folders), catalogue.ledger, NOW)  # the next build: no change, no note
    assert [item.article.notes for item in again.published] == [(), ()]


def test_an_edited_inbox_file_whose_copy_is_now_a_draft_is_not_published_a_second_time(folders):
    inbox_file = folders / "inbox" / "storm.md"
    inbox_file.write_text("Title: Storm closes the coast road\n\n" + good_article("x").split("\n", 2)[2])
    first = ingest(folders)
    inbox_file.write_text(inbox_file.read_text() + "\nA correction was added to this story.\n")
    copy = folders / "content" / "articles" / "storm.md"
    copy.write_text(copy.read_text().replace("Title: Storm closes the coast road\n", "Title: Storm closes the coast road\nStatus: draft\n"))
    second = ingest(folders, first.ledger)
    assert second.copied == () and "changed since it was archived as articles/storm.md" in second.rejected[0].reason
    assert sorted(os.listdir(folders / "content" / "articles")) == ["storm.md"]


def test_an_update_dated_before_the_story_is_reported_and_not_shown(folders):
    (folders / "content" / "articles" / "2026-04-09-a.md").write_text(
        "Title: Ferries cancelled for a week\nDate: 2026-04-09 10:00\nModified: 2026-04-01 09:00\n\n"
        "Every ferry from the harbour was cancelled for a week after the storm damaged the pier.\n")
    [item] = catalogue_articles(_articles(folders), Ledger(), NOW).published
    assert item.article.notes == ("its Modified: date 2026-04-01 09:00 +0000 is not after its publication, "
                                  "2026-04-09 10:00 +0000: not shown",)


@pytest.mark.parametrize("stem", ["é" * 125, "L" * 251, "long name " * 25])
def test_an_inbox_file_named_as_long_as_a_name_can_be_is_copied_beside_an_archived_one_of_its_name(folders, stem):
    """A second file of a name already in the archive is copied as ``name-2``: a name of 250-odd bytes must be
    cut to leave room for the number, not stop the build with 'File name too long'."""
    name = stem.encode("utf-8")[:251].decode("utf-8", "ignore") + ".txt"
    (folders / "content" / "articles" / name).write_text(good_article("Storm closes the coast road"))
    (folders / "inbox" / name).write_text(good_article("Ferry service resumes after the storm"))
    report = ingest(folders)
    copies = sorted(relative for _, relative in report.copied)
    assert len(copies) == 1 and not report.rejected, (copies, report.rejected)
    for relative in copies:
        assert len(Path(relative).name.encode("utf-8")) <= 255 and Path(relative).suffix == ".txt"
        assert "Storm" not in (folders / "content" / relative).read_text()
    assert ingest(folders, report.ledger).copied == ()  # the next build recognises the copies


def test_many_scrapes_of_one_story_arriving_together_are_recorded_in_one_pass(folders, monkeypatch):
    """Each second scrape is recorded as a copy of the story (its slug, date and GUID, and the inbox file it came
    from), in one pass over the ledger whatever their number (a pass for each scrape made 200 scrapes of one story
    cost seconds in a large archive)."""
    import newsarchive.ingest as ingest_module

    story = good_article("Fire breaks out at the tram depot")
    for number in range(6):
        (folders / "inbox" / f"tram-depot-fire-{number}.txt").write_text(
            story.replace("\n\n", "\n\n" + "Advertisement\n\n" * (number + 1), 1))
    passes = []
    monkeypatch.setattr(ingest_module, "catalogue_articles",
                        lambda *args, **kwargs: passes.append(1) or catalogue_articles(*args, **kwargs))
    report = ingest(folders)
    assert len(report.copied) == 6 and len(passes) == 1
    assert len({(entry.slug, entry.date, entry.guid) for entry in report.ledger.entries}) == 1
    assert sorted(entry.origin for entry in report.ledger.entries) == [f"tram-depot-fire-{n}.txt" for n in range(6)]


def test_a_story_taken_down_stays_down_though_a_copy_reported_as_its_duplicate_is_still_in_the_inbox(folders):
    """A copy of a story's text (another name, another encoding) left in the inbox is reported as a duplicate while
    the story is published; once the story is taken down (its archive file deleted) that copy does not bring it back,
    on this build or any later one. The same text dropped in after the take-down does (as the README says)."""
    text = good_article("Storm closes the coast road")
    (folders / "inbox" / "storm.txt").write_text(text)
    first = ingest(folders)
    (folders / "inbox" / "storm (1).txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    second = ingest(folders, first.ledger)
    assert [Path(source).name for source, _ in second.duplicates] == ["storm (1).txt"]
    (folders / "content" / "articles" / "storm.txt").unlink()
    third = ingest(folders, second.ledger)
    assert third.copied == () and sorted(Path(source).name for source, _ in third.already_archived) == [
        "storm (1).txt", "storm.txt"]
    assert ingest(folders, third.ledger).copied == () and os.listdir(folders / "content" / "articles") == []
    (folders / "inbox" / "storm again.txt").write_text(text)  # dropped in after the take-down: it comes back
    fourth = ingest(folders, third.ledger)
    assert [relative for _, relative in fourth.copied] == ["articles/storm again.txt"]
    assert fourth.ledger.by_path()["articles/storm again.txt"].guid == first.ledger.entries[0].guid
