"""One new article into a built archive: exactly the pages it affects are written, nothing else.

The archive is the project's own sample content (content/, copied), built with a
small page size so listings have many stable buckets. The expected set of
written pages is computed from the data (the new article's date and tags, the
listings' lengths, the related-story lists read from both builds), never a
hard-coded count. A page is *written* when its inode or mtime changed. Per-tag
feeds: only the new article's tags get a new feed file.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from newsarchive.ledger import load_ledger
from newsarchive.slugs import slugify
from newsarchive.tag import TagConfig
from newsarchive_pelican.stable_pages import NAV_WINDOW, StablePaginator
from sitekit import REPO, SiteFolders, run_build, write_settings

PER_PAGE = 3
PATTERNS = ((1, "{url}", "{save_as}"), (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"))
NEW_STORY = ("Harbour ferry strike ends after overnight talks\n\nThe Northfield ferry strike ended on Friday after "
             "overnight talks between the crews' union and Kestrel Ferries.\n\nSailings restart on Monday, the "
             "company said, and tickets bought for cancelled crossings will be refunded.\n")
RELATED = re.compile(r'<section class="related".*?</section>', re.S)
HREF = re.compile(r'href="([^"]+)"')


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    stamps = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            stat = os.stat(path)
            stamps[os.path.relpath(path, folder)] = (stat.st_ino, stat.st_mtime_ns)
    return stamps


def _related(output: Path) -> dict[str, list[str]]:
    pages = {}
    for page in output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"):
        found = RELATED.search(page.read_text(encoding="utf-8"))
        pages[str(page.relative_to(output))] = HREF.findall(found.group(0)) if found else []
    return pages


def _listing_pages(total_before: int, total_after: int, base: str) -> set[str]:
    """Pages of one listing a new story may change: the front page, and the newest buckets if one opened."""
    front = f"{base}index.html"
    before, after = max(total_before // PER_PAGE - 1, 0), max(total_after // PER_PAGE - 1, 0)
    if before == after:
        return {front}
    return {front} | {f"{base}page/{n}/index.html" for n in range(max(1, after - NAV_WINDOW - 1), after + 1)}


@pytest.fixture
def built(tmp_path: Path):
    content, output, inbox = tmp_path / "content", tmp_path / "output", tmp_path / "inbox"
    shutil.copytree(REPO / "content", content)
    inbox.mkdir()
    settings = write_settings(tmp_path, content, output, inbox, DEFAULT_PAGINATION=PER_PAGE,
                              NEWS_ARCHIVE_CACHE_PATH=str(tmp_path / "cache"))
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    return settings, content, output, inbox


def test_one_new_article_writes_only_the_pages_it_changes(built) -> None:
    settings, content, output, inbox = built
    articles = sorted(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))
    newest_name = max(path.name for path in (content / "articles").iterdir())
    newest = datetime.strptime(newest_name[:15], "%Y-%m-%dT%H%M") + timedelta(hours=1)
    before, related_before = _stamps(output), _related(output)
    tag_sizes = {path.parent.name: _story_count(path) for path in output.glob("tag/*/index.html")}
    (inbox / f"{newest:%Y-%m-%dT%H%M}-ferry-strike.txt").write_text(NEW_STORY, encoding="utf-8")

    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    after = _stamps(output)
    written = {path for path, stamp in after.items() if before.get(path) != stamp and path.endswith(".html")
               and not path.startswith("pagefind")}
    new_page = next(path for path in after if path.endswith("/index.html") and path.startswith(f"{newest:%Y/%m}/")
                    and path not in before)
    new_tags = [href.rstrip("/").rsplit("/", 1)[-1] for href in _tag_links(output / new_page)]
    assert new_tags, "the new article should have tags"
    previous_newest = _older_neighbour(output / new_page, output)
    related_after = _related(output)
    expected = {new_page, previous_newest, f"{newest:%Y/%m}/index.html", f"{newest:%Y}/index.html",
                "archives/index.html", "tags/index.html"}
    expected |= _listing_pages(len(articles), len(articles) + 1, "")
    for slug in new_tags:
        expected |= _listing_pages(tag_sizes.get(slug, 0), tag_sizes.get(slug, 0) + 1, f"tag/{slug}/")
    expected |= {page for page, links in related_after.items() if page in related_before
                 and links != related_before[page]}
    assert written == expected
    written_feeds = {path for path, stamp in after.items() if before.get(path) != stamp
                     and path.startswith("tag/") and path.endswith("/feed.xml")}
    assert written_feeds == {f"tag/{slug}/feed.xml" for slug in new_tags}  # the other tag feeds are kept


def test_the_first_story_of_a_new_month_leaves_other_tags_pages_and_older_home_pages_alone(built) -> None:
    settings, content, output, inbox = built
    stories = len(list(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html")))
    newest_name = max(path.name for path in (content / "articles").iterdir())
    newest = datetime.strptime(newest_name[:15], "%Y-%m-%dT%H%M")
    next_month = (newest.replace(day=28) + timedelta(days=4)).replace(day=1, hour=9, minute=0)
    before = _stamps(output)
    (inbox / f"{next_month:%Y-%m-%dT%H%M}-ferry-strike.txt").write_text(NEW_STORY, encoding="utf-8")
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    after = _stamps(output)
    written = {path for path, stamp in after.items() if before.get(path) != stamp and path.endswith(".html")}
    new_page = next(path for path in written if path.startswith(f"{next_month:%Y/%m}/") and path.count("/") == 3)
    new_tags = {href.rstrip("/").rsplit("/", 1)[-1] for href in _tag_links(output / new_page)}
    written_tag_pages = {path.split("/")[1] for path in written if path.startswith("tag/")}
    assert written_tag_pages <= new_tags  # the new month is in the home page's sidebar, not on tag pages
    assert "index.html" in written  # ... where it is listed
    # nor on the home listing's older pages, whose stories never change (a bucket the new story opens aside)
    written_home_pages = {path for path in written if path.startswith("page/")}
    assert written_home_pages <= _listing_pages(stories, stories + 1, "")
    assert any(path.startswith("page/") for path in before)  # the listing has older pages
    assert f"{next_month:%Y/%m}/" in (output / "index.html").read_text(encoding="utf-8")


def test_a_rebuild_without_changes_renders_and_writes_nothing(built) -> None:
    settings, _, output, _ = built
    before = _stamps(output)
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    after = _stamps(output)
    pages = [path for path in after if path.endswith(".html") and not path.startswith("pagefind")]
    assert pages and all(after[path] == before[path] for path in pages)
    # Nor any other file: feeds, sitemaps, robots.txt, the theme's files, the search UI and index.
    assert {path for path in after if after[path] != before.get(path)} == set()
    assert re.search(r"pages: 0 written, 0 unchanged, \d+ not re-rendered", result.stderr)


def _story_count(tag_page: Path) -> int:
    found = re.search(r'class="listing-meta">(\d+) stor', tag_page.read_text(encoding="utf-8"))
    assert found, tag_page
    return int(found.group(1))


def _tag_links(page: Path) -> list[str]:
    found = re.search(r'<footer class="story-tags".*?</footer>', page.read_text(encoding="utf-8"), re.S)
    return HREF.findall(found.group(0)) if found else []


def _older_neighbour(page: Path, output: Path) -> str:
    found = re.search(r'class="story-nav-older" href="([^"]+)"', page.read_text(encoding="utf-8"))
    assert found, "the new article should link to the story before it"
    return urlsplit(found.group(1)).path.lstrip("/") + "index.html"  # absolute or root-relative


@hypothesis_settings(max_examples=60, deadline=None)
@given(total=st.integers(min_value=0, max_value=80), per_page=st.integers(min_value=1, max_value=12))
def test_stable_buckets_never_change_when_a_story_is_added(total: int, per_page: int) -> None:
    def listing(count: int) -> StablePaginator:
        stories = [_Story(datetime(2026, 1, 1) + timedelta(hours=n)) for n in range(count)][::-1]
        return StablePaginator("index.html", "", stories, {"PAGINATION_PATTERNS": PATTERNS}, per_page)

    old, new = listing(total), listing(total + 1)
    shown = {id(story) for page in old.pages() for story in page.object_list}
    assert len(shown) == total  # every story is on some page
    assert len({page.save_as for page in new.pages()}) == new.num_pages  # no two pages share a file
    for number in range(1, old.buckets + 1):
        assert [s.date for s in old.bucket(number).object_list] == [s.date for s in new.bucket(number).object_list]
        assert len(old.bucket(number).object_list) == per_page
    front = new.front()
    assert [s.date for s in front.object_list] == [s.date for s in new.object_list[:len(front.object_list)]]
    assert per_page <= len(front.object_list) < 2 * per_page or len(front.object_list) == total + 1 < per_page
    older = front.older()  # "Older stories" from the front page: the stories just before its last, none repeated
    if older is not None:
        assert older.object_list[0].date < front.object_list[-1].date
        assert not {id(s) for s in older.object_list} & {id(s) for s in front.object_list}


class _Story:
    def __init__(self, date: datetime) -> None:
        self.date = date


def _empty_folders(output: Path) -> list[str]:
    return [root for root, folders, files in os.walk(output) if not folders and not files]


ARTICLE_LINK = re.compile(r'href="[^"]*?/(\d{4}/\d{2}/[^/"]+/)"')


def _bucket_stories(output: Path) -> dict[str, set[str]]:
    """Each bucket page of every listing (``page/N/``, ``tag/<slug>/page/N/``) and the stories it links to."""
    return {page.relative_to(output).as_posix(): set(ARTICLE_LINK.findall(page.read_text(encoding="utf-8")))
            for page in output.glob("**/page/*/index.html")}


def _written_bucket_pages(before: dict, after: dict) -> set[str]:
    return {path for path, stamp in after.items() if before.get(path) != stamp and "page/" in path
            and path.endswith("index.html") and not path.startswith("pagefind")}


def _add_old_month_story(settings: Path, content: Path, inbox: Path, output: Path) -> str:
    """Drop a story dated between the archive's two oldest into the inbox and build; its URL (``YYYY/MM/slug/``)."""
    oldest, second = sorted(path.name for path in (content / "articles").iterdir())[:2]
    first_date, second_date = (datetime.strptime(name[:15], "%Y-%m-%dT%H%M") for name in (oldest, second))
    moment = first_date + (second_date - first_date) / 2
    before = set(output.glob(f"{moment:%Y/%m}/*/index.html"))
    (inbox / f"{moment:%Y-%m-%dT%H%M}-ferry-strike.txt").write_text(NEW_STORY, encoding="utf-8")
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    (added,) = set(output.glob(f"{moment:%Y/%m}/*/index.html")) - before
    return added.parent.relative_to(output).as_posix() + "/"


def test_a_story_dated_in_an_old_month_rewrites_only_the_bucket_pages_it_joins(built) -> None:
    settings, content, output, inbox = built
    buckets, before = _bucket_stories(output), _stamps(output)
    url = _add_old_month_story(settings, content, inbox, output)
    after = _bucket_stories(output)
    listing_it = {page for page, stories in after.items() if url in stories}
    assert "page/1/index.html" in listing_it and "page/2/index.html" in after  # newer home buckets lie after it
    assert _written_bucket_pages(before, _stamps(output)) == listing_it
    assert set(after) == set(buckets)  # no bucket page renumbered, appeared or went
    assert all(after[page] - {url} == buckets[page] for page in buckets)


def test_a_story_taken_down_rewrites_only_the_bucket_pages_that_listed_it(built) -> None:
    settings, content, output, inbox = built
    url = _add_old_month_story(settings, content, inbox, output)
    for dropped in inbox.iterdir():  # (an inbox file whose story is taken down is not published again anyway)
        dropped.unlink()
    busiest = set(HREF.findall(re.search(r'<ul class="aside-tags">.*?</ul>',
                                         (output / "index.html").read_text(encoding="utf-8"), re.S).group(0)))
    assert not busiest & set(_tag_links(output / url / "index.html"))  # taking it down changes no listing's sidebar
    buckets, before = _bucket_stories(output), _stamps(output)
    listing_it = {page for page, stories in buckets.items() if url in stories}
    assert "page/1/index.html" in listing_it and "page/2/index.html" in buckets
    story = next(entry.path for entry in load_ledger(content / "newsarchive-ledger.json").entries
                 if url.endswith(f"/{entry.slug}/"))
    (content / story).unlink()
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _written_bucket_pages(before, _stamps(output)) == listing_it
    after = _bucket_stories(output)
    assert set(after) == set(buckets)
    assert all(after[page] == buckets[page] - {url} for page in buckets)


def _home_cut_by_fixed_count(content, output, per_page: int) -> tuple[list[str], list[int]]:
    """The home listing's bucket pages hold ``per_page`` stories each, counted from the oldest: the stories' URLs
    oldest first and the bucket numbers."""
    oldest_first = [f"{entry.date:%Y/%m}/{entry.slug}/" for entry in
                    sorted(load_ledger(content / "newsarchive-ledger.json").entries, key=lambda entry: entry.date)]
    buckets = _bucket_stories(output)
    home = sorted(int(page.split("/")[1]) for page in buckets if page.startswith("page/"))
    assert home == list(range(1, len(oldest_first) // per_page))
    for number in home:
        assert buckets[f"page/{number}/index.html"] == set(oldest_first[(number - 1) * per_page: number * per_page])
    return oldest_first, home


def test_an_archive_with_no_recorded_cut_keeps_the_fixed_count_pages_and_records_them(built) -> None:
    """An archive last built by a version that recorded no cut (or whose record was deleted) is cut by the fixed
    count from its oldest story, as that version cut it: no page moves, and the cut is recorded."""
    settings, content, output, _ = built
    record = content / "newsarchive-listings.json"
    recorded = json.loads(record.read_text(encoding="utf-8"))["listings"]
    oldest_first, home = _home_cut_by_fixed_count(content, output, PER_PAGE)
    assert [url for _, url in recorded["index.html"]["bounds"]] == oldest_first[PER_PAGE - 1:home[-1] * PER_PAGE:PER_PAGE]
    text, before = record.read_bytes(), _stamps(output)
    record.unlink()
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _written_bucket_pages(before, _stamps(output)) == set()
    assert record.read_bytes() == text


def test_a_new_page_size_cuts_the_listings_again_from_the_oldest_story_and_records_that_cut(built, tmp_path) -> None:
    settings, content, output, inbox = built
    _add_old_month_story(settings, content, inbox, output)  # (a bucket of PER_PAGE + 1 stories in the old cut)
    for dropped in inbox.iterdir():
        dropped.unlink()
    per_page = PER_PAGE + 1
    resized = write_settings(tmp_path, content, output, inbox, DEFAULT_PAGINATION=per_page,
                             NEWS_ARCHIVE_CACHE_PATH=str(tmp_path / "cache"))
    result = run_build(resized)
    assert result.returncode == 0, result.stderr[-3000:]
    _home_cut_by_fixed_count(content, output, per_page)
    recorded = json.loads((content / "newsarchive-listings.json").read_text(encoding="utf-8"))["listings"]
    assert {cut["per_page"] for cut in recorded.values()} == {per_page}


def test_a_deleted_story_leaves_no_folder_behind_and_can_come_back_at_its_url(built) -> None:
    settings, content, output, inbox = built
    story = sorted((content / "articles").glob("*.txt"))[3]
    entry = next(entry for entry in load_ledger(content / "newsarchive-ledger.json").entries
                 if entry.path == f"articles/{story.name}")
    page = output / f"{entry.date:%Y/%m}" / entry.slug
    assert (page / "index.html").is_file()
    text = story.read_bytes()
    story.unlink()
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not page.exists()  # a folder left behind is served as a directory listing, not a 404
    assert _empty_folders(output) == []
    (inbox / "restored-story.txt").write_bytes(text)  # the same text again, under another name
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (page / "index.html").is_file()  # back at the URL the ledger gave it
    assert _empty_folders(output) == []
    (content / "articles" / "restored-story.txt").unlink()  # deleted again, its inbox file left in place
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not page.exists()  # the inbox file it came from does not bring it back


def _article_tags(output: Path) -> dict[str, list[str]]:
    return {str(page.relative_to(output)): _tag_links(page)
            for page in output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html")}


def test_a_fresh_clone_builds_the_tags_the_archive_was_built_with(built, tmp_path) -> None:
    """Tags are recorded in the ledger: a build with no cache (a fresh clone, CI) gives every story the
    tags the incremental builds gave it, so tag pages keep their URLs."""
    settings, content, output, inbox = built
    newest_name = max(path.name for path in (content / "articles").iterdir())
    newest = datetime.strptime(newest_name[:15], "%Y-%m-%dT%H%M") + timedelta(hours=1)
    (inbox / f"{newest:%Y-%m-%dT%H%M}-ferry-strike.txt").write_text(NEW_STORY, encoding="utf-8")
    assert run_build(settings).returncode == 0
    clone = tmp_path / "clone"
    shutil.copytree(content, clone / "content")  # what git holds: the articles and the ledger
    (clone / "inbox").mkdir()
    clone_settings = write_settings(clone, clone / "content", clone / "output", clone / "inbox",
                                    DEFAULT_PAGINATION=PER_PAGE, NEWS_ARCHIVE_CACHE_PATH=str(clone / "cache"))
    result = run_build(clone_settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _article_tags(clone / "output") == _article_tags(output)
    assert sorted(path.name for path in (clone / "output" / "tag").iterdir()) == \
        sorted(path.name for path in (output / "tag").iterdir())
    assert (clone / "content" / "newsarchive-ledger.json").read_bytes() == \
        (content / "newsarchive-ledger.json").read_bytes()  # the build from the clone changed nothing in it


def test_the_sample_archive_as_committed_is_rebuilt_by_this_version_without_a_change_to_its_ledger(built) -> None:
    """The committed sample is an archive an earlier version built: this version keeps every story's slug, date,
    GUID, fingerprint and recorded tags, and the settings they were made under, byte for byte. A change to how a
    text's fingerprint or the tag settings' fingerprint is made would tag users' archives again on upgrade (an
    alias-table change did once): it fails here first."""
    _, content, _, _ = built
    assert (content / "newsarchive-ledger.json").read_bytes() == (REPO / "content" / "newsarchive-ledger.json").read_bytes()


def _recorded(content: Path) -> dict[str, dict]:
    return {entry["path"]: entry for entry in
            json.loads((content / "newsarchive-ledger.json").read_text(encoding="utf-8"))["articles"]}


def test_a_tag_banned_or_pinned_in_the_settings_changes_the_stories_it_concerns_only(built) -> None:
    """A changed banned_tags or pinned_tags setting tagged the whole archive again as one corpus: banning one tag of
    54 stories changed the tags of 75 others, and unrelated tag pages vanished. The ban and pin are now applied to
    the recorded tags, as the tagger applies them after its choice (a file's own tag lines still count alone)."""
    settings, content, output, _ = built
    before = _recorded(content)
    inferred = {path: entry["tags"] for path, entry in before.items() if "+" not in (entry["tagged_with"] or "+")}
    counts = Counter(tag for tags in inferred.values() for tag in tags)
    banned, shared = counts.most_common(1)[0]
    assert shared >= 2
    pages = {path.name for path in (output / "tag").iterdir()}
    with settings.open("a", encoding="utf-8") as stream:
        stream.write(f"NEWS_ARCHIVE = {{**NEWS_ARCHIVE, 'banned_tags': [{banned!r}], 'pinned_tags': ['Archive Desk']}}\n")
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    after = _recorded(content)
    assert {path: after[path]["tags"] for path in inferred} == \
        {path: ["Archive Desk", *(tag for tag in tags if tag != banned)][:TagConfig().max_tags]  # as the tagger cuts
         for path, tags in inferred.items()}
    left = {tag for entry in before.values() for tag in entry["tags"]} - \
        {tag for entry in after.values() for tag in entry["tags"]}  # the ban, and last tags the pin pushed out
    assert banned in left
    assert pages - {path.name for path in (output / "tag").iterdir()} == {slugify(tag) for tag in left}
    assert (output / "tag" / "archive-desk").is_dir()


def test_retag_tags_every_story_again_as_one_corpus(built) -> None:
    settings, content, output, _ = built
    ledger = json.loads((content / "newsarchive-ledger.json").read_text(encoding="utf-8"))
    for entry in ledger["articles"]:
        entry["tags"] = ["Stale recorded tag"]
    (content / "newsarchive-ledger.json").write_text(json.dumps(ledger), encoding="utf-8")
    assert run_build(settings).returncode == 0
    assert (output / "tag" / "stale-recorded-tag").is_dir()  # recorded tags are what a build publishes
    command = [sys.executable, "-m", "newsarchive.cli", "build", "--retag", "--settings", str(settings)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=settings.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (output / "tag" / "stale-recorded-tag").exists()
    recorded = json.loads((content / "newsarchive-ledger.json").read_text(encoding="utf-8"))["articles"]
    assert all(entry["tags"] and entry["tags"] != ["Stale recorded tag"] for entry in recorded)


def test_files_published_as_they_are_stay_put_and_the_live_copy_is_never_written_into(tmp_path: Path) -> None:
    """STATIC_PATHS files (the README's CNAME advice): an .html one was lost by every other build, and a changed
    one was copied into the live site's file; one in a sub-folder got a new inode on every build."""
    content, output, inbox = tmp_path / "content", tmp_path / "output", tmp_path / "inbox"
    shutil.copytree(REPO / "content", content)
    inbox.mkdir()
    extra = content / "extra"
    (extra / "img").mkdir(parents=True)
    (extra / "google1234.html").write_text("google-site-verification: google1234.html\n")
    (extra / "img" / "logo.gif").write_bytes(b"GIF89a")
    settings = write_settings(tmp_path, content, output, inbox, STATIC_PATHS=["extra"],
                              EXTRA_PATH_METADATA={"extra/google1234.html": {"path": "google1234.html"}},
                              NEWS_ARCHIVE_CACHE_PATH=str(tmp_path / "cache"))
    published = (output / "google1234.html", output / "extra" / "img" / "logo.gif")
    stamps = []
    for _ in range(3):
        result = run_build(settings)
        assert result.returncode == 0, result.stderr[-3000:]
        stamps.append([(path.stat().st_ino, path.stat().st_mtime_ns) for path in published])
    assert stamps[0] == stamps[1] == stamps[2]  # present every time, the same files
    assert "pages: 0 written" in result.stderr  # and a build with no change writes no page
    os.link(published[0], tmp_path / "live-copy.html")  # the live site's file, whatever the build does with it
    (extra / "google1234.html").write_text("google-site-verification: changed\n")
    assert run_build(settings).returncode == 0
    assert published[0].read_text() == "google-site-verification: changed\n"
    assert (tmp_path / "live-copy.html").read_text() == "google-site-verification: google1234.html\n"


def _cold_build(tmp_path: Path, content: Path, inbox: Path, name: str = "cold", **overrides) -> Path:
    """The site a build from scratch makes of the same archive: the user's files and the ledger, no cache,
    no earlier output; its output folder."""
    cold = tmp_path / name
    shutil.copytree(content, cold / "content")
    shutil.copytree(inbox, cold / "inbox")
    settings = write_settings(cold, cold / "content", cold / "output", cold / "inbox", DEFAULT_PAGINATION=PER_PAGE,
                              NEWS_ARCHIVE_CACHE_PATH=str(cold / "cache"), **overrides)
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    return cold / "output"


def _differing_files(one: Path, other: Path) -> list[str]:
    """Files of two sites (the search bundles left out: Pagefind names some files differently each run) that
    are in one only or hold other bytes."""
    def files(site: Path) -> dict[str, bytes]:
        return {str(path.relative_to(site)): path.read_bytes() for path in site.rglob("*")
                if path.is_file() and path.relative_to(site).parts[0] != "pagefind"}
    mine, theirs = files(one), files(other)
    return sorted(name for name in {*mine, *theirs} if mine.get(name) != theirs.get(name))


def test_a_story_linking_to_a_renamed_file_is_shown_as_a_fresh_build_shows_it(built, tmp_path) -> None:
    """A Markdown story's {filename} link is replaced by Pelican with the URL of the file it names: renaming
    that file (its own pages unchanged, its URL kept) leaves the link unresolved. The linking story's page and
    tag feeds were kept from the build before, still pointing at the old target."""
    settings, content, output, inbox = built
    target = sorted((content / "articles").glob("*.txt"))[1]
    newest_name = max(path.name for path in (content / "articles").iterdir())
    newest = datetime.strptime(newest_name[:15], "%Y-%m-%dT%H%M") + timedelta(hours=1)
    (content / "articles" / f"{newest:%Y-%m-%dT%H%M}-roundup.md").write_text(
        f"Title: Harbour ferry strike ends after overnight talks\n\n{NEW_STORY.split(chr(10), 2)[2]}\n"
        f"Background: [the earlier story]({{filename}}/articles/{target.name}).\n", encoding="utf-8")
    assert run_build(settings).returncode == 0
    target.rename(target.with_name(f"renamed-{target.name}"))
    result = run_build(settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _differing_files(output, _cold_build(tmp_path, content, inbox)) == []


def test_a_tag_spelt_two_ways_on_stories_of_one_minute_is_named_the_same_by_every_build(tmp_path) -> None:
    """Pelican names a tag's page as the first story it files under the tag spells it, and read stories of the
    same minute in the order of a set of file names, which changes with Python's string hashing from one run
    to the next: the tag page, the tag cloud and every listing's sidebar changed name between two builds of
    the same archive (and a rebuild with no change wrote them again)."""
    site = SiteFolders(tmp_path / "site")
    for number in range(1, 5):
        spelling = "Harbour Strike" if number % 2 else "harbour strike"
        site.add_article(f"story-{number}.md", f"Title: Harbour story number {number} about the ferry strike\n"
                         f"Date: 2026-05-01 10:00\nTags: {spelling}\n\nThe Northfield ferry strike number {number} "
                         "ended on Friday after overnight talks between the union and Kestrel Ferries.\n")
    names, stamps = set(), []
    for seed in range(1, 9):
        result = run_build(site.settings, hash_seed=seed)
        assert result.returncode == 0, result.stderr[-3000:]
        names.add(re.search(r'class="page-heading">([^<]*)', (site.output / "tag" / "harbour-strike" /
                                                             "index.html").read_text(encoding="utf-8")).group(1))
        stamps.append({path: stamp for path, stamp in _stamps(site.output).items() if not path.startswith("pagefind")})
    assert len(names) == 1
    assert all(stamp == stamps[0] for stamp in stamps)  # no rebuild wrote a file again
