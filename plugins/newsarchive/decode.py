"""Reading: bytes of a scraped file in, clean Unicode text out (or a reason it cannot be read).

Handles what scrapers leave behind: UTF-8 with or without BOM, UTF-16 with BOM,
Windows-1252/Latin-1, CRLF and lone CR line ends, control characters. Never
raises for bad input: it returns ``Rejected`` with a reason a user understands.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .model import Rejected

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 and C1 controls except tab and newline, plus non-characters XML cannot carry.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
BINARY_SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.10  # stray control bytes happen in scraped text; a tenth of them is binary data
BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x01\x00")
TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\x0b\x0c\x1b")


def decode_bytes(data: bytes, path: str) -> str | Rejected:
    """Decode a raw file's bytes to text with LF line ends and no control characters."""
    text = _decode(data, path)
    if isinstance(text, Rejected):
        return text
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """LF line ends, tabs as spaces, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", " ")
    return CONTROL_CHARACTERS.sub("", text)


def _decode(data: bytes, path: str) -> str | Rejected:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return Rejected(path, f"starts with a {encoding} byte-order mark but is not valid {encoding}")
    if _looks_binary(data[:BINARY_SNIFF_BYTES]):
        return Rejected(path, "binary data, not text (an image or archive saved with a text extension?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _looks_binary(head: bytes) -> bool:
    if head.startswith(BINARY_SIGNATURES):
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in TEXT_CONTROL_BYTES)
    return bool(head) and controls / len(head) > MAX_CONTROL_SHARE


# Legacy encodings other than Windows-1252 are taken only when the detector is sure
# and the text is in a script Windows-1252 cannot write (Cyrillic, Greek…).
OTHER_LEGACY_ENCODINGS = ["cp1251", "cp1253", "cp1256", "koi8_r", "iso8859_7"]


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: Windows-1252 (what scrapers usually leave) unless clearly another script."""
    try:
        as_western = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined: not Western text
        as_western = None
    if as_western is not None and not _mostly_high_bytes(data):
        return as_western
    best = from_bytes(data[:65536], cp_isolation=OTHER_LEGACY_ENCODINGS + ["cp1252"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def _mostly_high_bytes(data: bytes) -> bool:
    """Cyrillic or Greek legacy text is mostly bytes >= 0x80; Western text mostly ASCII."""
    sample = data[:65536]
    letters = sum(1 for byte in sample if byte >= 0x80 or chr(byte).isalpha())
    return letters > 0 and sum(1 for byte in sample if byte >= 0x80) / letters > 0.3
