"""The ``newsarchive`` command: ``extract`` (JSON Lines, no build), ``build`` (the site) and ``devserver``."""
from __future__ import annotations

import argparse
import atexit
import json
import os
import runpy
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Sequence

from .collector import batch_collection
from .config import ArchiveConfig, ConfigError
from .model import Article, Rejected
from .overrides import apply_overrides, read_overrides


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsarchive", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print each article's extraction as JSON Lines, without building")
    extract.add_argument("files", nargs="+", help="raw article files (.txt, .md, .html)")
    extract.add_argument("--json", action="store_true", help="JSON Lines output (the default and only format)")
    extract.add_argument("--settings", help="a pelicanconf.py: apply its NEWS_ARCHIVE settings (and SUMMARY_MAX_LENGTH) "
                                            "and its content folder's tag overrides table (default: built-in "
                                            "settings, no table)")
    build = commands.add_parser("build", help="ingest inbox/ and build the site into output/")
    build.add_argument("--settings", default="pelicanconf.py",
                       help="the Pelican settings file (default: pelicanconf.py; publishconf.py for the public site)")
    build.add_argument("--retag", action="store_true",
                       help="tag every article again, as one corpus (the ledger records each article's tags, "
                            "which later builds keep while its text and the tag settings are unchanged)")
    devserver = commands.add_parser("devserver", help="build, serve output/ on 127.0.0.1, rebuild and reload on changes")
    devserver.add_argument("--settings", default="pelicanconf.py",
                           help="the Pelican settings file (default: pelicanconf.py)")
    devserver.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000; 0: a free one)")
    serve = commands.add_parser("serve", help="serve output/ as it is on 127.0.0.1 (make serve), its 404 page for a "
                                              "missing address")
    serve.add_argument("--settings", default="pelicanconf.py", help="the Pelican settings file (default: pelicanconf.py)")
    serve.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000)")
    args = parser.parse_args(argv)
    if args.command == "extract":
        try:
            with batch_collection():
                return _extract(args.files, args.settings)
        except BrokenPipeError:  # the reader stopped reading ("extract … | head -1"): it has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (Python flushes stdout at exit)
            return 141  # as a shell reports a command ended by SIGPIPE
    if args.command == "serve":
        from newsarchive_pelican.devserver import serve_site

        return serve_site(args.settings, port=args.port)
    if args.command == "devserver":
        from newsarchive_pelican.devserver import serve_and_watch

        return serve_and_watch(args.settings, port=args.port)
    from newsarchive_pelican.build import build_site  # build, serve and devserver are the CLI's only ways into the adapter

    try:
        with batch_collection():
            status = build_site(args.settings, retag=args.retag)
    except KeyboardInterrupt:  # the site is swapped in whole or not at all: say so instead of a traceback
        print("newsarchive: build interrupted: output/ holds the last complete site; the next build cleans up "
              "after this one", file=sys.stderr)
        status = 130
    if argv is None:  # the console command, not a caller in this process
        exit_without_teardown(status)
    return status


def exit_without_teardown(status: int) -> None:
    """End the process now that the build is done: exit handlers run and output is flushed, then it exits.

    A build leaves every article of the archive in memory; letting the interpreter
    free them one object at a time takes about 0.6 s at 10k articles, and nothing
    is gained by it when the process ends anyway. ``atexit._run_exitfuncs`` is
    CPython's own exit step (logging's flush, finalizers), run here before leaving.
    """
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """What ``extract --settings`` takes from a settings file."""

    config: ArchiveConfig = ArchiveConfig()
    content: Path | None = None  # the content folder, where the tag overrides table lives


def load_settings(settings_file: str | None) -> ExtractSettings:
    """NEWS_ARCHIVE and the content folder (PATH, relative to the settings file) of a pelicanconf.py.

    The file is run as Python, as Pelican runs it (the core does not import Pelican).
    """
    if settings_file is None:
        return ExtractSettings()
    values = runpy.run_path(settings_file)
    content = Path(settings_file).resolve().parent / values.get("PATH", ".")
    return ExtractSettings(ArchiveConfig.from_site_settings(values), content)


def _extract(files: Sequence[str], settings_file: str | None = None) -> int:
    from .pipeline import extract_paths

    try:
        settings = load_settings(settings_file)
    except (OSError, SyntaxError, ImportError, NameError, ConfigError) as error:  # a settings file is Python
        print(f"newsarchive: cannot use the settings file {settings_file}: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    results = extract_paths(files, settings.config, workers=os.cpu_count() or 1)
    if settings.content is not None:
        results = _with_overrides(results, settings)
    for result in results:
        if isinstance(result, Rejected):
            print(f"newsarchive: {result.path}: skipped: {result.reason}", file=sys.stderr)
            print(json.dumps({"path": result.path, "error": result.reason}, ensure_ascii=False))
        else:
            print(json.dumps(article_json(result), ensure_ascii=False))
    return 1 if results and all(isinstance(result, Rejected) for result in results) else 0  # nothing extracted


def _with_overrides(results: Sequence[Article | Rejected], settings: ExtractSettings) -> tuple[Article | Rejected, ...]:
    """Apply the overrides table; the table names articles relative to the content folder.

    Only the table's bad lines are reported: entries for articles not given to extract are expected.
    """
    content, name = settings.content, settings.config.tag_overrides
    if not name:
        return tuple(results)
    table = read_overrides(content / name)
    for problem in table.problems:
        print(f"newsarchive: {problem}", file=sys.stderr)
    relative = [replace(result, path=os.path.relpath(os.path.abspath(result.path), content)) for result in results]
    changed, _ = apply_overrides(relative, table, settings.config.tag)
    return tuple(replace(new, path=old.path) for new, old in zip(changed, results))


def article_json(article: Article) -> dict:
    return {
        "path": article.path,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "authors": list(article.authors),
        "tags": list(article.tags),
        "summary": article.summary,
        "body_markdown": article.body_markdown,
        "removed": [{"line": item.line, "family": item.family} for item in article.removed],
        "truncated": article.truncated,
        "word_count": article.word_count,
        "content_hash": article.content_hash,
        "notes": list(article.notes),
    }


if __name__ == "__main__":
    sys.exit(main())
