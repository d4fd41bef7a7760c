"""The language a story is written in, and its direction: what a page tells a browser and a screen reader.

Contract: ``story_language(text)`` → a ``WrittenLanguage`` (a BCP 47 code, "rtl" or "ltr"), or None when the text
says too little to tell. An alphabet one language owns names it (Hebrew letters are "he", kana "ja"), unless enough
letters of another language that writes it are there (Persian's, Urdu's, Pashto's... in Arabic's, Yiddish's in Hebrew's:
``SCRIPT_VARIANTS``); an alphabet several languages share (Latin, Cyrillic) is told by the short words each uses
most (``data/language_words.tsv``).
Only the start of a story is read: its headline and first paragraphs say which language it is in.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files

SAMPLE_CHARACTERS = 1000  # the headline and first paragraphs
MIN_LETTERS = 12  # fewer letters than this say nothing of a language
MIN_WORD_HITS = 4  # a language's common words the sample must hold, and
WORD_HITS_MARGIN = 1.5  # how many times the next language's


@dataclass(frozen=True, slots=True)
class WrittenLanguage:
    """A story's language (``code``, as ``<html lang>`` takes it) and the direction its lines run in."""

    code: str
    direction: str = "ltr"  # "rtl" for Arabic and Hebrew


@dataclass(frozen=True, slots=True)
class Script:
    """An alphabet: its letters, and the language it names when only one language writes it ("" when several do)."""

    name: str
    letters: re.Pattern[str]
    language: str = ""


SCRIPTS = (
    Script("hebrew", re.compile(r"[\u05d0-\u05ea\ufb1d-\ufb4f]"), "he"),
    Script("arabic", re.compile(r"[\u0620-\u064a\u0671-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"), "ar"),
    # before Han: Japanese mixes kanji and kana ("・" and "゠" are punctuation, which Chinese writes too: "拜登・特朗普")
    Script("kana", re.compile(r"[\u3040-\u309f\u30a1-\u30fa\u30fc-\u30ff]"), "ja"),
    Script("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"), "zh"),
    Script("hangul", re.compile(r"[\uac00-\ud7a3\u1100-\u11ff]"), "ko"),
    Script("greek", re.compile(r"[\u0386-\u03ce]"), "el"),
    Script("thai", re.compile(r"[\u0e01-\u0e4e]"), "th"),
    Script("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    Script("latin", re.compile(r"[\u00c0-\u024f]")),  # beyond ASCII: its ASCII letters are counted apart (faster)
)
# Languages that write the alphabet another one names, told by letters of their own, in the order tried: in Arabic's,
# Urdu's ("ے", "ہ", "ٹ"), Pashto's ("ښ", "ځ", "څ"), Sindhi's ("ٻ", "ڄ", "ڏ"), Uyghur's ("ۇ", "ۈ", "ۋ") and Sorani
# Kurdish's ("ە", "ڕ", "ڵ", of which Uyghur writes "ە" and "ۆ"), then Persian's ("پ", "گ", and its yeh and kaf, "ی",
# "ک", where Arabic writes "ي", "ك"), which all of them write too; in Hebrew's, Yiddish's ("ײ", "װ", the rafe of "פֿ", which Hebrew does not write). A language is named when its own
# letters are this share of the alphabet's letters at least: an Arabic story naming Gorgan ("گرگان") stays Arabic.
SCRIPT_VARIANTS = {
    "arabic": (("ur", re.compile(r"[\u0679\u0688\u0691\u06ba\u06c1\u06d2]")),
               ("ps", re.compile(r"[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd]")),
               ("sd", re.compile(r"[\u067b\u067d\u067f\u0680\u0683\u0684\u0687\u068a\u068c\u068d\u068f\u06a6"
                                 r"\u06b1\u06b3\u06bb]")),
               ("ug", re.compile(r"[\u06c7\u06c8\u06cb]")),
               ("ckb", re.compile(r"[\u0695\u06b5\u06c6\u06ce\u06d5]")),
               ("fa", re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]"))),
    "hebrew": (("yi", re.compile(r"[\u05bf\u05f0-\u05f2\ufb1f]")),),
}
MIN_VARIANT_SHARE = 0.03
# Kana among Han characters make a text Japanese even when the kanji outnumber them: this share of kana is enough.
KANA_SHARE_OF_HAN = 0.1
# Letters of one language of a shared alphabet, which tell a text too short for its words to: (code, letters).
DISTINCTIVE_LETTERS = (("uk", re.compile(r"[іїєґІЇЄҐ]")), ("ru", re.compile(r"[ыэЫЭ]")), ("tr", re.compile(r"[ığĞİ]")))
_WORD = re.compile(r"\w+")


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")
_NOT_ASCII_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


def _language_words() -> dict[str, frozenset[str]]:
    text = (files(__package__) / "data" / "language_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code.strip(): frozenset(words.split()) for code, words in rows}


LANGUAGE_WORDS = _language_words()
_LANGUAGE_OF_WORD = {word: code for code, words in LANGUAGE_WORDS.items() for word in words}  # (no word has two)


# Languages written right to left, by their primary subtag (BCP 47; "iw" is Hebrew's old code): a site whose
# DEFAULT_LANG is one of them runs right to left as a whole.
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur",
                                     "yi"})


def primary_subtag(code: str) -> str:
    """A language code's language, in lower case: "he" of "he-IL", "en" of "en_GB" (written as a locale is)."""
    return code.replace("_", "-").split("-")[0].lower()


def language_direction(code: str) -> str:
    """"rtl" for a language written right to left ("ar", "he-IL", "fa"), else "ltr"."""
    return "rtl" if primary_subtag(code) in RIGHT_TO_LEFT_LANGUAGES else "ltr"


def story_language(text: str) -> WrittenLanguage | None:
    """The language ``text`` (a headline and body) is written in, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARACTERS]
    beyond_ascii = "".join(_BEYOND_ASCII.findall(sample))  # every script's letters but the ASCII ones
    counts = {script.name: len(script.letters.findall(beyond_ascii)) for script in SCRIPTS}
    counts["latin"] += len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if sum(counts.values()) < MIN_LETTERS:
        return None
    if counts["kana"] and counts["kana"] >= KANA_SHARE_OF_HAN * counts["han"]:
        counts["kana"] += counts["han"]
    script = max(SCRIPTS, key=lambda candidate: counts[candidate.name])
    if script.language:
        code = _variant_of(script.name, beyond_ascii, counts[script.name]) or script.language
        return WrittenLanguage(code, language_direction(code))
    code = _language_by_words(sample) or _language_by_letters(sample)
    return WrittenLanguage(code) if code else None


@dataclass(frozen=True, slots=True)
class WordsUsed:
    """What the start of a text holds of a language's common words (``common_words_used``)."""

    common: int  # different common words of the language: a story in another one holds one or two, by chance
    words: int  # words of any kind
    lower_case: int  # words in lower case: a list of names and figures (results, a team sheet) holds few


def common_words_used(text: str, code: str) -> WordsUsed:
    """The common words of language ``code`` the start of ``text`` holds: a story in a language the table does not
    know (Swedish, Czech...) holds one or two of English's, by chance."""
    sample = text[:SAMPLE_CHARACTERS]
    words = _WORD.findall(sample.lower())
    return WordsUsed(len(LANGUAGE_WORDS[code].intersection(words)), len(words),
                     sum(word.islower() for word in _WORD.findall(sample)))


def _variant_of(script: str, letters: str, count: int) -> str | None:
    """The language of ``SCRIPT_VARIANTS`` whose own letters make enough of the ``count`` letters of ``script``."""
    return next((code for code, own in SCRIPT_VARIANTS.get(script, ())
                 if len(own.findall(letters)) >= MIN_VARIANT_SHARE * count), None)


def _language_by_letters(sample: str) -> str | None:
    """The one language whose own letters ``sample`` holds ("ї" is Ukrainian, "ы" Russian), if only one's."""
    found = [code for code, letters in DISTINCTIVE_LETTERS if letters.search(sample)]
    return found[0] if len(found) == 1 else None


def _language_by_words(sample: str) -> str | None:
    """The language whose common words ``sample`` holds most, when clearly ahead of the next one."""
    hits = Counter(_LANGUAGE_OF_WORD.get(word) for word in _WORD.findall(sample.lower()))
    del hits[None]
    (code, best), (_, second) = (hits.most_common(2) + [(None, 0), (None, 0)])[:2]
    return code if best >= MIN_WORD_HITS and best >= WORD_HITS_MARGIN * second else None
