"""Linking report: how well the inferred tags link articles into tag pages.

For the project's sample archive (``content/articles``, through the whole extract
pipeline) and, when present, 2,000 BBC articles (``../shared/data/bbc``), prints the
tags per article (the site wants 3 to 8), the share of tags that link two or more
articles, the largest tag pages, and near-duplicate tag pairs (same subject spelt
two ways: case, plural, hyphen, or a name inside a longer name; the target is none).

    .venv/bin/python bench/tag_linking.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import load_stories  # noqa: E402
from newsarchive.config import ArchiveConfig  # noqa: E402
from newsarchive.model import Article  # noqa: E402
from newsarchive.pipeline import extract_paths  # noqa: E402
from newsarchive.tag import TagConfig, TagDocument, tag_corpus  # noqa: E402
from newsarchive.tag_lexicon import KeyMaker  # noqa: E402

BBC = ROOT / ".." / "shared" / "data" / "bbc"
BBC_ARTICLES = 2000


def near_duplicates(tags: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs of distinct tags that name one subject."""
    keys = KeyMaker()
    by_squashed: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for tag in sorted(set(tags)):
        squashed = keys.phrase(tag.split()).replace(" ", "")
        if squashed in by_squashed:
            pairs.append((by_squashed[squashed], tag))
        else:
            by_squashed[squashed] = tag
    names = {tag for tag in set(tags) if tag[:1].isupper() and len(tag.split()) >= 2}
    for name in names:
        words = name.split()
        for other in (" ".join(words[i:]) for i in range(1, len(words) - 1)):
            if other in names:
                pairs.append((other, name))
    return pairs


def report(label: str, tag_lists: Sequence[Sequence[str]]) -> None:
    pages = Counter(tag for tags in tag_lists for tag in set(tags))
    counts = Counter(len(tags) for tags in tag_lists)
    linking = sum(1 for count in pages.values() if count >= 2)
    print(f"\n## {label}: {len(tag_lists)} articles, {len(pages)} distinct tags")
    print("tags per article:", ", ".join(f"{n}: {counts[n]}" for n in sorted(counts)))
    print(f"tags linking 2+ articles: {linking} of {len(pages)} ({100 * linking / max(len(pages), 1):.1f} %); "
          f"tag uses on such pages: {100 * sum(c for c in pages.values() if c >= 2) / max(sum(pages.values()), 1):.1f} %")
    print("largest tag pages:", ", ".join(f"{tag} ({count})" for tag, count in pages.most_common(12)))
    pairs = near_duplicates(list(pages))
    print(f"near-duplicate tag pairs: {len(pairs)}", "; ".join(f"{a} / {b}" for a, b in pairs[:15]))
    doubled = [pair for tags in tag_lists for pair in modifier_pairs(tags)]
    print(f"articles' tag pairs that are one phrase with lower-case words in front of it: {len(doubled)}",
          "; ".join(f"{a} / {b}" for a, b in doubled[:10]))


def modifier_pairs(tags: Sequence[str]) -> list[tuple[str, str]]:
    """One article's tags that name one subject twice: "antitrust investigation" / "formal antitrust investigation"."""
    keys = KeyMaker()
    found = []
    for short in tags:
        for long in tags:
            extra = long.split()[: len(long.split()) - len(short.split())]
            if (len(short.split()) >= 2 and extra and keys.phrase(long.split()).endswith(" " + keys.phrase(short.split()))
                    and all(word[:1].islower() for word in extra)):
                found.append((short, long))
    return found


def main() -> None:
    content = sorted(str(path) for path in (ROOT / "content" / "articles").glob("*") if path.suffix in (".txt", ".md", ".html"))
    if content:
        results = extract_paths(content, ArchiveConfig())
        report("content/ sample archive", [item.tags for item in results if isinstance(item, Article)])
    if BBC.is_dir():
        stories = load_stories(BBC)[:BBC_ARTICLES]
        documents = [TagDocument(story.headline, "\n\n".join(story.paragraphs)) for story in stories]
        report(f"BBC ({len(documents)} articles)", tag_corpus(documents, TagConfig()))


if __name__ == "__main__":
    main()
