"""Base of the generators that only write files from what the article generator produced."""
from __future__ import annotations

from pathlib import Path


class OutputGenerator:
    """A Pelican generator (``get_generators``) that adds nothing to the context and writes in ``generate_output``."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = Path(output_path)

    def generate_context(self) -> None:
        """Nothing to add: these generators only read what the article generator produced."""
