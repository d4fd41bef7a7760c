"""The language a story is written in, and its direction (language.py): what its page marks its words with."""
from __future__ import annotations

import itertools

import pytest

from newsarchive.language import LANGUAGE_WORDS, story_language

# Stories written for these tests: a headline and a paragraph, as a scraped file holds them.
STORIES = {
    "ar": "افتتاح مكتبة جديدة في وسط المدينة\n\nافتتحت البلدية يوم الأحد مكتبة عامة جديدة تضم عشرين ألف كتاب.",
    "he": "עיריית החוף פותחת ספרייה חדשה\n\nהעירייה פתחה ביום ראשון ספרייה ציבורית חדשה עם עשרים אלף ספרים.",
    "ja": "港町に新しい図書館が開館\n\n港町で十日、新しい市立図書館が開館し、朝から多くの家族連れが訪れました。",
    "zh": "海城新图书馆正式开放\n\n海城市新图书馆十日正式对外开放，馆内藏书二十万册，吸引了大批市民。",
    "ko": "항구시에 새 도서관 개관\n\n항구시는 10일 새 시립 도서관을 열었으며 많은 가족이 방문했다.",
    "el": "Νέα βιβλιοθήκη στο κέντρο της πόλης\n\nΟ δήμος εγκαίνιασε την Κυριακή μια νέα δημόσια βιβλιοθήκη.",
    "de": "Neue Bibliothek in der Altstadt eröffnet\n\nDie Stadt hat am Sonntag eine neue Bücherei eröffnet, die "
          "nach Angaben des Bürgermeisters mehr als zwanzigtausend Bücher hat und auch für Kinder offen ist.",
    "fr": "Une nouvelle bibliothèque ouvre dans le centre\n\nLa mairie a inauguré dimanche une bibliothèque qui "
          "compte vingt mille livres et sera ouverte aux familles dans la semaine, pour les écoles du quartier.",
    "es": "Abre una nueva biblioteca en el centro\n\nEl ayuntamiento inauguró el domingo una biblioteca con veinte "
          "mil libros, según explicó la alcaldesa, que fue aplaudida por los vecinos y las familias.",
    "it": "Apre una nuova biblioteca nel centro\n\nIl comune ha inaugurato domenica una biblioteca che conta "
          "ventimila libri e sarà aperta anche alle scuole della città per tutto l'anno.",
    "tr": "Şehir merkezinde yeni kütüphane açıldı\n\nBelediye pazar günü yirmi bin kitaplık yeni bir kütüphane "
          "açtı. Başkan, kütüphanenin okullar için de açık olacağını söyledi.",
    "ru": "В центре города открылась новая библиотека\n\nМэрия в воскресенье открыла библиотеку, в которой "
          "двадцать тысяч книг. Мэр сказал, что это только начало и что её фонд будет расти.",
    "uk": "У центрі міста відкрили нову бібліотеку\n\nМерія в неділю відкрила бібліотеку, у якій двадцять тисяч "
          "книжок. Мер сказав, що це тільки початок і що її фонд буде зростати.",
    "en": "A new library opens in the town centre\n\nThe council opened a public library on Sunday with twenty "
          "thousand books, and the mayor said it was only the start of the work on the old market.",
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_story_is_found_in_its_language(code: str) -> None:
    written = story_language(STORIES[code])
    assert written is not None and written.code == code
    assert written.direction == ("rtl" if code in {"ar", "he"} else "ltr")


@pytest.mark.parametrize("text, code", [
    ("Цены на хлеб выросли!\n\nХлеб подорожал сразу на пятнадцать процентов.", "ru"),  # too short for its words
    ("Ціни на хліб зросли\n\nХліб подорожчав одразу на п'ятнадцять відсотків у місті.", "uk"),
])
def test_a_short_cyrillic_story_is_told_by_the_letters_of_its_language(text: str, code: str) -> None:
    written = story_language(text)
    assert written is not None and written.code == code


@pytest.mark.parametrize("code", ["ar", "he", "ja"])
def test_an_english_story_quoting_another_script_is_english(code: str) -> None:
    quote = STORIES[code].splitlines()[0]
    text = STORIES["en"] + f'\n\nA banner outside read "{quote}", which means a new library.'
    assert story_language(text).code == "en"


@pytest.mark.parametrize("text", ["", "2026", "Ok.", "12 345 678 — 9", "Jan Novak Petr Svoboda Marie Dvorakova"])
def test_too_little_text_tells_no_language(text: str) -> None:
    assert story_language(text) is None


def test_languages_of_one_alphabet_share_none_of_the_words_that_tell_them_apart() -> None:
    for (one, words), (other, other_words) in itertools.combinations(LANGUAGE_WORDS.items(), 2):
        assert not words & other_words, (one, other, sorted(words & other_words))


@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("he-IL", "rtl"), ("fa", "rtl"), ("ur_PK", "rtl"),
                                                 ("iw", "rtl"), ("en", "ltr"), ("en-GB", "ltr"), ("tr", "ltr"),
                                                 ("zh-Hant", "ltr")])
def test_a_languages_direction_by_its_primary_subtag(code, direction):
    from newsarchive.language import language_direction

    assert language_direction(code) == direction


def test_a_story_in_a_right_to_left_script_gets_that_direction():
    assert (story_language(STORIES["ar"]).direction, story_language(STORIES["he"]).direction) == ("rtl", "rtl")
    assert story_language(STORIES["ja"]).direction == "ltr"


# Written for these tests, in alphabets another language names: Arabic's (Persian, Urdu, Pashto, Sorani, Sindhi, Uyghur)
# and Hebrew's (Yiddish).
VARIANT_STORIES = {
    "fa": "کتابخانه تازه در مرکز شهر باز شد\n\nشهرداری روز یکشنبه کتابخانه‌ای با بیست هزار کتاب گشود و شهردار گفت "
          "که این تنها آغاز کار است.",
    "ur": "شہر کے مرکز میں نئی لائبریری کھل گئی\n\nبلدیہ نے اتوار کو بیس ہزار کتابوں والی نئی لائبریری کھولی اور میئر نے کہا "
          "کہ یہ صرف شروعات ہے۔",
    "yi": "אַ נײַע ביבליאָטעק אין שטאָט\n\nדי שטאָט האָט זונטיק געעפֿנט אַ נײַע ביבליאָטעק מיט צוואַנציק טויזנט ביכער.",
    "ps": "د ښار په مرکز کې نوی کتابتون پرانیستل شو\n\nښاروالۍ د یکشنبې په ورځ یو نوی کتابتون پرانیست چې شل زره کتابونه لري. "
          "ښاروال وویل چې دا یوازې پیل دی.",
    "ckb": "کتێبخانەیەکی نوێ لە ناوەڕاستی شار کرایەوە\n\nشارەوانی ڕۆژی یەکشەممە کتێبخانەیەکی نوێی کردەوە کە بیست هەزار "
           "کتێبی تێدایە. سەرۆکی شارەوانی گوتی ئەمە تەنها سەرەتایە.",
    "ug": "شەھەر مەركىزىدە يېڭى كۇتۇپخانا ئېچىلدى\n\nشەھەر ھۆكۈمىتى يەكشەنبە كۈنى يىگىرمە مىڭ كىتابلىق يېڭى كۇتۇپخانىنى "
          "ئاچتى. شەھەر باشلىقى بۇنىڭ پەقەت باشلىنىش ئىكەنلىكىنى ئېيتتى.",
    "sd": "شهر جي وچ ۾ نئين لائبريري کلي وئي\n\nميونسپالٽي آچر ڏينهن ويهه هزار ڪتابن واري نئين لائبريري کولي. ميئر چيو ته "
          "هي رڳو شروعات آهي.",
}


@pytest.mark.parametrize("code", sorted(VARIANT_STORIES))
def test_a_language_writing_another_ones_alphabet_is_told_by_its_own_letters(code: str) -> None:
    """A Persian, Urdu, Pashto, Sorani, Sindhi or Uyghur story was told to be Arabic, a Yiddish one Hebrew: a site in Persian
    marked each of its stories lang="ar", and a screen reader read them in Arabic's voice."""
    written = story_language(VARIANT_STORIES[code])
    assert written is not None and (written.code, written.direction) == (code, "rtl")


def test_an_arabic_story_naming_a_persian_place_stays_arabic() -> None:
    text = STORIES["ar"] + " وزار الوفد مدينة گرگان الإيرانية."
    assert story_language(text).code == "ar"


@pytest.mark.parametrize("text", ["美国总统・拜登・特朗普・会谈今日开始", "海城市长・李明宣布新图书馆正式开放"])
def test_a_chinese_story_with_katakanas_middle_dot_between_names_is_chinese(text: str) -> None:
    """"・" (the katakana middle dot, punctuation) was counted as kana: a short Chinese headline or paragraph naming
    people with it was told to be Japanese."""
    assert story_language(text).code == "zh"
