"""The API key in the process environment: out of it while the app runs.

``STRIPE_API_KEY`` gives the command line its key (scripts, CI). Every child process
inherits the environment: the browser ``billing-manager portal`` starts
(``webbrowser``), the ``xdg-open`` that Qt starts for the window's links
(``QDesktopServices`` passes the process environment on), the window's sync process.
None of them needs the key, and a browser keeps its environment for as long as it
runs. So ``desktop_app.cli.main`` runs inside ``api_key_out_of_environment()``: the
variable leaves ``os.environ`` (which unsets it in the C environment too, the one Qt
and ``subprocess`` pass on) before anything else runs, and the key stays in memory
for ``desktop_app.cli.connection``. The window's own processes never read it: a
profile's key comes from the keyring, the demo's travels to the sync process as an
argument. When the run is over the variable is put back, so that a caller running
``main`` again in the same process (the tests do) finds the environment it set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

ENV_KEY = "STRIPE_API_KEY"

_key: str | None = None
_running = False


@contextmanager
def api_key_out_of_environment() -> Iterator[None]:
    """For the length of a run: STRIPE_API_KEY in memory, not in the environment."""
    global _key, _running
    _key, _running = os.environ.pop(ENV_KEY, None), True
    try:
        yield
    finally:
        if _key is not None and ENV_KEY not in os.environ:
            os.environ[ENV_KEY] = _key
        _key, _running = None, False


def environment_api_key() -> str | None:
    """The key STRIPE_API_KEY held when the run started (outside a run: its value)."""
    return _key if _running else os.environ.get(ENV_KEY)
