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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fixer promised my uncle 9,000 dollars, after the operation he only got 1,500", "en"),
        ("Al vecino le prometieron 8 mil por el hígado y apenas le dieron mil", "es"),
        ("Посредник обещал 12 тысяч, после операции отдал только две", "ru"),
        ("中介答应给五万，手术后只给了八千", "zh"),
        ("Pulang bawa bekas operasi dan 15 juta bukannya 100 juta", "id"),
    ],
)
def test_a_seller_paid_a_fraction_of_the_promised_sum_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donor_underpaid" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Insurance promised full cover but after the surgery they only paid 60 percent", "en"),
        ("Me prometieron el sueldo completo y después de la operación solo me dieron la mitad", "es"),
        ("The surgeon promised a small scar and after the operation it was only two stitches", "en"),
    ],
)
def test_insurance_salary_and_surgeons_promises_are_not_underpaid_sellers(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "ot.donor_underpaid" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My stepdad forces me to do the blood test to see if I'm compatible with the buyer", "en"),
        ("Mi jefe me obliga a firmar para darle un riñón a su hijo", "es"),
        ("Mon copain me menace de publier mes photos si je ne vends pas mon rein à son ami", "fr"),
        ("男朋友威胁我，不去配型就分手，说买家已经等着了", "zh"),
    ],
)
def test_a_person_coerced_to_give_an_organ_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.organ_coerced" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No one can force you to donate a kidney, and you can sign a withdrawal at any time", "en"),
        ("Mi madre está en diálisis y el médico me obliga a hacerme análisis del riñón", "es"),
    ],
)
def test_consent_notices_and_dialysis_are_not_coercion(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.organ_coerced" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three lads stay in a rented room waiting for the match, the broker holds their passports", "en"),
        ("Los tienen en un hotel esperando la operación y no los dejan salir", "es"),
        ("出租屋里四个人等着配型，不让出门", "zh"),
    ],
)
def test_people_held_while_they_wait_for_matching_are_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donors_held_for_matching" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Patients waiting for the operation hand their passports to the ward nurse on admission", "en"),
        ("Pacientes en cuarentena esperando la operación no pueden salir de la habitación", "es"),
    ],
)
def test_hospital_admission_and_quarantine_are_not_held_donors(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donors_held_for_matching" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agent pays 10k if you go to the clinic and say you're his cousin", "en"),
        ("Te dan 5 mil si en el hospital decís que sos su primo", "es"),
        ("Ему заплатили, а в клинике велели выдать себя за двоюродного брата пациента", "ru"),
    ],
)
def test_a_paid_donor_coached_to_claim_kinship_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.fake_relative_papers" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


def test_claiming_kinship_to_visit_a_patient_is_not_read(pipeline: Pipeline) -> None:
    text = "At the hospital I had to say I'm his brother to get in after visiting hours"
    assert "ot.fake_relative_papers" not in indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Transplante de riñón en el extranjero; el donante lo ponemos nosotros, paquete cerrado", "es"),
        ("Пересадка почки под ключ, донор подбирается нашей стороной", "ru"),
    ],
)
def test_a_transplant_with_the_donor_put_up_by_the_seller_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donor_supplied" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Someone on a Minecraft server sends my son gift cards and told him not to tell us", "en"),
        ("Un hombre le manda recargas a mi hija y le pidió que borre los mensajes", "es"),
        ("有人总给我女儿零花钱，叫她不要告诉奶奶", "zh"),
    ],
)
def test_gifts_with_a_secrecy_demand_to_a_child_are_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.gifts_and_secrecy_to_child" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If an adult sends your kid gift cards and says not to tell anyone, save the chat", "en"),
        ("Mi abuela le regaló una bici a mi hijo por su cumpleaños y que no nos dijera, era sorpresa", "es"),
    ],
)
def test_safety_advice_and_birthday_surprises_are_not_grooming(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.gifts_and_secrecy_to_child" not in indicators(pipeline, text, lang)
