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
from dataclasses import dataclass
from enum import Enum


class Zone(str, Enum):
    """Where in the article a family may match."""

    ANYWHERE = "anywhere"
    HEAD = "head"  # first lines after the headline (bylines, timestamps)
    TAIL = "tail"  # last lines (trailers, bios, markers)
    LAST_LINE = "last_line"


class Effect(str, Enum):
    """What a match does besides dropping the line."""

    DROP = "drop"
    OPEN_BLOCK = "open_block"  # also drop the run of headline-shaped lines after it
    TRUNCATE = "truncate"  # also flag the article as truncated (paywall)
    OPTIONAL = "optional"  # dropped only when CleanConfig.remove_agency_credits is on
    LEADING = "leading"  # only the first kept body line, when prose follows it


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    zone: Zone = Zone.ANYWHERE
    max_words: int = 40
    effect: Effect = Effect.DROP


def _family(name: str, regex: str, zone: Zone = Zone.ANYWHERE, max_words: int = 40,
            effect: Effect = Effect.DROP) -> Family:
    return Family(name, re.compile(regex, re.IGNORECASE), zone, max_words, effect)


# Building blocks of the patterns (plain strings, composed into the table below).
_LEAD = r"^[\s•*·▪►>»\-–—|]*"  # optional bullet or arrow before a marker
_END = r"[\s.:…!|»>\-–—]*$"  # optional trailing punctuation after a fixed phrase
_NETWORK = (r"(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|telegram|messenger|flipboard|"
            r"instagram|youtube|tiktok|snapchat|threads|bluesky|mastodon|e-?mail|sms|print|copy(?: link)?|"
            r"link copied|google\+?|vk|line|viber|pocket|mix|share|tweet|pin(?: it)?|save|gmail)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_TOKEN = (rf"(?:{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:[:/.\-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th|h)?|[ap]\.?m\.?|"
               r"[ecmpa][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|hkt|sgt|amt|z|at|on|the|of|de|am|um|"
               r"updated|published|original|posted|modified)")
_DATE_RUN = rf"(?:{_DATE_TOKEN}[\s,./|·•\-–—()]*)+"
_STAMP_WORD = (r"(?:updated|last updated|published|first published|originally published|original|posted|"
               r"modified|last modified|created|date|time|publicado|atualizado|actualizado|aktualisiert|"
               r"veröffentlicht|publié|mis à jour)")
_AGENCY = (r"(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|efe|ansa|xinhua|"
           r"upi|pa|press association|cnn(?: wire)?|staff|news desk|newsroom|wire services?)")
_CAPTION_SOURCE = (r"(?:getty(?: images)?|afp|reuters|ap|associated press|epa|shutterstock|alamy|pa(?: media| wire)?|"
                   r"rex|bloomberg|xinhua|istock(?:photo)?|corbis|nurphoto|anadolu|sipa|zuma|imago|dpa|"
                   r"wireimage|filmmagic|sopa images|lightrocket|the washington post|the new york times|"
                   r"handout|file|courtesy)")
_CONNECT = r"(?:and|&|de|da|di|del|van|von|der|den|la|le|bin|al|el|du|dos|y)"
_NAME = rf"(?:(?-i:[A-Z])[\w.'’\-]*|{_CONNECT})"
_NAMES = rf"{_NAME}(?:[\s,]+{_NAME}){{0,8}}"
_BYLINE_TAIL = (r"(?:\s*(?:[,|\-–—/•·]|\bin\b)\s*(?:(?-i:[A-Z0-9@])[^\n]*|(?:staff|senior|chief|political|"
                r"business|sports?|special|contributing|associated)\b[^\n]*|(?:updated|published|posted)\b[^\n]*))?")

BOILERPLATE_FAMILIES: tuple[Family, ...] = (
    # The scraper's trailing site id: "source site-64" (the id is returned as the article's source).
    _family("scraper_marker", r"^source\s+site-\d{1,6}$", Zone.LAST_LINE),
    # A marker followed by another article's headline: "• Read also: ...", "MORE: ...".
    _family("cross_link",
            _LEAD + r"(?:read (?:also|more|next|this)|also read|also see|see also|see more|more|related|"
            r"related (?:story|stories|article|articles|content|coverage|link|links|reading)|don'?t miss|"
            r"must read|recommended(?: reading)?|suggested(?: reading)?|more on (?:this|that)(?: story)?|"
            r"more from [^:]{1,40}|watch|watch more|listen|explore more|in (?:other|related) news|"
            r"editor'?s picks?|top stories|trending|popular|latest|leia (?:também|mais)|"
            r"veja (?:também|mais)|lea también|lire aussi|mehr zum thema|auch lesen)\s*(?::|>>|»|\|)\s*\S.*$",
            max_words=25),
    # An opener of a recirculation block; the cleaner drops the run of headlines after it too.
    _family("recirculation_block",
            _LEAD + r"(?:don'?t miss|read next|read more|related|related (?:coverage|articles?|stories|story|"
            r"content|links|posts|reading|news|topics|videos?)|more photos|more videos|most read|most popular|"
            r"most viewed|most shared|more from [\w .&'’-]{1,40}|more (?:stories|news|articles) from [\w .&'’-]{1,40}|"
            r"more (?:stories|news|articles|headlines|coverage|to explore)|trending(?: now| stories| news)?|"
            r"popular(?: now| stories| on [\w .&'’-]{1,40})?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"recommended(?: for you| stories| reading)?|top stories|latest (?:news|stories|headlines)|"
            r"editor'?s picks?|what to read next|further reading|see also|also (?:read|see)|"
            r"more on this (?:story|topic)|in other news|around the web|from (?:our|the) partners|"
            r"sponsored (?:stories|links|content)|promoted (?:stories|links|content)|"
            r"leia (?:também|mais)|veja também|mais lidas|lo más leído|à lire aussi|meistgelesen)" + _END,
            max_words=10, effect=Effect.OPEN_BLOCK),
    # Paywall and truncation notices: the archived story is incomplete.
    _family("paywall",
            r"^(?:to (?:view|read|continue reading|access) (?:the|this)? ?(?:full|rest of|entire)?\b.*"
            r"\b(?:subscribe|subscription|log ?in|sign in|register)\b.*|"
            r"(?:full )?(?:article|story|text|content)(?: extract)? (?:is )?(?:not|no longer|un)\s?available\b.*|"
            r".*\bto the (?:original )?source for the (?:full|complete|whole) (?:article|story|text)\b.*|(?:this|the) (?:full )?(?:article|story|content|piece|report) is "
            r"(?:only )?(?:(?:available|reserved|exclusive) )?(?:to|for) (?:[\w+'’.\-]+ ){0,4}(?:subscribers|members|premium)\b.*|"
            r"(?:subscribe|log ?in|sign in|register) (?:now )?to (?:continue reading|read (?:the|this) (?:full|rest|"
            r"entire)|unlock|keep reading)\b.*|you(?:'ve| have) (?:reached|used) (?:your|the)\b.*\b(?:limit|free "
            r"articles?)\b.*|(?:read|continue reading|see) the (?:full|rest of the|complete) (?:story|article)\b.*|"
            r"link to the source for the full (?:article|story)\b.*|(?:for )?subscribers only\b.*|"
            r"premium (?:content|article)|this (?:article|story) is (?:truncated|an excerpt)\b.*)$",
            max_words=40, effect=Effect.TRUNCATE),
    # Ad slots and "the article continues" placeholders.
    _family("advertisement",
            _LEAD + r"(?:[-–—\s]*)(?:advertisement|advertisements|advertising|advert|ad|ads|sponsored|"
            r"sponsored content|paid (?:content|post|partner content)|promoted(?: content)?|"
            r"(?:story|article|text|content) continues (?:below|after)(?: (?:the|this) )?(?: ?(?:advertisement|ad))?|"
            r"continue reading(?: the (?:main )?(?:story|article))?(?: below| after (?:the )?(?:advertisement|ad))?|"
            r"scroll (?:down )?to continue(?: (?:reading|with content))?|"
            r"this (?:advertisement|ad) (?:has not|hasn'?t) loaded yet.*|"
            r"(?:advertisement|ad)\s*[-–—:]\s*(?:scroll|continue|story continues)[\w\s]*|"
            r"report (?:this )?ad|skip ad|close ad|ad feedback|publicidade|publicidad|anzeige|publicité|"
            r"реклама|광고)" + _END,
            max_words=16),
    # Newsletter, subscription, app, listen/watch and follow promos (calls to action).
    _family("promo",
            _LEAD + r"(?:(?:click|tap|press) here\b.*|.*\b(?:by )?click(?:ing)? here|.*[.!?]\s+click here\b.*|"
            r"(?:sign up|signup|subscribe|register)\b.*\b(?:newsletter|e-?mails?|alerts?|updates|inbox|today|free|"
            r"now|here|our|premium|digest|briefing)\b.*|"
            r"(?:sign up|subscribe)(?: now| today| here)?|"
            r".*\bsign up\b.*\b(?:newsletter|inbox)\b.*|"
            r"subscribe (?:to|and|for|now|today)\b.*|support (?:our|independent|quality)\b.*journalism.*|"
            r"(?:get|download|install) (?:the|our)\b.*\bapps?\b.*|"
            r"get (?:the latest|the best|our|breaking|more|exclusive|unlimited)\b.*\b(?:news|updates|content|"
            r"newsletter|stories|coverage|delivered|inbox|access|alerts)\b.*|"
            r"listen (?:to|on|live|back|now)\b.*\b(?:here|live|podcast|radio|app|weekdays|spotify|apple)\b.*|"
            r"(?:watch|listen):? (?:the )?(?:full )?(?:video|episode|podcast|live|now|here)\b.*|"
            r"follow (?:us|@\w+|[\w'’.]+(?: [\w'’.]+){0,4}) on (?:twitter|facebook|instagram|youtube|tiktok|"
            r"linkedin|x|threads|bluesky|whatsapp|telegram|google news|flipboard|social media)\b.*|"
            r"follow (?:us|@\w+)\b.*|like us on facebook\b.*|"
            r"follow (?:[\w'’.]+ ){1,6}(?:coverage|news|updates)\b.*https?://\S+.*|"
            r"i (?:would like|want) to (?:be emailed|receive)\b.*|"
            r"(?:already a (?:subscriber|member)|not a subscriber)\b.*|"
            r"(?:become a|join as a) (?:member|subscriber|supporter)\b.*|"
            r"(?:want|like) (?:more|this)\b.*\?\s*(?:sign up|subscribe|get)\b.*|"
            r".*\b(?:newsletter|podcast)s?\b.*\b(?:sign up|subscribe|inbox)\b.*|"
            r"\[button\b.*\[/button\])$",
            max_words=45),
    # Share, follow and social widgets: bare network names, "Share this story", "Like Loading...".
    _family("share_widget",
            _LEAD + rf"(?:(?:share|send|post|pin|email)(?: this| the)?(?: (?:story|article|page|post|link|"
            rf"video|on|via|to|with))*(?:[ :]+{_NETWORK})?|"
            rf"(?:{_NETWORK}[\s,|•·/]*){{1,12}}|"
            r"(?:click|tap) to (?:share|email|print|tweet)\b.*|share (?:to|on|via) \w+(?: \(.*\))?|"
            r"(?:opens|open) in (?:a )?new (?:window|tab)|like loading\.*|like this:?|"
            r"(?:print|save|bookmark) (?:this )?(?:article|story|page)|order reprints?|reprints?(?: & permissions)?|"
            r"(?:facebook|twitter) (?:share|tweet)|share (?:article|story)|follow|follow us|\d+ shares?|shares?|"
            r"this article has been sent to\b.*|gift (?:this )?article|listen to (?:this )?article|"
            r"compartilhe|compartir|partager|teilen)" + _END,
            max_words=14),
    # Copyright and rights lines (not sentences about copyright: the line must carry a rights formula).
    _family("copyright",
            r"^[\s(\[]*(?:(?:copyright|©|ⓒ|\(c\))\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}|by\b|(?-i:[A-Z])[\w.&-]*\s*$).*|"
            r".*\ball rights reserved\b.*|"
            r".*\bmay not be (?:published|reproduced|copied|republished),? (?:broadcast|rewritten|distributed|"
            r"redistributed|in whole).*|"
            r".*(?:©|ⓒ)\s*(?:\d{4}|[A-Z]).*|"
            r"this (?:article|story|content|material) is (?:the )?(?:copyright(?:ed)?|property)\b.*|"
            r"this copy is for your personal,? non-commercial use only\b.*|"
            r"무단\s*전재.*|.*무단전재.*)$",
            max_words=45),
    # Wire-agency trailers: standards notes, sports link lines, automated-story notes.
    _family("wire_trailer",
            r"^(?:our standards:.*|(?:the )?thomson reuters trust principles\.?|"
            r"sign up for breakingviews.*|(?:more|follow) (?:ap|reuters|afp)\b.*(?:https?://|www\.)\S+.*|"
            r"more (?:ap|reuters|afp) (?:coverage|news|stories)\b.*|"
            r"(?:the )?(?:associated press|ap|reuters) (?:created|generated|produced|wrote) this (?:story|article)\b.*|"
            r"this (?:story|article) (?:was|has been) (?:generated|created|produced|written) (?:automatically|"
            r"using|by (?:an )?(?:automated|ai))\b.*|"
            r"(?:this (?:story|article) has been )?(?:published|edited) from a wire agency feed\b.*|"
            r"\(?(?:this|the) (?:story|article) (?:has not been edited|was auto-generated)\b.*)$",
            max_words=40),
    # Agency credit lines (a judgement call, kept configurable): "Reporting by ...; Editing by ...".
    _family("agency_credit",
            r"^\(?(?:(?:additional |further )?(?:reporting|writing|editing|research|compiled|graphics|"
            r"production|reported|written|edited|translated) by\b.*|"
            r"[^\[\]]{0,200}\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\.?\)?)$",
            max_words=40, effect=Effect.OPTIONAL),
    # Image captions, photo credits and media placeholders.
    _family("caption",
            r"^[\s(\[]*(?:image (?:copyright|caption|source|credit)\b.*|media caption\b.*|"
            r"(?:photo|picture|image|video|graphic|illustration|photograph|foto|fotografia|фото)s?"
            r"(?: credits?)?\s*(?::|by|/|©)\s*.*|(?:credit|credits|getty|afp)\s*:\s*.*|"
            r"\(\s*(?:ap |afp |epa |reuters |getty |pa )?(?:photo|image|file photo)s?\s*(?:/|by|:).*\)|"
            rf".*[/|]\s*{_CAPTION_SOURCE}\)?\]?|\(?[^()]{{0,80}}\b(?:via|for|/)\s*{_CAPTION_SOURCE}\)|"
            rf"\((?:[^()]{{0,60}}[/|,]\s*)?{_CAPTION_SOURCE}(?: photo| images| via getty images)?\)|"
            r"scroll down for (?:the )?video|(?:view|hide|show|toggle|close) caption(?: (?:view|hide|show|toggle) caption)?|"
            r"enlarge this image|(?:click|tap) to (?:enlarge|expand|play)|play video|watch video|video|"
            r"(?:this )?video (?:is )?(?:unavailable|loading|not available)\b.*|"
            r"your browser does not support\b.*|(?:open|view|see|launch) (?:the )?(?:photo )?gallery\b.*|"
            r"(?:photo|image|slide)?\s*\d{1,3} (?:of|/) \d{1,3}|\d{1,3} (?:photos|images|pictures)|"
            r"(?:file )?photo|(?:getty|afp|reuters|ap|epa) (?:images|photo)?)\]?\)?\.?$",
            max_words=30),
    # Bylines (a name pattern on a short line), agency datelines, timestamps and reading time.
    _family("byline",
            rf"^(?:(?:by|por|par|von|door|di)\s+{_NAMES}{_BYLINE_TAIL}|"
            rf"(?:written|reported|words|text|story) by\s+{_NAMES}{_BYLINE_TAIL}|"
            rf"(?=.*(?:\d:\d\d|\b(?:19|20)\d\d\b))(?!{_STAMP_WORD}\b)(?:{_AGENCY}|(?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+){{0,3}})\s*[,|·•\-–—]?\s*{_DATE_RUN}|"
            r"(?:author|posted by|written by|reporter|correspondent)\s*:\s*(?-i:[A-Z]).{0,80})(?<![.!?])$",
            Zone.HEAD, max_words=18),
    _family("timestamp",
            rf"^[\s(]*(?:(?:{_STAMP_WORD}\s*:?\s*)?(?:about |an? |\d+ )(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|"
            rf"{_STAMP_WORD}\s*(?:on|at|:)?\s*:?\s*(?=.*\d){_DATE_RUN}|"
            rf"(?=.*(?:\d:\d\d|\d\s*[ap]\.?m\b|\b(?:19|20)\d\d-\d\d-\d\d|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
            rf"\b{_MONTH}.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b{_MONTH}\b)){_DATE_RUN})\)?$",
            max_words=24),
    _family("reading_time",
            r"^[\s•·|]*(?:(?:estimated )?(?:reading time|read time|tempo de leitura|tiempo de lectura|"
            r"temps de lecture|lesezeit|время чтения)\s*:?\s*(?:about |less than )?\d+\s*(?:-\s*\d+\s*)?\w*|"
            r"\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?|minutos?|минут\w*)\.?\s*(?:read|reading|read time|de leitura|"
            r"de lectura|lesezeit)?)\s*$",
            max_words=8),
    # Comments furniture.
    _family("comments",
            _LEAD + r"(?:comments?|\d+ comments?|comments? \(\d+\)|(?:view|show|load|read|see|hide|add|post|"
            r"leave) (?:all )?(?:\d+ )?(?:a |the |your )?comments?|join the (?:conversation|discussion|debate)|"
            r"leave a (?:reply|comment)(?: cancel reply)?|cancel reply|reply|report (?:comment|abuse)|"
            r"be the first to comment.*|comments? (?:are|is) (?:closed|disabled|open).*|"
            r"(?:you must|please) (?:be )?log(?:ged)? ?in to (?:post|leave|add) a comment.*|"
            r"notify me of (?:follow-up comments|new posts|new comments)\b.*|"
            r"your email address will not be published\b.*|required fields are marked.*|"
            r"(?:please )?(?:read|see|review) (?:our|the) (?:\w+ )?(?:comment|commenting|community|discussion) "
            r"(?:policy|guidelines|rules|standards)\b.*|(?:atenção|atención|attention)\s*:\s*coment.*|"
            r"(?:comments|comentários|comentarios) (?:are|will be|may be|são|serão) (?:moderated|reviewed|pre-moderated)\b.*|"
            r"(?:discussion|conversation) guidelines.*|sort by (?:newest|oldest|best).*)" + _END,
            max_words=40),
    # Tag and keyword lists: a label, then a list.
    _family("tag_list",
            r"^(?:filed under|tags?|tagged(?: with| as)?|topics?|keywords?|categor(?:y|ies)|posted in|"
            r"related (?:topics|tags|subjects)|more on|subjects?|sections?|palavras-chave|etiquetas|"
            r"schlagwörter|mots-clés|теги)\s*(?::|-|–|—|›)\s*\S.*(?<![.!?])$|"
            r"^tags(?=[a-z])[^.!?]*,[^.!?]*,[^.!?]*$",
            max_words=60),
    # Cookie, privacy and legal notices.
    _family("legal_notice",
            _LEAD + r"(?:(?:cookie|cookies|privacy|data protection) (?:policy|notice|settings|preferences|"
            r"statement|centre|center)|privacy|cookies|terms (?:of (?:use|service|sale)|and conditions|& conditions)|"
            r"terms|(?:do not|don'?t) sell (?:or share )?my (?:personal )?(?:info(?:rmation)?|data)|"
            r"your (?:privacy|ad) choices|ad ?choices|accessibility(?: statement)?|contact us|about us|"
            r"site ?map|manage (?:cookies|consent|preferences)|accept(?: all)?(?: cookies)?|reject all|"
            r"(?:we|this (?:web)?site) uses? cookies\b.*|"
            r"(?=.*\b(?:you|your|we|our)\b).*\b(?:enable|disable|accept|allow|manage|block|consent to|use of|store|agree to (?:the|our) use of) "
            r"(?:(?:all|our|the) )?cookies\b.*|.*\bcookies? (?:settings|preferences|policy|consent)\b.*|"
            r"by (?:using|continuing to use|clicking)\b.*\b(?:you agree|you accept|you consent)\b.*|"
            r"this site is protected by recaptcha\b.*|an error has occurred,? please try again(?: later)?\.?)" + _END,
            max_words=45),
    # Author contact lines at the end: "Write to ... at name@example.com", "Follow him on Twitter @x".
    _family("author_contact",
            r"^(?:(?:write to|email|e-mail|contact|reach) [A-Z][^@]{0,60}\bat\b.*@\S+.*|"
            r".*\bfollow (?:him|her|them|me|us) (?:on|at) (?:twitter|x|instagram|facebook|threads|bluesky)\b.*|"
            r".*\bfollow (?:him|her|them|me)\s+@\w+.*)$",
            Zone.TAIL, max_words=60),
    # The headline again (or a kicker) as the first body line above prose: mixed case, at most one
    # colon, no sentence end. ALL-CAPS lines and "Label: value: value" data lines are content.
    _family("repeated_headline",
            r"^(?!.*:.*:)(?=.*(?-i:[a-zà-ÿа-я]))[\"“‘'(]?[\w¿¡][^\n]{8,200}(?<![.!:;,])['\"”’)]*$",
            Zone.HEAD, max_words=24, effect=Effect.LEADING),
    # Bare page URLs left on their own line.
    _family("bare_url", r"^<?https?://\S+>?$", max_words=1),
)

SCRAPER_MARKER = re.compile(r"^source\s+(?P<site>site-\d{1,6})$", re.IGNORECASE)

MAX_FAMILY_WORDS = max(family.max_words for family in BOILERPLATE_FAMILIES)

# Shapes used by context rules in the cleaner.
HEADLINE_SHAPE = re.compile(r"^[\s•*·▪►\-–—]*[\"“‘'(\[]?[\w¿¡].{1,160}$")
SENTENCE_END = re.compile(r"(?:[!:;]|(?<!\.)\.)['\"”’)\]]*$")  # "..." ends a cut headline, not a sentence
BRACKETED_NOTE = re.compile(r"^\[.*\]$")
MAX_HEADLINE_WORDS = 18
MIN_PROSE_WORDS = 12

# A bare author name as a line of its own ("Priya Raman"): a byline only when it stands
# next to a byline or timestamp line at the top (a name alone elsewhere is content).
BARE_NAME = re.compile(rf"^(?-i:[A-Z])[\w.'’\-]+(?:\s+(?:(?-i:[A-Z])[\w.'’\-]+|{_CONNECT})){{1,3}}$")
BYLINE_NEIGHBOURS = frozenset({"byline", "timestamp", "reading_time"})

