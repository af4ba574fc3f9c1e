"""Browser tests: the real ``clew serve`` on a synthetic workspace, driven by headless Chromium.

Debian's ``chromium`` and ``chromium-driver`` (installed by ``scripts/install-system.sh``)
are driven through Selenium with ``/usr/bin/chromedriver``; no browser is downloaded.
The workspace is built by the commands an analyst runs (``clew demo-data``, ``init``,
``ingest``, ``process``) plus hostile documents, and a viewer made with ``clew user add``
signs in through the real login page.

In CI (``CI`` set) a missing Chromium fails the run; on a developer machine without it
the browser tests are skipped with the command that installs it. Run them alone with
``pytest tests/browser`` (marker ``browser``). Screenshots are saved under
``test-artifacts/browser/`` (or ``$CLEW_TEST_ARTIFACTS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import Workspace, build_workspace, login, make_driver, need_browser, serve


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    need_browser()
    return build_workspace(tmp_path_factory.mktemp("browser-ws"))


@pytest.fixture(scope="session")
def server(workspace: Workspace) -> Iterator[str]:
    with serve(workspace) as base:
        yield base


@pytest.fixture(scope="session")
def _chromium(server: str) -> Iterator[Any]:
    driver = make_driver()
    try:
        login(driver, server)
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def browser(_chromium: Any, server: str) -> Any:
    """Headless Chromium (JavaScript on), signed in as a viewer — again, if an earlier test signed out."""
    _chromium.get(f"{server}/dashboard")
    if "/login" in _chromium.current_url:
        login(_chromium, server)
    return _chromium


@pytest.fixture(scope="session")
def browser_nojs(server: str) -> Iterator[Any]:
    """Headless Chromium with JavaScript switched off, signed in as a viewer."""
    driver = make_driver(javascript=False)
    try:
        login(driver, server)
        yield driver
    finally:
        driver.quit()
