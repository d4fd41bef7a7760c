"""The core feed builders on hand-made items: RSS 2.0, Atom and JSON Feed 1.1 follow their specs."""
from __future__ import annotations

import calendar
import json
import random
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import feedparser
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from feeds.feed_rules import atom_problems, json_feed_problems, rss_problems
from newsarchive.feeds import (
    FeedChannel, FeedItem, RssEntries, _channel_generator, _rss_entry, _text_as_html, build_atom, build_json_feed, build_rss, newest_first,
)
from newsarchive_pelican.feeds import absolute_urls

SITE = "https://desk.example.net/"
FEED_URL = SITE + "feeds/x"
START = datetime(2025, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
BUILDERS = [pytest.param(build_rss, rss_problems, id="rss"),
            pytest.param(build_atom, atom_problems, id="atom"),
            pytest.param(build_json_feed, json_feed_problems, id="json")]


def channel() -> FeedChannel:
    return FeedChannel(title="Desk", site_url=SITE, feed_url=FEED_URL, description="Stories", author="Desk")


def item(number: int, **changes) -> FeedItem:
    made = FeedItem(
        title=f"Ferry service {number} resumes",
        link=f"{SITE}2025/03/ferry-{number}/",
        guid=f"urn:uuid:00000000-0000-5000-8000-{number:012d}",
        date=START + timedelta(hours=number),
        summary=f"The ferry crossing number {number} is running again.",
        content_html=f'<p>Crossing {number} <a href="{SITE}tag/ferries/">ferries</a>.</p>',
        tags=("Ferries", "Islands"),
        source="Harbour Gazette",
    )
    return replace(made, **changes)


def parsed(data: bytes):
    """feedparser's reading of an RSS or Atom feed, which must not be "bozo" (ill-formed)."""
    result = feedparser.parse(data)
    assert not result.bozo, result.get("bozo_exception")
    return result


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_feeds_are_newest_first_whatever_the_input_order(build, problems):
    items = [item(number) for number in range(6)]
    random.Random(4).shuffle(items)
    data = build(channel(), items)
    # feedparser 6.0 does not read JSON Feed: its items are read as JSON.
    entries = json.loads(data)["items"] if build is build_json_feed else parsed(data).entries
    assert [entry["id"] for entry in entries] == [item(n).guid for n in reversed(range(6))]
    assert problems(build(channel(), items), FEED_URL) == []


@pytest.mark.parametrize("build, _problems", BUILDERS)
def test_same_items_give_byte_identical_feeds(build, _problems):
    items = [item(number) for number in range(4)]
    assert build(channel(), items) == build(channel(), list(reversed(items)))


def test_rss_items_carry_summary_full_content_guid_categories_and_creator():
    data = build_rss(channel(), [item(1)])
    entry = parsed(data).entries[0]
    assert entry.summary == item(1).summary
    assert entry.content[0].value == item(1).content_html
    assert entry.author == "Harbour Gazette"
    assert [tag.term for tag in entry.tags] == ["Ferries", "Islands"]
    guid = etree.fromstring(data).find("channel/item/guid")
    assert guid.text == item(1).guid and guid.get("isPermaLink") == "false"


def test_rss_last_build_date_is_the_newest_item_date_not_now():
    data = build_rss(channel(), [item(1), item(7), item(3)])
    result = parsed(data)
    assert result.feed.updated_parsed == result.entries[0].published_parsed
    assert etree.fromstring(data).findtext("channel/lastBuildDate") == "Sat, 01 Mar 2025 16:30:00 +0100"


@pytest.mark.parametrize("shared", [False, True], ids=["alone", "shared-entries"])
def test_a_story_updated_after_the_newest_one_dates_the_feed(shared):
    """RSS's lastBuildDate is the last time the channel's content changed, and Atom's feed ``updated`` is never older
    than an entry's: an older story edited (Modified:) after the newest was published moves both, and only them."""
    edited = START + timedelta(days=3)
    items = [item(1, updated=edited), item(2), item(3)]
    rss = build_rss(channel(), items, RssEntries() if shared else None)
    assert etree.fromstring(rss).findtext("channel/lastBuildDate") == "Tue, 04 Mar 2025 09:30:00 +0100"
    assert [entry.id for entry in parsed(rss).entries] == [item(3).guid, item(2).guid, item(1).guid]  # still by publication
    atom = parsed(build_atom(channel(), items))
    assert calendar.timegm(atom.feed.updated_parsed) == edited.timestamp()
    assert all(entry.updated_parsed <= atom.feed.updated_parsed for entry in atom.entries)
    assert build_rss(channel(), items) == build_rss(channel(), list(reversed(items)))  # still byte-stable


def test_rss_channel_link_is_the_site_and_self_link_is_the_feed():
    channel_element = etree.fromstring(build_rss(channel(), [item(1)])).find("channel")
    assert channel_element.findtext("link") == SITE
    assert rss_problems(build_rss(channel(), [item(1)]), FEED_URL) == []


def test_atom_uses_guid_as_entry_id_and_the_newest_date_as_updated():
    result = parsed(build_atom(channel(), [item(2), item(5)]))
    assert result.feed.updated_parsed == result.entries[0].updated_parsed
    assert result.entries[0].id == item(5).guid
    assert result.entries[0].link == item(5).link


def test_json_feed_has_the_required_fields_and_rfc3339_dates():
    feed = json.loads(build_json_feed(channel(), [item(1)]))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == FEED_URL and feed["home_page_url"] == SITE
    entry = feed["items"][0]
    assert entry["id"] == item(1).guid and entry["content_html"] == item(1).content_html
    assert datetime.fromisoformat(entry["date_published"]) == item(1).date
    assert entry["tags"] == ["Ferries", "Islands"] and entry["authors"] == [{"name": "Harbour Gazette"}]


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_empty_feed_is_still_valid(build, problems):
    assert problems(build(channel(), []), FEED_URL) == []


scraped_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=40, deadline=None)
@given(title=scraped_text, summary=scraped_text, body=scraped_text, tag=scraped_text)
def test_any_scraped_text_gives_well_formed_feeds(title, summary, body, tag):
    """Control characters and markup-like text in scraped fields never break a feed."""
    odd = item(1, title=title, summary=summary, content_html=f"<p>{body}</p>", tags=(tag,), source=title or None)
    for build, problems in ((build_rss, rss_problems), (build_atom, atom_problems), (build_json_feed, json_feed_problems)):
        data = build(channel(), [odd, item(2)])
        assert problems(data, FEED_URL) == []
        if build is not build_json_feed:  # feedparser 6.0 does not read JSON Feed
            parsed(data)


def _feedgen_rss(feed_channel: FeedChannel, items) -> bytes:
    """The feed as feedgen itself makes it (``add_entry`` and ``rss_str``), for comparison."""
    ordered = newest_first(items)
    changed = max((one.updated or one.date for one in ordered), default=None)  # the feed's date: its items' last change
    generator = _channel_generator(feed_channel, changed, self_type="application/rss+xml")
    generator.load_extension("dc")
    generator.description(_text_as_html(feed_channel.description or feed_channel.title))
    for one in ordered:
        generator.add_entry(_rss_entry(one), order="append")
    return generator.rss_str(pretty=True)


@settings(max_examples=30, deadline=None)
@given(texts=st.lists(scraped_text, min_size=1, max_size=6), picks=st.lists(st.lists(st.integers(0, 5), max_size=4), max_size=4),
       names=st.lists(scraped_text, min_size=1, max_size=3), language=st.sampled_from(["en", "fr", "en-GB"]))
def test_rss_with_shared_elements_is_byte_identical_to_feedgens_own(texts, picks, names, language):
    """Items and channels made once and copied into several feeds (``RssEntries``) give the bytes feedgen's
    ``rss_str`` gives, whatever each feed's channel says."""
    items = [item(number, title=text, summary=text, content_html=f"<p>{text}</p> ]]>", tags=(text, "Ferries"),
                  source=text or None) for number, text in enumerate(texts)]
    channels = [FeedChannel(title=f"{name} · Desk", site_url=f"{SITE}tag/{number}/", feed_url=f"{SITE}tag/{number}/feed.xml",
                            description=name, language=language) for number, name in enumerate(names)]
    shared = RssEntries()
    for number, pick in enumerate([list(range(len(items))), *picks]):
        chosen = [items[index % len(items)] for index in dict.fromkeys(pick)]
        feed_channel = channels[number % len(channels)]
        assert build_rss(feed_channel, chosen, shared) == _feedgen_rss(feed_channel, chosen)


@pytest.mark.parametrize("html, expected", [
    pytest.param('<a href="../other/">x</a>', '<a href="https://desk.example.net/2025/03/other/">x</a>', id="parent"),
    pytest.param('<img src="/media/a.png">', '<img src="https://desk.example.net/media/a.png">', id="root"),
    pytest.param('<a href="https://elsewhere.org/a">x</a>', '<a href="https://elsewhere.org/a">x</a>', id="absolute"),
    pytest.param('<a href="#note-1">x</a>', '<a href="https://desk.example.net/2025/03/ferry-1/#note-1">x</a>', id="fragment"),
    pytest.param('<a href="mailto:desk@example.net">x</a>', '<a href="mailto:desk@example.net">x</a>', id="mailto"),
])
def test_relative_links_in_content_become_absolute(html, expected):
    assert absolute_urls(html, "https://desk.example.net/2025/03/ferry-1/") == expected


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_footnote_and_section_links_lead_to_the_story_not_into_the_feed(build, problems):
    """A footnote's "#fn1" (and its way back, "#fnref1") or a link to a subheading resolves, in a feed, against the
    feed: feedparser made it ".../feeds/x#fn1" and the W3C validator warns of a relative reference. They lead to the
    story's page."""
    from newsarchive.render import make_renderer, render_markdown

    page = item(1).link
    body = render_markdown(make_renderer(), "The ferry ran late.[^1] See [the timetable](#section-timetable).\n\n"
                                            "## Timetable\n\nDaily.\n\n[^1]: By an hour.\n")
    data = build(channel(), [item(1, content_html=absolute_urls(body, page))])
    assert problems(data, FEED_URL) == []
    if build is build_json_feed:
        content = json.loads(data)["items"][0]["content_html"]
    else:  # as a reader resolves them, the feed served at its own address
        content = feedparser.parse(data, response_headers={"content-location": FEED_URL}).entries[0].content[0].value
    links = re.findall(r'href="([^"]*)"', content)
    assert {page + "#fn1", page + "#fnref1", page + "#section-timetable"} <= set(links), links
    assert not any(link.startswith(FEED_URL) for link in links), links


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_an_incomplete_copy_says_so_in_every_feed_as_its_page_does(build, problems):
    data = build(channel(), [item(1, truncated=True), item(2)])
    if build is build_json_feed:
        contents = {entry["id"][-1]: entry["content_html"] for entry in json.loads(data)["items"]}
    else:
        contents = {entry.id[-1]: entry.content[0].value for entry in parsed(data).entries}
    assert "This archived copy is incomplete." in contents["1"] and contents["1"].count("Crossing 1") == 1
    assert contents["1"].rstrip().endswith("the rest of this story was not saved.</p>")
    assert "incomplete" not in contents["2"] and "not saved" not in contents["2"]
    assert problems(data, FEED_URL) == []


def test_rss_descriptions_carry_scraped_markup_as_text_not_as_html():
    """RSS readers take ``description`` as HTML: a summary's tags must arrive escaped, shown and not run."""
    from bs4 import BeautifulSoup

    hostile = 'The <script>alert(1)</script> utility <img src=x onerror=alert(2)> said & "quoted"'
    data = build_rss(replace(channel(), description=hostile), [item(1, summary=hostile)])
    tree = etree.fromstring(data)
    for description in (tree.findtext("channel/description"), tree.findtext("channel/item/description")):
        as_html = BeautifulSoup(description, "html.parser")
        assert as_html.find_all(True) == [] and as_html.get_text() == hostile


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_a_huge_story_goes_into_feeds_as_its_summary_and_a_link(build, problems):
    huge = "<p>" + "The harbour board met again. " * 10_000 + "</p>"
    data = build(channel(), [item(1, content_html=huge), item(2)])
    assert len(data) < 20_000 and problems(data, FEED_URL) == []
    assert f"{SITE}2025/03/ferry-1/" in data.decode("utf-8") and "The whole story is on its page." in data.decode("utf-8")


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_a_byline_is_credited_before_the_source_and_an_update_is_dated(build, problems):
    updated = START + timedelta(days=2)
    data = build(channel(), [item(1, authors=("Jane Roe", "Tom Ash"), updated=updated), item(2)])
    assert problems(data, FEED_URL) == []
    if build is build_json_feed:
        entries = {entry["id"]: entry for entry in json.loads(data)["items"]}
        assert entries[item(1).guid]["authors"] == [{"name": "Jane Roe"}, {"name": "Tom Ash"}]
        assert datetime.fromisoformat(entries[item(1).guid]["date_modified"]) == updated
        assert entries[item(2).guid]["authors"] == [{"name": "Harbour Gazette"}] and "date_modified" not in entries[item(2).guid]
    elif build is build_atom:
        entries = {entry.id: entry for entry in parsed(data).entries}
        assert [author.name for author in entries[item(1).guid].authors] == ["Jane Roe", "Tom Ash"]
        assert calendar.timegm(entries[item(1).guid].updated_parsed) == updated.timestamp()
        assert entries[item(2).guid].author == "Harbour Gazette"
    else:
        creators = {element.findtext("guid"): [creator.text for creator in element.findall("{http://purl.org/dc/elements/1.1/}creator")]
                    for element in etree.fromstring(data).iter("item")}
        assert creators == {item(1).guid: ["Jane Roe", "Tom Ash"], item(2).guid: ["Harbour Gazette"]}


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_a_date_in_a_zones_old_local_mean_time_is_written_in_utc(build, problems):
    """Europe/Amsterdam was +00:19:32 until 1937: RFC 822 and RFC 3339 offsets are hours and minutes, and
    feedgen wrote "+001932", which feedparser read as 14 April 00:48 UTC. The instant is kept, in UTC."""
    amsterdam = ZoneInfo("Europe/Amsterdam")
    published, updated = datetime(1912, 4, 15, 9, 0, tzinfo=amsterdam), datetime(1912, 4, 16, 10, 0, tzinfo=amsterdam)
    data = build(channel(), [item(1, date=published, updated=updated)])
    assert problems(data, FEED_URL) == []
    if build is build_json_feed:
        entry = json.loads(data)["items"][0]
        assert datetime.fromisoformat(entry["date_published"]) == published
        assert datetime.fromisoformat(entry["date_modified"]) == updated
    else:
        entry = parsed(data).entries[0]
        assert calendar.timegm(entry.published_parsed) == published.timestamp()
        assert calendar.timegm(parsed(data).feed.updated_parsed) == updated.timestamp()


def test_an_update_that_is_no_later_than_the_date_is_no_update():
    assert item(1, updated=item(1).date).updated is None and item(1, updated=START).updated is None


def test_a_json_item_without_content_carries_its_summary_as_text():
    feed = json.loads(build_json_feed(channel(), [item(1, content_html="", summary="<img src=x onerror=alert(5)> met.")]))
    assert feed["items"][0]["content_html"] == "<p>&lt;img src=x onerror=alert(5)&gt; met.</p>"


@pytest.mark.parametrize("build, problems", BUILDERS)
def test_a_story_in_another_language_says_so_and_runs_its_way_in_every_feed(build, problems):
    """An Arabic story's content runs right to left in a feed reader, as on its page; a story in the channel's
    language is as it always was."""
    arabic = item(1, title="افتتاح ميناء جديد", content_html="<p>افتتح الوزير ميناء جديدا.</p>", language="ar",
                  direction="rtl")
    english = item(2)
    data = build(channel(), [arabic, english])
    assert problems(data, FEED_URL) == []
    if build is build_json_feed:
        entries = {entry["id"]: entry for entry in json.loads(data)["items"]}
        shown = {guid: (entry.get("language"), entry["content_html"]) for guid, entry in entries.items()}
    else:
        entries = {entry.id: entry for entry in parsed(data).entries}
        shown = {guid: (entry.get("language") if build is build_rss else None, entry.content[0].value)
                 for guid, entry in entries.items()}
    wrapper = BeautifulSoup(shown[arabic.guid][1], "html.parser").contents[0]
    assert (wrapper.name, wrapper.get("lang"), wrapper.get("dir")) == ("div", "ar", "rtl")
    assert wrapper.decode_contents() == arabic.content_html
    assert shown[english.guid][1] == english.content_html
    if build is not build_atom:  # RSS as a Dublin Core element, JSON Feed as the item's own field
        assert (shown[arabic.guid][0], shown[english.guid][0]) == ("ar", None)
