"""Case work in a real browser: sign in, open a case, add evidence and notes, export and check the
package, print the report, and see it all in the audit log — with hostile text that must never run.

Uses the shared workspace and ``clew serve`` of conftest.py; adds its own analyst and auditor
with ``clew user add`` as an administrator would. Screenshots are saved as artefacts.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import Workspace, axe_violations, clew, login, make_driver, screenshot, wait_for
from selenium.webdriver.common.by import By

pytestmark = pytest.mark.browser

ANALYST, AUDITOR, NEWCOMER = "ana.analyst", "audrey.auditor", "nina.new"
PASSWORD = "case-work-passphrase-7"
PAYLOAD = "<script>window.__clew_pwned='case'</script><img src=x onerror=\"window.__clew_pwned='img'\">"


def _pwned(driver: Any) -> Any:
    return driver.execute_script("return window.__clew_pwned === undefined ? null : window.__clew_pwned")


@pytest.fixture(scope="module")
def people(workspace: Workspace) -> dict[str, str]:
    clew(workspace.path, "user", "add", ANALYST, "--role", "analyst", "--password-stdin", input_text=PASSWORD + "\n")
    clew(workspace.path, "user", "add", AUDITOR, "--role", "auditor", "--password-stdin", input_text=PASSWORD + "\n")
    out = clew(workspace.path, "user", "add", NEWCOMER, "--role", "viewer")
    match = re.search(r"one-time password[^:]*: (\S+)", out)
    assert match
    return {"one_time": match.group(1)}


@pytest.fixture(scope="module")
def analyst(server: str, people: dict[str, str]) -> Iterator[Any]:
    driver = make_driver()
    try:
        login(driver, server, ANALYST, PASSWORD)
        yield driver
    finally:
        driver.quit()


def test_a_one_time_password_is_changed_at_first_sign_in(server: str, people: dict[str, str]) -> None:
    driver = make_driver()
    try:
        driver.get(f"{server}/login?next=/dashboard")
        driver.find_element(By.NAME, "name").send_keys(NEWCOMER)
        driver.find_element(By.NAME, "password").send_keys(people["one_time"])
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        wait_for(driver, lambda d: d.current_url.endswith("/account/password"), "the change-password page")
        driver.get(f"{server}/search")
        assert driver.current_url.endswith("/account/password")  # nothing else until it is changed
        new = "a passphrase of my own 42"
        driver.find_element(By.ID, "current_password").send_keys(people["one_time"])
        driver.find_element(By.ID, "new_password").send_keys(new)
        driver.find_element(By.ID, "repeat_password").send_keys(new)
        screenshot(driver, "account-password")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        wait_for(driver, lambda d: "/account/password" not in d.current_url, "leaving the password page")
        driver.get(f"{server}/search")
        assert driver.current_url.startswith(f"{server}/search")
    finally:
        driver.quit()


def test_build_a_case_export_it_and_audit_it(analyst: Any, server: str, workspace: Workspace) -> None:
    driver = analyst
    (network,) = workspace.query(
        "SELECT network_id FROM network_members WHERE network_size > 2 ORDER BY network_size DESC, network_id LIMIT 1"
    )[0]
    driver.get(f"{server}/cases")
    driver.find_element(By.ID, "case-title").send_keys("Coastal ring " + PAYLOAD)
    driver.find_element(By.ID, "case-description").send_keys("Same phone in many cities. " + PAYLOAD)
    driver.find_element(By.CSS_SELECTOR, "#new-case button[type=submit]").click()
    wait_for(driver, lambda d: re.search(r"/cases/\d+$", d.current_url), "the new case page")
    case_id = int(driver.current_url.rsplit("/", 1)[1])
    assert driver.find_element(By.ID, "case-title").text == f"Case #{case_id}: Coastal ring {PAYLOAD}"

    for kind, ref in (("document", "hostile-0"), ("network", network)):
        driver.find_element(By.ID, "item-kind").send_keys(kind)
        driver.find_element(By.ID, "item-ref").send_keys(ref)
        driver.find_element(By.CSS_SELECTOR, "form[aria-label='Add to the case'] button").click()
        wait_for(driver, lambda d, ref=ref: ref in d.find_element(By.ID, "case-items").text, f"{kind} {ref} listed")
    driver.find_element(By.ID, "note-body").send_keys("Check the phone. " + PAYLOAD)
    driver.find_element(By.CSS_SELECTOR, "#notes form button[type=submit]").click()
    wait_for(driver, lambda d: "Check the phone." in d.find_element(By.ID, "notes").text, "the note")
    assert PAYLOAD in driver.find_element(By.ID, "notes").text  # shown as text
    assert _pwned(driver) is None  # and never run
    assert axe_violations(driver) == []
    screenshot(driver, "case")

    # the printable report shows the evidence as text
    driver.get(f"{server}/cases/{case_id}/report")
    assert "never proof" in driver.find_element(By.CSS_SELECTOR, ".warning").text
    assert "hostile-0" in driver.page_source and _pwned(driver) is None
    screenshot(driver, "case-report")

    # export in the analyst's browser session (the link's own request) and check every file against the manifest
    fetched = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
          const bytes = new Uint8Array(await r.arrayBuffer());
          let bin = ''; for (const b of bytes) bin += String.fromCharCode(b);
          done({status: r.status, type: r.headers.get('content-type'), body: btoa(bin)});
        }).catch(e => done({status: 0, type: String(e), body: ''}));
        """,
        f"/cases/{case_id}/export",
    )
    assert fetched["status"] == 200 and fetched["type"] == "application/zip", fetched["type"]
    content = base64.b64decode(fetched["body"])
    package = zipfile.ZipFile(io.BytesIO(content))
    lines = package.read("MANIFEST.sha256").decode().splitlines()
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(package.read(name)).hexdigest() == digest, name
    listed = {line.split("  ", 1)[1] for line in lines}
    assert set(package.namelist()) - {"MANIFEST.sha256"} == listed
    (size,) = workspace.query("SELECT count(*) FROM network_members WHERE network_id = ?", network)[0]
    texts = [n for n in listed if n.startswith("documents/") and n.endswith(".txt")]
    assert len(texts) == size + 1  # the network's documents and the hostile one
    (stored,) = workspace.query("SELECT text FROM documents WHERE doc_id = 'hostile-0'")[0]
    assert package.read("documents/hostile-0.txt").decode() == stored
    custody = [json.loads(x) for x in package.read("custody.jsonl").decode().splitlines()]
    assert [c["action"] for c in custody][-1] == "export"

    # the auditor sees who did what to the case, and that the chain holds
    auditor = make_driver()
    try:
        login_as_auditor(auditor, server)
        auditor.get(f"{server}/audit?target=case:{case_id}&verify=true")
        assert "The chain is intact" in auditor.find_element(By.ID, "chain-status").text
        rows = auditor.find_elements(By.CSS_SELECTOR, "#audit-entries tbody tr")
        actions = [r.find_elements(By.TAG_NAME, "td")[3].text for r in rows]
        assert actions[0] == "export" and {"create", "add_item", "note", "report"} <= set(actions)
        assert all(r.find_elements(By.TAG_NAME, "td")[2].text == ANALYST for r in rows)
        assert _pwned(auditor) is None and axe_violations(auditor) == []
        screenshot(auditor, "audit-log")
        auditor.get(f"{server}/cases/{case_id}")
        assert "Not allowed" in auditor.page_source  # auditors read the log, not the cases
    finally:
        auditor.quit()


def login_as_auditor(driver: Any, server: str) -> None:
    driver.get(f"{server}/login?next=/audit")
    driver.find_element(By.NAME, "name").send_keys(AUDITOR)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    # the login page's own address holds "/audit" (its ?next=): wait for the audit page itself
    wait_for(driver, lambda d: d.current_url.startswith(f"{server}/audit"), "the audit page")


def test_watch_an_identifier_and_see_the_alerts_page(analyst: Any, server: str) -> None:
    driver = analyst
    driver.get(f"{server}/watchlists")
    driver.find_element(By.ID, "watch-name").send_keys("Hostile phone " + PAYLOAD)
    driver.find_element(By.ID, "watch-value").send_keys("phone:213-555-0188")
    driver.find_element(By.CSS_SELECTOR, "main form.stack button[type=submit]").click()
    wait_for(driver, lambda d: "phone:+12135550188" in d.find_element(By.ID, "watches").text, "the watch listed")
    assert "stored documents match it now" in driver.find_element(By.CSS_SELECTOR, ".flash-success").text
    assert _pwned(driver) is None and axe_violations(driver) == []
    screenshot(driver, "watchlists")
    driver.get(f"{server}/alerts")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Alerts" and _pwned(driver) is None
