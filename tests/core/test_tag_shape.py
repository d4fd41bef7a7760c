"""Tag display hygiene by shape: phrases no editor would pick never become tags.

Every case is an invented sentence of the shape a rule is about (``data/tag_clock.txt``,
``tag_numbers.txt``, ``tag_dangling.txt``, ``tag_verb_suffixes.txt``, ``tag_modifiers.txt``,
the lone-common-word rule of ``tag_shape`` and the description fold of ``tag_fold``).
"""
from __future__ import annotations

import pytest

from newsarchive.tag import TagConfig, TagDocument, find_candidates_batch, tag_corpus
from newsarchive.tag_shape import presentable
from newsarchive.tag_text import Candidate


def _candidate_displays(title: str, text: str) -> set[str]:
    return {candidate.display for candidate in find_candidates_batch([TagDocument(title, text)])[0]}


def _tags(title: str, text: str) -> tuple[str, ...]:
    return tag_corpus([TagDocument(title, text)], TagConfig())[0]


# (id, title, text, phrase that must never be a candidate, the candidate it leaves behind or None)
NEVER_CANDIDATES = [
    ("clock-am", "Ferry delays at Harwick", "The Harwick ferry sailed at 6 a.m. on Monday. The ferry was full.",
     "a.m.", "Harwick ferry"),
    ("clock-half-time", "Dunmore beat Caskett", "Dunmore led 2-0 at half-time. Caskett scored early in the second half.",
     "half-time", None),
    ("clock-second-half", "Dunmore beat Caskett", "Caskett pressed in the second half but Dunmore held on.",
     "second half", None),
    ("number-word-sentence-opener", "Miners rescued", "Thirty-two miners were lifted out of the Orlen pit overnight.",
     "thirty-two miners", "miners"),
    ("ordinal-opener", "Hydrogen buses", "The city unveiled its first hydrogen bus depot on the ring road.",
     "first hydrogen bus depot", "hydrogen bus depot"),
    ("ordinal-hyphen-opener", "Contract signed", "The keeper signed a four-year contract with Caskett Town.",
     "four-year contract", None),
    ("superlative-opener", "Port deal", "Veltra made its largest port acquisition since the merger.",
     "largest port acquisition", "port acquisition"),
    ("compass-end", "Leak spreads", "A fuel leak west of Farrow Island grew overnight, the coastguard said.",
     "fuel leak west", "fuel leak"),
    ("hyphenated-compass-end", "Gas leak", "A gas leak north-east of Orvik forced the school to close.",
     "gas leak north-east", "gas leak"),
    ("verb-ending", "Probe opened", "Regulators will examine whether Tessaro penalises suppliers who sell elsewhere.",
     "Tessaro penalises suppliers", "Tessaro"),
    ("ing-with-object", "Bridge row", "The council wants to end its deal with the syndicate building it.",
     "syndicate building", "syndicate"),
    ("name-before-number", "Tram strike", "Drivers on Route 9 walked out. Route 9 carries most commuters.",
     "Route", None),
    ("vague-opener", "Talks begin", "The initial ceasefire talks in Orvik ended without a deal.",
     "initial ceasefire talks", "ceasefire talks"),
    ("judgement-opener", "Coach leaves", "The Orvik coach thanked the wonderful supporters of Caskett Town.",
     "wonderful supporters", "Caskett Town"),
    ("importance-opener", "Port plan", "The harbour board called the dredging a crucial step for Orvik.",
     "crucial step", "harbour board"),
    ("feeling-opener", "Arcade closes", "Regulars spoke of fond memories of the Orvik arcade.",
     "fond memories", "Orvik arcade"),
    ("verdict-opener", "Coach search", "Lena Dunmore is the hot favourite to coach Caskett Town next season.",
     "hot favourite", "Caskett Town"),
    ("fitness-opener", "Coach search", "Ana Ferro called Lena Dunmore the ideal candidate for the Caskett Town job.",
     "ideal candidate", "Caskett Town job"),
    ("fear-opener", "Derby preview", "Orvik face fearsome opponents when Caskett Town visit on Saturday.",
     "fearsome opponents", "Caskett Town"),
    ("movement-opener", "Orvik shares", "Orvik Mining shares saw a sharp rise after the copper find.",
     "sharp rise", "Orvik Mining shares"),
    ("size-word-kept", "Spill spreads", "The massive fuel spill reached the Orvik shore on Monday.",
     "fuel", "massive fuel spill"),
    ("age-opener", "Striker signs", "The 24-year-old Mozambican striker joined Caskett Town on Monday.",
     "24-year-old Mozambican striker", "Caskett Town"),
    ("age-word-opener", "Feud flares", "A decade-old feud between Orvik councillors flared again.",
     "decade-old feud", "feud"),
    ("duration-opener", "Budget debate", "The hour-long debate on the Orvik budget ended without a vote.",
     "hour-long debate", "debate"),
    ("apostrophe-letter", "Coach calm", "\"It doesn't matter who scores,\" the Orvik coach told reporters.",
     "t matter", None),
    ("fixture-v", "Derby day", "Orvik v Harlow kicks off at noon, and Orvik v Dunmore follows on Sunday.",
     "Orvik v", "Harlow"),
    # an editor's rejects: offices and positions, names with words about them in front
    ("role", "Budget row", "The prime minister met Orvik unions. The prime minister said the Orvik budget would pass.",
     "prime minister", "Orvik budget"),
    ("role-after-name", "Coach speaks", "The Caskett Town boss praised Lena Marsh. The Caskett Town boss said Marsh was ready.",
     "Caskett Town boss", "Lena Marsh"),
    # positions of players, performers' roles, who won or was shortlisted: whoever it was (data/tag_roles.txt)
    ("team-position", "Cup tie", "The Caskett Town skipper praised the crowd. The Caskett Town skipper said Orvik were lucky.",
     "Caskett Town skipper", "Orvik"),
    ("performer-role", "Band splits", "The Velvet Anchors frontman quit on Monday. The Velvet Anchors frontman thanked the fans.",
     "Velvet Anchors frontman", "Velvet Anchors"),
    ("shortlisted", "Awards night", "The Orvik Prize nominee Ana Ferro lost to Lena Marsh at the Harlow ceremony.",
     "Orvik Prize nominee", "Ana Ferro"),
    ("role-opening-a-name", "Album out", "Rapper Kwezi Dube released his third album in Orvik on Friday.",
     "Rapper Kwezi Dube", "Kwezi Dube"),
    # a role capitalised inside a sentence is a word of a name ("Star Wars"), not a title before one (data/tag_roles.txt)
    ("role-word-in-a-name", "Sci-fi fans rally", "Fans of the Star Quest franchise want the show saved. The Star Quest "
     "films still sell.", "Quest franchise", "Star Quest franchise"),
    ("role-opening-a-sentence", "Gala night", "Star Ana Ferro sang at the Orvik gala. The crowd cheered Ana Ferro.",
     "Star Ana Ferro", "Ana Ferro"),
    # the same after a quote closing the sentence before (the splitter starts the next sentence with it)
    ("opener-after-a-quote", "Rights sold", "The producer said: \"We are thrilled.\" Distributor Tessaro Films bought the rights.",
     "Distributor Tessaro Films", "Tessaro Films"),
    ("opener-inside-a-quote", "Cup tie", "\"Keeper Jonas Whitcombe saved us,\" the Orvik coach said after the draw.",
     "Keeper Jonas Whitcombe", "Jonas Whitcombe"),
    ("description-before-name", "Output cut", "Carmakers cut output, and rival Tessaro Motors closed its Orvik plant.",
     "rival Tessaro Motors", "Tessaro Motors"),
    ("place-based-before-name", "Merger talk", "Speculation suggests that Paris-based Tessaro has the facilities.",
     "Paris-based Tessaro", "Tessaro"),
    ("birthplace-before-name", "Prize for director", "The prize went to its director, Harlow-born Ana Ferro, on Monday.",
     "Harlow-born Ana Ferro", "Ana Ferro"),
    ("position-before-name", "Try scored", "The visitors led until scrum-half Jonas Whitcombe scored in Orvik.",
     "scrum-half Jonas Whitcombe", "Jonas Whitcombe"),
    ("bracket-cut-open", "Fine upheld", "The court upheld a fine of 50bn rupees($1.2bn) on the Orvik mill owners.",
     "rupees($1.2bn", "Orvik mill owners"),
    # where a story points, never what it is about
    ("web-address", "Figures out", "The Orvik port figures are at https://example.org/raw for all to read.",
     "https://example.org/raw", "Orvik port figures"),
    ("mail-address", "Complaints", "Complaints about the Orvik ferry go to desk@orvik-ferries.example.",
     "desk@orvik-ferries.example", "Orvik ferry"),
    # amounts and a figure's units (data/tag_figure_units.txt) are how much or how long, never a subject
    ("amount-with-currency-code", "Miner's profit", "Orvik Mining made a profit of A$35.1m, against HK$327m a year ago.",
     "A$35.1m", "Orvik Mining"),
    ("amount-opener", "New post", "Lena Dunmore took a £100,000-a-year job at the Orvik ferry board.",
     "£100,000-a-year job", "Orvik ferry board"),
    ("amount-range-opener", "Bank fined", "The regulator fined Orvik Bank 20-30bn rupiah over the loans.",
     "20-30bn rupiah", "Orvik Bank"),
    ("figure-duration-opener", "Striker signs", "Ana Ferro ended her 10-year absence from the Caskett Town side.",
     "10-year absence", "absence"),
    ("figure-count-opener", "Squad named", "Lena Dunmore named a 30-man squad and a 2,700-strong crowd cheered in Orvik.",
     "30-man squad", "squad"),
    ("figure-distance-kept", "Sprint final", "Ana Ferro won the 100-metre sprint in Orvik on Monday.",
     "figure-distance-kept", "100-metre sprint"),
    # a year dates, a measure sizes the words after it, unless they are an event the figure names
    # (data/tag_figure_events.txt, data/tag_measure_units.txt)
    ("year-dated-film", "Film restored", "The Orvik archive restored a 1946 film about the harbour strike.",
     "1946 film", "harbour strike"),
    ("year-dated-season", "Caskett hopes", "Caskett Town want a better 2025 season after a poor start in Orvik.",
     "2025 season", "Caskett Town"),
    ("year-dated-name", "Prize for Ferro", "Ana Ferro won the 2023 Golden Lion award at the Orvik festival.",
     "2023 Golden Lion award", "Golden Lion award"),
    ("measure-distance-shot", "Late winner", "Lena Dunmore scored with a 25-yard drive in the last minute at Orvik.",
     "25-yard drive", "Lena Dunmore"),
    ("measure-area", "Estate sold", "The Orvik family sold its 140,000-acre estate to a Harlow fund.",
     "140,000-acre estate", "Harlow fund"),
    ("measure-weight", "Jewels stolen", "Thieves took 24-carat sapphires from the Orvik museum.",
     "24-carat sapphires", "Orvik museum"),
    ("year-census-kept", "Census goes online", "Orvik will hold its 2031 census online, the council said.",
     "year-census-kept", "2031 census"),
    ("year-election-kept", "Vote count", "Lena Dunmore lost her seat at the 2001 general election in Orvik.",
     "year-election-kept", "2001 general election"),
    ("distance-race-kept", "Hurdles final", "Ana Ferro won the 400-metre hurdles in Orvik on Monday.",
     "distance-race-kept", "400-metre hurdles"),
    # a first name opening sentences is the name, not the common word, and alone no tag (data/tag_given_names.txt)
    ("first-name-not-lower-cased", "Drummer quits", "Robin said the band had run its course. Robin thanked the "
     "Orvik fans.", "robin", "Orvik fans"),
    ("first-name-alone", "Drummer quits", "Drew said the band had run its course. Drew thanked the Orvik fans.",
     "Drew", "Orvik fans"),
    ("first-name-in-full-kept", "Drummer quits", "Robin Marsh left the band. Robin thanked the Orvik fans.",
     "Robin", "Robin Marsh"),
    ("common-word-the-story-writes-kept", "Garden birds", "A robin nested in the Orvik garden. Robin numbers rose "
     "this year.", "common-word-the-story-writes-kept", "robin numbers"),
    # a prefix saying "former" is a word of its own (data/tag_former_prefixes.txt): the name after it is the name
    ("former-prefix-before-name", "Bank hires", "Ex-Tessaro boss Lena Dunmore joined Orvik Bank on Monday.",
     "Ex-Tessaro", "Tessaro"),
    ("former-prefix-before-body", "Leader speaks", "The ex-Orvik Council leader Ana Ferro spoke on Monday.",
     "ex-Orvik Council", "Orvik Council"),
    ("former-prefix-before-phrase", "Candidate named", "Ana Ferro, an ex-chat show host, will stand in Orvik.",
     "ex-chat show host", "chat show"),
    ("then-prefix", "Budget recalled", "The then-Chancellor Lena Dunmore cut the Orvik levy in 2001.",
     "then-Chancellor Lena Dunmore", "Lena Dunmore"),
    ("prefix-inside-a-word-kept", "Border food", "The Tex-Mex diner in Orvik closed on Monday.",
     "prefix-inside-a-word-kept", "Tex-Mex diner"),
    # a piece of an office: the words around a title word ("deputy", "vice") before the office's own title word
    ("office-piece", "Council row", "The plans were attacked by Labour deputy local government minister Ana Ferro.",
     "Labour deputy local government", "Ana Ferro"),
    ("office-piece-inner", "Council row", "The plans were attacked by Labour deputy local government minister Ana Ferro.",
     "deputy local government", "Ana Ferro"),
    ("office-piece-vice", "Minister quits", "The Orvik vice transport minister Ana Ferro quit on Monday.",
     "Orvik vice transport", "Ana Ferro"),
    ("office-described", "Housing row", "This is typical of Orvik hypocrisy, said Tory shadow local government "
     "secretary Lena Dunmore.", "Tory shadow", "Lena Dunmore"),
    ("office-described-longer", "Housing row", "This is typical of Orvik hypocrisy, said Tory shadow local government "
     "secretary Lena Dunmore.", "Tory shadow local government", "Orvik hypocrisy"),
    ("shadow-noun-kept", "Eclipse", "The moon cast a long shadow over the Orvik harbour.",
     "shadow-noun-kept", "long shadow"),
    # lower-case nouns before "and" describing a body's or an office's word with the nouns after it
    ("coordinated-modifier-body", "Agency row", "A report by the Commons work and pensions committee called for "
     "the Orvik agency to be wound up.", "Commons work", "pensions committee"),
    ("coordinated-modifier-company", "Court date", "Valmoran oil and gas company Orvik Petroleum is due in court.",
     "Valmoran oil", "Orvik Petroleum"),
    ("coordinated-modifier-office", "Pension plan", "Ana Ferro, Tory shadow work and pensions secretary, said the "
     "Orvik plan would fail.", "Tory shadow", "Orvik plan"),
    ("coordinated-modifier-name-kept", "Games unit", "The Orvik games and consoles division made a loss.",
     "coordinated-modifier-name-kept", "Orvik"),
    ("office-title-adjective-kept", "Talks", "The Orvik ferry talks were led by EU foreign policy chief Ana Ferro.",
     "office-title-adjective-kept", "EU foreign policy"),
    ("office-name-before-adjective-kept", "Coach named", "Caskett Town assistant coach Ana Ferro left for Orvik.",
     "office-name-before-adjective-kept", "Caskett Town"),
    ("office-body-kept", "Chairman quits", "The Orvik harbour board chairman Ana Ferro quit on Monday.",
     "office-body-kept", "Orvik harbour board"),
    # a preposition and a noun saying how or where (data/tag_adverb_phrases.txt)
    ("adverb-phrase-noun", "Reform lags", "Most Orvik councils have failed to put in place policies aimed at growth.",
     "place policies", "Orvik councils"),
    ("adverb-phrase-noun-at-risk", "School scheme", "The scheme helps at risk pupils in Orvik schools.",
     "risk pupils", "Orvik schools"),
    ("name-cut-after-particle", "Scanner built", "\"It is feasible,\" said Jurgen den Hartog, one of the Orvik "
     "researchers.", "Jurgen den", "Orvik researchers"),
    ("name-particle-inside-kept", "Striker signs", "The Orvik side signed Robin van Persie on Monday.",
     "name-particle-inside-kept", "Robin van Persie"),
    # words quoted in another language: an English story quoting them is not about them
    ("quote-in-german", "Dockers vow to stay", "Dockers at the Orvik container port chanted \"Wir bleiben hier\" as "
     "managers announced the move.", "Wir bleiben hier", "Orvik container port"),
    ("quote-in-german-common-word", "Dockers vow to stay", "The Orvik union banner read \"Tag für Tag, Jahr für Jahr\", "
     "a line from a song.", "Tag für", "Orvik union banner"),
    ("quote-in-french-foreign-words", "Drivers vow to stay", "\"Nous ne partirons pas\", said the Orvik bus drivers.",
     "partirons", "Orvik bus drivers"),
    ("quote-in-english-kept", "Agency row", "The Orvik report called scrapping the agency \"the nuclear option\".",
     "quote-in-english-kept", "nuclear option"),
    ("quoted-title-kept", "Film prize", "The French film \"Les Choristes\" won the Orvik audience prize.",
     "quoted-title-kept", "Les Choristes"),
    # the full stop of the sentence the tokenizer keeps on a capital and consonants ("Act.")
    ("sentence-stop-kept-on-act", "Rules eased", "Foreign firms may get extra time to comply with the Orvik Reform Act.",
     "Orvik Reform Act.", "Orvik Reform Act"),
]


@pytest.mark.parametrize(("title", "text", "forbidden", "remains"), [case[1:] for case in NEVER_CANDIDATES],
                         ids=[case[0] for case in NEVER_CANDIDATES])
def test_shape_never_becomes_a_candidate(title, text, forbidden, remains):
    displays = _candidate_displays(title, text)
    assert forbidden not in displays
    if remains is not None:
        assert remains in displays


# (id, title, text, phrase that must not be a candidate, a candidate that must remain) — a verb
# the lexicon reads as a noun or plural ends the noun phrase before it (tag_words._repair_tags)
VERB_FRAGMENTS = [
    ("name-s-verb-object", "Payments firm grows", "Vantor processes card and bank payments for small shops in Orvik.",
     "processes card", "bank payments"),
    # an aside about the name between commas: a participle or an appositive
    ("aside-participle-s-verb", "Payments deal", "Vantor, founded in Orvik in 2019, processes card and bank payments.",
     "processes card", "bank payments"),
    ("aside-appositive-s-verb", "Payments deal", "Vantor, the Orvik start-up, processes card payments for small shops.",
     "processes card", "card payments"),
    ("pronoun-s-verb", "Mill sold", "Harlan bought the mill last year. It processes grain from forty farms.",
     "processes grain", "farms"),
    ("relative-s-verb", "Mill sold", "The Orvik mill, which processes grain, was sold to Harlan Foods.",
     "processes grain", "Harlan Foods"),
    ("by-gerund", "Probe opened", "Regulators say Tessaro hurt rivals by steering buyers toward its own delivery vans.",
     "steering buyers", "delivery vans"),
    ("while-gerund", "Talks end", "The Orvik council cut bus routes while funding tram lines in the centre.",
     "funding tram lines", "tram lines"),
    ("plural-verb-object", "Levy row", "Critics fear the harbour levy will drive trawlers away from Orvik.",
     "critics fear", "harbour levy"),
    ("plural-verb-to", "Pay talks", "Both unions hope to settle the dock pay dispute before March.",
     "unions hope", "unions"),
    ("plural-verb-adjective", "Lenders in trouble", "Orvik's lenders face hard times after the harbour closed.",
     "lenders face", "lenders"),
    ("plural-verb-number", "Market report", "Investors saw Tessaro shares rise 12% on Monday after the results.",
     "shares rise", "Tessaro shares"),
    ("reporting-clause", "Rents up", "Rents in Orvik rose for a third month in May, official statistics show.",
     "statistics show", "Orvik"),
    ("headline-plural-verb", "Ticket sales fall at Orvik theatres", "Ticket sales at Orvik theatres dropped by a fifth.",
     "sales fall", "ticket sales"),
    ("hyphenated-plural-verb", "Inbox study", "The e-mails show that the scam came from a server in Orvik.",
     "e-mails show", "scam"),
    ("auxiliary-after-adjective", "Band tour", "The Orvik public are flocking to see the Harlan Quartet this summer.",
     "public are", "Harlan Quartet"),
    # a plural name after "the" with a well-known verb and "to" or an object after it
    # a singular name with a well-known verb and an object or "to" after it
    ("name-verb-object", "Cup draw", "Dunmore face a long trip to Caskett Town in the next round.",
     "Dunmore face", "Dunmore"),
    ("name-verb-to", "Title race", "Lena Marsh hope to retain the Orvik title in June.", "Lena Marsh hope", "Lena Marsh"),
    ("the-name-plural-verb-to", "Derby preview", "The Rovers travel to Harlow Park on Saturday with Dunmore ahead.",
     "Rovers travel", "Harlow Park"),
    # a quote between the verb and what makes it one
    ("plural-verb-quoted-object", "Burglary law", 'Orvik farmers use "reasonable force" against intruders, police say.',
     "farmers use", "reasonable force"),
    # a plural subject after a clause opener (data/tag_clause_openers.txt), verbs the lexicon knows weakly
    ("let-object-verb-prep", "Ticket row", "Veltra refuses to let rival booking apps work with its ticket site.",
     "booking apps work", "ticket site"),
    ("help-object-verb-name", "Grant for Orvik club", "The grant will help its members use Ubuntu on old laptops.",
     "members use", "Ubuntu"),
    ("see-object-unknown-verb", "Trade summit", "The summit will see trade delegations decamp from Orvik to Harlow for a week.",
     "trade delegations decamp", "trade delegations"),
    ("how-clause-verb-and", "Zoo cameras", "Keepers filmed how baby otters feed and shared the footage online.",
     "baby otters feed", "footage"),
    ("as-clause-verb-comparative", "Car sales", "As electric cars move closer to the mass market, Orvik dealers are hiring.",
     "electric cars move", "mass market"),
    ("which-clause-verb-modal", "Library vote", "Councillors backed a plan which residents claim would close the Orvik library.",
     "residents claim", "Orvik library"),
    # a reporting clause after a comma whose noun phrase opens with a cut word ("newspaper"), a subject before a dash
    ("reporting-clause-cut-noun", "Takeover talk", "Halvex will bid for Vellacor next week, newspaper reports claim.",
     "reports claim", "Vellacor"),
    ("noun-read-verb-before-adjective", "Call curbs", "The council voted to ban unsolicited marketing in Orvik.",
     "ban unsolicited marketing", "unsolicited marketing"),
    ("sentence-subject-dash", "Fare rise", "Commuters' protests spread - some blocked Orvik roads, others marched.",
     "protests spread", "Orvik roads"),
]

# noun phrases of the same words that must survive the verb rules
NOUN_PHRASES_KEPT = [
    ("plural-compound-before-verb", "Levy plan", "The sales tax rise will hit Orvik shoppers in June.", "sales tax rise"),
    ("name-plural-noun-verb", "Tessaro shares rise", "Tessaro shares rise as the Orvik plant reopens.", "Tessaro shares"),
    ("for-gerund-noun", "Farm loans", "Orvik banks lend money for farming equipment to young growers.", "farming equipment"),
    ("noun-after-adjective", "Eclipse watch", "Crowds gathered in Orvik for a total eclipse on Monday.", "total eclipse"),
    ("plural-noun-at-sentence-end", "Ban upheld", "The rider was banned after an admission of steroids use.", "steroids use"),
    ("clause-opener-finite-verb", "Clinics stretched", "As steroids use rises in Orvik gyms, clinics are stretched.",
     "steroids use"),
    ("name-plural-noun-after-ordinal", "Host named", "It was her first Brannies show as host of the night.", "Brannies show"),
    ("name-noun-before-preposition", "Fans", "The Dunmore support in Orvik was loud.", "Dunmore support"),
    ("the-name-plural-noun-verb", "Rail study", "The Fabians report looked at rail fares in Orvik.", "Fabians report"),
    ("list-after-name-comma", "Orvik exports", "Orvik, Harlow and Dunmore ship grain, exports machinery and wool.",
     "machinery"),
    ("such-as-plural-compound", "Orvik summit", "Ministers discussed issues such as arms control and fishing quotas.",
     "arms control"),
]


@pytest.mark.parametrize(("title", "text", "forbidden", "remains"), [case[1:] for case in VERB_FRAGMENTS],
                         ids=[case[0] for case in VERB_FRAGMENTS])
def test_a_verb_read_as_a_noun_ends_the_phrase(title, text, forbidden, remains):
    displays = {display.lower() for display in _candidate_displays(title, text)}
    assert forbidden.lower() not in displays
    assert remains.lower() in displays


@pytest.mark.parametrize(("title", "text", "kept"), [case[1:] for case in NOUN_PHRASES_KEPT],
                         ids=[case[0] for case in NOUN_PHRASES_KEPT])
def test_noun_phrases_survive_the_verb_rules(title, text, kept):
    assert kept.lower() in {display.lower() for display in _candidate_displays(title, text)}


def test_all_caps_subhead_is_recased_from_the_body():
    text = ("Dunmore Rovers beat Caskett Town 3-1 on Saturday. Dunmore Rovers now lead the league.\n\n"
            "CASKETT FADE LATE\n\nCaskett Town tired after the break and Dunmore Rovers scored twice.")
    displays = _candidate_displays("Rovers win", text)
    assert not any(word.isupper() and len(word) > 4 for display in displays for word in display.split())
    assert "Caskett Town" in displays


def test_capitalised_ordinal_inside_a_sentence_still_opens_a_name():
    displays = _candidate_displays("Museum opens", "The museum on the Second World War opened in Orvik on Monday.")
    assert "Second World War" in displays


@pytest.mark.parametrize(
    ("display", "kept"),
    [("Department", False), ("Councils", False), ("Committee", False), ("Parliament", True), ("Orvik", True),
     ("coalition", True)],
    ids=["body-word", "plural-body-word", "another-body-word", "an-institution-of-its-own", "a-name", "lower-case"],
)
def test_a_lone_body_word_is_not_presentable(display, kept):
    candidate = Candidate(key=display.lower(), display=display, words=1, count=3, maximal=3, first=0.1,
                          in_title=False, in_lead=True, proper=True)
    assert bool(presentable([candidate], {})) is kept


@pytest.mark.parametrize(
    ("display", "in_title", "kept"),
    [("details", False, False), ("officials", False, False), ("tornado", False, True), ("crash", True, True),
     # British spellings are judged by the commoner spelling: wordfreq counts mostly American English
     ("organisation", False, False), ("behaviour", False, False), ("programmes", False, False),
     ("anaesthetist", False, True),
     # a hyphenated word is one word of the display, however many its key has
     ("line-up", False, False), ("build-up", False, False), ("match-fixing", False, True), ("e-mails", False, True)],
    ids=["common-word", "common-plural", "rare-subject-word", "headline-word", "british-isation", "british-our",
         "british-amme-plural", "british-rare-word", "hyphenated-common", "hyphenated-common-2",
         "hyphenated-subject", "hyphenated-rare-plural"],
)
def test_a_lone_common_word_is_not_presentable(display, in_title, kept):
    candidate = Candidate(key=display.replace("-", " "), display=display, words=len(display.split("-")), count=3,
                          maximal=3, first=0.1, in_title=in_title, in_lead=True, proper=False)
    assert bool(presentable([candidate], {})) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Officials gave details of the Marrow Dam repairs. More details will follow, officials said. "
        "The Marrow Dam repairs will take a year, and details of the cost were not given.",
    ],
    ids=["details-officials"],
)
def test_lone_common_words_never_become_tags_end_to_end(text):
    tags = {tag.lower() for tag in _tags("Dam repairs", text)}
    assert not tags & {"details", "officials"}
    assert any("dam" in tag for tag in tags)


def test_a_description_folds_into_the_name_it_leads_into():
    text = ("Halvex agreed to buy the biotech start-up Vellacor for $900m. Vellacor makes enzyme kits. "
            "Halvex said Vellacor would keep its lab. Vellacor staff welcomed the deal.")
    tags = _tags("Halvex buys biotech start-up Vellacor", text)
    assert "Vellacor" in tags
    assert not any(tag.endswith("Vellacor") and tag != "Vellacor" for tag in tags)


def _phrase(display: str) -> Candidate:
    return Candidate(key=display.lower(), display=display, words=len(display.split()), count=2, maximal=2, first=0.2,
                     in_title=False, in_lead=True, proper=display[:1].isupper())


# (id, phrase, may it be a tag) — the generic-head and reporting-word rules of tag_shape
GENERIC_SHAPES = [
    ("demonym-company", "Danish company", False),
    ("demonym-plural-firms", "Estonian firms", False),
    ("invented-demonym-version", "Korvathian version", False),
    ("place-name-side", "Dunmore side", False),
    ("lower-case-demonym-musician", "peruvian musician", False),
    ("hyphenated-name-carmaker", "Franco-Italian carmaker", False),
    ("two-generic-words", "woman sprinter", False),
    ("reporting-words-only", "press briefing", False),
    ("reporting-plural", "news bulletins", False),
    ("name-reporting-generic", "Tellus News website", False),
    ("describing-word-company", "oil company", True),
    ("demonym-describing-head", "Danish oil company", True),
    ("event-named-by-place", "Orvik conference", True),
    ("reporting-plus-subject", "press freedom", True),
    ("sport-not-athlete", "Estonian athletics", True),
    ("common-word-opener", "Gaming companies", True),
    ("capitalised-head", "Danish Football Union", True),
    ("rank-between", "Spanish fifth seed", False),
    ("weak-word-between", "Estonian top seed", False),
    ("kind-of-company", "Swiss drugmaker", False),
    ("kind-of-company-plural", "Danish brewers", False),
    ("kind-of-company-described", "Swiss vaccine maker", True),
]


# (id, phrase, may it be a tag) — a noun every place has after words that only say which place
# (data/tag_place_nouns.txt, data/tag_region_adjectives.txt)
PLACE_NOUN_SHAPES = [
    ("nationality-trade", "Danish oil", False),
    ("nationality-government", "Danish government", False),
    ("nationality-plural-head", "Estonian authorities", False),
    ("pan-region-market", "Pan-European stock", False),
    ("pan-region-lower-case-prefix", "pan-European bourse", False),
    ("region-markets", "Asian markets", False),
    ("country-short-name", "UK economy", False),
    ("country-name", "Norway shares", False),
    ("state-name", "California economy", False),
    ("state-name-a-common-word-kept", "Central government", True),
    ("two-places", "Anglo-Dutch oil", True),  # no table word: a company's description ("Anglo-Dutch oil giant")
    ("describing-word-kept", "Danish crude oil", True),
    ("place-subject-kept", "Scottish football", True),
    ("place-event-kept", "Asian tsunami", True),
    ("capitalised-head-kept", "Cornwall Market", True),
    ("lower-case-region-kept", "western economy", True),
]


@pytest.mark.parametrize(("display", "kept"), [case[1:] for case in PLACE_NOUN_SHAPES],
                         ids=[case[0] for case in PLACE_NOUN_SHAPES])
def test_a_noun_every_place_has_after_its_place(display, kept):
    assert bool(presentable([_phrase(display)], {})) is kept


def test_a_place_noun_never_becomes_a_tag_end_to_end():
    text = ("Estonian oil prices fell in May, and the Estonian government blamed the strike at the Orvik refinery. "
            "Estonian oil is cheap this summer, the Estonian government said. The Orvik refinery reopens in June.")
    tags = _tags("Orvik refinery strike", text)
    assert "Estonian oil" not in tags and "Estonian government" not in tags
    assert "Orvik refinery" in tags


@pytest.mark.parametrize(("display", "kept"), [case[1:] for case in GENERIC_SHAPES], ids=[case[0] for case in GENERIC_SHAPES])
def test_generic_heads_and_reporting_words(display, kept):
    assert bool(presentable([_phrase(display)], {})) is kept


def test_a_generic_description_never_becomes_a_tag_end_to_end():
    text = ("Veltra Shipping will close its Orvik yard, the Danish company said at a news conference on Monday. "
            "The Danish company blamed falling freight rates. Veltra Shipping employs 900 people at the Orvik yard. "
            "Union leaders at the Orvik yard said the Danish company had broken a promise.")
    tags = _tags("Veltra to close Orvik yard", text)
    assert "Danish company" not in tags and "news conference" not in tags
    assert "Veltra Shipping" in tags


# (id, title, text, the name across "of" (or "for") that must be one candidate, a part of it that must not be one)
NAMES_ACROSS_OF = [
    ("institution", "Levy vote", "The House of Lords rejected the Orvik levy on Tuesday.", "House of Lords", "House"),
    ("two-word-head", "Lender fined", "The Federal Bank of Orvik was fined for late reports.", "Federal Bank of Orvik", "Federal Bank"),
    ("with-the", "Film record", "The Garden of the Kestrels sold out in Orvik cinemas.", "Garden of the Kestrels", "Kestrels"),
    ("tail-cut-at-lower-case", "Rates held", "The Bank of Orvik governor kept rates at 4%.", "Bank of Orvik", "Orvik governor"),
    ("adjective-head-title-tail", "Ruling due", "The case went to the European Court of Justice in Orvik.",
     "European Court of Justice", "European Court"),
    # a body set up for a purpose runs across "for" (data/tag_body_words.txt)
    ("body-for", "Prices rise", "The Office for Harbour Statistics said Orvik prices rose.", "Office for Harbour Statistics",
     "Harbour Statistics"),
    # "and" after one word, when the name goes on to a body's word
    ("body-and", "Fine set", "The Ports and Ferries Commission fined Orvik Lines on Monday.",
     "Ports and Ferries Commission", "Ferries Commission"),
    ("campaign-for", "Rail rally", "Anna Berg of the Campaign for Orvik Rail led the march.", "Campaign for Orvik Rail",
     "Orvik Rail"),
    # a name across "of" or "for" ends before "and" when another name of two words or more follows it
    ("for-and-another-body", "Plan agreed", "The Ministry for Fisheries and Orvik Council agreed the plan.",
     "Ministry for Fisheries", "Fisheries"),
    ("of-and-another-name", "Rates held", "The Bank of Orvik and Harlow Lines agreed the loan.", "Bank of Orvik", "Bank"),
]

# (id, title, text, a phrase that must not be joined, the parts that stay candidates)
NOT_NAMES_ACROSS_OF = [
    ("person-and-club", "Derby win", "Harlow beat Orvik. Kessler of Dunmore scored twice.", "Kessler of Dunmore", {"Kessler", "Dunmore"}),
    ("full-name-and-party", "Vote won", "Harlow voters backed Lena Brown of Labour in Orvik.", "Lena Brown of Labour",
     {"Lena Brown", "Labour"}),
    ("honorific", "Presenter quits", "Viewers praised Mr Castell of Orvik Radio for his show.", "Castell of Orvik Radio",
     {"Castell", "Orvik Radio"}),
    ("office", "Budget day", "The Chancellor of the Exchequer spoke in Orvik.", "Chancellor of the Exchequer", {"Exchequer"}),
    ("and-between-places", "Pact signed", "Harlow and Orvik Council leaders signed the pact.", "Harlow and Orvik Council",
     {"Harlow", "Orvik Council"}),
    ("and-before-no-body", "Gig review", "The Rolling and Tumbling Stones played the Harbour Hall.",
     "Rolling and Tumbling Stones", {"Tumbling Stones"}),
    ("award-for-person", "Awards night", "The Oscar for Lena Brown surprised Orvik.", "Oscar for Lena Brown",
     {"Oscar", "Lena Brown"}),
    ("club-for-country", "Cap won", "Harlow Rangers for Orvik is no name of a club.", "Harlow Rangers for Orvik",
     {"Harlow Rangers", "Orvik"}),
    ("and-after-a-names-tail", "Plan agreed", "The Ministry for Fisheries and Orvik Council agreed the plan.",
     "Fisheries and Orvik Council", {"Orvik Council"}),
]


@pytest.mark.parametrize(("title", "text", "name", "part"), [case[1:] for case in NAMES_ACROSS_OF],
                         ids=[case[0] for case in NAMES_ACROSS_OF])
def test_a_name_across_of_is_one_candidate(title, text, name, part):
    displays = _candidate_displays(title, text)
    assert name in displays
    assert part not in displays


@pytest.mark.parametrize(("title", "text", "joined", "parts"), [case[1:] for case in NOT_NAMES_ACROSS_OF],
                         ids=[case[0] for case in NOT_NAMES_ACROSS_OF])
def test_people_and_offices_are_not_joined_across_of(title, text, joined, parts):
    displays = _candidate_displays(title, text)
    assert joined not in displays
    assert parts <= displays


def test_a_name_across_of_becomes_one_tag_end_to_end():
    text = ("The House of Commons voted on the Orvik harbour bill on Tuesday. "
            "Members of the House of Commons were split, and the House of Commons will vote again in May.")
    tags = _tags("Harbour bill vote", text)
    assert "House of Commons" in tags
    assert not {"House", "Commons"} & set(tags)


def test_a_title_before_an_adjective_is_no_verb():
    displays = _candidate_displays("Deal signed", "It was signed by Valmoran deputy prime minister Ana Lisse in Orvik.")
    assert not any(display.endswith("deputy") for display in displays)
    assert "Ana Lisse" in displays


def test_a_name_with_a_particle_is_still_a_name():
    assert "van Doorne" in _candidate_displays("Striker signs", "The fee for van Doorne was a record. Orvik signed van Doorne.")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Fans of the Six Nations cheered in Orvik as the Six Nations began.", "Six Nations"),
     ("Orvik lost to St Helens, and St Helens went top.", "St Helens"),
     ("The film Silver Harbour Baby won in Orvik; Silver Harbour Baby was made in Harlow.", "Silver Harbour Baby")],
    ids=["number-word", "saint", "capitalised-common-noun"],
)
def test_a_name_is_not_cut_at_a_number_word_a_saint_or_a_common_noun(text, name):
    assert name in _candidate_displays("Orvik", text)


def test_an_acronym_and_its_name_are_one_tag():
    text = ("Veltra made an offer for the Orvik Stock Exchange on Monday. The OSE board rejected it, "
            "and OSE shares rose. The OSE said it would talk to other bidders.")
    tags = _tags("OSE rejects Veltra", text)
    assert "Orvik Stock Exchange" in tags
    assert "OSE" not in tags


# (id, title, text, phrase that must not be a candidate, the name that must be one) — a common word that opens a
# sentence is capitalised there, not part of the name after it
SENTENCE_OPENERS_BEFORE_NAMES = [
    ("noun-before-company", "Film deal", "Distributor Veltrane will release the film in Orvik. The film opens in May.",
     "Distributor Veltrane", "Veltrane"),
    ("noun-before-person", "Cup win", "Keeper Tomas Rybnik made three saves as Dunmore beat Caskett Town.",
     "Keeper Tomas Rybnik", "Tomas Rybnik"),
    ("plural-noun-before-person", "Orvik marathon",
     "Compatriots Ana Lisse and Mira Kolb finished second and third in Orvik.", "Compatriots Ana Lisse", "Ana Lisse"),
    ("adjective-before-place", "Coach named", "Former Dunmore coach Jonas Whitcombe will take over at Caskett Town.",
     "Former Dunmore", "Dunmore"),
    ("hyphenated-noun-before-company", "Plant closes", "Car-maker Tessaro will close its Orvik plant in June.",
     "Car-maker Tessaro", "Tessaro"),
    ("hyphenated-adjective-before-company", "Oil sale", "State-owned Kalvex sold its Orvik refinery to Halvard Energy.",
     "State-owned Kalvex", "Kalvex"),
    ("agent-noun-the-lexicon-lacks", "Bypass fight",  # "campaign" + "er": the lexicon has the word, not the agent
     "Campaigner Jonas Whitcombe gathered 4,000 names against the Orvik bypass.", "Campaigner Jonas Whitcombe",
     "Jonas Whitcombe"),
]

# (id, title, text, a name that opens a sentence with a word that is a common word elsewhere)
NAMES_OPENING_A_SENTENCE = [
    ("lexicon-name-word", "Flights cut", "New York flights to Orvik were cut on Monday.", "New York"),
    ("party", "Vote", "Green Party candidates in Orvik backed the levy.", "Green Party"),
    ("company", "Plant sold", "Sun Microsystems sold its Orvik plant.", "Sun Microsystems"),
    ("name-of-common-nouns", "Show opens", "Kitchen Table Theatre opened its Orvik show on Friday.", "Kitchen Table Theatre"),
    ("capitalised-in-the-body", "Derby", "Real Orvik won 2-0. Fans of Real Orvik sang until late.", "Real Orvik"),
    ("demonym", "Fares", "British Airways cut fares to Orvik on Monday.", "British Airways"),
    ("common-noun-first-name", "Jump title", "Jade Kessler won the Orvik long jump title.", "Jade Kessler"),
    ("agent-shaped-first-name", "Jump title", "Parker Kessler won the Orvik long jump title.", "Parker Kessler"),
]


@pytest.mark.parametrize(("title", "text", "forbidden", "name"), [case[1:] for case in SENTENCE_OPENERS_BEFORE_NAMES],
                         ids=[case[0] for case in SENTENCE_OPENERS_BEFORE_NAMES])
def test_a_sentence_opener_is_not_part_of_the_name_after_it(title, text, forbidden, name):
    displays = _candidate_displays(title, text)
    assert forbidden not in displays
    assert name in displays


@pytest.mark.parametrize(("title", "text", "name"), [case[1:] for case in NAMES_OPENING_A_SENTENCE],
                         ids=[case[0] for case in NAMES_OPENING_A_SENTENCE])
def test_a_name_opening_a_sentence_keeps_its_first_word(title, text, name):
    assert name in _candidate_displays(title, text)


# A line-up is a list of players, no sentence: the players only it names are none of the story's subjects
MATCH_REPORT = (
    "Harlow Town beat Orvik Rovers 2-1 on Saturday to reach the Coastal Cup final. Jonas Berg scored twice for "
    "Harlow Town after Orvik Rovers led through Kofi Mensah.\n\n"
    "\"Jonas Berg was everywhere,\" said Harlow Town coach Ana Holt. Berg has now scored nine goals in the Coastal Cup.\n\n"
    "Harlow Town: T Ansah; P Kerr, L Dunne (capt), M Voss, D Quill; Berg, R Sallis, K Tarrow (Ibbot 78); "
    "N Weller, S Okafor, B Lund.\n\n"
    "Orvik Rovers: Dalby, Pruitt, Nkemelu, Fairbourne, Gosling, Mensah, Treadwell (Yeardley 60), Aspinall, "
    "Corrigan, Whitfield, Lavelle.\n\n"
    "Subs: Imrie, Jessop, Kettle."
)


@pytest.mark.parametrize(
    ("paragraph", "sheet"),
    [
        ("T Ansah; P Kerr, L Dunne (capt), M Voss, D Quill; R Sallis, K Tarrow (Ibbot 78); N Weller, S Okafor, B Lund.", True),
        ("Dalby, Pruitt, Nkemelu, Fairbourne, Gosling, Mensah, Treadwell (Yeardley 60), Aspinall, Corrigan.", True),
        ("R de Vries, CA del Rio, S Lamb, J Orr, P Vance, T Wynn, K Lo Bello.", True),
        ("The nominees are Ana Holt, Lena Varga, Kofi Mensah and Jonas Berg.", False),
        ("Best film: The Harbour Line, Orvik Nights, Silver Harbour Baby, A Long Tide, Dunmore.", False),
        ("Harlow, Orvik, Dunmore and Caskett all voted for the levy, the council said on Monday.", False),
        ("The pact was signed by Harlow, Orvik, Dunmore, Caskett, Brill, Lowmoor, Fenby, Aldwick, Tarrow, Wenmouth and "
         "Quill.", False),
        ("Norveld, Brakka, Teslin, Corvane, Alvoro, Siemtek, Airvane, Philmont, Univo, Nestra and Shellco all cut jobs.",
         False),
        ("Dalby, Pruitt, Nkemelu, Fairbourne, Gosling, Mensah, Treadwell (Yeardley 60), Lind for Holt, Corrigan.", True),
        ("Flood warnings: Cumbria, Lancashire, Durham, Northumberland, Devon, Cornwall, Somerset, Dorset.", False),
        ("Members: France, Germany, Italy, Spain, Portugal, Greece, Austria, Belgium.", False),
    ],
    ids=["initials", "surnames", "particles", "sentence-of-names", "nominees", "towns-in-a-sentence",
         "a-sentence-naming-eleven-places", "eleven-companies-and-a-verb", "a-substitution-written-out",
         "a-list-of-counties", "a-list-of-countries"],
)
def test_a_team_sheet_is_a_list_of_players(paragraph, sheet):
    from newsarchive.tag_text import is_team_sheet

    assert is_team_sheet(paragraph) is sheet


def test_players_only_a_team_sheet_names_never_become_candidates():
    displays = _candidate_displays("Berg sends Harlow Town to the final", MATCH_REPORT)
    assert {"Jonas Berg", "Harlow Town", "Orvik Rovers", "Kofi Mensah"} <= displays
    assert not {"T Ansah", "P Kerr", "N Weller", "Dalby", "Whitfield", "Lavelle", "Treadwell"} & displays
