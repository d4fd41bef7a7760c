"""The core (plugins/newsarchive) never imports Pelican: only the adapter (newsarchive_pelican) knows it.

The command line is the one module of the core that reaches the adapter, and only inside the functions
of the commands that build a site (``build``, ``devserver``): ``extract`` and every other module run
without Pelican.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsarchive

CORE = Path(newsarchive.__file__).parent
MODULES = sorted(CORE.glob("*.py"))
ADAPTER_ALLOWED_IN = {"cli.py"}  # inside a function only


def _imported(tree: ast.AST) -> list[tuple[str, bool]]:
    """Each absolute module name imported, and whether the import is at module level."""
    found = []
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, id(node) in top_level))
    return found


@pytest.mark.parametrize("module", MODULES, ids=[module.name for module in MODULES])
def test_a_core_module_imports_neither_pelican_nor_the_adapter_at_module_level(module):
    for name, top_level in _imported(ast.parse(module.read_text(encoding="utf-8"))):
        root = name.partition(".")[0]
        assert root != "pelican", f"{module.name} imports {name}"
        if root == "newsarchive_pelican":
            assert module.name in ADAPTER_ALLOWED_IN and not top_level, f"{module.name} imports {name}"
