"""Pelican's settings for themes, as the archive's theme follows them: read once per build into its context.

- ``SITE_DATE_FORMAT``: the format of the stories' dates when the settings give one, else None (the theme
  then writes its own: "6 December 2026", "6 Dec 2026" in lists). ``DATE_FORMATS`` for the site's language gives
  it (every story is in ``DEFAULT_LANG``: the reader sets no other), else ``DEFAULT_DATE_FORMAT`` when it is not
  Pelican's default (Pelican's settings hold that one whether the settings file sets it or not). Pelican formats
  each story's ``locale_date`` and ``locale_modified`` with that same format, which the templates show.
- ``SITE_DAY_FORMAT``: that format without its time of day (``day_format``), for a day's heading on a month page.
- ``SITE_DIRECTION``: "rtl" when ``DEFAULT_LANG`` is written right to left (Arabic, Hebrew, Persian, Urdu…), else
  "ltr": the direction of the whole site's pages (``newsarchive.language.language_direction``).
- ``SITE_LINKS``, ``SITE_SOCIAL``, ``SITE_MENUITEMS``: ``LINKS``, ``SOCIAL`` and ``MENUITEMS``, the (title, URL)
  pairs of text whose URL an article's link could have (``newsarchive.render.safe_link``), written as an article's
  link is; every other entry is reported and not shown.

The render keys sign every setting, so a change to any of these renders every page again.
"""
from __future__ import annotations

import re
from typing import Any

from pelican.settings import DEFAULT_CONFIG

from newsarchive.language import language_direction
from newsarchive.render import safe_link

from .theme_words import missing_catalog_problem

LINK_SETTINGS = (("LINKS", "SITE_LINKS"), ("SOCIAL", "SITE_SOCIAL"), ("MENUITEMS", "SITE_MENUITEMS"))


def theme_context(settings: dict) -> tuple[dict[str, Any], list[str]]:
    """The values the theme reads (see above) and the problems to report (entries of the link settings not shown)."""
    problems: list[str] = []
    date_format = site_date_format(settings)
    context: dict[str, Any] = {"SITE_DATE_FORMAT": date_format, "SITE_DAY_FORMAT": day_format(date_format),
                               "SITE_DIRECTION": language_direction(settings.get("DEFAULT_LANG") or "en")}
    for setting, key in LINK_SETTINGS:
        context[key] = shown_links(settings, setting, problems)
    if language_problem := missing_catalog_problem(settings):
        problems.append(language_problem)
    return context, problems


def site_date_format(settings: dict) -> str | None:
    """The strftime format the settings give the stories' dates, or None when they give none."""
    chosen = (settings.get("DATE_FORMATS") or {}).get(settings.get("DEFAULT_LANG"))
    if chosen is None:
        chosen = settings.get("DEFAULT_DATE_FORMAT")
        if chosen is None or chosen == DEFAULT_CONFIG["DEFAULT_DATE_FORMAT"]:
            return None
    return chosen[1] if isinstance(chosen, tuple) else chosen  # (a (locale, format) pair: Pelican sets the locale)


# A time of day in a strftime format, with what joins it to the date ("%d %B %Y, %H:%M %Z", "%Y-%m-%d at %-I%p"):
# a day's heading has no time, and a day formatted with one read "4 March 2026, 00:00", the time of no story.
TIME_OF_DAY = re.compile(r"[\s,;:.\-–—/|@]*(?:\bat\s+)?%[-_0^#]?[HIklMSfpPzZXTRr]"
                         r"(?:[\s,;:.\-–—/|@]*(?:\bat\s+)?%[-_0^#]?[HIklMSfpPzZXTRr])*")
SEPARATORS = " \t,;:.-–—/|@"


def day_format(date_format: str | None) -> str | None:
    """The site's date format for a day (a month page's day headings): ``date_format`` without its time of day,
    or None when no format is set or nothing of a date is left (the theme writes its own then)."""
    if not date_format:
        return None
    day = TIME_OF_DAY.sub("", date_format)
    return (day.strip(SEPARATORS) if day != date_format else day) or None


def shown_links(settings: dict, name: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """The (title, URL) pairs of the setting ``name`` that can be shown, the URL as an article's link is written."""
    entries = settings.get(name) or ()
    if not isinstance(entries, (list, tuple)):
        problems.append(f"{name} is not a list of (title, URL) pairs: not shown")
        return ()
    shown = []
    for number, entry in enumerate(entries, start=1):
        if not (isinstance(entry, (list, tuple)) and len(entry) == 2 and all(isinstance(part, str) for part in entry)):
            problems.append(f"{name}: entry {number} is not a (title, URL) pair of text: not shown")
            continue
        title, url = entry
        link = safe_link(url)
        if not title.strip():
            problems.append(f"{name}: entry {number} has no title: not shown")
        elif link is None:
            problems.append(f"{name}: {title!r} is not shown: a link may not lead to {url.strip()[:40]!r} "
                            "(javascript:, vbscript:, file: and data: links are refused, as in articles)")
        else:
            shown.append((title, link))
    return tuple(shown)
