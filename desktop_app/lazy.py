"""Package names that load their module on first use (PEP 562).

A page worker process (``sync/page_workers.py``) imports a handful of modules from
``desktop_app.sync`` and ``desktop_app.stripe_api``; with eager package imports it
also loaded the Stripe SDK and the whole sync, which took most of its start-up
(~0.2 s per process, while the sync was waiting for it). Type checkers see the
names through the package's ``if TYPE_CHECKING:`` imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name in ``where`` comes from the
    module named there, imported when the name is first asked for."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__
