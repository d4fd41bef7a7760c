"""Faster unpickling for frozen, slotted dataclasses (results cross process and cache boundaries by pickle).

The ``__setstate__`` that ``dataclass(frozen=True, slots=True)`` generates calls
``dataclasses.fields()`` for every object it restores; a cold build restores
millions of them (every article's blocks and tag candidates come back from the
worker processes and the ingest cache). The replacement sets the same fields,
in the same order, from a tuple of names made once per class.
"""
from __future__ import annotations

import dataclasses


def fast_unpickling(cls: type) -> type:
    """Class decorator, placed above ``@dataclass(frozen=True, slots=True)``."""
    names = tuple(field.name for field in dataclasses.fields(cls))
    assign = object.__setattr__

    def __setstate__(self, state) -> None:
        for name, value in zip(names, state):
            assign(self, name, value)

    __setstate__.__qualname__ = f"{cls.__qualname__}.__setstate__"
    cls.__setstate__ = __setstate__
    return cls
