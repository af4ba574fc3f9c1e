"""Small tables in shared memory, for state that must hold across the workers of ``clew serve``.

``clew serve`` forks its worker processes after building the app (``clew.web.serving``),
so a table created while the app is built is one table for every worker: the
per-token rate limit of the API (``clew.web.tokens``) and the per-client limit of
the public check (``clew.web.check``) hold for the server as a whole, whichever
process answers.

A table is a fixed number of fixed-size slots in a memory-only file (``memfd``:
nothing reaches the disk), mapped shared, keyed by a positive 64-bit integer with
open addressing. A lock guards it: ``lockf`` on the file excludes the other
processes (the kernel releases it if a process dies holding it) and a thread lock
the other threads of the process. Clocks are ``time.monotonic``, one clock for
every process of the machine.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import mmap
import os
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_HEAD = struct.Struct("<qd")  # key, last use
_FREE = 0  # a slot never used
_FORGOTTEN = -1  # a slot emptied by SharedTable.forget


class SharedTable:
    """``slots`` slots of ``size`` bytes after a (key, last use) head; see :meth:`slot`."""

    PROBES = 64

    def __init__(self, slots: int, size: int, name: str) -> None:
        self.slots = slots
        self.stride = _HEAD.size + size
        length = slots * self.stride
        try:
            self._fd = os.memfd_create(name, os.MFD_CLOEXEC)
        except (AttributeError, OSError):  # not Linux: an unlinked temporary file
            handle = tempfile.TemporaryFile(prefix=name)  # noqa: SIM115 - its descriptor is kept below
            self._fd = os.dup(handle.fileno())
            handle.close()
        os.ftruncate(self._fd, length)
        self.map = mmap.mmap(self._fd, length)  # MAP_SHARED: the same pages in every forked worker
        self._lock = threading.Lock()

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            os.close(fd)

    @contextmanager
    def locked(self) -> Iterator[None]:
        with self._lock:
            fcntl.lockf(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.lockf(self._fd, fcntl.LOCK_UN)

    def slot(self, key: int, now: float) -> tuple[int, bool]:
        """(offset of the slot's data, whether it already held ``key``); call under :meth:`locked`.

        A new key takes a free slot, or when its probe sequence is full, the slot
        used the longest ago: the callers' state expires within a minute or so, so
        one idle that long has nothing left to remember. Slots emptied by
        :meth:`forget` are tombstones: a search goes on past them, a new key may
        take one.
        """
        if key <= 0:
            raise ValueError("a shared-table key is a positive integer")
        room, oldest, oldest_at = -1, -1, math.inf
        for probe in range(min(self.PROBES, self.slots)):
            offset = ((key + probe) % self.slots) * self.stride
            held, last = _HEAD.unpack_from(self.map, offset)
            if held == key:
                _HEAD.pack_into(self.map, offset, key, now)
                return offset + _HEAD.size, True
            if held == _FREE:
                room = offset if room < 0 else room
                break
            if held == _FORGOTTEN:
                room = offset if room < 0 else room
            elif last < oldest_at:
                oldest, oldest_at = offset, last
        chosen = room if room >= 0 else oldest
        _HEAD.pack_into(self.map, chosen, key, now)
        return chosen + _HEAD.size, False

    def forget(self, before: float) -> None:
        """Empty every slot last used before ``before``: its key and data are overwritten with zeros."""
        blank = bytes(self.stride - _HEAD.size)
        with self.locked():
            for i in range(self.slots):
                offset = i * self.stride
                held, last = _HEAD.unpack_from(self.map, offset)
                if held > 0 and last < before:
                    _HEAD.pack_into(self.map, offset, _FORGOTTEN, 0.0)
                    self.map[offset + _HEAD.size : offset + self.stride] = blank

    def used(self, since: float) -> int:
        """How many slots were used at or after ``since``."""
        with self.locked():
            heads = (_HEAD.unpack_from(self.map, i * self.stride) for i in range(self.slots))
            return sum(1 for key, last in heads if key > 0 and last >= since)


_DIGEST_KEY = os.urandom(16)
"""Drawn once per server start, before the workers are forked, so they all key alike;
an address cannot be recovered from the table by hashing every possible address."""


def key_of(text: str) -> int:
    """A positive 63-bit key for a string (a client address): a keyed digest, so the table never holds the text."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8, key=_DIGEST_KEY).digest()
    return int.from_bytes(digest, "big") >> 1 or 1


class SlidingWindow:
    """At most ``limit`` hits per key within any ``window`` seconds, shared across forked workers.

    Each slot keeps the times of the key's last ``limit`` accepted hits in a ring:
    a hit is accepted when fewer than ``limit`` came within the window, that is when
    the oldest of those ``limit`` is a window old — exactly the rule of a log of
    every recent hit, in bounded memory. A client idle for a whole window is
    forgotten (its slot overwritten with zeros) at the next sweep, once a window.
    """

    _COUNT = struct.Struct("<qq")  # how many times are held, index of the oldest

    def __init__(
        self, limit: int, window: float, *, clock: Callable[[], float] = time.monotonic, slots: int = 4096
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be at least 1 and window positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._times = struct.Struct(f"<{limit}d")
        room = max(16, min(slots, (64 << 20) // (self._COUNT.size + self._times.size)))  # at most 64 MiB
        self._table = SharedTable(room, self._COUNT.size + self._times.size, "clew-window")
        self._last_sweep = clock()

    def hit(self, client: str) -> int:
        """0 when the hit is accepted, else the whole seconds to wait."""
        table, key = self._table, key_of(client)
        if self._clock() - self._last_sweep > self.window:  # forget clients idle for a window
            self._last_sweep = self._clock()
            table.forget(self._last_sweep - self.window)
        with table.locked():
            now = self._clock()
            offset, known = table.slot(key, now)
            count, oldest = self._COUNT.unpack_from(table.map, offset) if known else (0, 0)
            at = offset + self._COUNT.size
            if count < self.limit:
                struct.pack_into("<d", table.map, at + 8 * count, now)
                self._COUNT.pack_into(table.map, offset, count + 1, 0)
                return 0
            first: float = struct.unpack_from("<d", table.map, at + 8 * oldest)[0]
            if now - first < self.window:
                return max(1, math.ceil(self.window - (now - first)))
            struct.pack_into("<d", table.map, at + 8 * oldest, now)
            self._COUNT.pack_into(table.map, offset, count, (oldest + 1) % self.limit)
            return 0

    def clients(self) -> int:
        """How many clients made a hit within the last window."""
        return self._table.used(self._clock() - self.window)
