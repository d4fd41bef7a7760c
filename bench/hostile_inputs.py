"""Hostile inputs of growing size, and the processor time ``newsarchive`` takes to read each.

Each shape is a function of a size in bytes giving a file name and its content: saved pages (unclosed tags of each
kind, nesting thousands deep, huge or countless attributes, JSON-LD bodies of unclosed openers, thousands of scripts),
text (one line of megabytes, runs of one mark, NUL bytes, mixed encodings and byte order marks) and Markdown
(pathological emphasis and link nesting, headers with giant fields). Every text is written here.

    .venv/bin/python bench/hostile_inputs.py list
    .venv/bin/python bench/hostile_inputs.py time SHAPE[,SHAPE...]|all 250000,500000,1000000

``time`` reads each file in a fresh process (``extract_paths``, one worker, the page time limit lifted so a slow
reading is measured, not refused) and prints its processor seconds: a shape whose time more than doubles when its
size does is read in superlinear time.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HEAD = "Harbour board approves new ferry timetable for Ostvik"
PARAS = (
    "The harbour board of Ostvik approved a new ferry timetable on Monday after months of complaints.",
    "Officials said the changes would add two crossings at weekends and one early service on weekdays.",
    "Passenger groups welcomed the decision but asked for lower fares for students and pensioners.",
)
STORY_HTML = "".join(f"<p>{p}</p>" for p in PARAS)


def page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{HEAD} - Calder Post</title>{head}</head>"
            f"<body><article><h1>{HEAD}</h1>{STORY_HTML}{body}</article></body></html>")


def fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def jsonld_unclosed_a(size):
    body = "<p>" + " ".join(PARAS) + "</p>" + fill("<a ", size)
    ld = json.dumps({"@type": "NewsArticle", "headline": HEAD, "articleBody": body})
    return "p.html", page("", f'<script type="application/ld+json">{ld}</script>')


def jsonld_unclosed_a_text(size):  # openers with words between them, ~100 characters apart
    body = " ".join(PARAS) + fill("<a the council said the plan for the harbour would go ahead next year or the year after ", size)
    ld = json.dumps({"@type": "NewsArticle", "headline": HEAD, "articleBody": body})
    return "p.html", page("", f'<script type="application/ld+json">{ld}</script>')


def jsonld_unclosed_a_escaped(size):  # as json.dumps(...).replace("<", "\\u003c") writes it
    body = " ".join(PARAS) + fill("<a the council said the plan for the harbour would go ahead next year or the year after ", size)
    ld = json.dumps({"@type": "NewsArticle", "headline": HEAD, "articleBody": body}).replace("<", "\\u003c")
    return "p.html", page("", f'<script type="application/ld+json">{ld}</script>')


def jsonld_deep_json(size):
    depth = size // 2
    ld = json.dumps({"@type": "NewsArticle", "headline": HEAD})[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    return "p.html", page("", f'<script type="application/ld+json">{ld}</script>')


def jsonld_many_objects(size):
    one = json.dumps({"@type": "NewsArticle", "headline": "Other story", "articleBody": "Text of it.",
                      "author": {"@type": "Person", "name": "A B"}})
    ld = "[" + ",".join([one] * (size // len(one))) + "]"
    return "p.html", page("", f'<script type="application/ld+json">{ld}</script>')


def nested_div(size):
    depth = size // 11
    return "p.html", page("<div>" * depth + "deep text" + "</div>" * depth)


def nested_div_unclosed(size):
    return "p.html", page(fill("<div>", size))


def nested_inline(size):
    depth = size // 13
    return "p.html", page("<p>" + "<span>" * depth + "deep" + "</span>" * depth + "</p>")


def huge_attribute(size):
    return "p.html", page(f'<p title="{"x" * size}">A paragraph with a huge title attribute in it here.</p>')


def many_attributes(size):
    return "p.html", page("<p " + " ".join(f"a{i}=x" for i in range(size // 8)) + ">Text here.</p>")


def many_scripts(size):
    return "p.html", page(fill("<script>var a = 1;</script><style>p{}</style><!-- c -->", size))


def many_paragraphs(size):
    return "p.html", page(fill("<p>Short words of a paragraph here now.</p>", size))


def many_links(size):
    return "p.html", page("<p>" + fill('<a href="/x">Link words here</a> ', size) + "</p>")


def unclosed(kind):
    def make(size):
        return "p.html", page(fill(kind, size))
    make.__name__ = "unclosed_" + ({"<!--": "comment", "<": "lt", "</": "end_lt"}.get(kind)
                                   or "".join(c for c in kind if c.isalnum()))
    return make


def html_one_text_line(size):
    return "p.html", page("<p>" + fill("The council met again and said nothing new. ", size) + "</p>")


def html_lt_run(size):
    return "p.html", page("<p>" + "<" * size + "</p>")


def html_amp_refs(size):
    return "p.html", page("<p>" + fill("&#12&#x202E;&amp", size) + "</p>")


def text_one_line(size):
    return "t.txt", HEAD + "\n\n" + fill("The council met again and said nothing new about the plan. ", size)


def text_one_line_no_headline(size):
    return "t.txt", fill("The council met again and said nothing new about the plan. ", size)


def text_one_word(size):
    return "t.txt", HEAD + "\n\n" + "\n\n".join(PARAS) + "\n\n" + "x" * size


def punct(char):
    def make(size):
        return "t.txt", HEAD + "\n\n" + "\n\n".join(PARAS) + "\n\n" + fill(char, size) + "\n"
    make.__name__ = "line_of_" + {"•": "bullets", ".": "dots", "-": "dashes", "!?": "bangs", "*": "stars",
                                  "|": "bars", "#": "hashes", "_": "underscores", "\u200b": "zwsp",
                                  "«»": "guillemets", "&": "amps", "…": "ellipses", "(": "brackets", "[": "square_brackets", "<": "lts"}.get(char, "chars")
    return make


def text_many_lines(size):
    return "t.txt", HEAD + "\n\n" + "\n\n".join(PARAS) + "\n\n" + fill("Read more\n", size)


def text_many_paragraphs(size):
    return "t.txt", HEAD + "\n\n" + fill(PARAS[0] + "\n\n", size)


def text_nul(size):
    return "t.txt", HEAD + "\n\n" + "\n\n".join(PARAS) + "\n\n" + fill("ab\x00", size)


def text_mixed_encodings(size):
    unit = "café “quoted” — ".encode() + "café “quoted” — ".encode("cp1252") + b"\xef\xbb\xbf\xff\xfe"
    data = (HEAD + "\n\n" + "\n\n".join(PARAS) + "\n\n").encode() + unit * (size // len(unit))
    return "t.txt", data


def text_boms(size):
    data = b"\xef\xbb\xbf" + (HEAD + "\n\n").encode() + ("\ufeff" + PARAS[0] + "\n\n").encode() * (size // 100)
    return "t.txt", data


def utf16_text(size):
    return "t.txt", ("\ufeff" + HEAD + "\n\n" + fill(PARAS[0] + "\n\n", size // 2)).encode("utf-16-le")


def md_header(body: str, **fields) -> str:
    header = {"Title": HEAD, "Date": "2026-11-04 10:20"}
    header.update(fields)
    return "".join(f"{k}: {v}\n" for k, v in header.items()) + "\n" + "\n\n".join(PARAS) + "\n\n" + body


def md_emphasis(size):
    return "m.md", md_header(fill("*a **b ", size))


def md_emphasis_close(size):
    return "m.md", md_header(fill("*a_ ", size))


def md_stars(size):
    return "m.md", md_header("*" * size)


def md_underscores_words(size):
    return "m.md", md_header(fill("_a ", size))


def md_link_nesting(size):
    depth = size // 2
    return "m.md", md_header("[" * depth + "x" + "]" * depth + "(y)")


def md_link_open(size):
    return "m.md", md_header(fill("[a](", size))


def md_image_nesting(size):
    return "m.md", md_header(fill("![", size))


def md_brackets(size):
    return "m.md", md_header(fill("[x]", size))


def md_backticks(size):
    return "m.md", md_header(fill("`a``", size))


def md_angle_autolinks(size):
    return "m.md", md_header(fill("<a:", size))


def md_entities(size):
    return "m.md", md_header(fill("&#1;&amp", size))


def md_blockquote(size):
    return "m.md", md_header(">" * size + " deep")


def md_list_nesting(size):
    depth = size // 4
    return "m.md", md_header("".join("  " * i + "- x\n" for i in range(min(depth, 2000))) + fill("- x\n", size))


def md_pelican_links(size):
    return "m.md", md_header(fill("[a]({filename}/x.md) ", size))


def md_html_raw(size):
    return "m.md", md_header(fill("<div><script>x</script>", size))


def fm_title(size):
    return "m.md", md_header("", Title="T " * (size // 2))


def fm_tags(size):
    return "m.md", md_header("", Tags=", ".join(f"tag{i}" for i in range(size // 8)))


def fm_summary(size):
    return "m.md", md_header("", Summary="word " * (size // 5))


def fm_authors(size):
    return "m.md", md_header("", Author="; ".join(f"Ann Roe{i}" for i in range(size // 11)))


def fm_continuation(size):
    return "m.md", md_header("", Summary="start\n" + "    more words\n" * (size // 15))


def fm_yaml(size):
    items = "\n".join(f"  - tag{i}" for i in range(size // 10))
    return "m.md", f"---\ntitle: {HEAD}\ntags:\n{items}\n---\n\n" + "\n\n".join(PARAS) + "\n"


def fm_yaml_flow(size):
    items = "[" + ",\n ".join(f"'tag{i}'" for i in range(size // 10)) + "]"
    return "m.md", f"---\ntitle: {HEAD}\ntags: {items}\n---\n\n" + "\n\n".join(PARAS) + "\n"


def fm_many_keys(size):
    return "m.md", "".join(f"Key{i}: v\n" for i in range(size // 10)) + "\n" + "\n\n".join(PARAS)


SHAPES = [jsonld_unclosed_a, jsonld_unclosed_a_text, jsonld_unclosed_a_escaped, jsonld_deep_json, jsonld_many_objects, nested_div,
          nested_div_unclosed, nested_inline, huge_attribute, many_attributes, many_scripts, many_paragraphs,
          many_links, *(unclosed(k) for k in ("<p>", "<a ", "<!--", "<script>", "<style>", "<textarea>", "<b>",
                                              "<table><tr><td>", "<li>", '<a href="', "<![CDATA[", "<", "</",
                                              "<svg>", "<iframe>", "<title>", "<select><option>")),
          html_one_text_line, html_lt_run, html_amp_refs, text_one_line, text_one_line_no_headline, text_one_word,
          *(punct(c) for c in ("•", ".", "-", "!?", "*", "|", "#", "_", "\u200b", "«»", "&", "…", "(", "[", "<")),
          text_many_lines, text_many_paragraphs, text_nul, text_mixed_encodings, text_boms, utf16_text,
          md_emphasis, md_emphasis_close, md_stars, md_underscores_words, md_link_nesting, md_link_open,
          md_image_nesting, md_brackets, md_backticks, md_angle_autolinks, md_entities, md_blockquote,
          md_list_nesting, md_pelican_links, md_html_raw, fm_title, fm_tags, fm_summary, fm_authors,
          fm_continuation, fm_yaml, fm_yaml_flow, fm_many_keys]


def by_name() -> dict:
    return {shape.__name__: shape for shape in SHAPES}


def write(name: str, size: int, folder: Path) -> Path:
    filename, content = by_name()[name](size)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    path = folder / f"{name}-{size}.{filename.rsplit('.', 1)[1]}"
    path.write_bytes(data)
    return path


_READ_ONE = """
import json, sys, time
from newsarchive import htmlpage
htmlpage.MAX_PAGE_SECONDS = 10**6
from newsarchive.config import ArchiveConfig
from newsarchive.model import Rejected
from newsarchive.pipeline import extract_paths
started = time.process_time()
result = extract_paths([sys.argv[1]], ArchiveConfig(), workers=1)[0]
print(json.dumps([time.process_time() - started,
                  result.reason if isinstance(result, Rejected) else f"{result.word_count} words"]))
"""


def time_shapes(names: list[str], sizes: list[int], limit: int = 120) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            for size in sizes:
                path = write(name, size, Path(folder))
                try:
                    done = subprocess.run([sys.executable, "-c", _READ_ONE, str(path)], capture_output=True,
                                          text=True, timeout=limit)
                    seconds, outcome = json.loads(done.stdout.splitlines()[-1])
                    print(f"{name:28s} {size:>9,d} {seconds:7.1f} s  {outcome[:60]}", flush=True)
                except subprocess.TimeoutExpired:
                    print(f"{name:28s} {size:>9,d}  > {limit} s", flush=True)
                    break
                finally:
                    path.unlink()


if __name__ == "__main__":
    if sys.argv[1:2] == ["list"]:
        print("\n".join(by_name()))
    else:
        chosen = list(by_name()) if sys.argv[2] == "all" else sys.argv[2].split(",")
        time_shapes(chosen, [int(size) for size in sys.argv[3].split(",")])
