"""Pelican settings for the newsarchive site (local preview; publishconf.py overrides for publishing)."""
import os

AUTHOR = "newsarchive"
SITENAME = "The Archive Desk"
SITESUBTITLE = "A cleaned, tagged and linked archive of scraped news"
SITEURL = ""  # pages link root-relative ("/tags/"): the preview works at any host and port (make serve PORT=…)
# Feeds, sitemaps, canonical links and a story's structured data need absolute URLs: they use SITEURL when it is
# absolute (publishconf.py, or your own settings, set the public one), else this preview address: the port `make serve`
# serves on (`make html PORT=8080`, `make serve PORT=8080` pass it as NEWSARCHIVE_PREVIEW_PORT), 8000 by default.
FEED_DOMAIN = f"http://localhost:{os.environ.get('NEWSARCHIVE_PREVIEW_PORT', '').strip() or 8000}"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["newsarchive_pelican"]
IGNORE_FILES = [".*", "*~", "*.tmp"]

# Our reader renders Markdown with markdown-it-py; Pelican's own readers stay out of the way.
READERS = {"rst": None}
# Every template escapes by default: scraped text is untrusted.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}
# A summary is plain text (the story's first sentences, or its Summary: line): Pelican must not run its link
# rewriting over it, as it does over "formatted" fields ("{filename}..." in a Summary: line became a live link).
FORMATTED_FIELDS = []

# Where new raw articles are dropped; `make html` copies new ones into content/articles/.
NEWS_ARCHIVE_INBOX = "inbox"

# newsarchive's own settings (validated once by ArchiveConfig.from_settings).
NEWS_ARCHIVE = {
    "max_file_bytes": 5_000_000,
    "summary_words": 45,
    "remove_agency_credits": True,
}

# Stable, date-based, folder-style URLs.
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
ARTICLE_TRANSLATION_ID = None  # two articles with one headline are not translations
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
DAY_ARCHIVE_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORY_URL = TAG_URL  # a Category: line is a tag: a {category}x link leads to its tag page
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "tags", "archives", "search", "subscribe", "404"]
SEARCH_SAVE_AS = "search/index.html"
SEARCH_URL = "search/"
SUBSCRIBE_SAVE_AS = "subscribe/index.html"  # how to follow the archive: its feeds' addresses, to copy into a reader
SUBSCRIBE_URL = "subscribe/"
DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
NEWEST_FIRST_ARCHIVES = True
# Dates read as the theme writes them ("6 December 2026", "6 Dec 2026" in lists) unless DEFAULT_DATE_FORMAT (a
# strftime format such as "%d/%m/%Y") or DATE_FORMATS[DEFAULT_LANG] is set. LINKS and SOCIAL, (title, URL) pairs,
# show in the footer when set.

# Pelican's own feeds are off: newsarchive builds its feeds with feedgen.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TAG_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
FEED_RSS_URL = "feeds/rss.xml"
FEED_ATOM_URL = "feeds/atom.xml"
FEED_JSON_URL = "feeds/feed.json"
FEED_MAX_ITEMS = 50  # main RSS, Atom and JSON feeds
TAG_FEED_RSS_URL = "tag/{slug}/feed.xml"  # one RSS feed per tag (written by newsarchive, not Pelican)
TAG_FEED_MAX_ITEMS = 20

# Discoverability: sitemap.xml, a Google News sitemap (48 h before the newest article) and robots.txt.
SITEMAP_SAVE_AS = "sitemap.xml"
NEWS_SITEMAP_SAVE_AS = "news-sitemap.xml"

# Dates come from the ledger, never from Pelican's file-name parsing (it drops "2026-02-30-…" files).
FILENAME_METADATA = ""
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = False  # the build command writes into a fresh folder and swaps it in
