"""The public "check an offer" pages in a real browser, without signing in.

Checks an offer in English, Spanish and Arabic (right to left) at phone and desktop sizes,
with JavaScript switched off (the page must work without it), saves screenshots, runs
axe-core for serious and critical accessibility problems, and measures the page weight
(everything the browser transferred) against the 200 KB budget.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import axe_violations, make_driver, screenshot, wait_for
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

pytestmark = pytest.mark.browser

PHONE = (375, 812)
DESKTOP = (1280, 900)
PAGE_BUDGET = 200_000

OFFERS = {
    "en": (
        "Hotel work abroad, salary 3000 USD a month, no experience needed. Pay a processing fee of 300 dollars "
        "to secure your job. The employer keeps your passport. Contact us on WhatsApp only.",
        "PH",
        "Several warning signs",
    ),
    "es": (
        "Trabajo en el extranjero, sueldo alto y sin experiencia. Para reservar el puesto se requiere pago por "
        "adelantado de 200 dólares. El empleador se queda con tu pasaporte.",
        "MX",
        "Varias señales de alerta",
    ),
    "ar": (
        "مطلوب عاملات للعمل في الخارج براتب مرتفع. يجب دفع رسوم التأشيرة والفحص الطبي قبل السفر. "
        "ادفع 140,000 جنيه لحجز مكانك.",
        "EG",
        "عدة علامات تحذير",
    ),
}


@pytest.fixture(scope="module")
def public_nojs(server: str) -> Iterator[Any]:
    """Chromium with JavaScript off and nobody signed in, as on a cheap phone with scripts blocked."""
    driver = make_driver(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def public(server: str) -> Iterator[Any]:
    """Chromium with JavaScript on (needed by axe-core and the Performance API), nobody signed in."""
    driver = make_driver()
    try:
        yield driver
    finally:
        driver.quit()


def _submit_offer(driver: Any, server: str, lang: str) -> None:
    text, country, _expected = OFFERS[lang]
    driver.get(f"{server}/check?lang={lang}")
    driver.find_element(By.ID, "text").send_keys(text)
    Select(driver.find_element(By.ID, "country")).select_by_value(country)
    driver.find_element(By.CSS_SELECTOR, "form.check button[type=submit]").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "result-title"), "the result of the check")


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_check_an_offer_without_javascript(public_nojs: Any, server: str, lang: str, size: tuple[int, int]) -> None:
    driver = public_nojs
    driver.set_window_size(*size)
    _submit_offer(driver, server, lang)
    text, _country, expected = OFFERS[lang]
    html = driver.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert expected in driver.find_element(By.CSS_SELECTOR, ".summary").text
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark")]
    assert marks and all(m in text for m in marks)  # the exact words pasted, highlighted
    signs = driver.find_elements(By.CSS_SELECTOR, "ol.signs li.sign")
    assert signs
    help_entries = driver.find_elements(By.CSS_SELECTOR, "ul.help li.help-entry")
    assert help_entries and driver.find_elements(By.CSS_SELECTOR, "ul.help a[href^='tel:']")
    assert driver.find_element(By.ID, "text").get_attribute("value") == text  # still there to edit
    if size == PHONE:  # nothing wider than the phone screen
        # scrollWidth needs no script: read it from the window size the page laid out in
        body = driver.find_element(By.TAG_NAME, "main").size["width"]
        assert body <= size[0]
    screenshot(driver, f"check-{lang}-{'phone' if size == PHONE else 'desktop'}")


def test_bad_input_in_the_browser_is_a_friendly_message(public_nojs: Any, server: str) -> None:
    driver = public_nojs
    driver.set_window_size(*DESKTOP)
    driver.get(f"{server}/check?lang=en")
    driver.find_element(By.CSS_SELECTOR, "form.check button[type=submit]").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "check-error"), "the friendly error")
    assert "Paste the job offer" in driver.find_element(By.ID, "check-error").text
    assert driver.find_element(By.ID, "text").get_attribute("aria-invalid") == "true"


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/check?lang=en", "check-form-en"),
        ("/check?lang=ar", "check-form-ar"),
        ("/help?lang=es", "help-es"),
        ("/learn?lang=fr", "learn-fr"),
        ("/learn/labour_exploitation?lang=en", "lesson-labour-en"),
        ("/learn/quiz?lang=ru", "quiz-ru"),
    ],
)
def test_public_pages_have_no_serious_accessibility_problems(public: Any, server: str, path: str, name: str) -> None:
    public.set_window_size(*DESKTOP)
    public.get(f"{server}{path}")
    problems = axe_violations(public)
    assert problems == [], f"axe-core on {path}: {json.dumps(problems, indent=1)}"
    screenshot(public, name)


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_result_pages_are_accessible(public: Any, server: str, lang: str) -> None:
    public.set_window_size(*PHONE)
    _submit_offer(public, server, lang)
    problems = axe_violations(public)
    assert problems == [], f"axe-core on the {lang} result: {json.dumps(problems, indent=1)}"


def test_keyboard_reaches_the_form_and_the_skip_link(public: Any, server: str) -> None:
    public.set_window_size(*DESKTOP)
    public.get(f"{server}/check?lang=en")
    body = public.find_element(By.TAG_NAME, "body")
    from selenium.webdriver.common.keys import Keys

    body.send_keys(Keys.TAB)
    first = public.switch_to.active_element
    assert first.get_attribute("class") == "skip" and first.get_attribute("href").endswith("#main")
    order = []
    for _ in range(12):
        public.switch_to.active_element.send_keys(Keys.TAB)
        active = public.switch_to.active_element
        order.append(active.get_attribute("id") or active.tag_name)
    assert "text" in order and "country" in order


@pytest.mark.parametrize("path", ["/check?lang=en", "/help?lang=en", "/learn/quiz?lang=en"])
def test_page_weight_under_budget(public: Any, server: str, path: str) -> None:
    public.get(f"{server}{path}")
    transferred = public.execute_script(
        """
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource');
        return {page: nav.transferSize || nav.encodedBodySize,
                resources: res.reduce((sum, r) => sum + (r.transferSize || r.encodedBodySize || 0), 0),
                count: res.length};
        """
    )
    total = transferred["page"] + transferred["resources"]
    assert 0 < total < PAGE_BUDGET, (path, transferred)
    assert transferred["count"] == 0  # no style sheet, script, font or image to fetch


def test_a_megabyte_pasted_gets_a_friendly_message(public: Any, server: str) -> None:
    public.set_window_size(*DESKTOP)
    public.get(f"{server}/check?lang=es")
    public.execute_script("document.getElementById('text').value = 'a'.repeat(1000000);")
    public.find_element(By.CSS_SELECTOR, "form.check button[type=submit]").click()
    wait_for(public, lambda d: d.find_elements(By.ID, "check-error"), "the friendly error")
    assert "demasiado largo" in public.find_element(By.ID, "check-error").text
    assert public.find_element(By.TAG_NAME, "h1").text == "Revisar una oferta"
