"""Dates: from a file name's ISO prefix or a metadata value, always timezone-aware."""
from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, tzinfo, UTC
from importlib.resources import files
from types import MappingProxyType

from dateutil import parser as written_dates

FILENAME_DATE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:T(?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2}))?)?(?=[-_ .]|$)"
)


def date_from_filename(name: str, zone: tzinfo = UTC) -> datetime | None:
    """``2023-09-21-slug.txt`` or ``2023-09-21T1430-slug.txt`` → an aware datetime, its time the site's (``zone``)."""
    match = FILENAME_DATE.match(name)
    if not match:
        return None
    stamp = match.group("date") + "T" + (match.group("hour") or "00") + ":" + (match.group("minute") or "00")
    stamp += ":" + (match.group("second") or "00")
    try:
        return _plausible(datetime.fromisoformat(stamp).replace(tzinfo=zone))
    except ValueError:
        return None


# A date prefix that is no real day ("2026-02-30-strike.txt"): worth a word to the user.
DATE_LIKE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
DATE_HINT = "write it as 2026-11-04 or 2026-11-04 10:20 (the site's TIMEZONE unless an offset such as +01:00 follows)"


def _other_language_months() -> dict[str, str]:
    """``data/month_names.tsv``: each month's name in other languages (lower case) → its English name."""
    text = (files(__package__) / "data" / "month_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: english for english, names in rows for name in names.split()}


OTHER_LANGUAGE_MONTHS = MappingProxyType(_other_language_months())
# Those names as the alternatives of a regular expression, the longest first ("listopada" before "listopad"): the
# month of a date written in another language, as read here and as the cleaner's timestamp family finds it.
OTHER_MONTH_NAMES = "|".join(sorted(map(re.escape, OTHER_LANGUAGE_MONTHS), key=len, reverse=True))
# The words around a date in other languages, left out when it is read: "5 de noviembre de 2026", "am 3. März um
# 10:20", "6 ноября 2026 г.", "7 листопада 2026 р.", "le 4 novembre 2026 à 11:30".
DATE_CONNECTORS = frozenset({"de", "del", "le", "am", "um", "à", "a", "las", "alle", "ore", "в", "о", "г", "р", "года", "року",
                             "saat"})
HEBREW_IN = "ב"  # "9 בנובמבר 2026": "in November"
_WORD_OF_A_DATE = re.compile(r"[^\W\d_]+")
_HAN_DATE = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")  # 2026年11月11日


def in_english_words(text: str) -> str:
    """A date written in another language in the words ``parse_date`` reads: "21 novembre 2026" → "21 November
    2026", "2026年11月11日 7:00" → "2026-11-11 7:00"; other words are left as they are."""
    def english(word: re.Match[str]) -> str:
        lower = word.group().lower()
        if lower in DATE_CONNECTORS:
            return " "
        month = OTHER_LANGUAGE_MONTHS.get(lower) or OTHER_LANGUAGE_MONTHS.get(lower.removeprefix(HEBREW_IN))
        return month.capitalize() if month else word.group()
    return " ".join(_WORD_OF_A_DATE.sub(english, _han_dates_in_iso(text)).split())


def _han_dates_in_iso(text: str) -> str:
    """Each "2026年11月11日" of ``text`` written "2026-11-11 ": the space keeps a time written next to it apart
    ("2026年11月11日10:00" → "2026-11-11 10:00", not the day "1110")."""
    return _HAN_DATE.sub(lambda date: "{}-{:0>2}-{:0>2} ".format(*date.group("year", "month", "day")), text)


_OTHER_LANGUAGE_DATE = re.compile(
    r"(?<![\w.])(?P<day>\d{1,2})\.?\s+(?:de\s+)?" + HEBREW_IN + "?(?P<month>" + OTHER_MONTH_NAMES
    + r")\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def with_english_months(text: str) -> str | None:
    """``text`` (a saved page) with each date whose month is named in another language written in English ("13
    نوفمبر 2026" → "13 November 2026", "2026年11月13日" → "2026-11-13"), for a date search that knows English months
    only; None when it has none."""
    if not _OTHER_LANGUAGE_DATE.search(text) and not _HAN_DATE.search(text):
        return None
    text = _han_dates_in_iso(text)
    return _OTHER_LANGUAGE_DATE.sub(lambda date: "{} {} {}".format(
        date.group("day"), OTHER_LANGUAGE_MONTHS[date.group("month").lower()].capitalize(), date.group("year")), text)


def parse_date(value: str, zone: tzinfo = UTC) -> datetime | None:
    """An ISO 8601 date or datetime, else a written date with its year as Pelican reads one ("4 November 2026",
    "Nov 4, 2026 10:20", "2026/11/04"; numeric day and month in the US order), in English or with a month named in
    another language ("21 novembre 2026", "6 ноября 2026, 10:00", "2026年11月11日"); a time without an offset is the
    site's (``zone``: Pelican's TIMEZONE), as Pelican reads it.
    None for anything else: a relative date ("next Tuesday") or no real day ("2026-13-45")."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        parsed = _written_date(text) or _written_date(in_english_words(text))
    if parsed is None:
        return None
    return _plausible(parsed if parsed.tzinfo else parsed.replace(tzinfo=zone))


def _written_date(text: str) -> datetime | None:
    if not FOUR_DIGIT_YEAR.search(text):  # "Tuesday" alone would be this week's Tuesday
        return None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            parsed = written_dates.parse(text, default=datetime(2000, 1, 1))
        except (ValueError, OverflowError):
            return None
    # "10:20 BST": a zone name the parser does not know would be taken as UTC, an hour off; not read at all
    return None if any(issubclass(w.category, written_dates.UnknownTimezoneWarning) for w in caught) else parsed


def unreadable_date_note(value: str) -> str:
    """What the build says of a declared date ``parse_date`` could not read."""
    return (f"its date {value.strip()[:80]!r} is not one newsarchive can read ({DATE_HINT}): "
            "dated by its file name, else by when it was first published")


def unreadable_modified_note(value: str) -> str:
    """What the build says of a declared Modified: date ``parse_date`` could not read."""
    return f"its Modified: date {value.strip()[:80]!r} is not one newsarchive can read ({DATE_HINT}): not shown"


def misdated_file_name(name: str) -> str | None:
    """A note when ``name`` starts like a date but is no real day (the file is then dated otherwise)."""
    if DATE_LIKE_PREFIX.match(name) and date_from_filename(name) is None:
        return (f"its file name starts with {name[:10]!r}, which is no date newsarchive can use: dated by when it "
                "was first published (a real date in the file name, or a Date: line in a Markdown file, dates a story "
                "before its first build)")
    return None


# Years an archive's story can have: four digits, so its URL is /YYYY/MM/ and it sorts among the
# others (year 1 made "/1/01/slug/", missed by the search index; 9999 sat atop every feed forever).
EARLIEST_YEAR, LATEST_YEAR = 1000, 2999


def _plausible(date: datetime) -> datetime | None:
    """``date`` when it is a real moment: a year in range, an offset of less than a day ("+99:00" is none)."""
    try:
        date.utcoffset()  # raises for an offset of a day or more, which no comparison could then take
    except ValueError:
        return None
    return date if EARLIEST_YEAR <= date.year <= LATEST_YEAR else None


def with_writable_offset(moment: datetime) -> datetime:
    """``moment`` with an offset that RFC 822, RFC 3339 and W3C Datetime can write (hours and minutes): a time in a
    zone's old local mean time (Amsterdam's +00:19:32 until 1937) is given in UTC, not as "+001932", which
    feedparser read as another day, or "+00:19:32", which no feed or sitemap date allows."""
    offset = moment.utcoffset()
    if offset is None or offset % timedelta(minutes=1) == timedelta(0):
        return moment
    return moment.astimezone(UTC)
