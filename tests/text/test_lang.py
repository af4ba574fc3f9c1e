"""Language identification: the UN languages and the main languages of origin, and any input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.text.lang import detect_language

SAMPLES = [
    ("ar", "مطلوب عاملات منزليات للسفر إلى الخارج براتب مغر"),
    ("en", "New in town this week, sweet and friendly, call me for an appointment"),
    ("es", "Chica nueva en la ciudad, muy cariñosa, llámame para una cita"),
    ("fr", "Nouvelle en ville cette semaine, douce et gentille, appelle-moi"),
    ("ru", "Работа за границей без опыта"),
    ("ru", "Девушка из Москвы, работа в Турции, жильё и билеты оплачены"),
    ("zh", "招聘女服务员 包吃包住 高工资 无需经验"),
    ("pt", "Contratamos garotas para trabalho no exterior, passagem paga"),
    ("ro", "Angajăm fete pentru muncă în străinătate, cazare asigurată"),
    ("th", "รับสมัครพนักงานนวด รายได้ดี ไม่ต้องมีประสบการณ์"),
    ("vi", "Cần tuyển nữ phục vụ lương cao, bao ăn ở"),
    ("id", "Dicari pekerja rumah tangga, gaji besar, berangkat cepat"),
    ("tl", "Kailangan ng kasambahay sa abroad, malaking sahod at libreng tirahan"),
    ("uk", "Робота за кордоном для дівчат, житло безкоштовне"),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SAMPLES)])
def test_languages_are_recognised(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "12 34", "☎️ 555-0123 !!!", "ab"])
def test_too_little_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


@given(st.text())
def test_any_string_gives_a_code_or_none(text: str) -> None:
    code = detect_language(text)
    assert code is None or (code.isalpha() and code.islower() and 2 <= len(code) <= 3)


def test_control_characters_and_lone_surrogates_do_not_break_it() -> None:
    assert detect_language("\ud800\x00\x1c Chica nueva en la ciudad, llámame \udfff") == "es"
