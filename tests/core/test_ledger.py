"""The ledger and the catalogue: permanent slugs, dates and GUIDs; duplicates left out."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, UTC

import pytest

from newsarchive.catalogue import catalogue_articles, with_recorded_tags
from newsarchive.ledger import Ledger, LedgerError, load_ledger, save_ledger
from newsarchive.model import Article

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def article(path: str, title: str, fingerprint: str, date: datetime | None = None) -> Article:
    return Article(path=path, title=title, body_markdown=f"Body of {fingerprint}.\n", summary="Body.", tags=(), removed=(),
                   source=None, date=date, content_hash=fingerprint)


def test_new_articles_get_dates_slugs_and_guids_that_survive_a_round_trip(tmp_path):
    dated = article("a.txt", "Harbour reopens", "h1", datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    undated = article("b.txt", "Harbour reopens", "h2")
    catalogue = catalogue_articles([dated, undated], Ledger(), NOW)
    entries = {entry.path: entry for entry in catalogue.ledger.entries}
    assert entries["a.txt"].date == dated.date and entries["b.txt"].date == NOW
    assert entries["a.txt"].guid != entries["b.txt"].guid
    save_ledger(catalogue.ledger, tmp_path / "ledger.json")
    assert load_ledger(tmp_path / "ledger.json") == catalogue.ledger


def test_same_headline_same_month_gets_distinct_slugs():
    month = datetime(2026, 3, 2, tzinfo=UTC)
    first = article("a.txt", "Storm hits coast", "h1", month)
    second = article("b.txt", "Storm hits coast", "h2", month)
    slugs = {entry.slug for entry in catalogue_articles([first, second], Ledger(), NOW).ledger.entries}
    assert slugs == {"storm-hits-coast", "storm-hits-coast-2"}


def test_existing_entries_never_change_even_when_the_file_is_edited():
    original = catalogue_articles([article("a.txt", "Old title", "h1")], Ledger(), NOW).ledger
    later = datetime(2026, 12, 1, tzinfo=UTC)
    edited = catalogue_articles([article("a.txt", "New title", "h9")], original, later).ledger
    before, after = original.entries[0], edited.entries[0]
    assert (after.slug, after.date, after.guid) == (before.slug, before.date, before.guid)
    assert after.content_hash == "h9" and "h1" in after.known_hashes


def test_duplicates_are_left_out_and_the_archived_original_wins():
    ledger = catalogue_articles([article("z.txt", "Story", "same")], Ledger(), NOW).ledger
    catalogue = catalogue_articles([article("a.txt", "Story", "same"), article("z.txt", "Story", "same")], ledger, NOW)
    assert [item.article.path for item in catalogue.published] == ["z.txt"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("a.txt", "z.txt")]


def test_a_damaged_ledger_is_reported_with_its_path(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps({"articles": [{"path": "a"}]}))
    with pytest.raises(LedgerError, match=str(path)):
        load_ledger(path)


def test_a_renamed_file_keeps_its_url_date_and_guid_and_the_old_path_is_forgotten():
    dated = datetime(2026, 2, 11, 6, 45, tzinfo=UTC)
    original = catalogue_articles([article("articles/old-name.txt", "Clashes at the crossing", "h1", dated)],
                                  Ledger(), NOW).ledger
    renamed = article("articles/new-name.txt", "Clashes at the crossing", "h1",
                      datetime(2026, 2, 11, 16, 45, tzinfo=UTC))
    catalogue = catalogue_articles([renamed], original, NOW)
    before, after = original.entries[0], catalogue.ledger.entries
    assert [entry.path for entry in after] == ["articles/new-name.txt"]
    assert (after[0].slug, after[0].date, after[0].guid) == (before.slug, before.date, before.guid)
    assert catalogue.published[0].entry == after[0]


def test_a_copy_of_an_archived_file_beside_it_is_a_duplicate_not_a_rename():
    original = catalogue_articles([article("a.txt", "Story", "same")], Ledger(), NOW).ledger
    catalogue = catalogue_articles([article("a.txt", "Story", "same"), article("b.txt", "Story", "same")],
                                   original, NOW)
    assert [entry.path for entry in catalogue.ledger.entries] == ["a.txt"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("b.txt", "a.txt")]


def test_a_deleted_file_keeps_its_entry_so_its_url_is_never_given_to_another_story():
    month = datetime(2026, 3, 2, tzinfo=UTC)
    original = catalogue_articles([article("a.txt", "Storm hits coast", "h1", month)], Ledger(), NOW).ledger
    later = catalogue_articles([article("b.txt", "Storm hits coast", "h2", month)], original, NOW).ledger
    assert {entry.path: entry.slug for entry in later.entries} == {"a.txt": "storm-hits-coast",
                                                                   "b.txt": "storm-hits-coast-2"}


def test_the_sample_archive_ledger_has_one_entry_per_file_and_no_stale_entries():
    from pathlib import Path

    content = Path(__file__).resolve().parents[2] / "content"
    entries = load_ledger(content / "newsarchive-ledger.json").entries
    files = {path.relative_to(content).as_posix() for path in (content / "articles").iterdir()}
    assert {entry.path for entry in entries} == files
    assert len({entry.content_hash for entry in entries}) == len(entries)
    assert not any(entry.slug.endswith("-2") for entry in entries)


def test_tags_are_recorded_with_the_settings_and_given_back_while_text_and_settings_are_unchanged(tmp_path):
    story = article("a.txt", "Harbour reopens", "h1")
    catalogue = catalogue_articles([story], Ledger(), NOW, {"a.txt": ("Harbour", "ferries")}, "settings-1")
    save_ledger(catalogue.ledger, tmp_path / "ledger.json")
    ledger = load_ledger(tmp_path / "ledger.json")
    assert (ledger.entries[0].tags, ledger.entries[0].tagged_with) == (("Harbour", "ferries"), "settings-1")
    assert with_recorded_tags([story], ledger, "settings-1")[0].tags == ("Harbour", "ferries")
    assert with_recorded_tags([story], ledger, "settings-2")[0].tags == ()  # other tag settings: tagged again
    edited = article("a.txt", "Harbour reopens", "h2")
    assert with_recorded_tags([edited], ledger, "settings-1")[0].tags == ()  # another text: tagged again


def test_the_tag_fingerprint_names_the_sites_settings_not_newsarchives_own_alias_table(monkeypatch):
    """An upgrade whose built-in alias table gained a line tagged every story again (tag pages vanished
    wholesale); the settings a site gives still count."""
    from newsarchive import tag_settings
    from newsarchive.tag import TagConfig

    before = TagConfig(max_tags=6).fingerprint()
    monkeypatch.setattr(tag_settings, "BUILTIN_ALIASES", (*tag_settings.BUILTIN_ALIASES, ("Harbour Brd", "Harbour Board")))
    assert TagConfig(max_tags=6).fingerprint() == before
    others = [TagConfig(), TagConfig(max_tags=5), TagConfig(banned=("ferries",)), TagConfig(pinned=("Harbour",)),
              TagConfig(aliases=(("Harbour Brd", "Harbour Board"),)), TagConfig(max_tags=6, min_tags=2)]
    assert len({config.fingerprint() for config in others} | {before}) == len(others) + 1


def test_tags_an_earlier_version_recorded_under_the_same_settings_are_kept_and_recorded_again():
    from newsarchive.tag import TagConfig

    config = TagConfig(max_tags=6)
    story = article("a.txt", "Harbour reopens", "h1")
    earlier = catalogue_articles([story], Ledger(), NOW, {"a.txt": ("Harbour", "ferries")},
                                 config.earlier_fingerprint()).ledger
    kept = with_recorded_tags([story], earlier, config.fingerprint(), [config.earlier_fingerprint()])
    assert kept[0].tags == ("Harbour", "ferries")
    entry = catalogue_articles(kept, earlier, NOW, {"a.txt": kept[0].tags}, config.fingerprint()).ledger.entries[0]
    assert (entry.tags, entry.tagged_with) == (("Harbour", "ferries"), config.fingerprint())
    assert with_recorded_tags([story], earlier, TagConfig().fingerprint(), [TagConfig().earlier_fingerprint()])[0].tags == ()


def test_the_tag_settings_recorded_in_the_ledger_survive_a_round_trip_and_a_ledger_without_them_is_unchanged(tmp_path):
    from newsarchive.tag import TagConfig

    config = TagConfig(max_tags=6, pinned=("Harbour",), banned=("ferries",), aliases=(("Harbour Brd", "Harbour Board"),))
    assert TagConfig.from_record(json.loads(json.dumps(config.as_record()))) == config
    assert TagConfig.from_record({"max_tags": 6}) is None  # a record this version cannot read: tagged again
    ledger = catalogue_articles([article("a.txt", "Harbour reopens", "h1")], Ledger(), NOW).ledger
    save_ledger(ledger, tmp_path / "plain.json")
    assert '"tag_settings"' not in (tmp_path / "plain.json").read_text()
    recorded = replace(ledger, tag_settings=config.as_record())
    save_ledger(recorded, tmp_path / "recorded.json")
    assert load_ledger(tmp_path / "recorded.json") == recorded
    assert recorded.with_entries([]).without_paths({"a.txt"}).tag_settings == config.as_record()


@pytest.mark.parametrize("field, value", [("pinned", [1]), ("banned", "Harbour"), ("max_tags", "4"), ("max_tags", True),
                                          ("aliases", [["ferry strike"]]), ("aliases", [[1, 2]])])
def test_tag_settings_of_another_shape_in_the_ledger_are_not_read(field, value):
    """A ledger edited by hand or merged with tag settings of another shape than recorded ("pinned": [1]) was read
    as settings, and a ban or pin changed since then raised AttributeError out of the build ('int' has no split):
    such settings are a record this version cannot read, and the archive is tagged again."""
    from newsarchive.catalogue import with_retouched_tags
    from newsarchive.tag import TagConfig

    made_under = TagConfig(max_tags=4, pinned=("Port news",))
    damaged = {**made_under.as_record(), field: value}
    assert TagConfig.from_record(damaged) is None
    story = article("a.txt", "Harbour reopens", "h1")
    tags = ("Port news", "Harbour", "Kestrel Ferries")
    ledger = replace(catalogue_articles([story], Ledger(), NOW, {"a.txt": tags}, made_under.fingerprint()).ledger,
                     tag_settings=damaged)
    assert with_retouched_tags([story], ledger, TagConfig(max_tags=4, pinned=("Coast",)))[0].tags == ()


def test_a_pin_or_ban_added_to_the_settings_is_applied_to_recorded_tags_as_the_tagger_applies_it():
    from newsarchive.catalogue import with_retouched_tags
    from newsarchive.tag_settings import TagConfig, retouched

    made_under = TagConfig(max_tags=4, pinned=("Port news",))
    tags = ("Port news", "Harbour", "ferry strikes", "Kestrel Ferries")
    assert retouched(tags, made_under, TagConfig(max_tags=4, pinned=("Port news",), banned=("ferry strike",))) == \
        ("Port news", "Harbour", "Kestrel Ferries")  # a plural banned too, its place not filled
    assert retouched(tags, made_under, TagConfig(max_tags=4, pinned=("Coast",))) == \
        ("Coast", "Harbour", "ferry strikes", "Kestrel Ferries")  # the old pin leaves, the new one leads
    assert retouched(tags, made_under, TagConfig(max_tags=4, pinned=("Port news", "Coast"))) == \
        ("Port news", "Coast", "Harbour", "ferry strikes")  # cut to max_tags as the tagger cuts
    assert retouched(tags, made_under, TagConfig(max_tags=5, pinned=("Port news",))) is None  # needs the tagger
    aliased = TagConfig(max_tags=4, pinned=("Port news",), aliases=(("ferry strike", "ferry dispute"),))
    assert retouched(tags, made_under, aliased) == ("Port news", "Harbour", "ferry dispute", "Kestrel Ferries")
    assert retouched(tags, aliased, made_under) is None  # an alias taken away: its variants cannot be told apart
    story = article("a.txt", "Harbour reopens", "h1")
    ledger = replace(catalogue_articles([story], Ledger(), NOW, {"a.txt": tags}, made_under.fingerprint()).ledger,
                     tag_settings=made_under.as_record())
    banned = TagConfig(max_tags=4, pinned=("Port news",), banned=("Harbour",))
    assert with_retouched_tags([story], ledger, banned)[0].tags == ("Port news", "ferry strikes", "Kestrel Ferries")
    declared = replace(story, tag_fields="f1")  # a file's own tag lines: tagged again, as before
    assert with_retouched_tags([declared], ledger, banned)[0].tags == ()
    assert with_retouched_tags([story], replace(ledger, tag_settings=None), banned)[0].tags == ()


def test_a_ledger_written_before_tags_were_recorded_still_loads(tmp_path):
    path = tmp_path / "ledger.json"
    save_ledger(catalogue_articles([article("a.txt", "Harbour reopens", "h1")], Ledger(), NOW).ledger, path)
    document = json.loads(path.read_text())
    for entry in document["articles"]:
        del entry["tags"], entry["tagged_with"]
    path.write_text(json.dumps(document))
    assert load_ledger(path).entries[0].tags is None


def test_the_same_story_scraped_twice_with_other_boilerplate_is_published_once():
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import tag_articles, prepare_bytes

    story = "Ferry fares rise\n\nThe harbour board raised ferry fares by four percent on Monday.\n\nCommuters objected.\n"
    scraped = story + "\nSign up for our free morning newsletter\n\nsource site-12\n"
    first, second = (prepare_bytes(name, text.encode(), ArchiveConfig()) for name, text in
                     (("a.txt", story), ("b.txt", scraped)))
    articles = tag_articles([first, second], ArchiveConfig())
    assert articles[0].content_hash != articles[1].content_hash
    catalogue = catalogue_articles(list(articles), Ledger(), NOW)
    assert [item.article.path for item in catalogue.published] == ["a.txt"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("b.txt", "a.txt")]


def scrape(path: str, fingerprint: str, body: str = "Body of the story.\n") -> Article:
    """One scrape of the story "Bridge to close": the same headline and cleaned body, its own file and fingerprint."""
    return Article(path=path, title="Bridge to close", body_markdown=body, summary="Body.", tags=(), removed=(),
                   source=None, date=None, content_hash=fingerprint)


def test_a_second_scrape_is_recorded_as_a_copy_of_the_story_and_takes_its_place_once_the_first_is_deleted():
    """The story published first is deleted and its second scrape is still in the archive: the story stays at its
    URL, date and GUID (it moved to the second scrape's own date, a new URL and a new feed entry)."""
    first = catalogue_articles([scrape("a.txt", "h1")], Ledger(), NOW).ledger
    later = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
    both = catalogue_articles([scrape("a.txt", "h1"), scrape("b.txt", "h2")], first, later)
    assert [(dup.path, orig.path) for dup, orig in both.duplicates] == [("b.txt", "a.txt")]
    [story] = first.entries
    alone = catalogue_articles([scrape("b.txt", "h2")], both.ledger, datetime(2026, 12, 20, tzinfo=UTC))
    [published] = alone.published
    assert published.article.path == "b.txt"
    assert (published.entry.slug, published.entry.date, published.entry.guid) == (story.slug, story.date, story.guid)


def test_a_second_scrape_stays_left_out_when_the_story_it_repeats_is_corrected():
    """Correcting the published copy (as the README asks) does not publish the uncorrected second scrape as a
    story of its own."""
    first = catalogue_articles([scrape("a.txt", "h1")], Ledger(), NOW).ledger
    both = catalogue_articles([scrape("a.txt", "h1"), scrape("b.txt", "h2")], first, NOW).ledger
    corrected = scrape("a.txt", "h3", "Body of the story, corrected.\n")
    catalogue = catalogue_articles([corrected, scrape("b.txt", "h2")], both, NOW)
    assert [item.article.path for item in catalogue.published] == ["a.txt"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("b.txt", "a.txt")]


def test_scrapes_of_one_story_that_differ_only_in_how_its_characters_are_written_are_published_once():
    """Character references for the characters ("caf&#233;", "&pound;"), invisible characters (a zero-width space,
    a soft hyphen), curly or straight quotes and dashes, a Markdown copy's emphasis: the one story a reader reads.
    A story that differs in a figure is another story."""
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import prepare_bytes, tag_articles

    story = ("Caf\u00e9 fares rise \u2013 again\n\n"
             "The harbour caf\u00e9 raised its ferry-day prices to \u00a33.20 on Monday, its owner said.\n\n"
             "\u201cWe held out for a year,\u201d said the owner, Mira Sol. \u201cIt\u2019s the cost of milk.\u201d\n")
    scrapes = {
        "a.txt": story,
        "b.txt": story.replace("\u00e9", "&#233;").replace("\u00a3", "&pound;"),
        "c.txt": story.replace("harbour", "har\u00adbour").replace("Monday", "Mon\u200bday"),
        "d.txt": story.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2013", "-"),
        "e.md": ("Title: Caf\u00e9 fares rise \u2013 again\n\n"
                 + story.split("\n\n", 1)[1].replace("raised", "*raised*")),
        "f.txt": story.replace("3.20", "3.40"),
    }
    prepared = [prepare_bytes(name, text.encode(), ArchiveConfig()) for name, text in scrapes.items()]
    catalogue = catalogue_articles(list(tag_articles(prepared, ArchiveConfig())), Ledger(), NOW)
    assert [item.article.path for item in catalogue.published] == ["a.txt", "f.txt"]
    assert sorted(dup.path for dup, orig in catalogue.duplicates if orig.path == "a.txt") == [
        "b.txt", "c.txt", "d.txt", "e.md"]


def test_stories_whose_figures_differ_only_as_superscripts_subscripts_or_fractions_are_two_stories():
    """A superscript, a subscript or a vulgar fraction is another figure, not another way of writing one: "2\u2078" is
    not "28" nor "1\u00bd" "11\u20442"; a no-break space or "\u2026" is the character it shows."""
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import prepare_bytes, tag_articles

    story = "Puzzle answer\n\nThe answer to last week's puzzle is {}, as most of our readers worked out.\n"
    scrapes = {"a.txt": story.format("2\u2078"), "b.txt": story.format("28"), "c.txt": story.format("1\u00bd"),
               "d.txt": story.format("11\u20442"), "e.txt": story.format("x\u2082"), "f.txt": story.format("x2"),
               "g.txt": story.format("2\u2078").replace(" ", "\u00a0", 3).replace(".\n", "\u2026\n"),
               "h.txt": story.format("2\u2078").replace(".\n", "...\n")}
    prepared = [prepare_bytes(name, text.encode(), ArchiveConfig()) for name, text in scrapes.items()]
    catalogue = catalogue_articles(list(tag_articles(prepared, ArchiveConfig())), Ledger(), NOW)
    assert [item.article.path for item in catalogue.published] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt",
                                                                   "f.txt", "g.txt"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("h.txt", "g.txt")]


def test_markdown_stories_whose_text_leads_to_other_links_or_shows_other_images_are_two_stories():
    """Two Markdown stories with one headline and one wording, whose link leads elsewhere (this year's report, last
    year's) or whose picture is another: two stories; emphasis alone, or the same link written as a reference, is
    none."""
    from newsarchive.config import ArchiveConfig
    from newsarchive.pipeline import prepare_bytes, tag_articles

    story = ("Title: Council publishes its audit\n\nThe council's audit of the ferry contract is out: read the full "
             "report [here]({}).\n\n![{}]({}.jpg)\n\nCouncillors debate it on Thursday evening at the town hall.\n")
    scrapes = {"a.md": story.format("https://example.org/audit-2025.pdf", "The ferry at dawn", "ferry"),
               "b.md": story.format("https://example.org/audit-2026.pdf", "The ferry at dawn", "ferry"),
               "c.md": story.format("https://example.org/audit-2025.pdf", "The town hall", "hall"),
               "d.md": story.format("https://example.org/audit-2025.pdf", "The ferry at dawn", "ferry")
               .replace("Councillors debate", "Councillors *debate*"),
               "e.md": story.replace("[here]({})", "[here][audit]").format("The ferry at dawn", "ferry")
               + "\n[audit]: https://example.org/audit-2025.pdf\n"}
    prepared = [prepare_bytes(name, text.encode(), ArchiveConfig()) for name, text in scrapes.items()]
    catalogue = catalogue_articles(list(tag_articles(prepared, ArchiveConfig())), Ledger(), NOW)
    assert [item.article.path for item in catalogue.published] == ["a.md", "b.md", "c.md"]
    assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("d.md", "a.md"), ("e.md", "a.md")]


def test_an_updated_scrape_of_a_story_under_another_name_is_published_with_a_note_naming_the_story():
    """A later scrape of a story with a paragraph added or a figure corrected, under another file name: another
    text, published (it holds what the first does not), with a note naming the story it updates; two stories that
    only share a headline ("Weather forecast") get none."""
    paragraphs = [f"Paragraph {number} of the bridge story, with its own words about the works." for number in range(5)]

    def story(path: str, title: str, body: list[str], fingerprint: str) -> Article:
        return Article(path=path, title=title, body_markdown="\n\n".join(body) + "\n", summary="", tags=(), removed=(),
                       source=None, date=None, content_hash=fingerprint)

    first = story("a.txt", "Bridge to close", paragraphs, "h1")
    updated = story("b.txt", "Bridge to close", [*paragraphs, "Update: the footbridge opens a week early."], "h2")
    corrected = story("c.txt", "Bridge to close", [paragraphs[0].replace("works", "repairs"), *paragraphs[1:]], "h3")
    weather = [story(f"w{day}.txt", "Weather forecast", [f"Day {day}: showers, highs of {day + 6}C.", "Wind light."],
                     f"w{day}") for day in range(2)]
    catalogue = catalogue_articles([first, updated, corrected, *weather], Ledger(), NOW)
    notes = {item.article.path: item.article.notes for item in catalogue.published}
    assert sorted(notes) == ["a.txt", "b.txt", "c.txt", "w0.txt", "w1.txt"]
    assert notes["a.txt"] == notes["w0.txt"] == notes["w1.txt"] == ()
    assert all(len(notes[path]) == 1 and "a.txt" in notes[path][0] for path in ("b.txt", "c.txt"))


def test_the_same_text_under_another_headline_is_published_with_a_note_naming_the_first():
    """One wire story carried by two outlets under their own headlines, or a scrape whose headline was changed: both
    published (a headline is the outlet's), the later with a note naming the other; a one-line text ("More to
    follow.") under two headlines is no story twice."""
    text = " ".join(f"Sentence {number} of the agency's report on the harbour strike." for number in range(8)) + "\n"

    def story(path: str, title: str, body: str) -> Article:
        return Article(path=path, title=title, body_markdown=body, summary="", tags=(), removed=(), source=None,
                       date=None, content_hash=path)

    stories = [story("a.txt", "Dockers walk out", text), story("b.txt", "Harbour strike begins", text),
               story("c.txt", "Ferry fares rise", "More to follow.\n"),
               story("d.txt", "Tram fares rise", "More to follow.\n")]
    notes = {item.article.path: item.article.notes for item in catalogue_articles(stories, Ledger(), NOW).published}
    assert notes["a.txt"] == notes["c.txt"] == notes["d.txt"] == ()
    assert len(notes["b.txt"]) == 1 and "a.txt" in notes["b.txt"][0]


def test_a_file_holding_an_earlier_text_of_a_published_story_is_left_out_from_its_first_build_on():
    """A story edited since it was published, and a file with its text as first published put beside it: a copy of
    the story (the GUID of its first text is the story's), left out on the build that first sees it as on the next
    (it was published once, then left out)."""
    first = catalogue_articles([article("a.txt", "Storm hits coast", "h1")], Ledger(), NOW).ledger
    edited = catalogue_articles([article("a.txt", "Storm hits the coast", "h2")], first, NOW).ledger
    ledger = edited
    for _ in range(2):
        catalogue = catalogue_articles([article("a.txt", "Storm hits the coast", "h2"),
                                        article("old.txt", "Storm hits coast", "h1")], ledger, NOW)
        assert [item.article.path for item in catalogue.published] == ["a.txt"]
        assert [(dup.path, orig.path) for dup, orig in catalogue.duplicates] == [("old.txt", "a.txt")]
        ledger = catalogue.ledger


def test_the_note_on_a_likely_update_is_on_the_story_published_later_when_a_copy_took_the_first_ones_place():
    """The first copy of a story deleted, its second scrape takes its place (and date): an update of the story that
    arrived with that scrape is still the one noted, naming the scrape, whatever the order of their file names."""
    paragraphs = [f"Paragraph {number} of the bridge story, with its own words about the works." for number in range(5)]

    def story(path: str, body: list[str], fingerprint: str) -> Article:
        return Article(path=path, title="Bridge to close", body_markdown="\n\n".join(body) + "\n", summary="",
                       tags=(), removed=(), source=None, date=None, content_hash=fingerprint)

    first, copy = story("m.txt", paragraphs, "h1"), story("z-copy.txt", [*paragraphs, ""], "h2")
    update = story("b-update.txt", [*paragraphs, "Update: the footbridge opens a week early."], "h3")
    ledger = catalogue_articles([first], Ledger(), NOW).ledger
    ledger = catalogue_articles([first, copy, update], ledger, datetime(2026, 11, 9, tzinfo=UTC)).ledger
    catalogue = catalogue_articles([copy, update], ledger, datetime(2026, 11, 10, tzinfo=UTC))
    notes = {item.article.path: item.article.notes for item in catalogue.published}
    assert notes["z-copy.txt"] == () and len(notes["b-update.txt"]) == 1 and "z-copy.txt" in notes["b-update.txt"][0]


def test_a_story_corrected_then_renamed_is_still_the_one_published_not_its_second_scrape():
    """The published copy of a story corrected, then renamed: it keeps its URL and stays the story published; its
    second scrape (uncorrected) stays left out, as it was before the rename, on that build and the next."""
    first = catalogue_articles([scrape("a.txt", "h1")], Ledger(), NOW).ledger
    both = catalogue_articles([scrape("a.txt", "h1"), scrape("z.txt", "h2")], first, datetime(2026, 11, 2, tzinfo=UTC))
    corrected = catalogue_articles([scrape("a.txt", "h3", "Body of the story, corrected.\n"), scrape("z.txt", "h2")],
                                   both.ledger, datetime(2026, 11, 3, tzinfo=UTC)).ledger
    [story] = first.entries
    ledger = corrected
    for _ in range(2):
        renamed = catalogue_articles([scrape("a-fixed.txt", "h3", "Body of the story, corrected.\n"),
                                      scrape("z.txt", "h2")], ledger, datetime(2026, 11, 4, tzinfo=UTC))
        [published] = renamed.published
        assert published.article.path == "a-fixed.txt"
        assert (published.entry.slug, published.entry.date, published.entry.guid) == (story.slug, story.date, story.guid)
        assert [(dup.path, orig.path) for dup, orig in renamed.duplicates] == [("z.txt", "a-fixed.txt")]
        assert "a.txt" not in renamed.ledger.by_path()
        ledger = renamed.ledger


def test_a_copy_made_into_another_story_is_published_as_a_story_of_its_own():
    """A second scrape, recorded as a copy of a story, whose file is then written over with another story (another
    headline and text): a new story, at its own URL and GUID, its file's inbox origin still known; a copy corrected
    under the story's headline stays a copy."""
    first = catalogue_articles([scrape("a.txt", "h1")], Ledger(), NOW).ledger
    both = catalogue_articles([scrape("a.txt", "h1"), scrape("b.txt", "h2")], first, NOW).ledger
    both = both.with_entries([replace(both.by_path()["b.txt"], origin="b-scrape.txt")])
    [story] = first.entries
    corrected = scrape("b.txt", "h3", "Body of the story, corrected.\n")
    catalogue = catalogue_articles([scrape("a.txt", "h1"), corrected], both, NOW)
    assert [item.article.path for item in catalogue.published] == ["a.txt"]
    other = Article(path="b.txt", title="Library extends its hours", body_markdown="The library opens later.\n",
                    summary="", tags=(), removed=(), source=None, date=None, content_hash="h4")
    later = datetime(2026, 11, 5, tzinfo=UTC)
    catalogue = catalogue_articles([scrape("a.txt", "h1"), other], both, later)
    assert [item.article.path for item in catalogue.published] == ["a.txt", "b.txt"] and not catalogue.duplicates
    entry = catalogue.ledger.by_path()["b.txt"]
    assert (entry.slug, entry.date) == ("library-extends-its-hours", later) and entry.guid != story.guid
    assert (entry.origin, entry.known_hashes) == ("b-scrape.txt", ("h2",))


def test_a_story_left_out_as_a_copy_keeps_the_url_it_was_published_at_so_no_other_story_is_given_it():
    """A story taken down; a second scrape of it published at a URL of its own; the first text back under another
    name, taking the story's first URL: the second scrape, left out as its copy, keeps its own slug, date and GUID
    (a new story under the headline gets another URL), and is published there again once the first is deleted."""
    def day(number: int) -> datetime:
        return datetime(2026, 11, number, tzinfo=UTC)

    def build(articles: list[Article], ledger: Ledger, number: int):  # as a build does: recording the tags
        return catalogue_articles(articles, ledger, day(number), {each.path: () for each in articles}, "tagger")

    ledger = build([scrape("a.txt", "h1")], Ledger(), 1).ledger
    ledger = build([], ledger, 2).ledger
    ingested = catalogue_articles([scrape("c.txt", "h2")], ledger, day(3)).ledger  # as the ingest does: no tags
    second = build([scrape("c.txt", "h2")], ingested, 3)
    [own] = [item.entry for item in second.published]
    back = build([scrape("c.txt", "h2"), scrape("back.txt", "h1")], second.ledger, 4)
    assert [(dup.path, orig.path) for dup, orig in back.duplicates] == [("c.txt", "back.txt")]
    kept = back.ledger.by_path()["c.txt"]
    assert (kept.slug, kept.date, kept.guid) == (own.slug, own.date, own.guid)
    other = scrape("new.txt", "h9", "Another story under the same headline.\n")
    later = build([scrape("c.txt", "h2"), scrape("back.txt", "h1"), other], back.ledger, 5)
    assert later.ledger.by_path()["new.txt"].slug not in (own.slug, ledger.entries[0].slug)
    alone = build([scrape("c.txt", "h2"), other], later.ledger, 6)
    assert {item.article.path: item.entry.slug for item in alone.published}["c.txt"] == own.slug


def test_a_second_scrape_the_ingest_gave_an_entry_of_its_own_becomes_a_copy_of_the_story_it_repeats():
    """The ingest catalogues an inbox file alone, so a second scrape of an archived story gets an entry of its own;
    the build that first finds it a copy gives it the story's slug, date and GUID (it takes the story's place if the
    first is deleted)."""
    first = catalogue_articles([scrape("a.txt", "h1")], Ledger(), NOW, {"a.txt": ()}, "tagger").ledger
    ingested = catalogue_articles([scrape("b.txt", "h2")], first, NOW).ledger  # as the ingest does
    assert ingested.by_path()["b.txt"].slug != first.entries[0].slug
    built = catalogue_articles([scrape("a.txt", "h1"), scrape("b.txt", "h2")], ingested, NOW,
                               {"a.txt": (), "b.txt": ()}, "tagger").ledger
    copy, story = built.by_path()["b.txt"], built.by_path()["a.txt"]
    assert (copy.slug, copy.date, copy.guid) == (story.slug, story.date, story.guid)


def test_a_line_added_to_the_builtin_alias_table_renames_the_tag_on_stories_tagged_before(monkeypatch):
    """Recorded tags outlive an upgrade; a variant a newer alias table folds ("Britain" into "United Kingdom")
    left its own tag page on the stories tagged before, beside the canonical one of the stories tagged after."""
    from newsarchive import tag_lexicon
    from newsarchive.catalogue import with_current_aliases
    from newsarchive.tag import TagConfig

    stories = [replace(article("a.txt", "Harbour reopens", "h1"), tags=("Harbour Brd", "ferries", "Britain")),
               replace(article("b.txt", "Board meets", "h2"), tags=("Harbour Board", "harbour brds", "Britain")),
               replace(article("c.md", "Harbour news", "h3"), tags=("Harbour Brd", "Britain"), tag_fields="f1"),
               replace(article("d.txt", "Harbour news", "h4"), tags=("ferries", "Harbour Board"))]
    monkeypatch.setattr(tag_lexicon, "BUILTIN_ALIASES", (*tag_lexicon.BUILTIN_ALIASES, ("Harbour Brd", "Harbour Board")))
    renamed = [story.tags for story in with_current_aliases(stories, TagConfig())]
    assert renamed == [("Harbour Board", "ferries", "United Kingdom"),
                       ("Harbour Board", "United Kingdom"),  # a plural of the variant is the variant: one tag a story
                       ("Harbour Brd", "Britain"),  # a file's own Tags: line is kept as written
                       ("ferries", "Harbour Board")]
    assert with_current_aliases(stories, TagConfig())[3] is stories[3]  # nothing to rename: the same article
    pinned = TagConfig(pinned=("Britain",))  # a site's pin is shown as the site writes it, as the tagger shows it
    assert with_current_aliases(stories[:1], pinned)[0].tags == ("Harbour Board", "ferries", "Britain")


def test_the_built_in_alias_table_recorded_in_the_ledger_survives_a_round_trip(tmp_path):
    path = tmp_path / "ledger.json"
    save_ledger(Ledger((), {"max_tags": 8}, "25551dbb5f616689"), path)
    assert load_ledger(path).builtin_aliases == "25551dbb5f616689"
    save_ledger(Ledger((), {"max_tags": 8}), path)
    assert "builtin_aliases" not in path.read_text(encoding="utf-8") and load_ledger(path).builtin_aliases is None
