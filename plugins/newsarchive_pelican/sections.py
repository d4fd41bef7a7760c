"""The site's index pages every page links to (the tags, archives and search pages), as the settings make them.

Pelican writes a direct template only when ``DIRECT_TEMPLATES`` names it and its ``<NAME>_SAVE_AS`` is not
empty; the theme's navigation, the 404 page and the sitemap link to the ones it writes, and to no other.
"""
from __future__ import annotations

LINKED_INDEX_PAGES = ("tags", "archives", "search")


def site_sections(settings: dict) -> dict[str, str | None]:
    """Each linked index page's URL (relative to the site), or None when the settings do not write it."""
    return {name: _url(settings, name) for name in LINKED_INDEX_PAGES}


def _url(settings: dict, name: str) -> str | None:
    if name not in settings.get("DIRECT_TEMPLATES", ()):
        return None
    if not settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html"):
        return None
    return settings.get(f"{name.upper()}_URL", f"{name}.html")
