"""Benchmark corpus: one set of stories written twice, as raw text and as ready Markdown.

Stories come from the BBC full-text corpus (``../shared/data/bbc``, headline line then
paragraphs) when it is present, else from a small synthetic generator of the same
shape. ``scale`` copies of every story are made; copy k > 1 is retitled ("… (k)")
so slugs and fingerprints differ. Each (story, copy) gets one date, used by both
forms: the raw file is named ``2004-05-17T0930-<id>.txt`` (newsarchive's file-name
date convention) and the Markdown file carries ``Date: 2004-05-17 09:30``.

The Markdown copy is what plain Pelican reads: Title, Date, Category (the story's
folder), three Tags (the most frequent capitalised words not opening a sentence:
cheap, deterministic, and enough to give Pelican tag pages of a realistic shape).
"""
from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from collections.abc import Iterator

FIRST_DAY = datetime(2004, 1, 1)
SPREAD_MINUTES = 2 * 365 * 24 * 60  # two years, like the BBC corpus
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{3,})\b")
TAGS_PER_STORY = 3
SYNTHETIC_FOLDERS = ("business", "politics", "sport", "tech", "arts")


@dataclass(frozen=True, slots=True)
class Story:
    ident: str  # "business-001"
    folder: str
    headline: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Copy:
    story: Story
    number: int  # 1-based copy number
    date: datetime

    @property
    def ident(self) -> str:
        return f"{self.story.ident}-{self.number}"

    @property
    def title(self) -> str:
        return self.story.headline if self.number == 1 else f"{self.story.headline} ({self.number})"


def load_stories(source: Path | None, synthetic_count: int = 2225) -> tuple[Story, ...]:
    if source is not None and source.is_dir():
        return tuple(_bbc_stories(source))
    return tuple(_synthetic_stories(synthetic_count))


def _bbc_stories(source: Path) -> Iterator[Story]:
    for path in sorted(source.glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        headline, _, body = text.strip().partition("\n")
        paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        yield Story(f"{path.parent.name}-{path.stem}", path.parent.name, headline.strip(), paragraphs)


def _synthetic_stories(count: int) -> Iterator[Story]:
    rng = random.Random(7)
    names = ["Harbour", "Council", "Kestrel", "Marlow", "Quillion", "Brightlane", "Northfield", "Ostrava",
             "Tamsin", "Delacroix", "Riverside", "Ashdown", "Pemberton", "Okafor", "Lindqvist", "Severn"]
    words = ("the a said would new year government plans market team report city minister people company "
             "after before while during which could more than about growth season court vote deal").split()
    for index in range(count):
        folder = SYNTHETIC_FOLDERS[index % len(SYNTHETIC_FOLDERS)]
        cast = rng.sample(names, 4)
        paragraphs = tuple(
            " ".join(rng.choice(words + cast) for _ in range(rng.randint(25, 60))).capitalize() + "."
            for _ in range(rng.randint(3, 9))
        )
        yield Story(f"{folder}-{index:04d}", folder, f"{cast[0]} {rng.choice(words)} {cast[1]} {index}", paragraphs)


def copies(stories: tuple[Story, ...], scale: int) -> tuple[Copy, ...]:
    """``scale`` copies of every story, each with its own deterministic date."""
    return tuple(Copy(story, number, date_of(story.ident, number)) for number in range(1, scale + 1) for story in stories)


def date_of(ident: str, number: int) -> datetime:
    digest = hashlib.sha256(f"{ident}/{number}".encode()).digest()
    minutes = int.from_bytes(digest[:8], "big") % SPREAD_MINUTES
    return FIRST_DAY + timedelta(minutes=minutes)


def raw_text(copy: Copy) -> str:
    return copy.title + "\n\n" + "\n\n".join(copy.story.paragraphs) + "\n"


def raw_name(copy: Copy) -> str:
    return f"{copy.date:%Y-%m-%dT%H%M}-{copy.ident}.txt"


def markdown_text(copy: Copy) -> str:
    tags = ", ".join(simple_tags(copy.story))
    header = (f"Title: {copy.title}\nDate: {copy.date:%Y-%m-%d %H:%M}\nCategory: {copy.story.folder}\n"
              f"Tags: {tags}\nSlug: {copy.ident}\n\n")
    return header + "\n\n".join(_markdown_paragraph(p) for p in copy.story.paragraphs) + "\n"


def _markdown_paragraph(paragraph: str) -> str:
    # ": " would open a definition list, "#" a heading: escape the first character.
    return "\\" + paragraph if paragraph[:1] in ":#>*-+" else paragraph


def simple_tags(story: Story) -> tuple[str, ...]:
    counts = Counter(word for paragraph in story.paragraphs for word in CAPITALISED.findall(paragraph))
    tags = [word for word, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:TAGS_PER_STORY]]
    return tuple(tags) or (story.folder,)


def write_corpus(copies_: tuple[Copy, ...], raw_folder: Path, markdown_folder: Path) -> None:
    raw_folder.mkdir(parents=True, exist_ok=True)
    markdown_folder.mkdir(parents=True, exist_ok=True)
    for copy in copies_:
        (raw_folder / raw_name(copy)).write_text(raw_text(copy), encoding="utf-8")
        (markdown_folder / f"{copy.ident}.md").write_text(markdown_text(copy), encoding="utf-8")


def newcomer(stories: tuple[Story, ...], after: datetime, number: int = 1) -> Copy:
    """The ``number``-th article added by the add-one steps: a retitled copy, newer than every other story."""
    story = stories[len(stories) // 2 + number - 1]
    suffix = "" if number == 1 else f"-{number}"
    headline = story.headline + (" (update)" if number == 1 else f" (update {number})")
    return Copy(Story(f"{story.ident}-new{suffix}", story.folder, headline, story.paragraphs), 1,
                after + timedelta(hours=number))
