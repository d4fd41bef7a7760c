"""The site's index pages every page links to (the tags, archives, search and subscribe pages), as the settings make
them.

Pelican writes a direct template only when ``DIRECT_TEMPLATES`` names it and its ``<NAME>_SAVE_AS`` is not
empty; the theme's navigation, the 404 page and the sitemap link to the ones it writes, and to no other.
"""
from __future__ import annotations

LINKED_INDEX_PAGES = ("tags", "archives", "search", "subscribe")
# The period pages a story's date can lead to, finest first, and the anchor of its day there (the id
# period_archives.html gives each day of a month's page, and of a year's when no month pages are written).
DATE_ARCHIVE_LEVELS = (("DAY", ""), ("MONTH", "#d-{date:%Y-%m-%d}"), ("YEAR", "#d-{date:%Y-%m-%d}"))


def site_sections(settings: dict) -> dict[str, str | None]:
    """Each linked index page's URL (relative to the site), or None when the settings do not write it."""
    return {name: _url(settings, name) for name in LINKED_INDEX_PAGES}


def _url(settings: dict, name: str) -> str | None:
    if name not in settings.get("DIRECT_TEMPLATES", ()):
        return None
    if not settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html"):
        return None
    return settings.get(f"{name.upper()}_URL", f"{name}.html")


def date_archive_url(settings: dict) -> str | None:
    """Where a story's date leads, a pattern of its ``date`` ("{date:%Y}/{date:%m}/#d-{date:%Y-%m-%d}") relative to
    the site: its day on the finest period page the settings write (a day's, else a month's, else a year's), or None
    when they write none. A period page cut into pages (``PAGINATED_TEMPLATES`` naming ``period_archives``) is
    linked without the day's anchor, which may be on another of its pages."""
    paged = "period_archives" in (settings.get("PAGINATED_TEMPLATES") or {})
    for level, anchor in DATE_ARCHIVE_LEVELS:
        url = settings.get(f"{level}_ARCHIVE_URL")
        if settings.get(f"{level}_ARCHIVE_SAVE_AS") and url:  # (a page written at an address of none: not linked)
            return url + ("" if paged else anchor)
    return None
