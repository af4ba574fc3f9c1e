"""Helpers for the browser tests: the workspace, the Chromium driver, sign-in, axe-core, screenshots."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CLEW_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CLEW_CHROMEDRIVER", "/usr/bin/chromedriver"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("CLEW_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "browser"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)

USER = "vera.viewer"
PASSWORD = "correct-horse-battery-9"

HOSTILE_TITLE = '<script>window.__clew_pwned = "title"</script>Hostile <b>title</b>'
HOSTILE_TEXT = (
    "Call 213-555-0188 now <img src=x onerror=\"window.__clew_pwned='img'\">"
    '<script>window.__clew_pwned=\'script\'</script> "quotes" & <a href="javascript:alert(1)">link</a>'
)


def need_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if not AXE.exists():
        missing.append(f"{AXE} (run `make install`: npm ci)")
    if missing:
        message = f"browser tests need {', '.join(missing)}: run `make install` (scripts/install-system.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clew(workspace: Path, *args: str, input_text: str | None = None) -> str:
    """Run the ``clew`` command on the workspace; fail the test with its output when it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "clew.cli", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        input=input_text,
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"clew {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


@dataclass(frozen=True)
class Workspace:
    path: Path
    corpus: Path

    @property
    def db(self) -> Path:
        return self.path / "clew.db"

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Read the store directly (SQLite), to check pages against what is stored."""
        import sqlite3

        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return list(conn.execute(sql, params).fetchall())
        finally:
            conn.close()


def build_workspace(base: Path) -> Workspace:
    """A workspace built from 300 synthetic documents plus hostile ones, analysed and linked."""
    corpus = base / "corpus.jsonl"
    ws = base / "workspace"
    clew(ws, "demo-data", "-n", "300", "--seed", "7", "-o", str(corpus))
    with corpus.open("a", encoding="utf-8") as out:
        for i in range(2):
            out.write(
                json.dumps(
                    {
                        "id": f"hostile-{i}",
                        "title": HOSTILE_TITLE,
                        "text": HOSTILE_TEXT + f" copy {i}",
                        "country": "US",
                        "posted_at": "2026-08-01T10:00:00Z",
                        "source": "<i>evil</i>.example.com",
                    }
                )
                + "\n"
            )
    clew(ws, "init")
    clew(ws, "ingest", "--quiet", str(corpus))
    clew(ws, "process", "--jobs", "1", "--quiet")
    clew(ws, "user", "add", USER, "--role", "viewer", "--password-stdin", input_text=PASSWORD + "\n")
    return Workspace(path=ws, corpus=corpus)


@contextmanager
def serve(workspace: Workspace) -> Iterator[str]:
    """A real ``clew serve`` on a free loopback port; yields its base URL."""
    port = _free_port()
    log = (workspace.path.parent / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "clew.cli", "--workspace", str(workspace.path), "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"clew serve did not start:\n{(workspace.path.parent / 'serve.log').read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def make_driver(*, javascript: bool = True) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='clew-chromium-')}")
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def login(driver: Any, base: str, name: str = USER, password: str = PASSWORD) -> None:
    """Sign in through the real login page."""
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/login?next=/dashboard")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]").click()
    wait_for(driver, lambda d: d.current_url.startswith(f"{base}/dashboard"), "sign-in to reach the dashboard")


def wait_for(driver: Any, condition: Callable[[Any], Any], what: str, timeout: float = 20) -> Any:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # A page that reloads while the condition is checked leaves stale elements: try again.
    ignored = (NoSuchElementException, StaleElementReferenceException)
    return WebDriverWait(driver, timeout, ignored_exceptions=ignored).until(condition, message=f"waiting for {what}")


def screenshot(driver: Any, name: str) -> Path:
    """Save a full-page screenshot as a test artefact."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    height = int(driver.execute_script("return document.documentElement.scrollHeight") or 900)
    size = driver.get_window_size()
    driver.set_window_size(size["width"], min(max(height, 600), 6000))
    driver.save_screenshot(str(path))
    driver.set_window_size(size["width"], size["height"])
    return path


def axe_violations(driver: Any, *, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, Any]]:
    """Run axe-core (from node_modules) in the page; return the violations of the given impacts."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        window.axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
        """
    )
    return [v for v in result if v["impact"] in impacts]


def console_errors(driver: Any) -> list[str]:
    """Severe browser console messages (CSP violations, script errors, failed loads)."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
