"""Turn content lines into typed blocks and blocks into Markdown.

Contract: one block per content line, text verbatim (whitespace normalised).
- A line starting with a bullet is a list item (the bullet is dropped).
- A Markdown heading line (``## Heading``, from a Markdown article) is a subheading.
- A short line with no closing punctuation (or a short question), followed by
  a sentence or by a list (bulleted or numbered), and not itself inside a run of
  short lines (a schedule, a list written as text), is a subheading; so is a short
  line in capitals right after prose, a label in words above a run of data lines
  ("Timeline" over "Consultation: March to June"), and a label in words right after
  a run of figures, above prose, a list or data lines.
  A Q&A or speaker's line, a result ("Rovers 24 Valley 19"), a fact ("Entry: £4"),
  and the first item under a line ending with a colon are not.
- Everything else is a paragraph.
``to_markdown`` escapes only what would turn text into Markdown structure, so
the visible text is unchanged (a Markdown article's emphasis, links and code spans
are its author's, and stay; ``markdown_inline_text`` is what a reader sees of
them). Character references ("caf&#233;", "&lt;") are
left as they are: the body's Markdown shows them decoded, and ``visible_text``
decodes them the same way for what is shown as plain text (headline, summary,
tags).
"""
from __future__ import annotations

import re
import unicodedata
from html.entities import html5 as html5_entities

from markdown_it.common.utils import fromCodePoint, isValidEntityCode

from .decode import strip_control_characters
from .heuristics import ENTRY_STAMP, FACT_LINE, MIN_PROSE_WORDS, NUMBERED_ITEM, SCORE_LINE, SPEAKER_LABEL
from .model import Block, BlockKind
from .render import make_renderer

BULLET = re.compile(r"^\s*[-*•·▪‣◦●]\s+(?P<text>\S.*)$")
# A line drawn between sections: three marks or more, nothing else ("* * *", "-----", "• • •", "~~~").
SECTION_BREAK = re.compile(r"^(?:[-*_=~•·◆●★]\s*){3,}$")
ATX_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?$")  # a Markdown article's own "## Heading"
CLOSING_PUNCTUATION = tuple(".!:;,…")
TRAILING_QUOTES = "”\"'’» "
QA_LINE = re.compile(r"^(?:q|a|question|answer)\s*[:.)]\s", re.IGNORECASE)
ATTRIBUTION = re.compile(r"^[—–-]|\(@\w+\)")  # "— Name (@handle) date" under an embedded post
_INLINE_PARSER = make_renderer()  # a Markdown article's line read as the page's renderer reads it
# "[^hours]": a footnote's mark (a superscript number on the page), or its note's label ("[^hours]: From June ...")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]+\]:?")
# What CommonMark decodes in text: a numeric reference, or one of HTML5's names, with its semicolon.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}));")
DIGIT = re.compile(r"\d")
DIGITS = re.compile(r"\d+")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # "| 2021 | 48,200 | 1 |"
TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # "|---|:---:|"
MIN_FIGURES_IN_A_RESULT = 3  # a line with this many figures is a result or a data line, not a subheading
QUOTES = "\"“‘'«"
DATA_SEPARATORS = re.compile(r"[:,|]")  # "Referee: Ann Lee", "Orange peel, to garnish": an item, not a heading
LABEL_SEPARATORS = re.compile(r"[:|]")  # a label above data lines may have a comma ("Seen in four hours, February")
LEADING_LABEL = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s+")  # "Full time: " before a result
LABEL_VALUE = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s+\S(?:\S*\s+){0,24}\S*$")  # "Price: about £95 for two"
MAX_SUBHEADING_WORDS = 10
MIN_SUBHEADING_LEVEL = 2  # the page's one level-1 heading is the headline
MIN_DATA_LINES = 2  # a label heads a run of data lines when at least this many follow it
MIN_FIGURES_IN_A_LONG_DATA_LINE = 2  # ... which may be longer than a label when they carry figures like these
MAX_DATA_LINE_WORDS = 16
MIN_SENTENCE_WORDS = 6  # a sentence this long after a label reads as the body it introduces
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # "years. Sam" ("U.S. Open", "Dr. Who" are names)
MIN_INTRODUCTION_WORDS = 3  # "Drivers will be sent via:" introduces a list; "Areas:" is a label


def classify_lines(lines: tuple[str, ...], guess_subheadings: bool = True) -> tuple[Block, ...]:
    """Classify content lines (one block each) as paragraph, subheading, list item or table row.

    ``guess_subheadings``: a short line standing as a label is a subheading (scraped text marks none); off
    for a Markdown article, whose author marks them ("## ")."""
    short = tuple(_is_short_label(line) for line in lines)
    table_rows = _table_rows(lines)
    blocks = []
    for index, line in enumerate(lines):
        bullet, heading = BULLET.match(line), ATX_HEADING.match(line)
        if index in table_rows:
            blocks.append(Block(BlockKind.TABLE_ROW, line))
        elif SECTION_BREAK.match(line):
            blocks.append(Block(BlockKind.SECTION_BREAK, line))
        elif bullet:
            blocks.append(Block(BlockKind.ITEM, bullet.group("text").strip()))
        elif heading:
            blocks.append(Block(BlockKind.SUBHEADING, heading.group("text"), subheading_level(heading)))
        elif guess_subheadings and short[index] and _is_subheading(lines, short, index):
            blocks.append(Block(BlockKind.SUBHEADING, line))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line))
    return tuple(blocks)


def is_decoration(line: str) -> bool:
    """Whether a line shows marks and nothing to read: no letter or digit ("-----", "* * *", "|")."""
    return not any(character.isalnum() for character in line) and any(
        unicodedata.category(character)[0] in "PS" for character in line)


def has_words(line: str) -> bool:
    return any(character.isalnum() for character in line)


def subheading_level(heading: re.Match) -> int:
    """A marked heading's level below the headline: "# " and "## " are the article's first level (2), "### " its third."""
    return max(MIN_SUBHEADING_LEVEL, len(heading.group("marks")))


def _table_rows(lines: tuple[str, ...]) -> frozenset[int]:
    """The lines of pipe tables: a header row, a delimiter row with as many cells, and the rows under them
    (an extractor's table: "| Year | Attendance |", "|---|---|", "| 2021 | 48,200 |")."""
    rows: set[int] = set()
    index = 0
    while index + 1 < len(lines):
        header, delimiter = lines[index], lines[index + 1]
        if TABLE_ROW.match(header) and TABLE_DELIMITER.match(delimiter) and _cells(header) == _cells(delimiter):
            end = index + 2
            while end < len(lines) and TABLE_ROW.match(lines[end]):
                end += 1
            rows.update(range(index, end))
            index = end
        else:
            index += 1
    return frozenset(rows)


def _cells(row: str) -> int:
    return row.strip().strip("|").count("|") + 1


def _is_subheading(lines: tuple[str, ...], short: tuple[bool, ...], index: int) -> bool:
    """A short label (``short[index]``) standing above the body, and not inside a run of short lines;
    or in capitals right after prose, above anything ("WHAT'S BANNED" over a list written as text);
    or a label in words between prose and a run of data lines; or, after a short line, a label in
    capitals above the body, or a label in words right after a line with figures ("Thames Water
    17,000"), above the body or data lines ("Ingredients")."""
    if _never_a_heading(lines, short, index):
        return False
    after_short = index > 0 and short[index - 1]
    if not after_short:
        return (_introduces_body(lines, index) or (_shouted(lines[index]) and index + 1 < len(lines))
                or _heads_data_lines(lines, short, index))
    if _shouted(lines[index]):
        return _introduces_body(lines, index)  # "TRAVEL DISRUPTION LIKELY" after a list, above the report
    return (_reads_as_label(lines[index]) and DIGIT.search(lines[index - 1]) is not None
            and (_introduces_body(lines, index) or _heads_data_lines(lines, short, index)))


def _never_a_heading(lines: tuple[str, ...], short: tuple[bool, ...], index: int) -> bool:
    """A result ("Rovers 24 Valley 19", "Full time: Rovers 2-1 Valley", "Rovers 251 (Lee 78, Park 4-56)"),
    a rating in stars or a figure alone, a live page's "Updated 13:05", two sentences ("Thank you for 30
    years. Sam"), a fact ("Parking: $5 at the main lot"; "Key dates: what happens next" is a heading), the
    first item of the list the line above introduces ("Districts under red alert:"), or a line with a figure
    after a data line (the last of a run of results above prose: "Net debt of NOK 6.8 billion")."""
    line = lines[index]
    return (SCORE_LINE.match(LEADING_LABEL.sub("", line, count=1)) is not None
            or len(DIGITS.findall(line)) >= MIN_FIGURES_IN_A_RESULT
            or not any(char.isalpha() for char in line) or ENTRY_STAMP.match(line) is not None
            or INNER_SENTENCE_END.search(line) is not None or FACT_LINE.match(line) is not None
            or (index > 0 and lines[index - 1].rstrip(TRAILING_QUOTES).endswith(":"))
            or (index > 0 and DIGIT.search(line) is not None and _reads_as_data(lines[index - 1], short[index - 1])))


def _reads_as_label(line: str) -> bool:
    """Words only: no figure and no data separator ("Climate concerns", not "Price: £299")."""
    return line[:1].isupper() and not DIGIT.search(line) and not DATA_SEPARATORS.search(line)


def _heads_data_lines(lines: tuple[str, ...], short: tuple[bool, ...], index: int) -> bool:
    """A label above a run of data lines ("Timeline" over "Consultation: March to June", "Seen within
    four hours, February" over "Calderside: 61.2%"); not the body's first line (a fixture's ground
    over its date and kick-off time)."""
    run = range(index + 1, index + 1 + MIN_DATA_LINES)
    line = lines[index]
    return (index > 0 and line[:1].isupper() and not DIGIT.search(line) and not LABEL_SEPARATORS.search(line)
            and run.stop <= len(lines) and all(_reads_as_data(lines[i], short[i]) for i in run))


def _reads_as_data(line: str, short: bool) -> bool:
    """A short line with a figure or a separator, a "Label: value" line ("Price: about £95 for two ..."), or a
    longer line of figures that ends like no sentence ("Net profit of NOK 201 million (Q1 2023: NOK 118 million)")."""
    return ((short and (DIGIT.search(line) or DATA_SEPARATORS.search(line))) or LABEL_VALUE.match(line) is not None
            or (len(DIGITS.findall(line)) >= MIN_FIGURES_IN_A_LONG_DATA_LINE and line.count(" ") < MAX_DATA_LINE_WORDS
                and not line.rstrip(TRAILING_QUOTES).endswith(CLOSING_PUNCTUATION)))


def _reads_as_prose(line: str) -> bool:
    words = line.count(" ") + 1
    return words >= MIN_PROSE_WORDS or (words >= MIN_SENTENCE_WORDS and line.rstrip(TRAILING_QUOTES).endswith((".", "!", "?")))


def _shouted(line: str) -> bool:
    if line[:1] in QUOTES:
        return False  # a front page's headline quoted on its own line
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 4 and " " in line.strip() and all(char.isupper() for char in letters) and not DIGIT.search(line)


def _is_short_label(line: str) -> bool:
    """Short, not a bullet, not a Q&A line, and not ending like a sentence."""
    if (line.count(" ") >= MAX_SUBHEADING_WORDS or BULLET.match(line) or QA_LINE.match(line) or SPEAKER_LABEL.match(line)
            or ATTRIBUTION.search(line)):
        return False
    return not line.rstrip(TRAILING_QUOTES).endswith(CLOSING_PUNCTUATION)


def _introduces_body(lines: tuple[str, ...], index: int) -> bool:
    """The next line is prose, a list item (bulleted or numbered), or a clause that introduces a list
    ("Drivers will be sent via:"): what a subheading stands above."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    if BULLET.match(following) or NUMBERED_ITEM.match(following):
        return True
    return _reads_as_prose(following) or (following.endswith(":") and following.count(" ") + 1 >= MIN_INTRODUCTION_WORDS)


THEMATIC_BREAK = "* * *"  # CommonMark's rule (never read as a setext underline, as "---" under a line would be)


def to_markdown(blocks: tuple[Block, ...], inline_markup: bool = False) -> str:
    """Render blocks as CommonMark; consecutive list items are grouped into one list, and
    consecutive table rows into one table (a row's bars are its structure; its cells are escaped).

    ``inline_markup``: the blocks come from a Markdown article, whose emphasis, links and
    code spans are the author's (only what would change the block's structure is escaped).
    """
    escape = escape_block_start if inline_markup else escape_markdown
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        follows_its_kind = previous is not None and previous.kind is block.kind
        if block.kind is BlockKind.VERBATIM:
            parts.append(("\n\n" if parts else "") + block.text)
        elif block.kind is BlockKind.SECTION_BREAK:
            parts.append(("\n\n" if parts else "") + THEMATIC_BREAK)
        elif block.kind is BlockKind.TABLE_ROW:
            row = block.text if inline_markup else escape_inline(block.text)
            parts.append(("\n" if follows_its_kind else "\n\n" if parts else "") + row)
        elif block.kind is BlockKind.ITEM:
            parts.append(("\n" if follows_its_kind else "\n\n" if parts else "") + f"- {escape(block.text)}")
        else:
            prefix = "#" * block.level + " " if block.kind is BlockKind.SUBHEADING else ""
            parts.append(("\n\n" if parts else "") + prefix + escape(block.text))
        previous = block
    return "".join(parts) + "\n" if parts else ""


_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=|]|[-*](?=\s|$))")
_ORDERED_LIST_START = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")
_SETEXT_OR_RULE = re.compile(r"^([-=*_])(?=[\s\-=*_]*$)")
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<])")


def escape_markdown(text: str) -> str:
    """Keep a scraped line from turning into Markdown structure it did not have.

    Only a backslash is added before a character that would start a heading,
    quote, list, table or rule; the scorer and any Markdown renderer show the
    same visible text.
    """
    return escape_block_start(escape_inline(text))


def escape_inline(text: str) -> str:
    """Escape what would make text emphasis, code, a link or a tag."""
    return _INLINE_MARKUP.sub(r"\\\1", text)


def escape_block_start(text: str) -> str:
    """Escape what would make a line a heading, quote, list, table or rule (the classifier decided what it is)."""
    text = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    text = _SETEXT_OR_RULE.sub(lambda m: "\\" + m.group(1), text)
    return _ORDERED_LIST_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def visible_text(text: str) -> str:
    """``text`` as a reader sees it when its Markdown is rendered: character references decoded.

    Scraped text often carries them ("&#163;8m", "caf&#233;"). The body shows them
    decoded (markdown-it decodes them), so a headline, summary or tag shown as
    plain text is decoded the same way; the page escapes it again. A numeric reference
    follows markdown-it's rule (U+FFFD for a control character, a surrogate or no
    character at all), and what it lets through that XML cannot carry (a form feed) is
    dropped, as the reader drops raw ones.
    """
    if "&" not in text:
        return text
    return CHARACTER_REFERENCE.sub(_decoded_reference, text)


def _decoded_reference(match: re.Match) -> str:
    name = match.group("name")
    if name is None:  # numeric: decoded by markdown-it's rule, as in the body (U+FFFD for a C1 control or a
        # surrogate), without the controls XML cannot carry
        reference = match.group()
        code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
        return strip_control_characters(fromCodePoint(code) if isValidEntityCode(code) else "\ufffd")
    return html5_entities.get(name + ";", match.group())  # not html.unescape: it decodes "&notit;" as "¬it;"


def visible_line(text: str) -> str:
    """``visible_text`` of a one-line field (headline, summary, source): a decoded line break is a space."""
    shown = visible_text(text)
    return shown if shown is text else " ".join(shown.split())


def markdown_inline_text(text: str) -> str:
    """What a reader sees of a Markdown article's line: its text without the markup (emphasis marks,
    link targets, backticks, footnote marks), references decoded, an image by its description."""
    if "[^" in text:
        text = FOOTNOTE_MARK.sub("", text)
    if not _INLINE_MARKUP.search(text):
        return visible_text(text)
    tokens = _INLINE_PARSER.parseInline(text)[0].children or []
    return strip_control_characters("".join(map(_shown_text, tokens)))  # (references decoded by markdown-it)


def markdown_story_text(text: str) -> str:
    """The words of a Markdown article's line that tell its story (what the tagger reads): ``markdown_inline_text``
    without images, whose description says what a picture shows ("Fishing boats beside the lighthouse"), and
    nothing of a line that is only a link, after a label at most ("Watch: drone footage of the promenade"), which
    leads to another page. A link inside a sentence is the sentence's words."""
    if "[^" in text:
        text = FOOTNOTE_MARK.sub("", text)
    if "[" not in text:
        return markdown_inline_text(text)
    tokens = _INLINE_PARSER.parseInline(text)[0].children or []
    if _only_a_link(tokens):
        return ""
    return strip_control_characters("".join(_shown_text(token) for token in tokens if token.type != "image"))


def _only_a_link(tokens) -> bool:
    """Links, and outside them spaces or a label ending in a colon of a few words ("Read more:", "Watch:")."""
    outside, depth, linked = [], 0, False
    for token in tokens:
        if token.type == "link_open":
            depth, linked = depth + 1, True
        elif token.type == "link_close":
            depth -= 1
        elif depth == 0:
            outside.append(_shown_text(token))
    label = "".join(outside).strip()
    return linked and (not label or (label.endswith(":") and len(label.split()) <= LINK_LABEL_WORDS))


LINK_LABEL_WORDS = 4  # "Read more about this:", "Watch:", "Related:"


def _shown_text(token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "image":
        return "".join(map(_shown_text, token.children or ()))
    return ""  # the opening and closing marks of emphasis and links
