"""Saved HTML pages: main text extracted with trafilatura, page metadata kept.

The extracted text is laid out in the raw-article format (headline, blank line,
paragraphs) so the same text cleaner runs over it afterwards.
"""
from __future__ import annotations

import trafilatura

from .dates import parse_date
from .decode import decode_bytes, normalise_text
from .model import DeclaredMetadata, RawArticle, Rejected


def read_html_page(path: str, data: bytes) -> RawArticle | Rejected:
    html = decode_bytes(data, path)
    if isinstance(html, Rejected):
        return html
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
    if not text:
        return Rejected(path, "no article text found in the HTML page")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata else None) or ""
    declared = DeclaredMetadata(
        title=title or None,
        date=parse_date(metadata.date) if metadata and metadata.date else None,
        source=(metadata.sitename or metadata.hostname) if metadata else None,
    )
    paragraphs = "\n\n".join(line for line in normalise_text(text).split("\n") if line.strip())
    return RawArticle(path=path, text=f"{title}\n\n{paragraphs}", format="html", declared=declared)
