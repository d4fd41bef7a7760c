"""Test kit: a small archive that holds one of each kind of file a site links (stories over three years, a
Markdown story linking a story, a page, a tag and an image, a saved page, a page of the site, an image), and a
server that serves a folder on 127.0.0.1 with the site in it under its public path (/archive/)."""
from __future__ import annotations

import contextlib
import functools
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from sitekit import QuietHandler, SiteFolders

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0"
                    "f01f0005000201c1d6e6b80000000049454e44ae426082")
STORIES = {  # file name -> (headline, a sentence of its own, source)
    "2024-03-05T0910-ferry.txt": ("Ferrylink doubles the winter crossings to Ostvik", "ferry timetable", "site-45"),
    "2024-11-20T1200-tram.txt": ("Brennport tram drivers vote to strike in December", "tram depot", "site-207"),
    "2025-02-14T0800-quay.txt": ("Harbour Board sells the old quay to a housing trust", "quay sale", "site-12"),
    "2025-07-01T1630-bridge.txt": ("Calder bridge closes for eight weeks of repairs", "bridge works", "site-580"),
    "2026-01-09T0715-flood.txt": ("Redmarsh flood wall finished a year late", "flood wall", "site-45"),
    "2026-04-22T1900-derby.txt": ("Athletic and Rovers share the points in the derby", "derby draw", "site-9021"),
}
MARKDOWN_STORY = """\
Title: Pictures from the harbour budget debate
Date: 2025-06-11 09:00
Tags: harbour budget, Brennport
Source: site-45

Councillors debated the harbour budget for six hours, and [the ferry story]({filename}/articles/2024-03-05T0910-ferry.txt)
was cited often.

![The harbour at dawn]({static}/images/pier.png)

More on [the harbour budget]({tag}harbour-budget), in [the desk's own words]({filename}/pages/contact.md) and on
[another site](https://example.com/budget?year=2025&part=2).
"""
SAVED_PAGE = """\
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Osel valley monitors arrive at the border – Calder Post</title>
<meta property="og:site_name" content="Calder Post">
<meta property="article:published_time" content="2025-09-30T10:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Osel valley monitors arrive at the border</h1>
<p>Forty ceasefire monitors reached the Osel valley on Tuesday, a week later than the agreement signed in May had
promised, and began patrols along the river that marks the line between the two armies.</p>
<p>The monitors, drawn from six countries, will report every fortnight to the regional security council, whose
chair said the delay had been caused by arguments over vehicles and radios rather than by either side.</p>
<p>Villagers on both banks said the first patrols had been quiet. "We want to see them here in the winter, not
only this week," said a farmer in the valley, who asked that his name not be used.</p>
</article><footer>Copyright Calder Post</footer></body></html>
"""
DESK_PAGE = """\
Title: Contact the desk
Slug: contact

Write to the desk about [the latest derby]({filename}/articles/2026-04-22T1900-derby.txt).

![The desk]({static}/images/pier.png)
"""


def write_site(site: SiteFolders) -> None:
    for name, (headline, own, source) in STORIES.items():
        site.add_article(name, f"{headline}\n\n{headline} was confirmed on the day, with the {own} the main "
                               f"question for the council.\n\nOfficials said the {own} would be reviewed again in "
                               f"the spring, after residents asked for a public meeting.\n\nsource {source}\n")
    site.add_article("2025-06-11T0900-pictures.md", MARKDOWN_STORY)
    site.add_article("2025-09-30T1000-monitors.html", SAVED_PAGE)
    (site.content / "pages").mkdir()
    (site.content / "pages" / "contact.md").write_text(DESK_PAGE, encoding="utf-8")
    (site.content / "images").mkdir()
    (site.content / "images" / "pier.png").write_bytes(PNG)


@contextlib.contextmanager
def served_at(root: Path, path: str):
    """Serve ``root`` on 127.0.0.1; yield the URL of ``path`` ("/archive", or "") there, the site's URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()


def serve_site_at(site: SiteFolders, path: str) -> Path:
    """A folder holding (a link to) ``site``'s output at ``path`` ("/archive", or "" for its root), to serve."""
    served = site.root / "served"
    (served / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
    (served / path.lstrip("/")).symlink_to(site.output)
    return served
