"""Faster pickling and construction for frozen, slotted dataclasses (millions of them cross process boundaries).

By default such an object is pickled through the ``__getstate__`` and
``__setstate__`` that ``dataclass(frozen=True, slots=True)`` generates; both
call ``dataclasses.fields()`` for every object, and restoring sets each field
by a Python-level ``object.__setattr__``. A cold build moves millions of these
objects (every article's candidates come back from the worker processes, and
every entry from the ingest cache). Here an object is pickled as its class's
builder and its field values, read by one ``attrgetter``.

Building is the other cost: a frozen class's generated ``__init__`` must set each
field through ``object.__setattr__`` (its own ``__setattr__`` refuses): 1.5 µs for
the 11 fields of a tag candidate. ``fast_unpickling`` makes the class a builder (kept
as ``cls._build``, where pickle names it): it fills an instance of a mutable twin
(a plain slotted dataclass of the same fields, so the same memory layout, whose
``__init__`` stores fields directly) and re-classes it as ``cls``: 0.4 µs. The object
is then a ``cls`` like any other: equal, hashed and immutable as one made by
``cls(...)``. ``builder(cls)`` gives hot paths the same function; unpickling uses it.
Classes whose ``__init__`` does more than store its arguments (``__post_init__``,
``init=False`` fields) are refused.
"""
from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import TypeVar
from collections.abc import Callable

T = TypeVar("T")
BUILD = "_build"  # the class attribute holding a class's fast builder (pickle finds it there by name)


def fast_unpickling(cls: type) -> type:
    """Class decorator, placed above ``@dataclass(frozen=True, slots=True)``."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or not all(field.init for field in fields):
        raise TypeError(f"{cls.__qualname__}: its __init__ must only store its fields to be pickled as them")
    names = tuple(field.name for field in fields)
    values = attrgetter(*names) if len(names) > 1 else (lambda self: (getattr(self, names[0]),))
    build = _builder_through_twin(cls, fields)

    def __reduce__(self):
        return build, values(self)

    __reduce__.__qualname__ = f"{cls.__qualname__}.__reduce__"
    cls.__reduce__ = __reduce__
    return cls


def builder(cls: Callable[..., T]) -> Callable[..., T]:
    """``cls(...)`` at a fraction of the cost, for a class decorated with ``fast_unpickling``."""
    return getattr(cls, BUILD)


def _builder_through_twin(cls: type, fields) -> Callable:
    """A function building ``cls`` objects through a slotted, unfrozen dataclass of the same fields (the same
    memory layout, so its instances may become ``cls`` instances), kept on ``cls`` for pickle to name."""
    twin = dataclasses.make_dataclass(
        f"{cls.__name__}Unfrozen",
        [(field.name, field.type, dataclasses.field(default=field.default, default_factory=field.default_factory))
         for field in fields],
        slots=True, eq=False, repr=False,
    )
    draft = object.__new__(twin)
    draft.__class__ = cls  # raises here, at import, if the layouts ever differ

    def build(*values, **named):
        made = twin(*values, **named)
        made.__class__ = cls
        return made

    build.__module__, build.__qualname__ = cls.__module__, f"{cls.__qualname__}.{BUILD}"
    setattr(cls, BUILD, staticmethod(build))
    return build
