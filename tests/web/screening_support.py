"""Helpers for the screening and exchange tests: real `clew` processes on localhost.

``clew`` runs the command line as a subprocess (the same entry point users run);
``Server`` runs ``clew serve`` on a free port and waits for ``/healthz``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(database_url: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CLEW_DATABASE_URL"}
    if database_url:
        env["CLEW_DATABASE_URL"] = database_url
    return env | (extra or {})


def clew(
    workspace: Path,
    *args: str,
    database_url: str | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``clew --workspace WS ARGS…``; with ``check`` a non-zero exit fails with its stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "clew.cli", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        env=_env(database_url, env),
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if check:
        assert proc.returncode == 0, f"clew {' '.join(args)} exited {proc.returncode}: {proc.stderr}"
    return proc


def new_token(
    workspace: Path, name: str, *scopes: str, rate: int | None = None, database_url: str | None = None
) -> str:
    """Create a token with the CLI and return the secret from the last line of its output."""
    args = ["token", "create", name, *(a for s in scopes for a in ("--scope", s))]
    if rate is not None:
        args += ["--rate", str(rate)]
    return clew(workspace, *args, database_url=database_url).stdout.strip().splitlines()[-1]


class Server:
    """``clew serve`` on a free loopback port, stopped by :meth:`stop`."""

    def __init__(self, workspace: Path, *, database_url: str | None = None, workers: int | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        extra = ["--workers", str(workers)] if workers else []  # None: the default, one worker per core
        command = [sys.executable, "-m", "clew.cli", "--workspace", str(workspace), "serve", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            [*command, *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(database_url),
        )
        deadline = time.monotonic() + 120  # a shared CI machine can be slow to start a server
        while True:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"clew serve exited: {self.proc.stderr.read().decode() if self.proc.stderr else ''}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("clew serve did not answer /healthz within 60 s")
            time.sleep(0.2)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)

    def stop(self) -> str:
        """Stop the server; returns what it wrote on stderr (its log)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.stderr.read().decode("utf-8", "replace") if self.proc.stderr else ""
