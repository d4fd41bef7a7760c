"""Cleaning throughput: articles per second on one core.

Runs ``clean_article`` (and the Markdown rendering) over the BBC corpus in ../shared/data/bbc when it is
present, otherwise over a synthetic set of ~500-word articles with boilerplate lines mixed in.

    .venv/bin/python bench/bench_clean.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsarchive.clean import CleanConfig, clean_article
from newsarchive.structure import to_markdown

BBC = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "bbc"
SYNTHETIC_PARAGRAPH = ("The regional transport board said on Wednesday that the new tram line would carry its first "
                       "passengers in the autumn, after months of testing on the route through the old docks. ")
SYNTHETIC_NOISE = ("Advertisement", "Read more: Trams return to the docks", "Share this article",
                   "Image copyright Transport Photos", "By Lee Marsh", "Comments")


def load_articles() -> tuple[str, list[str]]:
    if BBC.is_dir():
        texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(BBC.rglob("*.txt"))
                 if p.name.lower() != "readme.txt"]
        if texts:
            return f"BBC corpus ({BBC.resolve()})", texts
    return "synthetic set", [synthetic_article(i) for i in range(2000)]


def synthetic_article(seed: int) -> str:
    lines = [f"Tram line {seed} to open in autumn"]
    for index in range(14):  # ~14 paragraphs of ~36 words: about 500 words
        lines.append(SYNTHETIC_PARAGRAPH * (1 + (seed + index) % 2))
        if index % 4 == seed % 4:
            lines.append(SYNTHETIC_NOISE[(seed + index) % len(SYNTHETIC_NOISE)])
    lines.append(f"source site-{seed}")
    return "\n\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the set; the best is reported")
    args = parser.parse_args()
    name, texts = load_articles()
    words = sum(len(text.split()) for text in texts) / len(texts)
    config = CleanConfig()
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text in texts:
            to_markdown(clean_article(text, config).blocks)
        best = min(best, time.perf_counter() - start)
    print(f"{name}: {len(texts)} articles, {words:.0f} words on average")
    print(f"cleaning throughput: {len(texts) / best:,.0f} articles/s on one core ({best:.2f} s per pass)")


if __name__ == "__main__":
    main()
