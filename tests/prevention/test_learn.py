"""Training mode: annotated synthetic examples per typology and a stateless quiz."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import httpx
import pytest
from fastapi.testclient import TestClient

from clew.model import TYPOLOGIES
from clew.pipeline import Pipeline
from clew.prevention.explain import Checker
from clew.prevention.helpdir import load_directory
from clew.prevention.i18n import catalogue
from clew.prevention.learn import NONE_OPTION, QUIZ_QUESTIONS, Trainer
from clew.settings import Settings
from clew.web.app import create_app


def _cookies(response: httpx.Response) -> set[str]:
    """Names of the cookies a response sets (the public pages set none of their own)."""
    return {c.split("=", 1)[0] for c in response.headers.get_list("set-cookie")}


@lru_cache(maxsize=1)
def trainer() -> Trainer:
    return Trainer(Checker(Pipeline(), load_directory()))


@pytest.mark.parametrize("typology", TYPOLOGIES)
def test_each_typology_has_a_lesson_with_signs_of_that_typology(typology: str) -> None:
    lesson = trainer().lesson(typology, catalogue("en"))
    assert lesson is not None
    assert lesson.intro == catalogue("en").messages[("lesson", typology)]
    assert lesson.examples
    for example in lesson.examples:
        assert typology in example.typologies
        assert any(s.typology == typology for s in example.signs)
        assert "".join(s.text for s in example.segments) == example.text
        for sign in example.signs:
            for ev in sign.evidence:
                assert example.text[ev.start : ev.end] == ev.text
    assert lesson.lookalike is not None and lesson.lookalike.signs == ()


def test_lessons_prefer_examples_in_the_page_language() -> None:
    lesson = trainer().lesson("labour_exploitation", catalogue("es"))
    assert lesson is not None
    assert lesson.examples[0].lang == "es"
    assert lesson.title == "Reclutamiento engañoso o trabajo forzoso"


def test_unknown_typology_has_no_lesson() -> None:
    assert trainer().lesson("piracy", catalogue("en")) is None


def test_quiz_is_deterministic_per_round_and_contains_the_true_signs() -> None:
    cat = catalogue("en")
    first, again, other = trainer().quiz(cat, round_number=3), trainer().quiz(cat, round_number=3), None
    other = trainer().quiz(cat, round_number=4)
    assert [q.example.id for q in first.questions] == [q.example.id for q in again.questions]
    assert [q.example.id for q in first.questions] != [q.example.id for q in other.questions]
    assert len(first.questions) == QUIZ_QUESTIONS
    assert any(q.answer == {NONE_OPTION} for q in first.questions)  # one harmless text
    for question in first.questions:
        offered = {option for option, _text in question.options}
        assert question.answer <= offered
        assert NONE_OPTION in offered


def test_grading_shows_what_was_missed_and_what_was_wrong() -> None:
    cat = catalogue("en")
    quiz = trainer().quiz(cat, round_number=1)
    perfect = {f"q{q.number}": sorted(q.answer) for q in quiz.questions}
    assert trainer().grade(quiz, perfect, cat).score == len(quiz.questions)
    blank = trainer().grade(quiz, {}, cat)
    with_signs = [g for g, q in zip(blank.questions, quiz.questions, strict=True) if q.answer != {NONE_OPTION}]
    assert all(g.missed and not g.found for g in with_signs)
    wrong_pick = {f"q{q.number}": [NONE_OPTION] for q in quiz.questions}
    graded = trainer().grade(quiz, wrong_pick, cat)
    assert all(g.wrong for g, q in zip(graded.questions, quiz.questions, strict=True) if q.answer != {NONE_OPTION})
    # answers that were never offered are ignored, not trusted
    forged = trainer().grade(quiz, {"q1": ["le.not_an_option", "<script>"]}, cat)
    assert not forged.questions[0].wrong or all(
        o in dict(quiz.questions[0].options) for o, _ in forged.questions[0].wrong
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(workspace=tmp_path_factory.mktemp("learn-ws")))) as c:
        yield c


def test_learn_pages_over_http(client: TestClient) -> None:
    index = client.get("/learn?lang=fr")
    assert index.status_code == 200 and "Apprendre les signes" in index.text
    links = re.findall(r'href="/learn/([a-z_]+)\?lang=fr"', index.text)
    assert set(links) == set(TYPOLOGIES)
    assert 'href="/learn/quiz?lang=fr&amp;round=1"' in index.text
    lesson = client.get("/learn/child_exploitation?lang=en")
    assert lesson.status_code == 200 and "<mark>" in lesson.text
    assert "example.com" in lesson.text  # the examples say they are invented
    missing = client.get("/learn/nothing-here")
    assert missing.status_code == 404 and "There is no such lesson." in missing.text


def test_quiz_round_trip_over_http_keeps_nothing(client: TestClient) -> None:
    quiz = client.get("/learn/quiz?round=2&lang=en")
    assert quiz.status_code == 200
    assert quiz.text.count('type="checkbox"') >= QUIZ_QUESTIONS * 2
    answered = client.post("/learn/quiz", data={"round": "2", "lang": "en"})
    assert answered.status_code == 200
    assert "You missed:" in answered.text and "answers fully right" in answered.text
    assert _cookies(answered) == set()
    assert client.get("/learn/quiz?round=oops").status_code == 200  # a bad round is round 1, not an error
