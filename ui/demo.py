"""Demo mode: the built-in Stripe emulator with its seeded demo account, in-process.

``DemoRuntime.start()`` (run it on a worker) starts the emulator on a free port on
127.0.0.1 and makes an empty cache in a temporary folder; the window then runs a
full sync against it like against Stripe. ``stop()`` shuts the emulator down and
removes the folder (the window calls it on quit).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ui.sync_process import SyncTarget

log = logging.getLogger(__name__)

DEMO_SUBSCRIPTIONS = 400
DEMO_SEED = 7


@dataclass(frozen=True)
class DemoEnvironment:
    store_path: Path
    api_factory: Callable[[], Any]
    base_url: str
    sync_target: SyncTarget


class DemoRuntime:
    def __init__(
        self,
        subscriptions: int = DEMO_SUBSCRIPTIONS,
        seed: int = DEMO_SEED,
        budget_rps: float = 50.0,
    ) -> None:
        self.subscriptions = subscriptions
        self.seed = seed
        self.budget_rps = budget_rps
        self.emulator: Any = None
        self._stack = contextlib.ExitStack()
        self._folder: Path | None = None

    def start(self) -> DemoEnvironment:
        from desktop_app.emulator import run_emulator

        emulator = self._stack.enter_context(
            run_emulator(seed=self.seed, subscriptions=self.subscriptions, latency_ms=0)
        )
        self.emulator = emulator
        self._folder = Path(tempfile.mkdtemp(prefix="billing-manager-demo-"))
        store_path = self._folder / "demo.sqlite3"
        key, base_url, budget = emulator.api_key, emulator.base_url, self.budget_rps

        def api_factory() -> Any:
            from desktop_app.stripe_api import StripeApi

            return StripeApi(key, api_base=base_url, budget_rps=budget)

        log.info("Demo emulator running at %s", base_url)
        target = SyncTarget(api_key=key, api_base=base_url, budget_rps=budget)
        return DemoEnvironment(store_path, api_factory, base_url, target)

    def stop(self) -> None:
        try:
            self._stack.close()
        finally:
            self.emulator = None
            if self._folder is not None:
                shutil.rmtree(self._folder, ignore_errors=True)
                self._folder = None
