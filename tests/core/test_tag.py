"""Tagger: what may and may not become a tag, aliases, pins and bans, and a quality floor."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from nltk.stem.porter import PorterStemmer

from newsarchive import pipeline
from newsarchive import tag as tag_module
from newsarchive.config import ArchiveConfig
from newsarchive.language import story_language
from newsarchive.tag import TagConfig, TagDocument, tag_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tags"
_stem = PorterStemmer().stem

STORY = (
    "Harbour officials in Port Ardley closed the container terminal on Monday after a crane collapse.\n\n"
    "The crane collapse injured two dock workers, the Port Ardley harbour authority said. "
    "Engineers from Kessel Cranes inspected the container terminal on Tuesday.\n\n"
    "Harbour master Ida Berglund said the container terminal would reopen in March. "
    "\"A crane collapse like this is rare,\" Berglund said. Berglund said 14 ships were waiting.\n\n"
    "By Tom Ashdown, Staff Writer. Copyright 2024. Click here to subscribe to our newsletter."
)


def _tags(title: str = "Crane Collapse Shuts Container Terminal", text: str = STORY, **config) -> tuple[str, ...]:
    return tag_corpus([TagDocument(title, text)], TagConfig(**config))[0]


def _norm(phrase: str) -> str:
    return " ".join(_stem(word) for word in re.sub(r"[^0-9a-z]+", " ", phrase.lower()).split())


@pytest.mark.parametrize("expected", ["crane collapse", "container terminal", "Ida Berglund"], ids=str)
def test_subjects_become_tags(expected):
    assert expected in _tags()


@pytest.mark.parametrize(
    "forbidden",
    ["Monday", "Tuesday", "March", "14", "2024", "the", "said", "Copyright", "Staff Writer", "newsletter", "Berglund", "Tom Ashdown"],
    ids=str,
)
def test_non_subjects_never_become_tags(forbidden):
    lowered = {tag.lower() for tag in _tags()}
    assert forbidden.lower() not in lowered


def test_no_tag_starts_or_ends_with_a_function_word():
    for tag in _tags():
        words = tag.lower().split()
        assert words[0] not in {"the", "a", "of", "and", "in", "by"} and words[-1] not in {"the", "a", "of", "and", "in", "by"}


def test_tag_count_between_min_and_max():
    tags = _tags(max_tags=6, min_tags=3)
    assert 3 <= len(tags) <= 6


def test_no_duplicates_by_case_or_plural():
    keys = [_norm(tag) for tag in _tags()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("President Ilham Aliev spoke. Aliev said Baku wants peace. Aliev met envoys.", "Ilham Aliyev"),
        ("Fighting in Nagorno Karabakh went on. Nagorno Karabakh is disputed. Karabakh burns.", "Nagorno-Karabakh"),
        ("The Lib Dems won Orvik. A Lib Dem councillor said the Lib Dems would cut fares.", "Liberal Democrats"),
    ],
    ids=["aliev-aliyev", "karabakh-hyphen", "party-short-name"],
)
def test_builtin_aliases_fold_variants(text, canonical):
    tags = _tags(title="Talks", text=text)
    assert canonical in tags
    variants = {"aliev", "ilham aliev", "nagorno karabakh", "karabakh", "lib dem"}
    assert not any(tag != canonical and _norm(tag) in variants for tag in tags)


def test_user_alias_extends_the_table():
    tags = _tags(aliases=(("container terminal", "Port Ardley Terminal"),))
    assert "Port Ardley Terminal" in tags and "container terminal" not in tags


def test_one_spelling_across_the_archive():
    documents = [
        TagDocument("Oil Spill", "The oil spill spread. The oil spill grew. Crews fought the oil spill."),
        TagDocument("Spill", "Oil spills harm birds. Oil spills kill fish. Oil spills cost money."),
    ]
    spellings = {tag for tags in tag_corpus(documents, TagConfig()) for tag in tags if _norm(tag) == "oil spill"}
    assert len(spellings) == 1


def test_pinned_tags_always_present_and_first():
    tags = tag_corpus([TagDocument("Crane", STORY, pinned=("Ports",))], TagConfig(pinned=("Harbours",)))[0]
    assert tags[:2] == ("Ports", "Harbours")


@pytest.mark.parametrize("where", ["document", "config"], ids=str)
def test_banned_tags_never_present(where):
    banned = ("Crane Collapse",)  # case differs from the inferred "crane collapse"
    document = TagDocument("Crane Collapse Shuts Container Terminal", STORY, banned=banned if where == "document" else ())
    config = TagConfig(banned=banned if where == "config" else ())
    assert all(_norm(tag) != "crane collapse" for tag in tag_corpus([document], config)[0])


def test_a_ban_beats_a_pin():
    tags = tag_corpus([TagDocument("Crane", STORY, pinned=("Ports",), banned=("ports",))], TagConfig())[0]
    assert "Ports" not in tags


def test_seed_style_country_article_is_tagged_with_its_countries():
    text = ("Azerbaijani forces advanced near Stepanakert. The Armenian government protested. "
            "Azerbaijan said the Azerbaijani army held its positions. Armenia asked for help. "
            "Armenian refugees fled. Azerbaijani officials met Armenian envoys. Azerbaijan and Armenia traded blame.")
    tags = _tags(title="Clashes in the Caucasus", text=text)
    assert "Azerbaijan" in tags and "Armenia" in tags


def _f1_at_5(predicted, gold) -> float:
    gold_set = {_norm(tag) for tag in gold}
    top = list(dict.fromkeys(_norm(tag) for tag in predicted))[:5]
    hits = sum(1 for tag in top if tag in gold_set)
    return 0.0 if not hits else 2 * hits / (len(top) + len(gold_set))


def test_quality_floor_on_fixture_articles():
    articles = [json.loads(line) for line in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]
    floor = json.loads((FIXTURES / "floor.json").read_text(encoding="utf-8"))["f1_at_5"]
    predicted = tag_corpus([TagDocument(a["title"], a["text"]) for a in articles], TagConfig())
    score = 100 * sum(_f1_at_5(p, a["tags"]) for p, a in zip(predicted, articles)) / len(articles)
    assert score >= floor, f"F1@5 {score:.2f} fell below the stored floor {floor}"


# --- archive-wide folding (tag_fold) and the POS lookup (tag_pos) ---

from newsarchive.tag_fold import fold_modifiers, modifier_variants, squash_variants  # noqa: E402
from newsarchive.tag_pos import PosTagger  # noqa: E402
from newsarchive.tag_text import Candidate  # noqa: E402


def _candidate(key: str, display: str, count: int = 2, maximal: int = 1, proper: bool = True) -> Candidate:
    return Candidate(key=key, display=display, words=len(key.split()), count=count, maximal=maximal, first=0.1,
                     in_title=False, in_lead=True, proper=proper)


def test_space_and_hyphen_variants_share_one_key_across_the_archive():
    found = [
        (_candidate("knock out stage", "knock-out stages"),),
        (_candidate("knockout stage", "knockout stages"), _candidate("knockout stage", "knockout stage")),
        (_candidate("knockout stage", "knockout stages"),),
    ]
    keys = {c.key for candidates in squash_variants(found) for c in candidates}
    assert keys == {"knockout stage"}


@pytest.mark.parametrize(
    ("long", "short", "short_maximal", "expected"),
    [
        (("troubl hit mitsubishi motor", "Trouble-hit Mitsubishi Motors"), ("mitsubishi motor", "Mitsubishi Motors"), 3,
         "mitsubishi motor"),
        (("grand theft auto", "Grand Theft Auto"), ("theft auto", "Theft Auto"), 0, "grand theft auto"),
    ],
    ids=["leading-modifier-to-established-name", "fragment-to-full-name"],
)
def test_modifier_pairs_fold_to_one_tag(long, short, short_maximal, expected):
    long_tag, short_tag = _candidate(*long), _candidate(*short, maximal=short_maximal)
    chosen = [[long_tag, _candidate("share", "shares", proper=False)], [short_tag]]
    folded = fold_modifiers(chosen, chosen)
    assert {c.key for tags in folded for c in tags if c.key != "share"} == {expected}


@pytest.mark.parametrize(
    ("name", "common"),
    [(("orvik stock exchang", "Orvik Stock Exchange"), ("stock exchang", "stock exchange")),
     (("harlow central bank", "Harlow Central Bank"), ("central bank", "central bank"))],
    ids=["exchange", "bank"],
)
def test_a_name_never_folds_onto_the_common_phrase_that_ends_it(name, common):
    name_tag, common_tag = _candidate(*name), _candidate(*common, maximal=3, proper=False)
    chosen = [[name_tag], [common_tag]]
    assert [[c.display for c in tags] for tags in fold_modifiers(chosen, chosen)] == [[name[1]], [common[1]]]


def test_the_article_s_own_spelling_decides_whether_a_name_ends_in_a_common_phrase():
    described = _candidate("orvik ferri timet", "Orvik ferry timetable", proper=False)
    named = _candidate("orvik ferri timet", "Orvik Ferry Timetable")
    common = _candidate("ferri timet", "ferry timetable", maximal=3, proper=False)
    chosen = [[named], [common], [described, common]]
    assert [[c.display for c in tags] for tags in fold_modifiers(chosen, chosen)] == [
        ["Orvik Ferry Timetable"], ["ferry timetable"], ["ferry timetable"]]


def test_descriptive_phrases_keep_their_detail():
    chosen = [[_candidate("massiv oil spill", "massive oil spill", proper=False)], [_candidate("oil spill", "oil spill", proper=False)]]
    assert [c.key for c in fold_modifiers(chosen, chosen)[0]] == ["massiv oil spill"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        (("formal antitrust investig", "formal antitrust investigation"), ("antitrust investig", "antitrust investigation"), True),
        (("onlin shop build tool", "online shop-building tools"), ("shop build tool", "shop-building tools"), True),
        (("troubl tram extens", "troubled tram extension"), ("tram extens", "tram extensions"), True),
        (("brennport athlet", "Brennport Athletic"), ("brennport", "Brennport"), False),  # a capitalised word: a club
        (("european competit", "European competition"), ("competit", "competition"), False),  # one-word heads stay
        (("harbour line tram", "Harbour Line tram"), ("harbour line", "Harbour Line"), False),  # words after: a thing
        (("new harbour line", "new Harbour Line"), ("harbour line", "Harbour Line"), True),
    ],
    ids=["modifier", "hyphenated", "plural", "capitalised-word-in-front", "one-word-head", "word-after", "before-a-name"],
)
def test_a_phrase_with_lower_case_words_in_front_is_the_same_subject(one, other, same):
    assert modifier_variants(_candidate(*one), _candidate(*other)) is same
    assert modifier_variants(_candidate(*other), _candidate(*one)) is same


def test_an_article_is_not_tagged_with_a_phrase_and_the_phrase_with_a_modifier():
    text = ("Regulators opened a formal antitrust investigation into Vantor on Monday. The antitrust investigation "
            "will look at Vantor's checkout fees.\n\nVantor said it would cooperate with the antitrust investigation. "
            "Rivals welcomed the formal antitrust investigation. The formal antitrust investigation may take a year.")
    tags = [_norm(tag) for tag in _tags(title="Vantor faces antitrust investigation", text=text)]
    assert _norm("antitrust investigation") in tags and _norm("formal antitrust investigation") not in tags


def test_an_article_left_short_by_folding_takes_no_variant_of_a_kept_tag():
    kept = _candidate("antitrust investig", "antitrust investigation", proper=False)
    reserve = [kept, _candidate("formal antitrust investig", "formal antitrust investigation", proper=False),
               _candidate("startup brightlan", "start-up Brightlane", proper=False),
               _candidate("brightlan", "Brightlane"), _candidate("checkout fee", "checkout fees", proper=False)]
    folded = fold_modifiers([[kept, reserve[3]]], [reserve], [reserve], limit=8)
    assert [tag.display for tag in folded[0]] == ["antitrust investigation", "Brightlane", "checkout fees"]


def test_archive_has_no_modifier_duplicates_end_to_end():
    documents = [
        TagDocument("Carmaker Struggles", "Trouble-hit Halvex Motors cut jobs. Trouble-hit Halvex Motors shut a plant. "
                                          "Trouble-hit Halvex Motors lost money."),
        TagDocument("Carmaker Sales", "Halvex Motors sold more cars. Halvex Motors hired staff. Halvex Motors grew."),
        TagDocument("Carmaker Plans", "Halvex Motors opened a plant. Halvex Motors hired staff. Halvex Motors grew."),
    ]
    tags = {tag for article in tag_corpus(documents, TagConfig()) for tag in article}
    assert "Halvex Motors" in tags and not any(tag.endswith("Halvex Motors") and tag != "Halvex Motors" for tag in tags)


@pytest.mark.parametrize(
    "sentence",
    ["The tanker spilled crude oil near Valdez .", "Running quickly , Ollarva 's biggest firms rose 12.5 % ."],
    ids=["plain", "unknown-words"],
)
def test_pos_lookup_matches_textblob(sentence):
    from textblob.en import parser

    tokens = sentence.split(" ")
    assert PosTagger().tag(tokens) == [list(pair) for pair in parser.find_tags(tokens)]


# --- progress of ranking (a build shows it on a terminal) ---

import io  # noqa: E402
import itertools  # noqa: E402
from collections import Counter  # noqa: E402

from newsarchive.forking import CountedProgress  # noqa: E402
from newsarchive.progress import Progress  # noqa: E402
from newsarchive.tag import MIN_DOCUMENTS_TO_FORK, _rank_all  # noqa: E402
from newsarchive.tag_rank import Corpus  # noqa: E402


@pytest.mark.parametrize("count", [150, MIN_DOCUMENTS_TO_FORK + 50], ids=["in-process", "forked"])
def test_ranking_counts_every_article_live_and_in_one_closing_line(count: int) -> None:
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    ticks = itertools.count()
    progress = CountedProgress(Progress("rank tags", stream=terminal, clock=lambda: float(next(ticks))))
    harbour = Candidate("harbour", "harbour", 1, 3, 1, 0.1, True, True, False)
    ferry = Candidate("ferri", "ferry", 1, 1, 1, 0.5, False, False, False)
    found = [[ferry, harbour]] * count
    ranked = _rank_all(found, Corpus(Counter({"harbour": 2, "ferri": count}), count), workers=2, progress=progress)
    assert ranked == [[harbour, ferry]] * count
    drawn = terminal.getvalue().split("\r")
    assert drawn[-1].startswith(f"rank tags: {count} of {count} in ") and any("left" in line for line in drawn)


def test_markup_quoted_in_a_story_never_becomes_a_tag():
    from newsarchive.tag import TagDocument, tag_corpus

    text = ("The <script>alert(1)</script> utility said <img src=x onerror=alert(2)> it would replace every lead "
            "pipe near Cathedral Square.\n\nEngineers from Harbour Water will start near Cathedral Square.")
    (tags,) = tag_corpus([TagDocument("Lead pipes replaced", text)])
    assert tags and not any(set(tag) & set("<>=") for tag in tags)


def test_a_surname_in_the_headline_is_the_person_the_story_names_in_full():
    text = ("Seventeen-year-old Tomas Kessler scored twice as Orvik beat Harlow 2-0 on Saturday.\n\n"
            "Kessler, who joined from Dunmore in May, also hit the post. \"Kessler was superb,\" the Orvik coach said.")
    tags = _tags(title="Kessler double sinks Harlow", text=text)
    assert "Tomas Kessler" in tags
    assert "Kessler" not in tags


@pytest.mark.parametrize("surname", ["O'Hallon", "D'Arville", "N'Gora", "Kessler"])
def test_a_full_name_is_not_folded_onto_a_surname_tagged_elsewhere(surname):
    # "O'Hallon" is one word but two in its key ("o hallon"): another story tagged with the surname alone made
    # it look like an established two-word tail of "Ciaran O'Hallon", and the full name was folded onto it
    documents = [
        TagDocument("Orvik beat Harlow", f"Two tries from Ciaran {surname} guided Orvik to victory against Harlow.\n\n"
                    f"{surname} scored after ten minutes. Harlow replied. {surname} then added a second try."),
        TagDocument(f"{surname} fit for Dunmore test", f"Orvik captain {surname} has recovered from a hamstring "
                    f"injury.\n\n{surname} trained on Tuesday and will face Dunmore on Saturday, the coach said."),
    ]
    first, _ = tag_corpus(documents)
    assert f"Ciaran {surname}" in first and surname not in first


from newsarchive.tag import select  # noqa: E402

# (id, ranked candidates as (key, display, proper), the tags chosen) — a piece of a name beside the name in one
# article adds nothing, whether the pieces were voted proper nouns or not and whichever comes first
NAME_AND_PIECE = [
    ("event-and-its-last-word", [("orvik open", "Orvik Open", True), ("open", "Open", False)], ["Orvik Open"]),
    ("body-and-its-head", [("harlow commiss", "Harlow Commission", True), ("commiss", "Commission", False)],
     ["Harlow Commission"]),
    ("title-and-its-parts", [("silver harbour babi", "Silver Harbour Baby", False), ("silver harbour", "Silver Harbour", True),
                             ("babi", "Baby", False)], ["Silver Harbour Baby"]),
    ("surname-ranked-first", [("kessler", "Kessler", True), ("ana kessler", "Ana Kessler", False)], ["Ana Kessler"]),
    ("pieces-ranked-first", [("open", "Open", False), ("dunmor", "Dunmore", True), ("orvik open", "Orvik Open", True)],
     ["Orvik Open", "Dunmore"]),
    # a place of the gazetteer is a subject of its own; so is a lower-case word, and a piece of a description
    ("place-in-a-name", [("bank of mexico", "Bank of Mexico", True), ("mexico", "Mexico", True)], ["Bank of Mexico", "Mexico"]),
    ("lower-case-piece", [("harlow film festiv", "Harlow Film Festival", True), ("film", "film", False)],
     ["Harlow Film Festival", "film"]),
    ("description-and-its-head", [("oil tanker", "oil tanker", False), ("tanker", "tanker", False)], ["oil tanker", "tanker"]),
]


@pytest.mark.parametrize(("ranked", "chosen"), [case[1:] for case in NAME_AND_PIECE], ids=[case[0] for case in NAME_AND_PIECE])
def test_a_name_and_a_piece_of_it_are_one_tag(ranked, chosen):
    candidates = [_candidate(key, display, proper=proper) for key, display, proper in ranked]
    assert [candidate.display for candidate in select(candidates, 8)] == chosen


def test_a_piece_of_a_kept_name_does_not_fill_a_folded_slot():
    name = _candidate("halvex energi", "Halvex Energy", proper=False)
    reserve = [name, _candidate("halvex", "Halvex"), _candidate("gas field", "gas field", proper=False)]
    folded = fold_modifiers([[name]], [reserve], [reserve], limit=8)
    assert [tag.display for tag in folded[0]] == ["Halvex Energy", "gas field"]


# Stories written for this test, in languages the tagger's rules are not written for: read as English, their
# function words and clauses became tags ("für", "Die Stadtwerke Brennfeld heben zum", a whole Japanese sentence).
FOREIGN_STORIES = {
    "de": ("Stadtwerke Brennfeld erhöhen die Fernwärmepreise",
           "Die Stadtwerke Brennfeld heben zum 1. Januar die Preise für Fernwärme deutlich an. Ein Haushalt zahlt "
           "nach Angaben des Unternehmens künftig rund 31 Euro mehr im Monat.\n\nKritik kommt vom Mieterverein, "
           "der die Erhöhung unverhältnismäßig nannte und den Stadtrat auf die Kalkulation verwies."),
    "fr": ("Grève des conducteurs de tramway à Valbourg",
           "Aucun tramway ne circulera à Valbourg avant jeudi. Les conducteurs ont reconduit la grève lancée la "
           "semaine dernière.\n\nLes syndicats réclament une hausse de salaire et des embauches, a déclaré un "
           "délégué devant le dépôt de la rue des Tanneurs."),
    "ru": ("В Северогорске закрывают старейший стекольный завод",
           "Стекольный завод, работающий с 1911 года, прекратит производство до конца года. Об этом сообщил "
           "директор Игорь Самойлов.\n\nПо его словам, завод не выдержал роста цен на газ, и без работы "
           "останутся около четырёхсот человек, что стало ударом для города."),
    "ja": ("北浜市で震度5弱の地震",
           "11日午前6時すぎ、北浜市で震度5弱の揺れを観測する地震がありました。\n\n市の担当者によりますと、今の"
           "ところけが人の情報は入っていません。市内ではおよそ1200世帯で停電が発生しています。"),
}


# Stories written for this test in Latin-script languages the language table does not know: read as English, they
# were tagged with their clauses ("Zastupitelé v pondělí schválili plán"); Danish, whose "at" and "for" are English's,
# was even told to be English.
UNLISTED_LANGUAGE_STORIES = {
    "cs": ("Radnice v Orviku chystá novou tramvajovou trať",
           "Zastupitelé v pondělí schválili plán na stavbu tramvajové trati, která má spojit centrum města s "
           "nemocnicí a univerzitou. Stavba by měla začít příští rok na jaře a potrvá nejméně tři roky.\n\nPodle"
           " primátorky Leny Dunmoreové jde o největší investici v historii města. Opozice ale upozorňuje, že "
           "rozpočet počítá s dotacemi, které zatím nikdo nepotvrdil, a že cestující budou muset dlouho snášet "
           "objížďky."),
    "da": ("Færgen til Orvik aflyst igen på grund af storm",
           "Rederiet har for tredje gang på en uge måttet aflyse afgangene mellem Harlow og Orvik, fordi vinden "
           "var for kraftig til at sejle sikkert. Mange pendlere er vrede over, at der ikke er sat busser ind i "
           "stedet.\n\nDirektøren for rederiet, Ana Ferro, siger til avisen, at selskabet arbejder på at finde "
           "en løsning, men at sikkerheden altid kommer først. Hun forventer, at færgen kan sejle igen fra "
           "onsdag, hvis vejret bliver bedre."),
    "fi": ("Orvikin satama laajenee ensi vuonna",
           "Kaupunginvaltuusto päätti maanantaina, että sataman uusi laituri rakennetaan ensi vuoden aikana. "
           "Hankkeen arvioidaan maksavan noin kaksikymmentä miljoonaa euroa, ja se rahoitetaan osittain valtion "
           "tuella.\n\nSatamajohtaja Lena Dunmore kertoo, että laajennus tuo alueelle satoja uusia työpaikkoja. "
           "Ympäristöjärjestöt ovat kuitenkin huolissaan lahden linnustosta ja vaativat tarkempaa selvitystä "
           "ennen töiden alkua."
           " Rakennustyöt alkavat keväällä, ja laiturin on määrä valmistua seuraavan vuoden syksyllä, jolloin "
           "ensimmäiset risteilyalukset voivat jo käyttää sitä."),
    "hu": ("Új kerékpárút épül Orvik belvárosában",
           "A városi közgyűlés hétfőn jóváhagyta az új kerékpárút építését, amely a pályaudvart köti össze a "
           "kikötővel. A munkálatok tavasszal kezdődnek, és várhatóan az év végére fejeződnek be.\n\nAna Ferro "
           "polgármester szerint a beruházás csökkenti a forgalmat a szűk utcákban. A helyi kereskedők egy része"
           " azonban attól tart, hogy az építkezés idején kevesebb vásárló érkezik majd az üzleteikbe."),
    "no": ("Strømprisen i Orvik stiger kraftig i vinter",
           "Kraftselskapet varsler at prisen for vanlige husholdninger vil øke med nesten tjue prosent fra "
           "januar. Selskapet peker på lav fyllingsgrad i magasinene og høyere priser i nabolandene som årsaken "
           "til økningen.\n\nForbrukerrådet mener at mange familier vil få problemer med å betale regningene, og"
           " ber regjeringen om å innføre en strømstøtte. Ana Ferro, som leder selskapet, sier at hun forstår "
           "frustrasjonen, men at det ikke finnes noen enkel løsning."),
    "ro": ("Primăria din Orvik anunță un nou parc în cartierul de nord",
           "Consiliul local a aprobat luni proiectul unui parc de zece hectare pe terenul fostei fabrici de "
           "textile. Lucrările vor începe în primăvară și ar urma să fie gata până la sfârșitul anului "
           "viitor.\n\nPrimarul Ana Ferro a declarat că parcul va avea locuri de joacă, piste pentru biciclete "
           "și un lac. Locuitorii din zonă au cerut de mai mulți ani un spațiu verde, după ce fabrica a fost "
           "închisă."),
    "sv": ("Nya regler för hyresbostäder i Orvik väcker kritik",
           "Kommunfullmäktige i Orvik beslutade på måndagen att höja hyrorna i de kommunala bostäderna med fyra "
           "procent från och med nästa år. Beslutet fattades efter en lång debatt där oppositionen krävde att "
           "frågan skulle skjutas upp till efter sommaren.\n\nHyresgästföreningen kallar höjningen orimlig och "
           "säger att många pensionärer redan har svårt att få ekonomin att gå ihop. Kommunalrådet Lena Dunmore "
           "menar däremot att bostadsbolaget måste renovera flera hundra lägenheter under de kommande åren och "
           "att pengarna behövs."),
}


@pytest.mark.parametrize("language", sorted(UNLISTED_LANGUAGE_STORIES))
def test_a_story_in_a_language_the_table_does_not_know_gets_no_inferred_tags(language: str) -> None:
    assert not _tags(*UNLISTED_LANGUAGE_STORIES[language])


def test_a_short_english_story_with_few_common_words_is_tagged() -> None:
    """Fewer than 60 words say too little: a brief or a team sheet in English is tagged as always."""
    title, text = "Caskett Town 2-1 Orvik", "Caskett Town: Holt, Varga, Mensah, Lind. Goals: Ferro 12, Dunmore 80."
    assert _tags(title, text)


@pytest.mark.parametrize("language", sorted(FOREIGN_STORIES))
def test_a_story_in_another_language_than_the_taggers_gets_no_inferred_tags(language: str) -> None:
    title, text = FOREIGN_STORIES[language]
    assert not _tags(title, text)
    pinned = tag_corpus([TagDocument(title, text, pinned=("Brennfeld",))], TagConfig())[0]
    assert list(pinned) == ["Brennfeld"]  # a pin, the overrides table and a Tags: line still tag it


def test_english_stories_among_foreign_ones_are_tagged_as_alone() -> None:
    english = TagDocument("Crane", STORY)
    alone = tag_corpus([english], TagConfig())[0]
    mixed = tag_corpus([english, *(TagDocument(*story) for story in FOREIGN_STORIES.values())], TagConfig())
    assert mixed[0] == alone and alone
    assert not any(mixed[1:])


def test_an_english_list_of_names_and_figures_is_tagged() -> None:
    """A results round-up of 60 words or more holds no common English word ("the", "and": none in a list of scores),
    and was told to be in a language the table does not know: no inferred tags at all. It holds few words in lower
    case, of any language, and is tagged as always."""
    title = "Harbour League results"
    text = ("Ostvik Rovers 2 Caskett Town 1; Harlow United 0 Orvik Athletic 3; Brennfeld 1 Valbourg City 1; "
            "Northpoint 2 Kestrel Bay 0; Saltmarsh 1 Ferro Park 1; Dunmore Wanderers 0 Southby 2; Tanneurs 3 "
            "Westgate 1; Millbrook 0 Larkhill 2.\n\nScorers: Holt, Varga; Mensah. Lind 2, Osei. Berg; Kaya. Neri, "
            "Gil; Riedel. Cohen 2; Lemaire. Fares, Kravchuk; Bondar 2.\n\nAttendances: 4,200; 3,100; 2,800; "
            "5,000; 1,900; 2,100; 3,600; 2,500.")
    assert len(text.split()) >= 60
    assert _tags(title, text)


def test_the_language_the_ingest_told_is_the_one_the_tagger_reads() -> None:
    """A story's language is told once, at ingest, for its page: the tagger takes that answer (``language``)."""
    title, text = FOREIGN_STORIES["de"]
    assert not tag_corpus([TagDocument("Crane", STORY, language="de")], TagConfig())[0]
    assert tag_corpus([TagDocument(title, text, language="en")], TagConfig())[0]
    assert tag_corpus([TagDocument("Crane", STORY, language="")], TagConfig())[0]  # "": told, but no language


def test_a_built_story_s_language_is_told_once(tmp_path, monkeypatch) -> None:
    """Its page's lang and its tagging come from one telling (each cost about 46 µs a story on a cold build)."""
    told = []

    def telling(text: str):
        told.append(text)
        return story_language(text)

    monkeypatch.setattr(pipeline, "story_language", telling)
    monkeypatch.setattr(tag_module, "story_language", telling)
    paths = []
    for name, (title, text) in {"crane.txt": ("Crane collapse shuts terminal", STORY),
                                "stadtwerke.txt": FOREIGN_STORIES["de"]}.items():
        (tmp_path / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    english, german = pipeline.extract_paths(paths, ArchiveConfig())
    assert len(told) == 2
    assert (english.language, german.language) == ("en", "de")
    assert english.tags and not german.tags
