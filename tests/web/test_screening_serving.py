"""How `clew serve` runs: forked workers that share one rate limit, supervision, the fast screening path.

The rate-limit tests fork real processes that draw from one limiter; the server
tests run the real `clew serve` with two workers and look at its processes in
/proc.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from screening_support import Server, clew, new_token

from clew.model import Document
from clew.pipeline import Pipeline
from clew.web.auth import SECURITY_HEADERS
from clew.web.screening import INLINE_CHARS, ScreenResult
from clew.web.serving import _settle, default_workers
from clew.web.tokens import RateLimiter

DOC = {"id": "w1", "text": "New girls every week, ask for daddy. Call 213-555-0127 or x@example.com", "country": "US"}


def _draw(limiter: RateLimiter, key: int, tries: int, start: Any, out: Any) -> None:
    start.wait(30)
    granted = sum(limiter.acquire(key, 50) is None for _ in range(tries))
    out.put(granted)


def test_forked_processes_draw_from_one_bucket() -> None:
    limiter = RateLimiter(clock=lambda: 1000.0)  # a stopped clock: nothing refills, whatever the machine's load
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_draw, args=(limiter, 7, 40, start, out)) for _ in range(4)]
    for p in procs:
        p.start()
    start.set()
    granted = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
    assert sum(granted) == 50, granted  # 160 tries from four processes for one bucket of 50
    assert limiter.acquire(7, 50) is not None  # the parent sees the bucket its children emptied
    assert limiter.acquire(8, 50) is None  # another token is not held back


def test_a_full_table_reuses_the_bucket_idle_longest() -> None:
    now = [1000.0]
    limiter = RateLimiter(clock=lambda: now[0], slots=4)
    for key in (1, 2, 3, 4):
        assert limiter.acquire(key, 2) is None
    now[0] += 1
    assert limiter.acquire(1, 2) is None  # token 1 spent its two requests
    assert limiter.acquire(1, 2) is not None
    now[0] += 120
    assert limiter.acquire(5, 2) is None  # no free slot: token 2's bucket (idle longest, long refilled) is reused
    assert limiter.acquire(1, 2) is None  # token 1 keeps its own bucket (refilled after two minutes)
    with pytest.raises(ValueError):
        limiter.acquire(0, 2)


def test_default_workers_is_one_per_core_at_most_eight() -> None:
    assert default_workers() == max(1, min(8, len(os.sched_getaffinity(0))))


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    ws = tmp_path_factory.mktemp("serving") / "ws"
    clew(ws, "init")
    clew(ws, "group", "create", "ring", "--org", "Police A", "--key-file", str(ws.parent / "ring.key"))
    clew(ws, "bank", "create", "leads", "--group", "ring")
    clew(ws, "bank", "add", "leads", "phone", "+1 213 555 0127", "--opinion", "confirmed")
    yield {
        "ws": ws,
        "screen": new_token(ws, "platform", "screen"),
        "ten": new_token(ws, "ten", "screen", rate=10),
    }


def test_two_workers_share_the_rate_limit_of_a_token(workspace: dict) -> None:
    server = Server(workspace["ws"], workers=2)
    try:
        assert _wait_for(lambda: len(_children(server.proc.pid)) == 2)
        codes: list[int] = []
        lock = threading.Lock()

        def fresh_connections() -> None:
            for _ in range(6):  # a new connection each time: either worker may accept it
                with server.client(workspace["ten"]) as http:
                    code = http.post("/api/v1/screen", json=DOC).status_code
                with lock:
                    codes.append(code)

        threads = [threading.Thread(target=fresh_connections) for _ in range(8)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        refilled = int((time.monotonic() - started) / 6) + 1  # 10 a minute: one more every 6 s
        # 48 requests, 10 a minute for the whole server; a limit kept per worker would have let up to 20 through
        assert set(codes) == {200, 429}
        assert 10 <= codes.count(200) <= 10 + refilled < 20, (codes, refilled)
    finally:
        server.stop()


def _server_connections(pid: int, port: int) -> int:
    """Established TCP connections to ``port`` that process ``pid`` holds (from /proc)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for row in f.readlines()[1:]:
                cols = row.split()
                if int(cols[1].rsplit(":", 1)[1], 16) == port and cols[3] == "01":  # local port, ESTABLISHED
                    inodes.add(cols[9])
    held = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        held += target.startswith("socket:[") and target[8:-1] in inodes
    return held


def test_keep_alive_connections_are_shared_out_evenly(workspace: dict) -> None:
    """Eight clients that connect at once: each of two workers serves four (the parent hands them out in turn)."""
    server = Server(workspace["ws"], workers=2)
    clients = [server.client(workspace["screen"]) for _ in range(8)]
    try:
        assert _wait_for(lambda: len(_children(server.proc.pid)) == 2)
        barrier = threading.Barrier(8)
        codes: list[int] = []

        def first_request(http: httpx.Client) -> None:
            barrier.wait(30)
            codes.append(http.post("/api/v1/screen", json=DOC).status_code)

        threads = [threading.Thread(target=first_request, args=(http,)) for http in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert codes == [200] * 8
        workers = sorted(_children(server.proc.pid))
        held = [_server_connections(pid, server.port) for pid in workers]
        assert held == [4, 4], held
        assert _server_connections(server.proc.pid, server.port) == 0  # the parent keeps none
        for http in clients:  # the same connections go on working
            assert http.post("/api/v1/screen", json=DOC).status_code == 200
    finally:
        for http in clients:
            http.close()
        server.stop()


def test_a_dead_worker_is_replaced_and_sigterm_stops_them_all(workspace: dict) -> None:
    server = Server(workspace["ws"], workers=2)
    try:
        assert _wait_for(lambda: len(_children(server.proc.pid)) == 2)
        first = _children(server.proc.pid)
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        assert _wait_for(lambda: len(_children(server.proc.pid) - {victim}) == 2), _children(server.proc.pid)
        replaced = _children(server.proc.pid)
        assert victim not in replaced
        with server.client(workspace["screen"]) as http:
            for _ in range(4):
                assert http.post("/api/v1/screen", json=DOC).status_code == 200
    finally:
        log = server.stop()
    assert server.proc.returncode == 0, log
    assert f"worker {victim} exited" in log
    assert _wait_for(lambda: not any(_alive(pid) for pid in replaced), 10)


def test_workers_stop_when_their_supervisor_is_killed(workspace: dict) -> None:
    server = Server(workspace["ws"], workers=2)
    try:
        assert _wait_for(lambda: len(_children(server.proc.pid)) == 2)
        workers = _children(server.proc.pid)
        server.proc.kill()
        server.proc.wait(10)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 20)
    finally:
        server.stop()


def test_one_worker_serves_in_a_single_process(workspace: dict) -> None:
    server = Server(workspace["ws"], workers=1)
    try:
        assert _children(server.proc.pid) == set()
        with server.client(workspace["screen"]) as http:
            assert http.post("/api/v1/screen", json=DOC).status_code == 200
    finally:
        server.stop()
    assert server.proc.returncode == 0


@pytest.fixture(scope="module")
def default_server(workspace: dict) -> Iterator[Server]:
    server = Server(workspace["ws"])
    try:
        yield server
    finally:
        server.stop()


def test_the_default_server_forks_one_worker_per_core(default_server: Server) -> None:
    expected = default_workers()
    assert _wait_for(lambda: len(_children(default_server.proc.pid)) == (0 if expected == 1 else expected))


@pytest.mark.parametrize("length", [400, INLINE_CHARS + 5_000])
def test_screen_answers_are_the_pipelines_analysis(default_server: Server, workspace: dict, length: int) -> None:
    """Short texts are screened on the event loop, long ones in a thread: the same record either way."""
    filler = " Clean rooms, friendly staff, breakfast included."
    doc = DOC | {"text": (DOC["text"] + filler * (length // len(filler) + 1))[:length]}
    with default_server.client(workspace["screen"]) as http:
        resp = http.post("/api/v1/screen", json=doc)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/json"
    result = ScreenResult.model_validate_json(resp.content)
    expected = Pipeline().analyze(Document.model_validate(doc))
    assert result.model_dump(include=set(type(expected).model_fields)) == expected.model_dump()
    assert [(m.bank, m.type, m.status) for m in result.matches] == [("leads", "phone", "match")]
    assert result.review is True
    assert json.loads(resp.content).keys() == ScreenResult.model_fields.keys()


def test_token_routes_skip_sessions_but_keep_the_security_headers(default_server: Server, workspace: dict) -> None:
    with default_server.client(workspace["screen"]) as http:
        answers = [
            http.post("/api/v1/screen", json=DOC),
            http.post("/api/v1/screen", json={"id": "x"}),  # 422
            http.get("/api/v1/banks"),  # 403: the token lacks banks:read
        ]
    answers.append(httpx.post(f"{default_server.base}/api/v1/screen", json=DOC))  # 401: no token
    assert [a.status_code for a in answers] == [200, 422, 403, 401]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers[name] == value, (answer.status_code, name)
        assert "set-cookie" not in answer.headers
    page = httpx.get(f"{default_server.base}/login")  # the workspace pages still go through the sessions
    assert page.status_code == 200 and "clew_csrf" in page.headers.get("set-cookie", "")


def test_warm_up_threads_finish_before_the_workers_fork() -> None:
    done = threading.Event()

    def warm_up() -> None:
        time.sleep(0.3)
        done.set()

    thread = threading.Thread(target=warm_up, name="warm-up", daemon=True)
    thread.start()
    _settle()
    assert done.is_set() and not thread.is_alive()
