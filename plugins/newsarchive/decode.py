"""Reading: bytes of a scraped file in, clean Unicode text out (or a reason it cannot be read).

Handles what scrapers leave behind: UTF-8 with or without BOM (also with a few
stray Windows-1252 bytes), UTF-16/UTF-32 with BOM, UTF-16 without BOM,
Windows-1252/Latin-1 (and legacy Cyrillic), CRLF and lone CR line ends, control
characters. Images, archives and other binary files saved with a text extension
are recognised and refused. Never raises for bad input: it returns ``Rejected``
with a reason a user understands.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .model import Rejected

# Longest BOM first: the UTF-32-LE mark begins with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of formats people save by mistake with a text extension.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x00\x00\x01\x00", "an icon file"),
)
RIFF_KINDS: dict[bytes, str] = {b"WEBP": "a WebP image", b"WAVE": "a WAV sound", b"AVI ": "an AVI video"}
# C0 and C1 controls except tab and newline, surrogates, and the non-characters
# (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF): XML 1.0 and HTML cannot carry them safely. Also the
# bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): left
# unclosed, they reorder the text after them (a headline's reversed the site's name in <title>).
_BMP_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
# U+nFFFE and U+nFFFF of each of the sixteen astral planes
_ASTRAL_NONCHARACTERS = "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
CONTROL_CHARACTERS = re.compile(f"[{_BMP_CONTROLS}{_ASTRAL_NONCHARACTERS}]")
# Shortcuts to the same removals (a search of the whole class is slowed by its astral characters):
ASCII_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # those of CONTROL_CHARACTERS ASCII text holds
BMP_CONTROL_CHARACTERS = re.compile(f"[{_BMP_CONTROLS}]")  # those a text without astral characters holds
ASTRAL_CHARACTER = re.compile("[\U00010000-\U0010ffff]")
BINARY_SNIFF_BYTES = 8192
MAX_NUL_SHARE = 0.01  # text files have no NUL bytes; images and archives have many
MAX_CONTROL_SHARE = 0.05  # share of C0 control bytes (not tab, LF, CR, FF, VT, ESC) text never reaches
BINARY_CONTROL_BYTES = tuple(sorted(set(range(0x20)) - set(b"\t\n\r\f\v\x1b")))
MIN_BINARY_BYTES = 16  # a few stray control bytes are noise in a text, stripped later
LEGACY_SNIFF_BYTES = 65536
NON_LATIN_SHARE = 0.5  # over half the letters high bytes: a Cyrillic/Greek code page, not Windows-1252
NON_LATIN_CODE_PAGES = ("cp1251", "koi8_r", "cp1253", "cp1250", "iso8859_5")
CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
STRAY_BYTE = re.compile("[\udc80-\udcff]")
NON_ASCII_CHARACTER = re.compile("[^\x00-\x7f\udc80-\udcff]")
ASCII_LETTERS = re.compile(rb"[A-Za-z]")
# A saved page's own declaration of its encoding, in its first bytes as browsers look for it (<meta charset="…">,
# <meta http-equiv="Content-Type" content="text/html; charset=…">).
DECLARATION_SNIFF_BYTES = 4096
DECLARED_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
# Declarations the bytes are sniffed for all the same: UTF-8 is tried first anyway, and a page declared Latin-1 or
# Windows-1252 is as often in the other (or in UTF-8) as in what it says; the sniffing reads them all.
SNIFFED_ENCODINGS = frozenset({"iso8859-1", "cp1252", "ascii"})
# What browsers read a declared name as (the WHATWG Encoding Standard): each a superset of the name's own table.
BROWSER_ENCODINGS = {"shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
                     "big5": "big5hkscs"}
_SNIFFABLE_CODE_PAGES = frozenset(codecs.lookup(name).name for name in NON_LATIN_CODE_PAGES)
C1_CONTROL = re.compile("[\x80-\x9f]")  # what an ISO 8859 code page reads Windows-1252's quotes and dashes as


def decode_bytes(data: bytes, path: str) -> str | Rejected:
    """Decode a raw file's bytes to text with LF line ends and no control characters."""
    text = _decode(data, path)
    if isinstance(text, Rejected):
        return text
    return normalise_text(text)


def decode_page_bytes(data: bytes, path: str) -> str | Rejected:
    """``decode_bytes`` for a saved HTML page: bytes that are not UTF-8 are read in the encoding the page declares
    when they are valid in it (a Shift_JIS or GB18030 page, which the sniffing of a text file reads as Windows-1252
    mojibake), else sniffed as a text file's (a declaration copied from a template that the bytes do not follow)."""
    declared = DECLARED_CHARSET.search(data[:DECLARATION_SNIFF_BYTES])
    text = _decode(data, path, declared.group(1).decode("ascii") if declared else None)
    if isinstance(text, Rejected):
        return text
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """LF line ends, tabs as spaces, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", " ")
    return strip_control_characters(text)


def strip_control_characters(text: str) -> str:
    """Remove what XML and HTML cannot carry (for one-line values such as a title or a tag).

    A text is searched only for the controls it can hold: ASCII text for the ASCII
    controls (four times faster than the whole class, whose astral characters slow every
    search); other text is first searched for an astral character and, without one (the
    common case), for the BMP controls (together twice as fast: 16 against 37 µs for a
    non-ASCII news story). A build strips every title, summary and body several times.
    """
    if text.isascii():
        return ASCII_CONTROL_CHARACTERS.sub("", text)
    if ASTRAL_CHARACTER.search(text) is None:
        return BMP_CONTROL_CHARACTERS.sub("", text)
    return CONTROL_CHARACTERS.sub("", text)


def _decode(data: bytes, path: str, declared: str | None = None) -> str | Rejected:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                if encoding == "utf-8-sig":  # an editor's BOM on text saved in a code page: read like any other
                    return _decode_imperfect(data[len(bom):])
                return Rejected(path, f"starts with a {encoding} byte-order mark but is not valid {encoding}")
    head = data[:BINARY_SNIFF_BYTES]
    kind = binary_kind(head)
    if kind is not None:
        return Rejected(path, f"binary data, not text ({kind} saved with a text extension?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_imperfect(data, declared)


def _in_declared_encoding(data: bytes, declared: str | None) -> str | None:
    """``data`` read in the encoding a page declares, when Python knows it, it is not one the sniffing reads anyway,
    and every byte is valid in it (in an ISO 8859 page, none a C1 control: Windows-1252's curly quotes); else None."""
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:  # a name no one knows ("x-user-defined", a typo)
        return None
    if name is None or name in SNIFFED_ENCODINGS or name.startswith("utf"):
        return None
    if name in _SNIFFABLE_CODE_PAGES:
        name = _likeliest_code_page(data, name)
    try:
        text = data.decode(BROWSER_ENCODINGS.get(name, name))
    except UnicodeDecodeError:
        return None
    return None if C1_CONTROL.search(text) else text


def _likeliest_code_page(data: bytes, declared: str) -> str:
    """``declared`` (one of ``NON_LATIN_CODE_PAGES``), or the one of them the bytes read best in when it reads them
    with fewer oddities: every byte is valid in each of these single-byte pages, so a page saved in KOI8-R under a
    template's windows-1251 declaration read as capitals and lower case swapped ("уФБТЩК" for "Старый")."""
    matches = from_bytes(data[:LEGACY_SNIFF_BYTES], cp_isolation=[*NON_LATIN_CODE_PAGES, declared])
    chaos = {codecs.lookup(match.encoding).name: match.chaos for match in matches}
    best = matches.best()
    likeliest = codecs.lookup(best.encoding).name if best is not None else declared
    return likeliest if chaos.get(likeliest, 1.0) < chaos.get(declared, 1.0) else declared


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of a file) looks like, or None for text."""
    for signature, kind in BINARY_SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in RIFF_KINDS:
        return RIFF_KINDS[head[8:12]]
    if not head or _utf16_without_bom(head) is not None:
        return None
    nuls = head.count(0)
    controls = sum(head.count(byte) for byte in BINARY_CONTROL_BYTES)
    if (nuls > MIN_BINARY_BYTES and nuls > MAX_NUL_SHARE * len(head)) or (
        controls > MIN_BINARY_BYTES and controls > MAX_CONTROL_SHARE * len(head)
    ):
        return "unknown binary data"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when ASCII-heavy text has a NUL in every other byte, and only there."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for nul_half, text_half, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul_half.count(0) > 0.9 * len(nul_half) and text_half.count(0) < 0.1 * len(text_half):
            return encoding
    return None


def _decode_imperfect(data: bytes, declared: str | None = None) -> str:
    """Not valid UTF-8: UTF-16 without BOM, mostly-UTF-8 with stray bytes, the encoding a page declares, or a legacy
    code page."""
    utf16 = _utf16_without_bom(data[:BINARY_SNIFF_BYTES])
    if utf16 is not None:
        return data[: len(data) // 2 * 2].decode(utf16, errors="replace")
    lenient = data.decode("utf-8", errors="surrogateescape")
    stray = len(STRAY_BYTE.findall(lenient))
    multibyte = len(NON_ASCII_CHARACTER.findall(lenient))
    if multibyte >= stray:  # real UTF-8 with a few Windows-1252 bytes pasted in
        return STRAY_BYTE.sub(lambda match: _stray_byte(match.group()), lenient)
    in_declared = _in_declared_encoding(data, declared)
    if in_declared is not None:
        return in_declared
    if multibyte:  # lines from two sources (a UTF-8 headline over a code-page body): each line as it was saved
        return _decode_line_by_line(data)
    return _decode_legacy(data)


def _decode_line_by_line(data: bytes) -> str:
    """Each line that is valid UTF-8 as UTF-8; the others together in the code page they look like."""
    lines = data.split(b"\n")
    legacy = [index for index, line in enumerate(lines) if not _is_utf8(line)]
    decoded = _decode_legacy(b"\n".join(lines[index] for index in legacy)).split("\n")
    if len(decoded) != len(legacy):  # a code page that reads a line end as part of a character
        return _decode_legacy(data)
    text = [line.decode("utf-8") if _is_utf8(line) else "" for line in lines]
    for index, line in zip(legacy, decoded):
        text[index] = line
    return "\n".join(text)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _stray_byte(char: str) -> str:
    """An undecodable byte (as Python's surrogate escape) read as Windows-1252."""
    return _windows_1252(bytes([ord(char) - 0xDC00]))


def _windows_1252(data: bytes) -> str:
    # The five bytes Windows-1252 leaves undefined are C1 controls in Latin-1: dropped anyway.
    return data.translate(None, CP1252_UNDEFINED).decode("cp1252")


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 (a superset of Latin-1's printable range) unless the letters are mostly high bytes."""
    head = data[:LEGACY_SNIFF_BYTES]
    high = sum(head.count(byte) for byte in range(0xC0, 0x100))
    letters = high + len(ASCII_LETTERS.findall(head))
    if letters and high / letters > NON_LATIN_SHARE:
        best = from_bytes(head, cp_isolation=NON_LATIN_CODE_PAGES).best()
        if best is not None:
            return data.decode(best.encoding, errors="replace")
    return _windows_1252(data)
