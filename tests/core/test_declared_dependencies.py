"""Every distribution our code imports is declared, pinned, in pyproject.toml.

Jinja2 or dateutil arrive with Pelican today; a later Pelican that drops one would break an install that
resolves only what we declare. So what plugins/ and the settings files import is named in ``dependencies``
with an exact version, and that version is the one constraints.txt pins.
"""
from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "plugins").rglob("*.py")) + [ROOT / "pelicanconf.py", ROOT / "publishconf.py"]
OWN_MODULES = {"newsarchive", "newsarchive_pelican", "pelicanconf"}
PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lines) -> dict[str, str]:
    pins = {}
    for line in lines:
        match = PIN.match(line)
        if match:
            pins[_normalised(match[1])] = match[2]
    return pins


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.partition(".")[0])
    return roots - set(sys.stdlib_module_names) - OWN_MODULES


DECLARED = _pins(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"])
CONSTRAINED = _pins((ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines())
IMPORTED = sorted({(root, path.relative_to(ROOT).as_posix()) for path in SOURCES for root in _imported_roots(path)})


@pytest.mark.parametrize(("module", "source"), IMPORTED, ids=[f"{m}:{s}" for m, s in IMPORTED])
def test_a_module_our_code_imports_comes_from_a_declared_pinned_dependency(module, source):
    distributions = importlib.metadata.packages_distributions().get(module)
    assert distributions, f"{source} imports {module}, which no installed distribution provides"
    assert any(_normalised(name) in DECLARED for name in distributions), (
        f"{source} imports {module} (from {', '.join(distributions)}), not declared in pyproject.toml")


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_a_declared_dependency_is_pinned_at_the_version_constraints_txt_pins(name):
    assert CONSTRAINED.get(name) == DECLARED[name], f"{name}: pyproject {DECLARED[name]}, constraints.txt {CONSTRAINED.get(name)}"
