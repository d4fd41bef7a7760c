"""Settings for publishing: the real site URL (set NEWSARCHIVE_SITEURL), everything else as pelicanconf."""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

SITEURL = os.environ.get("NEWSARCHIVE_SITEURL", "https://news.example.org")
