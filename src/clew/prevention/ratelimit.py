"""A per-client sliding-window rate limit, in memory.

The public check is open to anyone, so one client must not be able to keep the
server busy. Each client (its address) may make ``limit`` checks per ``window``
seconds; the next one is told how long to wait (``Retry-After``). Only the
address and the times of recent requests are held, in memory, for one window;
nothing is written anywhere.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """``hit(client)`` returns 0 when allowed, else the seconds to wait."""

    def __init__(self, limit: int, window: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be at least 1 and window positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._recent: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._last_sweep = clock()

    def hit(self, client: str) -> int:
        now = self._clock()
        with self._lock:
            if now - self._last_sweep > self.window:
                self._sweep(now)
            recent = self._recent.setdefault(client, deque())
            while recent and now - recent[0] >= self.window:
                recent.popleft()
            if len(recent) >= self.limit:
                return max(1, math.ceil(self.window - (now - recent[0])))
            recent.append(now)
            return 0

    def _sweep(self, now: float) -> None:
        """Forget clients with no request in the last window (bounded memory)."""
        for client in [c for c, times in self._recent.items() if not times or now - times[-1] >= self.window]:
            del self._recent[client]
        self._last_sweep = now

    def clients(self) -> int:
        """How many clients are remembered right now (for tests and monitoring)."""
        with self._lock:
            return len(self._recent)
