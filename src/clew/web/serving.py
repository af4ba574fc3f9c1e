"""Running the app: one process, or worker processes forked after the app is built.

``clew serve`` builds the app once — the pipeline (gazetteer, compiled rule packs)
is the expensive part — and then forks its worker processes, which share that
memory copy-on-write and serve the connections the parent accepts. The pipeline
is CPU work under one interpreter lock, so a process analyses one document at a
time: with a worker per core, the cores work in parallel.

The parent accepts the connections and hands each one to the next worker in turn
(the descriptor passes over a Unix socket). Workers that all accepted from the one
listening socket split a burst of keep-alive connections unevenly — seven to one
was common for eight clients — and one core then queued the work of seven while
the other idled; handed out in turn, each worker gets its share.

Nothing that holds a database connection or a thread is created before the fork:
the app opens its store lazily, in each worker, on its first request. What must
hold for the server as a whole is shared explicitly: the per-token rate limit
lives in a shared memory map (``clew.web.tokens.RateLimiter``), the flood count of
bank matches in the database.

Besides handing out connections, the parent only supervises: it forwards SIGTERM
and SIGINT to the workers, waits for them to finish the requests they have, and
starts a new worker when one dies (a worker that dies right after it started, again
and again, stops the server instead). A worker notices when its parent is gone
(its channel closes, or its parent process changes) and stops too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import select
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

MAX_DEFAULT_WORKERS = 8
"""The default is one worker per usable core, but not more than this (memory, database connections)."""
GRACE_SECONDS = 20.0
"""How long a stopping worker may take to finish its requests before it is killed."""
_QUICK_DEATH = 5.0  # a worker that dies sooner than this after it started is "crashing"
_QUICK_DEATHS_ALLOWED = 5


def default_workers() -> int:
    """One worker per core this process may run on, at most ``MAX_DEFAULT_WORKERS``; 1 without ``fork``."""
    if not hasattr(os, "fork"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_DEFAULT_WORKERS, cores))


def uvicorn_config(app: Any, *, host: str, port: int) -> Any:
    """The server settings: quiet logs (no access log), uvloop and httptools when installed.

    With httptools, the protocol joins an answer's head and body into one socket write
    (``clew.web.onewrite``).
    """
    import uvicorn

    from clew.web.onewrite import protocol_class

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        loop="auto",
        http=protocol_class() or "auto",
        timeout_graceful_shutdown=int(GRACE_SECONDS) - 5,
    )


Hook = Callable[[int], Callable[[], None]]
"""Called in a worker (with its number, 0 first) before it serves; returns what to call when it stops."""


def run(app: Any, *, host: str, port: int, workers: int, in_worker: Hook = lambda _n: lambda: None) -> int:
    """Serve ``app`` until SIGTERM or SIGINT; returns the exit status.

    ``in_worker`` runs in each worker process before it serves (in the one process
    when ``workers`` is 1): background jobs that must run once per server start in
    worker 0; what it returns runs when the worker stops (e.g. to flush records
    written in the background). Nothing runs in the supervising parent, which
    therefore holds no thread and no database connection when it forks.
    """
    import uvicorn

    config = uvicorn_config(app, host=host, port=port)
    if workers <= 1 or not hasattr(os, "fork"):
        server = uvicorn.Server(config)
        previous = _ignore_stop_signals()
        stopped = in_worker(0)
        try:
            server.run()
        finally:
            stopped()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return 0 if server.started else 1
    _settle()
    sock = config.bind_socket()
    try:
        return _supervise(config, sock, workers, in_worker)
    finally:
        sock.close()


def _settle(seconds: float = 60.0) -> None:
    """Wait for the threads the app started while it was built (warm-ups) before forking.

    A thread does not survive ``fork``; one caught half-way (holding a lock, or
    filling a cache) would leave every worker a broken copy. Finished, its work
    (the caches it warmed) is shared by every worker instead.
    """
    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    running = [t.name for t in threading.enumerate() if t is not threading.current_thread()]
    if running:
        print(f"clew serve: forking while threads still run: {', '.join(running)}", file=sys.stderr, flush=True)


def _handed_server(config: Any, channel: socket.socket) -> Any:
    """A uvicorn server that serves the connections its parent hands over ``channel``, not a socket of its own."""
    import uvicorn

    class HandedConnections(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=[])  # the app's start-up, no listening socket
            if not self.started:
                return
            loop = asyncio.get_running_loop()
            opening: set[asyncio.Task[Any]] = set()

            def protocol() -> asyncio.Protocol:
                return config.http_protocol_class(  # type: ignore[no-any-return]
                    config=config, server_state=self.server_state, app_state=self.lifespan.state
                )

            def take() -> None:
                try:
                    _, fds, _, _ = socket.recv_fds(channel, 16, 64)
                except BlockingIOError:
                    return
                except OSError:
                    fds = []
                if not fds:  # the parent closed its end: it is gone or stopping
                    loop.remove_reader(channel.fileno())
                    self.should_exit = True
                    return
                for fd in fds:
                    conn = socket.socket(fileno=fd)
                    conn.setblocking(False)
                    task = loop.create_task(loop.connect_accepted_socket(protocol, conn))
                    opening.add(task)
                    task.add_done_callback(opening.discard)

            channel.setblocking(False)
            loop.add_reader(channel.fileno(), take)

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            with contextlib.suppress(Exception):
                asyncio.get_running_loop().remove_reader(channel.fileno())
            await super().shutdown(sockets=None)

    return HandedConnections(config)


def _worker(config: Any, channel: socket.socket, parent: int, number: int, in_worker: Hook) -> None:
    """The body of a forked worker; never returns."""
    code = 0
    stopped: Callable[[], None] = lambda: None  # noqa: E731
    try:
        _ignore_stop_signals()
        stopped = in_worker(number)
        server = _handed_server(config, channel)
        threading.Thread(target=_watch_parent, args=(server, parent), name="clew-watch-parent", daemon=True).start()
        server.run(sockets=[])
        code = 0 if server.started else 3
    except BaseException:  # a worker must exit through os._exit, whatever happened
        log.exception("server worker %d failed", os.getpid())
        code = 1
    finally:
        try:
            stopped()
        except BaseException:
            log.exception("server worker %d could not finish cleanly", os.getpid())
            code = code or 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _ignore_stop_signals() -> dict[int, Any]:
    """Ignore SIGTERM and SIGINT until uvicorn installs its own handlers; returns the previous ones.

    Once it has shut down, uvicorn puts back the handlers it found and raises the
    signal it caught again: ignored, that is a no-op, and the process goes on to
    flush what it recorded in the background instead of dying on the spot.
    """
    return {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGTERM, signal.SIGINT)}


def _watch_parent(server: Any, parent: int) -> None:
    """Stop this worker when the supervising process is gone (killed without a chance to stop it)."""
    while not server.should_exit:
        if os.getppid() != parent:
            server.should_exit = True
            return
        time.sleep(0.5)


def _supervise(config: Any, sock: socket.socket, workers: int, in_worker: Hook) -> int:
    parent = os.getpid()
    children: dict[int, tuple[int, float]] = {}  # pid -> (worker number, start time)
    channels: dict[int, socket.socket] = {}  # worker number -> the parent's end of its channel
    stopping = False
    status = 0
    quick_deaths = 0
    turn = 0

    def spawn(number: int) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
        pid = os.fork()
        if pid == 0:
            ours.close()
            sock.close()
            for other in channels.values():
                other.close()
            _worker(config, theirs, parent, number, in_worker)
        theirs.close()
        ours.setblocking(False)
        old = channels.pop(number, None)
        if old is not None:
            old.close()
        channels[number] = ours
        children[pid] = (number, time.monotonic())

    def hand_over(conn: socket.socket) -> None:
        """Give the connection to the next worker in turn (skipping one that cannot take it now)."""
        nonlocal turn
        numbers = sorted(channels)
        for k in range(len(numbers)):
            number = numbers[(turn + k) % len(numbers)]
            try:
                socket.send_fds(channels[number], [b"c"], [conn.fileno()])
            except OSError:  # a full queue or a dead worker: the next one
                continue
            turn = (turn + k + 1) % len(numbers)
            return
        # no worker could take it: closing it tells the client at once

    def accept_waiting() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. too many open files: wait a little, then try again
                log.warning("clew serve could not accept a connection: %s", exc)
                time.sleep(0.1)
                return
            with conn:
                if conn.family in (socket.AF_INET, socket.AF_INET6):
                    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                hand_over(conn)

    def stop(_signum: int = 0, _frame: Any = None) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            for pid in children:
                _signal(pid, signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    sock.listen(config.backlog)
    sock.setblocking(False)
    try:
        for number in range(workers):
            spawn(number)
        stop_deadline: float | None = None
        while children:
            pid, code = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                if stopping:
                    stop_deadline = stop_deadline or time.monotonic() + GRACE_SECONDS
                    if time.monotonic() > stop_deadline:
                        for pid in children:
                            _signal(pid, signal.SIGKILL)
                    time.sleep(0.05)
                    continue
                ready, _, _ = select.select([sock], [], [], 0.25)
                if ready and not stopping:
                    accept_waiting()
                continue
            child = children.pop(pid, None)
            if child is None or stopping:
                continue
            number, started = child
            exit_code = os.waitstatus_to_exitcode(code)
            lived = time.monotonic() - started
            print(f"clew serve: worker {pid} exited ({exit_code}) after {lived:.1f} s", file=sys.stderr, flush=True)
            quick_deaths = quick_deaths + 1 if lived < _QUICK_DEATH else 0
            if exit_code == 3 or quick_deaths >= _QUICK_DEATHS_ALLOWED:
                print("clew serve: workers keep failing at start-up; stopping", file=sys.stderr, flush=True)
                status = 1
                stop()
                continue
            spawn(number)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for channel in channels.values():
            channel.close()
    return status


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
