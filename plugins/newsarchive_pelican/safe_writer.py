"""A Pelican writer that renders each article page on its own.

Pelican's writer lets any exception from one article's template stop the whole
build. This writer catches a failure while rendering one article (or page),
reports it with the article's file name as a skipped input, and goes on with
the rest. Listing pages (index, tags, archives) still fail the build: without
them the site is not complete. Nothing is written for a page that failed
(Pelican renders the whole page before it opens the file), and Pelican's own
``sanitised_join`` keeps every file inside the output folder.
"""
from __future__ import annotations

from jinja2 import TemplateError
from pelican.writers import Writer

from .report import report_unrendered

# What a template can raise on one article's data (a missing attribute, a bad
# value handed to a filter, a path outside the output folder): the build goes on.
RENDERING_ERRORS = (TemplateError, ValueError, TypeError, AttributeError, LookupError, ArithmeticError, RuntimeError)


class SafeWriter(Writer):
    """Pelican's writer, with a failure rendering one article reported instead of fatal."""

    def write_file(self, name, template, context, *args, **kwargs):
        content = kwargs.get("article") or kwargs.get("page")
        if content is None:
            return super().write_file(name, template, context, *args, **kwargs)
        try:
            return super().write_file(name, template, context, *args, **kwargs)
        except RENDERING_ERRORS as error:
            source = getattr(content, "relative_source_path", None) or getattr(content, "source_path", name)
            report_unrendered(source, f"{type(error).__name__}: {error}", article=kwargs.get("article") is not None)
            return None
