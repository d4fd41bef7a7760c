"""Tagging speed: articles per second of ``tag_corpus`` on one core.

Tags the BBC full-text corpus (``../shared/data/bbc``) when present, else the
synthetic stories of ``bench.corpus``, in one ``tag_corpus`` call (as a build does),
and prints articles/s, words/s and the rate scaled to 800-word articles; then the
same for ``find_candidates_batch`` alone (the per-article part a build runs in
worker processes, and most of a cold build's ingest).

    .venv/bin/python bench/bench_tag.py [--limit N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import load_stories  # noqa: E402
from newsarchive.tag import TagConfig, TagDocument, find_candidates_batch, tag_corpus  # noqa: E402

BBC = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "bbc"
REFERENCE_WORDS = 800


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=2225, help="number of stories (default: all of them)")
    args = parser.parse_args()
    stories = load_stories(BBC if BBC.is_dir() else None)[: args.limit]
    documents = [TagDocument(story.headline, "\n\n".join(story.paragraphs)) for story in stories]
    words = sum(len(document.text.split()) for document in documents)
    start = time.process_time()
    tag_corpus(documents[:5], TagConfig())  # one-off loading: POS lexicon, wordfreq table, alias tables
    warm_up = time.process_time() - start
    start = time.process_time()
    tags = tag_corpus(documents, TagConfig())
    seconds = time.process_time() - start
    source = "BBC" if BBC.is_dir() else "synthetic"
    per_article = words / len(documents)
    print(f"source: {source}, articles: {len(documents)}, mean words: {per_article:.0f}, CPU seconds: {seconds:.2f} (+ {warm_up:.2f} one-off loading)")
    print(f"articles/s: {len(documents) / seconds:.0f}  words/s: {words / seconds:.0f}  "
          f"800-word articles/s: {words / seconds / REFERENCE_WORDS:.0f}")
    print(f"mean tags per article: {sum(map(len, tags)) / len(tags):.2f}")
    start = time.process_time()
    find_candidates_batch(documents, TagConfig())
    seconds = time.process_time() - start
    print(f"candidates only: articles/s: {len(documents) / seconds:.0f}  800-word articles/s: {words / seconds / REFERENCE_WORDS:.0f}")


if __name__ == "__main__":
    main()
