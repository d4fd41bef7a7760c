"""Boilerplate families: the one table of line patterns the cleaner applies.

Each ``Family`` names one kind of boilerplate (the name is reported in
``removed``), gives an anchored whole-line regular expression, the zone of the
article where it may match, and the longest line (in words) it may take. Rules
are anchored on purpose: substring rules delete real prose ("By most accounts,
...", a sentence about a copyright lawsuit). Families recognise SHAPES (a marker
followed by a headline, a date-only line, a run of network names), not strings.

Besides the table, this module holds the shape tests the cleaner uses for
context rules: a headline-shaped line (recirculation blocks, a repeated headline
at the top) and a prose line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .dates import HEBREW_IN, OTHER_MONTH_NAMES
from .lazy_pattern import LazyPattern
from .literal_gate import LazyGate


class Zone(str, Enum):
    """Where in the article a family may match."""

    ANYWHERE = "anywhere"
    HEAD = "head"  # first lines after the headline (bylines, timestamps)
    TAIL = "tail"  # last lines (trailers, bios, markers)
    LATTER = "latter"  # the last two thirds of the body, after its first lines (where a press release's notes may start)
    LAST_LINE = "last_line"


class Effect(str, Enum):
    """What a match does besides dropping the line."""

    DROP = "drop"
    OPEN_BLOCK = "open_block"  # also drop the run of headline-shaped lines after it
    TRUNCATE = "truncate"  # also flag the article as truncated (paywall)
    OPTIONAL = "optional"  # dropped only when CleanConfig.remove_agency_credits is on
    LEADING = "leading"  # only the first kept body line, when prose follows it
    CLOSES_STORY = "closes_story"  # the story ends above it: every line after it goes too (a press release's notes)


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    pattern: LazyPattern  # (compiled when a line first reaches it)
    zone: Zone = Zone.ANYWHERE
    max_words: int = 40
    effect: Effect = Effect.DROP
    spares: LazyPattern | None = None  # lines of the story that carry the family's wording
    # ``pattern`` in two parts that match the same lines faster (see ``split_scans``), or None
    split: tuple[LazyPattern, LazyPattern] | None = None

    def matches(self, line: str) -> bool:
        if self.split is None:
            found = self.pattern.match(line) is not None
        else:
            anchored, contained = self.split
            found = anchored.match(line) is not None or contained.search(line) is not None
        return found and (self.spares is None or self.spares.search(line) is None)


def _family(name: str, regex: str, zone: Zone = Zone.ANYWHERE, max_words: int = 40,
            effect: Effect = Effect.DROP, spares: str | None = None) -> Family:
    parts = split_scans(regex)
    return Family(name, LazyPattern(regex, re.IGNORECASE), zone, max_words, effect,
                  LazyPattern(spares, re.IGNORECASE) if spares else None,
                  parts and (LazyPattern(parts[0], re.IGNORECASE), LazyPattern(parts[1], re.IGNORECASE)))


def split_scans(regex: str) -> tuple[str, str] | None:
    """``regex`` as (anchored rest, searched phrases) when its main alternation holds whole-line scans.

    A family's alternative ``.*\\bX\\b.*`` takes any line that contains X; matched from the line's start, each such
    alternative walks the whole line back and forth, one after the other. Searched for together as
    ``\\bX\\b|\\bY\\b``, the same lines are found in one pass. This holds only when what surrounds the alternation
    can match nothing (an optional lead, an optional ending); otherwise None, and the regex is used whole.
    """
    group = _main_alternation(regex)
    if group is None:
        return None
    start, end, alternatives = group
    is_scan = [len(alt) > 4 and alt.startswith(".*") and alt.endswith(".*") and not alt.endswith("\\.*")
               for alt in alternatives]
    before, after = regex[:start], regex[end + 1:]
    if not any(is_scan) or after[:1] in ("*", "+", "?", "{") or not _matches_nothing(before) or not _matches_nothing(after):
        return None
    rest = [alt for alt, scan in zip(alternatives, is_scan) if not scan]
    scans = [alt[2:-2] for alt, scan in zip(alternatives, is_scan) if scan]
    return f"{before}(?:{'|'.join(rest)}){after}", "|".join(scans)


def _matches_nothing(part: str) -> bool:
    try:
        return re.fullmatch(part, "") is not None
    except re.error:
        return False


def _main_alternation(regex: str) -> tuple[int, int, list[str]] | None:
    """The top-level ``(?:…|…)`` group with the most alternatives: its start, its end, its alternatives."""
    best, depth, index, start, branch, spans = None, 0, 0, -1, None, []
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(regex, index)
        elif char == "(":
            depth += 1
            if depth == 1:
                start, spans = index, []
                branch = index + 3 if regex.startswith("(?:", index) else None
        elif char == ")":
            if depth == 1 and branch is not None:
                spans.append((branch, index))
                if best is None or len(spans) > len(best[2]):
                    best = (start, index, spans)
            depth -= 1
        elif char == "|" and depth == 1 and branch is not None:
            spans.append((branch, index))
            branch = index + 1
        index += 1
    return best and (best[0], best[1], [regex[a:b] for a, b in best[2]])


def _class_end(regex: str, index: int) -> int:
    """The index of the ``]`` that closes the character class opening at ``index``."""
    index += 1
    if regex[index:index + 1] == "^":
        index += 1
    if regex[index:index + 1] == "]":
        index += 1
    while regex[index] != "]":
        index += 2 if regex[index] == "\\" else 1
    return index


# Building blocks of the patterns (plain strings, composed into the table below).
_PICTOGRAPH = ("\u2190-\u21ff\u24b6-\u24ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff\U0001f300-\U0001faff"
               "\U0001f1e6-\U0001f1ff\ufe0f")  # arrows, emoji, flags (pairs of regional indicators: "🇮🇸")
_LEAD = rf"^(?:[\s•*·▪►▸▶➤→⇒☞✔◆■●>»\-–—|{_PICTOGRAPH}]|\+(?=\s))*"  # optional bullet, arrow or emoji before a marker
# A line that reports what someone said, found or was told is a sentence of the story, whatever
# call to action it quotes ("Register to vote by midnight, the commission urged").
_REPORTED = (r"\b(?:said|says|say(?<!\byour say)|told|urged|urges|warned|found that|according to|reported|joked|added|explained|wrote|insisted|"
             r"claimed|admitted|noted|recalled|advises|advised|argues|argued|suggests|suggested|begs?|begged)\b|\breading:|\bask(?:s|ed)? (?:\w+ )?whether\b|"
             # "..., the old joke goes"; "Watch the video again and you will see ..." (an argument, not a call to action)
             r"\bthe (?:old )?(?:joke|saying|line|slogan) goes\b|\band (?:you|nothing|no one|everything)(?:'ll| will)\b|"
             r"[\"“][^\"”]*\b(?:click|tap|download|subscribe|sign up|register|listen|cookies)\b")
# A sentence that ends by saying who reports it (", the claim alleges."): a caption never does.
_REPORTED_END = (r",\s+(?:[\w'’\-]+ ){1,4}(?:said|says|alleges|alleged|claims|claimed|argues|argued|insists|insisted|"
                 r"added|adds|wrote|writes|reports|reported|joked|jokes|quipped|noted|notes|explained|admitted)\.?[\"”]?$")
# What others can do, told about them and not asked of the reader, who is not addressed in it ("Readers
# can sign up for the newsletter on the Courier's website"; "Readers can sign up to our newsletter here" asks).
_OTHERS_CAN = (r"^(?!.*\b(?:our|us|we|you|your|here|below|above|today|now)\b)(?:the |local |many )?(?:readers|subscribers|"
               r"residents|users|customers|members|listeners|viewers|fans|voters|parents|patients|people|anyone|those)\b"
               r"[^.]{0,40}?\b(?:can|could|will|would|may|must|should)\b")
# The verbs a call to action opens with, after a teaser ("Short on time? Get the briefing"): only
# these are looked for after a teaser, so a sentence with commas is not tried clause by clause.
_CALL_VERB = (r"(?:click|tap|press|sign|subscribe|register|get|download|install|listen|watch|follow|join|support|"
              r"supporting|become|try|start|receive|catch|hear|stream|enjoy|read|turn|enable|please|consider|like|"
              r"share|find|visit|head|go|have|never|stay|don'?t|by)\b")
_END = rf"[\s.:…!|»>\-–—×{_PICTOGRAPH}]*$"  # optional trailing punctuation (or an arrow, an emoji) after a fixed phrase
_TIME_ZONE = r"(?:local|uk|gmt|bst|utc|et|edt|est|eastern|pacific|pt|pdt|pst|cet|cest|aest|aedt)"  # a live page's "all times ..."
# A cross-link's marker, and what separates it from the other article's headline (which starts
# with a capital, a digit or a quote: "More: the council also approved..." is a sentence).
_CROSS_LINK_MARKER = (
    r"(?:read (?:also|more|next|this|the latest|(?:the )?full (?:story|article|report|review|piece|post|interview|column)|our (?:full )?(?:coverage|story|report|analysis))|"
    r"full (?:story|report|coverage)|also in (?:the |today's )?(?-i:[A-Z])[^:]{1,40}|"
    r"read more (?:at|about|on|from)(?: [^:|>»]{1,40})?|read|also read|also see|see also|see more|further reading|more|"
    r"more (?:[\w'’\-]+ ){0,2}(?:news|stories|coverage|headlines)|more on (?:this|that)(?: story| topic)?|related|"
    r"(?:also )?check out|also (?:watch|listen)|(?:go|dig) deeper|(?:further|more|full) coverage|more (?-i:[A-Z]{2,}(?: [A-Z]{2,}){0,2})|"
    r"keep reading|continue reading|get caught up|learn more|follow (?:(?:the )?live )?updates(?: here)?|icymi|shop the story|up next|compare|match report|from the archives?|top story|in case you missed it|"
    r"most (?:viewed|read|shared|popular)(?: today| now| this week)?|background reading|related topic(?!s)|jump to|linked (?:story|article)|"
    r"earlier (?:this week|today|this month)|popular now|elsewhere in (?:the )?(?:region|county|city|area|state|province)|"
    r"previously|catch up|you (?:may|might) have missed|in depth|in-depth|elsewhere on (?:the|this|our) (?:site|website|network)|also from (?:the |our )?(?:[\w'’]+ )?(?:newsroom|newsdesk|news desk|desk|team|network|archives?|site|magazine|section)|(?!the )(?:[\w'’\-]+ ){1,3}latest|(?:suggested|recommended|picked|selected) for you|more for you|"
    r"related (?:story|stories|article|articles|content|coverage|link|links|reading|news|videos?|podcasts?|reports?)|"
    r"more (?:sport|business|politics|entertainment|tech|technology|health|science|world news|football|cricket|rugby|tennis|golf)|"
    r"don'?t miss(?: it| this| out)?|must read|recommended(?: reading)?|suggested(?: reading)?|more from [^:]{1,40}|also on [^:]{1,40}|"
    r"also in the news|watch(?: more| now)?|listen(?: now)?|explore more|in (?:other|related) news|in pictures|"
    r"gallery|live(?: updates| blog)?|podcast|quiz|editor'?s picks?|top stories|trending|popular|latest|"
    r"leia (?:também|mais)|veja (?:também|mais)|lea también|lee también|ver también|lire aussi|lisez aussi|"
    r"à lire aussi|a lire aussi|mehr zum thema|auch lesen|lesen sie auch|auch interessant|leggi anche|"
    r"te puede interesar|también te puede interesar|czytaj (?:też|także)|zobacz też|यह भी पढ़ें|soma pia|"
    r"you (?:may|might)(?: also)? (?:like|enjoy|be interested in|be interested)|(?:this )?(?:may|might) (?:also )?interest you|(?:also|more) worth reading|"
    r"lees ook|lees meer|přečtěte si (?:také|též|více)|pročitajte (?:još|i)|läs (?:också|mer)|les også|læs også|lue myös|"
    r"citește și|olvassa el|διαβάστε (?:επίσης|ακόμα)|читайте також|baca juga|đọc thêm|ayrıca okuyun|preberite še|"
    r"читайте также|читайте по теме|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اقرأ ايضا|اقرأ المزيد|شاهد أيضا|קראו עוד|קראו גם|"
    r"קרא עוד|קרא גם|関連記事|関連ニュース|あわせて読みたい|相关阅读|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|"
    r"ilgili haberler?)")
# A language's name as a site's language switcher gives it, in English or in the language itself.
_LANGUAGE_NAME = (r"(?:english|español|espanol|français|francais|deutsch|italiano|português|portugues|nederlands|polski|русский|"
                  r"українська|türkçe|svenska|dansk|norsk|suomi|čeština|română|magyar|ελληνικά|hrvatski|srpski|slovenščina|"
                  r"català|galego|euskara|cymraeg|gaeilge|العربية|عربي|فارسی|हिन्दी|中文|简体中文|繁體中文|日本語|한국어|"
                  r"bahasa indonesia|bahasa melayu|tiếng việt|ไทย|(?-i:EN|FR|DE|ES|IT|PT|NL|PL|RU|UA|AR|ZH|JA|KO|TR))")
_CROSS_LINK_SEPARATOR = rf"\s*(?::|;|>>?|»»?|››?|\||→|->|➤|\.\.\.|…|\s[-–—]|\s[{_PICTOGRAPH}]+)\s*"
_NETWORK = (r"(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|telegram|messenger|flipboard|"
            r"instagram|youtube|tiktok|snapchat|threads|bluesky|mastodon|e-?mail|sms|print|copy(?: link)?|"
            r"link copied|google\+?|vk|line|viber|pocket|mix|share|tweet(?: it| this)?|pin(?: it)?|save|gmail|copy (?:the )?url|weibo|wechat|"
            r"вконтакте|одноклассники|телеграм|фейсбук|فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|פייסבוק|וואטסאפ|טוויטר|微信|微博|qq|"
            r"kakao(?:talk)?|e-?mail this(?: story| article| link)?(?: to a friend)?|light a candle|share a memory|"
            r"(?:save|print|rate) (?:this )?recipe|leave a (?:tribute|condolence)|mail|send flowers|sign (?:the )?guest ?book)")
# the social platforms where a site posts and is followed ("Skip Instagram post", "Join us on Telegram")
_SOCIAL = (r"(?:facebook|twitter|x|instagram|youtube|tiktok|threads|bluesky|mastodon|linkedin|telegram|whatsapp|discord|"
           r"snapchat|reddit|pinterest)")
_SHARE_ITEM = rf"(?:(?:on|via|by|to|with) )?{_NETWORK}(?: (?:share )?(?:button|link)|\d+)?"  # "Facebook Share Button", "LinkedIn0"  # "Facebook Share Button"  # "Share on Facebook Share on X Share by email"
# what a "Share this story" label may be followed by: its networks, or a short row split by bars
# ("Share this article: Facebook | X | Chirp | Email": a network the table does not know)
_SHARE_ROW = (rf"(?:[ :]+{_SHARE_ITEM}(?:[\s,|•·/]+{_SHARE_ITEM}){{0,11}}|\s*[:|]\s*[\w'’ ]{{1,24}}(?:\s*[|•·]\s*[\w'’ ]{{1,24}}){{0,7}}|"
              rf"\s*:\s*[{_PICTOGRAPH}\s]+)")  # "Share this article: 🔗 📘 🐦 ✉️"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# several words that stand for one date: "2 hours ago", "4 minute read" (first, so a number is not taken alone)
_RELATIVE_TIME = (r"(?:(?:about|over|nearly|almost) )?(?:\d+|an?|a few)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhdw])\s+ago|"
                  r"\d+\s*-?\s*(?:min|mins|minutes?)\.?(?:\s+read)?")
# a year run into the time or the next stamp ("June 18, 20245:00 AM", "Oct. 9, 2024Updated"), and "GMT+1", need no word end
_DATE_TOKEN = (rf"(?:(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-])?(?:19|20)\d\d(?=\d{{1,2}}[:.]\d\d|updated|published|[a-z]{{3}})|"
               r"gmt[+-]\d{1,2}|(?<![\w+\-])[+\-]\d\d:?\d\d(?!\d)|(?:gmt|utc|bst|ist|[ecmp][sd]t)(?=updated|published)|(?:"
               rf"{_RELATIVE_TIME}|{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:[:/.\-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th|h\d{{0,2}}|[ap]\.?m\.?)?|[ap]\.?m\.?|"
               r"[ecmpa][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|aedt|acst|awst|nzst|nzdt|hkt|sgt|myt|pht|pkt|wib|eat|cat|wat|"
               r"sast|gst|ict|amt|uk|timer|z|at|on|the|of|de|am|um|"
               r"updated|published|original|posted|modified|last|le|la|à|el|em|às|del|uhr|stand|"
               r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
               r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
               r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
               r"januar|februar|märz|juni|juli|oktober|dezember|"
               r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
               r"januari|februari|maart|mei|augustus|kl|ago|"  # (Dutch; "kl." is the Nordic "at", "Updated ago" a stamp left empty)
               r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|lunes|martes|miércoles|jueves|viernes|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
               r"samstag|sonntag)(?:(?!\w)|(?<=ago)(?=\d)))")  # a whole word: "mars" is no "mar" and "s" ("3h ago3 hours ago": two stamps run together)
# atomic: a run of dates is never given back token by token (a line of 40 dates and a word took
# exponential time to fail), so what follows a run may not need the separator it ends with
_DATE_RUN = rf"(?>(?:{_DATE_TOKEN}[\s,./|·•\-–—():@{_PICTOGRAPH}]*)+)"  # "Jan 5 @ 10:30"
# the outlet after a dated line, past a separator ("Sep 16, 2024 - Axios Denver", "..., 10.00pm, The Times")
_DATED_OUTLET = (r"(?:(?:(?<=[,|·•\-–—] )|(?<=[,|·•\-–—])|(?<=[,|·•\-–—] the ))(?:the )?(?-i:[A-Z])[\w.\-]*"
                 r"(?: (?-i:[A-Z])[\w.\-]*){0,3})")
_ISO_STAMP = r"\d{4}-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?"
_STAMP_WORD = (r"(?:updated|last updated|published|first published|originally published|original|posted|publication date|last edited|"
               r"(?:first )?uploaded(?: on)?|last update|"
               r"modified|last modified|created|date|time|publicado|atualizado|actualizado|aktualisiert|"
               r"veröffentlicht|publié|modifié|mis à jour|stand)")
_AGENCY = (r"(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|efe|ansa|xinhua|"
           r"upi|pa|press association|cnn(?: wire)?|staff|news desk|newsroom|wire services?|aap|pti|ians|ani|"
           r"(?:the )?canadian press|cp|kyodo|yonhap|anadolu|tass|bernama|app|antara|leta|stt|jis|vna|wam|rnz)")
_CAPTION_SOURCE = (r"(?:getty(?: images)?|afp|reuters|ap|associated press|epa|shutterstock|alamy|pa(?: media| wire)?|"
                   r"rex|bloomberg|xinhua|istock(?:photo)?|corbis|nurphoto|anadolu|sipa|zuma|imago|dpa|"
                   r"wireimage|filmmagic|sopa images|lightrocket|the washington post|the new york times|"
                   r"handout|file|courtesy)")
# Picture libraries: "Source: iStock" under a picture is its credit ("Source: ONS" under a chart is not).
_STOCK_LIBRARY = (r"(?:istock(?:photo)?|getty(?: images)?|shutterstock|alamy|adobe ?stock|unsplash|pexels|pixabay|"
                  r"dreamstime|123rf|depositphotos|stocksy|wireimage|filmmagic|bigstock(?:photo)?)")
_PICTURE = r"(?:photo-illustration|photo|picture|image|video|vidéo|vídeo|graphic|illustration|photograph|foto|fotografia|bild|pic|pix|фото)s?"
# One item of a site's legal footer ("Privacy Policy | Terms of Use | About Us").
_LEGAL_ITEM = (r"(?:(?:cookie|cookies|privacy|data protection) (?:policy|notice|settings|preferences|statement)|privacy|"
               r"cookies|terms(?: (?:of (?:use|service|sale)|and conditions|& conditions))?|contact us|about us|site ?map|"
               r"accessibility(?: statement)?|manage (?:cookies|consent|preferences)|"
               r"(?:do not|don'?t) sell (?:or share )?my (?:personal )?(?:info(?:rmation)?|data)|corrections(?: and clarifications)?|"
               r"submit a (?:news )?tip|consent (?:preferences|settings)|report (?:an? )?(?:error|typo)(?: or (?:error|typo))?|"
               r"code of (?:conduct|ethics|practice)|complaints(?: procedure| policy)?|ethics policy|imprint|impressum|"
               r"legal notice|data protection|modern slavery (?:act )?statement|privacy manager|submit a correction)")
_CONNECT = r"(?:and|&|de|da|di|del|van|von|der|den|la|le|bin|al|el|du|dos|y)"
_NAME = rf"(?:(?-i:[A-Z])[\w.'’\-]*|{_CONNECT})"
_NAMES = rf"{_NAME}(?:[\s,]+{_NAME}){{0,8}}"
# "Anna Berg": two or three capitalised words, each with a lower-case letter (an ALL-CAPS subhead is no name)
_PERSON = r"(?-i:[A-Z])(?=[\w.'\-]*(?-i:[a-z]))[\w.'\-]+(?: (?-i:[A-Z])(?=[\w.'\-]*(?-i:[a-z]))[\w.'\-]+){1,2}"
# a full stop not after a title ("Dr."): the look-ahead first, so the look-behinds run only where a stop is
_NOT_AFTER_TITLE = r"(?=[.!?])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)(?<!\bRev)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bProf)"
_CREDIT_NAME = r"(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*){1,3}"  # a photographer's name, initials allowed
_SHORT = r"(?=(?:\S+\s+){0,15}\S*$)"  # a line of at most 16 words: a notice, not a sentence of the story
_CREDIT = (rf"(?:additional |further )?(?:reporting|writing|editing|research|compiled|graphics|production|reported|"
           rf"edited|translated|fact-checking)(?: (?:from|in) (?-i:[A-Z])[\w'’ ]{{1,30}})? by:?\s+{_NAMES}(?: staff)?"
           rf"(?:,?\s+in\s+{_NAMES}){{0,3}}")
_BYLINE_TAIL = (r"(?:\s*(?:[,;|\-–—/•·]|\bin\b|\bat\b|\bwith\b|\bon\b)\s*(?:(?-i:[A-Z0-9@])[^\n]*|[\w.+\-]+@[\w.\-]+\S*|"
                r"(?:edited|produced|additional reporting|graphics|photos?) by\b[^\n]*|"
                r"[\w\-]+\.(?:com|org|net|co\.uk)\b[^\n]*|(?:staff|senior|chief|political|"
                r"business|sports?|special|contributing|associated)\b[^\n]*|(?:updated|published|posted)\b[^\n]*))?")

# A press release's "About" heading ("About Riverlight Relief:", "ABOUT QUAYLINE LOGISTICS"): the name it
# gives opens the paragraph below, as its subject ("Riverlight Relief is a UK charity ...", "Founded in 1997,
# Quayline Logistics is ...").
ABOUT_HEADING = re.compile(r"^\W*about\s+(?!(?:the|this|our|us|me|them|it|that|these|those)\b)"
                           r"((?-i:[A-Z])[\w&.'’\-]*(?:\s+(?:(?-i:[A-Z])[\w&.'’\-]*|of|and|&|for|the|"
                           r"plc|ltd|inc|llc|llp|asa|ag|sa|nv|gmbh|se)){0,7})\s*:?\s*$", re.IGNORECASE)
# A line of reporting: someone said or told something, or is quoted. Below what closes a press release's text only
# a story about the release has such lines (its notes, contacts and "About" paragraph have none).
REPORTING = re.compile(r"\b(?:said|says|told|tells|according to|added|asked|warned|admitted|insisted|claimed)\b|[\"“”]",
                       re.IGNORECASE)
ABOUT_SUBJECT_VERB = r"(?:is|was|are|provides|has|have|works|operates|employs|represents|helps|supports|exists|runs|delivers|serves)\b"
# A cross-link's marker and separator at the start of a line ("MORE: ", "RELATED | "): such lines are no transcript.
CROSS_LINK_OPENER = re.compile(_LEAD + _CROSS_LINK_MARKER + _CROSS_LINK_SEPARATOR, re.IGNORECASE)

# A site's labels in other languages than English, which the families below recognise.
# "Share this article" ("Artikel teilen", "Partager cet article", "Поделиться", "شارك هذا الخبر", "この記事をシェアする")
_SHARE_LABEL = (r"(?:diesen |den )?(?:artikel|beitrag) teilen|teilen sie (?:diesen|den) (?:artikel|beitrag)|"
                r"partager (?:cet article|l'article|sur)|partagez(?: cet article)?|"
                r"compart(?:e|ir) (?:esta|la) (?:noticia|nota)|comparte|condividi(?: (?:l'articolo|questo articolo))?|"
                r"compartilhe (?:esta|a) (?:notícia|matéria)|"
                r"поделиться|поделитесь(?: новостью)?|поділитися|поділіться(?: новиною)?|"
                r"(?:haberi )?paylaş|شارك(?: (?:هذا )?(?:الخبر|المقال|الموضوع))?|שתפו(?: את הכתבה)?|שתף|"
                r"この記事をシェアする|シェアする|分享到|分享")
# Newsletter and channel prompts ("Jetzt den kostenlosen Newsletter abonnieren ...", "Подписывайтесь на наш канал ...")
_NEWSLETTER_PROMPT = (r".*\bnewsletter abonnieren\b.*|(?:inscrivez-vous|abonnez-vous) à (?:notre|la) newsletter\b.*|"
                      r"suscr[ií]b(?:e|ete|ase) a (?:nuestro|nuestra|la|el) (?:boletín|newsletter)\b.*|"
                      r"iscriviti alla (?:nostra )?newsletter\b.*|assine (?:a nossa|nossa) newsletter\b.*|"
                      r"подписывайтесь на (?:наш|нашу|нас)\b.*|підписуйтес[ья] на (?:наш|нашу|нас)\b.*|"
                      r"اشترك في (?:نشرتنا|النشرة)\b.*|הירשמו (?:לניוזלטר|לעדכונים|לרשימת)\S*.*|"
                      r"bültenimize abone olun\b.*|ニュースレターに登録\S*|订阅我们的\S*|訂閱我們的\S*")
# A reservation of rights ("Все права защищены", "جميع الحقوق محفوظة", "Tüm hakları saklıdır", "版权所有")
_RIGHTS_RESERVED = (r"все права защищены|усі права захищен[оі]|جميع الحقوق محفوظة|כל הזכויות שמורות|tüm hakları saklıdır|"
                    r"版权所有|版權所有|未经授权不得转载|無断転載を禁じます|riproduzione riservata|"
                    r"copyright\s*©?\s*\S.{0,60}\ball rights reserved")
# The word before a byline's name ("بقلم سمير الحداد", "מאת נועה ברגר", "记者 王晓梅")
# (a reporter's label in Chinese only with a space or colon after it: "记者从市政府获悉" is a story's sentence)
_BY_WORD = r"بقلم|מאת|(?:记者|記者)(?=\s|[:：])"
# A newsroom credited instead of a reporter, alone on its line at the top ("Редакция", "Redaktion", "La rédaction")
_NEWSROOM_LABEL = (r"редакция|редакція|redaktion|la rédaction|redacción|redazione|redação|haber merkezi|"
                   r"هيئة التحرير|التحرير|המערכת|編集部|编辑部|本报讯")
# A date with its month in another language ("6 ноября 2026", "10 Kasım 2026", "9 בנובמבר 2026", "2026年11月11日")
_OTHER_DATE = (rf"\d{{1,2}}\.?\s+(?:de\s+)?{HEBREW_IN}?(?:{OTHER_MONTH_NAMES})\s+(?:de\s+)?(?:19|20)\d\d(?:\s*(?:г|р)\.?)?|"
               r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*時\s*\d{1,2}\s*分)?")

BOILERPLATE_FAMILIES: tuple[Family, ...] = (
    # The scraper's trailing site id: "source site-64" (the id is returned as the article's source).
    _family("scraper_marker", r"^source\s+site-\d{1,6}[.…]*$", Zone.LAST_LINE),
    # What closes a press release's text: its end mark, its notes to editors, its media
    # contacts. Below it come notes, contacts and the organisation's "About" paragraph, never the story.
    _family("press_release_notes",
            _LEAD + r"(?:notes? (?:to|for) (?:the )?editors?|editor(?:s|['’]s|s['’])? notes?|\[?\s*ends?\s*\]?|-+\s*ends?\s*-+|"
            r"(?:for )?(?:media|press) (?:enquiries|inquiries|contacts?)(?:,? (?:please )?contact)?|media contacts? details)" + _END,
            Zone.LATTER, max_words=6, effect=Effect.CLOSES_STORY),
    # A marker followed by another article's headline: "• Read also: ...", "MORE: ...".
    _family("cross_link", _LEAD + rf"(?:\[\s*{_CROSS_LINK_MARKER}\s*\]\s*|{_CROSS_LINK_MARKER}{_CROSS_LINK_SEPARATOR})"
            r"(?:https?://|(?-i:(?![a-z]))[\w\"“‘'(\[£$€#¿¡]).*$",  # (a headline, not the rest of ">>" after "Most shared")
            max_words=40),
    # ... with no separator after a marker that names the link ("Related article Council backs ..."), or a headline
    # set in spaced square brackets as some sites print an inline link ("[ Pension funds slide deeper ]").
    _family("cross_link", _LEAD + r"(?:related (?:article|story|coverage)\s+(?-i:[A-Z\"“‘'])\S.*|recommended\s+(?-i:[A-Z\"“‘'])(?=(?:\S+\s+){4})\S.*|"
            r"(?:[«<←‹]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry)(?:\s*(?:previous|next) (?:post|article))?\s*:?\s*"
            r"(?-i:[A-Z0-9\"“‘']).*|[←‹]\s*(?-i:[A-Z])[^»›]{5,150}|"  # ("« On n'a jamais vu ça », said ..." is a quote)
            r"related\s+(?-i:[A-Z])\S*(?:\s+\S+){2,}|read our (?:full )?.{1,40}\b(?:guide|review)s?|"
            r"(?:view|see) full coverage (?:on|at) \S.*|continued from (?:page )?[a-z]?\d{1,3}|"
            # the story in another language
            r"read (?:the )?[\w\-]+ version of this (?:report|story|article)|read this (?:story|article|report) in (?-i:[A-Z])\w+|"
            r"this (?:article|story|report) is (?:also )?available in (?-i:[A-Z])\w+(?:(?:,| and| or) (?-i:[A-Z])\w+)*|"
            r"\[\s+(?![^\]]*\b(?:subscribers?|members?|subscription|sign in|log in)\b)[^\]\[]{10,160}[^.\s]\s+\])$", max_words=25),
    # An opener of a recirculation block; the cleaner drops the run of headlines after it too.
    _family("recirculation_block",
            _LEAD + r"(?:don'?t miss|read next|read more|related|related (?:coverage|articles?|stories|story|"
            r"content|links|posts|reading|news|topics|videos?)|more photos|more videos|(?:hot|popular|trending) right now|from around the web|other (?:stories|news)|"
            r"what others are reading|(?:most )?popular stories(?: now)?|features (?:&|and) analysis|popular (?:this week|this month|today)|"
            r"most (?:read|popular|viewed|shared|watched|commented|emailed)(?: (?:stories|articles|news|today|this week|now))?"
            r"(?: (?:from|on|in) [\w .&'’-]{1,40})?|(?:see more )?more latest news|don'?t miss (?:these|this|our)\b.{0,40}|"
            r"keep reading|trending (?:on|at|in) [\w .&'’-]{1,40}|more about this (?:story|topic)|"
            r"(?:[«<←‹]\s*)?(?:previous|prev|next|older|newer)(?: (?:post|posts|article|story|entry))?"
            r"(?:\s+(?:previous|prev|next|older|newer)(?: (?:post|posts|article))?)*(?:\s+home)?\s*[>»→›]?|post navigation|"
            r"recent posts|see all|recommended from [\w .]{1,30}|trending [\w ]{1,30}videos|about the author|"
            r"around the (?:region|world|country|web|state|network)|(?:today'?s )?top picks|what'?s hot|"
            r"featured (?:stories|articles|posts|news)|"
            # ("More bad news" is the story's subhead)
            r"more (?!bad |good |worse |better |grim |sad |positive |negative )(?:[\w'’\-]+ ){1,2}(?:news|stories|tours|reviews|"
            r"recipes|guides|features|videos|articles|interviews|coverage)|"
            r"top headlines|elsewhere on (?:the|this|our) (?:site|network)|must[- ]reads?|related (?:tags|subjects)|"
            r"(?:visual|web|photo) stories|(?:skip next section )?explore more|read more (?:[\w'’]+ ){0,2}stories|"
            r"don'?t miss a thing|featured videos?(?: of the day)?|suggested topics|(?:this )?article tagged (?:under|with|as)|"
            r"our latest (?:[\w'’\-]+ ){0,3}(?:stories|news|headlines|articles)|more must-reads?(?: from [\w .&'’-]{1,40})?|"
            r"(?:more|also) (?:in|on) (?-i:[A-Z])[\w&'’-]*(?: (?:&|and|(?-i:[A-Z])[\w&'’-]*)){0,3}|in case you missed it|icymi|(?:latest|top|featured|popular) videos?|"
            r"more (?:stories|news|articles) from [\w .&'’-]{1,40}|"
            r"more (?:stories|news|articles|headlines|coverage|to explore)|trending(?: now| stories| news)?|"
            r"popular(?: now| stories| on [\w .&'’-]{1,40})?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"recommended(?: for you| stories| reading)?|top (?:stories|news)|elsewhere on (?:the )?(?-i:[A-Z])[\w .&'’-]{0,30}(?:daily|news|times|post|herald|gazette|tribune|online|media|tv|radio|live|\.\w{2,3})|(?:stories |what )?you (?:may|might) have missed|more like this|also trending|latest (?:[\w'’\-]+ ){0,2}(?:news|stories|headlines)|"
            r"latest from (?:the )?(?-i:[A-Z])[\w .&'’-]{1,40}|latest from (?:the |our )?[\w ]{1,30}desk|top (?:stories|news) (?:in|on|from) [\w &'’\-]{1,40}|"
            r"(?:other )?stories you (?:may|might|will) (?:also )?(?:like|enjoy|love)|"
            r"editors?'?s?'? picks?|what to read next|what we'?re reading(?: next| now)?|elsewhere (?:on|at|from) (?:the )?(?-i:[A-Z])[\w&'’.\-]*(?: (?-i:[A-Z])[\w&'’.\-]*){0,3}|further reading|see also|also (?:read|see)|latest|"
            r"read (?:more stories|these next)|more (?:for you|to read)|today'?s (?:top )?headlines|top (?:news|stories) (?:right )?now|continue exploring|from (?:around )?the (?:web|network)|"
            r"(?:other )?(?:stories|articles) you (?:may|might) (?:also )?find interesting|the latest from (?-i:[A-Z])[\w .&'’-]{1,40}|"
            r"(?:more|other|latest) (?:(?:articles|stories|posts|columns) )?(?:by|from) (?:this|the) (?:author|writer|reporter|columnist|contributor)|"
            r"more on this (?:story|topic)|in other news|around the web|from (?:our|the) partners|related internet links|"
            r"(?:read )?more from [\w .&'’-]{1,40}|trending topics|topics mentioned in this article|"
            r"(?:explore )?more on these topics|topics|mehr zum thema|more about|keywords|in this article|"
            r"tags|tagged|filed under|"
            r"sponsored (?:stories|links|content)|promoted (?:stories|links|content)|"
            r"leia (?:também|mais)|veja também|mais lidas|lo más leído|más leídas|lo más visto|à lire aussi|"
            r"les plus lus|meistgelesen|najczęściej czytane)" + _END,
            max_words=10, effect=Effect.OPEN_BLOCK),
    # Paywall and truncation notices: the archived story is incomplete.
    _family("paywall",
            _LEAD + r"(?:to (?:view|read|continue reading|access|keep reading) (?:the|this)? ?(?:full|rest of|entire)?\b.*"
            r"\b(?:subscribe|subscriber|subscription|log ?in|sign in|register)\b.*|"
            r"(?:read|see) the (?:rest|remainder) of (?:this|the) (?:story|article|report)\b.*\b(?:trial|subscri\w*|account|"
            r"log ?in|sign in|register)\b.*|keep reading\b.*\b(?:account|subscri\w*|trial|log ?in|sign in|register)\b.*|"
            r"only (?:subscribers|members) can (?:read|access|view|see)\b.*|"
            r"(?:[\w'’ ]{1,30}:\s*)?(?:this|the) (?:report|story|article) is (?:only )?for (?:paying |paid )?(?:readers|subscribers|members)\b.*|"
            r"subscriber[- ]only (?:content|article|story)|restricted content\b.*\b(?:subscribers|members)\b.*|"
            r"free (?:articles|stories|reads) (?:remaining|left)\s*:?\s*0|"
            r"\(?(?:the )?(?:story|article) continues\W+(?:for )?(?:subscribers|members)(?: only)?\)?\.?|"
            r"the (?:rest|remainder) of (?:this|the) (?:post|newsletter|article|story|report) is (?:only )?for (?:paying|paid) (?:readers|subscribers|members)\b.*|"
            r"you(?:'ve| have|’ve) reached the end of (?:your|this|the) (?:free )?(?:preview|sample)\b.*|"
            r"the (?:rest|remainder) of (?:this|the) (?:article|story|report) is (?:only )?(?:available|reserved|open) "
            r"(?:to|for) (?:[\w'.\-]+ ){0,5}(?:subscribers|members)\b.*|"
            r"(?:full )?(?:article|story|text|content)(?: extract)? (?:is )?(?:not|no longer|un)\s?available\b.*|"
            r".*\bto the (?:original )?source for the (?:full|complete|whole) (?:article|story|text)\b.*|(?:this|the) (?:full )?(?:article|story|content|piece|report) is "
            r"(?:only )?(?:(?:available|reserved|exclusive) )?(?:to|for) (?:[\w+'’.\-]+ ){0,4}(?:subscribers|members|premium)\b.*|"
            r"(?:already (?:a |an )?(?:subscriber|member|registered)[^?]{0,20}\?\s*)?"
            r"(?:subscribe|log ?in|sign in|register|sign up)(?: (?:now|today|here|(?:for )?free|for an account))? to "
            r"(?:continue reading|read (?:the|this) (?:full|rest|entire)|unlock|keep reading|read on|"
            r"(?:view|read|see|access) the (?:rest|remainder|full text)\b)\b.*|you(?:'ve| have) (?:reached|used|hit|exceeded) (?:your|the)\b.*\b(?:limit|free "
            r"articles?)\b.*|(?:read|continue reading|see) the (?:full|rest of the|complete) (?:story|article)\b.*|"
            r"link to the source for the full (?:article|story)\b.*|(?:for )?subscribers only\b.*|"
            r"premium (?:content|article)|this (?:article|story) (?:is|was|has been) (?:truncated|an excerpt)\b.*|"
            r".*\b(?:trial|subscri\w*|log ?in|sign in|register)\b.*\bto (?:see|read|view|access) the (?:rest|remainder) of\b.*|"
            r".*\blink your (?:account|subscription)\b.*|"
            r"(?:sorry,? )?(?:the )?full (?:text|story|article|version)(?: of this (?:story|article))? (?:is )?(?:only )?available (?:only )?"
            r"(?:to|for) (?:[\w'’.\-]+ ){0,3}(?:subscribers|members|registered (?:users|readers))\b.*|"
            r"this (?:story|article|piece) is part of (?:our|the) (?:[\w'’\-]+ )?(?:premium|subscriber|members?|plus)\b.*|"
            r"para (?:seguir|continuar) leyendo\b.*|summary only\b.*|"
            r"become an? (?:[\w.'’\-]+ ){0,3}(?:subscriber|member) to (?:continue reading|read|keep reading|unlock)\b.*|"
            r"this (?:story|article|content) is (?:from|part of|for) (?-i:[A-Z])\S*\+|this (?:story|article|content) is locked\b.*|"
            r"your (?:free )?preview has ended\b.*|premium\s*[|:·•]\s*(?:subscribe|log ?in|sign in)\b.*|"
            r"(?:members|subscribers) can read (?:this|the) (?:story|article)(?: in full)?\b.*|"
            r".*\bfull (?:article|story|text) (?:is )?(?:available )?(?:on|at) (?:the )?(?:publisher'?s|original) (?:website|site|page)\b.*|"
            r"(?:the )?(?:full version of|full|complete|rest of|remainder of)? ?(?:this|the) (?:full )?(?:story|article|report) is behind (?:our|a|the) "
            r"(?:pay ?wall|subscription wall)\b.*|content (?:truncated|shortened)\b.*|"
            r".*\bvisit the original (?:page|article|site|source) (?:for|to read) the (?:complete|full|whole) (?:text|article|story)\b.*|"
            r"members?[- ]only (?:story|article|content)|déjà abonné\b.*|upgrade to (?:paid|premium)\b.*|"
            r"(?:the )?full (?:article|story|text|report) (?:is )?(?:available|published|appears) (?:only )?in (?:the|our|today's) (?:print|e-?paper|digital) edition\b.*|"
            r"(?:members|subscribers) can (?:read|access|view|listen to|watch) the full (?:transcript|story|article|interview|episode|report)\b.*|"
            r"keep reading (?:this (?:story|article) )?for (?:just |only )?[$£€]\d.*|unlock the full (?:story|article|review|report|results|analysis)\b.*|(?:members|subscribers) get (?:the )?full (?:[\w'’\-]+ ){0,2}(?:results|story|article|review|report|access|analysis)\b.*|"
            r"(?:sign in|log ?in)(?: or (?:create|register for|open) (?:a |an )?(?:free )?account)? to continue(?: reading)?\W*|"
            r"this is a preview of subscription content\b.*|(?:(?:register|sign up|subscribe|log ?in|sign in)(?: now| today| for free)? (?:to|and) )?(?:get|gain|unlock) (?:full|unlimited) access to (?:this|the) (?:article|story)\b.*|"
            r"only registered (?:users|readers) can (?:read|access|view|see)\b.*|(?:the )?story continues\W+subscribe\b.*|"
            r"subscribe to read\b.*|subscribe to .{1,40} to (?:continue reading|read (?:on|more|the full|the rest))\b.*|"
            r"(?:[^.]{1,60}\.\s+)subscribe (?:now |today )?to (?:read|keep reading|continue reading)\b.*|"
            r"(?:this|the) (?:article|story) is part of our (?:premium|subscriber|members?)[\w\- ]*content\b.*|"
            r"existing subscribers,? (?:please )?(?:log ?in|sign in)\b.*|"
            r"subscriber exclusive\b.*\b(?:sign in|log ?in|subscribe|register)\b.*|"
            r"(?:for|read) the full (?:story|article)\b.*\b(?:e-?edition|print edition|digital edition)\b.*|this is premium content\b.*|"
            r"(?:the )?full text of (?:this|the) (?:article|story) is (?:restricted|locked)\b.*|"
            r"sorry,? this (?:article|story) is (?:only )?available (?:only )?to (?:[\w'.\-]+ ){0,3}(?:subscribers|members)\b.*|"
            r".*\b(?:requires|needs) a (?:subscription|subscriber account) to (?:read|continue|view)\b.*|"
            r".*\bsubscription to (?:continue|keep) reading\b.*|"
            r"to continue (?:reading|enjoying)\b.*\b(?:subscribe|log ?in|sign in)\b.*|subscribers can (?:read|access|continue)\b.*|"
            r"subscribe to .{1,40} (?:for|to get) (?:full )?access to (?:this|the) (?:article|story)\b.*|"
            r"your (?:current )?subscription does not (?:provide|include|give) access\b.*|"
            r"access all of\b.*\bcancel (?:at )?any ?time\b.*|"
            r"premium (?:content|article)\s*:.*|try (?:unlimited|full|digital|premium) access\b.*|please log ?in for premium content\b.*|"
            r"this is an? (?-i:[A-Z])[\w&'’]*(?: (?-i:[A-Z])[\w&'’]*){0,2} (?:premium|plus|exclusive|subscriber) (?:article|story|content)\.?|"
            r"register to (?:read|continue)\b.*|"
            r".*\b(?:cancel any ?time during your trial|complete digital access to)\b.*|(?:click|tap) here to read the (?:full|rest of the|"
            r"complete) (?:article|story)\b.*|continue reading (?:your|this) (?:article|story) with\b.*|"
            r"(?:only )?available (?:only |exclusively )?(?:to|for) (?:paying |paid |premium )?(?:subscribers|members)\b.*|"
            r"this (?:story|article|post) is available (?:only |exclusively )?to (?:[\w'.\-]+ ){0,3}(?:subscribers|members)\b.*|"
            r"(?:this|the) post is (?:only )?for (?:paying |paid )?(?:subscribers|members)(?: only)?\b.*|"
            r"the (?:rest|remainder) of (?:this|the) (?:article|story|post|report) is locked\b.*|"
            r".*\b(?:available to (?:[\w'.\-]+ ){0,3}(?:members|subscribers) only|(?:turn off|disable|pause) your ad ?-?blocker\b"
            r".*\bsubscri\w*|nur für abonnenten|réservée? aux abonnés|abonnez-vous pour lire|solo para suscriptores|"
            r"exclusivo para (?:assinantes|suscriptores)|tylko dla (?:subskrybentów|prenumeratorów))\b.*|"
            r".*\bcreate an? (?:new |free )?account to read\b.*|(?:please )?(?:create (?:an? |your )?(?:free )?account|register|sign up|subscribe|log ?in|sign in)(?: or (?:register|"
            r"subscribe|sign up|log ?in))?(?: now| today| for free){0,2} to (?:continue(?: reading)?|read (?:more|on|the full|"
            r"the rest|this)|unlock|keep reading|access (?:this|the full))\b.*|"
            r"you(?:'ve| have) (?:read|used|reached) (?:all )?(?:of )?(?:your|the)\b.*\b(?:free|limit|articles?|stories)\b.*|"
            r"you have \d+ free (?:articles?|stories) (?:left|remaining)\b.*|"
            r"the rest of (?:this|the) (?:article|story) is (?:only )?(?:for|available to|reserved for) (?:[\w'.\-]+ ){0,3}"
            r"(?:subscribers|members)\b.*|unlock (?:this|the full) (?:article|story)\b.*|"
            r"exclusive (?:to|for) (?:[\w'.\-]+ )?(?:subscribers|members)\b.*|"
            r"this is an? (?:premium|subscriber[- ]only|members?[- ]only|exclusive) (?:article|story)\b.*|"
            r"want to (?:read|keep reading|continue reading)(?: more)?\?.*|"
            r"continue reading(?: your| this)?(?: article| story)? (?:with|for)\b.*\b(?:trial|subscription|free)\b.*|"
            r"(?:page \d+ of \d+|next page|(?:\(?(?:the )?(?:article|story) )?continue[sd] on (?:page \d+|the next page)\b.*)|"
            r"(?:the )?full text of (?:this|the) (?:article|story) is (?:not|no longer) available\b.*|"

            r"(?:read )?(?:the )?full (?:story|article) (?:at|on) \S+\.\w+.*|(?:article|story|text) truncated\b.*|"
            r"(?:please )?(?:log|sign) ?in to (?:view|read|see|access) the (?:full|whole|rest of the|complete) (?:text|story|article)\b.*|"
            r"[-–—\s]*continue reading\s*:?\s*(?:create|register for|sign up for|open) (?:your |a )?free\b.*\baccount\b.*|"
            r"(?:article|story) preview(?: only)?\.?|(?:this is )?(?:a|an) (?:article|story) preview\b.*|"
            r"(?:for )?(?:members|subscribers) only[.:]?\s*(?:join|subscribe|sign up|log in|sign in)\b.*|"
            r"(?:the )?(?:full|rest of the) (?:article|story) is available (?:in|to|on) (?:our|the) (?:e-?edition|app|print edition)\b.*|"
            r"you need (?:a|an) (?:subscription|account|membership) to (?:see|read|view|access|continue)\b.*|read on with (?-i:[A-Z])[\w&'’ +]{1,30}|support us and (?:read|keep reading) on\b.*|(?:subscriber|member)s?[- ]exclusive(?: (?:content|article|story))?|buy a (?:day|week|single[- ]article) pass\b.*|.*\bjoin (?:now |today )?to (?:continue|keep) reading\b.*|"
            r"premium (?:content|article|story)\s*[-–—:|]\s*(?:sign in|log ?in|subscribe)\b.*)$",
            max_words=40, effect=Effect.TRUNCATE,
            # "Subscribers only: 3.1% conversion" is data; a notice never ends by saying who said it
            spares=r":\s*\d+(?:\.\d+)?%|" + _REPORTED_END),
    # Ad slots and "the article continues" placeholders.
    _family("advertisement",
            _LEAD + r"(?:[-–—\s]*)(?:advertisement|advertisements|advertising|advert|adverts|ad|ads|sponsored|"
            r"sponsored content|paid (?:content|post|partner content|advertisement|partnership|promotion)|promoted(?: content)?|"
            r"promoted by (?-i:[A-Z])[\w.&'’ ]{1,40}|(?:supplier|partner|sponsor|advertiser)s? spotlight|ad space|advertise here|"
            r"sponsored\s*[|·•:]\s*(?-i:[A-Z])[\w.&'’ ]{1,40}|recommended by (?:our )?(?:partners|sponsors)|"
            r"(?:the )?(?:story|article|text|content) continues(?: below| after| underneath| beneath| further down)?(?: (?:the|this))?(?: ?(?:advertisement|advert|ad|sponsor message))?|advertorial|"
            r"this (?:content|article|story|post) (?:is|was) (?:sponsored|paid for)\b.*|(?:content|stories) from our (?:partners|sponsors)|"
            rf"(?:advertisement\s*){{2,}}|skip (?:advertisement|advert|ad)|advertisment|ads by (?-i:[A-Z])[\w&'’ .]{{1,40}}|sponsored by(?: {_NAMES})?|remove (?:the )?ads\b.*|"
            r"text ad\s*:.*|hide ad|sponsor message|supported by|sponsored ad|commercial content(?:\s*[-–—:|]\s*.{1,60})?|sponsored by (?:our )?partners?|"
            r"advertising feature|article content continued|(?:ad|advertiser|advertising) content|(?:the )?(?:remaining|rest of the) (?:article|story|text) (?:continues )?(?:below|after|beneath) (?:the |this )?(?:advert|advertisement|ad)|(?:place )?your (?:ad|advert|advertisement|banner)(?: (?:could|can|will) (?:be|go|appear))? here|loading ad\.*|this ad will close\b.*|recommended by(?: (?:outbrain|taboola|revcontent))?|featured partners?|"
            # a shop button: "$328 at Amazon", "Buy it: £68 at M&S", "Check price at Best Buy", "Shop the deal"
            r"(?:buy (?:it|now|here)\s*:\s*)?[$£€]\d[\d,.]*\s+at\s+(?-i:[A-Z])[\w&'’ .\-]{1,30}|"
            r"(?:check|see) (?:the )?(?:price|it|deal|offer) (?:at|on) (?-i:[A-Z])[\w&'’ .\-]{1,30}|shop (?:the|this) (?:deal|look|edit|story)|"
            r"(?:advertisement|advert|ad|sponsored)\s*[-–—:·•|]?\s*(?:(?:hide|close|skip) ad|shop now|keep scrolling(?: to continue)?|(?:(?:the )?(?:article|story|content|text|recipe|page) )?continues?\b[\w\s]*)|"
            r"report (?:this |an )?ad|why (?:am i seeing )?this ad\??|ad ?choices|ad closed by \w+|support our sponsors|presented by\s+(?-i:[A-Z])[\w.&'’ ]{1,40}|"
            r"(?:the )?(?:story|article|content|text) continues after (?:this|these|a|the|our) (?:sponsored |paid |partner )?(?:message|messages|word)s?\b.*|advertisement \d{1,2}|advertisement feature|article content|"
            r"(?:sponsored|promoted) (?:links?|stories|content|posts)(?: by \w+)?|(?:ad|advertisement) loading\.*|"
            r"continue reading(?: the (?:main )?(?:story|article))?(?: below| after (?:the |this )?(?:advertisement|ad))?|"
            r"scroll (?:down )?to (?:continue|keep reading)(?: (?:reading|with content))?|"
            r"this (?:advertisement|ad) (?:has not|hasn'?t) loaded yet.*|this (?:advertisement|ad) is (?:still )?loading\b.*|"
            r"(?:(?:ad|advertisement)\s*[·•|:\-–—]\s*)?(?:partner|sponsored|paid) (?:content|post)|advt\.?|"
            r"(?:advertisement|ad)\s*[-–—:·•|]?\s*(?:scroll|continue|story continues)[\w\s]*|ad_?\d*|ad slot|"
            r"report (?:this )?ad|skip ad|close ad|(?:video )?(?:ad|advert) feedback|(?:ad|advert) closed|promotional (?:feature|content)|ad break|ad \d+ of \d+(?:\s*[·•|]\s*\d+:\d\d)?|"
            r"(?:keep|continue) reading (?:below|after) (?:the |this )?(?:ad|advert|advertisement)|ads (?:help )?(?:keep|support) (?:this site|us|our (?:site|journalism))\b.*|support for (?:(?-i:[A-Z]{2,6})|(?-i:[A-Z])[\w&'’ .]{0,30}\b(?:radio|news|podcast|fm|tv|public media))(?: comes| is provided) from\b.*|"
            r"support for this (?:program|programme|podcast|station|newsletter) (?:comes|is provided) from\b.*|(?:[\w'’]+ ){0,3}(?:coverage|forecast|report|segment|weather|broadcast)(?: is)? (?:presented|sponsored|brought to you) by\b.*|.*\bwe may be compensated if you click (?:this|an?|these) ads?\b.*|publicidade|publicidad|anzeige|publicité|werbung|reklama|"
            r"paid (?:content|post|partnership) (?:by|from|for|with) (?-i:[A-Z])[\w.&'’ ]{1,40}|promoted\s*:\s*[^.!?]{3,80}|"
            r"sponsored (?:session|webinar|event|feature|post|article)\s*:.*|(?:featured|latest) jobs?\s*:.*|recruiting\s*:.*|"
            r"featured (?:listing|post|story|stories|links?)|(?:promoted|sponsored) (?:listing|post|story)|(?:book|place) (?:your|a) (?:classified )?(?:ad|advert)\b.*|"
            r"supported by (?:local |our )?(?:advertisers|sponsors)|[^.!?]{3,60}\?\s+advertise with\b.*|brought to you by (?:our )?(?:sponsors|partners)|"
            r"advertisement (?:content )?ends|(?:the )?(?:story|article) carries on\b.*|"
            r"(?:ads|adverts|advertising) (?:help )?(?:fund|support|pay for) (?:our|this) (?:journalism|site|work|reporting)\b.*|"
            r"(?:the )?(?:story|article|text) continues (?:below|under) (?:this|the) (?:message|ad|advert)\b.*|"
            r"ads (?:help )?(?:keep|fund|pay for) (?:the )?(?-i:[A-Z])[\w.&'’ ]{1,40}\bfree\b.*|skip (?:ad|advert|advertisement) in \d{1,2}(?:\s*s(?:ec(?:ond)?s?)?)?|"
            r"(?:presented )?in (?:partnership|association) with (?-i:[A-Z])[\w.&'’ ]{1,40}|brought to you by (?-i:[A-Z])[\w.&'’ ]{1,40}|"
            r"(?:ad|advert|advertisement) (?:closes|ends|will close|will end) in \d+\b.*|(?:the )?(?:article|story|text) resumes(?: below| after)?\b.*|"
            # a bookmaker's offer: "Bet £10, get £40 in free bets", "Oddsmaker odds: bet now"
            r"bet [$£€]\d[\d.,]*,? (?:and )?get [$£€]\d[\d.,]*\b.*|(?:(?-i:[A-Z])[\w&'’ .]{1,30} odds\s*[:|·\-–—]\s*)?bet now|"
            r"pubblicità|reclame|advertentie|annonce|anuncio|annons|mainos|reklame|"
            r"реклама|광고|פרסומת|advertising space|commercial partners?|"
            # the local word and its translation ("Anzeige / Advertising")
            r"[^\W\d]{2,15}\s*/\s*(?:advertising|advertisement|advert|ad|sponsored)|"
            r".*\b(?:you(?:'re| are) using an ad ?-?blocker|(?:disable|turn off|pause) (?:your )?ad ?-?block(?:er)?|"
            r"whitelist (?:our|this) (?:site|website|domain))\b.*|.*\bmay see an advertisement here\b.*)" + _END,
            max_words=16),
    # Newsletter, subscription, app, listen/watch and follow promos (calls to action).
    _family("promo",
            _LEAD + r"(?!(?:subscribe|sign up|register|join)(?: to)? (?:what|who|whom|which|how|why)\b)"
            r"(?:(?:[^.!?:,—–]{1,80}(?:[.!?:,]|\s[—–])\s+){1,2}(?=" + _CALL_VERB + r"))?(?:(?:click|tap|press) (?:on )?(?:here|(?:this|the) link(?: below| above)?)\b.*|"
            # the phrases that make a line a call to action wherever they sit in it, in one scan
            r".*\b(?:(?:by )?click(?:ing)? here|by signing up (?:for|to) (?:our|the)\b|"
            r"join(?:ing)? (?:[\w'’]+ ){0,3}(?:whatsapp|telegram|signal|viber) channel\b|contact (?:this|the) reporter\b|"
            r"(?:follow|join)(?:ing)? (?:our|the) (?:[\w'’]+ ){0,2}channel\b|"
            r"(?:send|share) (?:us )?your (?:[\w'’]+,? ){0,4}(?:stor(?:y|ies)|photos|pictures|videos|tips|experiences?|views|thoughts)\b"
            r".*(?:\b(?:whatsapp|telegram|e-?mail|newsroom|editors)\b|@\w)|"
            r"(?:on|for) ios (?:or|and) android\b|with our (?:[\w'’.\-]+ ){0,5}newsletter\.?$|"
            r"share your (?:experiences?|stories|views|thoughts|pictures)\b.*(?:@|\be-?mail)\b|start your free trial\b|"
            r"sign up\b.*\b(?:newsletter|inbox)\b|delivered (?:straight |directly )?to your inbox\b|sign up here\b|"
            r"subscribe to (?:our|the) (?:[\w'\-]+ ){0,3}(?:newsletter|podcast|channel|alerts)\b|"
            r"(?:relies|depends) on (?:your|reader) support\b|(?:relies|depends) on (?:readers|people|supporters) like you\b|newsletters? you'?ll love\b|"
            r"support us with a (?:monthly|one-?off|once-off)|keep paywalls away\b|"
            r"consider making a (?:modest |small )?(?:support|contribution|donation)\b|with a (?:digital )?subscription\b.*\byou can\b|"
            r"in the palm of your hand\b|consider supporting us\b|try a (?:week|month) on us\b|is a reader-supported publication\b|"
            r"consider becoming a (?:free or )?paid subscriber\b|"
            r"on our (?:whatsapp|telegram|signal|viber|youtube) channel\b).*|"
            r"watch every (?:ball|game|match|race|moment)\b.*|should you invest \$?[\d,]+ in\b.*|"
            r".*\bread the (?:full|whole|rest of the|complete) series\b.*|"
            # a button's imperative, no sentence: "Book your place at Expo Live", "Buy tickets for the next home game"
            r"(?:find your next (?:role|job|career move)|book your (?:place|seat|spot|tickets?)|buy (?:your )?(?:season )?tickets? "
            r"(?:for|now|online|here)|get (?:[\w'’]+ ){0,4}(?:alerts|notifications) (?:[\w'’]+ ){0,6}(?:in|on|with) (?:the|our) "
            r"(?:[\w'’]+ )?app)\b[^.!?]*|"
            r"made this recipe\?.*|enjoy unlimited (?:digital )?access\b.*|read (?:this|the) (?:story|article) in (?:the|our) (?:[\w'’.\-]+ ){0,3}app\b.*|"
            r"download our (?:free )?(?:podcast|app|newsletter)\b.*|read (?:our|the) full coverage\b.*\bhere\b.*|"
            r"sign up for more\b.*|join [\d,]+\+? .{0,60}\b(?:newsletter|briefing|subscribers|readers)\b.*|"
            r"scan (?:the|this|our) qr code\b.*|(?:give|donate|chip in|contribute)(?: now| today)?(?: to keep\b.*)?|"
            r"if you (?:value|enjoy|appreciate|like|rely on) (?:our|this|the) (?:reporting|journalism|work|coverage|content)\b.*|"
            r"add (?:us|[\w .&'’]{1,40}) as a (?:preferred|trusted) source\b.*|get (?:full|unlimited) (?:digital )?access\b.*|"
            r"(?:stream|watch)\b.{0,60}\bon (?:roku|fire ?tv|apple ?tv|android ?tv|(?:your )?smart tv|chromecast|youtube tv)\b.*|"
            r".*\bstreaming (?:free |live )?24/7\b.*|.*\bstream us (?:online|live)\b.*|live tv\b.*\bwatch\b.*|"
            r"listen\s*:\s*.{0,80}\b(?:episode|podcast)\b.*|(?:short on time|prefer to listen|no time to read)\?.*|"
            r".*\b(?:hear|listen to) (?:this|the) (?:story|article) read (?:aloud|out)\b.*|"
            r".*\b(?:this|the) (?:story|article) is (?:also )?available (?:as|in) audio\b.*|hear more (?:on|about) this (?:story|subject)\b.*|"
            r"text (?-i:[A-Z]{2,})\s+to\s+\d{3,}\b.*|registration is (?:a )?free (?:and easy )?way to\b.*|press play to (?:listen|hear|watch)\b.*|be the first to (?:know|hear|find out)\b.*|"
            r"(?:get|turn on|enable|allow) (?:browser |push |desktop )notifications\b.*|(?:get|turn on|enable) notifications for\b.*|get (?:your|the|our) .{0,40}\blatest news\b.*|"
            r".*\btry (?:(?:[\w.&'’]+ ){0,3}free|(?-i:[A-Z][\w+]*)(?: (?-i:[A-Z][\w+]*)){0,2}) for \d+ (?:days?|weeks?|months?)\b.*|"
            r"download the (?:podcast|app)\b.*\bfrom our\b.*|watch (?:the )?(?:highlights|video|full interview)\b.*\bon our\b.*|"
            r"never miss a (?:story|thing|beat|headline)\b.*|(?:skip past|after) (?:the )?newsletter promotion|"
            r"(?:subscription|digital|unlimited|premium) (?:offers?|access|subscriptions?|plans?) (?:start )?(?:from|for|at) (?:just |only )?[$£€₹]\s?\d.*|"
            r"(?:see|view|explore|compare) (?:our |all )?subscription (?:options|plans|offers|packages)\b.*|"
            r"(?:(?:log ?in|sign ?in|sign up|continue) with (?:google|apple|facebook|e-?mail|microsoft|x|twitter)\s*[·•|]?\s*){1,4}|"
            r"questions about your (?:account|subscription)\?.*|.*\bcontact our customer (?:service|support|care)\b.*|"
            r"sign up for (?:the|our) (?-i:[A-Z])[\w'’]*(?: (?-i:[A-Z])[\w'’]*){0,4}\s*[:\-–—]\s.*|"
            r"donate (?:to|now|today)\b.*|(?:to )?plant a tree\b.*|"
            r".*\btag (?:me|us) on (?:instagram|tiktok|twitter|x)\b.*|"
            r"join our (?!comment)(?:[\w'’\-]+ ){0,3}(?:forums?|community|discord|group)\b.*|watch (?:it )?on youtube|"
            r"(?:and )?if you have a news tip\b.*|.*\btip,? (?:correction|or comment)\b.*\blet us know\b.*|"
            r"(?:sign up|signup|subscribe|register)\b(?!-).*\b(?:newsletter|e-?mails?|alerts?|updates|inbox|today|free|notifications|"
            r"now|here|our|premium|digest|briefing)\b(?!.*\?$).*|"
            r"(?:[^.!?]{1,50}\?\s+)(?:consider |please )?(?:subscribe|sign up|support|supporting|get|download|join|become|try|"
            r"register|follow|install|unlock)\b.*|"
            r"[^.!?]{1,60}\?\s+(?:please )?(?:tell|e-?mail|write to|contact|message|text|whatsapp) us\b(?=.*(?:@|\bat\s+\+?\d)).*|"
            r"(?:receive|get|have) (?:[\w'\-]+ ){0,10}(?:straight |directly |right )?(?:to|in|into) your (?:inbox|phone)\b.*|"
            r"newsletters?\s*:\s*" + _SHORT + r"(?=[^\W\d]).*|"  # ("Newsletters: 7%" is a data line)
            r"listen to\b.*\bon (?:bbc sounds|iplayer|our app)\b.*|"
            r"(?:[\w'’]+ ){0,2}newsletters|catch all the (?:latest )?(?:[\w'’\-]+ ){0,4}news\b.*|"
            r"for the latest (?:news|updates|headlines)\b.*\b(?:head to|visit|go to|download|follow)\b.*|"
            r"(?:watch|listen to|hear|see|catch|stream|follow) (?:[\w'\-]+ ){0,6}on (?:our|the) (?:[\w'\-]+ ){0,3}(?:youtube |podcast |app|"
            r"website|channel|podcast|radio show)\b.*|hear more (?:on|from|in)\b.*\b(?:podcast|radio|programme|show)\b.*|"
            r"sign up to (?-i:[A-Z])[\w'’]*(?: (?:to|of|the|and|&|(?-i:[A-Z])[\w'’]*)){0,5}|after newsletter promotion|"
            r"(?:track|catch|follow|get) (?:all )?(?:the )?latest (?:[\w'\-]+ ){0,2}(?:news|updates)\b.*|"
            r"(?:please )?refresh (?:this|the|your) (?:page|browser)\b.*\b(?:updates|latest)\b.*|"
            r"follow (?:all )?(?:the )?(?:[\w'’\-]+ ){0,3}(?:reaction|updates|coverage|news)\b.*\b(?:our|the) (?:[\w'’\-]+ ){0,3}"
            r"(?:live (?:coverage|blog|page|feed)|app|website)\b.*|"
            r"(?:subscribe|sign in|log ?in|register|sign up)(?:\s*[|·•/]\s*(?:subscribe|"
            r"sign in|log ?in|register|sign up))+|"
            r"(?:sign up|subscribe)(?: now| today| here)?|"
            + _SHORT + r"subscribe (?:to|and|for|now|today)\b[^;]*|"
            # "Support our award-winning journalism", "Support local news." (the verb: "Support for local news fell" is a sentence)
            r"support (?!for\b|from\b|of\b|among\b|in\b)(?:[\w,'’\-]+ ){0,5}(?:news|journalism)\b.*|"
            r"(?:get|download|install) (?:the|our)\b.*\bapps?\b.*|"
            r"get (?:all|the latest|the best|our|breaking|more|exclusive|unlimited)\b.*\b(?:news|updates|content|"
            r"newsletter|stories|coverage|delivered|inbox|access|alerts)\b.*|"
            r"listen (?:to|on|live|back|now)\b.*\b(?:here|live|podcasts?|radio|app|weekdays|spotify|apple)\b.*|"
            r"listen and subscribe\b.*|listen to more (?:stories|articles|podcasts)\b.*|"
            r"join (?:the |our )?(?:[\w'’\-]+ ){0,4}newsletter\W*|(?:like|enjoy|enjoying|love|value) (?:this|our) (?:newsletter|email|briefing|coverage|journalism|reporting|work)\?.*|"
            r"hear more (?:on|from) (?-i:[A-Z]).{1,80}|(?:paid )?(?:subscribers|members) get (?:every|all|unlimited)\b.*|"
            r"already (?:subscribe|subscribed|a subscriber|a member)\?\s*(?:sign|log) ?in\b.*|.*\btry it free for (?:a|one|\d+) (?:week|month|days?)\b.*|"
            r"get (?:the |our )?(?-i:[A-Z])[\w&'’ ]{1,40} (?:briefing|newsletter|digest|bulletin)\b.*|"
            r".*\b(?:briefing|newsletter|headlines|stories|news|digest|round-?up|edition|sent|delivered)\b.{0,60}\b(?:to|in) your inbox\b.*|"
            r"get (?:new |the latest |our )?(?:posts|stories|articles|updates) (?:by|via) e-?mail\b.*|"
            r"forward (?:it|this(?: email| newsletter)?) to a friend\W*|view (?:this )?(?:email|newsletter) in (?:your |a )?(?:web )?browser\W*|"
            r"try (?:a|one|\d+) (?:month|week)s? of (?:unlimited |digital )?access for\b.*|(?:listen to )?(?:an? |the )?audio version of this (?:article|story)\b.*|"
            r"play (?:episode|podcast|audio)|follow (?:this|our) (?:channel|publication) on\b.*|stream\b.{1,40}\blive (?:around the clock|24/7|now)\W*|"
            r"know someone who (?:would|might) (?:like|enjoy|love)\b.*|download (?:the )?(?:episode|podcast|audio|mp3)\b.*|get (?:real-time |instant |breaking |push )?(?:news |price |stock )?alerts (?:on|for|about)\b.*|"
            r"get (?:our|(?:[\w'’]+ ){0,3}[\w]+['’]s) free (?:[\w'’\-]+ ){0,4}(?:e-?mail|newsletter|briefing|digest|alerts?)\b.*|"
            r"keep up (?:to date )?with (?:all )?the latest\b.*\b(?:following|follow|subscribe|sign up|download)\b.*|"
            r"watch\b.*\bon your (?:streaming device|smart tv|phone)\b.*|"
            r"download\s*:?\s*(?:the |our )?(?:free )?.{0,40}\bapps?\b.*|"
            r".*\bdonate (?:today|now|here)\W*|"
            r"join (?:[\w'’]+ ){0,5}(?:whatsapp|telegram|signal|viber) (?:group|channel|community)\b.*|"
            r".*\bcancel (?:at )?any ?time\.?|cancel (?:at )?any ?time\b[^?]*|"
            r"[$£€]\d+(?:\.\d\d)? (?:a|per) (?:week|month|year) for (?:the first|\d+)\b.*|try \d+ (?:months?|weeks?) for [$£€]\d+.*|"
            r"(?:subscribe|join|sign up)(?: now| today)? (?:from |for (?:just |only )?)[$£€]\d+(?:\.\d\d)? (?:for (?:your |the )?first|a (?:week|month)|per (?:week|month))\b.*|"
            r".*\bdelivered (?:straight |directly )?to you\.?|"
            r"watch the latest (?:edition|episode)\b.*|get updates on\b.*|"
            r"(?:watch|video|listen)\s*:\s*the (?:moment|best|highlights|full|latest|video|clip|footage|pictures)\b[^.!?]*|"
            r"(?:tune in|watch|listen)\b.{1,60}\bfor (?:the )?(?:full|whole|complete) (?:story|interview|report|episode|programme|program)\W*|"
            r"find (?:us|[\w'’ ]{1,40}) on (?:whatsapp|telegram|instagram|facebook|x|twitter|tiktok|youtube|google news)\b.*|"
            r"readers like you (?:are|have)\b.*|"
            r"(?:learn more\s*)?support (?:us|the (?-i:[A-Z])[\w'’]*(?: (?-i:[A-Z])[\w'’]*){0,3})|"
            r"follow (?-i:[A-Z])[\w'’]*(?: (?-i:[A-Z])[\w'’]*){0,3}\s*:|(?:daily |weekly )?newsletter\s*(?:receive|get|sign up)\b.*|"
            r"good journalism costs\b.*|"
            r"by contributing to\b.*\byou(?:'re| are) helping\b.*|"
            r"donate(?: now| today| here)?|subscribe to .{1,40} to get (?:access|unlimited)\b.*|"
            r"stay (?:updated|up[- ]to[- ]date|informed)\b.*\b(?:notifications|newsletters?|app|whatsapp|channel)\b.*|"
            r"our (?:[\w'’]+ ){0,2}(?:e-?mail|newsletter|briefing)\b.*|"
            r"take us with you\b.*|"
            r"(?:watch|follow|find) .{1,40} on youtube\b.*|(?:new\s*)?you can now listen to\b.*|"
            r"get (?:the|our) (?:[\w'’\-]+ ){0,4}newsletter\b.*|recommended newsletter\s*:.*|"
            r"make a (?:gift|donation|contribution)\b.*\bsupport\b.*|"
            r"(?:watch|listen):? (?:the )?(?:full )?(?:video|episode|podcast|live|now|here)\b.*|"
            rf"follow(?: us)? on {_NETWORK}|"
            r"follow (?:us|@\w+|[\w'’.]+(?: [\w'’.]+){0,4}) on (?:twitter|facebook|instagram|youtube|tiktok|"
            r"linkedin|x|threads|bluesky|whatsapp|telegram|google news|flipboard|social media)\b.*|"
            r"follow (?:us|@\w+)\b.*|like us on facebook\b.*|"
            r"follow (?:[\w'’.]+ ){1,6}(?:coverage|news|updates)\b.*https?://\S+.*|"
            r"i (?:would like|want) to (?:be emailed|receive)\b.*|"
            # ("The WhatsApp channel of the broadcaster has passed a million followers" is a story's sentence)
            r"(?:our (?:whatsapp|telegram|youtube|broadcast) channel\b.*|the (?:whatsapp|telegram|youtube|broadcast) channel\s*[:|\-–—]\s*.*)|get (?:this|these|the) stor(?:y|ies) first\b.*|"
            r"try\b.{1,40}\bin (?:our|the) (?:new |free )?app\b.*|get (?:[\w'’\-]+ ){0,3}(?:alerts|updates|notifications) on (?:whatsapp|telegram|signal|viber)\b.*|"
            r"get (?:our|the) (?:[\w'’\-]+ ){0,3}(?:briefing|newsletter|digest|bulletin)\b.*|our newsletters?\s*:\s*\S.*|"
            r"(?:new\s*:\s*)?(?-i:[A-Z]).{1,40} is now on (?:whatsapp|telegram|instagram|tiktok|threads|bluesky|youtube|google news)\b.*|"
            r"our (?:telegram|whatsapp|viber) (?:bot|channel|group)\b.*|(?:leave|enter|drop) your e-?mail(?: address)? (?:to|and) (?:receive|get)\b.*|"
            r"our e-?paper\b.*|tell us your (?:story|news)\b.*(?:@|\bwhatsapp\b|\bcall\b).*|unlock (?:all|unlimited|every) (?:articles?|stories|access)\b.*|"
            r"watch our (?:[\w'’\-]+ ){0,3}(?:bulletins?|videos?|shows?|programmes?|livestreams?)\b.*|[^.!?]{0,80}\bwherever you get your podcasts\W*|"
            r"get unlimited (?:digital )?access (?:to )?.{1,40}\bfor\b.{0,20}\d.*|tune in to (?-i:[A-Z]).{1,60}|"
            r"try (?:full |unlimited |complete )?digital access\b.*|[$£€]\d+(?:\.\d\d)? for (?:your )?(?:first )?(?:\w+ )?(?:weeks?|months?)\b.*|"
            r"after that,? [$£€]?\d[\d.,]*.{0,40}\b(?:a|per) (?:month|week|year)\b.*|unlimited access to\b.*\b(?:a|per) (?:month|week|year)\b.*|"
            r".*\bplans start at [$£€]?\d.*|already have (?-i:[A-Z])[\w&'’ +]{1,30}\?\s*(?:log ?in|sign in)\b.*|.*\bchip in (?:today|now|here)\b.*|"
            r"[^.!?]{10,80}, in (?:one|a) (?:short |single |quick )?e-?mail\.?|watch the on-demand\b.*|.*\border your (?:copy|print edition)\b.*|"
            r"follow our live coverage\b.*|scores? updates? automatically|(?:match tracker|live scores?|scoreboard) (?:is )?loading\b.*|"
            r"follow (?:all )?(?:the )?action\b.*\bour\b.*|(?:stream|watch) (?:the )?(?:race|match|game|fight)s? live on\b.*|(?:[^.!?]{1,40}\?\s+)?send us your (?:photos|pictures|videos|stories)\b.*|"
            r"(?:text|call|whatsapp|message) us on \+?\d[\d ]{6,}|news ?desk\s*:.*|e-?mail the news ?desk\b.*|have your (?:photos|pictures|story) featured\b.*|"
            r"pick up (?:the|our|a) .{0,30}\b(?:issue|edition|copy)\b.*|save \d+% on\b.*\bsubscription\b.*|"
            r".*\beligible for [\d.]+ (?:cme|cpd|ce) (?:credits?|points?|hours?)\b.*|nominate (?:a|an|your)\b.*\b(?:awards?|prize)\b.*|"
            r"request a free (?:sample )?(?:copy|issue)\b.*|enter (?:the|our) (?-i:[A-Z]).{1,60}\b(?:prize|awards?|competition|contest)\b.*|"
            r"download (?:the|our) e-?(?:edition|paper)|get (?:the )?.{1,40} delivered (?:to your (?:door|home)|daily)\b.*|"
            r"sign up for (?:our |the )?(?-i:[A-Z])[\w&'’ .]{1,40} (?:briefings?|newsletters?|alerts|updates|bulletins?)|"
            r"(?:our|this) (?:journalism|reporting|work) is (?:funded|supported|paid for|made possible) by (?:readers|you|"
            r"our (?:readers|members|supporters))\b.*|premium|"
            r"your (?:subscription|sign-?up|registration) (?:could not|couldn'?t|has|was|is)\b.*|"
            rf".*(?:[{_PICTOGRAPH}»—–]|\.)\s*(?:subscribe|sign up|register|join)(?: now| today| free| here)?|"
            r"(?:get|read|download|subscribe to) (?:the|our|today's) (?:[\w'’\-]+ ){0,3}(?:e-?paper|digital edition|"
            r"print edition)\b.*|(?:tap|click|press|hit) the .{1,20} (?:icon|button|bell)\b.*\b(?:get|receive|subscribe|"
            r"follow|alerts|news)\b.*|"
            r"(?:already a (?:subscriber|member)|not a subscriber)\b.*|"
            r"(?:become a|join as a) (?:member|subscriber|supporter)\b.*|"
            r"(?:want|like) (?:more|this)\b.*\?\s*(?:sign up|subscribe|get)\b.*|"
            r"(?:(?:our|the|a|this) )?(?:[\w'\-]+ ){0,3}(?:newsletter|podcast)s?\b.{0,40}\b(?:sign up|subscribe|inbox)\b.*|"
            r"get (?:[\w'\-]+ ){0,5}(?:in|to|into) your inbox\b.*|"
            r"join (?:us|our) (?:on )?(?:[\w'\-]+ ){0,3}(?:channel|community|group|newsletter|mailing list)\b.*|"
            r"(?:please )?(?:enter|type) (?:a valid |your )?e-?mail(?: address)?\b.*|thanks? (?:you )?for (?:signing up|subscribing|registering)\b.*|"
            r"by (?:signing up|subscribing|registering)\b.*|newsletters?|"
            r"(?:turn on|enable) (?:push )?notifications\b.*|"
            r"try (?:it )?(?:\d+ (?:days|weeks|months) )?(?:for )?free\b.*|get \d+% off\b.*|(?:have|got) an? (?:[\w]+ )?(?:news )?(?:tip|story)\?.*|"
            r"(?:watch|listen to) the full (?:interview|video|clip|episode|report|segment|conversation) on .{1,40}|"
            r"(?:watch|listen to) the full (?:interview|video|clip|episode|report|segment|conversation)(?: [\w'\-]+){0,4} "
            r"(?:above|below|here)\.?|"
            r"read more (?:about [^.]{1,60} )?here\.?|(?:already )?have an account\?.*|log ?in|sign in|"
            r"make a (?:one-off|one-time|single|monthly|regular|recurring|tax-deductible) (?:donation|contribution|gift|payment)\b.*|"
            r"pledge (?:your|my) support\b.*|give (?:a |the )?gift (?:of )?(?:an? )?(?:digital )?(?:subscription|membership)s?\b.*|"
            r"keep (?-i:[A-Z])[\w'’&.]*(?: (?-i:[A-Z])[\w'’&.]*){0,3} free (?:for (?:all|everyone)|to read|and independent)\b.*|"
            r"become an? (?-i:[A-Z])[\w'’&]*(?: (?-i:[A-Z])[\w'’&]*){0,2} (?:insider|member|supporter|patron|friend|subscriber)\b.*|"
            r"new episodes? (?:every|each|out|drops?|released|available|are released|land)\b.*|"
            r"you(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ (?:free |complimentary )?(?:articles?|stories)\b.*|"
            r"get (?:sms|text|mobile|push|breaking news|e-?mail) alerts\b.*|since you(?:'re| are) here\b.*|.*\bwe have a small favou?r to ask\b.*|"
            r".*\bbook your (?:place|seat|spot|tickets?) (?:here|now|today|online)\b.*|order (?:a )?reprints? of this (?:article|story|photo)\b.*|"
            r"enter (?:our|this|the) (?:competition|contest|giveaway|prize draw|sweepstakes?)\b.*|limited[- ]time offer\s*:.*|"
            r".*\byour (?:donation|gift|contribution) will be (?:doubled|matched|tripled)\b.*|get\b(?=.{0,100}\bnewsletter\b).*|"
            r"(?:sign up|subscribe|register) (?:for|to) .{1,40} to get\b.*|.*\bsubscriber-only (?:q ?& ?a|event|webinar|briefing|call|chat|livestream)\b.*|"
            r"(?:watch|stream) (?:[\w.&'’]+ ){1,3}24/7\b.*|watch (?:[\w.&'’]+ ){1,4}live on (?-i:[A-Z]).*|"
            r"(?:watch|listen to) the full (?:interview|video|clip|episode|report|segment|conversation|podcast)|"
            r"thanks? (?:you )?for reading\b.*\b(?:subscribe|share|support|free)\b.*|this post is public so feel free to share it\b.*|"
            r"give (?:a |the )?gift (?:of|to)\b.*\b(?:subscription|membership|journalism)\b.*|gift an? (?:subscription|membership)\b.*|"
            r"follow (?:the )?topics (?:and authors )?(?:from|in) this (?:story|article)\b.*|"
            r"\[button\b.*\[/button\])$",
            max_words=45, spares=_REPORTED + r"|;|\bfrom \d{1,2}[:.]\d\d\b|" + _OTHERS_CAN + r"|^\W*(?:sign(?:ing)? up|subscribing|"
            r"registering|registration)(?: for| to| with)? (?:[\w'’\-]+ ){1,5}(?:is|are|was|were|opens|closes|begins|starts|ends|runs|"
            r"remains)\b"),  # a call to action has no second clause after a semicolon
    # Share, follow and social widgets: bare network names, "Share this story", "Like Loading...".
    _family("share_widget",
            _LEAD + rf"(?:find us on (?:social media|{_NETWORK})|stay connected(?: with us)?|"
            rf"(?:(?:kindly|please) )?(?:share|send|post|pin|email)(?: this| the)?(?: (?:story|article|page|post|link|"
            rf"video|on|via|to|with|obituary|recipe|episode|podcast|gallery|photos?|live blog|blog|interview|review|piece))*{_SHARE_ROW}?|"
            rf"(?:{_SHARE_ITEM}[\s,|•·/{_PICTOGRAPH}]*){{1,12}}|(?:\[\s*{_SHARE_ITEM}\s*\]\s*){{2,12}}|"
            r"follow (?:this|the) (?:author|writer|reporter|journalist|columnist)\b.*|"
            r"(?:click|tap) to (?:share|email|print|tweet)\b.*|share (?:to|on|via) \w+(?: \(.*\))?|"
            r"(?:opens|open) in (?:a )?new (?:window|tab)|like loading\.*|like this:?|"
            rf"(?:[{_PICTOGRAPH}]*\s*(?:like|reply|share|comment|repost|report|save|flag)s?\s*\d*\s*[·•|]\s*){{1,5}}"
            rf"[{_PICTOGRAPH}]*\s*(?:like|reply|share|comment|repost|report|save|flag)s?\s*\d*|"  # (a row with the post's age is quoted)
            r"(?:font|text) size\b.{0,20}|share (?:this )?with (?:your )?friends(?: and family)?|social sharing|follow (?:this )?(?:topic|story|author)|shares?\s*:?\s*[\d.,]+[km]?|"
            r"(?:print|save|bookmark) (?:this )?(?:article|story|page|obituary|recipe|post)|order reprints?|reprints?(?: & permissions)?|"
            r"(?:facebook|twitter) (?:share|tweet)|share (?:article|story|news|release)|share this (?:update|post|entry|item|news|release|video|gallery)|share this with (?:a friend|friends)|forward (?:by|via) e-?mail|share icon|bookmark (?:this|for later)|copy link to this (?:post|update|entry)|follow|follow us|\d+ shares?|shares?|"
            r"this article has been sent to\b.*|gift (?:this )?article|listen to (?:this )?article|"
            r"share (?:full article|options|this)|tweet this|(?:send|email) (?:this )?(?:article |story )?to a friend|"
            r"(?:send|email|gift|share) this (?:article|story) (?:to|with) a friend\b.*|you have \d+ gift (?:articles?|stories|links?) (?:left|remaining)\b.*|"
            r"(?:switch to |turn on |use |enable )?(?:dark|light|night|high[- ]contrast) (?:mode|theme)|light\s*[|/·•]\s*dark(?:\s*[|/·•]\s*(?:auto|system))?|"
            r"(?:log ?in|sign in|register|subscribe)(?:,? (?:or )?(?:log ?in|sign in|register|subscribe))* to save (?:this )?"
            r"(?:articles?|stor(?:y|ies))\b.*|be the first to (?:like|share|react to) this|"
            r"spread the word\b.*\bshare\b.*|share this (?:article|story|page) (?:on|with) your (?:networks|friends|followers)\b.*|"
            r"(?:did you find|was) this (?:article|story|page|content) (?:helpful|useful|insightful|interesting|informative)\??(?:\s*(?:yes|no)(?:\s*[|/·•]\s*(?:yes|no))?)?|"
            r"repost|forward (?:this|it) to (?:a friend|someone|a colleague)\b.*|like (?:us|our page|(?-i:[A-Z])[\w&'’ .]{1,40}) on (?:facebook|instagram|x|twitter)|"
            r"found this (?:useful|helpful|interesting)\?.*|pass (?:this|it) (?:along|on)|"
            r"yes\s+no|\d+% (?:of )?readers found this (?:article|story) \w+|.{1,80}\bopens? (?:in )?(?:a )?new (?:tab|window)\)?|"
            r"(?:share )?(?:all )?sharing options|text (?:settings|size)|resize|font size|a\s*[-−–]\s*a\s*a\s*\+|a\s*a\s*\+|a\s*\+\s*a\s*[-−–]|(?-i:A A A)|"
            r"gift (?:this )?article(?: free)?|"
            r"copy link\s*(?:url\s*)?(?:copied!?)?|(?:url|link) copied!?|failed to save (?:article|story)|please try again(?: later)?\.?|"
            r"(?:(?:normal|larger|large|very large|small|smaller) text size\s*){2,}|share this (?:story|article)\s*:\s*(?-i:[A-Z]).{5,150}|"
            r"follow (?:related )?(?:authors|topics)\b.*|.*\byou follow will be added to your\b.*|\d{1,3}(?:\.\d)?k|"
            r"(?:change|adjust|increase|decrease) (?:the )?(?:text|font) size|more sharing options|"
            r"to embed this\b.*|copy the code below\b.*|copy/paste the\b.*\bembed\b.*|(?:sign in|log ?in) to save\b.*|back to top|"
            r"save (?:articles|stories) (?:to read later|for later)\b.*|share this article\s*comments|"
            r"share or comment on this (?:article|story)\b.*|end of list|start of list|more ways to share\b.*|"
            r"print friendly(?:,? pdf)?(?: (?:&|and) email)?|email this\s*blogthis!.*|"
            r"\d+ likes?(?:\s*[·•|]\s*\d+ (?:restacks?|comments?|shares?))*|(?:one|\d+) bloggers? likes? this|post (?:not )?marked as liked|"
            rf"{_NETWORK}\s*:\s*@[\w.]+(?:\s*,\s*@[\w.]+)*|(?:skip|end of) (?:\w+ )?(?:post|tweet|embed|video) by\b.*|"
            r"pic\.twitter\.com/\S+|add to flipboard(?: magazine)?|view this (?:post|profile|reel) on (?:instagram|facebook|x|twitter|tiktok|threads)|"
            r"claps? for this (?:story|post|article)|\d+(?:\.\d+)?k? shares?|email a friend|save for later|bookmark|(?:add|save) (?:this )?(?:(?:article|story) )?to (?:my |your )?(?:reading list|saved (?:articles|stories)|favou?rites|bookmarks)|link copied(?: to clipboard)?|copy (?:the |article )?link|loading\.*|like|"
            r"tweet this quote|why you can trust\b.*|.*\bjump to (?:the )?comments section\b.*|follow topics and authors\b.*|"
            r"(?:only have a minute\?\s*)?listen instead|powered by trinity audio|"
            r"audio is (?:ai|automatically|computer)[- ]generated\.?|audio (?:is|was) (?:generated|produced|created) "
            r"(?:automatically|by ai|using ai|with ai)\b.*|text size|reuse this content|"
            r"listen to (?:this )?(?:article|story)\s*(?:[·•|:\-–—]\s*\d+\s*(?:min|mins|minutes?)|\(\s*\d+\s*(?:min|mins|minutes?)\s*\))|"
            rf"(?:compartir|partager|teilen|compartilhar) (?:en |sur |auf |no )?{_NETWORK}|shiriki habari hii:?|"
            rf"(?=.*[{_PICTOGRAPH}])(?![★☆\s]+$)[{_PICTOGRAPH}\d\s|·•,.kKmM]+(?:share|reply|like|comment|repost)?|"  # a line of stars is a review's rating
            r"compartilhe|compartir|partager|teilen|stumble it!?|(?:add to )?del\.icio\.us|digg (?:this|it)!?|bookmark and share|"
            r"share this (?:story|article|post),? choose your platform!?|(?:send|give) (?:any |a )?friend (?:a|this) (?:story|article)|"
            r"give this (?:article|story)|republish (?:this|our) (?:story|article)(?: for free)?\b.*|voiced by amazon polly|"
            r"order (?:a )?reprints? of this (?:article|story|photo)\b.*)" + _END,
            max_words=14),
    # A page's navigation and controls: skip links, breadcrumbs, menus, a live page's buttons.
    _family("navigation",
            _LEAD + r"(?:skip to (?:the )?(?:main )?(?:content|navigation|search|article)|skip (?:next|previous) section\b.*|"
            r"(?:main )?menu|search|navigation|(?:toggle|jump to|open|close|show|hide) (?:the )?(?:main )?(?:navigation|menu|search)(?: bar)?|"
            r"(?:back|return|go back) to (?:the )?(?:home ?page|home|front ?page|main page)|print(?:er)?[- ]friendly(?: version| page| format)?|"
            r"(?:\d{1,3}\s+){1,12}(?:next|›|»)(?:\s*[›»>])?|jump to (?:the )?(?:latest|key) (?:updates|posts|events)|"
            r"editions?\s*:\s*(?:us|uk|international|europe|asia|africa|india|australia|canada|global|middle east|(?-i:[A-Z]{2}))|(?:send (?:us )?)?(?:your )?feedback|open in (?:the )?app|load more(?: updates| stories| articles)?|"
            r"show (?:\d+ )?(?:more|new|previous) (?:updates|posts)|show key events only|key events|key updates|pinned(?: post| update)?|"
            r"auto-?refresh(?: is)? (?:on|off)|refresh (?:the )?feed|sign in to access\b.*|"
            r"home\s*(?:[>›»/|]\s*[\w'’&.,\- ]{1,40}){1,5}|hits\s*:\s*\d+|or,? continue in (?:the )?app|"
            r"you are here\s*:.{1,80}|newsroom|(?-i:[A-Z])[\w'’&.\-]*(?: [\w'’&.\-]+){0,3}(?:\s*[›»]\s*(?-i:[A-Z])[\w'’&.\-]*(?: [\w'’&.\-]+){0,3}){1,4}|"
            r"sorry, there are no (?:recent )?results\b.*|(?:switch |choose |select )?editions?\s*:\s*[\w ]{2,20}(?:\s*[|·•/]\s*[\w ]{2,20}){1,6}|match cent(?:re|er)|scores (?:and|&) fixtures|fixtures (?:and|&) results|results (?:and|&) fixtures|(?:[\w'’:&\-]+ ){1,6}(?:near you|in your area|for your area|in the area)|traffic (?:and|&) travel(?: updates| news)?|"
            r"live (?:road|traffic) (?:conditions|cameras)(?: map)?|latest travel\s*:.*|today'?s weather\s*:.*|weather\s*:\s*\d+-day forecast\b.*|"
            r"place (?:a|your) (?:family|death|birth|memorial) notice|court listings(?: for (?:this|the) week| this week)?|school closures\s*:.*\b(?:check|see|live)\b.*|"
            r"[\w ]{2,20}\s*:\s*latest (?:cases|news|updates|stories)|catch up on (?:the|our|last) [\w'’ ]{1,40}|"
            r"live scores(?: (?:and|&) (?:results|fixtures))?)" + _END, max_words=16),
    # Copyright and rights lines (not sentences about copyright: the line must carry a rights formula).
    _family("copyright",
            r"^[\s(\[]*(?:(?:(?:all )?(?:content|text|site|photos?|images?) )?(?:copyright|©|ⓒ|\(c\))\s*[:,]?\s*(?:©|ⓒ|\(c\))?\s*(?:\(?\d{4}\)?|by\b|"
            r"(?-i:[A-Z0-9])[\w.&',\-]*(?:\s+(?:(?-i:[A-Z0-9])[\w.&',\-]*|of|the|and|&)){0,7}\s*\.?\s*$).*|"
            r"(?:republishing|reproducing|republication of|reproduction of) this (?:article|story|content) (?:requires|is not permitted|is prohibited)\b.*|"
            r"republishing this (?:article|story|content)\?.*|.*\b(?:read|see) our (?:republication|republishing|syndication) (?:guidelines|policy|terms)\b.*|"
            r"(?-i:[A-Z]).{1,80} is a trading name of (?-i:[A-Z]).{1,80}\b(?:ltd|limited|plc|llp|llc|inc)\.?|"
            r"(?:[^.]{0,80}[.,]\s*)?all rights reserved,?\s*(?:19|20)\d\d\.?|"
            r"(?:[^.]{0,80}[.,]\s*)?(?:all rights reserved|todos los derechos reservados|tous droits réservés|"
            r"alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados)\.?|all rights reserved[.;]\s+.*|"
            r"(?:please )?(?:do not|don'?t|may not) (?:reproduce|republish|copy|redistribute)\b.{0,60}\bwithout (?:the |our )?"
            r"(?:prior |express |written )*permission\b.*|"
            r"no part of this (?:publication|article|website|site|material|content) may be\b.*|"
            r"(?:all )?(?:material|content)s? (?:on|of) this (?:web)?site (?:is|are) (?:(?:protected by )?copyright|the property of)\b.*|"
            r"part of (?:the )?(?-i:[A-Z]).{1,80}\b(?:media|news|publishing) (?:group|network)\.?|"
            r".*\breproduction of this (?:report|article|story|content|material)\b.*\b(?:prohibited|forbidden|not permitted)\b.*|"
            r"(?:unauthori[sz]ed )?reproduction (?:in whole or in part )?(?:without (?:the |our )?(?:prior |express |written )*"
            r"(?:permission|consent) )?(?:is )?(?:strictly )?(?:prohibited|forbidden|"
            r"not permitted)\b.*|"
            r".*\bmay not be (?:reproduced|republished|redistributed|copied)\b.{0,60}\bwithout (?:the )?(?:prior |express |"
            r"written )*(?:permission|consent)\b.*|distributed by (?:(?-i:[A-Z])[\w.&'\-]*,?\s*){1,6}\.?|"
            r"(?:a version of )?this (?:article|story|piece|post) (?:was )?(?:originally|first) (?:appeared|published|ran|featured)\b.*|"
            r"creative commons (?:attribution|by)[\w\- ]*\d\.\d(?: international| generic| unported)?(?: licen[cs]e)?|"
            r"this (?:article|story) was (?:reprinted|republished) (?:from|with)\b.*|provided by (?-i:[A-Z])[\w .&'’\-]{1,60}|"
            r"this (?:document|article|content|story) is subject to copyright\b.*|"
            r".*\b(?:republication|redistribution)\b.*\bprohibited\b.*|"
            r"this (?:content|article|material) is (?:copyright(?:ed)?|protected by copyright)(?: protected)?\b.*|.*\bunder (?:a )?creative commons\b.*|"
            r"the post .{5,200} appeared first on .{2,60}|"
            r"distributed by .{1,40} on behalf of\b.*|"
            r"(?:(?-i:[A-Z])[\w&.'’ \-]{1,60} is )?published by (?-i:[A-Z])[\w&.\-]*(?: [\w&.\-]+){0,4} "
            r"(?:ltd|limited|plc|inc|llc|llp|b\.?v\.?|s\.?l\.?|s\.?a\.?|gmbh|ag|pty|oy|ab|a/s|kk)(?!\w).*|"
            r".*\b(?:quotation|citation|reproduction|republication) (?:is )?(?:permitted|allowed) (?:only )?with\b.*\b(?:credit|attribution|link|source)\b.*|"
            r"all rights to (?:this|these|the) (?:material|materials|content|article)s? (?:belong|are reserved) (?:to|by)\b.*|"
            r"owned and operated by (?-i:[A-Z])[\w&.'’ \-]{1,60}|all rights reserved by\b.*|this (?:article|story) has been (?:republished|reproduced) from\b.*|rights (?:and|&) permissions\b.*|published under licen[cs]e (?:from|by)\b.*|"
            r".*\bmay not be (?:reproduced|republished|redistributed)\b.{0,40}\bwithout (?:a |the )?licen[cs]e\b.*|"
            r"registered (?:media outlet|mass medium|news outlet|newspaper)\b.*\b(?:licen[cs]e|registration|reg\.?) (?:no\.?|number)\b.*|"
            r"(?:for )?(?:copyright (?:and|&) )?(?:syndication|reprints?|licensing|permissions?) (?:requests|enquiries|inquiries)\b.*(?:@|\bcontact\b|\bwrite to\b|\bemail\b).*|"
            r"(?:copyright|©)\s+(?-i:[A-Z])[^.]{1,60}\.\s+(?:licensed|syndicated) (?:content|material)\.?|"
            r"distributed by .{1,60} under (?:licen[cs]e|agreement)\.?|"
            r"(?:this (?:article|story) (?:is|was) )?republished (?:with (?:kind )?permission|from|by permission)\b.*|"
            r".*\bmay not be (?:published|reproduced|copied|republished),? (?:broadcast|rewritten|distributed|"
            r"redistributed|in whole).*|"
            r".*(?:©|ⓒ)\s*(?:\d{4}|(?-i:[A-Z])).*|"
            r"this (?:article|story|content|material) is (?:the )?(?:copyright(?:ed)?|property)\b.*|"
            r"this copy is for your personal,? non-commercial use only\b.*|"
            r"무단\s*전재.*|.*무단전재.*)$",
            max_words=45,  # a sentence about a copyright year, or one that quotes a rights line
            spares=r"^\W*copyright\s+\d{4}\s+(?:was|were|is|are|has|had|appeared|appears)\b|^[^\"“]{8,}[\"“][^\"”]*(?:©|ⓒ)|"
            r",\s+(?:[\w'’\-]+ ){1,4}(?:said|says|wrote|writes|ruled|argued|added|noted|found)\b[,.]"),  # ("..., the judge wrote, ...")
    # Wire-agency trailers: standards notes, sports link lines, automated-story notes.
    _family("wire_trailer",
            r"^(?:our standards:.*|(?:the )?thomson reuters trust principles\.?|"
            r"sign up for breakingviews.*|(?:find |see )?(?:more|follow)(?: of)? (?:ap|reuters|afp)(?:'s|’s)?\b.*(?:https?://|www\.|\b[\w\-]+\.(?:com|org|net)/)\S+.*|"
            r"more (?:ap|reuters|afp) (?:coverage|news|stories)\b.*|"
            r"(?:the )?(?:associated press|ap|reuters) (?:created|generated|produced|wrote) this (?:story|article)\b.*|"
            r"(?-i:[A-Z])[\w&'’ .]{1,40} (?:agency|wire|service|desk|association|press) (?:created|generated|produced|wrote) this (?:story|article|report)\b.*|"
            r"follow (?-i:[A-Z])[\w&'’ .]{1,40}(?:'s|’s) (?:[\w'’\-]+ ){0,3}coverage (?:at|on) (?:https?://)?[\w\-]+(?:\.[\w\-]+)+\S*|"
            r"this (?:story|article) (?:was|has been) (?:generated|created|produced|written) (?:automatically|"
            r"using|by (?:an )?(?:automated|ai))\b.*|"
            r"(?:this (?:story|article) has been )?(?:published|edited) from a wire agency feed\b.*|"
            r"\(?(?:this|the) (?:story|article) (?:has not been edited|was auto-generated)\b.*|"
            rf"(?:[-–—]+|[*•·▪‣◦●])\s*{_AGENCY}(?: news| wire| staff)?|(?:content|copy|story) (?:provided|supplied) by\b.*|{_AGENCY} news agency|(?:acquire|purchase) licensing rights\b.*|(?:©\s*)?thomson reuters\.?|"
            r"reuters breakingviews is\b.*|.*\bthe (?:opinions|views) expressed (?:here )?are (?:his|her|their|the author'?s|"
            r"those of the author)\b.*|information from:\s*.*|"
            rf"{_AGENCY}(?:\s*[,/&]\s*{_AGENCY})+|"
            r"more stories like this are available on \S+|"
            r"(?:disclaimer:\s*)?this (?:post|story|article) has been auto-published from an? (?:agency|syndicated|wire) feed\b.*|"
            r"source:\s*(?-i:[A-Z])[\w .&'’-]{1,40} and news agencies|"
            r"(?:read|find|see) more of (?:ap|reuters|afp)(?:'s|’s)? \w+(?: \w+)? coverage at\b.*|.*\b(?:associated press is an independent global news organi[sz]ation|"
            r"ap is solely responsible for all content)\b.*|"
            r"this (?:report|story|article) by .{1,60} was (?:first )?published\b.*|"
            r"\(?with (?:[\w.]+ )?inputs(?: from [\w .&'\-]{1,40})?\)?\.?|"
            rf"\(?(?:with|additional inputs? from) (?:agencies|{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*)\)?\.?|"
            rf"via (?:{_AGENCY}|(?:the )?(?:[\w'’]+ ){{0,4}}(?:news agency|press agency|news service|wire service|press of \w+))(?: news ?wire)?\s*\|?|"
            r"(?:agency copy\s*:\s*)?(?:this|the) (?:article|story|copy|report|content) (?:has|have) not been (?:reviewed|edited|checked) by\b"
            r".{1,60}\b(?:editors|editorial (?:team|staff)|staff)\b.*|"
            r"press release (?:issued|distributed|published) by\b.*|"
            r"(?:this|the) (?:article|story|report) was (?:produced|prepared|written) with the (?:assistance|help|support) of\b.*\b(?:agency|news service|wire)\b.*|"
            rf"(?:news(?:room)?|wire|agency) (?:feed|copy|service)\s*:\s*{_AGENCY}|"
            rf"source\s*:\s*{_AGENCY}(?: news| wire)?|sources?\s*:\s*{_AGENCY}(?:\s*,\s*{_AGENCY})+|"
            r"[-–—]*\s*\(?with files from\b.*|.*\b(?:syndicated (?:news |agency |wire )?(?:feed|service)|syndication (?:feed|service))\b.*|.*\bonly the headline (?:and picture )?(?:has|have|may have) been (?:changed|reworked|edited)\b.*|.*\bhas not been edited by\b.*\bstaff\b.*|\(?with (?:agency inputs|inputs from (?:agencies|[\w .&'\-]{1,40}))\)?\.?|"
            r"\(?only the headline and picture of this report may have been reworked\b.*|.*\bauto-generated from a "
            r"syndicated feed\b.*|(?:ap|reuters|afp)\b[^:]{0,40}:\s*(?:https?://|www\.)\S+.*|"
            r"[-–—]+\s*(?:the )?(?-i:[A-Z])[\w&'’ .]{1,40} (?:wire service|news service|news agency|press association)(?:\s*\((?-i:[A-Z]{2,6})\))?|"
            r"(?:this (?:story|article|report) was )?produced by (?:the )?(?-i:[A-Z])[\w&'’ .]{1,40} (?:newsroom|news agency|wire|wire service|news service|desk)\.?|"
            r"editorial (?:principles|standards|guidelines|policy)\s*:.*|"
            r"more (?:[\w'’\-]+ ){0,2}(?:coverage|news|stories) (?:from|at|on) [^:]{1,40}:\s*(?:https?://|www\.)?[\w\-]+(?:\.[\w\-]+)+/\S*|"
            r"(?:the )?associated press receives support from\b.*|read the original (?:article|story) (?:on|at)\b.*|"
            r"get (?:ap|reuters|afp) news alerts\b.*|.*\bis the news and media division of\b.*|.*\btrust principles\.?(?:,\s*opens new tab)?|"
            r"this (?:story|article|report) (?:was|has been|is) (?:automatically|auto-)(?: )?(?:generated|created|written)\b.*|"
            r"this (?:article|story) was provided by\b.*|\(?this (?:story|article) has been refiled\b.*|"
            r"this (?:content|story|article|report|item) was (?:produced|supplied|provided|prepared) by\b.*|\(?sources?\s*:\s*(?:news )?agencies\)?|"
            r"published under (?:a )?syndication agreement\b.*|"
            r"\(?(?:adds|updates with|recasts|refiles|rewrites|changes)\b.{0,80}\b(?:paragraphs?|graf|headline|byline|dateline)\b.{0,40}\)?\.?|"
            r"(?:story|report|copy) from (?:the )?.{1,50}\b(?:wire|agency|news service)\b.*|syndicated (?:from|by|via) (?:the )?(?-i:[A-Z]).{1,60}|"
            r"text\s*:\s*[\w.\-]{2,20}\s*[;,|]\s*(?:photos?|pictures?|images?)\s*:\s*\S.{0,30}|"
            r"(?:dispatch|report|story|copy) (?:filed|sent|supplied|received) (?:via|by|through)\b.*|"
            r"based on (?:reporting|reports|material) (?:by|from) (?:the )?(?-i:[A-Z])[\w&'’ .]{1,50}|end of (?:the )?(?:\S+ )?(?:dispatch|transmission)|"
            r".*\bchecked (?:under|against) (?:the |our |its )?(?:agency's |agency )?editorial (?:code|standards|guidelines)\b.*|"
            r"issued (?:through|by|via) .{1,40}\b(?:release|wire|news) service\b.*|feed\s*:\s*(?-i:[A-Z]{2,6})\b.*|"
            r"\((?-i:[A-Z]{2,6})\)\s*(?-i:[a-z]{2,4})(?:/(?-i:[a-z]{2,4}))+|.*\bwire\s*[-–—]+\s*end|sourced from (?:the )?.{1,40}\b(?:agency|wire|news service)\b.*|"
            r"transmitted\b.*\bby (?:the )?.{1,40}\bdesk\b.*|"
            r"this (?:is an?|story is (?:part of|from)) .{1,60}\b(?:journalism|reporting) (?:initiative|project|programme|fund|service) (?:story|project)\.?|"
            r".*\b(?:is|are) (?:supported|funded) by (?:a|the) .{0,40}\bjournalism (?:grant|fund|initiative)\b.*|dispatch (?:via|from|by) .{1,40}|embargo(?:ed)?\s*:.*|"
            r"source\s*:\s*(?-i:[A-Z])[\w&'’ .]{1,40}(?:news agency|press agency|news service|wire service|wire)(?:\s*\((?-i:[A-Z]{2,6})\))?|source\s*:\s*.{1,40} press release|"
            r"\([\w ]{2,30}\)\s*[-–—]+\s*(?:wire copy|edited for length)\b.*|"
            r"our (?:principles|values|ethics)\s*:.*|slug\s*:\s*\S.*|.*\bdistribution code\b.*|content from (?:our )?(?:wire|agency|news) partners?\b.*|"
            r"(?-i:[A-Z])[\w&'’ .]{1,40}(?:agency|news service|wire|press)\s*\((?-i:[A-Z]{2,6})\)\s*[-–—]\s*[\w ]{1,30}(?:desk|bureau)|"
            r"more (?:[\w'’\-]+ ){0,3}(?:results|fixtures|coverage|news|stories|sport)\s*:\s*(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/\S*|"
            r"more (?-i:[A-Z]{2,6})(?: [\w'’\-]+){0,2}\s*:\s*(?:(?:https?://|www\.)\S+|[\w\-]+(?:\.[\w\-]+)+/\S*)|"
            r"(?:this is an? )?(?:automated|auto-generated|computer-generated) (?:[\w\-]+ )?(?:story|article|report)\b.{0,40}\b(?:from|using|by|with)\b.*|"
            r"(?:wire|agency)(?: service)? (?:content|copy)(?:\s+(?:from|via|supplied by|provided by)\s+.{1,60}|\s*[;:\-–—]\s*(?:not|un)\b.{0,60}|"
            r"\s*:\s*(?-i:[A-Z])[\w&'’ ./›]{1,60})?\.?|"
            r"(?:[\w'’\-]+ ){0,2}data (?:supplied|provided|powered) by (?:(?!(?:shows?|showed|suggests?|reveals?|was|were|is|are|has|have)\b)[\w&'’.\-]+ ?){1,5}|"
            r"this (?:story|article) (?:was|has been|is) (?:generated|published|created) from an? [\w ]{0,30}\b(?:feed|wire)\b.*|.*\bcoverage is available at\b.*)$",
            max_words=40),
    # The same at the end only, where a story signs off: an agency desk slug ("kir-ab/dc"), the outlet's
    # address after a dash ("- Rappler.com"). ("Source: Pulse Kenya Online" is left: such a line credits a figure too.)
    _family("wire_trailer",
            r"^(?:(?-i:[a-z]{2,4}(?:-[a-z]{2,4})*(?:/[a-z]{2,4}(?:-[a-z]{2,4})*)+)|(?-i:[A-Z]{2,6})(?:/(?-i:[a-z]{2,4})){1,4}(?:/(?:19|20)\d\d)?|"
            r"[-–—]+\s*(?-i:[A-Z])[\w&'’.]*(?: (?-i:[A-Z])[\w&'’.]*){0,3} (?:media|wire|press|news|service|agency|newsroom|local|sports)|"
            r"for more (?:[\w'’\-]+ ){0,3}(?:articles|stories|news|coverage)\b.{0,30}\b(?:visit|go to|head to|see)\b.*|#{3}|"
            r".*\b(?:published|carried|used) as received from\b.*|distributed by (?-i:[A-Z])[\w &'’.]{1,40}(?:\b|news)(?:wire|agency|news service)\b.*|"
            r".*\bis the (?:charitable|philanthropic|non-?profit) arm of\b.*\b(?:reuters|news|media|press|newspapers?|publishing)\b.*|.*\beditorial (?:standards|principles|guidelines) apply\b.*|.*\bread our (?:editorial )?(?:principles|standards|guidelines)\b.*|learn more about (?:how we work|our (?:standards|journalism|editorial (?:standards|policy)))\b.*|"
            r".*\beditorial (?:standards|principles|guidelines)\s*:\s*(?:https?://)?[\w\-]+(?:\.[\w\-]+)+\S*|"
            r"(?-i:[A-Z]{2,6})(?:\s*[,/&]\s*(?-i:[A-Z]{2,6})){1,3}|(?-i:[A-Z]{2,6})\s+(?-i:[a-z]{2,4})(?:/(?-i:[a-z]{2,4}))+|"
            r"\((?-i:[A-Z])[\w&'’ .]{1,40} (?:news agency|wire service|news service|press agency)\)|"
            r"(?-i:[A-Z])[\w&'’ .]{1,40} (?:news agency|wire service|news service|press agency)\s*\((?-i:[A-Z]{2,6})\)\.?|"
            r"(?:the )?(?-i:[A-Z])[\w&'’ .]{1,50} receives (?:financial )?support from\b.*\bfor (?:its|our|their) (?:[\w\-]+ ){0,3}(?:coverage|journalism|reporting)\b.*|"
            r"(?:originally |first )?published (?:on|via|through) (?:the )?.{1,40}\bfeed\b.*|"
            r"(?-i:[a-z]{1,4}(?:/[a-z]{1,4})+)\s*\([\w ,&.]{1,60}\)|"
            r".*\bcomes? from (?:wire services|news agencies|the wires)\b.*|"
            rf"enditem|\(?end\)?|-+\s*ends?\s*-+|-+\s*{_AGENCY}\s*-+|{_AGENCY}\s*[—–\-]+\s*(?-i:[A-Z])[\w'’ ]{{1,30}} bureau|"
            r"==\s*\w+|(?:[–—]+|-{2,})\s*(?-i:[A-Z]{2,6})|source\s*:\s*(?!www\.)[\w\-]+(?:\.[\w\-]+)+|[-–—(]*\s*(?:source\s*:\s*)?(?:gna|pna|bernama|kyodo|yonhap|xinhua|efe|ansa|sana|irna|wam|kuna|qna|"
            r"bna|mena|tass|nan|app|bss|ians|uni|ani|pti|dpa|apa)\s*\)?\.?(?:\s+(?-i:[A-Z]{2,4}|[a-z]{2,4}(?:/[a-z]{2,4})+)){0,6}|"
            r"(?:media|press|investor) (?:contacts?|relations|inquiries|enquiries)\s*:?|contacts?\s*:?|"
            r"(?-i:SOURCE) (?-i:[A-Z]).{1,80}|(?-i:SOURCE)\s*:\s*(?-i:[A-Z][A-Z&'’. ]{1,40}(?:\s*(?:,|AND|&)\s*[A-Z][A-Z&'’. ]{1,40})*)|"
            r"[\[(]\s*(?:news )?(?:agencies|wires|agency inputs)\s*[\])]|"
            r"this (?:article|story) (?:first )?appeared in (?:the )?.{1,60}\bprint edition\b.*|(?-i:CONTACT)\s*:.*|view (?:original|source) (?:content|version)\b.*|"
            r"source\s*:\s*[\w .]{2,30}\|.*\beditor\s*:.*|.*\bonly a portion of the (?:news )?stories\b.*|"
            r".{5,200} was originally published (?:by|on) (?:the )?(?-i:[A-Z])[\w.&'’ \-]{1,40}\.?|"
            r"source\s*:\s*(?-i:[A-Z]{2,6})/(?-i:[a-z]{1,4})(?:\((?-i:[a-z]{1,4})\))?|"
            # the outlet's own description at the end ("X is a nonpartisan newsroom ...")
            r".*\bis an? (?:(?!(?:to|the|of|for|in|on|at|from|by|with|into)\b)[\w,\-]+ ){0,4}(?:newsroom|news organi[sz]ation|news service|wire service|news agency)\b.*|"  # not "a cut to the newsroom"
            r"[-–—]+\s*[\w\-]+(?:\.[a-z]{2,6}){1,3})$",
            Zone.TAIL, max_words=60),
    # Agency credit lines (a judgement call, kept configurable): "Reporting by ...; Editing by ...".
    _family("agency_credit",
            rf"^[(\[]?(?:{_CREDIT}(?:\s*[;,]?\s*(?:and\s+)?{_CREDIT})*\s*[.)\]]*|contributing to this (?:report|story) (?:were|was)\b.*|"
            r"[^\[\]]{0,200}\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\.?\)?|"
            r"(?:this (?:story|article|report|project|series) (?:was|is) )?(?:produced|published|reported) in (?:partnership|collaboration) with\b[^.]*\.?|"
            r"includes (?:reporting|material|information) (?:from|by) (?:the )?(?-i:[A-Z])[\w&'’ .()]{1,60}\.?(?:\s+more\b.*)?|"
            r"with (?:additional )?(?:agency|wire) reporting\.?|(?:additional|further) reporting (?:by|from) (?:the )?(?:news )?(?:agencies|wires|wire services)\.?|"
            rf"[-–—]*\s*with (?:additional )?assistance (?:from|by) {_NAMES}\.?)$",
            max_words=40, effect=Effect.OPTIONAL),
    # Cookie, privacy and legal notices.
    _family("legal_notice",
            _LEAD + rf"(?:{_LEGAL_ITEM}(?:(?:\s*(?:[|·•∙]|/{{1,2}})\s*|\s+[-–—]\s+)(?:new )?(?:{_LEGAL_ITEM}|contact|about|help|faqs?|careers|"
            r"advertise(?: with us)?|imprint|impressum))+|"
            # a footer bar that opens with a legal item: the rest are short items between bars
            rf"{_LEGAL_ITEM}(?:\s*[|·•∙]\s*(?>[\w'’&\- ]{{2,40}})){{2,10}}|"
            r"(?:cookie|cookies|privacy|data protection) (?:policy|notice|settings|preferences|"
            r"statement|centre|center|information|declaration)|(?:california residents\s*:\s*)?notice at collection|privacy|cookies|terms (?:of (?:use|service|sale)|and conditions|& conditions)|"
            r"terms|imprint|impressum|legal(?: notice| information| notices)?|mentions légales|aviso legal|"
            r"allow (?:selection|all)|update consent|our privacy (?:policy|notice) has (?:been )?(?:updated|changed)\b.*|"
            r".*\bis not responsible for the accuracy of (?:news releases|press releases|the content)\b.{0,40}"
            r"\b(?:posted|submitted|provided|supplied|published)\b.*|"
            r"política de privacidad|datenschutz(?:erklärung)?|cookies help us\b.*|(?:please )?(?:enable|turn on) javascript\b.*|"
            r"javascript is (?:disabled|required|not enabled)\b.*|(?:you need to )?(?:enable|turn on) javascript\b.*|"
            r"your browser (?:is out of date|is not supported)\b.*|advertise with us|(?:do not|don'?t) sell (?:or share )?my (?:personal )?(?:info(?:rmation)?|data)|"
            r"your (?:privacy|ad) choices|privacy manager|modern slavery (?:act )?statement|submit a correction|"
            r"accessibility(?: statement)?|contact us|about us|code of (?:conduct|ethics|practice)|"
            r"(?:data )?privacy act notice|grievance (?:officer|redressal)(?: officer| mechanism)?|i (?:accept|agree)(?: all)?|"
            r"(?:license|licence|republish) this (?:article|story|content)|we (?:respect|value) your privacy\.?|modern slavery statement|disclaimers?\s*:.*|"
            r".*\b(?:do|does) not necessarily (?:reflect|represent)\b.*\b(?:views?|opinions?|position|stance|policy|policies)\b.*|"
            r"this (?:content|article|information|material) is (?:for (?:general )?information(?:al)? (?:purposes )?only|"
            r"not (?:intended as )?(?:financial|investment|legal|medical) advice)\b.*|"
            r".*\b(?:this|the) (?:web)?site (?:is|shall be) governed by the laws? of\b.*|.*\bnotice at collection\b.*|"
            r"we(?:'ve| have) updated our (?:privacy policy|terms|cookie policy|privacy notice)\b.*|"
            r"consent\s*:\s*(?:accept|allow|reject|manage|save|confirm)\b.*|allow (?:all|selected|necessary)(?: cookies)?|"
            r"(?:(?:gdpr|privacy)\s*:\s*)?how we use your (?:data|information|personal data)|got it!?|ok,? got it!?|"
            r"agree (?:and|&) (?:close|continue|proceed)|reject (?:all|non-?essential)(?: cookies)?|"
            r"(?:(?:accept|reject|allow|deny|manage)(?: all| cookies| settings| choices)?\s*[·•|/]\s*){1,3}(?:accept|reject|allow|deny|manage)(?: all| cookies| settings| choices)?|"
            r"(?:update|change|manage) your (?:privacy|cookie|consent) (?:settings|preferences|choices)|"
            r"opt out of (?:personali[sz]ed|targeted|interest-based) (?:ads|advertising)\b.*|"
            r".*\b(?:designed|built|made) with the \S+ website builder\b.*|.*\bsite built on (?:drupal|wordpress|joomla)\b.*|"
            r".*\bis free software released under\b.*|(?:proudly )?powered by newspack\b.*|newspack by automattic|"
            r"(?:wordpress )?theme by\s+.{1,40}|editorial (?:standards|guidelines|policy|policies|code of conduct)|"
            r"report an? (?:editorial |technical )?(?:error|issue|problem|typo)|report a correction(?: or typo)?|"
            r".*\bis a registered trademark of\b.*|terms and privacy policy|privacy (?:dashboard|center|centre)|"
            r".*\bmay earn revenue from\b.*|.*\bhas a disclosure policy\b.*|"
            r".*(?:\bwe (?:may )?|\bmay )(?:get|earn|receive) a (?:small )?(?:cut|share|commission) (?:of|from) (?:the )?(?:sales?|revenue)\b.*|"
            r"prices? (?:are |were )?(?:accurate|correct) at (?:the )?time of (?:publication|writing)\b.*|(?:t&cs|terms and conditions|terms) apply\.?|"
            r".*\b(?:does not|do not|is not intended to|are not intended to) (?:constitute|replace|be a substitute for) "
            r"(?:professional )?medical advice\b.*|.*\bin accordance with our (?:privacy|cookie|data protection) (?:notice|policy|statement)\b.*|"
            r".*\bis regulated by (?:the )?(?:independent press standards organisation|ipso|impress)\b.*|"
            r"(?:(?:this|the|our) )?(?:(?:publication|newspaper|paper|site|website|title|magazine|newsroom)|(?-i:[A-Z])[\w'’&.]*(?: (?-i:[A-Z])[\w'’&.]*){0,3}) "
            r"is (?:a member of|regulated by|accountable to) (?:the )?(?:[\w'’]+ ){0,3}(?:press|media|news media) (?:council|ombudsman|complaints commission)"
            r"(?: (?:of|for) (?-i:[A-Z])[\w'’]*(?: (?-i:[A-Z])[\w'’]*){0,2})?(?:,? and (?:subscribes|adheres) to (?:its|the)\b.*)?|"
            r"unsubscribe(?:\s*[|·•]\s*(?:update|manage|change) (?:your )?(?:preferences|subscription|email settings))?|"
            r"(?:update|manage) (?:your )?(?:email )?preferences(?:\s*[|·•]\s*unsubscribe)?|"
            r".*\btranscripts? (?:is|are|was|were|may be) (?:produced|generated|created|machine-generated|computer-generated)\b.*\b(?:errors?|mistakes|inaccuracies)\b.*|"
            r"you(?:'re| are|’re) receiving this (?:email|newsletter|message) because\b.*|"
            r".*\bviews expressed (?:in this (?:article|piece|column|post) )?(?:are|is) (?:those of )?the (?:author|writer)(?:'s|s'|’s)? own\b.*|"
            r"allow (?:content|embedded content) from \w+\?.*|data protection|.*\bif cookies are (?:blocked|disabled)\b.*|please (?:drink|play|bet|gamble) responsibly\b.*|odds (?:are )?subject to change\b.*|must be (?:18|19|21)\+?(?: years)?(?: or older)? to (?:wager|bet|gamble|play|participate)\b.*|"
            r".*\b(?:gamble responsibly|begambleaware|1-800-gambler|gambling problem\?).*|(?:our )?community (?:rules|guidelines|standards) apply\b.*|contact us at\s+\S+@\S+|"
            r"for (?:feedback|complaints|inquiries|enquiries|corrections)\b.*\bcontact us\b.*|"
            # a footer bar of four or more short items, one of them a site's own page
            r"(?=[^|]{2,40}\|.*\b(?:contact us|about us|newsletters?|apps|privacy|terms|policies)\b)(?>[\w'’&/?\- ]{2,40})"
            r"(?:\s*\|\s*(?>[\w'’&/?\- ]{2,40})){3,12}|"
            r".*\b(?:data|quotes) (?:is |are )?delayed (?:by )?(?:a minimum of |at least )?\d+ minutes\b.*|"
            r".*\bwe and our (?:partners|vendors)\b.*\b(?:cookies|device|data)\b.*|privacy (?:&|and) cookies?(?: (?:policy|notice|statement))?|"
            r"site ?map|manage (?:cookies|consent|preferences)|consent (?:preferences|settings)|accept(?: all)?(?: cookies)?|reject all|"
            r"(?:we|this (?:web)?site) uses? cookies\b.*|"
            r"(?=.*\b(?:you|your|we|our)\b).*\b(?:enable|disable|accept|allow|manage|block|consent to|use of|store|agree to (?:the|our) use of) "
            r"(?:(?:all|our|the) )?cookies\b.*|(?=.*\b(?:you|your|we|our|us|find out more|see here|how to)\b).*\bcookies? (?:settings|preferences|policy|consent)\b.*|"
            r"by (?:using|continuing to use|clicking|submitting|signing up|registering|subscribing|posting|commenting)\b.*\b(?:you agree|"
            r"you accept|you consent|agree to)\b.*|"
            r"(?=.*\b(?:you|your|we|our)\b).*\b(?:use|uses|using) cookies to\b.*|"
            r"(?=.*\blinks?\b).*\b(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?compensation\b.*|"
            r".*\b(?:(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission|affiliate (?:links?|commission)|"
            r"visit our corporate site|is not responsible for the content of external (?:internet |web )?(?:sites|websites|links)|"
            r"accessibility (?:help|information)|"
            r"registered in (?:england|scotland|wales|england and wales|(?:northern )?ireland)\b.*\b(?:no\.?|number|"
            r"company))\b.*|"
            r"privacy (?:notice|policy|statement)\s*:.*|(?:[\w &]{1,25}:\s*)?(?:we|this (?:web)?site) uses? cookies\b.*|"
            r"we use your (?:sign-?up|e-?mail|information|data|details)\b.*|"
            r"(?:proudly )?powered by (?:wordpress|ghost|substack|drupal|wix|squarespace|arc xp|blogger|blox|townnews)\b.*|"
            r"spott?(?:ed)? an? (?:error|mistake|typo)\?.*|"
            r".*\bconstitutes acceptance of (?:our|the)\b.*|(?:strictly )?necessary cookies are\b.*|"
            r"manage (?:cookie|privacy|consent) (?:preferences|settings)|manage (?:cookie )?consent|california residents\s*:.*|"
            r"strictly necessary cookies|"
            r"(?:your )?california (?:privacy rights|notice at collection|consumer privacy act\b.*)|"
            r".*\b(?:our approach to external linking|adheres? to the (?:independent press standards organisation|ipso))\b.*|"
            # a bookmaker's small print, an investment warning, a newsroom's note on its use of AI, an accessibility help line
            r"18\+(?:\s*[|·•,.]\s*(?:new customers only|t&cs apply|terms apply|(?:please )?(?:gamble|play|bet) responsibly|begambleaware(?:\.org)?)){1,4}|"
            r"new customers only(?:\s*[|·•,.]\s*(?:18\+|t&cs apply|terms apply|(?:please )?(?:gamble|play|bet) responsibly)){1,4}|"
            r"gambling (?:can be|is) (?:addictive|harmful)\b.*\b(?:help|support)\b.*|"
            r"how we use (?:ai|artificial intelligence)(?: in (?:our|the) (?:newsroom|journalism|reporting|work))?|"
            r"(?:ai|artificial intelligence)[- ](?:assisted|generated|supported)\s*[,;:\-–—]\s*(?:reviewed|checked|edited|verified) by\b.*|"
            r"transparency\s*:\s*how we (?:report|work|cover)\b.*|"
            r"(?:(?:parts?|some|portions?) of )?this (?:article|story|report|summary|piece) (?:was|were|has been|have been|is) "
            r"(?:drafted|written|produced|generated|summari[sz]ed|created|translated) (?:with|using|by) (?:the (?:help|assistance) of )?"
            r"(?:an? )?(?:ai|artificial intelligence|generative ai)\b.*|"
            r"capital (?:is )?at risk(?:[.!]\s.*|[.!]?)|(?:the )?value of (?:your )?investments?\b.{0,30}\b(?:can|may) (?:fall|go down)\b.*|"
            r"investments? (?:can|may) (?:fall|go down) as well as (?:rise|go up)\b.*|not (?:financial|investment) advice\b.*|"
            r"(?:having )?(?:trouble|problems?|difficult(?:y|ies)) (?:viewing|reading|accessing|using) this (?:page|site|article|story)\?.*|"
            r"(?:strictly )?(?:necessary|essential) cookies only|consent (?:is )?managed by\b.*|.*\bstores? data such as cookies\b.*|"
            r"(?:our )?editorial code(?: of (?:practice|conduct))?|accept (?:and|&) (?:continue|close)|(?:ok|okay),? i understand|"
            r"new customers only\b.*\b(?:t&cs|terms) (?:apply|and conditions)\b.*|free bets? (?:are )?valid for\b.*|"
            r"odds (?:are )?(?:correct|accurate) at (?:the )?time of (?:publishing|publication|writing)\b.*|customi[sz]e (?:choices|settings|preferences)|learn more about (?:our use of )?cookies|"
            r".*\bprices? (?:quoted )?(?:are|were)\b.{0,60}\bat (?:the )?time of (?:publication|writing)\b.*|"
            r".*\b(?:constitutes?|is intended as|should be (?:taken|construed) as) (?:financial|investment|legal|medical|tax) advice\b.*|"
            r"consent preferences (?:saved|updated)|(?:read|see|view) our (?:privacy|cookie) (?:policy|notice|statement)|"
            r"site terms|(?:ok|okay|yes),? i (?:agree|accept)|(?-i:[A-Z]{3,6}) privacy (?:notice|policy|statement)|"
            r"this site is protected by recaptcha\b.*|an error has occurred,? please try again(?: later)?\.?)" + _END,
            max_words=45, spares=_REPORTED),
    # Image captions, photo credits and media placeholders.
    _family("caption",
            r"^[\s(\[]*(?:image (?:copyright|source|credit)s?\b[,:]?(?:\s+\S+){0,8}|image caption\b.*|media caption\b.*|(?:picture|photo|video) caption\b.*|camera icon\b.*|"
            r"(?:swipe|scroll|click|tap)(?: (?:left|right|through|here))? (?:for|to see) more (?:photos|images|pictures)|"
            r"(?:[\w&'’.\-]+ ){1,4}stock (?:photo|image|picture)s?|"
            r"(?:source\s*:\s*)?screen ?(?:shot|grab)\s*[/:|]\s*.{1,40}|"
            r"[📷📸]\s*(?!\(?(?:story |words )?by\b)\S.*|"  # a camera before the line: a picture's caption (a byline's own family)
            rf"\((?:[\w'’&.\-]+ ){{1,3}}(?:file )?{_PICTURE}\)|(?:[\w'’&.\-]+ ){{1,3}}file (?:photo|image|picture)|courtesy\s*:\s*.{{1,60}}|"
            rf"(?:(?:top|featured|main|header|lead|cover|file|archive) )?{_PICTURE}(?: (?:credits?|illustration|courtesy))?\s*(?::|/|©|\|)\s*.*|"
            rf"(?-i:[A-Z]{{2,6}}|[A-Z][a-z]+) (?:photo|picture|pic)s?\s*(?::|/|by\b)\s*{_CREDIT_NAME}|"
            rf"\((?-i:[A-Z])[\w&'’.]*(?: (?-i:[A-Z])[\w&'’.]*){{0,3}}\s*:\s*{_CREDIT_NAME}\)|"
            rf"[\w'’\-]+ {_PICTURE}\s*:\s*{_PERSON}\s*[/|]\s*{_NAMES}|"
            rf"{_PICTURE}(?: illustration)? by\s+{_NAMES}(?:\s*[/|,;.]\s*.*)?|{_PICTURE} courtesy(?: of)?\s+.*|"
            r"(?:credit|credits|getty|afp)\s*(?::|\.{2,}|…)\s*.*|"
            rf"source\s*:\s*{_STOCK_LIBRARY}(?:\s*[/|,]\s*.{{1,60}})?|(?:photo|image|picture) by .{{1,60}} on {_STOCK_LIBRARY}|"
            r"download (?:the )?(?:high[- ]res(?:olution)? )?(?:image|photo|picture|file)s?\s*\((?:jpe?g|png|gif|tiff?|zip|pdf)\b[^)]*\)|"
            rf"(?:ap|afp|epa(?:-efe)?|reuters|pa|getty images|(?:the )?canadian press|cp|aap|pti|handout)(?: photo| image| images| pictures?)?\s*/\s*{_NAMES}"
            r"(?:\s*/\s*(?:illustration|file photo|file|pool|handout))*|"
            rf"{_PERSON}\s*[/|]\s*{_NAMES}(?:\s*[/|]\s*{_NAMES})*|"
            rf"[^/|]{{1,60}}[/|].{{1,60}}\bvia\s+{_CAPTION_SOURCE}|"
            # a sentence, then its credit (one scan for all the shapes of the credit)
            rf".{{10,300}}[.!?]\s+(?:{_PICTURE}\s*[:/]\s*[^.!?]{{1,40}}|"
            rf"(?:(?:ap|afp|epa|reuters|getty|pa|file) )?\(?(?:{_CAPTION_SOURCE})\s*/\s*[^.!?]{{1,60}}\)?|"
            rf"\(\s*(?:ap |afp |epa |reuters |getty |pa )?(?:photo|image|file photo)s?\s*(?:/|by|:)[^()]*\)|"
            rf"(?:(?-i:[A-Z]{{1,6}}) )?{_PICTURE}(?: credits?)?\s*[:/]\s*.{{1,60}}|\((?:{_CAPTION_SOURCE}|{_AGENCY})\)|"
            rf"(?:submitted|contributed|provided|file|staff) (?:photo|image|picture)|(?:photo|image|picture) courtesy(?: of)?\s+.{{1,60}}|"
            rf"\((?:supplied|courtesy|credit|source|{_PICTURE})(?: of| by)?\s*:?\s*[^()]{{1,100}}\)|\(\s*{_PERSON}\s*/\s*{_NAMES}\)|"
            rf"\((?-i:[A-Z]{{2,6}})\)|[-–—|]\s*(?:file (?:photo|image|picture)|{_PICTURE}|{_CAPTION_SOURCE})|"
            rf"\(\s*{_PERSON}\s+for\s+(?:the )?{_NAMES}\)|\((?:[\w'’]+ ){{0,2}}{_PICTURE} by\s+{_NAMES}\)|courtesy(?: of)?\s+.{{1,60}}|"
            r"\((?:image|photo|picture) credits?\s*:.*\))|"
            rf".{{10,300}}\(\s*{_PICTURE}(?: credits?)?\s*:\s*[^()]{{1,100}}\)\.?|"
            rf".{{10,300}}\((?:[\w'’&.\-]+ ){{1,3}}(?:file )?{_PICTURE}\)\.?|"  # "... on Wednesday. (Ledger file photo)"
            rf".{{10,300}}[.!?]\s+(?-i:[A-Z]{{2,6}})\s*/\s*{_NAMES}|"  # "... from Harbor Road. KRVM/Ann Lee"
            rf".{{3,300}}[.!?]\s+(?:staff |file |submitted |contributed )?{_PICTURE} by:?\s+{_NAMES}(?:\s+for\s+(?:the\s+)?{_NAMES})?(?:\s*[/|]\s*{_NAMES})?|"
            rf".{{10,300}}\|\s*{_PICTURE}(?: credits?)?\s*:\s*.{{1,60}}|"
            rf"(?:{_CAPTION_SOURCE}|{_NAMES})(?: images| photos?)?\s+via\s+{_CAPTION_SOURCE}|"
            r"(?:view|open|see) (?:the )?(?:image|photo|picture)s? in (?:full ?screen|full size|a larger size)|"
            # a caption's credit in brackets or after a dash: "(Supplied: ...)", "(Courtesy of ...)", "(Name/Agency)",
            # "(SPL)", "- File photo"; and "File photo of the High Court"
            r"file (?:photo|image|picture)s? (?:of|shows?|showing)\b.{1,120}|duration\s*:?\s*\d{1,2}:\d\d(?::\d\d)?|"
            r".{10,400}\b(?:hide|toggle|show) caption|video\s*\d{1,2}:\d\d(?::\d\d)?|(?:[▶►⏵]\s*|play\s+)(?:video\s*)?\d{1,2}:\d\d(?::\d\d)?|enlarge\s*/\s*.*|"
            r".{10,300}\s\((?:getty images|afp|reuters|ap|epa|pa (?:wire|media)|shutterstock|alamy|afp via getty images)\)(?!\.)|"
            rf"{_PERSON}\s*/\s*(?:staff |contributing |freelance )?(?:photographer|photo|staff)|"
            r"scroll down (?:to|for) (?:see |watch )?(?:the )?(?:video|footage|clip|pictures)|"
            rf".{{10,300}}[.!?]\s*\([\w .&'’\-]{{1,40}}:\s*{_PERSON}\)|media (?:video|audio)\s*[|:].*|"
            r"open this (?:photo|image|picture) in (?:the )?gallery:?|"
            rf".{{10,300}}{_NOT_AFTER_TITLE}[.!?]\s+{_CREDIT_NAME}\s*/\s*{_NAMES}(?<![.])(?=\s*$)|"
            r".*\b(?:photo|image|picture)s? (?:used )?for (?:illustrative|representational|representative|illustration) purposes?(?: only)?\b.*|"
            r"represent(?:ational|ative) (?:image|photo|picture)|(?:expand|zoom) (?:the )?(?:photo|image|picture|gallery)|"
            r"\(?(?:handout|supplied|courtesy)(?: photo| image)? (?:via|from|by|of) [^()]{2,60}\)?|some content could not be (?:displayed|loaded)\b.*|"
            r".{10,300}\s\[(?:file|photo|image)s?\s*:\s*[^\]]{1,60}\]|\[\d+/\d+\]\s.*|.*\bpurchase licensing rights\b.*|"
            rf".{{10,300}}\|\s*{_PICTURE}\s*\|\s*.{{1,80}}|\+?\d*\s*view (?:the )?(?:gallery|photos|images)|"
            r".*\bfor a more accessible video player\b.*|(?:(?:click|tap) to play\s*){1,2}|"
            # a caption's last words: "... on Jan. 28. Kimberly P. Mitchell, Detroit Free Press" (no full stop after the credit)
            rf".{{10,300}}{_NOT_AFTER_TITLE}[.!?]\s+{_CREDIT_NAME},\s*{_NAMES}(?<![.])(?=\s*$)|(?:video )?now playing|"
            r".*\bmandatory credit\s*:.*|(?:primary |company )?logo|pictured\s*:.*|"
            rf"(?:(?:medically )?reviewed|fact[- ]checked|interview|recipe|photography|styling|illustrations?)(?:\s+by\s+|\s*:\s*){_NAMES}"
            r"(?:,\s*(?:[\w'’\-]+ ){0,3}(?:consultant|doctor|dietitian|nutritionist|trainer|editor|md|phd|rd|gp)\b.*)?|(?-i:FILE)\s*[-–—]\s+.*|"
            rf".{{3,300}}[.!?]\s+(?:styling|hair|make-?up|photography) by\s+{_NAMES}|"
            r"representational (?:image|photo|picture)\s*\(.{1,20}\)|video player\s*close|this is a modal window\.?|"
            r"tap to unmute|if playback doesn'?t begin shortly\b.*|you'?re signed out|videos you watch may be added to\b.*|"
            r".*\bvideo player is (?:currently )?(?:playing|loading)\b.*|you can skip (?:the|this) ad\b.*|"
            r"media playback is (?:unsupported|not supported) on (?:your|this) device|(?:loading )?error loading(?: (?:media|video|player))?|"
            rf"courtesy(?: of)?(?: the)? {_NAMES}(?: family| estate)?|video duration\b.*|"
            rf"(?:provided|contributed|submitted|supplied|handout) (?:photo|image|picture)|"
            rf"(?!(?:what|why|how|who|when|where|which|this|that|these|those|the|a|an|our|your|my|it|is|are|time|plans?|hopes?|fears?|calls?) )(?:{_PERSON}) for (?:the )?{_NAMES}|"
            r"(?:the |this )?(?:image|photo|picture|video|graphic|media) (?:could not|couldn'?t|failed to|did not|didn'?t|cannot|can'?t) (?:be )?"
            r"(?:load|loaded|display|displayed|shown)\b.*|"
            rf"(?:.{{1,60}}\|\s*)?photographers?\s*:\s*{_NAMES}|(?:drone |aerial |video )?footage\s*:\s*{_NAMES}|"
            r"maps?\s*:\s*.{1,60}\b(?:graphics?|data|design|visuals?|maps?)(?: (?:desk|team|unit|department|staff))?|"
            r"(?:illustration|image|picture|photo|artwork) (?:was )?(?:generated|created|made|produced) (?:with|using|by) "
            r"(?:ai|artificial intelligence|generative ai)(?:\s*(?:and|,)\s*(?:edited|checked|reviewed|verified) by\b.*)?|"
            r"ai-generated (?:image|picture|illustration|photo)(?:\s*[,;:\-–—]\s*.{0,40})?|caption\s*:\s*[^\"“”]{3,200}|"
            r"screen ?(?:shot|grab) (?:from|of) (?:a |the )?(?:video|post|broadcast|footage|clip)\b.*|"
            rf"{_PICTURE} via (?:the )?@?[\w.\-]+(?: [\w\-]+){{0,3}} (?:telegram|instagram|x|twitter|facebook|tiktok|youtube) (?:channel|account|page)|"
            r"(?:an? )?handout (?:photo|picture|image|video)s? (?:released|provided|issued|distributed) by\b.*|source\s*:\s*.{1,60}\bhandout|"
            r"watch (?:the )?(?:clip|video|footage) (?:above|below)\b.*|(?:tap|click) to (?:expand|enlarge|zoom)(?: (?:the|this) (?:photo|image|picture))?|"
            r"(?:library|stock|archive) (?:image|photo|picture)(?:\.\s*posed by (?:a )?models?|,\s*.{1,40})?|posed by (?:a )?models?|"
            r"(?:photo )?illustration by (?:the |our )?[\w ]{1,30}(?:desk|team|staff)|"
            rf"{_PICTURE} by\s+{_NAMES}\s+for\s+(?:the\s+)?{_NAMES}|"
            r"watch\s*:\s*(?:footage|video|clip|pictures) (?:of|from|shows?)\b.*|"
            r"photos|gallery|(?:photo|picture|image|video) gallery|image|picture|enlarge(?: this)? image|(?:open|view) (?:the )?(?:image|photo)s? in (?:the )?gallery|"
            r"\(\s*(?:ap |afp |epa |reuters |getty |pa )?(?:photo|image|file photo)s?\s*(?:/|by|:).*\)|"
            rf".*[/|]\s*{_CAPTION_SOURCE}(?:\s+(?:via|for)\s+[\w .&'\-]{{1,40}})?\)?\]?|\(?[^()]{{0,80}}\b(?:via|for|/)\s*{_CAPTION_SOURCE}\)|"
            rf"\((?:[^()]{{0,60}}[/|,]\s*)?{_CAPTION_SOURCE}(?: photo| images| via getty images)?\)|"
            r"scroll down for (?:the )?video|(?:view|hide|show|toggle|close) caption(?: (?:view|hide|show|toggle) caption)?|"
            r"enlarge this image|(?:click|tap) to (?:enlarge|expand|play)|play video|watch video|watch (?:the )?trailer|video|"
            r"(?:this )?video (?:is )?(?:unavailable|loading|not available)\b.*|loading (?:video|player|media|image)s?\b.*|"
            r"this video can ?not be played\b.*|"
            rf"{_CAPTION_SOURCE} graphics?|.{{3,300}}[.!?]\s+credits?\s*:\s*[^.!?]{{1,80}}|"
            r"video player (?:is )?loading\b.*|"
            r"your browser does not support\b.*|(?:open|view|see|launch) (?:the )?(?:photo )?gallery\b.*|"
            r"(?:photo|image|slide)?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}|\d{1,3} (?:photos|images|pictures)|"
            r"(?:photo |picture |image )?gallery\s*[(\[:]\s*\d{1,3} (?:photos|images|pictures)\s*[)\]]?|"
            r"(?:file )?photo|file (?:image|picture)|(?:getty|afp|reuters|ap|app|epa|yonhap|kyodo|xinhua|aap|pti|ians|ani|shutterstock|istock(?:photo)?|alamy|"
            r"handout|supplied|pa)(?: (?:images|photo|media|wire))?)\]?\)?[.:]?$",
            max_words=30, spares=_REPORTED_END + rf"|^\W*{_PICTURE}\s*:\s*[\d£$€](?!\d*\s+(?:images|photos|pictures)\b)|,\s*\d{{4}}\s*[-–]\s*\d{{2,4}}$|\?\W*$"),  # (a question is a subheading)
    # Bylines (a name pattern on a short line), agency datelines, timestamps and reading time.
    _family("byline",
            rf"^(?:(?:[\w &'’\-]{{1,30}}\s*[/|]\s*)?(?:by|por|par|von|door|di)\s*:?\s+(?:(?:[\w'’\-]+ ){{0,3}}(?:reporter|"
            rf"correspondent|editor|writer) )?{_NAMES}(?:\s*@\w+)?(?:\s+[\w.+\-]+@[\w.\-]+)?{_BYLINE_TAIL}|"
            rf"{_PERSON} reports? (?:from|in|at)\b.{{1,40}}|{_PERSON}(?:,? {_PERSON})* and (?:news )?(?:agencies|wires)|"
            rf"by\s+{_PERSON}\s*@\w+(?:\s+\S.*)?|by(?-i:[A-Z])[\w.\-]+(?: staff)?|"
            rf"{_PERSON}\s*[•·|]\s*\d+\s*(?:min|mins|minutes?)\.? read\.?|print edition\s*:.{{1,80}}|"
            r"(?:mobile|print|digital|web|amp) (?:edition|version)\s*[·•|]\s*.{1,60}|"
            rf"(?:op-?ed|opinion|analysis|comment|column|editorial|commentary|review|explainer|feature)\s*[|·•:\-–—]\s*{_PERSON}|"
            r"(?:the )?(?:(?:australian )?associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|efe|ansa|xinhua|upi|aap|pti|"
            r"ians|ani|canadian press|"
            r"press association|bbc news|cnn|staff (?:reporter|writer)|(?:our|a) (?:staff )?(?:correspondent|reporter))\.?|"
            r"live\s*[·•|]\s*(?:last )?updated\b.*|"
            rf"(?:written|reported|report|words|text|story|edited|(?:live )?coverage|live updates) by\s+{_NAMES}{_BYLINE_TAIL}|"
            rf"{_PERSON}\s*[|·•]\s*(?:twitter|x|instagram|threads|bluesky)\s*:\s*@[\w.]+|(?-i:[A-Z])[\w'’]+ bureau|"
            rf"{_PERSON}\s+(?-i:[A-Z])[\w.&'’]*(?: (?-i:[A-Z])[\w.&'’]*)? (?:staff|contributor|senior contributor)|"
            rf"{_PERSON}\s*[·•|/]\s*.{{0,60}}\b(?:posted|updated|published)\b.*|"
            rf"{_PERSON}\s*[·•|]\s*(?:[^·•|]{{1,40}}\s*[·•|]\s*)?(?:{_RELATIVE_TIME})|"  # "Ann Lee · Business desk · 2 hours ago"
            r"(?:[\w'’.\-]+ ){0,4}(?:desk|bureau|staff|team)\s*[/|·•]\s*.{0,80}\b(?:updated|posted|published)\b.*|"
            rf"(?=.*(?:\d:\d\d|\b(?:19|20)\d\d\b))(?!{_STAMP_WORD}\b)(?!\w+(?: \w+){{0,3}} (?:19|20)\d\d$)(?:{_AGENCY}|(?-i:[A-Z])\w+(?:\.\w+)?(?: (?:(?-i:[A-Z])\w+|of|the|and|&)){{0,4}})"
            rf"(?:\s*[·•|]\s*(?-i:[A-Z])[\w.&'’]*(?: (?-i:[A-Z])[\w.&'’]*){{0,3}})?\s*[,|·•/\-–—@]?\s*(?<!(?-i:[a-z])){_DATE_RUN}|"  # "Name · Outlet · 06:00" (not "Moonset": "Moons", "et")
            rf"{_AGENCY}\s*[|,·\-–—]\s*(?-i:[A-Z])[\w .]{{1,30}}|"
            r"(?:author(?: of the article)?|posted by|written by|reporter|correspondent|words|text|contributors?)\s*:\s*(?-i:[A-Z]).{0,80}|"
            r"(?:for )?immediate release(?:\s*[:|\-–—]\s*.{1,40})?|embargoed (?:until|till|to)\b.{1,60}|"
            r"source\s*:\s*(?:https?://)?(?:www\.)?[\w\-]+\.[\w.]+|"
            rf"(?:posted|written|published) by\s+{_NAMES}(?:\s+(?:on|at)\s+{_DATE_RUN})?|"
            r"(?:[\w&]+ ){0,3}news (?:service|desk|network|bureau)|(?:from )?staff(?: and wire)? reports|"
            rf"submitted by\b.{{1,40}}\b(?:on|at)\s+{_DATE_RUN}|(?:posted|written|published) by\s+[\w.\-]{{2,30}}(?:\s+[\w.'’\-]{{2,30}}){{0,2}}\s+on\s+(?=.*\d){_DATE_RUN}|"
            r"(?!(?:letters?|notes?|messages?|a (?:letter|note|message)) (?:to|from) )"  # "Letters to the editor": a page's section
            r"(?:[\w'’\-]+ ){0,4}(?:reporter|correspondent|editor|writer|desk|columnist|contributor|presenter|producer|anchor)s?(?:\s*[,·•|]\s*[\w &]{1,40}[·•|]?|"
            r" (?:at|in) [\w .'’\-]{1,30}| @\w+)?|"
            rf"@\w+\s*[/|·•]\s*{_DATE_RUN}|"
            rf"(?:analysis|opinion|commentary|comment|review|interview|explainer|essay|column)(?: box)? by\s+{_NAMES}{_BYLINE_TAIL}|"
            r"by\s+(?-i:[A-Z]{2,6}) (?:staff|reporters?|desk|team)|"
            rf"{_PERSON}\s*[|·•]\s*(?:[\w'’\-]+ ){{0,3}}(?:reporter|correspondent|editor|writer|columnist|contributor)(?:\s*[|·•]\s*.{{1,40}})?|"
            rf"(?:reported|written|produced|filed|story) by\s+{_PERSON}\s+(?:for|at)\s+(?:the )?(?-i:[A-Z])[\w.&'’ ]{{1,40}}|"
            rf"translated from (?:the )?[\w\-]+(?: original)? by\s+{_NAMES}|"
            rf"(?:medically reviewed|fact[- ]checked|last reviewed|reviewed)\s+(?:on\s+)?(?=.*\d){_DATE_RUN}|"
            r"by (?:the )?(?-i:[A-Z])[\w&'’ ]{1,40} (?:news |editorial )?(?:team|desk|staff|board)\.?|"
            r"(?:live|coverage|reporting) from (?:the )?(?-i:[A-Z]).{1,60}\b(?:summit|congress|conference|expo|show|forum|convention|fair)\b.*|"
            rf"guest (?:contributor|writer|columnist|author)\s*:\s*{_NAMES}|"
            r"(?:machine|ai|computer)[- ](?:assisted|generated|aided) translation from [\w\-]+\b.*|"
            rf"(?:[\w'’.\-]+ ){{0,4}}newsroom\s*[/|·•]\s*{_DATE_RUN}|"
            rf"{_PERSON},\s*(?:[\w'’\-]+ ){{0,3}}(?:editor|reporter|correspondent|writer|columnist|critic))"
            r"\.?(?:(?<![.!?])|(?<=[ap]\.m\.)|(?<=correspondent\.)|(?<=reporter\.)|(?<=editor\.)|(?<=writer\.)|(?<=\bread\.))$",
            Zone.HEAD, max_words=18),
    # "By Ana Ruiz and Tom Park." (a byline of full names that ends with a full stop)
    _family("byline", rf"^by\s+{_PERSON}(?:(?:\s*,\s*|\s+and\s+){_PERSON})*\.$", Zone.HEAD, max_words=12),
    # "By Ann Lee, a senior reviewer covering phones and wearables." (the byline above a review, a sentence)
    _family("byline", rf"^by\s+{_PERSON},\s+(?:an?|the|our) (?:[\w'’\-]+ ){{0,4}}(?:reviewer|reporter|writer|editor|"
            r"correspondent|journalist|columnist|critic|contributor)\b.*$", Zone.HEAD, max_words=40),
    _family("reading_time",
            rf"^[\s•·|({_PICTOGRAPH}]*(?:(?:estimated |est\.? )?(?:reading time|read time|time to read|estimated read|tempo de leitura|tiempo de lectura|"
            r"temps de lecture|lesezeit|время чтения)\s*:?\s*(?:about |less than |under |around |approx\.? )?\d+\s*(?:-\s*\d+\s*)?\w*|"
            r"\d+\s*-?\s*(?:min|mins|minutes?)\.?\s*listen|listen\s*\(\s*\d+\s*(?:min|mins|minutes?)\s*\)|"
            r"\d+\s*(?:-\s*\d+\s*)?-?\s*(?:min|mins|minutes?|minutos?|минут\w*)\.?\s*(?:read|reading|read time|to read|de leitura|"
            r"de lectura|lesezeit)?|listen\s*[·•|:]?\s*\d+\s*(?:min|mins|minutes?)|listen\s*[·•|:]?\s*\d{1,2}:\d\d(?::\d\d)?)[\s·•|]*$",
            max_words=8),
    _family("timestamp",
            rf"^[\s(•·\-–—{_PICTOGRAPH}]*(?:and )?(?:(?:(?:(?:the )?(?:article|story|page|post) (?:was |is )?)?{_STAMP_WORD}\s*:?\s*)?(?:"
            rf"(?:(?:about|over|nearly|almost) )?(?:an? |\d+ |a few )?(?:seconds?|minutes?|mins?|hours?|hrs?|hr|days?|"
            rf"weeks?)|\d+\s*[smhdw]) ago|just now|(?:{_STAMP_WORD}\s*:?\s*)?{_ISO_STAMP}|"
            rf"{_STAMP_WORD}\s*(?:on|at|:)?\s*:?\s*(?=.*\d){_DATE_RUN}(?:(?:[|·•,]\s*|\s+)?{_STAMP_WORD}\s*(?:on|at|:)?\s*:?\s*{_DATE_RUN})?"
            rf"(?:by\s+[\w.'’\-]+(?: [\w.'’\-]+){{0,2}}|(?:[/|·•]\s*)?{_NAMES})?|"
            rf"(?=.*\d\s*-?\s*(?:min|mins|minutes?)\.?\s*read\W*$){_DATE_RUN}|"
            rf"\d+\s*(?:min|mins|minutes?)\.?\s*read\s*[·|•]\s*{_DATE_RUN}|"
            rf"(?=.*(?:\d:\d\d|\d\s*[ap]\.?m\b|\b(?:19|20)\d\d-\d\d-\d\d|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b))"
            rf"(?=.*(?:(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})){_DATE_RUN}|"
            # the outlet after a full date ("Saturday 16:00 - Qualifying" is a race weekend's schedule)
            rf"(?=.*(?:\d:\d\d|\d\s*[ap]\.?m\b))(?=.*\b(?:19|20)\d\d\b){_DATE_RUN}{_DATED_OUTLET}|"
            rf"(?=.*\d:\d\d){_DATE_RUN}source\s*:\s*.{{2,60}})\)?$",
            max_words=24),
    # A date with no time of day ("Tuesday 14 May 2024"), or a time with no year ("Sunday 20 January, 11pm"),
    # only at the top: further down it heads a day of a timeline, an entry of a live page or a listing.
    _family("timestamp",
            # (month and year looked for inside words too: "03/14/2024March 14"; the run of dates must still fill the line)
            rf"^[\s(•·\-–—{_PICTOGRAPH}]*(?:(?=.*(?:{_MONTH}.*(?:19|20)\d\d|(?:19|20)\d\d.*{_MONTH})){_DATE_RUN}{_DATED_OUTLET}?"
            rf"(?:\s*[∙·•|]\s*(?:paid|free|premium|subscribers?(?:[- ]only)?))?|"
            rf"(?=.*(?:\d[:.]\d\d|\d\s*[ap]\.?m\b)){_DATE_RUN}|{_MONTH}\s*\d{{1,2}})\)?$",  # "Feb 28"
            Zone.HEAD, max_words=24, spares=r"^\W*\d{1,2}:\d\d:\d\d\W*$"),  # "[00:00:04]": a transcript's timecode
    # Comments furniture.
    _family("comments",
            _LEAD + r"(?:comments?|\d+ comments?|comments? \(\d+\)|(?:view|show|load|read|see|hide|add|post|"
            r"leave) (?:all )?(?:\d+ )?(?:a |the |your )?comments?(?:\s*\(\d+\))?|"
            r"(?:join the )?(?:conversation|discussion|debate)(?: here)?(?:\W+\d+\s*comments?)?|"
            r"(?:community|comment(?:ing)?|discussion) (?:rules|guidelines|standards|policy)(?: for (?:commenters|comments|readers))?|"
            r"\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to)\b.*|δ|"
            r".*\b(?:comment(?:ing)? polic(?:y|ies)|keep (?:your )?comments (?:relevant|civil|respectful|on topic)|"
            r"civil forum for discussion|(?:is|are) closed for comments|comments that advance the story)\b.*|"
            r"(?:comentarios|comentários|kommentare|commentaires)(?:\s*\(\d+\))?|comments?\s*\d+|"
            r"laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentário|kommentar schreiben|"
            r".*\bcomments? (?:that|which) (?:break|breach|violate|do not follow|don'?t follow) (?:our|the|these) (?:rules|guidelines|terms|standards)\b.*|"
            r"(?:[^.!?]{1,40}\?\s+)?(?:leave|share|post|add) (?:your|a) (?:thoughts|views|opinions?|comments?)\b.*\b(?:below|in the comments?)\b.*|"
            r"(?:responses|replies)\s*\(\d+\)|this (?:discussion|conversation|comment thread) is (?:now )?closed\b.*|"
            r"(?:sign in|log ?in|register|subscribe)(?: or (?:become a (?:member|subscriber)|create an account|register|sign up|subscribe))? to (?:join the (?:debate|conversation|discussion)|comment|reply|post (?:a )?comments?|"
            r"leave a comment|add a comment)\b.*|(?:write|type|enter|add) (?:your|a) comment(?: here)?|"
            r".*\b(?:comments?|responses|replies) (?:are|is|will be) (?:pre-?)?moderated\b.*|.*\b(?:abusive|offensive) (?:posts|comments)\b.*\b(?:deleted|removed)\b.*|"
            r"display names? must\b.*|(?:reader|readers'?|user) comments (?:are|will be) (?:open|closed)\b.*|"
            r".*\bcomments (?:are|will be) subject to\b.*|.*\breserve the right to (?:remove|delete|edit|moderate) (?:any )?comments?\b.*|"
            r".*\b(?:discussion|comment) threads? (?:may|will|can) be closed\b.*|(?:show|view|hide|load) (?:\d+ )?(?:more )?(?:repl(?:y|ies)|responses?)|"
            r".*\blet us know (?:below|in the comments)\b.*|powered by (?:disqus|viafoura|coral|openweb|spot\.im)|"
            r"(?:reader )?(?:reactions|responses|comments) are (?:now )?closed\b.*|(?:discussion|comments|conversation) closed|"
            r"(?:show|hide|view|open) (?:the )?comments? section|"
            r"(?:your )?(?:name|e-?mail(?: address)?|website|comment)\s*(?:\*|\((?:required|optional)\))|"
            r"(?:the )?comments? (?:section|thread|area)s? (?:for|on|of|under) this (?:story|article|post) (?:is|has been|are) (?:now )?closed\b.*|"
            r"flag as (?:inappropriate|offensive|abuse)|recommended by \d+ (?:readers|people|users)|"
            r".*\bcomments? (?:are|reflect) (?:the )?(?:opinions?|views?) of (?:their|the) (?:authors?|writers?|commenters?)\b.*|"
            r"comments are welcome while open\b.*|we want our comments to be\b.*|most (?:popular|recent|liked) comments|most (?:liked|replied)|"
            r"(?:hide|show|view) (?:the )?conversation|post an? (?:reply|comment|response)|"
            r"(?:(?:newest|oldest|best rated|worst rated|most liked|top rated|latest|popular)\s*){2,}|"
            r"comment(?:ing)? guidelines|commenting on this (?:story|article) (?:has|is) (?:now )?closed\.?|"
            r"commenting (?:is|has been) (?:now )?closed\b.*|.*\bviews expressed in (?:the )?comments\b.*|.*\b(?:akismet|scroll down to (?:add|leave|post|share) your "
            r"(?:views|comments?|thoughts))\b.*|"
            r"leave a (?:reply|comment)(?: cancel reply)?|cancel reply|reply|report (?:comment|abuse)|"
            r"be the first to comment.*|comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|open|switched off|"
            r"turned off).*|(?:reader|readers'?|user|your) comments|start the (?:conversation|discussion)|"
            r"community (?:guidelines|rules|standards)|.*\b(?:let us know|tell us|share your (?:views|thoughts))\b.*\bin the "
            r"comments?\b.*|to (?:join|comment|reply|post)\b.*\b(?:log ?in|sign in|register|subscribe)\b.*|"
            r"have your say\b.*\bcomments?\b.*|kommentare|commentaires|comentarios|"
            r"(?:you must|please) (?:be )?log(?:ged)? ?in to (?:post|leave|add) a comment.*|"
            r"notify me of (?:follow-up comments|new posts|new comments)\b.*|"
            r"your e-?mail(?: address)? (?:will not|won'?t|will never|is never) be (?:published|shown|displayed|shared)\b.*|"
            r"(?:required )?fields (?:are )?marked\b.*|(?:save|remember) my name\b.*|"
            r"(?:[^.?!]{0,40}\?\s*)?(?:report|flag) an? (?:error|mistake|typo)(?: in this (?:story|article))?\.?|"
            r"(?:found|spotted|see) an? (?:error|mistake|typo)(?: in this (?:story|article))?\?.*|"
            r".*\bcomments? (?:may|can|will) take\b.*\bto appear\b.*|"
            r".*\b(?:personal attacks|abusive comments|offensive comments) (?:will|may) be (?:deleted|removed|blocked)\b.*|"
            r"disclaimer\s*:.*\b(?:comments?|commenters|readers)\b.*|"
            r".*\b(?:comments?|commenters)\b.*\b(?:views|position|opinions?) of (?:this|the) (?:website|site|publication|"
            r"platform|newspaper|paper)\b.*|comments?\s*:\s*(?:our|the|house|community) (?:rules|guidelines|policy)|"
            r"we want (?:our )?(?:readers'? |reader )?comments\b.*|.*\bkeep it civil\b.*|"
            r"(?:the )?comments? (?:below |on this (?:story|article|piece) )?(?:have been|has been|are|will be|have not been|haven'?t been) "
            r"(?:pre-?)?moderated\b.*|report (?:a |this )?comment(?: cancel)?|start (?:a|the) (?:conversation|discussion)|"
            r"comments (?:have to|must|should) be in english\b.*|.*\b(?:abide by|review|read|see) our community guidelines\b.*|"
            r".*\bthe comments? section is\b.*|.*\bcomments? faqs?\b.*|\d+ (?:view|read|see) comments|"
            r"(?:please )?(?:log ?in|sign in)(?: or register)?(?: with us)? to comment\b.*|(?:our )?comments? polic(?:y|ies)|"
            r"comments?\s*[-–—:]\s*share your\b.*|.*\bmust be an? (?:[\w'’]+ ){0,3}(?:member|subscriber|insider|registered user) "
            r"to comment\b.*|.*\bbefore your comment (?:can|will) be posted\b.*|"
            r"(?:conversation|discussion|comments) (?:under|on|below) this (?:post|story|article)\b.*|"
            r"join the (?:debate|conversation|discussion)\s*[-–—:|]\s*(?:post|add|leave) (?:your|a) comment\b.*|"
            r"share your thoughts(?: below| in the comments)?|load more comments|viewing \d+(?:\s*[-–]\s*\d+)? of \d+ comments|(?:newest|oldest) first|"
            r"reply to this (?:comment|thread|post)|member discussion|(?:open|close|show|hide) (?:the )?comments? (?:panel|section|box)|"
            r"we welcome (?:respectful|constructive|civil|lively) (?:discussion|debate|comments|conversation)\b.*|\d+ comments? so far|most (?:upvoted|voted)|discussion about this (?:post|story|article)|\d+ views?\s*\d+ comments?|"
            r"add (?:a )?(?:new )?comment|welcome to the (?:discussion|conversation)\.?|keep it clean\b.*|.*\bturn off your caps lock\b.*|"
            r"(?:log ?in|sign in)(?: or register)? to post comments?|commenting (?:on this (?:article|story) )?has (?:ended|closed|been disabled)|"
            r"jump to (?:the )?comments|we want our (?:readers'? |reader )?comments?(?: sections?)?\b.*|"
            r"most (?:voted|liked|popular|recent) comments|comments powered by \w+|"
            r"(?:conversation|discussion)\s*\(\d+\)|discuss this (?:story|article|piece)\b.*|"
            r"\d+ comments?\s*[/|·]\s*\d+ new|(?:reader|readers'?|user) comments\s*\(?\d+\)?|(?:promoted|featured|top) comments|"
            r"join (?:our|the) (?:commenting|comment|comments|discussion) (?:forum|community|section)\b.*|"
            r"join (?:[\w'’\-]+ ){0,2}conversations\b.*\breaders\b.*|comment on this (?:story|article)|comment(?:ing)? rules|"
            r"(?:please )?(?:read|see|review) (?:our|the) (?:\w+ )?(?:comment|commenting|community|discussion) "
            r"(?:policy|guidelines|rules|standards)\b.*|(?:atenção|atención|attention)\s*:\s*coment.*|"
            r"(?:comments|comentários|comentarios) (?:are|will be|may be|são|serão) (?:moderated|reviewed|pre-moderated)\b.*|"
            r"(?:discussion|conversation) guidelines.*|sort (?:comments )?by (?:newest|oldest|best).*|sort (?:comments )?by\s*:.*|"
            r"commenting (?:has been |is )(?:disabled|closed|turned off|unavailable)\b.*|"
            r"(?:log ?in|sign in|register|subscribe) to (?:comment|join the (?:conversation|discussion)|reply|post a comment)\b.*|"
            r"have your say|.*\bleave (?:a|your) comments? below\b.*|tell us what you think\b.*|save my name\b.*|"
            r"(?:name|e-?mail|website|comment)\s*\*|"
            r"\d{1,4}\s+repl(?:y|ies)|(?:your )?comments? (?:will|may) (?:appear|be (?:visible|published|shown))\b.*\b(?:moderat\w+|approv\w+|review\w*)\b.*|"
            r"most (?:recommended|replied|upvoted)|(?:commenting|comments?) (?:is|are) not (?:enabled|available|open|allowed) (?:on|for) this (?:article|story|post|page)|"
            r"sort (?:comments|replies)\s*:.*|comment as a guest|reader (?:discussion|forum)|(?:write|post|add) a (?:response|reply)|"
            r"(?:view|show|see|read) (?:all )?(?:\d+ )?(?:responses|replies)|comments? on this (?:page|story|article) (?:close|closes|will close) (?:at|on|in)\b.*|"
            r"(?:only )?(?:subscribers|members|registered users) (?:can|may) (?:comment|post comments|join the discussion)(?: on this (?:article|story|post))?\.?|"
            r"what do you think\?\s*(?:tell|let) us\b.*|"
            r"(?:newest|oldest|most (?:liked|popular|recent)|best|top)(?:\s*[|·•]\s*(?:newest|oldest|most (?:liked|popular|"
            r"recent)|best|top))+)" + _END,
            max_words=40),
    # A site's comment policy or press-standards notice runs long: only these phrases are looked for in long lines,
    # and only in a line that speaks of comments, a forum, guidelines or posting ("Please keep it clean, the coach
    # said" is the story's).
    _family("comments",
            r"^(?=.*(?:comment|forum|guideline|civil|posting)).*\b(?:keep (?:your )?comments (?:relevant|civil|respectful|on topic)|civil forum for discussion|"
            r"(?:review|read|see|abide by) our community guidelines|comments (?:have to|must|should) be in english|"
            r"comments? (?:may|can|will) take\b.*\bto appear|refrain from posting (?:comments|anything)|we welcome (?:your )?comments|"
            r"please keep (?:them|it|comments|your comments|the (?:conversation|discussion)) (?:civil|respectful|clean|relevant|on[- ]topic))\b.*$", max_words=90),
    _family("legal_notice",
            r"^.*\b(?:adheres? to the (?:independent press standards organisation|ipso)|editors'? code of practice|"
            r"may (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission|may see an advertisement here)\b.*$",
            max_words=90),
    # Tag and keyword lists: a label, then a list.
    _family("tag_list",
            r"^(?:(?-i:TAGS|TOPICS)|(?-i:Tags)(?! (?:and|or|of|on|for|in|with|are|were|is|that|which|the|a)\b))\s+\S.*(?<![.!?])$|^(?-i:In)\s*:\s*(?-i:[A-Z])[^()\d£$€]*(?<![.!?])$|"
            r"^(?:topics covered|in this (?:article|story)|see more stories on)\s*:\s*\S.*(?<![.!?])$|"
            r"^tagged\s+[^.!?]{2,120},[^.!?]*$|"
            r"^(?:filed (?:under|to)|tags?(?:\s*[/&]\s*keywords?)?|tagged(?: with| as)?|topics?|keywords?|categor(?:y|ies)|categori[sz]ed (?:under|in)|posted in|labels|"
            r"(?:story|article|post|topic) tags|explore(?: more)?|browse|themes?|mentioned in this (?:article|story)|key ?words|"
            r"(?:related|further|more|other|trending|popular) (?:topics|tags|subjects)|explore topics?|browse (?:by )?(?:topics?|tags?|subjects?)|more on|"
            r"published under|interests|topics (?:in this (?:story|article)|mentioned)|also tagged|(?:see )?more stories (?:on|about)|subjects?|sections?|palavras-chave|etiquetas|"
            r"sectors?|industr(?:y|ies)|regions?|markets covered|topic pages?|タグ|标签|標籤|태그|תגיות|mada|etiketler|tagi|etykiety|ετικέτες|"
            r"[^\W\d]{2,15}\s*/\s*(?:tags?|topics?)|"
            r"schlagwörter|mots-clés|теги)\s*(?::|-|–|—|›|»|\||•|·)\s*\S.*(?<![.!?])$|^(?:also tagged|tags?|(?:related )?topics?|keywords?|categor(?:y|ies)|filed under)\s*[:|]\s*[^.!?:]{1,80},[^.!?:]{1,160}\.$|^(?:posted in|filed (?:in|under)|categori[sz]ed (?:under|in))\s+(?-i:[A-Z])[\w'’&\-]*(?: [\w'’&\-]+){0,4}$|^\s*🏷\s*\S.*(?<![.!?])$|"
            r"^tags(?=[a-z])[^.!?]*,[^.!?]*,[^.!?]*$|"
            r"^(?-i:PUBLISHED IN [A-Z][A-Z &]{1,30})$|^(?:(?:explore |read |see |find out )?more (?:on|about)(?: (?:these|this|the))?(?: topics?| subjects?| stories)?|"
            r"filed in|published in|schlagworte|stichworte|themen|temas|sujets|tópicos)\s*(?::|›)\s*\S.*(?<![.!?])$|"
            r"^(?:see more on|more about|published in|topic tags|tags|topics|filed (?:in|under))\s+(?-i:[A-Z])[^/,:.!?]{0,30}(?:\s*[/,]\s*(?-i:[A-Z])[^/,:.!?]{0,30}){1,12}$|"
            r"^(?:tags|topics|categories|keywords|posted in|filed (?:in|under)|tagged(?: with| as)?)\s+"
            r"(?-i:[A-Z#0-9])[\w'’&.\-]*(?:[\s,·•|/]+(?-i:[A-Z#0-9])[\w'’&.\-]*){0,15}$|"
            r"^(?:#\w[\w\-]*[\s,]*){2,}\.?$|^(?:\[[^\[\]]{1,40}\]\s*){2,}$|^posted in\b.*\|\s*tagged\b.*|"
            r"^(?:tags?|topics?|keywords?)\s*\|\s*[^.!?|]{1,40}(?:\s*\|\s*[^.!?|]{1,40})*\.?$|"
            r"^\W*(?:(?-i:[A-Z]{2,6})(?:\.(?-i:[A-Z]{1,2}))?\s+[$£€]?[\d,]+(?:\.\d+)?\s*[▲▼△▽↑↓]\s*[+\-−]?[\d.]+%\W*){1,6}$",
            max_words=60,  # ("Published in: Journal of ..." is a study's fact)
            spares=r"^\W*published in\s*:?\s*(?:the )?[^,]*\b(?:journal|review|proceedings|lancet|letters|annals|bulletin|quarterly)\b"),
    # A row of topics between bars at the end, with no label ("Transport | Ferries | North Quay"); no figures: a data row has them.
    _family("tag_list", r"^(?-i:[A-Z])[\w'’&\- ]{1,30}(?:\s*[|·•]\s*(?-i:[A-Z])[\w'’&\- ]{1,30}){2,6}$", Zone.TAIL, max_words=20,
            spares=r"\d"),
    # A topic page's link at the end ("Latest on Transport"); further up it can head a section of a live page.
    _family("tag_list", r"^\W*(?:latest|more|see more stories) (?:on|about) (?-i:[A-Z])[\w&'’\-]*(?: (?:&|and|(?-i:[A-Z])[\w&'’\-]*)){0,2}\W*$",
            Zone.TAIL, max_words=5),
    # Author contact lines at the end: "Write to ... at name@example.com", "Follow him on Twitter @x".
    _family("author_contact",
            r"^(?:(?:write to|email|e-mail|contact|reach) (?-i:[A-Z])[^@]{0,60}\bat\b.*@\S+.*|"
            r"to contact the (?:reporters?|editors?)(?: responsible for| on| of)? this story\b.*|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|"
            r"contact\s*:\s*[\w.+\-]+@\S+|"
            r".*\bcontact (?:this|the) reporter\b.*(?:@|\be-?mail\b|\bsignal\b|\d{3}-\d{3,4}).*|"
            r".*\bfollow (?:him|her|them|me|us) (?:on|at) (?:twitter|x|instagram|facebook|threads|bluesky)\b.*|"
            r".*\bfollow (?:him|her|them|me)\s+@\w+.*|"
            rf"{_PERSON} is an? (?:[\w'’\-]+ ){{0,3}}(?:correspondent|reporter|writer|editor|journalist|columnist) "
            r"(?:based in|for|at|who covers|covering)\b.*|"
            rf"{_PERSON} (?:covers|writes about|reports on)\b.*\b(?:for|at) (?:the )?(?-i:[A-Z])\w*.*|"
            # (with the way to reach the writer: "X is the editor of Develop magazine." alone is a guest column's last line)
            rf"{_PERSON} is (?:an?|the|[\w'’]+['’]s) (?:[\w'’\-]+ ){{0,3}}(?:correspondent|reporter|writer|editor|journalist|columnist)\b"
            r".*(?:@|\breach (?:him|her|them) at\b).*|"
            rf"reach (?:him|her|them|me) at\b.*|(?:[-–—]\s*by|written by)\s+{_PERSON}|"  # ("By X" alone: a book's author in a list)
            r"posted by\s+.{1,60}\s+at\s+\d{1,2}:\d\d\s*[ap]\.?m\.?)$",
            Zone.TAIL, max_words=60),
    # The headline again (or a kicker) as the first body line above prose: mixed case, at most one
    # colon, no sentence end. ALL-CAPS lines and "Label: value: value" data lines are content.
    _family("repeated_headline",
            r"^(?!.*:.*:)(?=.*(?-i:[a-zà-ÿа-я]))[\"“‘'(]?[\w¿¡][^\n]{8,200}(?<![.!:;,])['\"”’)]*$",
            Zone.HEAD, max_words=24, effect=Effect.LEADING),
    # A headline set off by a label in capitals ("SEE IT: Video shows ...", "WAY OUT Spurs ace tells ..."), or all
    # in capitals and long (nine words or more; a subheading in capitals is shorter): a link to another story. One
    # word before a colon is a marker only from a short list: "HOST: Up from a very low base" is a speaker's line in
    # a transcript. (After the other families: "FILE PHOTO: ..." is a caption.)
    _family("cross_link",
            r"^(?-i:(?:[A-Z][A-Z0-9.&'’+]{1,}(?: [A-Z0-9.&'’+]{2,}){1,3}\s*[:|]|"
            r"(?i:explainer|analysis|opinion|commentary|watch|video|listen|photos|exclusive|investigation|fact check|listicle|interactive)\s*[:|]|[A-Z]{2,}\s*\|)\s*[A-Z\"“‘'][^\n]*[a-z][^\n]*"
            r"|[A-Z]{2,}(?: [A-Z]{2,}){1,2} [A-Z][a-z][^\n]*)(?<![.!?:;,])(?<=\S)$|"
            r"^(?=(?:\S+\s+){8})(?-i:[A-Z0-9][A-Z0-9 ,'’:\-–—$%&!?]+)(?<![.:;,])$|"
            # an explainer's headline is often a question ("Explainer: How does the count work?")
            r"^(?i:explainer|analysis|fact check|q ?& ?a)\s*[:|]\s*(?-i:[A-Z\"“‘'])[^\n]*(?-i:[a-z])[^\n]*\?$",
            # a headline of another story has six words or more, and is no list ("SUBS: A, B, C"; "PROS: x; y")
            max_words=22, spares=r"^(?:\S+\s+){0,5}\S+$|,.*,|;"),
    # A page's label at the top of the story ("LIVE", "Breaking", "Opinion"): a subheading comes after some prose.
    _family("kicker",
            r"^\W*(?:live(?: updates| coverage| blog| now| reporting)?|breaking(?: news)?|just in|developing(?: story)?|"
            r"exclusive|opinion|analysis|explainer|editorial|sponsored(?: content)?|paid (?:content|post)|advertorial|"
            r"partner content|promoted|fact[- ]check|updated)\W*$",
            Zone.HEAD, max_words=3),
    # Bare page URLs left on their own line.
    _family("bare_url", r"^<?https?://\S+>?$", max_words=1),

    # --- sessions 17 and 18: the leftovers of news corpora, public cleaners' lists, stored news pages and news datasets;
    # press wires and institutional newsrooms, broadcasters, newsletter platforms and nonprofit newsrooms, aggregators
    # and tabloids (the pool audits of 2026-12-06; one entry per family, zone and effect; in each entry, what session
    # 18 added follows its "# session 18" line) ---
    _family("byline", ((r"^by\s*\.\s+[^.]{2,80}?\s+\.\s+(?:published|updated|last updated)(?: at)?\s*:?\s*\.?\s*\d.*$")
            + r"|" + (rf"^(?:by\s+(?-i:[A-Z])\w+ (?-i:[A-Z])[a-z]+(?-i:[A-Z])[\w ]{{2,40}}(?:reporter|correspondent|editor)|"
            rf"edited by\s*:\s*{_NAMES}\s*\|\s*updated\s*:.*)$")
            + r"|" + (r"^(?:(?-i:[A-Z])[\w ]{1,20}, (?-i:[A-Z])[\w ]{1,30} bureau\s*\|\s*updated\s*:.*|posted on \w+ \d{1,2},? (?:19|20)\d\d by (?-i:[A-Z])\w+(?: \w+)?)$")
            + r"|" + (rf"^(?:guest (?:commentary|column|opinion) (?:written )?by\b.*|the (?-i:[A-Z])\w+ bureau|"
            rf"\d{{1,2}}:\d\d,\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d\s+by\s+{_NAMES})$")
            + r"|" + (rf"^{_PERSON}\s+\d{{4}}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?Z?$")), Zone.HEAD, max_words=40),
    _family("timestamp", ((rf"^\W*(?:updated|published|posted)(?: on)?\s*:\s*{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d\s*/\s*\d{{1,2}}:\d\d\s*[ap]\.?m\.?(?: [a-z]{{2,4}})?(?:\s*/\s*[\w&'’. ]{{2,40}})?$")
            + r"|" + (r"^\W*(?:this (?:article|story) is (?:more than|over) (?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old|"
            r"published\s*:.{5,40}\|\s*last updated\s*:.{5,40}(?:\|\s*a\+\s*a-)?)\W*$")), Zone.HEAD, max_words=24),
    _family("caption", _LEAD + r"(?:"
            r"image (?:copyright|source|credit)s?\b.{0,60}?\b(?:image|media) caption\b.*|buy (?:this )?(?:photo|image|print)s?|"
            r"view (?:full|larger|original) (?:image|photo|size)|(?:figure|fig\.) \d{1,2}[a-z]?\s*[:.]\s*\S.{2,120}"
            r"|"
            r"(?:photo|image|picture)s? via\s+.{2,60}|(?:×\s*)?\d{1,3} of \d{1,3}\s+expand\b.*|this is a photo gallery curated by\b.*|"
            r"\((?:file|stock)\s*/\s*.{2,40}\)|featured (?:image|photo) (?:via|from|credit)\b.*|(?:image|photo|picture) (?:via|from) (?:a )?(?:video )?screen ?(?:capture|shot|grab)|"
            rf"\((?:official )?(?:[\w&'’.]+ ){{0,4}}photo by {_CREDIT_NAME}\)"
            r"|"
            r"presentational (?:grey |white )?(?:line|image|spacer)|item \d{1,3} of \d{1,3}"
            # session 18 (the pool audits 13-24)
            r"|"
            # a picture's alt text or an icon's name: "Photo of Ann Lee", "Ann Lee's profile picture", "NPR logo", "left-arrow"
            r"(?:photo|image|headshot)(?: photo| image)? (?:taken )?of (?!the (?:day|week|month|year)\b)[^.!?:;,]{2,60}|avatar (?:photo|image)|"
            r"[\w&'’.\- ]{1,40}'s? (?:profile|author|avatar) (?:picture|photo|image)|"
            r"(?!(?:the|a|an|our|new|its|their|his|her|this|that)\b)(?-i:[A-Z])[\w&.\-]*(?: (?-i:[A-Z])[\w&.\-]*)? logo|"
            r"[a-z\d]+(?:-[a-z\d]+){0,3}-(?:logo|icon|arrow|outline|filled|colou?red|chevron|caret)(?:-[a-z\d]+){0,2}|(?:left|right|up|down)-arrow|"
            # a player's leftovers: "Audio - 11'5\" Playlist", "0:00 / 0:15", "Duration: 56 seconds", "Watch later Share Copy link"
            r"(?:audio|video)\s*[-–—]\s*\d{1,3}'\d{1,2}\"?(?:\s+playlist)?|\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d|"
            r"duration\s*:?\s*\d+\s*(?:seconds?|secs?|minutes?|mins?)|watch later(?:\s+(?:share|copy link|info|shopping))+|tap to unmute|"
            r"if playback doesn'?t begin shortly\b.*|an error occurred while retrieving sharing information\b.*|.{3,120}\s[-–—]\s*youtube|"
            r"(?:this )?video has closed captions?|problems playing (?:this )?video\?.*|sorry,? your browser (?:is unable to|cannot|can'?t) play this video\.?|"
            r"(?:image|photo|video) (?:is )?no longer available|view photo|today'?s top videos|most watched (?:news )?videos|"
            r"\((?-i:SOUNDBITE OF) [^)]{2,60}\)|"
            # a caption's credit after its last full stop or glued to it: "... 27 December. AFP", "... apartCredit: Getty", "[/caption]"
            rf".{{10,300}}[.!?]\s+{_CAPTION_SOURCE}|.{{10,300}}(?-i:Credit)s?\s*:\s*[^.!?]{{2,60}}|.{{3,300}}\[/caption\]|"
            r".{10,300}\((?:photo|image|picture|foto|hình|bild|фото)(?: credit)?\s*:\s*[^()]{2,60}\)\.?|"
            r"(?:from|via) (?:shutterstock|getty ?images|istock(?:photo)?|adobe ?stock|unsplash|pexels|pixabay|alamy)(?:\.com)?|"
            r"\((?:image|photo|picture) (?:from|via|courtesy of) [^()]{2,40}\)|placeholder content image|"
            # an embedded post's label: "A photo posted by Ann Lee (@annlee) on ...", "View this post on Instagram"
            r"an? (?:photo|video|post) (?:posted|shared) by .{1,60}\(@\w+\).*|view this post on instagram\b.*"
            r"|"
            r"(?:image|illustration|photo) for article titled\b.*|play video\s*[-–—:]\s*.*|"
            r"(?-i:[A-Z])[\w'’.]+(?: (?-i:[A-Z])[\w'’.]+){1,2}\s*-\s*(?:usa today sports|imagn images|imagn content services)|"
            r"(?:certain )?data (?:by|provided by|courtesy of) (?:sportradar|stats perform|opta)|logo (?:for|of) (?-i:[A-Z]).{1,30}|"
            rf"(?:cover )?(?:illustration|photo illustration|artwork|graphic|animation|video shot) by {_NAMES}(?: for (?-i:[A-Z]).{{1,40}})?(?:\s*\(.{{2,40}}\))?(?:\.\s*sources?:.*)?|"
            rf".{{3,120}}\s\|\s*{_CREDIT_NAME}\s*/.{{2,80}}|(?-i:[A-Z]+) illustration\s*/\s*.{{2,60}}|.{{3,200}}\s\|\|\|\s*.{{2,60}}|"
            r"\S+/(?:thinkstock|istock(?:photo)?|getty images(?: plus)?|shutterstock|dreamstime|adobe stock)(?:/\S+)*|\|?\s*nan:nan|"
            r"\d+ more (?:images|photos|pictures) in (?:this )?gallery|latest videos from\b.*|"
            r"[.!?]?.{10,300}[.!?]\s+.{2,40}/(?:flickr|wikimedia(?: commons)?|unsplash|pexels|nasa|esa)|"
            r"getty ?images(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z])[\w'’\-]+){0,2}|.{10,300}(?-i:Credit)s?\s*:\s*.{2,120}\bdoi\b.*"
            r"|"
            r"click (?:on )?(?:the )?(?:graph|chart|image|photo|picture) (?:for|to see) (?:a )?larger (?:image|version|view)\.?|"
            r"view this interactive (?:chart|graphic|map|table) on\b.*|.*\bdata by ycharts\b.*|.{10,200}[.!?]\s+source\s*:\s*[^.]{2,60}|"
            rf"{_CREDIT_NAME}\s*/\s*[\w&'’. ]{{1,30}}(?:;\s*{_CREDIT_NAME}\s*/\s*[\w&'’. ]{{1,30}})+|.*\bprice-consensus-chart\b.*|"
            rf"this {_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d,? file (?:photo|image|picture)\b.*"
            r"|"
            r"\((?-i:[A-Z])[\w .]{1,20}/[^()/]{2,40}\)|.{3,300}\[photo/[^\]]{1,30}\]|item \d{1,3} of \d{1,3}\s+\S.*|\[\d+/\d+\]\S.*|"
            r"image result for\b.*|related image|image attribution tooltip"
            r"|"
            r".*(?-i:Image) source,\s*[^.]{2,60}|(?-i:Image) caption,\s*.*"
            r")" + _END, max_words=60),
    _family("navigation", _LEAD + r"(?:"
            r"(?:close|open|hide|exit) (?:the )?(?:video|audio|media)? ?(?:player|share panel|slideshow|gallery)|play slideshow|"
            r"(?:npr )?embedded (?:audio|video) player|skip in skip\b.*|wait \d+ seconds? to continue\.?|sections(?: (?:&|and) features)?|"
            r"today'?s paper|go to (?:the )?(?:main )?content|weather\s*-?\d{1,3}\s*°\s*[fc]?(?:\s+[\w ]{2,30})?|"
            r"(?-i:[A-Z])[\w&'’.\-]*(?: [\w&'’.\-]+){0,2}(?:\s+/\s+(?-i:[A-Z])[\w&'’.\-]*(?: (?:&|and|[\w'’.\-]+)){0,3}){2,5}|"
            r"(?:a )?type size (?:small|medium|large)(?:\s+(?:a )?type size (?:small|medium|large|larger|extra large)){1,4}|"
            r"please refresh the page or navigate to another page\b.*"
            r"|"
            r"\[an error occurred while processing this directive\]|you can find this (?:story|article) in my bookmarks\.?|"
            r"find any issues using dark mode\?.*|.*\bour (?:professional )?fact-checkers verify\b.*|"
            r"search (?:the )?(?:news|quotes|stories|people|videos)(?:,? (?:(?:&|and) )?(?:news|quotes|stories|people|videos)){1,3}|"
            r"jump to (?:the )?(?:main )?content|skip navigation|chosen by us to get you up to speed\b.*|"
            r"we'?re sorry,? this feature is currently unavailable\b.*|we apologi[sz]e,? but this video has failed to load\b.*|"
            r"this (?:page|site|website) is not fully supported on\b.*|.*\b(?:is|are) (?:temporarily )?unavailable in your (?:location|region|country)\b.*|"
            r"click to gallery|your (?-i:[A-Z]{2,5}) account|this field is for validation purposes\b.*|.{1,30}\s*[-–—]\s*back to home|"
            r"(?:something missing\?\s*)?found an error\?.*|please verify (?:that )?you(?:'?re| are) (?:not a robot|a human)\b.*|.*\breload captcha\b.*|"
            r"loading\.*\s*something is loading\.?|thanks for contacting us\b.*|(?:watchlist\s+)?sign in\s+create (?:a )?free account|"
            r"this is a carousel\b.*|story highlights|previous\s+(?:\d+\s+)+next|listen \d+ min(?:\s+(?:comment|gift article|share|save)){1,4}|"
            r"go to (?:the )?home ?page|you must select a newsletter\b.*|scripting must be enabled\b.*|ad not displaying properly\?.*"
            r"|"
            r"skip to (?:the )?(?:main )?content\s+skip to (?:the )?site index|accessibility links|read today'?s e-?(?:newspaper|paper|edition)|"
            r"public inspection file(?: help)?|become a carrier|wordcount\s*:\s*\d+|word count\s*:\s*\d+|search our (?:news )?archive|"
            r"reprints,? rights (?:&|and) permissions|caption close|activating this button will toggle\b.*|"
            r"all systems operational\b.*|show more sharing options|share close extra sharing options|sharing is caring!?|"
            r"(?-i:[A-Z])[\w'’ ]{1,20} on (?:instagram|facebook|twitter|x|tiktok|youtube|threads|linkedin)|"
            r"перейти к (?:контенту|содержимому)"
            r"|"
            r"editor'?s note\s*:\s*the (?:above|below) video\b.*|(?:internet explorer|ie) ?\d* is (?:no longer )?(?:not )?supported\b.*|"
            r"this browser (?:does not support|is no longer supported)\b.*|for optimal browsing\b.*|.*\bplease upgrade to the latest version of (?:ie|internet explorer|your browser)\b.*|"
            r"(?:lower|upper) waypoint|accuweather(?:\.com)? quick look|clock menu more-arrow\b.*|subscriber help|manage (?:my |your )?subscription|"
            r"set your location\b.*|powered by frankly|original story\s*:|go to the .{1,30} home ?page|"
            r"forgot your (?:username|password)(?: (?:and|or) (?:username|password))?\?|back to (?:the )?main menu|"
            r"[«‹]?\s*previous\s+(?:[\d,]+|…|\.\.\.)(?:\s+(?:[\d,]+|…|\.\.\.))*|need help\?\s*(?:reach|contact) us\b.*|live updates \(closed\)|"
            r"ha?mb(?:urg)?er ?menu|skip to news navigation\b.*|home\s*/\s*(?:[\w'’&.,\- ]{1,40}/\s*){1,4}.{1,160}|"
            r"getting your trinity audio player ready\W*|error\s*:\s*content is protected\W*|this (?:page|site) requires javascript\.?|captioning concerns"
            r"|"
            r"listen to this (?:story|article)|international edition|expand (?:the )?(?:news )?menu|search jobs|our process|"
            r"accessibility settings|optional screen reader\b.*|see below for live updates\W*|.*'(?-i:[A-Z]+) recommends'\s*:\s*what exactly does it mean\?"
            r"|"
            r"arrows? pointing (?:outwards|inwards|up|down)|placeholder(?: image)?|listen to the full (?:story|interview|episode) by clicking\b.*"
            # session 18 (the pool audits 13-24)
            r"|"
            r"report a (?:problem|mistake|bug|error|broken link)(?: or (?:a )?(?:problem|mistake|error))?(?: (?:with|on) this (?:page|story|article))?|"
            r"help us improve (?-i:[A-Z]).{1,30}|is this page useful\?.*|view (?:full|desktop|mobile) (?:site|version)|error message|interior content|"
            r"you are here(?:\s*:\s*.{0,300}|\s+home\b.{0,300})?|(?:blog|site|main|primary|secondary|post|posts) navigation|show\s*/\s*hide|"
            r"expand\s*/\s*collapse(?: \w+)?|see (?:all|more) (?:updates|events|headlines|videos|news)|view all (?:headlines|news|updates|events|videos)|"
            r"searching for your content(?:…|\.\.\.)?|return to (?:the )?(?:full )?list|(?:open|close) (?:the )?accessibility menu|"
            r"help\s*\|\s*advanced search|forgot(?:ten)? (?:your )?password\?|filter by\s*:?|download (?:this|the) (?:press release|pdf|report)|"
            r"client log ?in|press release|search (?:for )?[\w ]{2,20}(?:, [\w ]{2,20}){1,4}(?:…|\.\.\.)|"
            r"search (?:for )?(?:[\w ]{2,20}, ){1,4}(?:and )?(?:keywords?|topics|authors|articles|people|companies|symbols|tickers|videos|more)|"
            r".*\b(?:enable|turn on|activate) javascript\b.*|do not include personal (?:or financial )?information\b.*|"
            r"use this search (?:box|form|field) to\b.*|view this (?:post|e-?mail|newsletter|story) (?:on the web|in (?:your|a|the) browser|online)\b.*|"
            r"(?:forward|web version|view (?:it )?(?:in|on) (?:your |the )?(?:browser|web)|(?:update|manage) (?:your )?preferences|unsubscribe)"
            r"(?:\s*\|\s*(?:forward|web version|view (?:it )?(?:in|on) (?:your |the )?(?:browser|web)|(?:update|manage) (?:your )?preferences|unsubscribe)){2,5}|"
            r"menu\s+close|close\s+menu|show navigation menu|skip links|(?:skip to (?:the )?[\w ]{2,20}?\s*){2,4}|skip directly to (?:the )?(?:main )?content|"
            r"[<‹«←≪]?\s*back to (?:all |the )?(?:news|blog|posts|articles|stories|press releases|newsroom)|back to (?-i:[A-Z])[\w ]{1,30} blog|"
            r"already have an? .{1,30} account\?.*|collapse this bar|«\s*.{2,80}\s*\|\s*main\s*\|\s*.{2,80}\s*»|"
            r"[≪«‹<≫»›>]+\s*(?:previous|next)(?: (?:post|article|story|video))?\s*:?\s*.{0,120}|no more results|news ticker|channel finder|"
            r"submit a (?:news )?tip|this is an archived (?:article|story)\b.*|that concludes our (?:live )?coverage\b.*|"
            r"thanks for following(?: along)?\W+(?:and )?we'?ll be back\b.*|that'?s all for today!?(?:\s.*)?|more to come(?:…|\.\.\.)?|"
            r"(?:high wind|winter storm|flood|flash flood|tornado|heat|excessive heat|wind chill|red flag|severe thunderstorm|winter weather|frost|freeze) "
            r"(?:watch|warning|advisory) from .{3,40} until\b.*|"
            r"\d+ of \d+ documents|you are on page \d+\s*of \d+|turn to page \d+|continued on pages? \d+(?: (?:&|and) \d+)?|"
            r"download as (?:pdf|txt|docx?)(?: or (?:pdf|txt|docx?))*|licensing (?:&|and) reprints|older\s*\|.*\|\s*newer|"
            r"are you the publisher\?.*|journal information\s*:\s*(?-i:[A-Z])[^.]{2,80}|story saved\b.*\bbookmarks\b.*"
            r"|"
            r"toggle (?:dark mode|search(?: form)?|menu|navigation|mega menu)|mega menu toggle|minimize to nav|switch site|download pdf|"
            r"prev(?:ious)? (?:story|article|post)\s+next (?:story|article|post)|editors'? notes|feedback to editors|"
            r"learn (?:more )?about our editorial (?:process|standards|policies)|this (?:live )?blog is now closed|this article has been updated|"
            r"fact-checked|peer-reviewed publication|proofread|trusted source|.*\byou are using a browser version with limited support\b.*|"
            r"[.#]?[\w\-]+(?:\s*[.#:][\w\-]+)*\s*\{[^{}]*:[^{}]*\}|.*\bgoogletag\.\w+.*|[\w$]+(?:\.[\w$]+)+\.push\(.*\);?|"
            r"skip to (?:the )?main content\b.*|.*\bcite this article\b.*|.*see all stories\b.*|.{1,30} logo go to\b.*|social links navigation|"
            r"(?:(?:contact(?: us)?|advertise(?: with us)?|reprints|about(?: us)?|careers|sitemap|site map|help|faq)\s*[|•·]?\s*){3,}|"
            r"back to top button|main content|subscriber (?:support|services|help)|loading (?:stock )?(?:data|quotes|chart)(?:…|\.\.\.)?|x close|"
            r"login form|quick links|forgot(?:ten)? (?:your )?password|letters (?:should|must) include\b.*|"
            r"we want to hear what you think about this (?:article|story)\b.*|.*\bletters@\S+.*|for (?:article )?reprints,? permissions\b.*|"
            r"home\s*/{2}.*|(?-i:[A-Z])[\w&.\-]*(?: (?-i:[A-Z])[\w&.\-]*){2,3} logo|you(?:'re| are) reading (?-i:[A-Z]).{1,30}(?: [—–-] |:\s).*"
            r"|"
            r"(?-i:[A-Z]{2,6})(?:\.[A-Z]{1,2})?,\s*[+\-−]\d+(?:\.\d+)?%|[\d,.]+\s+[+\-−][\d,.]+\s+[+\-−]?\(?[+\-−]?[\d.]+%\)?(?:\s+at close\b.*)?|"
            r"u\.?s\.? markets (?:open|close|closed|are closed)(?: in \d+h(?: \d+m)?)?|.*\bintraday data provided by\b.*|"
            r"(?:most )?stock quote data provided by\b.*|stock quotes (?:supplied|provided) by\b.*|data (?:&|and) news supplied by\b.*|data also provided by|"
            r"article sources|.{1,30} requires writers to use primary sources\b.*|chevron icon\b.*|(?:please )?turn to page [a-z]?\d+|"
            r".*\bplease fill out this field\b.*|oops!?\s*something went wrong\b.*|accessibility help\s*skip to\b.*|"
            r"(?:…|\.\.\.)\s*(?:continued|read more|more)|continue to (?:the )?article|"
            r"(?-i:[A-Z])[\w&' ]{1,20}\s*>\s*(?-i:[A-Z])[\w&' ]{1,30}(?:\s*>\s*(?-i:[A-Z])[\w&' ]{1,30}){0,3}|share\s+reuse this content|"
            r".*\bfollow\s+add holdings\b.*"
            r"|"
            r"the wayback machine\s*[-–—]\s*https?://web\.archive\.org/\S+|from wikipedia,? the free encyclopedia|\[edit\]|"
            r"to revisit this article,? (?:select|visit)\b.*|scroll to top|(?:submit|keyword) search(?:…|\.\.\.)?|search query|"
            r"(?:show|open|close|toggle) (?:the )?navigation(?: menu)?|article tools\s+visit the online version\b.*|"
            r"available formats\s+download as\b.*|[\d,.]+k? views\s+\d+ pages|table of contents(?:\s*(?:>>|»)?\s*(?:show|hide))*|"
            r"how we reviewed this article\s*:?|spotted an error\b.*|this article is a stub\b.*|"
            r"(?:enable|disable) (?:sticky |inline |native )*(?:ads|disqus|comments)"
            r"|"
            rf"skip {_SOCIAL} post(?: \d+)?|"
            rf"end of {_SOCIAL} post(?: \d+)?|browse latest\s+(?:view live|browse all)\b.*"
            r")" + _END, max_words=60),
    _family("share_widget", _LEAD + r"(?:"
            r"like this (?:story|article|post)\?\s*share\b.*|copy this link|read or share this story\s*:\s*\S+|"
            r"a link has been (?:posted to your (?:facebook|twitter|x) feed|sent to your friend'?s e-?mail(?: address)?)\.?|"
            r"find (?-i:[A-Z])[\w&'’.]*(?: (?-i:[A-Z])[\w&'’.]*){0,3}(?:\s*:\s*[\w ]{2,40})? on (?:facebook|instagram|twitter|x)\b.*|add to my(?-i:[A-Z]{2,4})"
            r"|"
            r"send this (?:page|story|article) to (?:someone|a friend)\b.*|send a link to a friend|please follow and like us:?|"
            r"share this (?:article|story|item) (?:in your social network|on (?:facebook|twitter|x))|see more sharing options|addthis smartlayers|"
            r"i found this (?:story|article) on .{1,60} and wanted to share it with you:?|think your friends would be interested\?.*|"
            r"[\d.,]+k?\s+shares?\s+(?:facebook|twitter).*|(?:click|tap) to join us on\b.*"
            r"|"
            r"become a fan of .{1,40} on facebook\b.*|follow .{1,30}:\s*on (?:facebook|twitter|instagram|youtube)|follow our (?:journalism|work|coverage) on\b.*|"
            r"e-?mail the (?:author|reporter)(?:\s*\|.*)?|your name\s*:|recipient(?:'s)? e-?mail\s*:|share ?article|share current article via|"
            r"thanks for sharing!?|connect with us|(?-i:FOLLOW [A-Z][A-Z &]{2,30})"
            r"|"
            r"story saved|removed from bookmarks|bookmark popover|follow (?-i:[A-Z]{2,5}) (?-i:[A-Z])[a-z]+"
            # session 18 (the pool audits 13-24)
            r"|"
            rf"join us on {_SOCIAL}|"
            r"[\d.,]+k? subscribers|follow (?:us )?by e-?mail|visit (?:us|our (?:web)?site)\s*:?|get (?:the )?short (?:url|link)|"
            r"(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|email|print|copylink|copy|link|sms|messenger|flipboard){3,}|"
            rf"(?:{_SOCIAL}|rss|e-?mail)(?:\s+(?:{_SOCIAL}|rss|e-?mail)){{1,6}}|"
            rf"rss\s*[-–—]\s*posts\s+rss\s*[-–—]\s*comments|you can find us on {_SOCIAL}\b.*|"
            r".*\bshare this (?:newsletter|post|article|story) (?:on|with) your (?:social|friends|network)\b.*|"
            r"%d bloggers like this:?|post was not sent\W+check your e-?mail addresses!?|sorry,? your blog cannot share posts by e-?mail\.?|"
            r"follow (?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,2}(?:\s+(?:facebook|twitter|instagram|comment|x)){2,4}|.*\btell us on our facebook page\b.*"
            r"|"
            r".*\badd (?:us )?as (?:a )?preferred source\b.*|forward this (?:message|e-?mail|newsletter) to a friend|"
            rf"follow .{{1,30}}\s*:\s*(?:(?:and )?{_SOCIAL}\s*,?\s*){{2,}}\.?|"
            r"posts from this (?:author|topic) will be added to your\b.*|share all sharing options(?: for)?\s*:?.*|"
            r"share this (?:article|story)\s+share\b.*|save this (?:story|article)(?:\s*save this (?:story|article))?|follow (?-i:[A-Z]{2,6})|"
            r"(?:share|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|email|print|copylink|copy|link|sms|messenger|flipboard){4,}"
            r")" + _END, max_words=40),
    _family("paywall", _LEAD + r"\(?(?:read|see) (?:the )?(?:full|whole|entire|complete) (?:story|article|report)(?: here)?\.?\)?|"
            r"we are having trouble retrieving the article content\b.*|thank you for your patience while we verify access\b.*|"
            r".*\bplease exit and log ?in(?:to)?\b.*|(?:[\w&'’. ]{2,40} )?subscriber\?\s*log ?in\b.*|"
            r"save (?:this )?article\s+log ?in to save\b.*$", max_words=30, effect=Effect.TRUNCATE),
    _family("recirculation_block", _LEAD + r"(?:"
            r"watch this next|trending reader picks|also related to this story|other (?:articles|stories|posts) by (?-i:[A-Z])[\w'’\-]*(?: (?-i:[A-Z])[\w'’\-]*){0,2}|"
            r"sponsored content from around the web|paid for and posted by"
            r"|"
            r"read also|also read|popular posts from this blog|news near (?-i:[A-Z])[\w'’\-]*(?: (?-i:[A-Z])[\w'’\-]*){0,2}|new (?:articles|stories|posts)|"
            r"stories you (?:may|might) be interested in|вам также может быть интересно|read more trending news|see all topics|browse (?:today'?s|all) tags|mentioned in this article|"
            r"a comprehensive series of articles on this topic"
            r"|"
            r"recommended videos|regional events|recent (?:headlines|articles|stories|posts)|best of (?-i:[A-Z])[\w.]*|"
            r"most read (?:[\w&' ]{1,30} )?stories|all (?-i:[A-Z])[\w ]{1,30} stories|stories made possible by .{1,40} readers|"
            r"here'?s what else is happening (?:on|in)\b.*|trending today|more ?in|also worth reading|latest (?:articles|stories|posts) by (?-i:[A-Z]).{1,40}|"
            r"editor'?s choice"
            r"|"
            r"most viewed across (?:the )?(?-i:[A-Z])[\w ]{1,30}|read this next|top reads"
            r"|"
            r"see more|explore further|more links"
            # session 18 (the pool audits 13-24)
            r"|"
            r"recent news|see all news|also from this source|trending articles|trending now(?: on .{1,30})?|top posts(?: (?:&|and) pages)?|"
            r"special coverage|weekend reading|in this issue\s*:?|commentary spotlight|explore|popular posts(?: from the last \d+ days)?|"
            r"related to what you'?re reading|check out the original stor(?:y|ies)|thanks for reading\b.{0,20}\bthere'?s more\b.*|"
            r"list of \d+ items|sphere\s*:\s*related content"
            r"|"
            r"explore (?:the )?latest (?:news|stories|articles)\b.*|latest in (?-i:[A-Z])[\w &]{1,30}|trending (?:[\w ]{1,30} )?(?:articles|stories|posts|videos)|"
            r"from the archives?|watch next|(?:first,? )?here are (?:\w+ )?(?:new |more |other |recent )?stories from\b.*|best of (?-i:[A-Z])[\w.+]*"
            r"|"
            r"articles you may like|people also (?:watch|read|viewed)|read next story|most read from (?-i:[A-Z])\w+\b.*|trending\s+1\.\s.*"
            r"|"
            r"most (?:commented|read|viewed|shared)(?:\s*/\s*(?:commented|read|viewed|shared))? (?:stories|articles)\b.*|today'?s top (?:news|stories|headlines)"
            r"|"
            r"most recent"
            r")" + _END, max_words=25, effect=Effect.OPEN_BLOCK),
    _family("comments", _LEAD + r"(?:"
            r"share what you think|sorry,? we are not (?:currently )?accepting comments on this article\.?|"
            r"please let us know if you'?re having (?:issues|problems|trouble) with comment(?:ing|s)\.?|"
            r"to find out more about (?:facebook )?comment(?:ing|s) please read\b.*|(?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,3} does not endorse the (?:opinions|views) expressed in comments\.?|"
            r"thanks for your comments\W+this feedback is now closed|please rate this (?:article|story)|\d+ (?:users|readers|people) responded in this thread"
            r"|"
            r"please (?:sign in|log ?in)(?: or register)? to (?:leave|post|add) a comment|do you have something to say about the article you just read\?.*|"
            r"click to view or post comments\b.*|there are no comments yet\b.*|the content of this field is kept private\b.*|"
            r"share your thoughts in (?:our|the) (?:facebook )?comments\b.*|no comments(?: yet)?|\(\d+\) comments?|"
            r".*\bwe have closed comments on this (?:story|article)\b.*|.*\bunable to accept comments\b.*|.*\bcomments to your facebook timeline\b.*|"
            r".*\bmay edit your comments\b.*|please enter your (?:comment|name|e-?mail)!?|be nice\.\s*no racism\b.*|"
            r".*\bwhether you would like it to be posted to facebook\b.*|have an opinion on this (?:story|article)\?.*"
            r"|"
            r"view the discussion thread\.?|share your thoughts\s+cancel reply|(?:leave a )?reply\s+cancel reply|"
            r"please read our commenting (?:and letters )?policy\b.*|have your say\.\s*give us feedback\.?|"
            r"when submitting content,? please abide by our submission guidelines\b.*|"
            r"your feedback is important to us\b.*|we want to hear your suggestions and comments\b.*|"
            r".*\bis committed to publishing a diversity of letters to the editor\b.*|.*\bwelcomes comments in the discussion area\b.*|"
            r"posted (?:on )?.{5,40} by [\w.\-]+ \((?:subscriber|guest)\b.*|"
            r"добавить комментарий\b.*|сохранить моё имя\b.*"
            r"|"
            r"be (?:proactive|truthful)\.\s.*|don'?t threaten\.\s.*|active discussions|.*\bcomments powered by disqus\b.*|"
            r"share with us\.\s*we'?d love to hear\b.*|join the conversation(?: about this (?:story|article))?|view\s*/\s*post comments|post a comment as|"
            r"watch this discussion\.?|share something with your neighbou?rs\b.*|more information about formatting options|"
            r"got a question\?\s*something on your mind\?.*|.*\bwhile moderating your comments\b.*|please read our .{0,40}before posting comments|"
            r"we have migrated to a new commenting platform\b.*|join (?-i:[A-Z])\w+ online community|all comments \(\d*\).*|"
            r".*\bviews expressed in comments published on\b.*|comments? \(\d+\)\s*closed|comment wall(?: \(\d+ comments?\))?"
            r"|"
            r"comments \((?:…|\.\.\.|\d*)\)|sign in or create your .{1,30} account to join the discussion|\d+[hmd] ago\s+\d+\s+\d+ comments|view more comments"
            # session 18 (the pool audits 13-24)
            r"|"
            r"fill in your details below or click an icon to log in:?|you are commenting using your .{1,30} account\b.*|"
            r"(?:facebook|twitter|google\+?|wordpress\.com|gravatar) photo|please enter your (?:name|e-?mail(?: address)?|comment) here|"
            r"e-?mail \(required\)\s+name \(required\)(?:\s+website)?|loading comments(?:…|\.\.\.)?|expand full comment|"
            r"\d+ more (?:comments?|replies)(?:…|\.\.\.)?|you can leave a response,? or trackback\b.*|(?:leave|post) a response|"
            r"we'?ve removed the ability to reply\b.*|say something nice(?:…|\.\.\.)?|speak your mind|"
            r"attack the position,? not the person\b.*|please do not libel\b.*|"
            rf"{_PERSON} {_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d at \d{{1,2}}:\d\d\s*[ap]\.?m\.?|"
            r"share or comment on this article\b.*|.*\bwe will automatically post your comment\b.*|"
            r"we'?ll ask you to confirm this for your first post to facebook\.?|what do you think\?\s*post a comment\.?|"
            r"your comment will be posted to .{1,30} as usual\.?"
            r"|"
            r"loading comments\b.*|liked by \d+ (?:people|others|persons?)|sign in or create .{1,30} account to (?:leave|post|add) (?:a |the )?comment\.?|"
            r"be civil\.\s*be kind\.?|.*\bcomments off on\b.*|connecting to %s|fill in your details below or click an icon to log in:?\s+logo|"
            r"(?:reader comments are listed below\.\s*)?comments are (?:currently |now )?closed\b.*|(?-i:[A-Z])[\w .]{1,30} in reply to \S+|"
            r"why create an account\?.*"
            r"|"
            r"comments (?:have|are) not (?:been )?enabled\b.*|be respectful\.\s+.*|stay focused and on track\b.*|[-–—]?\s*doxxing\.\s.*|"
            r"we encourage you to use comments\b.*"
            r"|"
            r"did you (?:like|enjoy) this (?:story|article)\?|we'?d love to hear your thoughts\b.*|"
            rf"posted {_MONTH}\.? \d{{1,2}}, (?:19|20)\d\d \d{{1,2}}:\d\d utc \(\w{{3}}\) by\b.*"
            r")" + _END, max_words=90),
    _family("promo", _LEAD + r"(?:"
            r"your support goes a long way\.?|thank you for supporting our journalism\.?|hit play on the player\b.*|"
            r"stay (?:informed|up to date) (?:about|with|on) the latest (?:[\w&'’\-]+ ){0,4}(?:news|discoveries|stories|updates)\b.*|"
            r"start your day informed with\b.*|be the first to get (?:the )?breaking news|(?-i:[A-Z])[\w'’ ]{0,20} news is under siege\b.*|"
            r"we pay for your stories!?.*|enjoying this (?:article|story)\?\s*share your e-?mail\b.*|don'?t miss it\s*:\s*tickets\b.*|"
            r"this video is brought to you in partnership with\b.*"
            r"|"
            r".*\bthe news seems to be flying at us\b.*|politics can divide us\.\s*fact-based local news unites us\.?|"
            r".*\btakes? you through the (?:top|big|biggest) stories\b.*|get (?:[\w'’&]+ ){0,4}(?:stories|news|headlines) every (?:morning|day|weekday|evening)\b.*|"
            r".*\bdirect from (?:the )?(?-i:[A-Z])\w+ every (?:morning|day|weekday)\b.*|get the free .{1,40}\b(?:email|newsletter)\b.*|"
            r".*\bwe'?ll point you to all the\b.*|can'?t wait for the next newsletter\?.*|you can receive breaking news\b.*|"
            r"tune in (?:at|on|to)\b.*\b(?:watch|listen)\b.*|.*\bfind out how you can still connect with us\b.*|"
            r"a welcome email is on its way\b.*|.*\bcheck your (?:junk|spam) folder\b.*|please support (?:our|this) (?:work|journalism|reporting)\b(?!.*\b(?:said|says|told|urged)\b).*|"
            r".*\bhas no shareholders and no billionaire owner\b.*|.*\bwe choose not to lock\b.*\bout of our reporting\b.*|"
            r"you'?ve seen the news, now discover the story|all access\.? all in one subscription\b.*|the digital version of today'?s paper|"
            r"all articles from our website|.*\b(?:relies|rely|depends) on advertising to support\b.*|by joining (?-i:[A-Z]).{1,30} you support\b.*|"
            r"get today'?s headlines\b.*|start your day (?:with|informed with)\b.*|.*\bhas always strived hard to provide\b.*|"
            r"chat with us (?:in|on) (?:facebook )?messenger\b.*|get the inside scoop\b.*|.*\bapp available (?:through|on) (?:apple tv|amazon fire ?tv|roku)\b.*|"
            r"be sure to download\b.*|our journalism needs your support\b.*|stay tuned to (?-i:[A-Z])\w+ for\b.*|"
            r"support (?-i:[A-Z0-9]+)\s*[–—-]\s*subscribe\b.*|be part of quality journalism\b.*|this week in flyers"
            r"|"
            r"weekly (?:essays|stories|newsletters?|picks),? straight to your inbox\.?|never miss a (?:post|story|newsletter|thing)|"
            r"(?-i:[A-Z])[\w'’ ]{1,30} newsletter|this article is part of our special report\b.*|"
            r"help (?:[\w'’ ]{1,40}) publish (?:trustworthy|independent|quality)\b.*|get the day'?s big stories\b.*|"
            r"the following subscription-only content has been made available to you\b.*"
            r"|"
            r"find out what(?:'?s| is) happening in\b.*\bwith the latest updates from\b.*|quality journalism (?:doesn'?t|does not) come free\b.*|"
            r".*\b(?:double|triple) your (?:gift|donation)\b.*|we never charge for (?:local )?news\b.*|.*\bdirect to your inbox\.?|"
            r"support the independent voice of\b.*|get smarter,? faster\b.*|your support makes sure\b.*|we'?re always interested in hearing about news\b.*|"
            r"this is .{1,40}, a (?:daily|weekday|weekly|free) newsletter\b.*|the .{1,40} newsletter is your (?:free|daily|weekly)\b.*|"
            r"see more stories on .{1,40} page\.?|get (?:the )?.{1,40} by e-?mail and never miss\b.*|the .{1,20} newsletters? cuts? through the noise\b.*|"
            r".*\bjoin our special broadcast\b.*|get exclusive insights\b.*|.*\bwith our newsletters?!?|"
            r"(?:start today|be informed|subscribe|join) (?:today )?for (?:just |only )?[$£€]\d.*|read what moves you\b.*|(?:free )?article views remaining|"
            r".*\bgood people are not yet paying enough for good journalism\b.*|why news media is in crisis\b.*|you are reading this because you value\b.*|"
            r".*\bnews media is facing an unprecedented crisis\b.*|all subscriber-only content on\b.*|"
            r"[$£€][\d.,]+\s+[$£€][\d.,]+\s*/\s*(?:month|mo|week|year)|[$£€][\d.,]+ for the first (?:year|month|week)\b.*|"
            r"if you'?ve seen value in our (?:reporting|journalism)\b.*|you are visiting us because\b.*|support from readers like you\b.*|we need your help now|"
            r"if you believe .{0,40}journalism\b.*\bsupport us\b.*|get offer|get notified by e-?mail\b.*|gift a subscription\w*|"
            r"access \d+ free (?:stories|articles) (?:every|a|per) month"
            r"|"
            r"we have more newsletters|get updates about our journalism\b.*|sign up to (?:this is )?(?-i:[A-Z])[\w'’ ]{1,30}|"
            r"kick off your (?:evenings|mornings|weekends?) with\b.*|get in touch with our news team\b.*|claim (?:your )?discount|"
            r".*\bis editorially independent\.\s.*\bfund\b.*|for more stories like this,? check our\b.*|send us a tip using our\b.*|"
            r"fund independent journalism with \d+% off\b.*|see why over a million readers pay to read\b.*|"
            r"want to bookmark your favou?rite articles\b.*|print \+ premium digital|the definitive voice of entertainment news"
            r"|"
            r"the (?:email|newsletter) you need for\b.*|add (?:the )?.{1,40} on google(?: news)?|(?:newsletter sign up\s?)?continue reading the main story|"
            r"here are your .{1,40} top headlines\b.*|exclusive news, data and analytics for financial market professionals"
            # session 18 (the pool audits 13-24)
            r"|"
            r"want your company'?s news featured on\b.*|get (?:e-?mails?|alerts|notifications|updates) (?:about|on|for) this (?:page|topic|story|author)|"
            r"get (?-i:[A-Z])[\w ]{1,30} notifications|enjoying this (?:article|story|commentary|post|newsletter|piece)\?.*|"
            r"(?:(?:homepage|apple podcasts|google podcasts|spotify|overcast|castro|pocket casts|stitcher|rss(?: feed)?|tunein|iheart(?:radio)?|"
            r"amazon music|youtube music|podcast addict|player\.fm|podbean|castbox)\s*[|,•·]?\s*){3,}|\d+ episodes\s*[-–—].*|"
            r"discover all .{1,30} newsletters\b.*|find and support your local\b.*|join the .{1,40} facebook group\.?|"
            r"you can follow the latest (?:news|updates|coverage) (?:at|on)\b.*|your news,? delivered|"
            r"welcome to the .{1,40} (?:digest|newsletter|briefing)\b.*|don'?t wait for tomorrow'?s paper\b.*|"
            r".*\bwith free,? real-time updates from\b.*|never miss another (?:story|post|issue|newsletter)\.?|ready for more\?|subscribe\s+subscribed|"
            r"goal\s*:\s*[$£€][\d.,]+k?|.*\blike all the news we publish\b.*|.*\bsupport our (?:nonprofit|non-profit|independent) newsroom\b.*|"
            r".*\bsubscribe (?:through|in|on|via) your (?:favou?rite|preferred) podcast app\b.*|"
            r".*\bjoining our .{1,30} whatsapp (?:group|channel|community)\b.*|e-?mails? delivered (?:daily|weekly|every (?:day|morning))|"
            r"invalid e-?mail\s+something went wrong\b.*|please check your inbox and confirm\b.*|newsletters (?:&|and) feeds|"
            r"not convinced\?\s*find out more\b.*|send us a tip!?.*|start reading|view in (?:the )?app|"
            r"keep up to date with the latest .{1,40} with our free (?:daily |weekly )?e-?mail\b.*|.*\bsign up to receive it\b.*|\d+['’]?s of premium titles\.?"
            r"|"
            r"you(?:'re| are) now subscribed\.?|your (?:newsletter )?sign-?up was successful\.?|an account already exists for this e-?mail\b.*|"
            r"an? (?:free )?(?:daily|weekly|monthly) (?:digest|newsletter|roundup|round-up|briefing|celebration|e-?mail) (?:of|with)\b.*|"
            r"save (?:up to )?[$£€][\d,]+(?: today| now)?!?|.*\bget [$£€][\d,]+ off your\b.*|"
            rf"if you(?:'re| are)? enjoy(?:ing|ed) this (?:article|story|post|newsletter|piece)\b.*|check out .{{1,30}} on {_SOCIAL}\b.*|"
            r"play (?:the |today'?s )?(?:crossword|puzzle|sudoku|wordle|quiz)|latest episode|get (?:our|the) (?:award-winning )?(?:magazine|print edition)|"
            r"get \d+ issues for [$£€]\d+|welcome offer\s*:.*|this is an edition of .{1,40}, a\b.*|"
            r"(?:(?:create a league|join (?:a )?public league|mock draft(?: now)?|sign up for free!?)\s*){2,}|"
            r"(?:stream|watch) (?:free )?(?:the )?(?:premier league|highlights|.{1,20} with now)\b.*"
            r"|"
            r"before you buy stock in .{1,60},? consider this:?|\d+ stocks we like better than .{1,60}|\*?stock advisor returns as of\b.*|"
            r"should you (?:buy|invest in|invest \$?[\d,]+ in) (?:stock in )?.{1,60} right now\?|see the \d+ stocks\b.*|"
            r"where to invest [$£€][\d,]+ right now|time to act on (?-i:[A-Z.]{1,6})\?|consider when .{1,60} made this list\b.*|"
            r".*\bstock advisor'?s total average return\b.*|.{1,80}\((?-i:[A-Z.]{1,6})\)\s*:\s*free stock analysis report|"
            r"visit .{1,60} for more stories\.?|read the latest .{1,40} news from .{1,40}|newsletter sign-?up|"
            r"a morning briefing on what you need to know\b.*|.*\bsign in to access your portfolio\b.*|.*\bcreate your watchlist\b.*|"
            r"trade confidently with\b.*|take the next step to invest|sponsored offers|.{1,40}:\s*save up to [$£€][\d,]+ with\b.*"
            r"|"
            r"our community members are treated to special offers\b.*|from (?:just|only) [£$€][\d.]+ a (?:month|week)\b.*|"
            r"[.]?sign up to get our free e-?mail\b.*"
            r")" + _END, max_words=90),
    _family("author_contact", ((rf"^(?:{_PERSON}|(?-i:[A-Z])\w+) can be reached at\b.*(?:@|\b\d{{3}}\b).*$")
            + r"|" + (r"^(?:e-?mail\s*:\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|.*\byou can follow (?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)* on (?:twitter|x|instagram|facebook)\b.*)$")), max_words=30),
    _family("legal_notice", _LEAD + r"(?:"
            r"full disclaimer|this translation has been (?:automatically|machine) generated\b.*|"
            r"the (?:statements, )?(?:views|opinions)(?:,? (?:views|opinions))?(?: and opinions)? expressed in this (?:column|article|piece|op-ed) are (?:solely )?those of the author\b.*"
            r"|"
            r"we will use your e-?mail address only\b.*|.*\bplease see our privacy notice\b.*|we care about the protection of your data\b.*|"
            r".*\bwe use cookies and similar technologies\b.*|some are necessary to help our website work properly\b.*|to manage your cookie choices\b.*|"
            r"hosted on acast\b.*|(?:do not|don'?t) (?:sell or share|share or sell) my (?:personal )?(?:info(?:rmation)?|data)|by checking this box\b.*|"
            r".*\ball opinions belong to the writer\b.*|.*\bmay receive a share from purchases\b.*|by providing (?:your|an) e-?mail(?: address)?\b.*|"
            r".*\bconstitutes (?:acceptance of|agreement to) (?:its|our|the) user agreement\b.*|completing this poll grants you access\b.*|"
            r"market data terms of use(?: and disclaimers)?|suggest a correction|creative commons (?:license|licence)|"
            r"a version of this (?:article|story|review) appears? in print on\b.*|.*\ball odds are provided by\b.*|"
            r"(?:re)?printed with permission (?:from|of)\b.*|(?:article )?(?:posted|republished|reposted) with permission (?:from|of)\b.*"
            r"|"
            r"disclosure statement|subscriber agreement (?:&|and) terms of use|"
            r"terms of use\s+privacy (?:policy|notice)(?:\s+(?:about our ads|advertising|cookie policy|cookies|contact us|sitemap)){1,4}|"
            r".*\bwebsites? places? cookies on your device\b.*|by viewing our video content\b.*|"
            r"your privacy is important to us\.\s*we have updated our privacy policy\b.*|welcome to (?-i:[A-Z]).{1,40}\beuropean union experience"
            r"|"
            r"by submitting,? you (?:consent|agree)\b.*|.*\bthis newsletter may contain information about\b.*|yes,? i would (?:also )?like to receive\b.*|"
            r"by (?:donating|subscribing|signing up|registering|continuing|clicking)\b.{0,20}\byou agree to\b.*|.*\byou'?re trusting us with your information\b.*|"
            r"we acknowledge aboriginal and torres strait islander peoples\b.*|this cookie policy explains\b.*"
            r"|"
            r"contact me with news and offers from other\b.*|receive email from us on behalf of our trusted partners\b.*|"
            r"us residents? have certain rights with regard to the sale or sharing\b.*|us residents?\s*[-–—:]\s*do not sell or share\b.*|"
            r"your details from facebook will be used\b.*|.*\bwe may earn (?:an )?affiliate commissions?\b.*|complaints (?:&|and) corrections|disclaimer"
            r"|"
            r".*\bthe news and media division of thomson reuters\b.*|.*\bour partners use information collected through cookies\b.*|"
            r"you can opt out of the sale\b.*|opinions expressed by .{1,40} are their own\.?|your e-?mail address is used only to let the recipient know\b.*|"
            r"this article was (?:constructed|produced|written) with the assistance of artificial intelligence\b.*|the offers that appear in this table\b.*"
            # session 18 (the pool audits 13-24)
            r"|"
            r"(?:we(?:'d| would)? (?:like to )?(?:use|set)|accept|reject|you(?:'ve| have) (?:accepted|rejected)) (?:(?:some|all|additional|essential|optional|"
            r"analytics|non-essential|necessary|third-party) )+cookies\b.*|cookies (?:&|and) privacy|your opt-out preference has been honou?red\.?|"
            r"to enjoy this content,? please accept cookies\.?|settings\s+accept|(?:privacy policy|terms of (?:use|service)) \(new\)|"
            r".*\bprovides this (?:news )?content [\"“]?as is[\"”]? without warranty\b.*|this (?:content|press release|news release) was issued through\b.*|"
            r"hyperlinks are provided as a convenience\b.*|.*\bany arrest(?:/charge)? noted in this report\b.*|"
            r"(?:all )?content (?:on this (?:site|website) )?is (?:available|licensed|published) under (?:the|a) .{2,80}licen[cs]e\b.*|"
            r"except where otherwise (?:noted|stated),? .{0,60}\blicensed under\b.*|.{1,160}\bis licensed under (?:a |the )?(?:creative commons|cc[ -]by)\b.*|"
            r".*\bdoes not work for, consult, own shares in\b.*|(?:legal )?disclaimer\s*:|forward-looking statements|"
            r".*\b(?:proudly )?powered by (?:wordpress|ghost|substack|beehiiv|blogger|typepad)\b.*|.*\b(?:create a free website or blog|blog) at wordpress\.com\b.*|"
            r"we use your sign-up to provide content in the ways you'?ve consented to\b.*|eu/eea regulatory notice|.*\bis an unregulated digital currency\b.*"
            r"|"
            r".*\byou agree to the storing of cookies\b.*|cookies? settings\s+accept all cookies|(?:accept|reject|allow) all cookies|"
            r"use of cookies\s*/\s*do not sell\b.*|no,? take me to (?:the )?settings|.*\blogos? (?:is|are) (?:a )?(?:registered )?trademarks? of\b.*|"
            r"(?:(?:terms of (?:use|service)|privacy (?:policy|notice)|cookie (?:policy|settings)|your (?:us )?state privacy rights|"
            r"children'?s online privacy policy|interest-based ads|accessibility|site ?map|contact us|about us)\s*[|•·]?\s*){3,}.*|"
            r"privacy (?:&|and) opt-out\s*:.*"
            r"|"
            r".*\bhas no position in any of the stocks mentioned\b.*|.*\bthe motley fool has (?:positions in|a disclosure policy)\b.*|"
            r"these cookies are (?:strictly )?(?:necessary|essential)\b.*|store and/or access information on a device\b.*|"
            r"this content is not available due to your privacy preferences\b.*|by (?:accessing|using) this (?:page|site|website),? you agree\b.*|"
            r"(?:privacy notice\s*:\s*)?newsletters may contain information about\b.*|disclaimer\s*:\s*\S.*|.{1,40}'s disclosure\s*:.*|"
            r"past performance is no guarantee of future results\b.*|(?:advertiser|affiliate) disclosure|"
            r"for commercial reproduction or distribution,? contact\b.*|copyright for syndicated content belongs to\b.*|"
            r"(?:(?:about(?: us)?|contact(?: us)?|advertise(?: with us)?|careers|help|faq|feedback|site ?map|licensing|reprints|"
            r"terms(?: of (?:use|service))?|terms and privacy policy|privacy(?: policy| notice)?|your privacy choices|ca privacy notice|"
            r"cookie (?:policy|settings)|accessibility(?: help)?|data disclaimer|what'?s new|about our ads|premium plans|"
            r"editorial (?:policy|standards)|dictionary|news|more info)\s*[|•·]?\s*){4,}.*"
            r"|"
            r"permissions\s+obtain information about reproducing this article\b.*|we take content rights seriously\b.*|"
            r"this (?:page|article|information|content) is (?:educational and is )?not (?:a substitute for|intended to replace)\b.*|"
            r"important\s*:\s*the (?:views|opinions)\b.*"
            r"|"
            rf"allow {_SOCIAL} content\?|this article contains content provided by\b.*"
            r")" + _END, max_words=90),
    _family("wire_trailer", ((r"^(?:visit (?:the )?(?-i:[A-Z])[\w&'’.\- ]{1,40} at (?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+\S*|"
            r"(?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,3} is part of (?-i:[A-Z])[\w&'’., ]{1,40}, an? (?:international |global |leading )?(?:media|publishing) (?:group|company)\b.*|"
            rf"[-–—]*\s*staff and wire reports|compiled by {_NAMES} for (?:the )?(?-i:[A-Z]).{{1,60}}|"
            r"(?-i:[A-Z])[\w&'’. ]{1,40} \d{1,5} (?:[\w.]+ ){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd)\b.{0,40}\b\d{5}(?:-\d{4})?)$")
            + r"|" + (rf"^(?:published in (?:the )?(?-i:[A-Z])[\w ]{{1,30}},\s*{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\.?|"
            r"(?-i:[A-Z][A-Z .]{1,30})/(?-i:[A-Z][A-Z ]{1,20} NEWS NETWORK|ANN)|.*,\s*.{1,40} with files from\b.*|"
            r"read more at (?:the )?(?-i:[A-Z]).{1,40}\.?|originally (?:posted|published) (?:on|at|by)\b.*|"
            r"this (?:story|article) (?:was|has been) updated (?:to add|with) (?:new|more|additional) information\.?|tns|source\s*[-–—:]\s*(?-i:[A-Z]{2,10}))$")), Zone.TAIL, max_words=30),
    _family("tag_list", ((r"^\W*(?:published in (?-i:[A-Z])[\w&'’]*(?: (?:&|and) (?-i:[A-Z])[\w&'’]*)?|follow (?:topic|this topic)\s*:\s*(?-i:[A-Z]).{0,30})$")
            + r"|" + (r"^(?:[\w'’ ]{2,40}\s\.\s){3,}[\w'’ ]{2,40}$")
            + r"|" + (r"^(?:(?:[\w&'’ ,]{1,40}[\w&'’,]\|)+|posted in\s?(?-i:[A-Z])[\w&' ]{2,30}|posts tagged\s*[\"“].{1,40}[\"”]|displaying all (?:articles|stories|posts) tagged\s*:?)$")), Zone.TAIL, max_words=40),
    _family("paywall", _LEAD + r"(?:"
            r"the (?:article|story|page) you requested is only available\b.*|subscriber only|read this (?:article|story) for free\s*:?|"
            r"you have a preview view of this article\b.*"
            r"|"
            r"continue reading your article with\s?a\b.*\bmembership\b.*|continue to (?-i:[A-Z])[\w ]{1,30} content|"
            r"to read the full (?:story|article)|"
            r".*\bpremium subscriber content has moved to\b.*"
            r"|"
            r"this (?:item|article|story) is available in full to subscribers\b.*"
            # session 18 (the pool audits 13-24)
            r"|"
            r"only available (?:in|on|with|to) (?:paid|premium) (?:plans?|subscriptions?|members?)|as a subscriber,? you have \d+ gift articles\b.*|"
            r"continue reading\s*[\"“'‘].{2,160}[\"”'’](?:\s*(?:→|»))?|(?:log ?in|sign in) or subscribe to (?:participate|comment|continue|read)\b.*|"
            r".*\bunlocks? with premium access\b.*|.*\bbefore premium access opens up\b.*|unlock with (?-i:[A-Z]).{1,30}|"
            r".{0,300}(?:…|\.\.\.)\s*\[\+\d+ chars\]|save my user id and password|sign in if you'?re already registered\.?|"
            r".*\bsave their log-?in information\b.*|[-–—]?\s*\w+ free articles of your choice per month|читать (?:дальше|далее)(?:…|\.\.\.)?"
            r"|"
            r"read \d+ remaining paragraphs?\b.*|(?:additional )?access options\s*:?|rent or buy this article|"
            r"prices may be subject to local taxes\b.*|receive \d+ (?:digital|print) issues and online access\b.*|"
            r"access .{1,40} and \d+ other .{1,40} journals|(?:…|\.\.\.)\s*\[\d+ chars\]"
            r"|"
            r"this is an? .{1,30} article gifted to you\.?|or,? if you(?:'re| are) already a subscriber\b.*|gift unlocked article"
            r")" + _END, max_words=60, effect=Effect.TRUNCATE),
    _family("advertisement", _LEAD + r"(?:"
            r"advertisement\s+(?:show|hide|close|collapse|supported by)\b.*|.*\bbuy new \$[\d.,]+\s*\(as of\b.*|.*\bbest price\s*:\s*\$[\d.,]+.*"
            r"|"
            r"this (?:sponsored )?deal is brought to you by\b.*|get it (?:on|at|from) (?-i:[A-Z])[\w.]*(?: [\w.]+){0,2} for [$£€][\d.,]+|"
            r"see it now\s*:\s*(?-i:[A-Z]).{1,30}|this shop has been compensated by\b.*|iklan|publicidad|anzeige|werbung|reklama|реклама"
            r"|"
            r"(?:player|video|this (?:segment|feature|section|newsletter)) (?:is )?sponsored by\b.*|learn more about your ad choices\b.*|"
            r"funding for .{1,40} is made possible\b.*\bsupport\b.*|.*\bdownload the .{1,40} media kit\b.*|.*\bthanks its sponsors\b.*|"
            r"by allowing ads to appear on this site\b.*|story continues below\s+advertisement(?:\s+remove ads?)?|recommended by colombia|"
            r"by (?:taboola|outbrain)|(?:sponsored|promoted|partner) recommendations|\.{3,}\s*advertisement\s*\.{3,}|"
            r"forget expensive .{2,40}\(do this instead\)|.*\bonline ads enable us to\b.*"
            r"|"
            r"partner image [$£€][\d.,]+ view deal|(?-i:[A-Z])\w+ event|join [\d.,]+k?\+ .{1,60}\bat (?-i:[A-Z])[\w ]{1,20} (?:19|20)\d\d|"
            r"buy (?:the )?.{1,40}\bbook from amazon|before it'?s here,? it'?s on the bloomberg terminal|learn more"
            # session 18 (the pool audits 13-24)
            r"|"
            r".*\b(?:disabl\w*|turn(?:ing)? off|paus\w*|whitelist\w*) your ad[- ]?blockers?\b.*|"
            r"(?:this |our |the )?(?:poll|quiz|survey|podcast|series|coverage|section|newsletter|content) (?:is )?(?:sponsored|presented|supported|underwritten) by\b.*|"
            r"(?:in partnership with|presented by|brought to you by|sponsored by|supported by|support provided by|paid (?:post|content) by)\s*:?|"
            r"become an? .{1,30} sponsor|.{1,40} thanks (?:our|its) (?:sponsors|funders|underwriters)|"
            r"learn more about (?:your )?(?:ad|sponsor message) choices\b.*|(?:major )?(?:corporate )?funding for .{1,60} (?:is|was) provided by\b.*|"
            r".{0,40}\bis supported by\s*[-–—:]\s*(?:https?://)?\S+|this is a paid press release\b.*|this content (?:is|was) paid for by an advertiser\b.*|"
            r".*\bwas not involved in the creation of this content\b.*|all recommendations within this article are informed by\b.*"
            r"|"
            r"(?:all )?(?:[\w ]{1,40} )?odds (?:are )?(?:courtesy of|via|provided by) .{2,80}|.*\bbet now|"
            r".{2,60}:\s*[$£€][\d.,]+\s*\((?:reg\.?|was|list|orig\.?)\s*[$£€][\d.,]+\)|top .{1,30} (?:promo|coupon|discount) codes\b.*|"
            r"advertiser content from|from our sponsor|advertising inquiries\s*:.*|click on the sponsor logo\b.*"
            r"|"
            r".*\bdisable any ad ?blockers?\b.*"
            r"|"
            r".{1,40} from our sponsors"
            r"|"
            r"hide ad\s*advertisement"
            r")" + _END, max_words=60),
    _family("cross_link", ((_LEAD + r"(?:(?-i:EARLIER|PREVIOUS)\s*:\s*(?-i:[A-Z\"“‘']).{10,160}|link\s*:\s*read\b.*|for (?:the )?entire (?:story|article)\s*:.*|"
            r"continue this (?:story|article) (?:at|on)\b.*|via\s*:\s*(?-i:[A-Z]).{1,40}|read more (?:[\w ]{1,30} )?news at\s*:.*)$")
            + r"|" + (r"^(?-i:[A-Z\"“‘'])[^\[\]\n]{10,160}\s\[(?-i:[A-Z]{3,}(?: [A-Z]{2,})?)\]\s*\|?$|^full article\s+(?-i:[A-Z]).{3,100}$|"
            r"^see all (?-i:[A-Z])[\w ]{1,40} (?:rulings|fact[- ]checks|stories|articles|coverage)$")
            + r"|" + (_LEAD + r"(?:\[watch .{5,80}\]|.{1,40} has (?:your|the) latest (?:weather )?forecast\.?|watch the latest .{1,30} videos|"
            r".*\b(?:read all|follow) developments\b.*\blive blog\b.*|get the latest (?:results|updates|news) here\.?)$")
            + r"|" + (r"^(?:.{0,60}\bthumbnail\s+)?(?-i:[A-Z]).{15,160}\s+read more$|^to get the latest news from .{2,40}\bvisit\b.*$")), max_words=35),
    _family("wire_trailer", ((rf"^\W*(?:the-cnn-wire\W*|{_PERSON},\s+(?:the )?(?:canadian press|associated press|press association)|companies in this story\s*:.*|"
            r"this (?:post|article|story) (?:appeared|was published) first on\b.*|this (?:article|story) was posted by (?-i:[A-Z]).{1,30}|"
            r"with (?:news )?wire services|\(this version of the story (?:corrects|adds|updates|removes)\b.*\)\.?)$")
            + r"|" + (r"^(?:this (?:article|story) has been adapted from its original source\.?|via syndigate\.info|"
            r"this (?:article|story) appears in the .{1,30} print issue as\b.*)$")
            + r"|" + (rf"^(?:(?:[-–—]+\s*)?(?-i:[A-Z])[\w&'’.]*'s {_NAMES} contributed (?:reporting|to this report)\.?|{_NAMES} contributed reporting(?: from [\w ,]{{1,40}})?\.?|"
            r"for all trader disclosures\b.*|information from (?:the )?(?:associated press|reuters|afp|ap|the canadian press) was used in this report\.?|"
            r"published in the print edition of the\b.*|that'?s all from this blog\.?|this blog is now closed\.?)$")), max_words=40),
    _family("caption", ((r"^(?:\((?-i:[A-Z])[\w&'’.]*(?: (?-i:[A-Z])[\w&'’.]*){0,3} (?:co|inc|corp|ltd|llc|plc)\.?\)|"
            r"(?-i:[A-Z]).{10,300}\s\[(?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,3} via (?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,3}\]|"
            r"(?:above|below|top|pictured|left|right)\s*:\s*(?-i:[A-Z]).{3,160})$")
            + r"|" + (r"^\W*(?:visit \S+ for today'?s photo gallery\b.*|(?=[\w\-]*\d)(?=[\w\-]*[a-z]{3})[\w]+(?:[-_][\w]+){2,}(?:\s\d{1,4})?|(?:img|dsc|dscn|pxl)[-_]?\d{3,}(?:\.\w{3,4})?|"
            r"data\s*:\s*.{2,60};\s*(?:chart|map|cartogram|graphic|table)\s*:\s*.{2,60}|//\s*.{0,30}\b(?:map|chart|graphic|photo|illustration) by\b.{2,40}|"
            rf"{_CREDIT_NAME}\s*\|\s*(?-i:[A-Z])[\w&'’. ]{{1,30}} (?:file|staff|photo)|image (?:used )?for representation(?: only)?(?: purposes?)?|"
            r"representational (?:image|photo|picture)|this (?:image|photo|picture) (?:was|has been) provided by a third party\.?|"
            r"[-–—]\s*(?-i:[A-Z][A-Z .'’\-]{2,40})\s*/\s*(?-i:[A-Z][A-Z .]{1,20})|"
            rf"(?:.{{10,300}}\s)?\[(?:file|{_CREDIT_NAME}),\s*(?-i:[A-Z])[\w ]{{1,20}}\]|.{{10,300}}\s\((?-i:[A-Z][A-Z .'’\-]{{2,40}})\s*/\s*(?-i:[A-Z][A-Z .'’\-]{{2,40}})\)|"
            r".{10,300}/\s*courtesy\b.*|.{0,100}\((?:photo|image|picture) credits?\s*:\s*.{2,60}\))$")), max_words=60, spares=_REPORTED_END),
    _family("navigation", r"^\W*(?:telephone(?: number)?\s*:\s*[\d\s,+()\-]{7,}|p\.?\s?o\.? box \d[\w\- ,.]*)$", Zone.TAIL, max_words=16),
    _family("author_contact", r"^(?:the (?:writer|author|columnist) is (?:an? |the ).{2,120}|.*\bsyndicates content across\b.*)$", Zone.TAIL, max_words=24),
    _family("share_widget", rf"^\W*(?:{_PERSON} on (?:twitter|x)\s*:\s*\S+|(?:click|tap) to save this (?:article|story)\.?|you'?ll be asked to sign into your .{{1,30}} account\.?|"
            r"save\s+add to (?:a )?collection|share\s+copy url\b.*)\W*$", max_words=20),
    _family("comments", r"^\W*(?:typed comments will be lost\b.*|recent comments|[\w.\-]*[_\d][\w.\-]* \d+ (?:seconds?|minutes?|hours?|days?) ago)\W*$", max_words=20),
    _family("caption", r"^(?:media playback is (?:unsupported|not supported) on (?:your|this) device\s*media caption\b.*|\d{1,3} of \d{1,3}\.\s+(?-i:[A-Z]).{10,300})$", max_words=60),
    # --- session 18: the entries whose form, zone or effect no entry above shares ---
    _family("wire_trailer", _LEAD + r"(?:"
            r"\(end\)\s+(?-i:[A-Z]).{2,40}|the post .{3,200} (?:first )?appeared first on .{2,80}|"
            r"(?:media|press|investor|analyst)(?:(?:,| and| &) (?:media|press|investor|analyst))* (?:contacts?|inquiries|enquiries|relations)(?: for .{1,40})?\s*:|"
            r"this (?:article|story|post) was originally (?:written|published|posted) (?:by|on|at|in)\b.*|"
            r"this (?:story|report|article|piece) (?:comes to you from|is a collaboration between|is part of .{1,60}, a .{0,40}collaboration|"
            r"was (?:written|produced|reported) by .{2,60} for)\b.*|this (?:article|story) is an updated version of\b.*|"
            r".*\bcarries a strict local market embargo\b.*|.{1,60} is a (?:production|service|project|program) of .{2,60} and a (?:proud )?member of\b.*|"
            r"this was originally posted by .{2,60}|source\s*:\s*(?-i:[A-Z])[\w.]*(?: [\w.]+){0,2} news|"
            r"(?-i:[A-Z])[\w\-]*\.(?:com|net|org|co\.uk)\s*\((?:en|fr|de|es)\)"
            r"|"
            # a science news site's credits: "Materials provided by X. Note: Content may be edited ...", "Story Source:",
            # "Citation: ... retrieved 9 August 2026 from https://...", "Ann Lee et al, Title, Journal (2026). DOI: 10..."
            r"materials? provided by (?-i:[A-Z])(?:\S+\s){0,7}\S+?|materials? provided by .{2,80}\bnote: content may be edited\b.*|"
            r"story source\s*:?|journal references?\s*:?|cite this (?:page|article)\s*:?|more information\s*:|publication details|"
            r"citation\s*:\s*.{10,300}\bretrieved\b.{3,40}\bfrom https?://\S+|(?-i:[A-Z]).{1,60} et al\.?,? .{5,300}\bdoi\s*:\s*10\.\d{4,}/\S+|"
            r"more information (?:about .{1,40} )?(?:can be found|is available) (?:at|on|here)\b.*|this article has been reviewed according to\b.*|"
            r"(?:editor'?s note\s*:\s*)?this (?:story|report|article) is a collaboration between\b.*|originally (?:posted|published) (?:at|on|by|in) .{2,60}|"
            r"\(\(.*\breuters messaging\b.*\)\)|the post .{3,200} (?:first appeared|appeared first) on .{2,80}"
            r"|"
            r"zacks investment research|.{1,40} is part of the .{1,40} publishing family\.?|generated by ai\b.*"
            r"|"
            r"(?:reuters|ap|afp|associated press)\s*[•|·]\s*\d{1,2}/\d{1,2}/\d{2,4}|"
            r"editor'?s note\s*:\s*this (?:article|story)\b.{0,60}\b(?:originally published|distributed by|republished)\b.*|"
            r"the associated press,? an independent global news organi[sz]ation\b.*|\((?-i:[A-Z])[\w .]{2,50} \d{1,2}/\d{1,2}/\d{2,4} page ?\d+\)|"
            r"this (?:article|story|post) was contributed by .{2,60}"
            r")" + _END, max_words=60),
    _family("wire_trailer", r"^(?:(?-i:SOURCE [A-Z][a-z])[\w&'’.,\- ]{0,60}(?:\s*/?\s*(?-i:CONTACT):.*)?|"
            r"(?-i:[A-Z])[\w&'’. ]{1,40} is an? (?:(?:nonprofit|non-profit|independent|nonpartisan|non-partisan|not-for-profit),? (?:and )?){1,3}"
            r"(?:media organi[sz]ation|news ?(?:room|organi[sz]ation|site|outlet|agency)|journalism organi[sz]ation)\b.*)$", Zone.TAIL, max_words=60),
    _family("byline", _LEAD + r"(?:"
            rf"by (?:[a-z]+ ){{1,4}}(?:reporter|correspondent|editor|writer|producer|analyst) {_PERSON}|by {_NAMES} for (?:the )?(?-i:[A-Z])[\w&'’. ]{{1,40}}|"
            rf"{_PERSON},\s*(?-i:[A-Z])[\w&'’. ]{{1,30}}\s+{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d\b.*|posted by\s?\S+.{{0,40}}\b(?:19|20)\d\d\b.*|"
            rf"by {_NAMES},? posted .{{3,40}}|(?:[\w ]{{1,30}} )?(?:meteorologist|reporter|anchor|correspondent) {_PERSON}\s+posted\b.*|"
            rf"{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d\s+{_PERSON}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}} \d{{1,2}}:\d\d\s*[ap]m(?: [a-z]{{2,4}})? by .{{2,40}}|"
            r"this (?:article|story|post) was written by:?(?:\s+.{2,60})?|(?:see|read|view) (?:full|more|author) bio|"
            r".*verified .{1,20} (?:staff )?badge|por .{2,60} read in english\.?"
            r"|"
            rf"by(?-i:[A-Z])[\w'’.]*(?: (?-i:[A-Z])[\w'’.]*){{0,4}}|author\s*:\s*{_NAMES}|edited by {_NAMES},? reviewed by {_NAMES}|"
            rf"{_PERSON},? (?:senior |staff |contributing |deputy |chief |executive |managing |associate )*(?:[\w]+ )?(?:editor|reporter|writer|correspondent)|"
            r"(?:senior |staff |contributing |deputy |chief )*(?:reporter|editor|writer|correspondent|contributor)(?:,\s*[\w &]{2,30})?|"
            r"view (?:full )?bio|who'?s behind this story\?|you can send tips\b.*@.*|"
            rf"magazine\s*\|\s*{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d,? issue"
            r"|"
            rf"{_PERSON}\s*\|\s*{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d|(?:\d+|an?) (?:minutes?|hours?|days?|weeks?) ago by {_NAMES}|"
            r"(?:written (?:&|and) )?medically reviewed by .{2,60}|last (?:medically )?reviewed on\b.*|reviewed by\s*:\s*last reviewed on\b.*|"
            r"this article (?:has been|was|is) (?:medically reviewed|fact[- ]checked|based on scientific evidence)\b.*"
            r"|"
            rf"[\w ]{{1,30}}\s*•\s*{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d\s*•\s*by .{{2,40}}|.*\blocal democracy reporter\b.*@.*|"
            r"local democracy reporting service"
            r")" + _END, Zone.HEAD, max_words=30),
    _family("timestamp", _LEAD + r"(?:"
            r"(?:updated|posted|published)\s*:?\s*(?:\d+\s*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s*){1,3}ago|"
            rf"last updated {_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d|posted\s+updated|published on \d{{1,2}} {_MONTH} (?:19|20)\d\d.*|"
            rf"date (?:modified|published|updated|created)\s*:?|(?:date|day)\s*:\s*{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d|"
            r"this (?:episode|segment|interview|program(?:me)?|show) (?:originally|first) aired (?:on )?.{3,40}|"
            rf"from\s*:\s*.{{2,60}}\s+published\s+\d{{1,2}} {_MONTH} (?:19|20)\d\d|vol(?:ume|\.)? [ivxlcdm\d]+,? (?:no\.|number|issue) \d+|"
            rf"{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d\s*[│|·]\s*[\w ,#&]{{1,60}}|"
            r".{0,60}?\((?:the )?(?:business wire|globe ?newswire|pr ?newswire|expresswire|accesswire|newsfile|ein presswire|marketwired)\)\s*[-–—]{1,2}|"
            rf"the (?:press release|statement|speech|news story|written statement) (?:issued|made|given|published) by .{{2,80}} on \d{{1,2}} {_MONTH} (?:19|20)\d\d\.?"
            r"|"
            rf"{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d,? \d{{1,2}}:\d\d\s*[ap]\.?m\.?\s*\(utc\s?[+\-−]\d{{1,2}}(?::\d\d)?\)"
            r"|"
            rf"{_MONTH}\.? \d{{1,2}}, (?:19|20)\d\d\d{{1,2}}:\d\d\s*[ap]m gmt[+\-]\d{{1,2}}.*"
            r"|"
            rf"(?:read more\s?)?updates from (?:\w+ )?\d{{1,2}} {_MONTH}(?: (?:19|20)\d\d)?(?: to .{{3,40}})?|(?:publish|publication|post) date\s*:?-?"
            r")" + _END, max_words=40),
    _family("reading_time", r"^(?:(?!.*[.!?]$).{0,60}?\b\d+(?:\.\d+)?\s*min(?:ute)?s? read(?:\b|(?-i:(?=[A-Z]))).*|reading time\s*:?\s*less than a minute|less than a minute read|"
            rf"(?:{_MONTH}\.? \d{{1,2}},? (?:19|20)\d\d|[\w .]{{1,30}})\s*·\s*\d+ min(?:ute)?s?(?: read)?(?:\s*·.*)?|"
            r"(?!.*[.!?]$).{0,60}?(?-i:(?<=[a-z]))\d+\s*min read)$", max_words=20),
    _family("cross_link", _LEAD + r"(?:"
            r"(?:read more|full story(?: here)?|more here|story here|read it here)\s*:\s*(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/\S*|"
            r"(?:find|view|read|see) the (?:web|original|full|online) (?:version of this (?:story|article)|article|story|version) here\.?|"
            r"(?-i:[A-Z\"“‘']).{15,300}[.!?…\"”’]\s*(?-i:More)\s*(?:>>|»|›)?|list \d+ of \d+\s*\S.{5,200}|"
            r"read more (?:on|about) (?:the )?(?-i:[A-Z])[\w&'’.]*(?: [\w&'’.]+){0,3}\b.*|read all the latest .{2,40} news\b.*|"
            r"read our (?:latest|full|complete|live) coverage of\b.*|read the other (?:posts|parts|articles|stories|installments|instalments) in this series\s*:?|"
            r"read more\s*»\s*from\b.*|\[news\]\s+(?-i:[A-Z]).{10,160}"
            r")" + _END, max_words=80),
    _family("tag_list", _LEAD + r"(?:"
            r"tags?\s+(?-i:[A-Z])[\w' ]{1,30}(?:,\s*[\w' ]{1,30}){2,12}|category archives?\s*:.{1,60}|this entry was posted in\b.*|"
            r".*\bbookmark the permalink\.?|posted by\s?\S+.{0,60}\bposted in\s?.*|.*·\s*(?:no|\d+) comments?\s*·.*|"
            r"published\s*:\s*source\s*:.{1,60}topic\s*:.{1,80}|showing posts with label\b.*|latest news with #\w+|posted in\s?(?-i:[A-Z])[\w&' ]{2,30}"
            r"|"
            r"tag archives?\s*:.*|about\s*:\s*.{2,60}\((?-i:[A-Z.]{1,6})\)(?:,\s*includes\s*:.*)?|"
            r"(?=.*\.(?-i:[A-Z]{1,2})\b)(?-i:[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)(?:\s+(?-i:[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)){3,}"
            r")" + _END, max_words=60),
    # --- session 19 ---
    # An agency's caption runs past the caption entries' 30 words: a picture's sentence or two, then its credit in
    # brackets ("... on Wednesday, Jan. 27, 2016. (Photo By Ann Lee/Harbour Times)", "... (AP Photo/Ann Lee, File)",
    # "... during the final (Ann Lee/Orvik Images)", "... in 2019. (THE CANADIAN PRESS/Ann Lee)", "... 2025. (Orvik council
    # via AP)"); and a picture library's caption, which opens with its place and
    # date in capitals ("ORVIK, NORWAY - MAY 29: A man stands ..."). A story's sentence ends with neither.
    _family("caption", r"^(?:"
            rf".{{10,600}}\((?:[\w.&'’\-]+ ){{0,3}}(?:photo|image|picture)s?\s*(?:/|by\b|:)[^()]{{2,100}}\)\.?|"
            rf".{{10,600}}[.!?]\s*\(\s*(?:(?:{_CAPTION_SOURCE}|{_AGENCY})\s*/\s*{_NAMES}|[^()]{{2,60}}\bvia (?:{_CAPTION_SOURCE}|{_AGENCY}))\s*\)\.?|"
            rf".{{10,600}}\(\s*{_PERSON}\s*/\s*(?:{_CAPTION_SOURCE}|[^()]{{0,40}}\b(?:images|photos?|pictures|photography))(?:\s*,\s*file)?\s*\)\.?|"
            r"(?-i:[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Z.'’\-]+){0,4})\s+[-–—]\s+"
            r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s*\d{4})?\s*:\s+\S.*"
            r")$", max_words=80),
    # A newsroom's appeal to its readers, which names what it asks support for ("Will you support Harbour reporting?",
    # "Your support helps us to tell the story", "We depend on readers like you to ..."), a thank-you for it alone on
    # its line, and a sign-up form's error message. A story's sentence about a charity's appeal names no newsroom.
    _family("promo", _LEAD + r"(?:"
            r"(?:will you|would you|can you|please|help(?: us)?)\s+(?:\w+\s+){0,2}(?:support|fund|sustain)\s+(?:[\w'’\-]+\s+){0,4}(?:journalism|reporting|news(?:room)?s?)\b.*|"
            r".*\b(?:rely|relies|depend|depends|count|counts) on (?:readers|members|supporters|people) like you\b.*|"
            r"(?:your|readers?'?|reader) (?:support|help|donations?|contributions?|membership|gift) (?:is needed|is vital|helps?|makes?|keeps?|allows?|enables?|means|powers?|sustains?)\b"
            r".{0,80}\b(?:journalism|reporting|newsroom|(?:the|our|this) stor(?:y|ies)|news)\b.*|"
            r"thank you for (?:your )?(?:support(?:ing (?:us|our (?:work|journalism|newsroom)))?|subscribing|signing up|being an? (?:member|subscriber|supporter))|"
            r".*\b(?:our|independent|local) journalism\b.*\bby becoming an? (?:member|subscriber|supporter|patron)\b.*|"
            r"(?:there was an error|there was a problem|we encountered an (?:issue|error|problem)|something went wrong)\b.{0,60}\b(?:e-?mail|sign(?:ing)? (?:you )?up|subscri\w+)\b.*|"
            r"please (?:provide|enter) a valid e-?mail(?: address)?"
            r")" + _END, max_words=40),
    # A section's archive behind an arrow ("Letters Archive >", "Op-Ed Archive »"): a link to more of the site.
    _family("navigation", _LEAD + r"(?:[\w'’\-]+ ){0,2}archives?\s*(?:[>»›→]+|\.{3}|…)" + _END, max_words=5),
    # A page's skip and search prompts in other words than the entries above ("Skip to: Content", 'Press "Enter" to skip
    # to content', "Start typing and press Enter to search", "BACK TO THE TOP").
    _family("navigation", _LEAD + r"(?:"
            r"(?:press\b.{0,12}?\s+)?to skip to (?:the )?(?:main )?content|skip to\s*:\s*(?:the )?(?:main )?content|"
            r"(?:start )?typ(?:e|ing)(?: and press enter)? to search|back to the top"
            r")" + _END, max_words=8),
    # A paywall's prompt that asks the reader to register, sign in or click through to go on reading ("Register with a
    # few details to continue reading this article.", "Click the button below to continue reading.").
    _family("paywall", _LEAD + r".{0,80}\b(?:register|sign up|sign in|log ?in|subscribe|click (?:the button |here )?(?:below|here))\b"
            r".{0,60}\bto continue reading(?: (?:this|the) (?:article|story|post))?" + _END, max_words=25, effect=Effect.TRUNCATE),
    # Another story's link as an aggregator or a feed leaves it: its source or its headline, then the link's words
    # ("Harbour Times Read Article", "Ferry fares to rise in April Continue reading..."); a local site's sign-up line ("Find out
    # what's happening in Orvik with free, real-time updates from Patch."); a list of other stories ("People are also reading…").
    _family("cross_link", _LEAD + r"(?:"
            r"(?-i:[A-Z])[\w.&'’\- ]{1,40}\s+read (?:the )?(?:full )?(?:article|story)|.{10,200}\s+continue reading\s*(?:\.{3}|…)|"
            r"find out what'?s happening in .{2,60}?\s*with free,? real-time updates from .{2,40}|(?:people|readers) are also reading"
            r")" + _END, max_words=40),
    # --- session 20 ---
    # Share buttons as WordPress's sharing module writes them, each with its screen-reader note ("Click to share on X
    # (Opens in new window)", "Share on Facebook (Opens in new window) Facebook", "Print (Opens in new window) Print"),
    # its "Share on other sites" and "Rate this:" rows. A story never says "(opens in new window)".
    _family("share_widget", _LEAD + r"(?:"
            r"(?:(?:liked it\?\s*)?share (?:this|it)\s*[:!]\s*)?(?:(?:click to |tap to )?(?:share|print|e-?mail|post|pin|save|like|tweet)\b[^()]{0,40}"
            r"\(opens in (?:a )?new window\)\s*[\w+.]{0,20}\s*)+|share on other sites|rate this\s*:"
            r")" + _END, max_words=60),
    # A reader comment section's furniture in other words than the entries above: a blog's feed and trackback line,
    # a forum's "Reply With Quote", a comment form's sign-in, spam check and allowed-tags notes, a count in brackets
    # ("Comment (3)", "Comments / 0", "• 0 comments • flag"), a blog comment's header ("Anonymous said..."), a thread's
    # closing notice, and a prompt that opens its line to say more "in the comments" (a story's sentence about
    # readers' comments does not open with "share" or "let us know").
    _family("comments", _LEAD + r"(?:"
            r"rss feed for comments on this (?:post|entry|article)\b.*|reply with quote|link to comment|latest comments|"
            r"sign in (?:or (?:get|create|register) an account )?to comment\w*\.?|enter the characters (?:shown|you see) in the image\.?|"
            r"this question is for testing whether (?:or not )?you are a human visitor\b.*|you may use these html tags and attributes\s*:.*|"
            r"comments?\s*(?:\(\s*\d*\s*\)|/\s*\d+)|\d+ comments?\s*•\s*flag|(?:anonymous|(?-i:[A-Z])[\w'’\-]{1,20}) said\s*(?:\.{3}|…)|"
            r"please note,? (?:this|the) (?:thread|comment(?:s| section)?) will (?:shortly |soon )?be clos\w+\b.*|"
            r"(?:(?:any (?:more|other) thoughts\?|what do you think\?)\s*)?(?:feel free to |please |do )?(?:share|tell us|let us know)\b.{0,30}"
            r"\bin the comments(?: below| section)?\s*!?"
            r")" + _END, max_words=60),
    # Where a copy came from, as auto-posting blogs and press-release sites leave it ("Source link", "Read the original
    # content on www.example.org", "This release was published on openPR.", "This article is hosted on an external
    # website.") and as a feed relay leaves it ("from Harbour News - Latest News https://ift.tt/3abc").
    _family("wire_trailer", _LEAD + r"(?:"
            r"source link|read the original (?:content|article|story|post) (?:on|at)\s+\S+|"
            r"this (?:release|article|story|post|press release) was (?:originally )?published on\s+[\w.\-]+|"
            r"this (?:article|story|post) is hosted on an external (?:web)?site|from .{2,80}\s+https?://ift\.tt/\S+"
            r")" + _END, max_words=30),
    # A wire's credit line too long for the credit entry's 40 words: many reporters and editors ("Reporting by ...
    # in San Francisco, ... in Bengaluru; Editing by ..."). Kept when agency credits are kept, like the credit entry.
    _family("agency_credit", r"^[(\[]?\s*(?:additional )?reporting by\b[^;]{2,600};.{0,300}\b(?:editing|edited|writing) by\b[^;]{2,300}[.)\]]*$",
            max_words=90, effect=Effect.OPTIONAL),  # (no more than the table's longest: MAX_FAMILY_WORDS decides which lines are tried)
    # A page's own moves: to the next page ("Continued on Next Page", "Read next page", "Click to Continue »"), out of a
    # mobile or transcript view ("Exit mobile version", "Return to Transcripts main page", "View Full Version : ..."),
    # past a video or post embed ("Skip youtube video"), a language switcher's "en_USEnglish", a player's dialog note.
    _family("navigation", _LEAD + r"(?:"
            r"continued on (?:the )?next page|read (?:the )?next page|click (?:here )?to continue\s*[»>›]*|exit mobile version|"
            r"return to (?:the )?transcripts? main page|view full version\s*:.*|skip (?:youtube|twitter|x|instagram|facebook|tiktok|vimeo) "
            r"(?:video|post|content)\b.*|(?-i:[a-z]{2}_[A-Z]{2}[A-Z][a-z]+)|beginning of dialog window\b.*|"
            r"(?:.{0,120}\(?\s*)?to see the latest updates,? you may need to refresh the page\b.*"
            r")" + _END, max_words=60),
    # A live page's notes: that it has closed ("This live blog is now closed, ...", "This live coverage has ended.
    # Continue reading ..."), the time zone of its entries ("All times stated are UK", "The Latest from the campaign trail
    # (all times local):"), a post's own stamp alone ("Postpublished at 15:38 British Summer Time 22 April 2015",
    # "Update 102 [20:15 November 6th]", "2,072d ago / 1:27 AM EST"), and a player's cue times ("0:00:05.720 -->
    # 0:00:06.080", "Starting point is 00:00:00").
    _family("timestamp", _LEAD + r"(?:"
            r"this live (?:blog|coverage|page|stream)(?: is now closed| has (?:now )?ended| has (?:now )?finished)\b.*|"
            rf"all times (?:are |stated are |shown are )?{_TIME_ZONE}|.{{2,160}}\(all times (?:are )?{_TIME_ZONE}\)\s*:?|.{{2,160}}\.\s*all times (?:are )?{_TIME_ZONE}\s*:|"
            r"(?:post)?published at \d{1,2}[:.]\d{2}\s*(?:greenwich mean time|british summer time|gmt|bst)(?: \d{1,2} (?-i:[A-Z])[a-z]+(?: \d{4})?)?|"
            r"update \d{1,4} \[[^\]]{2,40}\]|\d[\d,]*d ago\s*/\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?(?: [A-Z]{2,4})?|"
            r"\d{1,2}:\d{2}:\d{2}[.,]\d{3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[.,]\d{3}|starting point is \d{1,2}:\d{2}:\d{2}|"
            r"live updates for \w+,? .{3,30}? continue below\s*:?"
            r")" + _END, max_words=40),
    # A sponsor's or an ad's furniture on audio and video pages ("This podcast is brought to you by ...", a public
    # broadcaster's underwriting credit in capitals "THIS PROGRAM WAS MADE POSSIBLE BY ...": a story's "This programme was
    # made possible by a grant" is kept), an ad-feedback form's "How relevant is this ad to you?").
    _family("advertisement", _LEAD + r"(?:"
            r"this (?:podcast|episode|show|newsletter|segment) is (?:brought to you|sponsored|supported|presented) by\b.*|"
            r"(?-i:THIS PROGRAM(?:ME)? WAS MADE POSSIBLE (?:BY|IN PART BY))\b.*|(?:\d\.\s*)?how relevant is this ad to you\?|"
            r"(?:\d\.\s*)?did you encounter any technical issues\?|.{2,30} values your feedback|learn more\s*about .{2,20}online sponsorship"
            r")" + _END, max_words=80),
    # A podcast's credits at the end of its page ("Producer: Ann Lee Editor: Tom Ford", "Today's episode was guest-hosted
    # by Ann Lee.", "This episode was produced by ... and edited by ..."): in the tail only, as a review's fact box or a
    # story about a television episode can say the same higher up.
    _family("promo", _LEAD + r"(?:"
            r"(?:(?:executive )?producers?|editors?|hosts?|sound design|mix(?:ing|ed)|engineers?)\s*:\s*(?-i:[A-Z])[\w.'’\- ]{2,40}?"
            r"(?:\s+(?:(?:executive )?producers?|editors?|hosts?|sound design|mix(?:ing|ed)|engineers?)\s*:\s*(?-i:[A-Z])[\w.'’\- ]{2,40}?)+|"
            r"(?:today'?s|this) episode was (?:produced|edited|hosted|guest-hosted|co-hosted|mixed|engineered|reported|fact-checked) by\b.*"
            r")" + _END, zone=Zone.TAIL, max_words=60),
    # A podcast's pleas ("If you enjoyed the podcast, tell a friend!", "Please subscribe to ... on Apple Podcasts ..."),
    # a newsroom's list sign-up named in capitals ("Sign up for Harbour News newsletters."), an appeal to support its
    # journalism with a donation, a tip line's prompt.
    _family("promo", _LEAD + r"(?:"
            r"if you (?:enjoyed|liked|enjoy|like) (?:the|this) (?:podcast|episode|show)\b.{0,80}|"
            r"(?:please )?subscribe to .{2,60}? on (?:apple podcasts|spotify|google podcasts)\b.*|"
            r"sign up for (?:(?-i:[A-Z])[\w&'’\-]*\s+){1,5}newsletters?|"
            r".{0,80}\bsupport our (?:journalism|reporting|newsroom)\b.{0,120}\b(?:donat\w+|give|gift)\b.*|got a (?:news )?tip for us\?.{0,40}"
            r")" + _END, max_words=60),
    # A caption's machine parts: WordPress's caption shortcode around it ('[caption id="attachment_12" ...]', "[/caption]"),
    # a credit followed by a gallery's "MORE LESS" toggle, a picture agency's note ("Picture date: ... PA Photo. See PA
    # story ..."), a video's source address ("Source: https://www.youtube.com/..."), "media caption" run into its text.
    _family("caption", r"^\s*(?:"
            r"\[caption\b[^\]]*\].*|\[/caption\]|.{2,200}\)\s*more\s+less|.{0,300}\bpicture date\s*:.{2,80}\bpa (?:photo|wire)\b.*|"
            r"source\s*:\s*https?://(?:www\.)?(?:youtube\.com|youtu\.be|vimeo\.com)/\S+|media caption(?-i:[A-Z]).*"
            r")\s*$", max_words=80),
    # An archive export's and a CMS's header fields ("LENGTH: 2451 words", "LOAD-DATE: May 3, 2024"), empty stamp labels
    # left when the dates failed to load ("PUBLISHED: | UPDATED:"), and a video page's stamp with its views.
    _family("reading_time", _LEAD + r"(?:"
            r"(?-i:LENGTH)\s*:\s*[\d,]+ words|(?-i:LOAD-DATE)\s*:.{2,40}|published\s*:\s*\|\s*updated\s*:|"
            r"published .{1,20} ago\s*[·•|]?\s*[\d,.]+[km]? views"
            r")" + _END, max_words=12),
    # A consent prompt in other words ("If you continue using the site, we'll assume you're ok with this.", "Allow
    # YouTube content?") and a broadcaster's transcript notices ("THIS IS A RUSH TRANSCRIPT. ...", "NPR transcripts
    # are created on a rush deadline ..."), and a republishing licence's note ("You are welcome to republish this ...
    # article ...").
    _family("legal_notice", _LEAD + r"(?:"
            r"(?:if you continue (?:to use|using|browsing) (?:this|the|our) (?:site|website)\s*,?\s*we'?ll assume\b.*)|"
            r"allow (?:youtube|twitter|x|instagram|facebook|tiktok|spotify|vimeo) content\?|.{0,120}\bmanage your cookie (?:choices|preferences|settings)\b.*|"
            r"this is a rush transcript\b.*|(?:[\w.'’]+ ){0,3}transcripts are created on a rush deadline\b.*|"
            r"you are (?:welcome|free) to republish (?:this|our)\b.{0,80}\barticles?\b.*"
            r")" + _END, max_words=80),
    # A caption whose credit closes it after "Image:" with an agency behind a slash, as European broadcasters write it
    # ("... spent every day expecting to be killed Image: Ann Lee/zb/picture alliance"); an icon font's ligature name
    # left alone on its line by the scraper ("videocam", "photo_camera", "play_arrow", "chevron_right").
    _family("caption", r"^\s*(?:"
            r".{10,600}\s(?:image|photo|picture)\s*:\s*[\w.&'’\- ]{2,40}(?:\s*/\s*[\w.&'’\- ]{1,40}){1,3}|"
            r"(?:videocam|photo_camera|play_arrow|play_circle(?:_filled|_outline)?|chevron_(?:left|right)|arrow_(?:forward|back)(?:_ios)?|"
            r"expand_(?:more|less)|keyboard_arrow_(?:up|down|left|right)|open_in_new|content_copy|mail_outline|volume_(?:up|off|mute))"
            r")\s*$", max_words=80),
    # Appeals and sign-up prompts in other words: a newsroom that says it is independent and paid for by its readers,
    # "Readers like you keep news free", "Keep our news free ... by making a donation", "Your support, no matter how small,
    # ...", a donation box's buttons ("Support us today Not now") and its reminder, "Got a story we should know about?",
    # "Already signed up? LOG IN", a newsletter's own welcome with "You can subscribe here".
    _family("promo", _LEAD + r"(?:"
            r"we are an? (?:independent|non-?profit|reader-funded|reader-supported)\b.{0,60}\b(?:funded|supported|paid for|sustained)"
            r" (?:by|through)\b.{0,40}\breaders?\b.*|"
            r"readers like you (?:keep|make|help)\b.{0,60}\b(?:news|journalism|reporting)\b.*|"
            r"keep (?:our|this) (?:news|journalism|site|reporting)\b.{0,60}\bdonat\w+\b.*|your support,? no matter how small\b.*|"
            r"support us (?:today|now)\s+(?:not now|maybe later|no thanks)|we will send you a (?:quick )?reminder\b.{0,40}\bchange your mind\b.*|"
            r"got a story (?:we should know about|idea|tip)\?.*|already signed up\?\s*(?:log ?in|sign ?in)|.{0,200}\byou can subscribe here\b.*"
            r")" + _END, max_words=60),
    # Another newsroom's labels for paid and political content ("This is a political ad. More info at ...", "Today's edition
    # is powered by ...", a headline with "[Promoted content]"), an audio page's ad-blocker notice.
    _family("advertisement", _LEAD + r"(?:"
            r"this is a (?:political|paid|sponsored) (?:ad|advertisement)\b.*|"
            r"(?:today'?s|this) (?:edition|newsletter|briefing|issue) is (?:powered|brought to you|sponsored|supported|presented) by\b.*|"
            r".{0,200}\[promoted content\]|(?:to .{2,80},\s*)?(?:you (?:will )?need to|please) (?:disable|turn off|pause) (?:any |your )?"
            r"ad[- ]?block\w*\b.*"
            r")" + _END, max_words=60),
    # A reader's ways on: all of a newsroom's coverage of a subject ("You can read all our Six Nations coverage here."), a
    # block's opener ("Other Topics of Interest", "All Of The Latest News", "Latest news from: The Local in Italy »"), a blog
    # post's categories with its comment count ("Posted in Articles, Featured | 3 Comments").
    _family("cross_link", _LEAD + r"(?:"
            r"you can (?:read|find|follow|see) (?:all|more) (?:of )?our .{2,60} coverage,? here|"
            r"(?:other )?topics of interest|all of the latest news|latest news from\s*:\s*.{2,40}|"
            r"posted in .{2,80}\|\s*(?:\d+|no) comments?"
            r")" + _END, max_words=30),
    # --- session 20, second round (pools 37-40: publishing systems' widgets, trade press, Asian, African, Latin
    # American and Caribbean outlets) ---
    # Another story's or the same story's link in other words: a blog's "(more…)", "[Continue]", "[FULL STORY]",
    # "Read the rest of this entry »", "Continue reading at", "Read it here.", "Full article:", "View full article",
    # "Read more" run into the next headline or followed by an address, a print edition's page pointer ("See pages
    # 82-83.", "Report on — page 5", "Page 3"), a related-posts widget's category label ('In "Tips & Tricks"') and likes.
    _family("cross_link", _LEAD + r"(?:"
            r"\(more(?:…|\.\.\.)\)|\[(?:…|\.\.\.)\s*more\]|more(?:…|\.\.\.)|\[(?:continue|full story|read more)\]|read the rest of this (?:entry|post)\s*»?|"
            r"continue reading (?:at|on)|read it here|full article\s*:|(?:👓\s*)?view (?:the )?full article|"
            r"follow the link for (?:the )?(?:complete|full) (?:article|story)\b.*|continue reading the article from .{2,40} here|"
            r"read the rest of (?:the|this) .{2,60} here|read more(?=(?-i:[A-Z]))\S.{5,200}|read more\s+https?://\S+|"
            r".{0,200}\bsee pages? \d{1,3}(?:\s*[-–]\s*\d{1,3})?|(?:report|story|more|continued) on\s*[-–—]?\s*page \d{1,3}|page \d{1,3}|"
            r"in \"[^\"]{2,40}\"|.{2,200}\s(?:19|20)\d\d\s+liked by \d+ (?:person|people)|"
            r"latest (?:posts|articles)|just published|read more like this|.{0,30}hand-picked by our editors|"
            r"habari (?:zinazoendana|zinazohusiana|nyingine)"
            r")" + _END, max_words=30),
    # A paywall's prompt in other words ("Your current account does not have access to this premium item.", "You are
    # currently not logged into your account.", "This full article is only accessible by current license holders.",
    # "To unlock this article, enter your e-mail ...", "With a ... subscription you'll unlock:", "Included free with
    # your web subscription.", an offer's price line "For only $2.99 $1.49 per week", "Limited time offer!").
    _family("paywall", _LEAD + r"(?:"
            r"your current account does not have access\b.*|you are (?:currently )?not logged in(?:to your account)?\b.*|"
            r"this (?:full )?(?:article|story|content|item) is only (?:accessible|available) (?:by|to) (?:current )?"
            r"(?:license holders|subscribers|members|clients)\b.*|full (?:article|story) available to (?:clients|subscribers|members)\b.*|"
            r".{0,60}\bto unlock this (?:article|story)\b.*|with an? .{2,30} subscription,? you'?ll (?:unlock|get)\s*:?|unlocking article|"
            r"included (?:free )?with your (?:web |digital |print )?subscription\b.*|"
            r"\(?this (?:newsletter|article|story|post) is for (?:premium |paid )?(?:subscribers|members) only\b.*|"
            r"(?:do not|don'?t) miss out on (?:any )?premium content\b.*|enjoy your \d+-day\b.{0,40}\boffer\b.*|limited[- ]time offer!?|"
            r"(?:starting at|for only|just) [$€£]\d+(?:\.\d\d)?(?:\s*[$€£]\d+(?:\.\d\d)?)?\s*(?:/\s*|per |a )(?:week|month|day|year)"
            r")" + _END, max_words=40, effect=Effect.TRUNCATE),
    # Sign-ups, appeals and a document host's own lines: a newsletter's digest name ("Harbour Dim Sum: Weekly email
    # digest"), "Dear ST reader,", "just like 106,873 professionals", "one of the 108,821 members that receive our
    # newsletter", a podcast's QR code, a price for supporting ("for as little as $5 per month ... journalism"), a
    # letters page's address for letters, an e-paper's ad and a flip-book host's ("Create successful ePaper
    # yourself"), "Stay informed with ...", "Click for our ...", "Pick up your copy ...", a show's support link.
    _family("promo", _LEAD + r"(?:"
            r".{2,40}:\s*(?:weekly|daily) (?:e-?mail|newsletter) digest|dear (?:(?-i:[A-Z]{1,6})|valued|loyal) readers?,|"
            r"[-–—]*\s*(?:just )?like [\d,]+ (?:other )?(?:professionals|readers|subscribers)|"
            r".{0,40}\bone of (?:the )?[\d,]+\+? (?:members|readers|subscribers|professionals)\b.{0,40}\bnewsletter\b.*|"
            r".{0,200}\bscan the qr code (?:or go to|to (?:download|listen|subscribe|sign up|read))\b.*|"
            r".{0,60}\bfor as little as [$€£]\d.{0,60}\b(?:journalism|reporting|news)\b.*|"
            r"please send letters to the editor\b.*|.{0,40}\bsubmit(?:ting)? a letter to the editor\b.*|the e-?paper edition\b.*|"
            r"create successful e-?paper yourself|turn your pdf publications into\b.*|stay informed (?:and engaged )?with (?:our|in-depth)\b.*|"
            r"click for our\b.{2,60}|pick up your copy (?:of (?:the |today'?s |this )?(?:paper|newspaper|magazine|edition)|inside)\b.*|support the (?:show|podcast|channel)\s*\(?https?://\S+\)?|"
            r"do you have an? (?:idea|story|tip)\b.{0,60}\bsubmit it here\b.*|.{0,80}\byou can unsubscribe here\b.*|"
            r"stay (?:ahead|current)\b.{0,40}\btrusted by [\d,]+\+? (?:subscribers|readers)\b.*"
            r")" + _END, max_words=50),
    # Sharing and following in other words: social names run together ("LinkedInFacebookTwitterEmail this Story"), a
    # blog's sharing row ("Email ThisBlogThis!Share to Twitter..."), likes ("Like this: Like Loading..."), "Permalink __
    # Like __ Tweet", an embed code prompt, a channel to join ("join us on Telegram"), a page to like ("Be sure to like
    # ... on Facebook"), a messaging app to follow on ("Follow FMT on WhatsApp, Google news and Telegram").
    _family("share_widget", _LEAD + r"(?:"
            r"(?:(?:linked ?in|linnkedin|facebook|twitter|x|e-?mail|whatsapp|reddit|pinterest|print|telegram)\s*){3,}(?:this (?:story|article))?|"
            r".{0,200}\s(?:linked ?in|linnkedin)(?:facebook|twitter|e-?mail){2,}(?:this (?:story|article))?|"
            r".{0,80}\bemail this\s*blogthis!.*|like this\s*:\s*(?:like )?loading(?:\.{3}|…)?|like loading(?:\.{3}|…)|"
            r".{0,60}\bpermalink\b.{0,20}\blike\b.{0,20}\btweet\b.*|embed this (?:content|video|post|article)\b.*|"
            r".{0,40}\bjoin us on (?:telegram|whatsapp|discord)\b.*|.{0,30}\bbe sure to (?:like|follow) .{2,30} on (?:facebook|twitter|instagram|x)\b.*|"
            r"(?:stay current\s*[-–—]\s*)?follow .{2,20} on (?:whatsapp|telegram|google news)\b.*|(?:liked it\?\s*)?share it!\s*(?:click to share\b.*)?"
            r")" + _END, max_words=60),
    # Comment sections in other words: "Your latest comments", "0 No comments", "Reply To:", "Name - Reply Comment",
    # a moderation note ("Comments will be edited ...", "We welcome reader comments ..."), a site's numbered house rules
    # ("4. Please do not write in block capitals ...", "3. We ask that comments are civil ..."), a forum's "Joined: Oct
    # 1999" and thread links, Substack's "Comments Restacks", a blog's "Reblogged this on ... and commented:", a removed
    # comment's note, a post's row ending in its comment count ("by • December 23, 2010 • Projects • 0 Comments").
    _family("comments", _LEAD + r"(?:"
            r"your latest comments|\d+ no comments|reply to\s*:|.{1,30}\s[-–—]\s*reply comment|comments will be edited\b.*|"
            r"\d+ comments?\s*·\s*make a comment|we welcome reader comments\b.*|"
            rf"joined\s*:\s*(?:{_MONTH}\.?\s+)?(?:19|20)\d\d|(?:previous|next|print) thread|comments\s*restacks|"
            r"reblogged this on .{2,60} and commented\s*:?|this comment has been removed by (?:a|the) (?:blog )?(?:administrator|author)\.?|"
            r"(?:\d\.\s*)?(?:please (?:do not|don'?t) (?:write|use|post)\b.{0,60}\b(?:comments?|block capitals)\b|we ask that comments\b|"
            r"if readers wish to report\b).*|.*•\s*(?:no|\d+) comments?"
            r")" + _END, max_words=60),
    # Disclaimers and notices in other words: "The views and opinions expressed in these articles are not those of ...",
    # a machine transcript's or translation's note, cookie notices of website templates (including their long forms),
    # a region block ("We have restricted our service in your region"), "Privacy, T's & C's", "Like many websites, we use
    # ... cookies", an image-rights note ("Images that appear on this site are the properties of their respective
    # owners"), an aggregator's "For any information or claim on this article, see directly with the newspaper."
    _family("legal_notice", _LEAD + r"(?:"
            r"(?:the )?views and opinions expressed in (?:the|this|these) (?:content|articles?|posts?|columns?)\b.{0,40}\b(?:do not|are not|don'?t)\b.*|"
            r"transcriptions? (?:provided )?(?:are|is) machine[- ]generated\b.*|this transcript (?:has been|was|is) (?:automatically|machine|auto)[- ]generated\b.*|"
            r"(?:these|this) translations? (?:are|is|was|were) (?:done|made|provided) (?:via|by|with|using) google translate\b.*|"
            r"(?:necessary always enabled\s*)?necessary cookies are absolutely essential\b.*|"
            r"this website uses cookies to improve your experience while you navigate\b.*|"
            r".{0,60}\b(?:restricted our service in your region|currently unavailable in (?:most )?european countries)\b.*|"
            r"privacy,? t'?s (?:&|and) c'?s|like many websites,? we use\b.{0,40}\bcookies\b.*|"
            r"images (?:that appear )?on this (?:site|website) are the propert(?:y|ies) of\b.*|for any information or claim on this article\b.*"
            r")" + _END, max_words=90),
    # Where a copy came from in other words: a bare source address ("Source: https://...", "Source: www.example.com,
    # "PA" 9:11am (UK)", "Source: Express.gr 25/07/08-11:46"), a wire's credit after "Source:", "... republished with
    # permission", "This editorial was first published in print on ...", "This content originally appeared on ...",
    # an aggregator's "Article published by ..., read more", a credits line ("Compiled from ... Edited by ..."), an
    # editors' initials signature ("-LDF/NB/BM, GMA NEWS") and a news agency's editor tags ("(kes)(+)").
    _family("wire_trailer", _LEAD + r"(?:"
            r"source\s*:\s*(?:https?://|www\.)\S+.*|source\s*:\s*[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|gr|ie|in|ph|uk|au|nz|za|ng)\b.*|"
            r"source\s*:\s*(?:reuters|ap|afp|the associated press)\s*\((?:reporting|writing|editing) by\b.*|"
            r".{0,60}\b(?:re-?published|reprinted) with (?:the )?permission\b.*|"
            r"this (?:editorial|article|story|column|piece|content) (?:was (?:first|originally) published|originally appeared) (?:in print )?(?:on|in)\b.*|"
            r".{0,10}\barticle published by\b.{2,60}\bread more|compiled from .{2,60} by .{2,40}\.\s*edited by\b.*|"
            r"[-–—]\s*(?:(?-i:[A-Z][A-Z .]{1,30})/)?(?-i:[A-Z]{2,5})(?:/(?-i:[A-Z]{2,5}))*,\s*(?-i:[A-Z][A-Z ]{1,20} NEWS)|"
            r"(?:\((?-i:[a-z]{2,4})\))+\(\+\)"
            r")" + _END, max_words=40),
    # A page's furniture in other words: "Search for:", "Page load link", "PreviousNext", "Go to Top", "top of page",
    # "Post navigation" run into the next posts' titles, a publishing system's owner and account notes ("You are the
    # owner of this article."), the JavaScript notice, "Today's Paper", "Read in browser", "There are new articles
    # available, click to refresh the page.", an author box's tabs note, "Syndicate content", "Current issue | ...",
    # "Subscribe Login", "Show Hide image", a template's unfilled placeholder ("{{hitsCtrl.values.hits}}"), a theme's
    # footer ("Theme: Default Mag by ThemeInWP"), an ad label of an in-text ad network, "View my complete profile".
    _family("navigation", _LEAD + r"(?:"
            r"search for\s*:|page load link|previous\s*next|go to top|top of (?:the )?page|post navigation.*|"
            r"you are the owner of this article\.?|your account will be closed and all data will be permanently deleted\b.*|"
            r"javascript is (?:off|disabled)\b.*|.{0,30}\btoday'?s paper|(?:view|read) (?:this (?:e-?mail|newsletter) )?in (?:your )?browser|"
            r"there are new (?:articles|posts|updates|stories) available\b.*|the following (?:two|three|\d) tabs change content below\.?|"
            r"syndicate content|current issue\s*\|.*|subscribe\s*[|/]?\s*(?:log ?in|sign ?in)|show\s*hide image|"
            r".{0,60}\{\{\s*[\w.]+\s*\}\}.{0,40}|.{0,80}\b(?:rights? reserved|powered by|copyright|©).{0,40}\btheme\s*:\s*.{2,40}\s+by\s+\S+|infolinks in text ads|view my complete profile"
            r")" + _END, max_words=30),
    # Stamps in other words: a date and an age ("29 Mar 2020 5 hours ago"), "..., Published on 04/02/2026", "This notice was published: 2021-05-10 12:25:13", a short line holding a machine
    # time stamp ("finexmod 2021-06-15T13:25:52+00:00June 15th, 2021|"), a byline with a handle and a date ("Ann Lee -
    # @harbourtimes 10/16/2020"), a byline with its translator ("By Ann Lee- Translated by Tom Ash").
    _family("timestamp", _LEAD + r"(?:"
            rf"\d{{1,2}} {_MONTH}\.? (?:19|20)\d\d\s+\d+ (?:hours?|minutes?|mins?|days?) ago|"
            r".{0,40}\bpublished on\s*:?\s*\d{1,2}/\d{1,2}/\d{2,4}|"
            r"this notice was published\s*:.*|.{0,30}\b(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d|Z)?.{0,40}|"
            rf"{_PERSON}\s*[-–—]\s*@\w+\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|by .{{2,40}}?\s*[-–—]\s*translated by\b.*"
            r")" + _END, max_words=14),
    # A caption's other machine parts: a WordPress shortcode that opens a line ("[pullquote]...", "[embed]..."), a
    # plugin's "YouTube Preview Image", a short line ending in a video's address ("Weather Forecast for May 28
    # https://www.youtube.com/watch?v=..."), "Image taken from ...", a picture's file name alone ("HARBOUR_QUAY.JPG"),
    # a wire graphic's short link ("... – tmsnrt.rs/2QFVypg"), a credit after a bar or run into the caption ("... |
    # Image Courtesy: ...", "...during construction.Photo: Agency/Name"), a source address in brackets at a caption's end.
    _family("caption", r"^\s*(?:"
            r"\[/?(?:pullquote|embed|gallery|video|audio|tweet|youtube)\b[^\]]*\].*|youtube preview image|"
            r".{0,150}\s+https?://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/)\S+|\(?image (?:taken|grabbed|sourced) from\b.{2,80}\)?|"
            r"[\w\-]{3,60}\.(?:jpe?g|png|gif|webp)|.{2,120}\btmsnrt\.rs/\S+|.{10,400}\|\s*image courtesy\s*:.{2,60}|"
            r".{10,400}[a-z]\.(?:photo|image)\s*:\s*[\w.&'’\- ]{2,40}(?:/[\w.&'’\- ]{1,40}){0,2}|"
            r".{10,400}\(source\s*:\s*[\w.\-]+\.(?:com|vn|net|org|gov)[\w./\-]*\)"
            r")\s*$", max_words=80),
    # --- session 20, third round (pools 41-44: public-sector and agencies' news pages, entertainment and games,
    # science news, motoring and sport sites) ---
    # A picture's credit alone on its line as agencies and public bodies give it ("NASA/Ann Lee", "WHO/T. Lee",
    # "WHO-SEARO/Ann Lee", "UN Photo"), a gallery's counter ("<Slide 1/125>"), a music credit, a republished picture's
    # file line ("File 20171214 27562 jt433n.jpg?ixlib=rb 1.1"), a print advert's file name ("..._230x300.indd 1"), a
    # figure's source in a paper ("Source: A. Lee et al. PLoS Comput. Biol. 18, e1009818 (2022).").
    _family("caption", r"^\s*(?:"
            r"(?-i:[A-Z]{2,10}(?:-[A-Z]{2,10})?)\s*/\s*(?:(?-i:[A-Z])\.?\s?(?-i:[A-Z][a-z])[\w'’\-]*|(?-i:[A-Z][a-z])[\w'’\-]* (?-i:[A-Z][a-z])[\w'’\-]*)|"
            r"(?-i:UN|AP|AFP|EPA|WHO|NASA|ESA|UNICEF|UNHCR) photo|<?slide \d+\s*/\s*\d+>?|music credits?\s*:.{2,120}|"
            r"file \d{8} \d+ \w+\.(?:jpe?g|png|gif|webp)\S*(?: \S+)?|\S+\.indd(?:\s+\d+)?|source\s*:\s*.{2,80}\bet al\b.{0,120}"
            r")\s*$", max_words=40),
    # A public body's page furniture: when the page was last updated, a release number ("RELEASE: 07-55", "MEDIA
    # ADVISORY: M07-44"), a press contact in brackets with phone numbers, "-30-", "Issued by the ... Media Centre", a
    # feedback form's notes ("Don't include personal or financial information ...", "To help us improve ..., we'd like
    # to know more about your visit today", "This form is for feedback ..."), a page's own labels ("End of content",
    # "No more pages to load", "Permanent URL for this page:", "Navigation path", "<< Home"), a logo's link text
    # ("FDA Logo--links to FDA home page"), an old-browser notice, a language list, a caretaker-period notice, a
    # printed copy's note, a search count.
    _family("navigation", _LEAD + r"(?:"
            r"(?:page )?last updated\s*:?\s*\d{1,2}(?:st|nd|rd|th)? \w+ (?:19|20)\d\d|date created\s*:.{2,40}|"
            r"(?:media advisory|release)\s*:\s*(?-i:[A-Z])?\d{2}-\d{2,4}|\(?for more information\s*:\s*.{2,200}\btel\.?\s*:.*|-30-|"
            r"issued by (?:the )?.{2,30}(?:media|press) (?:centre|center|office|unit)|"
            r"don'?t include personal or financial information\b.*|to help us improve .{2,30}, we'?d like to know more about your visit\b.*|"
            r"this form is for feedback on\b.*|please select the most appropriate category\b.*|use this form if you have come across a typo\b.*|"
            r"for general inquiries,? please use our contact form\b.*|"
            r"end of content|no more pages to load|permanent url for this page\s*:?|navigation path|left navigation|additional tools|"
            r"page feedback|<<\s*home|back to category list|close x|u\.s\. flag|view author publications|forgot(?:ten)? (?:your )?password\?|"
            r".{2,40}\blog[o]?\s*--\s*links to\b.*|.{0,40}\b(?:your browser is too old|using an unsupported browser|your browser does not render)\b.*|"
            r"available in\s*:\s*(?:[^\s,]+,\s*){2,}.*|.{0,60}\b(?:caretaker conventions?|due to the election period)\b.*|"
            r"this information was printed\b.*|your search has found [\d,]+ results?(?:\(s\))?|hi, what are you looking for\?|"
            r"up\s*↑|.{0,60}\bwhy trust us\??|verified by monsterinsights|want to know more about .{2,30}\? read more about us|"
            r"log ?in\s*[|/]?\s*register|all (?:features|stories|news)\s*[→>»]|powered by tcpdf\b.*|view all journals\b.*|"
            r"content explore content\b.*|doi\s*:\s*https?://doi\.org/\S+|fact-checked\s+peer-reviewed publication\b.*|"
            r"no description available(?:\.{3}|…)?|.{2,60}\s[-–—]\s*page \d{1,3}|embargoed news for accredited journalists only\.?"
            r")" + _END, max_words=50),
    # Cookie, betting and small-print notices in other words ("Your preference will be saved using cookies.", "Hide
    # cookie message", "Reject additional cookies", "Cookies on ...", "18+ only. ... When the fun stops, stop.", "Finance
    # subject to status, T&Cs apply.", a car's range figures' note, "By using our site, you acknowledge ...", "... values
    # your privacy."), a press release's and a publisher's rights notes.
    _family("legal_notice", _LEAD + r"(?:"
            r"your preference will be saved using cookies\.?|hide (?:this )?cookie message|view cookies|cookies on (?:this website|(?-i:[A-Z])[\w.]{1,20})|"
            r"(?:accept|reject) (?:additional|analytics|all|optional) cookies|we also use cookies set by other sites\b.*|"
            r".{0,60}\bamend your (?:local )?data preferences\b.*|\*?\s*some mobile phone providers may charge for this call\.?|"
            r".{0,80}\b(?:when the fun stops,? stop|begambleaware|gambling is entertainment|all betting involves risk|"
            r"gambling .{0,40}is illegal in some countries)\b.*|"
            r".{0,40}\b(?:finance|test drive|offer) subject to (?:status|applicant status)\b.*|figures shown are for comparability purposes\b.*|"
            r"by using (?:our|this) (?:site|website),? you acknowledge\b.*|.{2,20} values your privacy\..*|"
            r"reprints (?:and|&) permissions|this press release is copyrighted\b.*|.{2,40} is part of springer nature\b.*|"
            r"members of the media are free to use\b.*|all photographs on this page may be\b.*|.{0,80}\bplease credit .{2,80} as the source\b.*|"
            r"all curated and shared material\b.*|.{0,40}\ball prices are net prices\.?"
            r")" + _END, max_words=90),
    # Sign-ups, feeds and appeals in other words ("Subscribe to ... news feed", "RSS feed for this section", "What is
    # RSS?", "To subscribe to the list, send a message to:", "Receive the latest updates from ...", a newsletter's line
    # "sent every weekday", "We summarize the week's ... every Thursday", "Our journalists work hard ...", "Available for
    # everyone, funded by readers", "On supporting science journalism", an edition's link, "Also in ... this week…",
    # a payment failure's notice, a followed topic's note, a video of the day's label).
    _family("promo", _LEAD + r"(?:"
            r"subscribe to .{2,20} news feed|rss feed for this (?:section|page|category)|what is rss\?|subscribe rss|(?:[\w ]{0,20} )?rss feed|"
            r"to (?:subscribe to|remove your address from|unsubscribe from) the (?:list|mailing list)\b.*|receive the latest updates from\b.*|"
            r".{2,80}\bsent (?:to your inbox )?every (?:weekday|day|week|morning)\b.*|stay up-to-date and get alerted when new content is added\.?|"
            r"we summari[sz]e the week'?s\b.{2,60}\bevery \w+day\.?|our journalists work hard\b.*|available for everyone,? funded by readers|"
            r"on supporting (?:science )?journalism|the .{2,30} edition is available here\b.*|also in .{2,20} this week(?:…|\.{3})?|"
            r"we haven'?t been able to take payment|you must update your payment details\b.*|followed categories will be added to my news\.?|"
            r"don'?t miss out on the headlines from\b.*|.{2,20} video of the day|no posts\s*ready for more\?"
            r")" + _END, max_words=40),
    # Comment and forum furniture in other words ("Recommended Posts", "Last edited:", "please use the Report option",
    # "New comment:", "Your comment will be editable for 3 minutes", "Please register or sign in to add a comment.",
    # "Report this comment as spam ...", "We invite you to use our commenting platform ...").
    _family("comments", _LEAD + r"(?:"
            r"recommended posts|super moderator|last edited\s*:?|.{0,40}\bplease use the report (?:option|button|link)\b.*|new comment\s*:|"
            r".{0,20}\byour comment will be editable\b.*|please (?:register|log ?in|sign in) or (?:sign in|register|log ?in|create an account) to "
            r"(?:add|post|leave) a comment\.?|report this comment\b.*|for general feedback, use the public comments section\b.*|"
            r"we invite you to use our commenting platform\b.*"
            r")" + _END, max_words=40),
    # Sharing in other words: social pages' addresses and handles alone ("facebook.com/Harbour @Harbour
    # youtube.com/Harbour", "YOUTUBE.COM/HARBOURTIMES"), "Keep up to date ... by following us on social media.", a
    # public body's channels ("View the ... latest photos on Flickr"), "Copy and paste this URL into your WordPress
    # site to embed", "Join other followers:".
    _family("share_widget", _LEAD + r"(?:"
            r"(?:(?:www\.)?(?:facebook|youtube|twitter|instagram|tiktok|linkedin|x)\.com/\S+|@\w{2,30})"
            r"(?:\s+(?:(?:www\.)?(?:facebook|youtube|twitter|instagram|tiktok|linkedin|x)\.com/\S+|@\w{2,30}))*|"
            r".{0,60}\bby following us on social media\b.*|(?:listen to|view) (?:the )?.{2,40} latest (?:audio clips|photos|videos) on "
            r"(?:soundcloud|flickr|youtube)\b.*|copy and paste this (?:url|code)\b.*|join other followers\s*:?"
            r")" + _END, max_words=30),
    # Journals' and publishers' paywalls ("Rent or buy this article", "Access through your institution", "Learn about
    # institutional subscriptions", "Sign in or create an account", "... Log in or create an account to continue",
    # "Continue with Google").
    _family("paywall", _LEAD + r"(?:"
            r"rent or buy (?:this )?article\b.*|access through your institution\b.*|learn about institutional subscriptions|"
            r"sign in or create an account|.{0,40}\blog ?in or create an account to continue\b.*|continue with google\b.*"
            r")" + _END, max_words=30, effect=Effect.TRUNCATE),
    # Where a copy came from in other words ("Source: ... via YouTube", "Source:: Autocar", "Source of original post",
    # "Article by Cricinfo", "You can read more at Cyclingnews.com", "From the February 2001 issue of ...", "Original
    # Source https://...", "via IFTTT"); links on ("+ Explore further ...", "More about ... →", "Full Story »", "More Stories from the August 9, 2003 issue", "More on this News Release",
    # "... Show Full Article", "For more information about ..., visit:"); archive labels ("Monthly Archives: June
    # 2025", "Tag Archive for: ...", "Showing posts from October, 2020", "Read more on:"); a short age with its source.
    _family("cross_link", _LEAD + r"(?:"
            r"source\s*:\s*.{2,40} via (?:youtube|twitter|x|instagram|facebook)|source\s*::\s*.{2,40}|source of (?:the )?original post|"
            r"article by (?-i:[A-Z])\w{2,20}|you can read more at\s+\S+\.(?:com|net|org|co\.uk)|"
            rf"from the {_MONTH} (?:19|20)\d\d issue of\b.*|original source\s*:?\s*https?://\S+|via ifttt|"
            r"\+\s*explore further\b.*|more about .{2,100}\s*→|full (?:story|post)\s*[»>›]+|"
            r"more stories from the .{2,40} issue|more on this news release|(?:…|\.{3})\s*show full article|"
            r"for (?:more )?information about .{2,60}, visit\s*:?|"
            r"(?:monthly|yearly|daily) archives?\s*:.*|tag archive for\s*:.*|showing posts (?:from|for)\b.*|read more on\s*:|"
            r"\d+[ymwdh] ago from\s+\S+"
            r")" + _END, max_words=30),
    # An ad server's link left in the text ("(//pubads.g.doubleclick.net/..."; ad scripts' lines are an older entry's).
    _family("advertisement", r"^\s*(?:.{0,10}\(?//pubads\.g\.doubleclick\.net/\S+.*)$", max_words=20),
    # Entertainment and games sites' furniture (pool 42): a shop button ("See at Amazon"), a ticketing
    # partner's disclosure, an ad slot's size ("300x250 Ad"), a video player's notes ("Play video content", "Unable to render
    # YouTube Video.", "No Caption Provided", "Getty Composite"), a Reuters "FILE PHOTO:" caption, a publisher's licence
    # note, a comment count run into "Comment on ...", a post's row ("June 22, 2017 | Variety | No Comments", "October
    # 24th, 2013 by Ann Tags: ...", "News posted in Showbiz on 15th May 2020", "... | Story: 482553"), a list's pager ("Stories 561 - 580 | << Prev Next >>"), feeds and
    # sharing rows ("Delivered by FeedBurner", "Share on googleShare on facebook...", a Markdown share link), offers ("Get your first month for £1 ...",
    # "... upgrade to a paid yearly subscription ..."), "Supporters only: ...", "The source of this article is ...".
    _family("advertisement", _LEAD + r"(?:"
            r"(?:see|buy|shop|view) (?:it )?at (?:amazon|walmart|best buy|target|ebay)|"
            r".{0,80}\bofficial ticketing partner\b.*|\d{3}x\d{2,3} ad"
            r")" + _END, max_words=60),
    _family("caption", r"^\s*(?:"
            r"play video content|unable to render youtube video\.?|no caption provided|getty (?:images )?composite|file photo\s*:\s*.{10,}"
            r")\s*$", max_words=80),
    # (pool 42, by family) a comment count run into its link, a post's row ending in its count, a forum's and a form's labels
    _family("comments", _LEAD + r"(?:"
            r"\d+ comments? comment on\b.*|.{2,80}\|\s*(?:no|\d+) comments?|link parent|name\s*:\s*\(required\)"
            r")" + _END, max_words=60),
    # a post's row with its tags or its section
    _family("tag_list", _LEAD + r"(?:"
            r".{0,60}\bby \S+\s+tags\s*:.*|news posted in .{2,40} on .{4,20}"
            r")" + _END, max_words=60),
    # an agency's story number; a byline run into its date (where the byline entries' zones end)
    _family("byline", _LEAD + r"(?:"
            r".{0,80}\|\s*story\s*:\s*\d+|by\S.{2,40}published(?-i:[A-Z])\w+ \d{1,2}, \d{4}"
            r")" + _END, max_words=60),
    # a list's pager; a post's popularity meter
    _family("navigation", _LEAD + r"(?:"
            r".{0,40}<<\s*prev(?:ious)?\s+next\s*>>|popularity\s*:\s*\d+%\s*\[\?\]"
            r")" + _END, max_words=60),
    # feeds and sharing rows, a share button left as a Markdown link
    _family("share_widget", _LEAD + r"(?:"
            r"delivered by feedburner|(?:share on \w+){2,}.*|more sharing services|"
            r"\[(?:share|click to share) on \w+ \(opens in (?:a )?new window\)\]\(\S+\)"
            r")" + _END, max_words=60),
    # links on to the rest or to the source
    _family("cross_link", _LEAD + r"(?:"
            r"read the rest of this article|continue reading (?:at|on) .{2,30}|more\s*[»>›]+|\[more(?:\.{3}|…)\]|"
            r"related post|the source of this article is\b.*"
            r")" + _END, max_words=60),
    # sign-ups and offers
    _family("promo", _LEAD + r"(?:"
            r"alerts (?:&|and) newsletters|keep up to date with the most important stories\b.*|"
            r"supporters only\s*:.*|get your first month for [$€£]\d.*|"
            r".{0,40}\bupgrade to a paid (?:yearly |monthly |annual )?subscription\b.*"
            r")" + _END, max_words=60),
    # a sign-up form's consent line; a publisher's licence note
    _family("legal_notice", _LEAD + r"(?:"
            r"by providing your information,? you agree\b.*|"
            r".{2,60} is published by .{2,60} under licen[cs]e from\b.*"
            r")" + _END, max_words=60),
    # --- session 20, fourth round (pools 45-48) ---
    # A print edition's pointers and a regional site's own lines (pool 48): "Continued page 2", "Turn to page 4 for
    # full details", "See HARBOUR, page A2 > ...", a bundle of subscriber benefits run together ("All articles from our
    # website & appThe digital version of Today's Paper..."), an ad's booking number ("12631816-KG37-23"), an electoral
    # authorisation with its street address, newsletters' lines ("Interested in more newsletters? Browse here.", "Start
    # your days with the latest local news ...", "... invite your friends to sign up"), a reader's report link ("Read
    # Ann Lee's full article here."), a live blog's link ("Live Blog Harbour v Orvik - Game 4"), a feedback note, a
    # morning weather greeting, a weather box ("Sunny. High 10. Low 4. Details, A12", "16.63°C Vancouver"), page labels
    # ("Photo sales", "Death notices", "Select Region", "Activate notifications?"), a text-to-speech note, "Join now,
    # it's FREE!", "Advertise with ...", an agency's names in capitals before "The Associated Press".
    # (pool 48, by family) print pointers and links on
    _family("cross_link", _LEAD + r"(?:"
            r"continued (?:on )?page \d+|turn to page \w{1,4}\b.*|see (?-i:[A-Z][A-Z ]{2,30}), page \w{1,4}\b.*|"
            r"read .{2,40}'s (?:full )?(?:report|article|story|column|review) here|live blog\s+\S.{5,120}"
            r")" + _END, max_words=40),
    # subscriber benefits, newsletters and notifications
    _family("promo", _LEAD + r"(?:"
            r"all articles from our website (?:&|and) app.*|"
            r".{0,40}all articles from the other regional websites\b.*|interested in more newsletters\?.*|"
            r"start your (?:days?|mornings?) with the latest\b.*|.{0,80}\binvite your friends to sign up\b.*|"
            r"join now,? it'?s free!?|activate notifications\?|web notifications"
            r")" + _END, max_words=40),
    # an ad's booking number, an electoral authorisation, an ad sales link
    _family("advertisement", _LEAD + r"(?:"
            r"\d{6,9}-(?-i:[A-Z]{2})\d{2}-\d{2}|"
            r"authori[sz]ed by .{2,60}, \d+ [\w ]{2,30} (?:st|street|rd|road|ave|avenue|pde|parade|hwy|highway)\b.*|"
            r"advertise with (?-i:[A-Z])\w+"
            r")" + _END, max_words=40),
    # a feedback note, weather boxes, page labels, a text-to-speech note
    _family("navigation", _LEAD + r"(?:"
            r"we welcome feedback from our readers\b.*|.{0,40}here'?s a look at the current local weather\b.*|"
            r"(?:(?:mostly |partly )?(?:sunny|cloudy|some sun|rain|showers|clear|snow)\.\s*)?high -?\d+\.\s*low -?\d+\..{0,20}|"
            r"-?\d+(?:\.\d+)?\s*°\s*[cf]\s+(?-i:[A-Z])\w+|photo (?:sales|galleries)|death notices|select region|"
            r"listening to articles is free\b.*"
            r")" + _END, max_words=40),
    # a comment section's heading
    _family("comments", _LEAD + r"(?:"
            r"your turn to talk"
            r")" + _END, max_words=40),
    # an agency's reporters in capitals before its name
    _family("byline", _LEAD + r"(?:"
            r"(?-i:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+)(?:,? (?-i:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+))*(?:,? and (?-i:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+))? the associated press"
            r")" + _END, max_words=40),
    # A caption's credit in a regional paper's forms: "... Picture: dailytelegraph.com.au", "... Picture, Ann Lee.",
    # "... — PICTURE / Ann Lee", "(Contributed)", "(Black Press file)".
    _family("caption", r"^\s*(?:"
            r".{10,400}\bpicture\s*:\s*\S+\.(?:com|net|org)(?:\.au|\.nz)?|"
            r".{10,400}\.\s*picture,\s*(?-i:[A-Z])[\w'’\-]+(?: (?-i:[A-Z])[\w'’\-]+){1,2}\.|.{10,400}\s[-–—]\s*picture\s*/\s*.{2,40}|"
            r".{10,400}\((?:contributed|submitted|black press(?: media)? file)\)"
            r")\s*$", max_words=80),
    # Fact-checking sites' furniture (pool 47): a platform partnership's note ("... flagged as part of Meta's efforts to
    # combat false news ...", "(Read more about our partnership with Facebook.)"), a fact-checker's credentials ("Facebook
    # Third-Party Fact-Checking Partner", "Verified signatory of the IFCN Code of Principles"), a rating widget's prompt
    # ("Does this statement pass the Pinocchio test?"), a screenshot's source ("(Screengrab from Instagram)"), links on
    # ("Read more details about this claim here.", "Find all AP Fact Checks here.", an AP short link), lists' openers
    # ("More Fact Checks", "Fact-check of the day"), appeals and sign-ups ("Can you help us do more?", "There would be no
    # ... without individual donations ...", "Spotted something? Let us know!", "Suggest another claim", "...'s weekly
    # newsletter brings ..."), a charity's registration, a members-only note, a glossary's back link, a raw image tag
    # left in the text, a stamp with its age ("on 11-Nov-2023 (10 months ago)").
    # (pool 47, by family) platform partnership notes, credentials, a rating widget, a glossary link, a raw image tag
    _family("navigation", _LEAD + r"(?:"
            r".{0,80}\bflagged as part of (?:facebook|meta)'?s efforts to combat false news\b.*|"
            r"\(?read more about our partnership with (?:facebook|meta|tiktok|instagram)\b.*|"
            r"(?:facebook|meta|tiktok) third-party fact-checking partner|member of the #\w+ alliance|"
            r"verified signatory of the ifcn code of principles|does this statement pass the pinocchio test\?.*|"
            r"«?\s*back to (?:the )?glossary(?: index)?|<img\b[^>]*>"
            r")" + _END, max_words=60),
    # a screenshot's source
    _family("caption", _LEAD + r"(?:"
            r"\((?:screengrab|screenshot|screen capture|image) (?:from|via) (?:instagram|facebook|twitter|x|tiktok|youtube)\)"
            r")" + _END, max_words=60),
    # links on and lists' openers
    _family("cross_link", _LEAD + r"(?:"
            r"read (?:all the facts|more details) about .{2,40} here|find all .{2,30} here|.{0,80}\bapne\.ws/\S+|"
            r"(?:more|recent|latest|other) fact[- ]checks|fact[- ]check of the day"
            r")" + _END, max_words=60),
    # appeals, tip prompts, newsletters, members' offers
    _family("promo", _LEAD + r"(?:"
            r"can you help us do more\?|there would be no .{2,40} without (?:individual )?donations\b.*|"
            r"spotted something\?\s*let us know!?|suggest another claim|send us a claim(?: to check)?|"
            r".{2,40}'s weekly newsletter brings\b.*|.{0,40}\bfor premium members only\b.*|upgrade membership now"
            r")" + _END, max_words=60),
    # a charity's registration
    _family("legal_notice", _LEAD + r"(?:"
            r"registered charity (?:in|no\.?|number)\b.{0,40}"
            r")" + _END, max_words=60),
    # a date with its age
    _family("timestamp", _LEAD + r"(?:"
            r"on \d{1,2}-\w{3}-\d{4} \(\d+ \w+ ago\)"
            r")" + _END, max_words=60),
    # a prompt to follow
    _family("share_widget", _LEAD + r"(?:"
            r"follow .{2,40} on social media"
            r")" + _END, max_words=60),
    # Old portals', blogs' and forums' furniture and regional sites' footers (pools 45 and 46): a forum attachment's
    # line ("harbour.jpg [ 175.45 KiB | Viewed 9557 times ]", "Attachment:", "User avatar", "My Photo"), a rating
    # widget ("Rating: You recommend this", "Recommendation added"), a blog's widgets ("Search This Blog", "Total
    # Pageviews", "Links to this post", "BlogThis!"), an e-mail-a-friend form ("Add e-mail addresses:", "E-mail this
    # story to:"), an old guestbook's entry header ("Ann -:- Harbour news -:- Thurs, Dec 29, 2005 at 10:38:26 (EST)"),
    # "Posted by ... | Permalink", a CMS's credit, print views, "From Wikinews, the free news source you can write!",
    # "Most E-Mailed", a forum's clock ("It is currently ...", "All times are GMT. The time now is ..."), comment and
    # thread labels, "AdChoices / Do Not Sell My Info", a sponsor's line, a video link behind "»", footer items ("ipso
    # Regulated", "Reader Rewards", "Contributor Terms"), a live page's sign-off to the most read, a print pointer
    # ("... More on Page 10"), a bookmark note, an icon's title ("play-icon Created with Sketch."), a screenshot's file
    # name, "Watch more of our videos on ...", a copy's note ("Original copy via ..."), an edition line ("vol 47 • 20th Edition • Issue 2437 • ...").
    # (pools 45 and 46, by family) attachments, avatars, icons' titles and screenshots' names
    _family("caption", _LEAD + r"(?:"
            r".{1,80}\.(?:jpe?g|png|gif)\s*\[\s*[\d.]+ [kmg]i?b\s*\|\s*viewed \d+ times\s*\]|attachments?\s*:|"
            r"user avatar|my photo|.{0,30}created with sketch\.?|screen ?shot \d{4}-\d{2}-\d{2} at [\d.]+"
            r")" + _END, max_words=40),
    # ratings, guestbook entries' headers, thread and trackback labels
    _family("comments", _LEAD + r"(?:"
            r"rating\s*:\s*you (?:don'?t )?recommend this|recommendation added|"
            r"errors? occur+ed while saving your rating\b.*|.{2,60} -:- .{2,80} -:- .{5,60}|comments (?:are )?off|"
            r"post new thread|tracked on \d{4}-\d{2}-\d{2}.*"
            r")" + _END, max_words=40),
    # e-mail-a-friend forms and a blog's sharing link
    _family("share_widget", _LEAD + r"(?:"
            r"blogthis!|add e-?mail addresses\s*:|"
            r"to send to more than one person,? separate (?:the )?addresses with a comma\.?|"
            r"e-?mail this (?:story|article) to\s*:?|e-?mail to a friend"
            r")" + _END, max_words=40),
    # a post's stamp with its permalink, a forum's clock
    _family("timestamp", _LEAD + r"(?:"
            r"posted by .{2,40} on .{4,30}\|\s*permalink|"
            r"it is currently \w{3} \w{3} \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m|"
            r"all times are (?:gmt|utc)[^.]{0,30}(?:\.\s*the time now is .{2,20})?"
            r")" + _END, max_words=40),
    # lists' openers and links on
    _family("cross_link", _LEAD + r"(?:"
            r"this week'?s most popular posts|most e-?mailed(?: articles| stories)?|"
            r"(?:watch|listen to) .{2,80}\s*»|.{0,40}\btake a look at today'?s most read stories\s*:?|"
            r".{2,80}\s+more on page \d+|watch more of our videos on\b.*"
            r")" + _END, max_words=40),
    # ad-choice and regulator labels
    _family("legal_notice", _LEAD + r"(?:"
            r"adchoices\s*/\s*do not sell my (?:personal )?info(?:rmation)?|ipso regulated"
            r")" + _END, max_words=40),
    # a sponsor's line
    _family("advertisement", _LEAD + r"(?:"
            r".{2,40} is sponsored by \S+\.(?:com|net|org)"
            r")" + _END, max_words=40),
    # a copy's source
    _family("wire_trailer", _LEAD + r"(?:"
            r".{0,3}original copy via\b.*"
            r")" + _END, max_words=40),
    # blog widgets, print views, footer items, edition lines
    _family("navigation", _LEAD + r"(?:"
            r"search this blog|total pageviews|links to this post|powered by .{2,40} content management system|"
            r"page with no menus for printing purposes only|printable view|view printer-friendly version\b.*|"
            r"from wikinews,? the free news source you can write!?|views\s*:\s*\d+\s+pages\s*:\s*\d+|"
            r"diversity statement|reader rewards|contributor terms|terms of advertising|our publications|"
            r"you can find this story in my bookmarks\b.*|vol\.? \d+\s*•.*\bissue \d+\b.*|"
            r"this page contains a flash digital edition\b.*|link to .{2,20} homepage"
            r")" + _END, max_words=40),
    # (session 25, a blind attack's unseen wordings) At the top: a report's byline named by its kind ("Match report by
    # Ann Lee, at Harbour Park"), an editor or author labelled in the site's language ("Editor: Huaxia", "Autor: N1 |
    # 15.03.2025"), a reading time put the other way round ("6 minutes reading time", "Estimated 3 minutes"), an
    # audio player's "Listen" and a view count ("👁 12.4K views").
    _family("byline", _LEAD + r"(?:"
            rf"(?:match|special|live|race|photo|fight|court) report by\s+{_NAMES}(?:,?\s+(?:at|in|from)\s+.{{2,60}})?|"
            r"(?:editors?|autor|autorin|auteur|autore|autora|redaktør|redaktor|redacción|redação)\s*:\s*(?-i:[A-Z])\S*(?:\s+\S+){0,7}"  # a name, not a transcript's sentence
            r")" + _END, Zone.HEAD, max_words=18),
    _family("reading_time", _LEAD + r"(?:"
            r"\d+\s*(?:min|mins|minutes?)\.?\s+(?:reading|read) time|estimated\s+\d+\s*(?:min|mins|minutes?)|"
            r"listen(?![.!?])|[\d.,]+\s*[km]?\s+views"  # "Listen." opens a column; "Approx. 4 minutes" alone is a recipe's time
            r")" + _END, Zone.HEAD, max_words=6),
    # (session 25) A reader's call to action after a short question or exclamation (a tip line's "get in touch" is with us,
    # not "with police"; a call to connect names the networks and nothing more; a poll's call to vote follows its question) ("Enjoyed this? Share it with a
    # friend ...", "Express yourself! Have your say in the comments below."), a tip line's prompt ending in a way to
    # reach the newsroom ("Do you have a tip? Contact our reporters securely via Signal at ...", "Know someone ...? Let
    # us know at news@..."), "Share your story with us", a poll's call to vote, a recipe page's buttons and rating.
    _family("share_widget", _LEAD + r"(?:"
            r"(?:[^.!?]{1,40}[?!]\s+)?share (?:it|this(?: (?:article|story|post|recipe|page))?) with (?:a friend|friends|your friends|"
            r"someone|a loved one)(?:\s+[^,;.]{1,60})?|share this (?:[\w'’\-]+ ){1,2}(?:report|review|recipe|interview|analysis|story|article|piece|"
            r"column|feature|guide|list|gallery)|(?:teilen|partager|compartir|condividi|compartilhar|udostępnij|sdílet|delen)"
            r"(?:\s+(?:via|op|auf|sur|en|su|na|em|no))?(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail))?"
            r")" + _END, max_words=20, spares=_REPORTED),
    _family("comments", _LEAD + r"(?:"
            r"[^.!?]{1,40}[?!]\s+have your say\b.*\bcomments?\b.*|leave a (?:review|rating)|"
            r"(?:be the first to )?(?:rate|review) this (?:recipe|article|story)|"
            r"[★⭐☆✩✭]{3,}\s*[\d.,]+ (?:from|out of|based on) [\d,]+ (?:votes|reviews|ratings)"
            r")" + _END, max_words=30, spares=_REPORTED),
    _family("promo", _LEAD + r"(?:"
            r"(?:[^.!?]{3,80}\?\s+)(?:let us know|contact (?:us|our (?:reporters?|newsroom|team|journalists))|e-?mail us|"
            r"get in touch(?! with (?!us\b))|write to us|send (?:it|them) to us|tell us)\b.*(?:@|\bsignal\b|\bwhatsapp\b|\+?\d[\d ]{6,}).*|"
            r"share your (?:story|stories|news|photos|pictures|tips?) with us|connect (?:with (?:him|her|them|me) )?(?:via|on) "
            r"(?:x|twitter|linkedin|bluesky|threads|e-?mail)\b(?:\s*(?:,|or|and|&)\s*(?:x|twitter|linkedin|bluesky|threads|e-?mail|"
            r"instagram|facebook|mastodon)\b)*(?:\s*(?:at|:)?\s*[@\w.:/\-]+)?|poll\s*:.{5,160}(?:[?!.:]|\s[-–—|])\s*vote(?: now| here| below)?|"
            r"buy (?:the|this) book(?: here| now)?|jump to (?:the )?(?:recipe|video|review)|"
            r"(?:did you (?:make|try|cook|bake) this(?: recipe)?\?\s*)?tag @[\w.]+ on (?:instagram|tiktok|x|twitter|threads)\b.*|"
            r"(?:suscr[ií]bete|abonnez-vous|abonnieren sie|iscriviti|inscreva-se|assine)\b.{0,40}\b(?:newsletter|bolet[ií]n|"
            r"lettre d'information|infolettre)\b.*"
            r")" + _END, max_words=40, spares=_REPORTED),
    # (session 25) A short notice that opens with the copyright sign, whoever it names ("© dpa-infocom, dpa:250512-99-1/3";
    # "© is not a shield, the tribunal wrote" is a sentence), and
    # the French reservation of rights in full; a row of the site's languages ("🇩🇪 Deutsch | 🇫🇷 Français"), a
    # collapsed text's toggle ("More Less"), a package's and a section's links at the end ("Articles in this story",
    # "More reviews"), a picture's placeholder word ("FOTO"), a blog platform's follower count under the author.
    _family("copyright", r"^[\s(\[]*(?:©|ⓒ)\s*(?!(?:is|was|are|were|and|or|the|an?|in|on|for)\b)[\w.\-:/]+(?:[,\s]+[\w.\-:/&]+){0,5}\.?$|"
            + _LEAD + r"(?:"
            r"tous droits de reproduction(?: et de (?:représentation|diffusion))? réservés|"
            r"droits de reproduction et de diffusion réservés"
            r")" + _END, max_words=20),
    _family("navigation", _LEAD + r"(?:"
            # split by bars, dots or slashes: "English, Cymraeg" with a comma is a list of the story's
            rf"(?:[{_PICTOGRAPH}]+\s*)?{_LANGUAGE_NAME}(?:\s*[|·•/]\s*(?:[{_PICTOGRAPH}]+\s*)?{_LANGUAGE_NAME})+|"
            r"(?:show |read |see )?more\s*[/|]?\s*(?:show |read |see )?less|"
            r"(?:articles|stories|more) in this (?:story|series|package|collection|special)"
            r")" + _END, max_words=14),
    _family("cross_link", _LEAD + r"(?:"
            r"more (?:reviews|recipes|interviews|columns|obituaries|letters|podcasts|galleries)"
            r")" + _END, Zone.TAIL, max_words=3),
    _family("caption", _LEAD + r"(?:"
            r"(?:photos?|fotos?|videos?|pictures?|gallery|galerie|fotogalerie|mynd|kuva|zdjęcie|zdjęcia)|"
            r"(?:mynd|kuva|zdjęcie|slika|fotka)\s*:\s*\S.{1,80}"
            r")" + _END, max_words=12),
    _family("author_contact", _LEAD + r"(?:"
            r"[\d.,]+\s*[km]?\s+followers(?:\s+on\s+[\w.]+)?(?:\s*[·•|]\s*.*)?"  # not "40,000 followers of the church gathered ..."
            r")" + _END, Zone.TAIL, max_words=20),
    # (session 25, second round) A block of links opened in other words ("On the same topic", "Sur le même sujet", "Pour
    # aller plus loin", "Explore more ocean stories"), a comment section's disclaimer in other words ("Conversations are
    # opinions of our readers ..."), a rating prompt ("Did you like this content? Rate it!"), a page's newsletters link,
    # a newsroom's standards link at the end, an e-mail address under the byline.
    _family("recirculation_block", _LEAD + r"(?:"
            r"on the same (?:topic|subject)|sur le même (?:sujet|thème)|pour aller plus loin|à (?:voir|lire) (?:aussi|également)|"
            r"explore more(?: [\w'’\-]+){0,2} (?:stories|news|articles|coverage)|zum gleichen thema|sullo stesso (?:tema|argomento)|"
            r"sobre el mismo tema"
            r")" + _END, max_words=8, effect=Effect.OPEN_BLOCK),
    _family("comments", _LEAD + r"(?:"
            r"(?:conversations|comments|posts|discussions|replies) (?:are|reflect|represent) (?:the )?opinions of (?:our|the|its) readers\b(?!\s+(?:who|that|which)\b).*|"
            r"(?:[^.!?]{1,50}\?\s+)?rate (?:it|this(?: (?:article|story|content|post|page))?)!?"
            r")" + _END, max_words=40, spares=_REPORTED),
    _family("promo", _LEAD + r"(?:"
            r"(?:check out|see|browse|explore) (?:all )?(?:of )?(?:our )?(?:newsletters|podcasts)"
            r")" + _END, max_words=8, spares=_REPORTED),
    _family("legal_notice", _LEAD + r"(?:"
            r"(?:journalistic|editorial) (?:standards|principles|guidelines|policies|code)"
            r")" + _END, Zone.TAIL, max_words=4, spares=_REPORTED),
    _family("byline", r"^\W*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\W*$", Zone.HEAD, max_words=1),
    # (session 25, third round) A reading time with an "about" before it ("⏳ Approx. 4 minutes to read"), a newsletter's
    # blurb that ends in the call to subscribe ("Newsletter ✉️ Receive the most important news every morning.
    # Subscribe!"), a bug-report link, a machine translation's note, a question to readers answered with an address
    # ("Got a consumer problem? Email help@..."), a comment count of none.
    _family("reading_time", _LEAD + r"(?:"
            r"(?:approx\.?|approximately|about|around|roughly|~)\s*\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)\.?\s+(?:to read|read|reading)"
            r")" + _END, max_words=8),
    _family("promo", _LEAD + r"(?:"
            r"(?=.*\b(?:newsletters?|inbox|briefing|digest)\b).{2,160}(?:[.!?:]|\s[-–—|]|[{_PICTOGRAPH}])\s*(?:subscribe|sign up|register|join)"
            r"(?: now| here| today| for free| free)?!?".replace("{_PICTOGRAPH}", _PICTOGRAPH) +
            r")" + _END, max_words=40, spares=_REPORTED),
    _family("legal_notice", _LEAD + r"(?:"
            r"report (?:a|an) (?:bug|error|mistake|typo|problem|issue|inaccuracy)(?: (?:in|with|on) this (?:article|story|page|post))?|"
            # about this text, no clause after a comma ("The report was machine translated into 24 languages, ..." is a story's)
            r"(?:this (?:article|story|text|report|page|post)|the (?:article|story|text)) (?:was|has been|is) (?:automatically|machine|ai|auto)[- ]?translated\b[^,;]*|"
            r"(?:automatically|machine|auto)[- ]translated (?:from|by)\b[^,;]*"
            r")" + _END, max_words=30, spares=_REPORTED),
    _family("promo", _LEAD + r"(?:"
            r"[^.!?]{3,80}\?\s+(?:e-?mail|write to|contact|message)\s+(?:us\s+(?:at|on)\s+)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
            r")" + _END, max_words=30, spares=_REPORTED),
    # (session 25, fourth round) A row of social calls ("Like, comment and share! ❤️"), "Hit Like on our Facebook page ...",
    # an author's sign-off with a handle and no date at the end ("-- Leo Brandt (@leobrandt)"; an embedded post's
    # attribution has its date: "— Ann Lee (@annlee) May 3, 2024" is the story's).
    _family("share_widget", _LEAD + r"(?:"
            r"(?:like|comment|share|subscribe|follow|repost|retweet)(?:\s*(?:,|and|&|\+)\s*(?:like|comment|share|subscribe|follow|repost|retweet))+"
            r")" + _END, max_words=8, spares=_REPORTED),
    _family("promo", _LEAD + r"(?:"
            # on our page: "Click like on a single Facebook page and the adverts start" is a story's
            r"(?:hit|click|tap|smash|give us a) (?:the )?like\b(?:.{0,40}\b(?:our|us)\b.{0,40}\b(?:facebook|page|instagram|youtube)\b|"
            r".{0,40}\b(?:facebook|page|instagram|youtube)\b.{0,40}\b(?:our|us)\b).*|give us a like\b.{0,40}\b(?:facebook|page|instagram|youtube)\b.*"
            r")" + _END, max_words=25, spares=_REPORTED),
    _family("author_contact", rf"^\s*[-–—]{{1,2}}\s*{_PERSON}\s*\(@\w{{2,30}}\)\s*$", Zone.TAIL, max_words=6),
    # (session 25, fifth round) A section's link block at the end ("More football" over headlines), a label and a web
    # address at the end ("Tickets: orvikunited.example/tickets"), a guidance-only disclaimer in other words.
    _family("recirculation_block", _LEAD + r"(?:"
            r"more (?:sport|football|soccer|cricket|rugby|tennis|golf|motorsport|f1|business|politics|money|travel|culture|"
            r"entertainment|tech|technology|health|science|opinion|world news|local news)"
            r")" + _END, Zone.TAIL, max_words=4, effect=Effect.OPEN_BLOCK),
    # a citation's label before an address is the story's source, not a link out ("Source: ons.example/...")
    _family("bare_url", r"^(?!(?:sources?|data|study|paper|report|full report|the report|petition|consultation|"
            r"documents?|judgment|ruling|evidence|survey|research|reference|references|citation)\s*:)(?-i:[A-Z])[\w'’ ]{1,30}:\s*(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/[\w\-./?=&%#]*$", Zone.TAIL, max_words=6),
    _family("legal_notice", _LEAD + r"(?:"
            r"(?:the )?(?:information|content|material)s? (?:in|on|contained in) this (?:article|page|site|website|story) (?:is|are) "
            r"(?:provided |intended )?(?:for|as) (?:general )?(?:guidance|information(?:al)?(?: purposes)?)(?: only)?\b.*|"
            # the disclaimer's subject is the page's text ("This is not ...", "The content above is not ..."), not a story's
            r"(?:(?:disclaimer|please note|note|important)\s*:?\s*)?(?:this|it|the above|nothing (?:here|in|on) (?:this|our) [\w\-]+|"
            r"(?:the|this|our) (?:[\w\-]+ ){0,2}(?:article|story|post|page|content|video|newsletter|information|material|column|blog|"
            r"site|website|podcast)(?: (?:above|below|(?:in|on|of) this [\w\-]+))?)(?: is (?:provided |intended )?(?:for|as) [\w ]{4,40}? only,? and)?"
            r" is not (?:intended as |to be taken as )?"
            r"(?:financial|investment|legal|medical|tax) advice\.?"
            r")" + _END, Zone.TAIL, max_words=45, spares=_REPORTED),
    # Furniture in other languages than English (a site's labels in its own words): share labels and rows, newsletter
    # and channel prompts, reservations of rights, bylines and datelines at the top.
    _family("share_widget", _LEAD + rf"(?:(?:{_SHARE_LABEL})(?:\s+(?:su|auf|sur|en|в|у|no|na))?{_SHARE_ROW}?\s*){{1,6}}" + _END, max_words=14),
    _family("promo", _LEAD + rf"(?:{_NEWSLETTER_PROMPT})$", max_words=25),
    # (a sentence about rights goes on in words: "Все права защищены законом, напомнил юрист")
    _family("copyright", rf"^[\s(\[]*(?:(?:©|copyright)[^.]{{0,60}}?[.,]?\s*|[^.]{{0,60}}[.,]\s+)?(?:{_RIGHTS_RESERVED})"
            rf"(?:\s*[^.,;:!?]{{0,50}}?(?:©|(?:19|20)\d\d)[^.,;:!?]{{0,50}}|\s+ל[^.,;:!?]{{1,50}})?[.。]?$", max_words=16),
    _family("byline", _LEAD + rf"(?:{_BY_WORD})\s*[:：]?\s*[\w.'’\-]+(?:\s+[\w.'’\-]+){{0,3}}$", Zone.HEAD, max_words=6),
    _family("byline", _LEAD + rf"(?:{_NEWSROOM_LABEL})\W*$", Zone.HEAD, max_words=3),
    _family("timestamp", rf"^\W*(?:{_OTHER_DATE})(?:\s*(?:,|-|–|—|·|\|)?\s*\d{{1,2}}[:.]\d\d(?:\s*\w{{1,5}})?)?\W*$", Zone.HEAD,
            max_words=8),
    # Another story's headline behind a pointer ("► Bin collections to move to every three weeks"): five words
    # or more, no stop. Last, so a pointer before a promo or a notice leaves the line to that line's family.
    _family("cross_link", r"^\s*[►▶➤»]\s*(?-i:[A-Z\"“‘'])(?=(?:\S+\s+){4})[^.!?:;\n]{15,160}(?<![.!?:;,])$", max_words=25),
)

SCRAPER_MARKER = re.compile(r"^source\s+(?P<site>site-\d{1,6})[.…]*$", re.IGNORECASE)

# The form a line is matched in: invisible characters dropped, typographic variants of the
# apostrophe, colon and bar folded ("DON’T MISS：" is "DON'T MISS:"). The line itself is kept as written.
_MATCHING_FORM = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f"), None),
                  **{ord(mark): "'" for mark in "’‘`´ʼ"}, ord("："): ":", ord("｜"): "|",
                  **dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u202f"), " "),
                  # letters dressed up: "𝐁𝐮𝐲 𝐍𝐨𝐰" (mathematical bold, italic, sans-serif ...) and full-width "ＲＥＡＤ" as the letters they show
                  **{code: unicodedata.normalize("NFKC", chr(code)) for code in (*range(0x1D400, 0x1D800), *range(0xFF01, 0xFF5F))}}


# Markdown around a whole line ("## Advertisement", "**Read more: ...**", "_Related_"): matched without it.
_MARKDOWN_WRAPPING = re.compile(r"^(?:#{1,6}\s+)?(?P<mark>\*\*|__|\*|_)?(?P<inner>(?(mark)\S.*?\S|.*?)|\S)(?(mark)(?P=mark))$")


# A run of decoration longer than this is matched as its first characters: the patterns' optional runs of dashes,
# bullets and brackets, one after the other, could split a long run between them in every way (a line of
# 8,000 dashes took 51 s in one family, one of 20,000 "[" 2 s in another, growing with the square of the run).
_RUN_CHARACTERS = rf"[\[(•*·▪►▸▶➤→⇒☞✔◆■●>»›\-–—|_~…+.{_PICTOGRAPH}]"  # what the patterns' leads and prefixes take
_DECORATION_RUN = re.compile(rf"({_RUN_CHARACTERS}{{8}}){_RUN_CHARACTERS}+")
_SHORT_LINE = 120  # (shorter lines cost little whatever they hold: not looked at for runs)


def matching_form(line: str) -> str:
    if not line.isascii() or "`" in line:  # (most lines are plain ASCII: nothing to fold)
        line = line.translate(_MATCHING_FORM)
    if "  " in line:
        line = " ".join(line.split())
    if len(line) > _SHORT_LINE and _DECORATION_RUN.search(line):
        line = _DECORATION_RUN.sub(r"\1", line)
    if line[:1] not in ("#", "*", "_"):
        return line
    unwrapped = _MARKDOWN_WRAPPING.match(line)
    return unwrapped.group("inner") if unwrapped else line


# Decoration a site or a scraper puts around a line of furniture: bullets, arrows, ellipses and emoji in front, arrows,
# ellipses and emoji after, brackets, asterisks or underscores around ("➤ **[Sponsored]** >>", "(photo: AP)…").
# A whole line in brackets is looked at inside them too: an editorial note is kept, a bracketed ad, credit or link is not.
_DECORATION_FRONT = re.compile(rf"^(?:[\s•*·▪►▸▶➤→⇒☞✔◆■●>»›\-–—|_~{_PICTOGRAPH}]|\+(?=\s)|…|\.{{2,}})+")  # "... [Read More]"
_DECORATION_BACK = re.compile(rf"(?:[\s>»›▸▹→⇒\-–—|*_~{_PICTOGRAPH}]|…|\.\.\.)+$")
_WRAPPING_PAIRS = (("[", "]"), ("(", ")"), ("**", "**"), ("*", "*"), ("_", "_"), ("__", "__"))


_PLAIN_END = frozenset(".!?\"')”’:;,")


def undecorated(form: str) -> str | None:
    """The line without its decoration, or None when it has none (see ``_DECORATION_FRONT``)."""
    if form[:1].isalnum() and (form[-1:].isalnum() or form[-1:] in _PLAIN_END):
        return None  # most lines: a sentence or a plain label (the families see those as they are)
    line = form
    for _ in range(3):
        stripped = _DECORATION_BACK.sub("", _DECORATION_FRONT.sub("", line))
        if stripped.endswith((").", "].")):
            stripped = stripped[:-1]  # "(Photo: AP)."
        for opening, closing in _WRAPPING_PAIRS:
            if stripped.startswith(opening) and stripped.endswith(closing) and len(stripped) > len(opening) + len(closing):
                stripped = stripped[len(opening):-len(closing)].strip()
                break
        if stripped == line:
            break
        line = stripped
    line = _BRACKETED_LABEL.sub(r"\g<label>: ", line)  # "[Tags] Smog, Schools" is "Tags: Smog, Schools"
    return line if line and line != form else None


def unbulleted(form: str) -> str | None:
    """A line in brackets behind a bullet, an arrow or an emoji ("* (ap photo/ann lee)") without them, or None."""
    line = _DECORATION_FRONT.sub("", form).rstrip()
    wrapped = line[:1] in "([" and line[-1:] in ")]"
    return line if wrapped and line != form else None


_BRACKETED_LABEL = re.compile(r"^\[\s*(?P<label>[^\W\d][\w'’ ]{1,24}?)\s*\]\s+(?=\S)")

MAX_FAMILY_WORDS = max(family.max_words for family in BOILERPLATE_FAMILIES)
# The families whose lines a scrape may carry above the headline ("Skip to main content", "Menu", "Advertisement"):
# taken out there too, and the headline is the first line after them.
FURNITURE_ABOVE_HEADLINES = frozenset({"navigation", "advertisement"})
# A longer line is never furniture (the longest seen in 26,728 removed lines of 7,200 pool articles, an ad
# server's URL, has 622 characters), and is never matched: a few of the patterns cost the square of its length.
MAX_FAMILY_CHARS = 1_000
# the families a line may match, by the fixed texts their patterns need (bit i: BOILERPLATE_FAMILIES[i])
# (made when the first line is cleaned, or by ``prepare_families``)
FAMILY_GATE = LazyGate(family.pattern for family in BOILERPLATE_FAMILIES)


def prepare_families(cache_folder: Path | None, compile_all: bool) -> None:
    """Before cleaning: make the families' gate (from the requirements kept in ``cache_folder``), and with
    ``compile_all`` compile every family now, as a build does before forking workers that share them."""
    FAMILY_GATE.prepare(cache_folder)
    if compile_all:
        for family in BOILERPLATE_FAMILIES:
            for pattern in (family.pattern, family.spares, *(family.split or ())):
                if pattern is not None:
                    pattern.compile()

# A site's label given in its own language and in English, split by a slash ("Sdílet / Share", "Pročitajte još: / Read
# more:", "Ostavite komentar / Leave a comment"): furniture when one half is a family's and the other half is as short.
TRANSLATED_LABEL = re.compile(r"^(?P<first>[^/]{2,80}?\S)\s+/\s+(?P<second>\S[^/]{1,120})$")
MAX_TRANSLATED_LABEL_HALF_WORDS = 8
# A network's or a picture's name is the same word in every language: a half that is only that is no translated
# label's ("Twitter / X", "Print / online", "Music / Video" are the story's).
NAME_IN_EVERY_LANGUAGE = re.compile(r"^\W*(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|telegram|instagram|"
                                    r"youtube|tiktok|snapchat|threads|bluesky|mastodon|e-?mail|sms|print|online|"
                                    rf"{_PICTURE}|audio|podcasts?)\W*$", re.IGNORECASE)

# Items joined on one line by a bar or a dot ("Print this story | Email to a friend"): furniture when each is.
JOINED_ITEMS = re.compile(r"\s+[|·•]\s+")

# Shapes used by context rules in the cleaner.
# A live page's entry stamp ("Updated 13:05"): the story's when a page has several.
AUTHOR_LINE = re.compile(r"^\W*by\s+(?-i:[A-Z])[\w.'’\-]+(?:\s+(?:and|&|(?-i:[A-Z])[\w.'’\-]+)){1,5}\W*$", re.IGNORECASE)  # "By Ann Lee"
ENTRY_STAMP = re.compile(r"^\W*(?:updated|posted|added)\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]t))?\W*$",
                         re.IGNORECASE)
# A numbered or dated item of a list ("3) Ferry fares", "2015 - Dunmore elected").
NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,4})\s*(?:[.):]|\s[-–—])\s+\S")
# A fact: "Label: value" where the value opens with a figure ("Price: £299", "Standard: £11.99, up from £10.99",
# "Entry: about £4"): data, no headline ("Water crisis: Flats told to cut use by 20%" is a headline).
FACT_LINE = re.compile(r"^[A-Z][\w'’ \-]{0,30}:\s+(?:(?:about|around|from|up to|over|under|only|just)\s+)?[$£€¥₹]?\d", re.IGNORECASE)
BARE_TIME = re.compile(r"^\W*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[:.]\d\d)\W*$", re.IGNORECASE)  # "8pm", "09:12"
ADDRESSES_THE_READER = re.compile(r"\b(?:us|our|we|your|my)\b", re.IGNORECASE)  # "Advertise with us" is no subheading
HEADLINE_SHAPE = re.compile(r"^[\s•*·▪►▸▶➤→⇒»›|\-–—]*[\"“‘'(\[]?[\w¿¡].{1,160}$")
PICTOGRAPH_LEAD = re.compile(rf"^[\s{_PICTOGRAPH}]+")  # "📰 ", "👉 " before a block's later headlines
SENTENCE_END = re.compile(r"(?:[!:;]|(?<!\.)\.)['\"”’)\]]*$")  # "..." ends a cut headline, not a sentence
QUESTION_END = re.compile(r"\?['\"”’)\]]*$")  # a question's end ("... read them?”")
# A result line ("Leinster 24 Munster 17", "Orvik 2-1 Harlow"): the story's score, never a second headline.
SCORE_LINE = re.compile(r"^(?:(?-i:[A-Z])[\w'.\-]*\s+){1,4}\d{1,3}(?:\s*[\-–—,]?\s*(?:(?-i:[A-Z])[\w'.\-]*\s+){1,4}\d{1,3}|"
                        r"\s*[\-–—:]\s*\d{1,3}(?:\s+(?-i:[A-Z])[\w'.\-]*){1,4})$")
MAX_HEADLINE_WORDS = 18
# A publication's name a scraper's page title keeps after the headline ("Ferry terminal approved - Northwire News",
# "... | Calder Post", "... — example.com"): after a bar, any short run of capitalised words or a web address; after a
# dash, only a name ending in a word of newspaper titles or a web address ("Budget talks - Day Two" keeps its day).
# The endings of a web address a page title names its site by ("ostvik-daily.co.uk", "Ostvik.news"; not "Node.js").
WEB_DOMAINS = ("com", "net", "org", "info", "biz", "news", "io", "co.uk", "org.uk", "uk", "ie", "ca", "com.au", "au",
               "co.nz", "nz", "in", "co.in", "co.za", "za", "com.ng", "ng", "co.ke", "ke", "com.sg", "sg", "com.my",
               "my", "com.ph", "ph", "com.pk", "pk", "eu", "us", "de", "fr", "nl", "ch", "it", "es")
WEB_ADDRESS = (r"[\w-]+(?:\.[\w-]+)*\.(?i:"
               + "|".join(re.escape(domain) for domain in sorted(WEB_DOMAINS, key=len, reverse=True)) + ")")
HEADLINE_SITE_NAME = re.compile(
    r"^(?P<headline>.*?\S)\s+(?:(?P<bar>[|｜•]|::)|[-–—])\s+"
    rf"(?P<name>(?:[A-Z0-9][\w'’.&]*\s+){{0,4}}[A-Z0-9][\w'’.&]*|{WEB_ADDRESS})$")
HEADLINE_WEB_ADDRESS = re.compile(WEB_ADDRESS)
# A name after the headline is a publication's when it is a web address, ends in one of these words ("Northwire
# News", "Calder Herald") or is one of the words below after an opener ("The Times", "Daily Mail", "Evening
# Standard"): alone, those are words of headlines ("World Record", "Royal Mail", "Free Press", "Euro 7 Standard").
# After a bar, any name goes from the headline, but only a publication's becomes the story's source ("| Politics" is
# a section).
PUBLICATION_TITLE_WORDS = frozenset({
    "news", "daily", "herald", "gazette", "journal", "tribune", "chronicle", "courier", "telegraph", "sentinel",
    "examiner", "inquirer", "dispatch", "bulletin", "argus", "reuters", "afp", "ap", "bbc", "cnn",
})
PUBLICATION_NAME_OPENERS = frozenset({"the", "daily", "evening", "morning", "sunday", "weekly"})
PUBLICATION_TITLE_WORDS_AFTER_AN_OPENER = frozenset({
    "times", "post", "mail", "express", "guardian", "observer", "standard", "mirror", "record", "press", "wire",
    "today", "echo", "star", "sun", "independent", "globe", "citizen", "nation", "register", "online",
})
MIN_WORDS_BEFORE_A_SITE_NAME = 3
# A saved page's <title> after its own headline may name a section or a label of the page, not the publication
# ("… | Coast", "… - Opinion", "… | Page 2", "… – Live Updates"): a name made only of these words (and numbers) is
# none; "HGZ News" or "Calder Post" is one.
PAGE_LABEL_WORDS = frozenset({
    "news", "latest", "breaking", "local", "national", "world", "international", "home", "front", "page", "part",
    "politics", "business", "money", "economy", "sport", "sports", "football", "opinion", "opinions", "comment",
    "analysis", "editorial", "live", "updates", "update", "updated", "video", "videos", "photos", "pictures",
    "gallery", "exclusive", "feature", "features", "culture", "arts", "entertainment", "lifestyle", "travel",
    "health", "science", "technology", "tech", "weather", "coast", "region", "regional", "uk", "us", "europe",
    "article", "story", "stories", "blog", "podcast", "podcasts", "interview", "review", "reviews", "explainer",
})
# The separator between a page title's headline, sections and publication ("… | Coast | Calder Post", "… – HGZ").
PAGE_TITLE_SEPARATOR = re.compile(r"\s+(?:[|｜•]|::|[-–—])\s+")
# A label and a list of four or more ("Subs: Ray, Obi, Lund, Carr"): a team sheet or a cast, never another story's headline.
LIST_LINE = re.compile(r"^(?-i:[A-Z])[\w'’ ]{0,20}:\s*[^,:]{2,40}(?:,\s*[^,:]{2,40}){3,}\.?$")
# A quotation in a line ("The banner read: "Donate today.""): furniture the story quotes when the family's words are all in it.
QUOTATION = re.compile(r"[\"“][^\"“”\n]{3,}[\"”]")
MIN_WORDS_AROUND_A_QUOTE = 3
# A line that is one quotation, whole ('"Did you see anything? Please call us on 101."', a detective's appeal): someone's
# words the story reports, written as sentences, a full stop, question mark or comma closing them inside the quotation
# marks or after them. A page's promo in quotation marks is a slogan that no mark closes ('"Subscribe for £1 a week"').
ONE_QUOTATION = re.compile(r"^[\"“](?=(?:[^\"“”]*\s){4})[^\"“”]+(?:[.!?…,][\"”]|[\"”][.!?,])$")
# A line that is one quotation no mark closes ('"Subscribe for £1 a week"'): a slogan, the words inside it judged as a
# line of their own (a quoted call to action inside a sentence is the story's: _REPORTED).
QUOTED_SLOGAN = re.compile(r"^[\"“](?P<words>[^\"“”]*[^\"“”\s.!?…,])[\"”]$")
# A question in the reader's own voice with its answer after it ("Where can I complain? Email the ombudsman at ...",
# "Do I need a new passport? Check the date on ..."): a consumer story's question and answer. A page asks its reader
# ("Got a story? Email us ...", "Have you been affected?"), and its "Why am I seeing this ad?" has no answer.
ASKED_IN_THE_READER_S_VOICE = re.compile(r"^\W*(?:[\w'’]+\s+){0,6}?(?:can|could|do|does|did|should|shall|am|will|must|may|"
                                         r"would|have)\s+(?-i:I)\b[^?]{0,80}\?\s+\w", re.IGNORECASE)
# A sentence that opens by referring back to the story ("Its stories are published under a Creative Commons licence,
# which ..."): furniture never starts so.
REFERS_BACK = re.compile(r"^(?-i:Its|Their)\s+\w+(?:\s+\S+){8,}$")
# A line of figures ("New Zealand 179 (Phillips 71) and 111/3"): a scorecard or a table row, never another story's headline.
FIGURE = re.compile(r"\d+(?:[.,:/\-]\d+)*")
MIN_FIGURES_IN_A_DATA_LINE = 4
# A line opening with a label in capitals and a colon: a transcript's speaker ("HOST: When?"), a team sheet's "SUBS:".
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z .'’\-]{0,30}:\s")
MIN_PROSE_WORDS = 12

# A bare author name as a line of its own ("Priya Raman"): a byline only when it stands
# next to a byline or timestamp line at the top (a name alone elsewhere is content).
_CAPITAL = "(?-i:[A-ZА-ЯЁІЇЄҐ])"  # a name's first letter, in the Latin or Cyrillic alphabet ("Олена Кравчук")
BARE_NAME = re.compile(rf"^{_CAPITAL}[\w.'’\-]+(?:\s+(?:{_CAPITAL}[\w.'’\-]+|{_CONNECT})){{1,3}}$")
# A line about a person at the end ("Dr Hannah Keller is a senior lecturer in transport planning at ...", "Daniel Okoye
# is a critic and translator."): the author's bio when the person is the one the byline at the top names.
# What the news says of a person, not a bio ("Tom Price is expected to ...", "... is her deputy", "... was among the
# residents evacuated"): a bio says what the person is or was ("is a critic", "was previously an editor").
# ... nor "is standing again", "is stepping down": what someone is doing now is news, unless it is the trade a bio
# describes going on ("is writing a book on ...", "is working on", "is studying for a doctorate").
# Nor is a work in progress news: any "-ing" with a work for its object ("is presenting a new series on ...", "is
# finishing her second novel", "is making a documentary about ...").
_WORK_IN_PROGRESS = (r"(?:books?|novels?|memoirs?|biograph(?:y|ies)|histor(?:y|ies)|stud(?:y|ies)|thesis|series|"
                     r"documentar(?:y|ies)|films?|podcasts?|plays?|albums?|collections?|guides?)")
_TRADE_GOING_ON = (r"(?:(?:writing|working|studying|researching|completing|reporting|covering|editing|teaching|developing)\b|"
                   rf"[a-z]{{2,}}ing\s+(?:a|an|his|her|their)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK_IN_PROGRESS}\b)")
_NEWS_OF_A_PERSON = (r"(?:expected|due|set|accused|charged|alleged|said|believed|thought|understood|survived|among|one of|her|"
                     rf"his|their|(?!{_TRADE_GOING_ON})[a-z]{{2,}}ing)\b")
PERSON_DESCRIBED = re.compile(rf"^(?:(?:dr|prof|professor|sir|dame|rev|mr|mrs|ms)\.?\s+)?(?P<name>(?-i:[A-Z])[\w.'’\-]+"
                              rf"(?:\s+(?:(?-i:[A-Z])[\w.'’\-]+|{_CONNECT})){{1,3}})\s+(?:is(?!\s+{_NEWS_OF_A_PERSON})|"
                              r"was(?=\s+(?:a|an|the|formerly|previously|once|until|born|for)\b)|has been|writes|covers|reports|teaches)\s",
                              re.IGNORECASE)
MAX_AUTHOR_BIO_WORDS = 45
# What stands before "by" in a credit ("Photo by", "Words and pictures by", "| by"): "led by Oskar Lindqvist" in a
# caption names someone in the picture, not its author.
CREDIT_BEFORE_BY = (r"(?:^|[|/·•,;:(\[\-–—]|\b(?:words|text|story|report|reporting|review(?:ed)?|written|interview(?:ed)?|"
                    r"edited|compiled|produced|photos?|photographs?|photography|pictures?|images?|illustrations?|video|"
                    r"graphics?|and))")
NEWSROOM_WORDS = r"(?:staff|reporters?|newsroom|desk|team|writers?|journalists?|correspondents?)\b"
# A page's section above its byline ("Science", "Culture | Long read", "World · Europe", "🌊 Ocean"): up to four words,
# capitalised, no sentence's ending; not in capitals throughout ("WASHINGTON" over a byline is a dateline); no question
# word opening a phrase or verb ("Why the ferry is late", "What went wrong" are short standfirsts; "What's on" is a
# section), nor a word that says how things stand, which a
# section's name never holds ("Still no ferry", "Fares up again", "Not this winter": a standfirst without a verb).
SECTION_LABEL = re.compile(rf"^(?=.*(?-i:[a-z]))(?!(?:why|how|what|who|when|where|which)\s)"
                           rf"(?!.*\b(?:is|are|was|were|has|have|had|will|can|could|would|should|did|does|do|may|must)\b)"
                           rf"(?!.*\b(?:no|not|never|still|yet|again|nor|than|anymore)\b)(?:[{_PICTOGRAPH}]+\s*)?(?-i:[A-Z])[\w&'’\-]*(?: (?:[|·•/>›»]|[\w&'’\-]+)){{0,4}}$", re.IGNORECASE)
BYLINE_NEIGHBOURS = frozenset({"byline", "timestamp", "reading_time"})
# A label as a subheading sets it ("Photos", "Twitter / X", "Share your photos with us"): a capital first, then words
# (a slash or an ampersand between them), no mark around them or at the end.
PLAIN_LABEL = re.compile(r"^(?-i:[A-Z])[\w'’\-]*(?:(?: [/&])? [\w'’\-]+)*$")
# Words of a label that name nothing a paragraph could take up ("Share your photos with us": "photos" does).
WORDS_THAT_NAME_NOTHING = frozenset({
    "with", "your", "yours", "this", "that", "these", "those", "from", "here", "there", "more", "most", "about", "into",
    "what", "when", "where", "which", "their", "them", "they", "will", "have", "been", "were", "than", "then", "also",
    "only", "just", "some", "other", "over", "after", "before", "under", "each", "every", "today", "now", "click", "please",
    # ... nor what a link's label says of the link ("Read more: ...", "Full story: ...", "Visit our website: ...")
    "read", "full", "story", "article", "link", "visit", "website", "site", "page", "original", "originally",
    "continue", "view", "watch", "listen", "source",
})
# A paragraph that points back at the line above it as words on a page or a screen ("That single button, the
# councillor said, ...", "Those four words, printed under the picture, ...", "Thousands had followed that
# instruction"): the line above is furniture the story quotes, set on a line of its own. A noun for what someone says
# or offers ("that warning", "this message", "those notes of caution", "that offer") points back at the paragraph
# above as often, so it names words set apart only when the paragraph says where they were shown ("That message,
# shown on every page of the site, ...").
_POINTER = r"^(?:\S+\s+){0,10}?(?:that|those|this|these)\s+(?:[\w'’\-]+\s+){0,2}?"
_WORDS_AS_WORDS = (r"(?:words?|lines?|phrases?|buttons?|prompts?|instructions?|labels?|banners?|slogans?|captions?|"
                   r"credits?|taglines?|links?|boxes|box)")
_WHAT_IS_SAID = r"(?:messages?|signs?|notices?|headlines?|promises?|offers?|notes?|warnings?)"
_SHOWN = (r"(?:printed|written|displayed|shown|read|reads|appeared|appears|flashed|popped up|posted|pinned|painted|"
          r"on (?:the|a|an|every|each|its|their|her|his) (?:[\w'’\-]+ ){0,2}?(?:screens?|pages?|posters?|websites?|"
          r"sites?|banners?|doors?|windows?|packets?|apps?|phones?|emails?|leaflets?|signs?))")
POINTS_BACK_AT_WORDS = re.compile(
    rf"{_POINTER}(?:{_WORDS_AS_WORDS}\b|{_WHAT_IS_SAID}\b(?=[^.!?]{{0,80}}?\b{_SHOWN}\b))", re.IGNORECASE)
MAX_QUOTED_FURNITURE_WORDS = 12
# A participle's clause opening a paragraph, up to its comma ("Following the vote, ", "Commenting on the figures, ").
OPENING_PARTICIPLE_CLAUSE = re.compile(r"^(?-i:[A-Z])[a-z]+ing\b[^,.;:!?]{0,80},\s*")
# A short label and a web address after it, a line of its own ("Tickets: quayfolk.example/tickets").
LABELLED_ADDRESS = re.compile(r"^(?P<label>(?-i:[A-Z])[\w'’ ]{1,30}):\s*\S+$")
# A byline's parts: its names and the date after them ("By Ann Lee and Tom Ash, 3 May 2026 | 10:20").
BYLINE_BY = re.compile(r"^by:?\s+", re.IGNORECASE)
BYLINE_PARTS = re.compile(r"\s*(?:[,;|·•]|\s[-–—]\s|\band\b|&)\s*")

