"""Settings, read once: ``ArchiveConfig.from_settings(mapping)`` validates every key at once."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any
from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .clean import CleanConfig
from .overrides import DEFAULT_TABLE_NAME
from .sources import DEFAULT_SOURCES_TABLE
from .tag_settings import TagConfig

DEFAULT_MAX_FILE_BYTES = 5_000_000  # a long news story is ~50 KB; larger files are dumps or mistakes
# Pelican's default SUMMARY_MAX_LENGTH. Its settings hold it whether the settings file sets it or not, so this value
# reads as "not set" (``summary_words`` keeps its own default); any other sets ``summary_words`` when NEWS_ARCHIVE
# does not.
PELICAN_SUMMARY_MAX_LENGTH = 50


class ConfigError(ValueError):
    """One or more settings are wrong; the message lists every problem."""


@dataclass(frozen=True, slots=True)
class ArchiveConfig:
    """Everything the core needs, derived once from the user's NEWS_ARCHIVE settings."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    summary_words: int = 45  # a summary is the first paragraph, cut at a sentence near this length
    clean: CleanConfig = field(default_factory=CleanConfig)
    tag: TagConfig = field(default_factory=TagConfig)
    # The per-article tag overrides table, relative to the content folder ("" = none). Left out of
    # repr (the ingest cache key): the table is applied after the cache, so naming another one re-tags nothing.
    tag_overrides: str = field(default=DEFAULT_TABLE_NAME, repr=False)
    # The table of source names (site id TAB name), relative to the content folder ("" = none); out of repr too.
    source_names: str = field(default=DEFAULT_SOURCES_TABLE, repr=False)
    # The site's time zone (Pelican's TIMEZONE): a declared time or a file name's time without an offset is its.
    timezone: str = "UTC"

    @property
    def zone(self) -> tzinfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], timezone: Any = "UTC",
                      summary_max_length: Any = PELICAN_SUMMARY_MAX_LENGTH) -> ArchiveConfig:
        """Build from a plain mapping (``NEWS_ARCHIVE`` in pelicanconf.py), Pelican's ``TIMEZONE`` and its
        ``SUMMARY_MAX_LENGTH`` (a summary's words when ``summary_words`` is not set, unless it is Pelican's default
        or None: see ``unused_summary_length``); unknown keys are errors."""
        errors: list[str] = []
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):  # ("" and None too: Pelican cannot date with them)
            errors.append(f"TIMEZONE {timezone!r} is no time zone (a name such as 'Europe/Paris' or 'UTC')")
        if summary_max_length is not None and (not isinstance(summary_max_length, int)
                                               or isinstance(summary_max_length, bool) or summary_max_length < 1):
            errors.append(f"SUMMARY_MAX_LENGTH {summary_max_length!r} is no number of words "
                          "(a whole number, 1 or more)")
        known = {
            "max_file_bytes": int,
            "summary_words": int,
            "remove_agency_credits": bool,
            "max_tags": int,
            "min_tags": int,
            "pinned_tags": (list, tuple),
            "banned_tags": (list, tuple),
            "tag_aliases": dict,
            "tag_overrides": str,
            "source_names": str,
        }
        for key, value in settings.items():
            if key not in known:
                errors.append(f"unknown setting {key!r} (known: {', '.join(sorted(known))})")
            elif not isinstance(value, known[key]) or (known[key] is int and isinstance(value, bool)):
                errors.append(f"setting {key!r} has the wrong type: {type(value).__name__}")
        if errors:
            raise ConfigError("settings: " + "; ".join(errors))
        return cls._from_valid(settings, timezone, summary_max_length)

    @classmethod
    def from_site_settings(cls, values: Mapping[str, Any]) -> ArchiveConfig:
        """Build from a whole settings file's values (pelicanconf.py, as Pelican or ``runpy`` reads it): its
        ``NEWS_ARCHIVE``, ``TIMEZONE`` and ``SUMMARY_MAX_LENGTH`` (see ``from_settings``)."""
        return cls.from_settings(*_site_values(values))

    @classmethod
    def _from_valid(cls, settings: Mapping[str, Any], timezone: str, summary_max_length: int | None) -> ArchiveConfig:
        default = cls()
        pelican_words = summary_max_length not in (None, PELICAN_SUMMARY_MAX_LENGTH)  # (see unused_summary_length)
        tag = TagConfig(
            max_tags=settings.get("max_tags", default.tag.max_tags),
            min_tags=settings.get("min_tags", default.tag.min_tags),
            pinned=tuple(settings.get("pinned_tags", default.tag.pinned)),
            banned=tuple(settings.get("banned_tags", default.tag.banned)),
            aliases=tuple(sorted(settings.get("tag_aliases", dict(default.tag.aliases)).items())),
        )
        return cls(
            max_file_bytes=settings.get("max_file_bytes", default.max_file_bytes),
            summary_words=settings.get("summary_words", summary_max_length if pelican_words else default.summary_words),
            clean=CleanConfig(remove_agency_credits=settings.get("remove_agency_credits",
                                                              default.clean.remove_agency_credits)),
            tag=tag,
            tag_overrides=settings.get("tag_overrides", default.tag_overrides),
            source_names=settings.get("source_names", default.source_names),
            timezone=timezone,
        )


def unused_summary_length(settings: Mapping[str, Any], summary_max_length: Any) -> str | None:
    """Why Pelican's ``SUMMARY_MAX_LENGTH`` sets no summary's length although the settings set it, or None."""
    if summary_max_length is None:
        return ("SUMMARY_MAX_LENGTH = None (in Pelican: the whole article is its summary) is not used: a summary is "
                "the story's first paragraph, cut at a sentence near NEWS_ARCHIVE['summary_words'] words")
    if summary_max_length != PELICAN_SUMMARY_MAX_LENGTH and "summary_words" in settings:
        return (f"SUMMARY_MAX_LENGTH ({summary_max_length!r}) is not used: NEWS_ARCHIVE['summary_words'] "
                f"({settings['summary_words']!r}) sets a summary's length")
    return None


def unused_summary_length_in(values: Mapping[str, Any]) -> str | None:
    """``unused_summary_length`` of a whole settings file's values."""
    news_archive, _timezone, summary_max_length = _site_values(values)
    return unused_summary_length(news_archive, summary_max_length)


def _site_values(values: Mapping[str, Any]) -> tuple[Mapping[str, Any], Any, Any]:
    """What the core reads of a whole settings file, each as it is when the file does not set it:
    ``NEWS_ARCHIVE``, ``TIMEZONE`` and ``SUMMARY_MAX_LENGTH``."""
    return (values.get("NEWS_ARCHIVE", {}), values.get("TIMEZONE", "UTC"),
            values.get("SUMMARY_MAX_LENGTH", PELICAN_SUMMARY_MAX_LENGTH))
