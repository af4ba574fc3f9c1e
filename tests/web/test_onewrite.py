"""The joined-writes transport: bytes of one loop turn leave together, in order, and closing loses nothing."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import uvicorn
from screening_support import free_port

from clew.web.onewrite import JoinedWrites, protocol_class
from clew.web.serving import uvicorn_config


async def _pair() -> tuple[JoinedWrites, socket.socket, asyncio.Transport]:
    ours, theirs = socket.socketpair()
    theirs.setblocking(False)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_connection(asyncio.Protocol, sock=ours)
    return JoinedWrites(transport, loop), theirs, transport  # type: ignore[arg-type]


def _received(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except BlockingIOError:
        return b""


def test_writes_of_one_turn_leave_together_at_its_end() -> None:
    async def scenario() -> tuple[bytes, bytes, int]:
        joined, peer, transport = await _pair()
        joined.write(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n")
        joined.write(bytearray(b"hello"))
        joined.write(b"")
        during = _received(peer)
        pending = joined.get_write_buffer_size()
        await asyncio.sleep(0)  # the turn ends: the writes go out
        await asyncio.sleep(0.01)
        after = _received(peer)
        transport.close()
        peer.close()
        return during, after, pending

    during, after, pending = asyncio.run(scenario())
    assert during == b""
    assert pending == len(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello")
    assert after == b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello"


def test_close_sends_what_was_written_before_it() -> None:
    async def scenario() -> bytes:
        joined, peer, _ = await _pair()
        joined.writelines([b"last ", b"words"])
        joined.close()
        await asyncio.sleep(0.01)
        data = _received(peer)
        peer.close()
        return data

    assert asyncio.run(scenario()) == b"last words"


def test_abort_drops_pending_bytes() -> None:
    async def scenario() -> bytes:
        joined, peer, _ = await _pair()
        joined.write(b"never sent")
        joined.abort()
        await asyncio.sleep(0.01)
        data = _received(peer)
        peer.close()
        return data

    assert asyncio.run(scenario()) == b""


def test_the_server_settings_use_it_and_answers_arrive_whole() -> None:
    """A real uvicorn server with the settings ``clew serve`` uses: keep-alive answers, large and small."""
    port = free_port()

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            return
        size = int(scope["path"].strip("/") or "0")
        body = b"x" * size
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", str(size).encode())]})
        await send({"type": "http.response.body", "body": body})

    config = uvicorn_config(app, host="127.0.0.1", port=port)
    assert config.http is protocol_class()
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for _ in range(100):
                try:
                    client.get("/0")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            for size in (0, 1, 4096, 3_000_000, 17):
                answer = client.get(f"/{size}")
                assert answer.status_code == 200
                assert answer.content == b"x" * size
    finally:
        server.should_exit = True
        thread.join(10)
