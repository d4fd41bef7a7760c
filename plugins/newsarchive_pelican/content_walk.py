"""The walk of the content folder for articles, pages and static files, without going into a symbolic link to a
folder.

Pelican's ``Generator.get_files`` walks with ``os.walk(followlinks=True)``: a link to ``/`` in ``content/articles``
walked the whole disk (a line reported for every file found there), and two links to ``.`` (a loop) made a walk
that never ended. Files through such a link are never read anyway (``reading.unusable_link``): the link is
reported once, as a folder not followed, and its files are not listed.
"""
from __future__ import annotations

import fnmatch
import os
import types

from .report import report_skipped

REPORTED_KEY = "NEWS_ARCHIVE_LINKED_FOLDERS"  # the links to folders reported in this build (several walks meet them)
LINKED_FOLDER = "a symbolic link to a folder, not followed: copy the files themselves into the folder"


def walk_without_folder_links(generator) -> None:
    """Call at a generator's ``*_generator_init``: its ``get_files`` no longer goes through links to folders."""
    generator.get_files = types.MethodType(get_files, generator)


def get_files(self, paths, exclude: list[str] | None = None, extensions=None) -> set[str]:
    """``Generator.get_files`` (the same paths, exclusions, ``IGNORE_FILES`` and extensions), never walking into a
    symbolic link to a folder below a path; each such link is reported once a build."""
    if isinstance(paths, str):
        paths = [paths]
    excluded: dict[str, set[str]] = {}
    for name in exclude or ():
        parent, folder = os.path.split(os.path.join(self.path, name))
        excluded.setdefault(parent, set()).add(folder)
    ignores = self.settings["IGNORE_FILES"]
    reported = self.context.setdefault(REPORTED_KEY, set())
    files = set()
    for path in paths:
        root = os.path.join(self.path, path) if path else self.path
        if not os.path.isdir(root):
            if os.path.exists(root) and self._include_path(path, extensions):
                files.add(path)
            continue
        for folder, folders, names in os.walk(root, topdown=True, followlinks=False):
            relative = os.path.relpath(folder, self.path)
            for name in sorted(folders):
                if name in excluded.get(folder, ()) or any(fnmatch.fnmatch(name, ignore) for ignore in ignores):
                    folders.remove(name)
                elif os.path.islink(os.path.join(folder, name)):
                    folders.remove(name)
                    link = os.path.normpath(os.path.join(relative, name))
                    if link not in reported:
                        reported.add(link)
                        report_skipped(link, LINKED_FOLDER)
            files.update(os.path.join(relative, name) for name in names
                         if self._include_path(os.path.join(relative, name), extensions))
    return files
