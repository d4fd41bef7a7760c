"""The ``newsarchive`` command: ``extract`` (JSON Lines, no build), ``build`` (the site) and ``devserver``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from .config import ArchiveConfig
from .model import Article, Rejected


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsarchive", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print each article's extraction as JSON Lines, without building")
    extract.add_argument("files", nargs="+", help="raw article files (.txt, .md, .html)")
    extract.add_argument("--json", action="store_true", help="JSON Lines output (the default and only format)")
    build = commands.add_parser("build", help="ingest inbox/ and build the site into output/")
    build.add_argument("--settings", default="pelicanconf.py")
    devserver = commands.add_parser("devserver", help="build, serve output/ on 127.0.0.1, rebuild and reload on changes")
    devserver.add_argument("--settings", default="pelicanconf.py")
    devserver.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args.files)
    if args.command == "devserver":
        from newsarchive_pelican.devserver import serve_and_watch

        return serve_and_watch(args.settings, port=args.port)
    from newsarchive_pelican.build import build_site  # build and devserver are the CLI's only ways into the adapter

    return build_site(args.settings)


def _extract(files: Sequence[str]) -> int:
    from .pipeline import extract_paths

    for result in extract_paths(files, ArchiveConfig(), workers=os.cpu_count() or 1):
        if isinstance(result, Rejected):
            print(f"newsarchive: {result.path}: skipped: {result.reason}", file=sys.stderr)
            print(json.dumps({"path": result.path, "error": result.reason}, ensure_ascii=False))
        else:
            print(json.dumps(article_json(result), ensure_ascii=False))
    return 0


def article_json(article: Article) -> dict:
    return {
        "path": article.path,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "tags": list(article.tags),
        "summary": article.summary,
        "body_markdown": article.body_markdown,
        "removed": [{"line": item.line, "family": item.family} for item in article.removed],
        "truncated": article.truncated,
        "word_count": article.word_count,
        "content_hash": article.content_hash,
    }


if __name__ == "__main__":
    sys.exit(main())
