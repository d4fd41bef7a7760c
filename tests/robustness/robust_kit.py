"""Helpers of the robustness tests: hostile inputs, safe-page checks, throwaway site builds.

Every hostile text here is written for these tests (nothing copied from any data set).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import html5lib

from sitekit import REPO, write_settings

MARKER = "PWNED"  # every injected script carries it, so a leak is found wherever it lands
XSS_TEXT = (
    f'<script>alert("{MARKER}")</script>',
    f'<img src=x onerror="alert(\'{MARKER}\')">',
    f'<iframe src="javascript:alert(\'{MARKER}\')"></iframe>',
    f"[click me](javascript:alert('{MARKER}'))",
    f"[click](JaVaScRiPt:alert('{MARKER}'))",
    f"![pic](javascript:alert('{MARKER}'))",
    f"<javascript:alert('{MARKER}')>",
    f'<a href="javascript:alert(\'{MARKER}\')">x</a>',
    f"<svg onload=alert('{MARKER}')>",
    f"</script><script>alert('{MARKER}')</script>",
    f"]]><script>alert('{MARKER}')</script>",
    f"{{{{ '{MARKER}' }}}} {{% raw %}}",
    f"&lt;script&gt;alert(&quot;{MARKER}&quot;)&lt;/script&gt; &#60;img src=x onerror=alert('{MARKER}')&#62;",
)
GOOD_PARAGRAPHS = (
    "The harbour board of Ostvik approved a new ferry timetable on Monday after months of complaints.",
    "Officials said the changes would add two crossings at weekends and one early service on weekdays.",
    "Passenger groups welcomed the decision but asked for lower fares for students and pensioners.",
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcdoc", "poster", "data", "background"})
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def good_article(headline: str, *extra: str) -> str:
    return headline + "\n\n" + "\n\n".join((*GOOD_PARAGRAPHS, *extra)) + "\n"


def tree_hashes(folder: Path) -> dict[str, str]:
    """Relative path → sha256 of every file under ``folder`` (what 'unchanged' means in these tests)."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def theme_script_texts(theme: Path) -> set[re.Pattern]:
    """Inline script bodies the theme itself writes, as patterns: a Jinja expression matches any
    JSON-escaped value (no ``<``), what an ``{% if %}`` holds may be there or not (each branch), what a
    ``{% for %}`` holds any number of times, other Jinja statements and comments match nothing."""
    patterns = set()
    for template in theme.rglob("*.html"):
        for body in re.findall(r"<script\b[^>]*>(.*?)</script>", template.read_text(encoding="utf-8"), re.S):
            body = re.sub(r"{#.*?#}", "", body, flags=re.S)
            if re.sub(r"{[%{].*?[%}]}", "", body, flags=re.S).strip():
                patterns.add(re.compile(_script_pattern(body)))
    return patterns


# A piece of a template's script: a statement, an expression, or text between them.
_SCRIPT_PIECE = re.compile(r"{%-?\s*(\w+).*?-?%}|{{.*?}}|[^{]+|{", re.S)
# What each statement opens, separates or closes in the pattern (other statements: nothing).
_STATEMENT_PATTERNS = {"if": "(?:", "elif": "|", "else": "|", "endif": ")?", "for": "(?:", "endfor": ")*"}


def _script_pattern(body: str) -> str:
    pattern = []
    for piece in _SCRIPT_PIECE.finditer(body):
        if piece.group(1):
            pattern.append(r"\s*" + _STATEMENT_PATTERNS.get(piece.group(1), "") + r"\s*")
        elif piece.group().startswith("{{"):
            pattern.append("[^<]*?")
        else:
            pattern.append(_spaced(piece.group()))
    return r"\s*".join(pattern)


def _spaced(text: str) -> str:
    """A pattern of ``text`` in which white space may come and go (Jinja's whitespace control)."""
    return r"\s*".join(re.escape(word) for word in text.split())


def page_problems(html: str, theme_scripts: set[re.Pattern]) -> list[str]:
    """What in a rendered page could run injected code, or is not well-formed HTML5 / clean text."""
    problems = []
    if CONTROL_CHARACTERS.search(html):
        problems.append(f"control character {CONTROL_CHARACTERS.search(html).group()!r}")
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    document = parser.parse(html)
    fatal = [error for _, error, _ in parser.errors if error not in {"unexpected-character-after-solidus-in-tag"}]
    if fatal:
        problems.append(f"HTML5 parse errors: {fatal[:3]}")
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        problems += _element_problems(tag, element, theme_scripts)
    return problems


def _element_problems(tag: str, element, theme_scripts: set[re.Pattern]) -> list[str]:
    problems = []
    if tag in {"iframe", "object", "embed", "svg", "frame"}:
        problems.append(f"<{tag}> element")
    for name, value in element.attrib.items():
        if name.lower().startswith("on"):
            problems.append(f"event handler {name}={value!r} on <{tag}>")
        if name.lower() in URL_ATTRIBUTES and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(
                ("javascript:", "vbscript:", "data:text")):
            problems.append(f"script URL in {name} of <{tag}>")
    if tag == "script":
        problems += _script_problems(element, theme_scripts)
    return problems


def _script_problems(element, theme_scripts: set[re.Pattern]) -> list[str]:
    body = element.text or ""
    if element.get("type") == "application/ld+json":
        try:
            json.loads(body)
        except ValueError as error:
            return [f"JSON-LD is not JSON: {error}"]
        return []
    if element.get("src") and MARKER not in element.get("src"):
        return []
    flat = re.sub(r"\s+", " ", body).strip()
    if MARKER in body or not any(known.fullmatch(flat) for known in theme_scripts):
        return [f"script not from the theme: {body[:80]!r}"]
    return []


class Site:
    """A throwaway site under tmp_path built by ``newsarchive build`` in a subprocess."""

    def __init__(self, root: Path, plugins: tuple[str, ...] = (), theme: Path | None = None, **overrides) -> None:
        self.root = root
        self.content, self.inbox, self.output = root / "content", root / "inbox", root / "output"
        (self.content / "articles").mkdir(parents=True, exist_ok=True)
        self.inbox.mkdir(exist_ok=True)
        if plugins:
            overrides["PLUGINS"] = ["newsarchive_pelican", *plugins]
            overrides["PLUGIN_PATHS"] = [str(REPO / "plugins"), str(Path(__file__).parent / "fixture_plugins")]
        if theme is not None:
            overrides["THEME"] = str(theme)
        self.settings = write_settings(root, self.content, self.output, self.inbox, **overrides)

    def put(self, name: str, data: bytes | str, folder: str = "inbox") -> Path:
        path = (self.inbox if folder == "inbox" else self.content / "articles") / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def command(self) -> list[str]:
        return [sys.executable, "-m", "newsarchive.cli", "build", "--settings", str(self.settings)]

    def build(self, timeout: int = 240) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(), capture_output=True, text=True, timeout=timeout, cwd=self.root)

    def start(self, **popen) -> subprocess.Popen:
        return subprocess.Popen(self.command(), cwd=self.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, **popen)

    def article_pages(self) -> list[Path]:
        return sorted(self.output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))

    def pages(self) -> list[Path]:
        return sorted(path for path in self.output.rglob("*.html") if "pagefind" not in path.parts)


def copied_theme(destination: Path, patch: dict[str, tuple[str, str]]) -> Path:
    """A copy of the project's theme with text replaced in some templates ({name: (old, new)})."""
    theme = destination / "theme"
    shutil.copytree(REPO / "theme", theme)
    for name, (old, new) in patch.items():
        template = theme / "templates" / name
        text = template.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        template.write_text(text.replace(old, new, 1), encoding="utf-8")
    return theme


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip()
