"""``newsarchive <command> --help`` explains every option (a Pelican user reads it before the README)."""
from __future__ import annotations

import re

import pytest

from newsarchive.cli import main


@pytest.mark.parametrize("command", ["extract", "build", "devserver"])
def test_every_option_of_a_command_is_explained(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    options = capsys.readouterr().out.split("options:", 1)[1]
    # argparse prints an option with no help text as its line alone ("  --settings SETTINGS") before the next one
    entries = re.split(r"\n  (?=-)", "\n" + options.strip("\n"))
    unexplained = [entry.strip() for entry in entries if entry.strip() and len(entry.split()) <= 3
                   and not entry.strip().startswith("-h")]
    assert unexplained == []
