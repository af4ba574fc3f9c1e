"""The shared-memory sliding window of the public check: same rule as a log of every hit, one limit for
every forked worker, bounded memory, and no client address in it."""

from __future__ import annotations

import math
import multiprocessing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.web.shared import SlidingWindow, key_of


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class HitLog:
    """The rule stated plainly, as the reference: every client's hit times, kept for one window."""

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.hits: dict[str, list[float]] = {}

    def hit(self, client: str) -> int:
        now = self.clock()
        recent = [t for t in self.hits.get(client, []) if now - t < self.window]
        if len(recent) >= self.limit:
            self.hits[client] = recent
            return max(1, math.ceil(self.window - (now - recent[0])))
        self.hits[client] = [*recent, now]
        return 0


def test_limit_per_window_then_wait() -> None:
    clock = Clock()
    limiter = SlidingWindow(3, 60, clock=clock)
    assert [limiter.hit("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.hit("a") == 60
    clock.now += 20
    assert limiter.hit("a") == 40
    clock.now += 40
    assert limiter.hit("a") == 0  # the first three requests left the window
    assert [limiter.hit("a") for _ in range(3)] == [0, 0, 60]
    assert limiter.hit("b") == 0  # another client has its own window


def test_idle_clients_are_not_counted_and_memory_is_bounded() -> None:
    clock = Clock()
    limiter = SlidingWindow(5, 10, clock=clock, slots=64)
    for i in range(64):
        assert limiter.hit(f"client-{i}") == 0
    assert limiter.clients() == 64
    clock.now += 11
    for i in range(200):  # more clients than slots: the idle ones make room
        assert limiter.hit(f"late-{i}") == 0
    assert limiter.clients() <= 64


def test_the_table_holds_no_address_and_forgets_idle_clients() -> None:
    clock = Clock()
    limiter = SlidingWindow(2, 10, clock=clock)
    limiter.hit("203.0.113.77")
    memory = bytes(limiter._table.map)
    digest = key_of("203.0.113.77").to_bytes(8, "little")
    assert b"203.0.113.77" not in memory and digest in memory
    assert key_of("203.0.113.77") > 0 and key_of("203.0.113.77") != key_of("203.0.113.78")
    clock.now += 10.5
    limiter.hit("203.0.113.78")  # a window later, the next hit sweeps
    assert digest not in bytes(limiter._table.map)
    assert limiter.clients() == 1


def test_a_client_behind_a_forgotten_slot_keeps_its_window() -> None:
    clock = Clock()
    limiter = SlidingWindow(1, 10, clock=clock, slots=16)
    table = limiter._table
    # two keys that share a probe sequence: the second lands in the slot after the first
    first, second = 5, 5 + table.slots
    with table.locked():
        table.slot(first, clock.now)
        offset, _ = table.slot(second, clock.now + 8)
    table.forget(clock.now + 1)  # the first is forgotten, the second stays
    with table.locked():
        again, known = table.slot(second, clock.now + 9)
    assert known and again == offset  # found past the emptied slot, not created anew


@pytest.mark.parametrize(("limit", "window"), [(0, 10), (1, 0), (-1, 5)])
def test_nonsense_settings_are_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        SlidingWindow(limit, window)


@settings(max_examples=60, deadline=None)
@given(
    limit=st.integers(1, 6),
    window=st.sampled_from([1.0, 5.0, 60.0]),
    steps=st.lists(st.tuples(st.sampled_from("abc"), st.floats(0, 20, allow_nan=False)), max_size=60),
)
def test_same_answers_as_a_log_of_every_hit(limit: int, window: float, steps: list[tuple[str, float]]) -> None:
    clock = Clock()
    shared = SlidingWindow(limit, window, clock=clock, slots=16)
    log = HitLog(limit, window, clock)
    for client, advance in steps:
        clock.now += advance
        assert shared.hit(client) == log.hit(client), (client, clock.now)


def _hit(limiter: SlidingWindow, tries: int, start: Any, out: Any) -> None:
    start.wait(30)
    out.put(sum(limiter.hit("198.51.100.7") == 0 for _ in range(tries)))


def test_forked_workers_share_one_window() -> None:
    limiter = SlidingWindow(30, 60)
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_hit, args=(limiter, 25, start, out)) for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    accepted = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
    assert sum(accepted) == 30, accepted
    assert limiter.hit("198.51.100.7") > 0
