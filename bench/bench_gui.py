"""How responsive the window stays with 100,000 subscriptions.

A QTimer heartbeat (every 10 ms) on the GUI thread records the longest gap
between beats: that is the longest stall a user would feel. Measured:

1. a full sync of N subscriptions from the emulator (demo mode, in-process);
2. clicking every filter chip (each re-queries the cache on a worker);
3. sorting on every column, both ways;
4. cold start: a new window on the filled cache until the table is painted.

Run: ``xvfb-run -a .venv/bin/python bench/bench_gui.py [--subscriptions 100000]``.
Target: no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer  # noqa: E402


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval = interval_ms
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.beats = 0

    def start(self) -> None:
        self.worst = 0.0
        self.beats = 0
        self.clock.start()
        self.timer.start()

    def _beat(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        self.beats += 1
        self.worst = max(self.worst, gap - self.interval)

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def wait_for(signal: Any, action: Callable[[], None], timeout_s: float) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    action()
    loop.exec()
    signal.disconnect(loop.quit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--budget", type=float, default=1000.0, help="requests/s to the emulator")
    args = parser.parse_args()

    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        import os

        os.environ[var] = str(tmp / var.lower())

    from ui import demo as demo_module
    from ui.app import create_application
    from ui.filter_chips import CHIP_KEYS
    from ui.main_window import MainWindow
    from ui.subscription_model import Column

    app = create_application()
    beat = Heartbeat()
    results: dict[str, float] = {}

    original = demo_module.DemoRuntime.__init__

    def patched(self: Any, subscriptions: int = args.subscriptions, **kw: Any) -> None:
        original(self, subscriptions=subscriptions, budget_rps=args.budget)

    demo_module.DemoRuntime.__init__ = patched  # type: ignore[method-assign]

    t0 = time.perf_counter()
    window = MainWindow(demo=True, demo_subscriptions=args.subscriptions, ignore_saved_state=True)
    window.show()
    beat.start()
    wait_for(window.syncCompleted, lambda: None, timeout_s=3600)
    wait_for(window.viewUpdated, lambda: None, timeout_s=120)
    results["sync (full, incl. emulator start)"] = beat.stop()
    sync_seconds = time.perf_counter() - t0
    rows = window.model.rowCount()
    print(f"synced {rows:,} rows in {sync_seconds:.1f} s", flush=True)

    beat.start()
    for key in (*CHIP_KEYS[1:], CHIP_KEYS[0]):
        wait_for(window.viewUpdated, window.chips.chips[key].click, timeout_s=120)
    results["filter (every chip)"] = beat.stop()

    beat.start()
    header = window.table.horizontalHeader()
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            wait_for(
                window.viewUpdated,
                lambda c=column, o=order: header.setSortIndicator(c, o),
                timeout_s=120,
            )
    results["sort (every column, both ways)"] = beat.stop()

    beat.start()
    wait_for(window.viewUpdated, lambda: window.header.search.setText("example"), timeout_s=120)
    results["search"] = beat.stop()

    store_path = window.session.store_path if window.session else None
    # keep the cache: cold start opens a second window on it, without the network
    assert store_path is not None
    beat.start()
    clock = time.perf_counter()
    cold = MainWindow(ignore_saved_state=True)
    cold.open_session(store_path, None, name="cold", mode="demo", test=True)
    cold.show()
    wait_for(cold.viewUpdated, lambda: None, timeout_s=120)
    cold.table.viewport().repaint()
    app.processEvents()
    cold_seconds = time.perf_counter() - clock
    results["cold start from cache"] = beat.stop()

    print(f"\nGUI-thread stalls with {rows:,} subscriptions (heartbeat 10 ms; target < 50 ms)")
    for name, worst in results.items():
        print(f"  {name:<40} longest stall {worst:7.1f} ms")
    print(f"  cold start to a painted table: {cold_seconds * 1000:.0f} ms")
    cold.close()
    window.close()
    window.shutdown()
    return 0 if max(results.values()) <= 50 else 1


if __name__ == "__main__":
    raise SystemExit(main())
