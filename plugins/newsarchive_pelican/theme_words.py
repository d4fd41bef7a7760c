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
import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from jinja2.ext import Extension
from jinja2.lexer import Token
from markupsafe import Markup, escape
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

CATALOGS = Path("translations")  # in the theme's folder
DOMAIN = "messages"
SOURCE_LANGUAGE = "en"  # the language the templates' messages are written in
YEAR_MARK = "\ue000"  # stands for the year in a date while it is formatted (a private-use character: never text)
I18N_EXTENSION = "jinja2.ext.i18n"
MESSAGE_CALLS = {"_": 1, "gettext": 1, "ngettext": 2}  # the message functions, and how many literal messages each takes


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
        return _formatted_date(_day(value), str(pattern), self.locale)

    def date_around_year(self, value: date | datetime, pattern: str) -> tuple[str, str]:
        """``value`` in ``pattern`` as the text before its year and the text after it (a template puts the year
        between them in an element of its own, where Pagefind reads a filter); ("", "") when the pattern has none."""
        before, mark, after = _formatted_date(_day(value), _quoted_mark(str(pattern)), self.locale).partition(YEAR_MARK)
        return (before, after) if mark else ("", "")

    def period(self, period_num: tuple[int, ...], pattern: str) -> str:
        """A year, month or day of Pelican's period archives (its ``period_num``: (2026,), (2026, 12), (2026, 12, 6))
        in ``pattern``."""
        year, month, day = (*period_num, 1, 1)[:3]
        return self.date(date(year, month, day), pattern)


def _day(value: date | datetime) -> date:
    """The day a date pattern writes of ``value`` (Babel's ``format_date`` writes a datetime's own date): the key
    of the formatting's cache, where two datetimes of one instant in other zones are one key no longer."""
    return value.date() if isinstance(value, datetime) else value


@functools.lru_cache(maxsize=65536)
def _formatted_date(day: date, pattern: str, locale: Locale) -> str:
    """Babel's formatting, once a day and pattern (a story's date is written on its page and on each listing of it;
    Babel takes ~20 µs a date)."""
    return format_date(day, pattern, locale=locale)


@functools.lru_cache(maxsize=256)
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


class CompiledMessages(Extension):
    """Translates the templates' literal messages once, when a template is compiled (a site has one language):
    ``{{ _('Search') }}`` becomes the template's text, as the i18n extension would have written it (new-style
    gettext: the translation as markup under autoescape, "%%" written "%"); ``_('Tag')`` in an expression a
    string, when its translation holds no character autoescape writes otherwise; ``_('…', tag=…)`` in an expression
    becomes ``_markup_words(<its translation>, tag=…)``, which only fills the values in (escaped, as ``_()`` escapes
    them), and ``ngettext(…)`` ``_markup_plural(…)``, ngettext without the wrapper that asks the template's
    context for its autoescape (``_text_…`` where the template is not autoescaped). New-style gettext's wrapper
    took ~3 µs a message, ~0.2 ms a page. Compiled templates hold the catalog's words, so the build's template cache
    is keyed by it (``catalog_digest``). Runs after the i18n extension, whose functions stay for anything else."""

    priority = 200  # after jinja2.ext.i18n (100): its {% trans %} blocks are its own

    def filter_stream(self, stream):
        words = getattr(self.environment, "newsarchive_words", None)
        if words is None:
            return stream
        autoescape = self.environment.autoescape
        escaping = bool(autoescape(stream.name) if callable(autoescape) else autoescape)
        return iter(compiled_messages(list(stream), words, escaping))


def compiled_messages(tokens: list[Token], words: ThemeWords, escaping: bool) -> list[Token]:
    """``tokens`` with each call of a literal message translated (see ``CompiledMessages``)."""
    out, index = [], 0
    while index < len(tokens):
        token = tokens[index]
        arity = _literal_call(tokens, index)
        if arity == 1 and _alone_in_output(tokens, index):
            out[-1:] = [Token(token.lineno, "data", str(_filled(words.translations.gettext(tokens[index + 2].value),
                                                                  escaping, {})))]
            index += 5  # _ ( "message" ) }}
        elif arity == 1 and (text := _plain_text(words.translations.gettext(tokens[index + 2].value), tokens[index + 3])):
            out.append(Token(token.lineno, "string", text))
            index += 4  # _ ( "message" )
        elif arity == 1:
            out += [Token(token.lineno, "name", "_markup_words" if escaping else "_text_words"), tokens[index + 1],
                    Token(token.lineno, "string", words.translations.gettext(tokens[index + 2].value))]
            index += 3
        elif arity == 2:
            out += [Token(token.lineno, "name", "_markup_plural" if escaping else "_text_plural")]
            index += 1  # the catalog's forms are looked up with the count: ngettext's own lookup, less its wrapper
        else:
            out.append(token)
            index += 1
    return out


def _literal_call(tokens: list[Token], index: int) -> int:
    """How many literal messages the message call at ``index`` takes (0: no such call, or not of literals)."""
    token = tokens[index]
    arity = MESSAGE_CALLS.get(token.value, 0) if token.type == "name" else 0
    before = tokens[index - 1] if index else None
    if not arity or index + 5 > len(tokens) or tokens[index + 1].type != "lparen" or (before is not None and (
            before.type in ("dot", "pipe") or before.test_any("name:is", "name:macro"))):  # x._(…), x|_(…), is _(…)
        return 0
    shape = [tokens[index + offset].type for offset in ((2, 3) if arity == 1 else (2, 3, 4, 5))]
    literal = shape in (["string", "rparen"], ["string", "comma"]) if arity == 1 else shape == [
        "string", "comma", "string", "comma"]  # not _('a' ~ name): its message is made when the page is
    return arity if literal else 0


def _plain_text(translation: str, after: Token) -> str | None:
    """A message of no values whose translation is the same text as a string as it is as markup (no character
    autoescape would write otherwise, no "%"): the template can hold it as a string (and Jinja folds what is made
    of it, "d MMMM y" given to local_date). None for any other."""
    plain = after.type == "rparen" and "%" not in translation and str(escape(translation)) == translation
    return translation if plain else None


def _alone_in_output(tokens: list[Token], index: int) -> bool:
    """Whether the call at ``index`` is all of a ``{{ … }}`` and of one literal: ``{{ _('Search') }}``."""
    return (index > 0 and tokens[index - 1].type == "variable_begin" and index + 4 < len(tokens)
            and tokens[index + 3].type == "rparen" and tokens[index + 4].type == "variable_end")


def _filled(text: str, escaping: bool, values: dict) -> str:
    """A message's translation with its values, as new-style gettext writes it (markup under autoescape, whose
    values are escaped; "%%" written "%" even with no values)."""
    return (Markup(text) if escaping else text) % values


def _markup_words(text: str, **values) -> Markup:
    return _filled(text, True, values)


def _text_words(text: str, **values) -> str:
    return _filled(text, False, values)


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
    if _EXTENSION_NAME not in environment.extensions:
        environment.add_extension(CompiledMessages)
    environment.newsarchive_words = words  # what CompiledMessages translates with (extend() keeps a first value)
    environment.globals.update(_markup_words=_markup_words, _text_words=_text_words,
                               _markup_plural=functools.partial(_counted, words, True),
                               _text_plural=functools.partial(_counted, words, False))
    environment.globals.update(local_date=words.date, local_date_around_year=words.date_around_year,
                               local_period=words.period)
    environment.tests["translated"] = words.is_translation


_EXTENSION_NAME = f"{CompiledMessages.__module__}.{CompiledMessages.__qualname__}"


def _counted(words: ThemeWords, escaping: bool, singular: str, plural: str, count: int, **values) -> str:
    """A counted message's form for ``count`` with its values ("num" is the count, as new-style ngettext has it)."""
    values.setdefault("num", count)
    return _filled(words.translations.ngettext(singular, plural, count), escaping, values)


def catalog_digest(settings: dict) -> str:
    """The catalog the theme's words come from (compiled templates hold its words): its language and its text."""
    folder = Path(settings.get("THEME") or ".") / CATALOGS
    language = str(settings.get("DEFAULT_LANG") or SOURCE_LANGUAGE)
    catalog = next((path for path in catalog_paths(folder, language) if path.is_file()), None)
    text = catalog.read_bytes() if catalog else b""
    return hashlib.blake2b(language.encode() + b"\x1f" + text, digest_size=16).hexdigest()
