"""A file the pipeline cannot read is rejected with the reason, by every way into the pipeline."""
from __future__ import annotations

import os

import pytest

from newsarchive.config import ArchiveConfig
from newsarchive.model import Rejected
from newsarchive.pipeline import extract_paths, load_page, prepare_path

ENTRANCES = {
    "extract_paths": lambda path: extract_paths([path], ArchiveConfig())[0],
    "prepare_path": lambda path: prepare_path(path, ArchiveConfig()),
    "load_page": lambda path: load_page(path, ArchiveConfig().max_file_bytes),
}


def _missing(folder):
    return folder / "gone.txt", "cannot read the file: No such file or directory"


def _pipe(folder):
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt", "cannot read the file: not a regular file"


@pytest.mark.parametrize("entrance", ENTRANCES, ids=list(ENTRANCES))
@pytest.mark.parametrize("make", [_missing, _pipe], ids=["missing", "named-pipe"])
def test_an_unreadable_file_is_rejected_with_why(tmp_path, entrance, make):
    path, reason = make(tmp_path)
    result = ENTRANCES[entrance](str(path))
    assert isinstance(result, Rejected) and result.path == str(path)
    assert result.reason.startswith(reason)
