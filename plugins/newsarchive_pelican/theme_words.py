"""The theme's own words, and its dates, in the site's language (``DEFAULT_LANG``).

The templates write every word through Jinja's ``i18n`` extension (``_()``, ``ngettext()``), as Pelican themes
do, and their dates through ``local_date`` with a date pattern (CLDR's, "d MMMM y") that is itself a message of
the catalog: each language orders and spells its dates its own way ("6 décembre 2026", "6. Dezember 2026",
"6 декабря 2026 г."), Babel gives the month and day names. The catalogs are the theme's:
``<THEME>/translations/<language>/LC_MESSAGES/messages.po``, compiled in memory when a build reads them (a fresh
clone needs no step of its own; ``make messages`` extracts the templates' messages again and updates them). A
language with no catalog keeps the theme's English words, reported once; English is the messages themselves.
"""
from __future__ import annotations

import functools
import gettext
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

CATALOGS = Path("translations")  # in the theme's folder
DOMAIN = "messages"
SOURCE_LANGUAGE = "en"  # the language the templates' messages are written in
YEAR_MARK = "\ue000"  # stands for the year in a date while it is formatted (a private-use character: never text)
I18N_EXTENSION = "jinja2.ext.i18n"


@dataclass(frozen=True)
class ThemeWords:
    """The site's language for the theme: its catalog (``translations``) and its locale for dates."""

    language: str
    locale: Locale
    translations: gettext.NullTranslations
    has_catalog: bool

    def gettext(self, message: str, **values) -> str:
        text = self.translations.gettext(message)
        return text % values if values else text

    def is_translation(self, text: str) -> bool:
        """Whether ``text`` is a message's translation in other words than the message (a template then hands it to
        a script, whose own English words stand otherwise)."""
        return str(text) in _translated_texts(self.translations)

    def date(self, value: date | datetime, pattern: str) -> str:
        """``value`` in the date ``pattern`` (CLDR's: "d MMMM y"), with the month and day names of the locale."""
        return format_date(value, str(pattern), locale=self.locale)

    def date_around_year(self, value: date | datetime, pattern: str) -> tuple[str, str]:
        """``value`` in ``pattern`` as the text before its year and the text after it (a template puts the year
        between them in an element of its own, where Pagefind reads a filter); ("", "") when the pattern has none."""
        before, mark, after = format_date(value, _quoted_mark(str(pattern)), locale=self.locale).partition(YEAR_MARK)
        return (before, after) if mark else ("", "")

    def period(self, period_num: tuple[int, ...], pattern: str) -> str:
        """A year, month or day of Pelican's period archives (its ``period_num``: (2026,), (2026, 12), (2026, 12, 6))
        in ``pattern``."""
        year, month, day = (*period_num, 1, 1)[:3]
        return self.date(date(year, month, day), pattern)


def _quoted_mark(pattern: str) -> str:
    """``pattern`` with its unquoted ``y`` fields (any length) replaced by the quoted year mark."""
    parts = pattern.split("'")
    for number in range(0, len(parts), 2):
        field = parts[number]
        out, index = [], 0
        while index < len(field):
            if field[index] == "y":
                while index < len(field) and field[index] == "y":
                    index += 1
                out.append(f"'{YEAR_MARK}'")
            else:
                out.append(field[index])
                index += 1
        parts[number] = "".join(out)
    return "'".join(parts)


def site_words(settings: dict) -> ThemeWords:
    """The theme's words for the settings' ``DEFAULT_LANG`` and ``THEME``."""
    language = str(settings.get("DEFAULT_LANG") or SOURCE_LANGUAGE)
    folder = Path(settings.get("THEME") or ".") / CATALOGS
    catalog = next((path for path in catalog_paths(folder, language) if path.is_file()), None)
    translations = _compiled(catalog, catalog.stat().st_mtime_ns) if catalog else gettext.NullTranslations()
    return ThemeWords(language, site_locale(language), translations, catalog is not None)


def catalog_paths(folder: Path, language: str) -> list[Path]:
    """Where a catalog for ``language`` may be, the most particular first: "pt-BR" is pt_BR's, else pt's."""
    parts = language.replace("-", "_").split("_")
    names = ["_".join([parts[0].lower(), *(part.upper() for part in parts[1:])])] if len(parts) > 1 else []
    names.append(parts[0].lower())
    return [folder / name / "LC_MESSAGES" / f"{DOMAIN}.po" for name in dict.fromkeys(names)]


def site_locale(language: str) -> Locale:
    """Babel's locale for ``language`` ("fr", "pt-BR", "ar"); English when Babel does not know it."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(language.replace("-", "_").split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse(SOURCE_LANGUAGE)


@functools.lru_cache(maxsize=8)
def _compiled(path: Path, _stamp: int) -> Translations:
    """The catalog at ``path`` compiled (as ``pybabel compile`` would write it) and read back; ``_stamp``, the file's
    modification time, keys the cache. Fuzzy entries are left out, as gettext's tools leave them."""
    with path.open("rb") as source:
        catalog = read_po(source)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


@functools.lru_cache(maxsize=8)
def _translated_texts(translations: gettext.NullTranslations) -> frozenset[str]:
    """The texts of ``translations`` that differ from their messages (none for English, the messages themselves)."""
    catalog = getattr(translations, "_catalog", {})
    return frozenset(text for key, text in catalog.items() if key and text != (key[0] if isinstance(key, tuple) else key))


def missing_catalog_problem(settings: dict) -> str | None:
    """A report line when the theme has catalogs but none for ``DEFAULT_LANG`` (its words then stay English)."""
    words = site_words(settings)
    folder = Path(settings.get("THEME") or ".") / CATALOGS
    if words.has_catalog or words.language.split("-")[0].split("_")[0].lower() == SOURCE_LANGUAGE:
        return None
    if not folder.is_dir():
        return None
    known = ", ".join(sorted(path.name for path in folder.iterdir() if (path / "LC_MESSAGES").is_dir()))
    return (f"DEFAULT_LANG {words.language!r}: the theme has no catalog for it ({known}), so its own words "
            "(navigation, labels) stay in English; its dates are in that language")


def install_theme_words(generator) -> None:
    """Call at ``generator_init``: the generator's Jinja environment speaks the site's language."""
    environment = getattr(generator, "env", None)
    if environment is not None:
        teach(environment, site_words(generator.settings))


def teach(environment, words: ThemeWords) -> None:
    """``environment`` (Jinja's) writes the theme's words and dates as ``words`` says: the ``i18n`` extension with
    its catalog (new-style gettext: a message's values are escaped, a "%" is written "%%"), and ``local_date``,
    ``local_date_around_year``, ``local_period``."""
    if "jinja2.ext.InternationalizationExtension" not in environment.extensions:
        environment.add_extension(I18N_EXTENSION)
    environment.install_gettext_translations(words.translations, newstyle=True)
    environment.globals.update(local_date=words.date, local_date_around_year=words.date_around_year,
                               local_period=words.period)
    environment.tests["translated"] = words.is_translation
