"""What in ``output/`` the build did not write: entries kept by ``OUTPUT_RETENTION``, and files put there by hand.

A build makes the new site in a staging folder and swaps it with ``output/`` (build.py). Two kinds of
things in ``output/`` are not the build's to replace:

- the top-level entries named in Pelican's ``OUTPUT_RETENTION`` (a ``.git`` checkout for GitHub Pages, a
  ``.well-known/`` folder): as Pelican's ``clean_output_dir`` does, a name is matched against the entries
  at the top of the output folder only, hidden ones included. Each is moved (renamed, never copied) into
  the staging folder just before the swap, so it goes on being in ``output/``; one of the same name the
  build made is dropped, with a message. A journal beside ``output/`` names the entries while they are
  moved: a build killed between the moves and the swap leaves each of them either in ``output/`` or in
  the staging folder, and the next build puts those back (``return_retained``) before it deletes what the
  killed build left.
- any other file the build did not write (``set_aside_hand_made``): it is moved out of ``output/`` into
  ``output.set-aside/<time of the build>/``, never deleted, with a message naming it. What the build
  wrote is known from the list of the files of the site each build leaves in its cache folder (``save_site_record``);
  the live site's files not linked into the new one come from the linking walk (writer.py), so no
  folder is walked again.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from collections.abc import Callable, Iterable

from .report import one_line
from .writer import NOT_LINKED_FOLDERS, WriteLog, remove_path, site_files

logger = logging.getLogger("newsarchive")
SITE_RECORD_NAME = "site-files"  # in the cache folder: the files of the live site, as the build wrote them
PREVIOUS_RECORD_NAME = "site-files.previous"  # the record before it: the files of the spare (the retired site)
MAX_NAMED = 10  # hand-made files named one line each; the rest counted


def retained_names(settings: dict) -> tuple[str, ...]:
    """``OUTPUT_RETENTION``'s names that can match an entry at the top of the output folder (as Pelican
    compares them: a whole name, so never one with a slash)."""
    names = settings.get("OUTPUT_RETENTION") or ()
    if isinstance(names, str):
        names = (names,)
    return tuple(dict.fromkeys(name for name in names if isinstance(name, str) and name not in ("", ".", "..")
                               and "/" not in name and "\0" not in name))


def journal_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.retained")


def carry_retained(staging: Path, output: Path, names: Iterable[str]) -> None:
    """Move each retained entry of ``output`` into the complete site ``staging`` (to be swapped in next).

    Anything the build made under a retained name is removed first (the retained one wins), and the
    journal is written before the first move: at every instant each entry is in ``output`` or in
    ``staging``, and a later build finds it (``return_retained``).
    """
    present = [name for name in names if os.path.lexists(output / name)]
    if not present:
        return
    for name in present:
        made = staging / name
        if os.path.lexists(made):
            logger.warning("%s: kept as it is (OUTPUT_RETENTION); the build's own %s is not published",
                           one_line(output / name), one_line(name))
            remove_path(made)
    journal = journal_path(output)
    with open(journal, "w", encoding="utf-8", errors="surrogateescape") as stream:
        stream.write("\0".join(present))
        stream.flush()
        os.fsync(stream.fileno())
    for name in present:
        os.rename(output / name, staging / name)


def finish_carrying(output: Path) -> None:
    """After the swap: the retained entries are in ``output`` again, the journal is done with."""
    journal_path(output).unlink(missing_ok=True)


def return_retained(output: Path, folders: Iterable[Path]) -> bool:
    """Put back into ``output`` the retained entries a build moved into one of ``folders`` (its staging
    folder, or what a killed build left) and did not swap in; False if one could not be put back
    (the journal and that folder are then to be kept)."""
    journal = journal_path(output)
    try:
        names = journal.read_text(encoding="utf-8", errors="surrogateescape").split("\0")
    except FileNotFoundError:
        return True
    done = True
    for name in filter(None, names):
        for folder in folders:
            moved = folder / name
            if not os.path.lexists(moved):
                continue
            if os.path.lexists(output / name):  # made anew meanwhile (a fresh `git init`): neither copy is lost
                done = _set_aside_retained(moved, output, name) and done
                continue
            if not output.is_dir():  # a swap cut short: the next build puts the site back first
                done = False
                continue
            try:
                os.rename(moved, output / name)
                logger.info("%s: put back (kept by OUTPUT_RETENTION; a build stopped before it swapped the site in)",
                            one_line(output / name))
            except OSError as error:
                logger.error("%s: could not be put back into %s (%s); it is kept where it is",
                             one_line(moved), one_line(output), one_line(error))
                done = False
    if done:
        journal.unlink(missing_ok=True)
    return done


def _set_aside_retained(moved: Path, output: Path, name: str) -> bool:
    target = _set_aside_folder(output) / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(moved, target)
    except OSError as error:
        logger.error("%s: could not be set aside (%s); it is kept where it is", one_line(moved), one_line(error))
        return False
    logger.warning("%s: kept by OUTPUT_RETENTION, moved out by a build that stopped before it swapped the site in; "
                   "%s has one of that name now, so the earlier one is moved to %s", one_line(moved),
                   one_line(output), one_line(target))
    return True


def holds_retained(folder: Path, output: Path) -> bool:
    """Whether ``folder`` holds an entry the journal names (one that is not to be deleted with it)."""
    try:
        names = journal_path(output).read_text(encoding="utf-8", errors="surrogateescape").split("\0")
    except FileNotFoundError:
        return False
    return any(os.path.lexists(folder / name) for name in filter(None, names))


def rescue_from_spare(spare: Path, output: Path, names: Iterable[str]) -> None:
    """A retained entry found in the spare and missing from ``output`` (moved there by a build of an older
    version, which did not honour ``OUTPUT_RETENTION``) is put back into ``output``."""
    for name in names:
        if os.path.lexists(spare / name) and not os.path.lexists(output / name):
            os.rename(spare / name, output / name)
            logger.warning("%s: put back from %s (kept by OUTPUT_RETENTION; an older build had moved it there)",
                           one_line(output / name), one_line(spare))


def set_aside_hand_made(staging: Path, output: Path, log: WriteLog, record_folder: Path | None) -> list[str]:
    """Move the live site's files that the new site does not have and no build wrote (put into ``output``
    by hand) to ``output.set-aside/<time>/``, keeping their paths; their relative paths.

    A file the last build wrote and this one does not (a page of a removed article) goes with the old site.
    Without a record of the last build's files (a build of a version before the record, or none), the pages and
    feeds its render manifest names count as written, and every other file leaving the site is set aside: none
    is lost.
    """
    candidates = [*sorted(log.unproduced),
                  *(name for name in log.unlinked if not os.path.lexists(staging / name))]
    if not candidates:
        return []
    written = load_site_record(record_folder)
    if written is None and log.last_rendered:
        written = set(log.last_rendered)
    hand_made = [name for name in candidates if written is None or name not in written]
    if not hand_made:
        return []
    folder = _set_aside_folder(output)
    whole = _hand_made_folders(hand_made, staging, output, written)  # moved whole, empty sub-folders and all
    moved = []
    for name in (*sorted(whole), *(name for name in hand_made if name.split("/", 1)[0] not in whole)):
        target = folder / name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(output / name, target)
        except OSError as error:  # it stays in the old site, deleted with it later: said so
            logger.warning("%s: not written by the build, and could not be set aside (%s): it leaves the site",
                           one_line(output / name), one_line(error))
            continue
        moved.append(name)
        if len(moved) <= MAX_NAMED:
            logger.warning("%s: not written by the build (put there by hand?), so not in the new site: moved to %s "
                           "(to publish a file as it is, keep it in content/extra/ and name it in STATIC_PATHS; "
                           "to keep it in %s/ untouched, name it, or its top folder there, in OUTPUT_RETENTION)",
                           one_line(output / name), one_line(target), one_line(output.name))
    if len(moved) > MAX_NAMED:
        logger.warning("%d more files not written by the build moved from %s to %s", len(moved) - MAX_NAMED,
                       one_line(output), one_line(folder))
    return moved


def _hand_made_folders(hand_made: list[str], staging: Path, output: Path, written: set[str] | None) -> set[str]:
    """The folders at the top of ``output`` that hold hand-made files only (a ``.git`` checkout that
    OUTPUT_RETENTION does not name): no build wrote below them, and the new site has none of that name."""
    tops = {name.split("/", 1)[0] for name in hand_made if "/" in name}
    built = {name.split("/", 1)[0] for name in written} if written is not None else set()
    return {top for top in tops - built if not os.path.lexists(staging / top)
            and (output / top).is_dir() and not (output / top).is_symlink()}


def _holds_nothing(path: str) -> bool:
    """Whether ``path`` is a folder with no file (nor symbolic link) anywhere below it: what a file set aside from
    a folder of the site leaves behind, no one's to keep."""
    if os.path.islink(path) or not os.path.isdir(path):
        return False
    return not any(files or any(os.path.islink(os.path.join(folder, name)) for name in folders)
                   for folder, folders, files in os.walk(path))


def set_aside_root(output: Path) -> Path:
    return output.with_name(f"{output.name}.set-aside")


def _set_aside_folder(output: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    folder, number = set_aside_root(output) / stamp, 1
    while folder.exists():
        number += 1
        folder = set_aside_root(output) / f"{stamp}-{number}"
    return folder


def site_record(staging: Path, log: WriteLog, retained: Iterable[str]) -> list[str]:
    """The relative paths of the files of the complete site ``staging`` the build wrote (or kept from the last
    one), from what the writer produced, the site's own files and Pelican's static ones: no walk of the site."""
    base = os.path.abspath(staging) + os.sep
    names = {path[len(base):] for path in log.produced if path.startswith(base)}
    names.update(path.relative_to(staging).as_posix() for path in site_files(staging, log.site_folders)
                 if not path.is_dir())
    names.update(log.static_outputs)
    skipped = {*retained, *NOT_LINKED_FOLDERS}
    return sorted(name for name in names if name.split("/", 1)[0] not in skipped)


def save_site_record(folder: Path | None, names: list[str]) -> None:
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{SITE_RECORD_NAME}.{os.getpid()}.tmp"
        temporary.write_text("\0".join(names), encoding="utf-8", errors="surrogateescape")
        if (folder / SITE_RECORD_NAME).exists():
            os.replace(folder / SITE_RECORD_NAME, folder / PREVIOUS_RECORD_NAME)
        os.replace(temporary, folder / SITE_RECORD_NAME)
    except OSError as error:
        logger.warning("could not record the site's files in %s (%s): files leaving the site next time are set "
                       "aside rather than deleted", one_line(folder), one_line(error))


def load_site_record(folder: Path | None, name: str = SITE_RECORD_NAME) -> set[str] | None:
    if folder is None:
        return None
    try:
        return set((folder / name).read_text(encoding="utf-8", errors="surrogateescape").split("\0"))
    except OSError:
        return None


def late_hand_made(staging: Path, output: Path, record_folder: Path | None) -> Callable[[str], bool] | None:
    """For ``link_previous_pages`` over the spare (the site the last build retired): a file or folder of it that the
    live site does not have and the build that made it did not write was put into ``output`` by hand while the
    last build ran (after its set-aside). It is moved to ``output.set-aside/`` and named, not removed with the rest
    of the old site. None without the record of that build (then the old site's files go, as before)."""
    written = load_site_record(record_folder, PREVIOUS_RECORD_NAME)
    if written is None:
        return None
    base = os.path.join(os.path.abspath(staging), "")
    folders: set[str] = set()  # every folder holding a file the build wrote (made once, when first needed)
    aside: list[Path] = []  # the set-aside folder, made once

    def set_aside(path: str) -> bool:
        relative = path[len(base):] if path.startswith(base) else None
        if relative is None or relative in written:
            return False
        if not folders:
            folders.update(name.rsplit("/", depth)[0] for name in written for depth in range(1, name.count("/") + 1))
        if relative in folders or _holds_nothing(path):
            return False
        if not aside:
            aside.append(_set_aside_folder(output))
        target = aside[0] / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(path, target)
        except OSError:
            return False
        logger.warning("%s: put into %s by hand while a build ran (so not in the site since): moved to %s",
                       one_line(relative), one_line(output), one_line(target))
        return True
    return set_aside
