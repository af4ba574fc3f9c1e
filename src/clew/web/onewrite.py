"""One system call per answer: the HTTP protocol uvicorn runs, with its writes of one loop turn joined.

uvicorn's httptools protocol writes an answer's status line and headers, then its
body, as two ``transport.write`` calls; with uvloop each is a ``send`` on the socket
of its own, and on loopback each wakes the client on its own. For the screening
routes, where an answer is a few kilobytes computed in about a millisecond, the two
sends were about a tenth of a worker's time. Here the protocol gets a transport
that keeps what is written during one turn of the event loop and sends it at the
end of that turn, in one call: the bytes and their order are unchanged, and no
write waits longer than the turn it was made in.

Used by ``clew.web.serving.uvicorn_config`` when httptools is installed (the
``web`` extra); without it uvicorn's own choice (h11) runs unchanged.
"""

from __future__ import annotations

import asyncio
from functools import cache
from typing import Any


class JoinedWrites:
    """A transport wrapper: writes of one event-loop turn leave in one ``write`` of the real transport.

    Everything but writing and closing is the real transport's (``__getattr__``), so
    flow control (pause/resume reading, the write-buffer limits that call the
    protocol's ``pause_writing``) works as before.
    """

    __slots__ = ("_loop", "_pending", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(bytes(data))

    def writelines(self, chunks: Any) -> None:
        for chunk in chunks:
            self.write(chunk)

    def _flush(self) -> None:
        if not self._pending:
            return
        data = self._pending[0] if len(self._pending) == 1 else b"".join(self._pending)
        self._pending.clear()
        if not self._transport.is_closing():
            self._transport.write(data)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(len(p) for p in self._pending)

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def close(self) -> None:
        self._flush()  # what was written before closing still leaves, as with the plain transport
        self._transport.close()

    def abort(self) -> None:
        self._pending.clear()
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


@cache
def protocol_class() -> type | None:
    """uvicorn's httptools protocol with joined writes, or None when httptools is not installed."""
    try:
        import httptools  # noqa: F401
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return None

    class JoinedWritesProtocol(HttpToolsProtocol):
        """HttpToolsProtocol whose transport joins the writes of one loop turn."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(JoinedWrites(transport, self.loop))  # type: ignore[arg-type]

    return JoinedWritesProtocol
