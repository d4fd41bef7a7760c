"""Cleaning: a decoded raw article in, its headline, content blocks and removed lines out.

Contract: the cleaner only removes whole lines and records each one with the
boilerplate family that matched it (``heuristics.BOILERPLATE_FAMILIES``); it
never edits, reorders or merges the text of content lines (whitespace aside).

Three kinds of rule, all driven by the one table in ``heuristics``:
- a line matching a family in its zone (head, tail, anywhere, last line);
- a recirculation-block opener ("Most read") takes the run of headline-shaped
  lines after it with it;
- the headline repeated (or a second headline) as the first body line, above prose.
A paywall notice also flags the article as truncated. The one piece of a line taken out is a publication's name
after the headline ("... - Northwire News", "... | Calder Post"), recorded as a removed line of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from .heuristics import (
    ABOUT_HEADING, ABOUT_SUBJECT_VERB, ADDRESSES_THE_READER, ASKED_IN_THE_READER_S_VOICE, AUTHOR_LINE, BARE_NAME,
    BARE_TIME, BOILERPLATE_FAMILIES, BYLINE_BY, BYLINE_NEIGHBOURS, BYLINE_PARTS, CREDIT_BEFORE_BY, CROSS_LINK_OPENER,
    ENTRY_STAMP, FACT_LINE, FAMILY_GATE, FIGURE, FURNITURE_ABOVE_HEADLINES, HEADLINE_SHAPE, HEADLINE_SITE_NAME,
    HEADLINE_WEB_ADDRESS, JOINED_ITEMS, LABELLED_ADDRESS, LIST_LINE, MAX_AUTHOR_BIO_WORDS, MAX_FAMILY_CHARS,
    MAX_FAMILY_WORDS, MAX_HEADLINE_WORDS, MAX_QUOTED_FURNITURE_WORDS, MAX_TRANSLATED_LABEL_HALF_WORDS,
    MIN_FIGURES_IN_A_DATA_LINE, MIN_PROSE_WORDS, MIN_WORDS_AROUND_A_QUOTE, MIN_WORDS_BEFORE_A_SITE_NAME,
    NAME_IN_EVERY_LANGUAGE, NEWSROOM_WORDS, NUMBERED_ITEM, ONE_QUOTATION, OPENING_PARTICIPLE_CLAUSE, PERSON_DESCRIBED,
    PICTOGRAPH_LEAD, PLAIN_LABEL, POINTS_BACK_AT_WORDS, PUBLICATION_NAME_OPENERS, PUBLICATION_TITLE_WORDS,
    PUBLICATION_TITLE_WORDS_AFTER_AN_OPENER, QUESTION_END, QUOTATION, QUOTED_SLOGAN, REFERS_BACK, REPORTING, SCORE_LINE,
    SCRAPER_MARKER, SECTION_LABEL, SENTENCE_END, SPEAKER_LABEL, TRANSLATED_LABEL, WORDS_THAT_NAME_NOTHING, Effect,
    Family, Zone, matching_form, unbulleted, undecorated,
)
from .model import CleanArticle, RemovedLine
from .structure import BULLET, classify_lines, has_words, is_decoration

RECIRCULATED_HEADLINE = "recirculation_block"
PRESS_RELEASE_NOTES = "press_release_notes"  # the family of a press release's notes (heuristics) and of what is below them
# what a short item of a list the story introduces may look like alone
LIST_ITEM_LOOKALIKES = frozenset({None, "share_widget", "timestamp"})
MAX_LIST_ITEM_WORDS = 8
MAX_SUBHEADING_KEEP_WORDS = 4  # a run line this short, just above prose, is kept as the article's subheading
MAX_QUESTION_SUBHEADING_WORDS = 8  # ... and a question this short


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Settings of the cleaner."""

    remove_agency_credits: bool = True  # judgement call: "Reporting by ...", "... contributed to this report"
    remove_leading_headline: bool = True  # a headline-shaped first body line above prose (kicker, repeated title)
    head_share: float = 0.15  # share of body lines counted as the head zone (at least HEAD_MIN lines)
    tail_share: float = 0.2  # share of body lines counted as the tail zone (at least TAIL_MIN lines)


HEAD_MIN = 3
TAIL_MIN = 4
LATTER_MIN = 3  # a press release's notes start after three lines of its text at least, in its last two thirds
# what matching_family answered for a line in the zones it was in (head, tail, latter, last), within one article
FamiliesFound = dict[tuple[str, tuple[bool, bool, bool, bool]], Family | None]


@dataclass(frozen=True, slots=True)
class _Zones:
    head_end: int  # body lines with index < head_end are in the head
    tail_start: int  # body lines with index >= tail_start are in the tail
    last: int
    # one article's families found so far, by line and zones: a later pass looks again only at lines whose zones moved
    found: FamiliesFound = field(default_factory=dict, compare=False)
    # the last body line that reports something, once asked (a one-item list: the dataclass is frozen)
    last_reporting: list[int] = field(default_factory=list, compare=False)

    def containing(self, index: int) -> tuple[bool, bool, bool, bool]:
        """The zones a line at ``index`` is in, besides ANYWHERE: head, tail, latter, last."""
        return (index < self.head_end, index >= self.tail_start, index >= LATTER_MIN and index > self.last // 3,
                index == self.last)


def clean_article(text: str, config: CleanConfig = CleanConfig(), continued: frozenset[int] = frozenset(),
                  guess_subheadings: bool = True, authors: tuple[str, ...] = ()) -> CleanArticle:
    """Split a raw article (LF line ends) into headline and cleaned content blocks.

    ``continued``: positions among the non-blank lines of lines that continue the
    paragraph above them (a Markdown article's wrapped lines, ``markdown_lines``).
    ``guess_subheadings``: off for a Markdown article, whose subheadings are marked.
    ``authors``: the byline the file declares (a saved page's author metadata): a line in the head that only
    names them (a page's byline without its "By") is the byline.
    Each line is judged alone; a kept one is then joined onto the kept line above it.
    """
    lines = _content_lines(text)
    if not lines:
        return CleanArticle(title="", blocks=())
    before_headline = _furniture_before_headline(lines)
    if before_headline:  # "Skip to main content" above the headline: the headline is the first line after it
        lines = lines[len(before_headline):]
        skipped = len(before_headline)
        continued = frozenset(position - skipped for position in continued if position > skipped)
    (title, site_name, publication), body = _headline_and_site_name(lines[0]), lines[1:]
    verdicts = _runs_on(body, _settled_verdicts(body, config, title, authors), continued)
    kept = _kept_lines(body, verdicts, continued)
    removed = before_headline + site_name + tuple(RemovedLine(line, family) for line, family in zip(body, verdicts)
                                                  if family is not None)
    marker = SCRAPER_MARKER.match(body[-1]) if body and verdicts[-1] == "scraper_marker" else None
    truncated = any(family in _TRUNCATING for family in verdicts)
    return CleanArticle(
        title=title,
        blocks=classify_lines(kept, guess_subheadings),
        removed=removed,
        source=marker.group("site").lower() if marker else publication,  # the scraper's id, else the title's
        truncated=truncated,
    )


DECORATION = "decoration"  # the family of a line above the headline with nothing to read ("-----", "* * *")
SITE_NAME_IN_HEADLINE = "site_name_in_headline"


def _headline_and_site_name(line: str) -> tuple[str, tuple[RemovedLine, ...], str | None]:
    """The headline without a publication's name a scraper left after it (``HEADLINE_SITE_NAME``), that name with
    its separator as a removed line, and the name when it names a publication (the story's source when no
    scraper's marker names one; "| Politics" is a section). The section names a page title puts between them after
    bars go with it ("... | UK News | Sky News")."""
    found = _site_name(line.rstrip())
    if not found:
        return line, (), None
    name, headline = found.group("name"), found.group("headline")
    while (section := _site_name(headline)) and section.group("bar"):
        headline = section.group("headline")
    removed = RemovedLine(line[len(headline):].strip(), SITE_NAME_IN_HEADLINE)
    return headline, (removed,), name if _names_a_publication(name, after_a_bar=bool(found.group("bar"))) else None


def publication_after_headline(line: str) -> str | None:
    """The publication a page title or scraped headline names after the headline ("Fire at the mill | Calder
    Post" -> "Calder Post"), by the rule ``clean_article`` removes it with; None when it names none."""
    return _headline_and_site_name(line.strip())[2]


def _site_name(line: str) -> re.Match[str] | None:
    """The match of ``HEADLINE_SITE_NAME`` when what follows the headline is a name (with a letter: "| 2026" is
    no publication) and enough of a headline is left, else None."""
    found = HEADLINE_SITE_NAME.match(line)
    if not found or len(found.group("headline").split()) < MIN_WORDS_BEFORE_A_SITE_NAME:
        return None
    name = found.group("name")
    if not any(character.isalpha() for character in name):
        return None
    if not (found.group("bar") or _names_a_publication(name)):
        return None
    return found


def _names_a_publication(name: str, after_a_bar: bool = False) -> bool:
    """A web address, a name ending in a newspaper-title word, or one ending in a word of both headlines and
    titles ("Post", "Mail") after an opener ("The Times", "Daily Mail"; not "Royal Mail" or "World Record") or
    after a bar, which only page titles put there ("| Calder Post"; not "| Politics")."""
    words = name.casefold().split()
    return bool(HEADLINE_WEB_ADDRESS.fullmatch(name) or words[-1] in PUBLICATION_TITLE_WORDS
                or (words[-1] in PUBLICATION_TITLE_WORDS_AFTER_AN_OPENER
                    and (after_a_bar or (len(words) > 1 and words[0] in PUBLICATION_NAME_OPENERS))))


def _furniture_before_headline(lines: list[str]) -> tuple[RemovedLine, ...]:
    """The site's navigation or ad labels, or lines of decoration above a line with words, a scrape put above
    the headline (never the last line)."""
    found: list[RemovedLine] = []
    last_with_words = None  # found when a line of decoration is (most lines with words are last)
    for index, line in enumerate(lines[:-1]):
        if is_decoration(line):
            if last_with_words is None:
                last_with_words = next((at for at in range(len(lines) - 1, -1, -1) if has_words(lines[at])), -1)
            if index > last_with_words:  # (a file of marks keeps its first line as its headline)
                break
            found.append(RemovedLine(line, DECORATION))
            continue
        family = _furniture_family(line) if len(line) <= MAX_FAMILY_CHARS else None
        if family is None:
            break
        found.append(RemovedLine(line, family.name))
    return tuple(found)


def _furniture_family(line: str) -> Family | None:
    form = matching_form(line)
    bare = undecorated(form)
    for shown in (form,) if bare is None else (form, bare):
        possible = FAMILY_GATE.possible(shown)  # (a headline holds few of the families' texts)
        for position, family in HEADLINE_FURNITURE_FAMILIES:
            if possible >> position & 1 and family.matches(shown):
                return family
    return None


_TRUNCATING = frozenset(f.name for f in BOILERPLATE_FAMILIES if f.effect is Effect.TRUNCATE)
LAST_LINE_FAMILIES = tuple(f for f in BOILERPLATE_FAMILIES if f.zone is Zone.LAST_LINE)
HEADLINE_FURNITURE_FAMILIES = tuple((position, f) for position, f in enumerate(BOILERPLATE_FAMILIES)
                                    if f.name in FURNITURE_ABOVE_HEADLINES and f.effect is Effect.DROP)


# A sentence that runs on to the next line: a line of a wrapped paragraph, as long as an author wraps one, ends
# without closing a sentence and the next one starts in lower case ("... told us to write at the bottom of each"
# / "email; we would rather ..."). Stacked boilerplate is short ("Comments", "Sign up to our newsletter").
_SENTENCE_CLOSED = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
MIN_RUN_ON_WORDS = 8


def _runs_on(body: list[str], verdicts: list[str | None], continued: frozenset[int]) -> list[str | None]:
    """A Markdown article's wrapped line judged boilerplate is content after all when its sentence runs on
    into the next line of its paragraph ("All rights reserved. That is what our lawyer told us to write at
    the bottom of each" / "email; ..."): boilerplate stacked under a paragraph closes its sentences or
    starts the next line in capitals ("Sign up to our newsletter" / "Comments")."""
    if not continued:
        return verdicts
    settled = list(verdicts)
    for index in range(len(body) - 1, -1, -1):  # from the bottom: a rescued line's own line above may run on
        following = index + 1
        runs_on = (following < len(body) and following + 1 in continued and settled[following] is None
                   and len(body[index].split()) >= MIN_RUN_ON_WORDS and not _SENTENCE_CLOSED.search(body[index])
                   and body[following][:1].islower())
        if settled[index] is not None and runs_on:
            settled[index] = None
    return settled


def _kept_lines(body: list[str], verdicts: list, continued: frozenset[int]) -> tuple[str, ...]:
    """The lines no family matched, each continuation line (``continued``, counted with the headline)
    joined onto the kept line just above it (a quote's ``>`` dropped from its continuation)."""
    kept: list[str] = []
    previous_kept = False
    for position, (line, family) in enumerate(zip(body, verdicts), start=1):
        if family is not None:
            previous_kept = False
            continue
        if previous_kept and position in continued:
            kept[-1] = f"{kept[-1]} {line.lstrip('> ') if kept[-1].startswith('>') else line}"
        else:
            kept.append(line)
        previous_kept = True
    return tuple(kept)


def _content_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


MAX_PASSES = 4


def _settled_verdicts(body: list[str], config: CleanConfig, title: str = "",
                      authors: tuple[str, ...] = ()) -> list[str | None]:
    """Apply the rules until a pass removes nothing more.

    Zones are measured on the lines still kept, so removing lines can move another
    line into the head or tail; settling makes cleaning idempotent (cleaning the
    cleaned text removes nothing more).
    """
    verdicts: list[str | None] = [None] * len(body)
    alive = list(range(len(body)))
    families_found: FamiliesFound = {}
    for _ in range(MAX_PASSES):
        lines = [body[index] for index in alive]
        found = _line_verdicts(lines, config, families_found, authors)
        if config.remove_leading_headline:
            found = _drop_leading_headline(lines, found, title)
        if not any(found):
            break
        for index, family in zip(alive, found):
            verdicts[index] = family
        alive = [index for index, family in zip(alive, found) if family is None]
    _mark_author_bios(body, verdicts, alive, config)
    return verdicts


def _mark_author_bios(body: list[str], verdicts: list[str | None], alive: list[int], config: CleanConfig) -> None:
    """A line in the tail of what is kept about the person the furniture at the top names ("Dr Hannah Keller is a
    senior lecturer in transport planning ...", "Daniel Okoye is a critic and translator." under "Reviewed by
    Daniel Okoye") is the author's bio, whatever it calls the author's trade (a person the story is about is
    named in the story, not in its byline), when no sentence of the story comes after it (a disclosure the story
    goes on after is the story's). Looked at once the passes have settled: a pass sees only the lines still kept,
    without the byline the first one took."""
    top = max(alive[0] if alive else len(body), HEAD_MIN, round(len(body) * config.head_share))
    furniture = [(line, family) for line, family in zip(body[:top], verdicts) if family is not None]
    if not furniture:
        return
    tail = alive[len(alive) - max(TAIL_MIN, round(len(alive) * config.tail_share)):]
    last_sentence = max((index for index in alive if _is_a_sentence(body[index])), default=-1)
    for index in tail:
        described = PERSON_DESCRIBED.match(body[index]) if index >= last_sentence else None  # the story goes on below
        if (described and word_count(body[index]) <= MAX_AUTHOR_BIO_WORDS
                and any(_credits(line, family, described.group("name")) for line, family in furniture)):
            verdicts[index] = "author_contact"


MIN_WORDS_OF_A_SENTENCE = 6


def _is_a_sentence(line: str) -> bool:
    """A line of the story's text: a sentence of a few words at least ("The union said it would ballot members.", "Did
    anyone at the council read them?": a question ends a paragraph too)."""
    return word_count(line) >= MIN_WORDS_OF_A_SENTENCE and (SENTENCE_END.search(line) is not None
                                                           or QUESTION_END.search(line) is not None)


def _credits(line: str, family: str, name: str) -> bool:
    """The removed line names ``name`` as its author: a byline that holds the name (not a newsroom's: "By Harbour Times
    staff"), or a credit "Photo by Name" (a caption's "led by Name" names someone in the picture, who may be the story's)."""
    if family == "byline":  # "By Harbour Times staff" names a newsroom, not a person with a bio
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)(?!\s+{NEWSROOM_WORDS})", line, re.IGNORECASE) is not None
    return re.search(rf"{CREDIT_BEFORE_BY}\s*by\s*:?\s+{re.escape(name)}\b", line, re.IGNORECASE) is not None


def _line_verdicts(body: list[str], config: CleanConfig, families_found: FamiliesFound,
                   authors: tuple[str, ...] = ()) -> list[str | None]:
    """The family name that removes each body line, or None to keep it (``families_found``: what earlier
    passes over the same article found, filled in; ``authors``: the byline the file declares)."""
    count = len(body)
    zones = _Zones(
        head_end=max(HEAD_MIN, round(count * config.head_share)),
        tail_start=count - max(TAIL_MIN, round(count * config.tail_share)),
        last=count - 1,
        found=families_found,
    )
    verdicts: list[str | None] = [None] * count
    index = 0
    while index < count:
        family = matching_family(body[index], index, zones, config)
        if _closes_press_release(body, index, family, zones):
            _drop_press_release_notes(body, index, zones, config, verdicts)
            break
        if family is not None and family.effect is not Effect.CLOSES_STORY:  # "ENDS" quoted in a story goes on
            verdicts[index] = family.name
            if family.effect is Effect.OPEN_BLOCK:
                after = _drop_recirculated_run(body, index + 1, zones, config, verdicts)
                if after == index + 1 < count and word_count(body[index]) == 1:
                    # one word with prose right below: the story's own subheading ("Trending"), unless
                    # another family has the word
                    verdicts[index] = _family_outside_blocks(body[index], index, zones, config)
                index = after
                continue
        index += 1
    _peel_last_lines(body, verdicts, config)
    _keep_introduced_lists(body, verdicts)
    _keep_the_story_s_series(body, verdicts)
    _keep_labels_between_prose(body, verdicts, zones)
    _keep_labels_taken_up_below(body, verdicts)
    _keep_addresses_the_story_labels(body, verdicts)
    _keep_furniture_the_story_points_back_at(body, verdicts)
    return _mark_section_label(body, _mark_bare_bylines(body, verdicts, zones, authors))


def _closes_press_release(body: list[str], index: int, family: Family | None, zones: _Zones) -> bool:
    """What ends a press release's text ("ENDS", "Notes to editors", an "About X" heading over X's profile),
    with no line of reporting below it (then it is quoted in a story about the release)."""
    closes = (family.effect is Effect.CLOSES_STORY) if family is not None else _about_the_publisher(body, index, zones)
    return closes and not _reported_below(body, index, zones)


def _about_the_publisher(body: list[str], index: int, zones: _Zones) -> bool:
    """A press release's "About X" heading in its second half, over a paragraph whose subject is X."""
    heading = ABOUT_HEADING.match(body[index])
    if heading is None or not _in_zone(Zone.LATTER, index, zones) or index + 1 >= len(body):
        return False
    name = re.escape(heading.group(1).strip().rstrip(".:"))
    return re.search(rf"^.{{0,40}}\b{name}(?:'s|’s)?\s+{ABOUT_SUBJECT_VERB}", body[index + 1], re.IGNORECASE) is not None


def _reported_below(body: list[str], index: int, zones: _Zones) -> bool:
    """A line of reporting below ``index``: the story goes on, so what looked like its end is quoted.
    (The last such line is found once an article: asked of every "ENDS" line, a search below each took
    the square of the article's length.)"""
    if not zones.last_reporting:
        zones.last_reporting.append(next((position for position in range(len(body) - 1, -1, -1)
                                          if REPORTING.search(body[position])), -1))
    return zones.last_reporting[0] > index


def _drop_press_release_notes(body: list[str], start: int, zones: _Zones, config: CleanConfig,
                              verdicts: list[str | None]) -> None:
    """Every line from ``start`` on, each under its own family where it has one."""
    for index in range(start, len(body)):
        family = matching_family(body[index], index, zones, config)
        verdicts[index] = family.name if family is not None else PRESS_RELEASE_NOTES


def _keep_the_story_s_series(body: list[str], verdicts: list[str | None]) -> None:
    """Lines that come as a series are the story's: a numbered step next to the step before or after it
    ("1. Download the app …" above "2. Open Settings"), times of day on their own lines when there
    are several (a schedule's "8pm", "9pm"; a page's stamp is one line), a live page's entry stamps when
    there are several ("Updated 13:05"), and lines opening with a label in capitals when there are several
    (a transcript's speakers; a link to another story is one line), and "By ..." lines when there are several
    (a list of books under their authors; a page's byline is one line)."""
    _keep_numbered_steps(body, verdicts)
    times = [index for index, line in enumerate(body) if BARE_TIME.match(line)]
    _keep_when_several(times, MIN_TIMES_OF_A_SCHEDULE, SCHEDULE_LOOKALIKES, verdicts)
    entries = [index for index, line in enumerate(body) if ENTRY_STAMP.match(line)]
    _keep_when_several(entries, MIN_ENTRY_STAMPS_OF_A_LIVE_PAGE, SCHEDULE_LOOKALIKES, verdicts)
    labelled = [index for index, line in enumerate(body) if SPEAKER_LABEL.match(line) and not CROSS_LINK_OPENER.match(line)]
    _keep_when_several(labelled, MIN_LABELLED_LINES_OF_A_TRANSCRIPT, TRANSCRIPT_LOOKALIKES, verdicts)
    authors = [index for index, line in enumerate(body) if AUTHOR_LINE.match(line)]
    _keep_when_several(authors, MIN_AUTHOR_LINES_OF_A_LIST, BYLINE_LOOKALIKES, verdicts)


def _keep_numbered_steps(body: list[str], verdicts: list[str | None]) -> None:
    numbers = [_item_number(line) for line in body]
    for index, number in enumerate(numbers):
        if verdicts[index] is None or number is None:
            continue
        neighbours = [(index + step, number + step) for step in (-1, 1) if 0 <= index + step < len(body)]
        if any(numbers[at] == expected and verdicts[at] is None for at, expected in neighbours):
            verdicts[index] = None


def _keep_when_several(indexes: list[int], enough: int, lookalikes: frozenset[str], verdicts: list[str | None]) -> None:
    """Keep the lines at ``indexes`` that one of ``lookalikes`` took, when there are ``enough`` of them."""
    if len(indexes) >= enough:
        for index in indexes:
            if verdicts[index] in lookalikes:
                verdicts[index] = None


def _item_number(line: str) -> int | None:
    found = NUMBERED_ITEM.match(line)
    return int(found.group("number")) if found else None


MIN_TIMES_OF_A_SCHEDULE = 2
MIN_ENTRY_STAMPS_OF_A_LIVE_PAGE = 3  # a page's own "Updated 13:05" may come twice (top and bottom)
SCHEDULE_LOOKALIKES = frozenset({"timestamp"})  # what a schedule's time alone looks like
MIN_LABELLED_LINES_OF_A_TRANSCRIPT = 3  # "HOST: …", "MINISTER: …"; "IN: …", "OUT: …"
TRANSCRIPT_LOOKALIKES = frozenset({"cross_link", "tag_list"})  # what a speaker's line alone can look like
MIN_AUTHOR_LINES_OF_A_LIST = 3  # "By Ann Lee" under each title of a reading list
BYLINE_LOOKALIKES = frozenset({"byline", "author_contact"})


def _keep_labels_between_prose(body: list[str], verdicts: list[str | None], zones: _Zones) -> None:
    """A legal footer's or a comment section's words alone between two paragraphs of prose, above the tail
    ("Privacy" in a review of a doorbell, "Comments closed" in a story about a newsroom), are the story's
    subheading: a footer's items and a comment section come at the end."""
    for index in range(1, min(zones.tail_start, len(body) - 1)):
        line = body[index]
        if verdicts[index] not in LABELS_THAT_CAN_BE_SUBHEADINGS or word_count(line) > MAX_LABEL_SUBHEADING_WORDS:
            continue
        if _between_prose(body, verdicts, index) and not ADDRESSES_THE_READER.search(line):
            verdicts[index] = None


def _between_prose(body: list[str], verdicts: list[str | None], index: int) -> bool:
    """Whether the line at ``index`` stands between two kept paragraphs of prose: above it a paragraph's end (a
    sentence, or prose however it ends: "... nagged at me..."), below it prose."""
    above = body[index - 1]
    return (verdicts[index - 1] is None and (_is_a_sentence(above) or is_prose(above))
            and verdicts[index + 1] is None and is_prose(body[index + 1]))


def _keep_labels_taken_up_below(body: list[str], verdicts: list[str | None]) -> None:
    """A label's words alone between two paragraphs of prose are the story's subheading when the paragraph below
    takes up what they name in its first words ("Photos" over "The photographs were taken ...", "Twitter / X" over
    "Musk renamed Twitter ...", "Advertising" over a paragraph about the adverts): a page's label ("Photos",
    "Advertisement", "Follow", "Share your photos with us") names nothing the story goes on to tell. A label set in
    capitals throughout or decorated ("ADVERTISEMENT", "— Advertisement —") is the page's. Anywhere the story goes on
    below it, tail included: once a later pass has taken the furniture out, a short story's middle is its tail."""
    for index in range(1, len(body) - 1):
        line = body[index]
        if (verdicts[index] not in LABELS_THAT_CAN_HEAD_THEIR_SUBJECT or word_count(line) > MAX_SUBJECT_LABEL_WORDS
                or not _plain_label(line)):
            continue
        opening = _first_words_after_an_opening_participle(body[index + 1])
        if _between_prose(body, verdicts, index) and _takes_up(opening, line):
            verdicts[index] = None


def _first_words_after_an_opening_participle(paragraph: str) -> str:
    """The paragraph's first words, after a participle's clause that opens it ("Following the vote, ...",
    "Commenting on the figures, ..."): such a clause links the paragraph to the one before; it takes up no label."""
    return " ".join(OPENING_PARTICIPLE_CLAUSE.sub("", paragraph, count=1).split()[:MAX_WORDS_BEFORE_TAKING_UP])


def _plain_label(line: str) -> bool:
    """Words as a subheading sets them: a capital first, lower case after it, nothing around them."""
    return PLAIN_LABEL.match(line) is not None and any(character.islower() for character in line)


def _takes_up(paragraph: str, label: str) -> bool:
    """The paragraph names what each word of the label names ("photographs" for "Photos", "followers" for "Follow";
    "share" and "photos" for "Share your photos with us"; "book" for "Booking"): it holds each word's stem, the word
    without an ending ("-ing", "-ed", "-s") and then without its last two letters (five at least, a shorter word
    whole). A page's label names the site with words a story may share ("Share this news", "Courtesy of Northport
    Council"), but not all of them."""
    named = [word for word in _words_of(label) if len(word) >= MIN_STEM_LETTERS and word not in WORDS_THAT_NAME_NOTHING]
    words = _words_of(paragraph)
    return bool(named) and all(any(word.startswith(_stem(name)) for word in words) for name in named)


def _stem(word: str) -> str:
    ending = INFLECTION_ENDING.search(word)
    word = word[:ending.start()] if ending and ending.start() >= MIN_STEM_LETTERS else word
    return word[:max(len(word) - 2, min(len(word), MIN_STEM_LETTERS + 1))]


INFLECTION_ENDING = re.compile(r"(?:ing|ed|es|s)$")


def _keep_furniture_the_story_points_back_at(body: list[str], verdicts: list[str | None]) -> None:
    """Furniture's words on a line of their own between two paragraphs, when the paragraph below points back at them
    as words ("Accept all cookies" over "That single button, the councillor said, had become ..."; "All rights
    reserved" over "The judge said those three words ..."): the story quotes them. Furniture a page puts between
    paragraphs is followed by the story's next paragraph, which says nothing of it."""
    for index in range(1, len(body) - 1):
        if verdicts[index] is None or word_count(body[index]) > MAX_QUOTED_FURNITURE_WORDS:
            continue
        if _between_prose(body, verdicts, index) and POINTS_BACK_AT_WORDS.match(body[index + 1]):
            verdicts[index] = None


def _keep_addresses_the_story_labels(body: list[str], verdicts: list[str | None]) -> None:
    """An address under a label the story's own text takes up ("Tickets: quayfolk.example/tickets" at the end of a
    story that tells what the tickets cost) is where the story sends its reader: the story's. A page's labelled link
    ("Tickets: ..." under a story that sells none) names nothing the story tells."""
    story: str | None = None
    for index, line in enumerate(body):
        labelled = LABELLED_ADDRESS.match(line) if verdicts[index] == "bare_url" else None
        if labelled is None:
            continue
        if story is None:
            story = " ".join(text for text, family in zip(body, verdicts) if family is None and is_prose(text))
        if _takes_up(story, labelled.group("label")):
            verdicts[index] = None


LABELS_THAT_CAN_BE_SUBHEADINGS = frozenset({"legal_notice", "comments"})
MAX_LABEL_SUBHEADING_WORDS = 3
# the families of a page's labels whose words may head a part of the story about what they name
LABELS_THAT_CAN_HEAD_THEIR_SUBJECT = frozenset({"caption", "advertisement", "share_widget", "promo", "legal_notice",
                                                "comments"})
MAX_SUBJECT_LABEL_WORDS = 5
# a section takes up its subheading in its first words ("Photos" / "The photographs were ..."); a paragraph that names
# the word of a label above it only further on ("Share" over "... a stake in the firm's shares") is about something else
MAX_WORDS_BEFORE_TAKING_UP = 12
MIN_STEM_LETTERS = 4


def _keep_introduced_lists(body: list[str], verdicts: list[str | None]) -> None:
    """A list that a kept line introduces ("The law names four platforms:", "Strike dates so far:")
    is the story's, even when its items are bare network names or dates, which alone are a share
    bar or a timestamp."""
    index = 1
    while index < len(body):
        if verdicts[index - 1] is not None or not body[index - 1].rstrip().endswith(":"):
            index += 1
            continue
        item = index
        while item < len(body) and word_count(body[item]) <= MAX_LIST_ITEM_WORDS and verdicts[item] in LIST_ITEM_LOOKALIKES:
            verdicts[item] = None
            item += 1
        index = max(item, index + 1)  # a line of the run ending in ":" introduces the same run's rest: not scanned again


def _peel_last_lines(body: list[str], verdicts: list[str | None], config: CleanConfig) -> None:
    """A last-line family (the scraper's ``source site-64``) also takes the line that becomes last
    once it is gone, and so on: a run of repeated markers goes in one pass, not one per pass
    (settling stops after ``MAX_PASSES``, which left the fifth of five markers in the text)."""
    index = len(body) - 1
    while index >= 0:
        if verdicts[index] is None:
            family = _last_line_family(body[index], config)
            if family is None:
                return
            verdicts[index] = family.name
        index -= 1


def _last_line_family(line: str, config: CleanConfig) -> Family | None:
    words = line.count(" ") + 1
    if len(line) > MAX_FAMILY_CHARS:
        return None
    for family in LAST_LINE_FAMILIES:
        if words <= family.max_words and _applies(family, config) and family.matches(line):
            return family
    return None


def _mark_bare_bylines(body: list[str], verdicts: list[str | None], zones: _Zones,
                       authors: tuple[str, ...] = ()) -> list[str | None]:
    """A name-only line in the head, next to a byline or timestamp, is the byline's name; so is one that names only
    the file's declared authors (with the date after them or not: "Eirik Dahl", "Ann Lee and Tom Ash, 3 May 2026")."""
    declared = {author.casefold() for author in authors}
    for index in range(min(zones.head_end, len(body))):
        neighbours = verdicts[max(index - 1, 0):index] + verdicts[index + 1:index + 2]
        if verdicts[index] is None and ((BYLINE_NEIGHBOURS & set(neighbours) and BARE_NAME.match(body[index]))
                                        or _names_only(body[index], declared)):
            verdicts[index] = "byline"
    return verdicts


def _names_only(line: str, names: set[str]) -> bool:
    """``line`` is one or more of ``names``, "By" before them or not, a date or time after them or not."""
    if not names:
        return False
    parts = BYLINE_PARTS.split(BYLINE_BY.sub("", matching_form(line)))
    named = list(takewhile(lambda part: part.casefold() in names, parts))
    return bool(named) and all(any(character.isdigit() for character in part) for part in parts[len(named):])


def _mark_section_label(body: list[str], verdicts: list[str | None]) -> list[str | None]:
    """A few words between the headline and the byline ("Science", "Culture | Long read" above "By Ann Lee") are
    the page's section, whatever the section is called: a standfirst is a sentence, a dateline comes after the byline."""
    if len(body) > 1 and verdicts[0] is None and verdicts[1] == "byline" and SECTION_LABEL.match(body[0]):
        verdicts[0] = "kicker"
    return verdicts


def _drop_recirculated_run(body: list[str], start: int, zones: _Zones, config: CleanConfig,
                           verdicts: list[str | None]) -> int:
    """Drop the headline-shaped lines after a block opener; return the index after the run."""
    index, run, at_list, bulleted = start, [], False, False
    while index < len(body):
        # a block set as a bulleted list of headlines ("Latest Stories", "- Zoo celebrates ...") is the block's;
        # a list after the block's plain headlines is the story's own
        bulleted_headline = _bulleted_headline(body[index])
        if _opens_a_list(body, index) and not (bulleted_headline and (bulleted or not run)):
            at_list = True  # the story's own list ("Timeline", then "2015 - Dunmore elected"...)
            break
        bulleted = bulleted or bulleted_headline
        family = matching_family(body[index], index, zones, config)
        if family is not None:  # boilerplate inside the block keeps its own family
            verdicts[index] = family.name
        elif _is_block_headline(body[index], run) and not _is_data_line(body[index]):
            verdicts[index] = RECIRCULATED_HEADLINE
            run.append(index)
        else:
            break
        index += 1
    # A block in mid-article: its last short line just above prose is the article's own subheading.
    if run and not at_list and index < len(body) and run[-1] == index - 1 and _subheading_length(body[run[-1]]):
        verdicts[run[-1]] = None
    return index


def _is_block_headline(line: str, run: list[int]) -> bool:
    """Headline-shaped; after the block's first headline, also behind an emoji ("📰 Port handles record
    cargo": a scraper's decoration; an emoji line right under the opener may be the story's subheading)."""
    if is_headline_shaped(line):
        return True
    lead = PICTOGRAPH_LEAD.match(line)
    return bool(run) and lead is not None and is_headline_shaped(line[lead.end():])


def _is_data_line(line: str) -> bool:
    """A line of figures, a result ("Rovers 2-1 Valley") or a fact ("Standard: £11.99", also as a list's item):
    the story's table, no headline."""
    item = BULLET.match(line)
    line = item.group("text") if item else line
    return (len(FIGURE.findall(line)) >= MIN_FIGURES_IN_A_DATA_LINE or SCORE_LINE.match(line) is not None
            or FACT_LINE.match(line) is not None or LIST_LINE.match(line) is not None)


def _opens_a_list(body: list[str], index: int) -> bool:
    """A list item, or a short line right above one: no headline of another story looks like that."""
    line = body[index]
    if _list_item(line):
        return True
    return word_count(line) <= MAX_SUBHEADING_KEEP_WORDS and index + 1 < len(body) and _list_item(body[index + 1])


def _bulleted_headline(line: str) -> bool:
    return BULLET.match(line) is not None and is_headline_shaped(line)


def _list_item(line: str) -> bool:
    """A bulleted item, or a numbered or dated one ("3) Ferry fares", "2015 - Dunmore elected")."""
    return BULLET.match(line) is not None or NUMBERED_ITEM.match(line) is not None


def _subheading_length(line: str) -> bool:
    """A subheading is a few words ("No mass evacuation"), or a question ("How could rocks make
    oxygen?"); a headline of another story is longer ("Amber warning issued for wind across Scotland")."""
    words = word_count(line)
    return words <= MAX_SUBHEADING_KEEP_WORDS or (line.rstrip().endswith("?") and words <= MAX_QUESTION_SUBHEADING_WORDS)


def matching_family(line: str, index: int, zones: _Zones, config: CleanConfig) -> Family | None:
    """The first family of the table that matches the line (in its ``matching_form``) at this position.

    A line wholly in brackets or parentheses is matched as written, then by what it wraps,
    where the judgement-call families (agency credits) do not apply: a bracketed editorial
    note ("[Ann Lee contributed to this report.]") is kept by default. A sentence that refers back
    to the story ("Its ...") or quotes furniture ('The banner read: "Donate today."') is no family's.
    The answer is kept in ``zones.found``: within one article, a line in the same zones gets the same answer.
    """
    if line.count(" ") >= MAX_FAMILY_WORDS or len(line) > MAX_FAMILY_CHARS:
        return None  # long prose (or no furniture's line at all)
    key = (line, zones.containing(index))
    if key not in zones.found:
        zones.found[key] = _matching_family(line, index, zones, config)
    return zones.found[key]


def _matching_family(line: str, index: int, zones: _Zones, config: CleanConfig) -> Family | None:
    words = line.count(" ") + 1
    form = matching_form(line)
    family = _first_family(form, words, index, zones, config, optional=True)
    bare = undecorated(form) if family is None else None  # without bullets, arrows, brackets around it
    if bare:
        family = _first_family(bare, words, index, zones, config, optional=False)
        bracketed = unbulleted(form) if family is None else None  # "* (ap photo/ann lee)": a family of bracketed lines
        if bracketed:
            family = _first_family(bracketed, words, index, zones, config, optional=False)
    if family is None:
        family = _translated_label_family(form, index, zones, config)
    if family is None:
        family = _joined_items_family(form, index, zones, config)
    slogan = QUOTED_SLOGAN.match(form) if family is None else None
    if slogan:
        family = _first_family(slogan.group("words"), words, index, zones, config, optional=False)
    if family is not None and (REFERS_BACK.match(form) or _asks_and_answers_for_the_reader(form, index, zones, config)
                               or ONE_QUOTATION.match(form) or _quotes_furniture(form, index, zones, config)):
        return None  # the story's sentence, or someone's words it reports
    return family


def _asks_and_answers_for_the_reader(form: str, index: int, zones: _Zones, config: CleanConfig) -> bool:
    """A question in the reader's own voice with the story's answer after it ("Where can I complain? Email the
    council's parking team ..."). An answer that is furniture on its own ("How can I read more? Subscribe today for
    unlimited access", "Can I get these alerts? Download our app") makes the question the page's promo."""
    if not ASKED_IN_THE_READER_S_VOICE.match(form):
        return False
    answer = form[form.index("?") + 1:].strip()
    return _first_family(answer, answer.count(" ") + 1, index, zones, config, optional=True) is None


def _translated_label_family(form: str, index: int, zones: _Zones, config: CleanConfig) -> Family | None:
    """A label in a site's language and then in English ("Podeli / Share", "Reageer / Comment on this article"): the
    family of the English half, when both halves are short (a line of the story with a slash in it is longer). The
    first half alone is not enough: "Menu / Prices", "Advertising / marketing" pair two words of the story's."""
    found = TRANSLATED_LABEL.match(form)
    if found is None:
        return None
    english, first = found.group("second").strip(), found.group("first").strip()
    if any(half.count(" ") + 1 > MAX_TRANSLATED_LABEL_HALF_WORDS for half in (english, first)):
        return None
    if NAME_IN_EVERY_LANGUAGE.match(english):
        return None  # nothing to translate: "Twitter / X", "Print / online" name networks and media
    words = english.count(" ") + 1
    family = _first_family(english, words, index, zones, config, optional=False)
    bare = undecorated(english) if family is None else None
    if bare:
        family = _first_family(bare, words, index, zones, config, optional=False)
    return family


def _joined_items_family(form: str, index: int, zones: _Zones, config: CleanConfig) -> Family | None:
    """A line of items joined by bars or dots, each of which a family removes alone ("Print this story | Email to a
    friend", a page's tools on one line): the first item's family. One item no family's ("Labour 31 | Conservative
    18") keeps the line."""
    items = JOINED_ITEMS.split(form)
    if len(items) < 2:
        return None
    families = []
    for item in items:
        family = _first_family(item, item.count(" ") + 1, index, zones, config, optional=True) if item else None
        if family is None:
            return None
        families.append(family)
    return families[0]


def _quotes_furniture(form: str, index: int, zones: _Zones, config: CleanConfig) -> bool:
    """The line quotes furniture and says something around it ('The banner read: "Donate today."'): without
    its quotations it is no family's, and words are left."""
    if not QUOTATION.search(form):
        return False
    around = QUOTATION.sub(" ", form)
    words = len(around.split())
    return words >= MIN_WORDS_AROUND_A_QUOTE and _first_family(around, words, index, zones, config, optional=True) is None


def _family_outside_blocks(line: str, index: int, zones: _Zones, config: CleanConfig) -> str | None:
    """The family of a block opener's line among the other families (None: the story's subheading)."""
    family = _first_family(matching_form(line), line.count(" ") + 1, index, zones, config, optional=True, blocks=False)
    return family.name if family else None


def _first_family(form: str, words: int, index: int, zones: _Zones, config: CleanConfig,
                  optional: bool, blocks: bool = True) -> Family | None:
    possible = FAMILY_GATE.possible(form)  # the families whose fixed texts the line holds (and those that need none)
    for position, family in enumerate(BOILERPLATE_FAMILIES):
        if not possible >> position & 1:
            continue
        if words > family.max_words or not _in_zone(family.zone, index, zones) or not _applies(family, config):
            continue
        if not blocks and family.effect is Effect.OPEN_BLOCK:
            continue
        if (optional or family.effect is not Effect.OPTIONAL) and family.matches(form):
            return family
    return None


def _applies(family: Family, config: CleanConfig) -> bool:
    """Leading headlines are removed apart (``_drop_leading_headline``); agency credits only when configured."""
    return family.effect is not Effect.LEADING and (family.effect is not Effect.OPTIONAL or config.remove_agency_credits)


def _in_zone(zone: Zone, index: int, zones: _Zones) -> bool:
    if zone is Zone.ANYWHERE:
        return True
    if zone is Zone.HEAD:
        return index < zones.head_end
    if zone is Zone.TAIL:
        return index >= zones.tail_start
    if zone is Zone.LATTER:
        return index >= LATTER_MIN and index > zones.last // 3
    return index == zones.last


def is_headline_shaped(line: str) -> bool:
    """A short line that does not end like a sentence (another article's headline)."""
    return (word_count(line) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(line)
            and HEADLINE_SHAPE.match(line) is not None)


def is_prose(line: str) -> bool:
    return word_count(line) >= MIN_PROSE_WORDS


def word_count(line: str) -> int:
    """The words a reader sees in a line: a Markdown heading's "##" or the asterisks around a bold line are none
    (a line a first cleaning wrote as "## Related" counts as it did before it was cleaned)."""
    return matching_form(line).count(" ") + 1


def _drop_leading_headline(body: list[str], verdicts: list[str | None], title: str) -> list[str | None]:
    """Drop the first kept line when it repeats the headline word for word (with the page's section above it, a
    few words, when the second does), or when it is a leading-headline family's shape and prose follows."""
    kept_all = [index for index, family in enumerate(verdicts) if family is None]
    kept = kept_all[:2]
    headline = _words_of(title)
    if kept and kept[0] <= HEAD_MIN and headline and _words_of(body[kept[0]]) == headline:
        # the whole run of repeats at once (one a pass left the last of six for a second cleaning)
        repeats = set(takewhile(lambda index: _words_of(body[index]) == headline, kept_all))
        return [_LEADING[0].name if index in repeats else verdict for index, verdict in enumerate(verdicts)]
    if (len(kept) == 2 and kept[1] <= HEAD_MIN and headline and _words_of(body[kept[1]]) == headline
            and SECTION_LABEL.match(body[kept[0]])):
        # the page's section above the headline it repeats ("Energie" over the story's own headline): both go
        return ["kicker" if index == kept[0] else _LEADING[0].name if index == kept[1] else verdict
                for index, verdict in enumerate(verdicts)]
    if len(kept) < 2 or not is_prose(body[kept[1]]):
        return verdicts
    first = kept[0]
    line = body[first]
    if first > HEAD_MIN or line.endswith("?") or word_count(line) < 3 or not is_headline_shaped(line) or SCORE_LINE.match(line):
        return verdicts  # a question or a one- or two-word label is more likely a subheading or a dateline; a score is the story's
    family = next((f for f in _LEADING if f.pattern.match(line)), None)
    if family is None or not (_title_cased(line) or _shares_words(line, set(headline))):
        return verdicts  # a sentence-case line unlike the headline is the story's standfirst
    return [family.name if index == first else verdict for index, verdict in enumerate(verdicts)]


_LEADING = tuple(f for f in BOILERPLATE_FAMILIES if f.effect is Effect.LEADING)


def _title_cased(line: str) -> bool:
    """Most of the line's longer words capitalised, as headlines are set ("Stadia Falls Short of 4K")."""
    words = [word for word in line.split() if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


def _shares_words(line: str, headline: set[str]) -> bool:
    """At least half of the line's words are the headline's (the headline reworded or cut)."""
    words = _words_of(line)
    return bool(words) and sum(word in headline for word in words) >= HEADLINE_WORD_SHARE * len(words)


TITLE_CASE_SHARE = 0.7
HEADLINE_WORD_SHARE = 0.5


def _words_of(line: str) -> list[str]:
    return "".join(character if character.isalnum() else " " for character in line.casefold()).split()
