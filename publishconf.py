"""Settings for publishing: the real site URL (set NEWSARCHIVE_SITEURL), everything else as pelicanconf."""
import os
import sys
from urllib.parse import urlsplit

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

# The public address, from the environment (a CI secret, say). Unset, empty or not an address (a missing secret, a
# typo), the build stops before it touches output/: a site published with the sample's address or the preview's
# (the feeds, sitemaps and canonical links would name http://localhost:8000) is worse than the last good one.
SITEURL = os.environ.get("NEWSARCHIVE_SITEURL", "").strip()
if urlsplit(SITEURL).scheme not in ("http", "https") or not urlsplit(SITEURL).netloc:
    raise SystemExit(
        "newsarchive: publish refused: NEWSARCHIVE_SITEURL is "
        + (f"{SITEURL!r}, not the site's public address" if SITEURL else
           "empty" if "NEWSARCHIVE_SITEURL" in os.environ else "not set")
        + ": set it to the address the site is served at, with its https:// "
          "(NEWSARCHIVE_SITEURL=https://news.example.org/archive make publish); nothing was built, and the site "
          "in output/ is unchanged")
