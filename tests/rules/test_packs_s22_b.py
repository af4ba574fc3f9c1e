"""Organ-trafficking and child-exploitation packs 1.26 (session 22, helper B).

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).

- Healthy people recruited for a paid 'operation' or 'donation' with cash for the recruit and travel paid, paid
  'on return', or told 'a kidney grows back' (ot.paid_operation_recruitment); clinical trials, hair transplants
  and plasma donation stay unread.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Looking for fit young guys, healthy, to donate at a clinic overseas, 9k cash on return, visa sorted", "en"),
        ("Un señor ofrece a los muchachos 4 mil dólares por una operación en otra ciudad, pasaje pagado", "es"),
        ("On cherche des jeunes pour une petite opération, on te paie 5 000 € au retour, billet payé", "fr"),
        ("Зовут парней на операцию за границу, обещают 7 тысяч долларов наличными, всё оплачено", "ru"),
        ("有人招人去柬埔寨做个小手术，包来回机票，到手六万", "zh"),
        ("Caut tineri pentru o intervenție în străinătate, primești 8.000 de euro", "ro"),
    ],
)
def test_a_paid_operation_with_travel_is_read_as_organ_recruitment(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.paid_operation_recruitment" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paid clinical study: healthy adults 18-50, travel to our unit covered, you get $900", "en"),
        ("Donate plasma twice a week and earn up to $700 your first month, healthy adults 18+", "en"),
        ("Injerto de pelo en Estambul: operación sencilla, te dan el hotel y el pasaje incluido", "es"),
        ("Клиническое исследование ищет здоровых добровольцев, проезд оплачен, вознаграждение", "ru"),
        ("招募健康受试者参加新药临床试验，包住宿，给补贴", "zh"),
    ],
)
def test_trials_plasma_and_surgery_tourism_are_not_organ_recruitment(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.paid_operation_recruitment" not in indicators(pipeline, text, lang)
    assert "organ_trafficking" not in flagged(pipeline, text, lang)
