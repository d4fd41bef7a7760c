"""Dates: from a file name's ISO prefix or a metadata value, always timezone-aware."""
from __future__ import annotations

import re
from datetime import datetime, timezone

FILENAME_DATE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:T(?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2}))?)?(?=[-_ .]|$)"
)


def date_from_filename(name: str) -> datetime | None:
    """``2023-09-21-slug.txt`` or ``2023-09-21T1430-slug.txt`` → an aware UTC datetime."""
    match = FILENAME_DATE.match(name)
    if not match:
        return None
    stamp = match.group("date") + "T" + (match.group("hour") or "00") + ":" + (match.group("minute") or "00")
    stamp += ":" + (match.group("second") or "00")
    try:
        return _plausible(datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc))
    except ValueError:
        return None


def parse_date(value: str) -> datetime | None:
    """An ISO 8601 date or datetime; naive values are taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace(" ", "T", 1) if " " in value.strip() else value.strip())
    except ValueError:
        return None
    return _plausible(parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc))


# Years an archive's story can have: four digits, so its URL is /YYYY/MM/ and it sorts among the
# others (year 1 made "/1/01/slug/", missed by the search index; 9999 sat atop every feed forever).
EARLIEST_YEAR, LATEST_YEAR = 1000, 2999


def _plausible(date: datetime) -> datetime | None:
    return date if EARLIEST_YEAR <= date.year <= LATEST_YEAR else None
