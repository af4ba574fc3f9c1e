"""The public pages over HTTP (the FastAPI app in-process): /check and its JSON twin,
/help, /learn; friendly answers to bad input; rate limit; no sign-in and no cookie of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from clew.settings import Settings
from clew.web.app import create_app

OFFER = (
    "Hotel work abroad, salary 3000 USD, no experience needed. Pay a processing fee of 300 dollars to secure "
    "your job. Contact us on WhatsApp only."
)


def _cookies(response: httpx.Response) -> set[str]:
    """Names of the cookies a response sets (the public pages set none of their own)."""
    return {c.split("=", 1)[0] for c in response.headers.get_list("set-cookie")}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(workspace=tmp_path_factory.mktemp("check-ws"))
    with TestClient(create_app(settings)) as c:
        yield c


def _html_lang(page: str) -> tuple[str, str]:
    m = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', page)
    assert m, page[:200]
    return m.group(1), m.group(2)


def test_form_defaults_language_and_country_from_the_browser(client: TestClient) -> None:
    page = client.get("/check", headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert page.status_code == 200
    assert _html_lang(page.text) == ("es", "ltr")
    assert '<option value="MX" selected>' in page.text
    assert "Revisar una oferta" in page.text
    assert '<form class="check" method="post" action="/check"' in page.text  # works without JavaScript
    assert "<script" not in page.text


def test_arabic_page_is_right_to_left(client: TestClient) -> None:
    page = client.get("/check?lang=ar")
    assert _html_lang(page.text) == ("ar", "rtl")
    assert "افحص عرضًا" in page.text


def test_posting_the_form_shows_signs_words_advice_and_help(client: TestClient) -> None:
    page = client.post("/check", data={"text": OFFER, "country": "PH", "lang": "en"})
    assert page.status_code == 200
    assert "Several warning signs of deceptive recruitment or forced labour" in page.text
    assert "<mark>" in page.text and "processing fee" in page.text
    assert "You must pay a fee or deposit to get the job." in page.text
    assert "Never pay a fee or a deposit to get a job." in page.text
    assert "1343 Actionline against Human Trafficking" in page.text and 'href="tel:1343"' in page.text
    assert _cookies(page) == set()
    assert page.headers["cache-control"] == "no-store"
    assert "style-src 'self' 'sha256-" in page.headers["content-security-policy"]
    assert OFFER in page.text  # the text stays in the form for the user to edit


def test_pasted_markup_is_shown_as_text(client: TestClient) -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> pay a placement fee for the job"
    page = client.post("/check", data={"text": hostile, "lang": "en"})
    assert "<script>alert(1)" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"text": "", "lang": "en"}, "Paste the job offer, ad or message you want to check"),
        ({"text": "x" * 1_000_000, "lang": "en"}, "This text is too long to check"),
        ({"lang": "es", "text": "x" * 1_000_000}, "Este texto es demasiado largo para revisarlo (más de 20,000"),
        ({"text": "hello", "country": "XX", "lang": "fr"}, "pas un code de pays que nous connaissons"),
        ({"lang": "es"}, "Pega la oferta de trabajo"),
    ],
)
def test_bad_form_input_gets_a_friendly_page_not_an_error(
    client: TestClient, data: dict[str, str], expected: str
) -> None:
    page = client.post("/check", data=data)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in page.text and expected in page.text


def test_text_in_an_unsupported_language_gets_a_notice(client: TestClient) -> None:
    page = client.post("/check", data={"text": "서울 공장에서 일하세요. 월급이 높습니다. 연락 주세요.", "lang": "en"})
    assert page.status_code == 200
    assert "seems to be in a language we cannot check yet" in page.text


def test_api_answers_the_same_check_as_json(client: TestClient) -> None:
    response = client.post("/api/v1/check", json={"text": OFFER, "country": "US", "lang": "es"})
    assert response.status_code == 200
    body = response.json()
    assert body["level"] == "several" and body["lang"] == "es" and body["stored"] is False
    fee = next(s for s in body["signs"] if s["id"] == "le.recruitment_fees")
    assert fee["explanation"].startswith("Debes pagar una tarifa")
    ev = fee["evidence"][0]
    assert OFFER[ev["start"] : ev["end"]] == ev["text"]
    assert "".join(s["text"] for s in body["segments"]) == OFFER
    assert body["help"][0]["phone"] == "1-888-373-7888"
    assert "Fuente" not in response.text  # JSON carries data, not page labels


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ({"text": ""}, 422, "text"),
        ({"country": "US"}, 422, "text"),
        ({"text": "x" * 1_000_000}, 413, "text"),
        ({"text": "hello", "country": "ZZ"}, 422, "country"),
    ],
)
def test_api_bad_input_is_a_problem_document(
    client: TestClient, payload: dict[str, str], status: int, field: str
) -> None:
    response = client.post("/api/v1/check", json=payload)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["field"] == field and body["status"] == status and body["detail"]


def test_api_rejects_malformed_json_with_a_problem_document(client: TestClient) -> None:
    response = client.post("/api/v1/check", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_api_is_in_the_openapi_description(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/v1/check" in spec["paths"]
    assert "429" in spec["paths"]["/api/v1/check"]["post"]["responses"]


def test_rate_limit_per_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEW_CHECK_RATE_LIMIT", "2")
    with TestClient(create_app(Settings(workspace=tmp_path))) as limited:
        for _ in range(2):
            assert limited.post("/api/v1/check", json={"text": "hello"}).status_code == 200
        refused = limited.post("/api/v1/check", json={"text": "hello", "lang": "fr"})
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        wait = int(refused.headers["retry-after"])
        assert 1 <= wait <= 60
        assert refused.json()["retry_after"] == wait
        assert "secondes" in refused.json()["detail"]
        page = limited.post("/check", data={"text": "hello", "lang": "en"})
        assert page.status_code == 429 and "Please wait" in page.text and page.headers["retry-after"]
        # the form, the help and the lessons stay open: only checks are limited
        assert limited.get("/check").status_code == 200


def test_help_page_lists_every_country_with_sources(client: TestClient) -> None:
    page = client.get("/help?lang=en")
    assert page.status_code == 200
    sections = re.findall(r'<section class="country" aria-labelledby="c-([A-Z]{2})">', page.text)
    assert len(sections) >= 40
    assert page.text.count(">Source</a>") >= len(sections)
    one = client.get("/help?lang=ru&country=ES")
    assert re.findall(r'aria-labelledby="c-([A-Z]{2})"', one.text) == ["ES"]
    assert "Испания" in one.text


def test_pages_are_public_and_light(client: TestClient) -> None:
    for path in ("/check", "/help", "/learn", "/learn/labour_exploitation", "/learn/quiz"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert len(response.content) < 200_000, (path, len(response.content))
        assert 'rel="stylesheet"' not in response.text  # the style sheet is inline: nothing else to fetch


def test_login_page_links_to_the_check_and_the_workspace_links_to_the_help_lines(client: TestClient) -> None:
    login = client.get("/login")
    assert login.status_code == 200 and 'href="/check"' in login.text
    assert ("/help", "Help lines") in client.app.state.nav  # type: ignore[attr-defined]
