"""The analyst workspace in a real browser: dashboard, search, document, network, identifier.

Each test drives the real ``clew serve`` in headless Chromium (see conftest.py), checks
what the page shows against the store, runs axe-core for serious and critical
accessibility problems, and saves a screenshot as an artefact.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import pytest
from browser_support import Workspace, axe_violations, console_errors, screenshot, wait_for
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

pytestmark = pytest.mark.browser


def _number(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


def _open(driver: Any, url: str) -> None:
    """Load a page after draining the console log, so console checks see this page only."""
    console_errors(driver)
    driver.get(url)


def _assert_accessible(driver: Any, page: str) -> None:
    problems = axe_violations(driver)
    assert problems == [], f"axe-core on {page}: {json.dumps(problems, indent=1)}"


def _assert_clean_console(driver: Any, page: str) -> None:
    errors = [e for e in console_errors(driver) if "favicon" not in e]
    assert errors == [], f"browser console on {page}: {errors}"


# ----------------------------------------------------------------------------- dashboard


def test_dashboard_counts_match_the_store(browser: Any, server: str, workspace: Workspace) -> None:
    _open(browser, f"{server}/dashboard")
    (documents,) = workspace.query("SELECT count(*) FROM documents")[0]
    (flagged,) = workspace.query("SELECT count(*) FROM analyses WHERE flagged")[0]
    (networks,) = workspace.query("SELECT count(DISTINCT network_id) FROM network_members WHERE network_size > 1")[0]
    assert documents == 302  # 300 synthetic + 2 hostile
    shown = {
        key: _number(browser.find_element(By.CSS_SELECTOR, f"#count-{key} .figure").text)
        for key in ("documents", "flagged", "networks")
    }
    assert shown == {"documents": documents, "flagged": flagged, "networks": networks}
    (high_le,) = workspace.query(
        "SELECT count(*) FROM typology_scores WHERE typology = 'labour_exploitation' AND level = 'high'"
    )[0]
    cell = browser.find_element(By.CSS_SELECTOR, "tr[data-typology=labour_exploitation] td[data-level=high]")
    assert _number(cell.text) == high_le > 0
    # the trend chart and top networks are drawn from the same store
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    top = browser.find_elements(By.CSS_SELECTOR, "#top-networks-table tbody tr")
    assert 0 < len(top) <= 10
    assert "not proof" in browser.find_element(By.CSS_SELECTOR, ".lead-warning").text
    _assert_accessible(browser, "dashboard")
    _assert_clean_console(browser, "dashboard")
    screenshot(browser, "dashboard")


# ----------------------------------------------------------------------------- search


def test_search_with_a_filter_returns_the_expected_documents(browser: Any, server: str, workspace: Workspace) -> None:
    expected = {
        doc_id
        for (doc_id,) in workspace.query(
            "SELECT d.doc_id FROM documents d JOIN typology_scores t ON t.document_pk = d.pk "
            "WHERE t.typology = 'labour_exploitation' AND t.level = 'high'"
        )
    }
    assert 0 < len(expected) <= 100
    browser.get(f"{server}/search")
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "typology")).select_by_value("labour_exploitation")
    Select(browser.find_element(By.ID, "level")).select_by_value("high")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait_for(browser, lambda d: "typology=labour_exploitation" in d.current_url, "the filtered search")
    assert _number(browser.find_element(By.CSS_SELECTOR, ".results-count").text) == len(expected)
    browser.find_element(By.LINK_TEXT, "100").click()  # one page holds them all
    wait_for(browser, lambda d: "per_page=100" in d.current_url, "100 per page")
    shown = {li.get_attribute("data-doc-id") for li in browser.find_elements(By.CSS_SELECTOR, "#results li.result")}
    assert shown == expected
    _assert_accessible(browser, "search")
    screenshot(browser, "search-filtered")


def test_search_by_city_and_sort_by_date(browser: Any, server: str, workspace: Workspace) -> None:
    rows = workspace.query(
        "SELECT e.value, count(DISTINCT e.document_pk) AS n FROM entities e "
        "WHERE e.type = 'location' AND e.value LIKE 'city:%' GROUP BY e.value ORDER BY n DESC LIMIT 1"
    )
    city_value, count = rows[0]
    city = city_value.removeprefix("city:")
    browser.get(f"{server}/search?city={quote(city)}&sort=oldest&per_page=100")
    assert _number(browser.find_element(By.CSS_SELECTOR, ".results-count").text) == count
    dates = [t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, "#results .meta time")]
    assert dates == sorted(dates) and len(dates) == count


def test_search_rejects_a_bad_date_with_a_clear_message(browser: Any, server: str) -> None:
    browser.get(f"{server}/search?date_from=yesterday")
    message = browser.find_element(By.ID, "search-error").text
    assert "date_from" in message and "YYYY-MM-DD" in message


# ----------------------------------------------------------------------------- document


def _phone_document(workspace: Workspace) -> tuple[str, str, dict[str, Any]]:
    """A flagged document that has a phone entity in its text and shares it with others."""
    rows = workspace.query(
        "SELECT d.doc_id, d.text, a.result FROM documents d JOIN analyses a ON a.document_pk = d.pk "
        "JOIN network_members m ON m.document_pk = d.pk "
        "WHERE a.flagged AND m.network_size > 2 ORDER BY a.risk DESC, d.pk"
    )
    for doc_id, text, result in rows:
        analysis = json.loads(result)
        if any(e["type"] == "phone" and e["field"] == "text" for e in analysis["entities"]):
            return doc_id, text, analysis
    raise AssertionError("the synthetic corpus has no flagged, linked document with a phone")


def test_document_view_highlights_entities_at_their_offsets(browser: Any, server: str, workspace: Workspace) -> None:
    doc_id, text, analysis = _phone_document(workspace)
    _open(browser, f"{server}/documents/{quote(doc_id)}")
    body = browser.find_element(By.ID, "doc-text")
    # the page shows the original text, character for character
    assert browser.execute_script("return arguments[0].textContent", body) == text
    index, phone = next(
        (i, e) for i, e in enumerate(analysis["entities"]) if e["type"] == "phone" and e["field"] == "text"
    )
    marks = browser.execute_script(
        "return Array.from(document.querySelectorAll('#doc-text mark'))"
        ".filter(m => m.dataset.spans.split(' ').includes(arguments[0]))"
        ".map(m => [Number(m.dataset.start), Number(m.dataset.end), m.textContent])",
        f"e{index}",
    )
    assert marks, "the phone number is not highlighted"
    assert marks[0][0] == phone["start"] and marks[-1][1] == phone["end"]
    assert "".join(m[2] for m in marks) == text[phone["start"] : phone["end"]]
    # every indicator hit in the text is highlighted at its characters
    for i, hit in enumerate(analysis["indicators"]):
        if hit["field"] != "text":
            continue
        got = browser.execute_script(
            "return Array.from(document.querySelectorAll('#doc-text mark'))"
            ".filter(m => m.dataset.spans.split(' ').includes(arguments[0])).map(m => m.textContent).join('')",
            f"h{i}",
        )
        assert got == hit["text"] == text[hit["start"] : hit["end"]]
    # the explanation names indicator, weight, source and pack version, as a lead
    explain = browser.find_element(By.ID, "explain-heading").find_element(By.XPATH, "..").text
    first = analysis["indicators"][0]
    assert first["id"] in explain and first["version"] in explain and f"{first['weight']:.2f}" in explain
    assert "not proof" in browser.find_element(By.ID, "lead-note").text
    # provenance and the network it belongs to
    assert "corpus.jsonl" in browser.find_element(By.ID, "prov-heading").find_element(By.XPATH, "..").text
    assert browser.find_element(By.ID, "network-link").get_attribute("href").startswith(f"{server}/networks/net-")
    # clicking an evidence link marks its words in the text
    browser.find_element(By.CSS_SELECTOR, ".explain-table a.jump-to-span").click()
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text mark.is-active")
    _assert_accessible(browser, "document")
    _assert_clean_console(browser, "document")
    screenshot(browser, "document")


def test_pivot_on_a_phone_lists_every_document_that_shares_it(browser: Any, server: str, workspace: Workspace) -> None:
    doc_id, _text, analysis = _phone_document(workspace)
    phone = next(e["value"] for e in analysis["entities"] if e["type"] == "phone")
    sharing = {
        d
        for (d,) in workspace.query(
            "SELECT DISTINCT d.doc_id FROM entities e JOIN documents d ON d.pk = e.document_pk "
            "WHERE e.type = 'phone' AND e.value = ?",
            phone,
        )
    }
    assert len(sharing) > 1
    browser.get(f"{server}/documents/{quote(doc_id)}")
    row = browser.find_element(By.CSS_SELECTOR, f"#identifier-table tr[data-type=phone][data-value='{phone}']")
    link = row.find_element(By.CSS_SELECTOR, "a.pivot-link")
    assert _number(link.text) == len(sharing) - 1
    link.click()
    wait_for(browser, lambda d: "/identifier?" in d.current_url, "the identifier page")
    assert browser.find_element(By.ID, "identifier-value").text == phone
    assert _number(browser.find_element(By.ID, "identifier-count").text) == len(sharing)
    listed = {
        li.get_attribute("data-doc-id") for li in browser.find_elements(By.CSS_SELECTOR, "#identifier-documents li")
    }
    assert listed == sharing
    (first,) = workspace.query(
        "SELECT min(d.posted_at) FROM entities e JOIN documents d ON d.pk = e.document_pk "
        "WHERE e.type = 'phone' AND e.value = ?",
        phone,
    )[0]
    assert browser.find_element(By.CSS_SELECTOR, "#first-seen time").get_attribute("datetime")[:16] == str(first)[
        :16
    ].replace(" ", "T")
    assert browser.find_elements(By.CSS_SELECTOR, "#identifier-networks a")
    _assert_accessible(browser, "identifier")
    screenshot(browser, "identifier")


# ----------------------------------------------------------------------------- network


def _largest_network(workspace: Workspace) -> tuple[str, int]:
    net, size = workspace.query(
        "SELECT network_id, max(network_size) FROM network_members GROUP BY network_id "
        "ORDER BY max(network_size) DESC, network_id LIMIT 1"
    )[0]
    return str(net), int(size)


def test_network_view_draws_the_graph_and_shows_edge_evidence(browser: Any, server: str, workspace: Workspace) -> None:
    net, size = _largest_network(workspace)
    _open(browser, f"{server}/networks/{net}")
    assert _number(browser.find_element(By.ID, "network-size").text) == size
    wait_for(browser, lambda d: d.find_element(By.ID, "graph").get_attribute("data-ready") == "true", "the graph")
    nodes = browser.execute_script("return document.getElementById('graph').cy.nodes('[kind = \"document\"]').length")
    assert nodes == size
    # a real mouse click on the middle of an edge shows its evidence
    edge = browser.execute_script(
        "document.getElementById('graph').scrollIntoView({block: 'center'});"
        "const e = document.getElementById('graph').cy.edges('[kind = \"identifier\"]')[0];"
        "const p = e.renderedMidpoint(); return {id: e.id(), x: p.x, y: p.y, data: e.data()};"
    )
    graph = browser.find_element(By.ID, "graph")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", graph)
    rect = graph.rect
    ActionChains(browser).move_to_element_with_offset(
        graph, int(edge["x"] - rect["width"] / 2), int(edge["y"] - rect["height"] / 2)
    ).click().perform()
    detail = browser.find_element(By.ID, "edge-detail")
    wait_for(browser, lambda d: detail.get_attribute("data-selected") == edge["id"], "the clicked edge's evidence")
    written = edge["data"]["evidence"][0]["text"]
    assert written in detail.text and edge["data"]["value"] in detail.text
    # the keyboard path: a row of the link table selects its edge
    row = browser.find_element(By.CSS_SELECTOR, "#edge-table tbody tr[data-edge]:last-child")
    row.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: detail.get_attribute("data-selected") == row.get_attribute("data-edge"), "row select")
    # timeline and movement map
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    wait_for(browser, lambda d: d.find_element(By.ID, "map").get_attribute("data-ready") == "true", "the map")
    cities = browser.find_elements(By.CSS_SELECTOR, "#map circle.city")
    assert len(cities) == len(browser.find_elements(By.CSS_SELECTOR, "#movement-list li")) > 0
    assert browser.find_elements(By.CSS_SELECTOR, "#map path.land")
    _assert_accessible(browser, "network")
    _assert_clean_console(browser, "network")
    screenshot(browser, "network")


# ----------------------------------------------------------------------------- without JavaScript


def test_pages_work_without_javascript(browser_nojs: Any, server: str, workspace: Workspace) -> None:
    driver = browser_nojs
    driver.get(f"{server}/search?q=Gorgeous&per_page=20")
    assert _number(driver.find_element(By.CSS_SELECTOR, ".results-count").text) > 0
    driver.find_element(By.CSS_SELECTOR, "#results li.result h3 a").click()
    wait_for(driver, lambda d: "/documents/" in d.current_url, "a document")
    assert driver.find_elements(By.CSS_SELECTOR, "#doc-text mark.hl")
    net, size = _largest_network(workspace)
    driver.get(f"{server}/networks/{net}")
    assert not driver.find_element(By.ID, "graph").is_displayed()  # the drawing needs JavaScript…
    rows = driver.find_elements(By.CSS_SELECTOR, "#edge-table tbody tr")  # …the evidence does not
    assert rows and all(r.text for r in rows[:5])
    assert len(driver.find_elements(By.CSS_SELECTOR, "#member-table tbody tr")) == size
    assert driver.find_elements(By.CSS_SELECTOR, "#movement-list li")
    screenshot(driver, "network-without-javascript")


# ----------------------------------------------------------------------------- hostile text


def test_html_and_script_in_documents_are_shown_as_text(browser: Any, server: str, workspace: Workspace) -> None:
    for url in (
        f"{server}/documents/hostile-0",
        f"{server}/search?q=Hostile",
        f"{server}/identifier?type=phone&value={quote('+12135550188')}",
    ):
        browser.get(url)
        assert browser.execute_script("return window.__clew_pwned === undefined"), url
        assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img[src=x], main b")
    browser.get(f"{server}/documents/hostile-0")
    shown = browser.find_element(By.ID, "doc-text").text
    assert "<script>window.__clew_pwned='script'</script>" in shown
    assert "<img src=x onerror=\"window.__clew_pwned='img'\">" in shown
    assert "<b>title</b>" in browser.find_element(By.TAG_NAME, "h1").text
    assert "<i>evil</i>.example.com" in browser.find_element(By.ID, "facts-heading").find_element(By.XPATH, "..").text


def test_unknown_pages_answer_404_without_details(browser: Any, server: str) -> None:
    browser.get(f"{server}/documents/no-such-document")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Document not found"
    assert "Traceback" not in browser.page_source
    browser.get(f"{server}/networks/net-000000000000")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Network not found"


# ----------------------------------------------------------------------------- phone and keyboard


def test_pages_fit_a_phone_screen_and_start_with_a_skip_link(browser: Any, server: str, workspace: Workspace) -> None:
    doc_id, _text, _analysis = _phone_document(workspace)
    net, _size = _largest_network(workspace)
    size = browser.get_window_size()
    browser.set_window_size(390, 844)
    try:
        for path in ("/dashboard", "/search?q=Gorgeous", f"/documents/{quote(doc_id)}", f"/networks/{net}"):
            browser.get(f"{server}{path}")
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a phone"
        screenshot(browser, "network-phone")
    finally:
        browser.set_window_size(size["width"], size["height"])
    browser.get(f"{server}/dashboard")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "skip-link" and active.get_attribute("href").endswith("#main")
    active.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"
