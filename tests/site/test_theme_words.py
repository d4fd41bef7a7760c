"""The theme speaks the site's language: every word of its templates goes through the catalog, each catalog holds
every message (its plurals, placeholders and date patterns right), and a French or Arabic site's pages carry no
English word of the theme, their dates in that language."""
from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone, UTC
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import parse_pattern
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import Translations
from bs4 import BeautifulSoup, NavigableString
from jinja2 import Environment, FileSystemLoader
from newsarchive_pelican import theme_words
from newsarchive_pelican.render_keys import compiled_templates_digest
from newsarchive_pelican.theme_words import CATALOGS, missing_catalog_problem, site_words, teach
from sitekit import REPO, SiteFolders

THEME = REPO / "theme"
TEMPLATES = THEME / "templates"
TEMPLATE_FILES = sorted(TEMPLATES.glob("*.html"))
CATALOG_FILES = sorted((THEME / CATALOGS).glob("*/LC_MESSAGES/messages.po"))
LANGUAGES = [path.parents[1].name for path in CATALOG_FILES]
GETTEXT_NAMES = {"_": 1, "gettext": 1, "ngettext": 2}  # how many string arguments of each are messages
WORDS_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
WORD = re.compile(r"[^\W\d_]{2,}")
JS_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
ATTRIBUTES_TEXT = re.compile(r'(?:\s*[\w-]+="[^"]*")+\s*')  # a macro's attributes (' lang="…" dir="…"'): not text
EXPRESSION = "\ue000"  # stands for a Jinja expression or statement in the text of a template
MACHINE_BLOCKS = {"section", "robots", "canonical"}  # blocks of base.html that hold names, not words


def prose(text: str) -> bool:
    """A script's string that a reader reads: words with a space between them, not a selector ("#search input")."""
    return " " in text.strip() and bool(WORD.search(text)) and not text.lstrip().startswith(("#", ".", "["))


def untranslated_texts(source: str) -> list[str]:
    """The words a template writes that do not go through the catalog: text between its tags and in the attributes
    a reader hears or sees (HTML or a script's strings), and Jinja string literals of words ("Pages of …") that are
    no argument of ``_()``, ``gettext()`` or ``ngettext()``."""
    environment = Environment(extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    html, found, pending, depth, blocks = [], [], 0, 0, []
    tokens = list(environment.lexer.tokenize(source))
    for index, token in enumerate(tokens):
        if token.type == "name" and tokens[index - 1].type == "block_begin" and token.value in ("block", "endblock"):
            blocks = [*blocks, tokens[index + 1].value] if token.value == "block" else blocks[:-1]
        if token.type == "data" and not MACHINE_BLOCKS & set(blocks):
            html.append(token.value)
        elif token.type in ("variable_begin", "block_begin"):
            html.append(EXPRESSION)  # never a literal word of the template
        elif token.type == "name" and token.value in GETTEXT_NAMES and tokens[index + 1].type == "lparen":
            pending, depth = GETTEXT_NAMES[token.value], 0
        elif token.type in ("lparen", "lbracket", "lbrace"):
            depth += 1
        elif token.type in ("rparen", "rbracket", "rbrace"):
            depth -= 1
        elif token.type == "string":
            if pending and depth == 1:
                pending -= 1
            elif " " in token.value.strip() and WORD.search(token.value):
                found.append(token.value)
    page = BeautifulSoup(re.sub(f"<(/?){EXPRESSION}", r"<\1x-tag", "".join(html)), "html.parser")  # <{{ heading }}>
    for script in page.find_all(["script", "style"]):
        found += [text for text in JS_STRING.findall(script.get_text()) if prose(text)]
        script.decompose()
    texts = (" ".join(text.replace(EXPRESSION, " ").split()) for text in page.find_all(string=True)
             if type(text) is NavigableString)
    found += [text for text in texts if WORD.search(text) and not ATTRIBUTES_TEXT.fullmatch(text)]
    found += [element[name] for element in page.find_all(True) for name in WORDS_ATTRIBUTES
              if WORD.search(element.get(name, ""))]
    return found


@pytest.mark.parametrize("template", TEMPLATE_FILES, ids=lambda path: path.name)
def test_every_template_word_goes_through_the_catalog(template):
    assert untranslated_texts(template.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source, literal", [
    ("<p>Older stories</p>", "Older stories"),
    ('<a aria-label="More stories" href="{{ x }}">{{ _("Next") }}</a>', "More stories"),
    ("{{ m.pagination(page, label='Pages of ' ~ name) }}", "Pages of "),
    ('<script>el.textContent = "Search is not available";</script>', "Search is not available"),
    ("{% block title %}Search{% endblock %}", "Search"),
])
def test_the_finder_sees_each_kind_of_literal_word(source, literal):
    assert untranslated_texts(source) == [literal]


def test_the_finder_leaves_translated_words_and_code_alone():
    source = ("<p class=\"x\">{{ _('Older stories') }} {{ ngettext('%(num)d story', '%(num)d stories', n, x='a b') }}"
              "</p>{% set parts = SITEURL ~ '/' %}<span aria-hidden=\"true\">→</span>"
              "<script>var a = \"search-loose\", b = \" \\u00b7 \";</script>")
    assert untranslated_texts(source) == []


def template_messages() -> dict:
    """The messages the theme's templates and the adapter's feeds write, as ``make messages`` extracts them."""
    method_map = [("**.html", "jinja2"), ("feeds.py", "python")]
    options = {"**.html": {"trim_blocks": "True", "lstrip_blocks": "True"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2)}
    messages = {}
    for folder in (TEMPLATES, REPO / "plugins" / "newsarchive_pelican"):
        for *_, message, _, _ in extract_from_dir(str(folder), method_map, options, keywords=keywords):
            messages[message if isinstance(message, str) else message[0]] = message
    return messages


def test_the_catalog_template_holds_every_message_of_the_templates():
    template = read_po((THEME / CATALOGS / "messages.pot").open("rb"))
    assert {message.id if isinstance(message.id, str) else message.id[0] for message in template if message.id} \
        == set(template_messages())


DATE_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "he")  # month_names.tsv's


def test_catalogs_are_given_for_every_language_dates_are_read_in():
    month_names = (REPO / "plugins" / "newsarchive" / "data" / "month_names.tsv").read_text(encoding="utf-8").lower()
    read_in = {code for code in DATE_LANGUAGES if Locale.parse(code).months["format"]["wide"][12].lower() in month_names}
    assert read_in == set(DATE_LANGUAGES)  # the list above is the table's languages
    assert set(DATE_LANGUAGES) <= set(LANGUAGES)


@pytest.mark.parametrize("path", CATALOG_FILES, ids=lambda path: path.parents[1].name)
def test_a_catalog_translates_every_message_with_its_placeholders_and_plurals(path):
    catalog: Catalog = read_po(path.open("rb"))
    messages = template_messages()
    translated = {(message.id if isinstance(message.id, str) else message.id[0]): message
                  for message in catalog if message.id and not message.fuzzy}
    assert set(messages) <= set(translated)
    locale = Locale.parse(path.parents[1].name)
    for key in messages:
        message = translated[key]
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string
        assert len(strings) == (1 if isinstance(message.id, str) else catalog.num_plurals), key
        for string in strings:
            assert string.strip(), key
            assert set(PLACEHOLDER.findall(string)) <= set(PLACEHOLDER.findall(ids[-1])) | {"num"}, (key, string)
            assert "%" not in PLACEHOLDER.sub("", string), (key, string)  # a stray "%" breaks new-style gettext
        if set(key) <= set("dMLEy "):  # a date pattern: one Babel can format in the language
            assert parse_pattern(message.string).apply(datetime(2026, 12, 6), locale)


@pytest.mark.parametrize("language, counts", [
    ("ru", {1: "1 статья", 3: "3 статьи", 5: "5 статей", 21: "21 статья", 12: "12 статей"}),
    ("ar", {1: "خبر واحد", 2: "خبران", 3: "3 أخبار", 11: "11 خبرًا", 100: "100 خبر"}),
    ("fr", {0: "0 article", 1: "1 article", 2: "2 articles"}),
])
def test_counts_take_the_plural_their_number_asks_for(language, counts):
    words = site_words({"DEFAULT_LANG": language, "THEME": str(THEME)})
    if not words.has_catalog:
        pytest.skip(f"no {language} catalog")
    for number, expected in counts.items():
        assert words.translations.ngettext("%(num)d story", "%(num)d stories", number) % {"num": number} == expected


def test_a_language_without_a_catalog_is_reported_and_english_is_not():
    assert "'sv'" in missing_catalog_problem({"DEFAULT_LANG": "sv", "THEME": str(THEME)})
    assert missing_catalog_problem({"DEFAULT_LANG": "en", "THEME": str(THEME)}) is None
    assert missing_catalog_problem({"DEFAULT_LANG": "fr-CA", "THEME": str(THEME)}) is None  # French's catalog


# -- French and Arabic sites, built ---------------------------------------------------------------------------------

FRENCH = {
    "2026-01-28T1615-conseil.md": """\
        Title: Le conseil municipal vote le budget du port
        Author: Claire Martin, Paul Dubois
        Modified: 2026-02-02 09:30
        Tags: budget, port

        Le conseil municipal a voté mardi soir le budget du port pour l'année prochaine, après un long débat.

        Les élus de l'opposition ont demandé une nouvelle étude sur les travaux du quai nord.
        """,
    "2026-02-03-tramway.md": """\
        Title: La ligne de tramway prolongée jusqu'à la gare
        Tags: tramway, transports

        La ville prolongera la ligne de tramway jusqu'à la gare centrale, a annoncé le maire lundi.

        Les travaux commenceront au printemps et dureront deux ans, selon la mairie.
        """,
    "2026-03-12-marche.md": """\
        Title: Le marché couvert rouvre après deux ans de travaux
        Tags: marché, port

        Le marché couvert du centre-ville a rouvert samedi matin, après deux ans de travaux de rénovation.

        Les commerçants se disent satisfaits de leurs nouveaux étals et de la lumière du toit vitré.
        """,
}
ARABIC = {
    "2026-01-28T1615-budget.md": """\
        Title: المجلس البلدي يقر ميزانية الميناء
        Author: سارة أحمد، خالد يوسف
        Modified: 2026-02-02 09:30
        Tags: الميناء, الميزانية

        أقر المجلس البلدي مساء الثلاثاء ميزانية الميناء للعام المقبل بعد نقاش طويل بين الأعضاء.

        وطالب أعضاء المعارضة بدراسة جديدة عن أعمال الرصيف الشمالي قبل بدء التنفيذ.
        """,
    "2026-02-03-tram.md": """\
        Title: تمديد خط الترام حتى المحطة المركزية
        Tags: الترام, النقل

        أعلن رئيس البلدية يوم الاثنين أن المدينة ستمدد خط الترام حتى المحطة المركزية في وسط المدينة.

        وستبدأ الأعمال في الربيع وتستمر عامين بحسب البلدية.
        """,
    "2026-03-12-market.md": """\
        Title: إعادة افتتاح السوق المسقوف بعد عامين من الأشغال
        Tags: السوق, الميناء

        أعيد افتتاح السوق المسقوف في وسط المدينة صباح السبت بعد عامين من أشغال الترميم.

        وأبدى التجار رضاهم عن أكشاكهم الجديدة وعن الضوء الذي يدخل من السقف الزجاجي.
        """,
}
SITE_NAMES = {"fr": "Les Archives du Port", "ar": "أرشيف الميناء"}
# Names of formats and things that are the same words in every language the site may be written in.
SAME_IN_EVERY_LANGUAGE = {"RSS", "Atom", "JSON", "UTC", "JavaScript"}


def english_only_words(language: str) -> set[str]:
    """The words of the theme's English messages that its catalog for ``language`` never uses ("stories", "Older"):
    one of them on a page of that language's site is an English word of the theme."""
    catalog = read_po((THEME / CATALOGS / language / "LC_MESSAGES" / "messages.po").open("rb"))
    english, translated = set(), set()
    for message in catalog:
        if not message.id:
            continue
        for text in (message.id,) if isinstance(message.id, str) else message.id:
            english |= set(WORD.findall(PLACEHOLDER.sub(" ", re.sub(r"<[^>]+>", " ", text))))
        for text in (message.string,) if isinstance(message.string, str) else message.string:
            translated |= {word.lower() for word in WORD.findall(text)}
    english_names = Locale.parse("en")
    dates = {name for names in (english_names.months["format"]["wide"], english_names.months["format"]["abbreviated"],
                                english_names.days["format"]["wide"]) for name in names.values()}
    return ({word for word in english if word.lower() not in translated} | dates) - SAME_IN_EVERY_LANGUAGE


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    built = {}
    for language, stories in (("fr", FRENCH), ("ar", ARABIC)):
        site = SiteFolders(tmp_path_factory.mktemp(f"site-{language}"))
        for name, text in stories.items():
            site.add_article(name, text)
        site.settings.write_text(site.settings.read_text(encoding="utf-8") +
                                 f"DEFAULT_LANG = {language!r}\nSITENAME = {SITE_NAMES[language]!r}\n"
                                 "SITESUBTITLE = ''\nDEFAULT_PAGINATION = 1\n", encoding="utf-8")
        site.build()
        built[language] = site.output
    return built


def page_words(path: Path) -> set[str]:
    """The words a reader sees or hears on a page: its text (scripts' strings too), titles and names; not what the
    page marks as no language's (translate="no": a feed's address, ".../feeds/rss.xml")."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    texts = [[text for text in JS_STRING.findall(script.get_text()) if prose(text)]
             for script in page.find_all("script") if script.get("type") != "application/ld+json"]
    for element in page.find_all(["script", "style"]) + page.find_all(translate="no"):
        element.decompose()
    texts.append([page.get_text(" ")])
    texts.append([element[name] for element in page.find_all(True) for name in (*WORDS_ATTRIBUTES, "content")
                  if element.get(name)])
    return {word for group in texts for text in group for word in WORD.findall(text)}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_site_in_another_language_has_no_english_theme_word(sites, language):
    pages = sorted(sites[language].rglob("*.html"))
    pages = [page for page in pages if "pagefind" not in page.parts]
    english = english_only_words(language)
    assert len(pages) > 10 and english
    leaks = {str(page.relative_to(sites[language])): sorted(page_words(page) & english) for page in pages}
    assert {page: words for page, words in leaks.items() if words} == {}


@pytest.mark.slow
@pytest.mark.parametrize("language, long_date, month, weekday", [
    ("fr", "28 janvier 2026", "février 2026", "mardi"),
    ("ar", "28 يناير 2026", "فبراير 2026", "الثلاثاء"),
])
def test_dates_are_written_in_the_site_language(sites, language, long_date, month, weekday):
    story = next((sites[language] / "2026" / "01").glob("*/index.html"))
    page = BeautifulSoup(story.read_text(encoding="utf-8"), "html.parser")
    published = page.select_one(".story-dateline time")
    assert published.get_text().startswith(long_date)
    assert published.select_one("[data-pagefind-filter=year]").get_text() == "2026"
    archive = BeautifulSoup((sites[language] / "2026" / "02" / "index.html").read_text(encoding="utf-8"),
                            "html.parser")
    assert archive.select_one("h1").get_text() == month
    assert archive.select_one("h2 time").get_text().startswith(weekday)  # 3 February 2026 was a Tuesday


@pytest.mark.slow
def test_an_arabic_site_counts_with_arabic_plurals(sites):
    archives = BeautifulSoup((sites["ar"] / "archives" / "index.html").read_text(encoding="utf-8"), "html.parser")
    counts = {item.select_one("a").get_text(): item.select_one(".count").get_text() for item in
              archives.select(".archive-months li")}
    assert counts["يناير 2026"] == "1 خبر"
    tags = BeautifulSoup((sites["ar"] / "tags" / "index.html").read_text(encoding="utf-8"), "html.parser")
    harbour = next(item.select_one("a")["href"] for item in tags.select(".tag-cloud li")
                   if item.select_one("a").get_text() == "الميناء")
    tag_page = BeautifulSoup((sites["ar"] / harbour.strip("/") / "index.html").read_text(encoding="utf-8"),
                             "html.parser")
    assert tag_page.select_one(".listing-meta").get_text().split()[0] == "خبران"  # two stories: the dual


@pytest.mark.slow
@pytest.mark.parametrize("language, back, forward", [("fr", "←", "→"), ("ar", "→", "←")])
def test_arrows_point_the_way_the_site_runs(sites, language, back, forward):
    month = BeautifulSoup((sites[language] / "2026" / "02" / "index.html").read_text(encoding="utf-8"), "html.parser")
    older, newer = month.select(".month-steps a")
    assert older.select_one("[aria-hidden]").get_text() == back  # in Arabic the older month sits to the right
    assert newer.select_one("[aria-hidden]").get_text() == forward


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_search_names_pagefind_filters_and_dates_in_the_site_language(sites, language):
    page = (sites[language] / "search" / "index.html").read_text(encoding="utf-8")
    labels = json.loads(re.search(r"var PAGEFIND_LABELS = (\{.*?\});", page).group(1))
    words = site_words({"DEFAULT_LANG": language, "THEME": str(THEME)})
    keys = ("tag", "source", "year", "date")  # the page's data-pagefind-filter and -meta names
    assert labels == {key: words.gettext(key.capitalize()) for key in keys if words.gettext(key.capitalize()) != key.capitalize()}
    assert labels


def test_a_translation_that_leaves_out_the_searched_words_still_makes_the_search_page():
    catalog = Catalog(locale="fr")
    catalog.add("No story contains “%(words)s”. These stories have words that begin the same way.",
                "Aucun article ne contient ces mots.")
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    words = replace(site_words({"DEFAULT_LANG": "fr", "THEME": str(THEME)}), translations=Translations(compiled))
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    teach(environment, words)
    page = environment.get_template("search.html").render(SITENAME="Le Port", SITEURL="", SITE_SECTIONS={"search": "search/"})
    assert '"Aucun article ne contient ces mots." + query + "" : ""' in page


@pytest.mark.slow
def test_an_edited_catalog_writes_the_pages_again(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(THEME, theme)
    site = SiteFolders(tmp_path / "site")
    site.add_article("2026-03-12-marche.md", FRENCH["2026-03-12-marche.md"])
    site.settings.write_text(site.settings.read_text(encoding="utf-8") + f"DEFAULT_LANG = 'fr'\nTHEME = {str(theme)!r}\n",
                             encoding="utf-8")
    site.build()
    catalog_file = theme / CATALOGS / "fr" / "LC_MESSAGES" / "messages.po"
    catalog = read_po(catalog_file.open("rb"))
    before = catalog["Skip to content"].string
    catalog["Skip to content"].string = "Passer au texte"
    with catalog_file.open("wb") as out:
        write_po(out, catalog)
    assert before in (site.output / "index.html").read_text(encoding="utf-8")
    site.build()
    page = (site.output / "index.html").read_text(encoding="utf-8")
    assert "Passer au texte" in page and before not in page


def copy_script_words() -> list[str]:
    """The English words feeds.js says when the page gives it none of its language (``dataset.x || "words"``)."""
    script = (THEME / "static" / "js" / "feeds.js").read_text(encoding="utf-8")
    return re.findall(r'\|\|\s*"((?:[^"\\\n]|\\.)*)"', script)


def test_the_words_the_copy_script_says_are_messages_of_the_catalog():
    assert len(copy_script_words()) == 2 and set(copy_script_words()) <= set(template_messages())


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_copy_script_is_given_its_words_in_the_site_language(sites, language):
    words = site_words({"DEFAULT_LANG": language, "THEME": str(THEME)})
    status = BeautifulSoup((sites[language] / "subscribe" / "index.html").read_text(encoding="utf-8"),
                           "html.parser").select(".copy-status")
    given = {tuple(sorted([element["data-copied"], element["data-failed"]])) for element in status}
    assert status and given == {tuple(sorted(words.gettext(text) for text in copy_script_words()))}


# The theme's literal messages are translated once, when a template is compiled (theme_words.CompiledMessages): what a
# page writes is what Jinja's new-style gettext writes, in every language, alone or inside an expression, escaped
# alike; the compiled template holds the words, so the build's template cache is keyed by the catalog; dates are
# formatted by Babel once a day and pattern.

HOSTILE = "<b>Tom & \"Jerry's\"</b> %(x)s"  # a value new-style gettext escapes, holding a "%" too
COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 1000000)
TYPED_PLACEHOLDER = re.compile(r"%\((\w+)\)([sd])")


def environments(language: str, autoescape: bool) -> tuple[Environment, Environment]:
    """The theme's environment for ``language``, and Jinja's i18n alone (the reference) with the same catalog."""
    words = site_words({"DEFAULT_LANG": language, "THEME": str(THEME)})
    compiled = Environment(autoescape=autoescape)
    teach(compiled, words)
    reference = Environment(autoescape=autoescape, extensions=["jinja2.ext.i18n"])
    reference.install_gettext_translations(words.translations, newstyle=True)
    return compiled, reference


def literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def shapes(message) -> list[str]:
    """Templates that write ``message`` alone, with its values, and inside expressions."""
    if isinstance(message, str):
        names = PLACEHOLDER.findall(message)
        values = "".join(f", {name}=values[{name!r}]" for name in names)
        call = f"_({literal(message)}{values})"
        return [f"[{{{{ _({literal(message)}) }}}}]" if not names else f"[{{{{ {call} }}}}]",
                f"{{% set x = {call} %}}[{{{{ x }}}}]({{{{ x|length }}}})",
                f"{{{{ ({call}|string)|tojson }}}}",
                f"{{{{ 'a ' ~ {call} ~ ' b' }}}}{{{{ {call} == 'x' }}}}",
                f"{{{{ _({literal(message)}, **values) if values else '' }}}}"]
    singular, plural = message
    names = set(PLACEHOLDER.findall(plural)) - {"num"}
    values = "".join(f", {name}=values[{name!r}]" for name in sorted(names))
    return [f"{{% for n in counts %}}[{{{{ ngettext({literal(singular)}, {literal(plural)}, n{values}) }}}}]{{% endfor %}}",
            f"{{% for n in counts %}}{{% set x = ngettext({literal(singular)}, {literal(plural)}, n{values}) %}}"
            "[{{ x }}]{{ x|string|tojson }}{% endfor %}"]


@pytest.mark.parametrize("autoescape", [True, False], ids=["autoescape", "plain"])
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_message_is_written_as_new_style_gettext_writes_it(language, autoescape):
    compiled, reference = environments(language, autoescape)
    checked = 0
    for message in template_messages().values():
        texts = (message,) if isinstance(message, str) else message
        values = {name: 3 if kind == "d" else HOSTILE for text in texts for name, kind in TYPED_PLACEHOLDER.findall(text)}
        context = {"values": values, "counts": COUNTS}
        for source in shapes(message):
            try:
                expected = reference.from_string(source).render(context)
            except (TypeError, ValueError, KeyError):  # a message of values the shape does not give
                continue
            assert compiled.from_string(source).render(context) == expected, (language, source)
            checked += 1
    assert checked > 300


def test_a_literal_message_is_translated_when_the_template_is_compiled():
    words = site_words({"DEFAULT_LANG": "fr", "THEME": str(THEME)})
    environment = Environment(autoescape=True)
    teach(environment, words)
    code = environment.compile("<p>{{ _('Search the archive') }}</p>{{ x ~ _('Tag') }}", raw=True)
    assert words.gettext("Search the archive") in code and words.gettext("Tag") in code
    assert not re.search(r"'(_|gettext|ngettext)'", code)  # no message function is looked up while rendering


def test_a_message_made_while_rendering_is_still_translated():
    compiled, reference = environments("fr", True)
    source = "{{ _(name) }}|{{ _('Sea' ~ 'rch') }}|{{ x._('Search') }}"
    context = {"name": "Search", "x": {"_": lambda text: text.upper()}}
    assert compiled.from_string(source).render(context) == reference.from_string(source).render(context)


def test_the_compiled_templates_are_kept_by_the_catalog_they_were_compiled_with(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(THEME / CATALOGS, theme / CATALOGS)
    french = {"DEFAULT_LANG": "fr", "THEME": str(theme)}
    first = compiled_templates_digest(french)
    assert compiled_templates_digest({**french, "DEFAULT_LANG": "de"}) != first
    catalog = theme / CATALOGS / "fr" / "LC_MESSAGES" / "messages.po"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace('"Rechercher', '"Chercher'), encoding="utf-8")
    assert compiled_templates_digest(french) != first


def test_babel_formats_a_day_in_a_pattern_once(monkeypatch):
    calls = []
    real = theme_words.format_date
    monkeypatch.setattr(theme_words, "format_date", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    theme_words._formatted_date.cache_clear()
    words = site_words({"DEFAULT_LANG": "fr", "THEME": str(THEME)})
    day = datetime(2026, 12, 6, 9, 10, tzinfo=UTC)
    written = [words.date(day, "d MMMM y"), words.date(day + timedelta(hours=3), "d MMMM y"),
               words.date_around_year(day, "d MMMM y"), words.period((2026, 12, 6), "d MMMM y")]
    assert written[:2] == ["6 décembre 2026"] * 2 and written[2] == ("6 décembre ", "")
    assert written[3] == "6 décembre 2026" and len(calls) == 2  # the date once, its year's mark once


def test_one_instant_is_written_as_the_day_of_its_own_zone():
    theme_words._formatted_date.cache_clear()
    words = site_words({"DEFAULT_LANG": "fr", "THEME": str(THEME)})
    late = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    early = late.astimezone(timezone(timedelta(hours=2)))
    assert late == early
    assert [words.date(late, "d MMMM y"), words.date(early, "d MMMM y")] == ["6 décembre 2026", "7 décembre 2026"]


def test_an_environment_taught_again_compiles_in_its_new_language():
    environment = Environment(autoescape=True)
    teach(environment, site_words({"DEFAULT_LANG": "fr", "THEME": str(THEME)}))
    teach(environment, site_words({"DEFAULT_LANG": "de", "THEME": str(THEME)}))
    german = site_words({"DEFAULT_LANG": "de", "THEME": str(THEME)})
    assert environment.from_string("{{ _('Search the archive') }}").render() == german.gettext("Search the archive")
