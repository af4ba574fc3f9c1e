"""The per-client rate limit of the public check: a sliding window, bounded memory."""

from __future__ import annotations

import pytest

from clew.prevention.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limit_per_window_then_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(3, 60, clock=clock)
    assert [limiter.hit("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.hit("a") == 60
    clock.now += 20
    assert limiter.hit("a") == 40
    clock.now += 40
    assert limiter.hit("a") == 0  # the first request left the window


def test_clients_are_counted_separately() -> None:
    limiter = RateLimiter(1, 10, clock=Clock())
    assert limiter.hit("a") == 0
    assert limiter.hit("b") == 0
    assert limiter.hit("a") > 0


def test_idle_clients_are_forgotten() -> None:
    clock = Clock()
    limiter = RateLimiter(5, 10, clock=clock)
    for i in range(100):
        limiter.hit(f"client-{i}")
    assert limiter.clients() == 100
    clock.now += 11
    limiter.hit("late")
    assert limiter.clients() == 1


@pytest.mark.parametrize(("limit", "window"), [(0, 10), (1, 0), (-1, 5)])
def test_nonsense_settings_are_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        RateLimiter(limit, window)
