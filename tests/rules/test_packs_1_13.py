"""Packs 1.13: decisions across words and typologies that the per-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.13
added: a client's or witness's account of someone else taking the money while the woman is afraid
or kept in is sexual exploitation, not labour, and a police report of the same is neither; a
hostess job beside held papers is sexual exploitation; a minor offered a private session with men
or sponsors is both sexual and child exploitation, while a school photo club is not; papers 'with'
a foreman are kept, while a worker who holds their own documents is not; pay held to a far-off date
and a child's age beside pay at the end of a season are labour exploitation, while a children's
league is not; a job on a tourist visa is a recruitment red flag, while a visa agency is not; a
moderator's notice naming the red flags flags nothing; and 'القبض' as the pay does not read as an
arrest in the news.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


def rule_indicators(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The rule-pack indicators behind the scores, without the learned model's hits: these tests pin the packs."""
    return {ind for ind in indicators(pipeline, text, lang) if not ind.startswith("learned.")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Went to the flat on Tuesday. The guy waiting outside took the money, and she was shaking", "en"),
        ("El chofer cobró antes de entrar; la muchacha estaba asustada y no hablaba nada", "es"),
        ("门口有人收钱，那个姑娘很害怕，说自己不能出门", "zh"),
    ],
)
def test_a_client_account_of_someone_else_taking_the_money_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.client_account_control" in rule_indicators(pipeline, text, lang)
    assert "labour_exploitation" not in flagged(pipeline, text, lang)


def test_a_police_report_of_the_same_account_is_not_an_offer(pipeline: Pipeline) -> None:
    text = (
        "Police said the driver collected the money while the women were frightened; "
        "three men were charged with trafficking"
    )
    assert "se.client_account_control" not in rule_indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hostesses for a club abroad, the owner keeps passports and the girls never go out alone", "en"),
        ("Tuyển nữ tiếp viên karaoke bên kia biên giới, hộ chiếu chủ giữ, không được ra ngoài", "vi"),
    ],
)
def test_a_hostess_job_beside_held_papers_is_sexual_exploitation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.held_in_sex_trade" in rule_indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Looking for girls 13-15 for private photo shoots with sponsors, travel paid", "en"),
        ("Набираем девочек 13-15 лет на частные фотосессии для спонсоров", "ru"),
    ],
)
def test_a_minor_offered_a_private_session_with_sponsors_is_both(pipeline: Pipeline, text: str, lang: str) -> None:
    found = rule_indicators(pipeline, text, lang)
    assert {"se.minors_on_camera", "ce.minors_on_camera"} <= found


def test_a_school_photo_club_is_not_a_private_session(pipeline: Pipeline) -> None:
    assert flagged(pipeline, "Photo club for 13-15 year olds after school, parents welcome", "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Passports stay with the foreman until the harvest is in", "en"),
        ("Паспорта у прораба до конца объекта", "ru"),
        ("الجوازات عند المقاول لحد آخر المشروع", "ar"),
    ],
)
def test_papers_with_a_foreman_are_kept(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" in rule_indicators(pipeline, text, lang)


def test_a_worker_who_holds_their_own_documents_is_not_a_retention(pipeline: Pipeline) -> None:
    text = "Cruise line hiring deck crew; medical fees reimbursed, you hold your own documents, contract 9 months."
    assert "le.document_retention" not in rule_indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Salaire versé après six mois de chantier, pas avant", "fr"),
        ("工钱回国一次性结，在船上不发", "zh"),
    ],
)
def test_pay_held_to_a_far_off_date_is_withheld(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.wage_withholding" in rule_indicators(pipeline, text, lang)


def test_a_child_paid_at_season_end_is_labour_but_a_league_is_not(pipeline: Pipeline) -> None:
    assert "labour_exploitation" in flagged(
        pipeline, "Need helpers age 12 for the melon farm, paid only at the end of the season", "en"
    )
    assert flagged(pipeline, "Under-12 league: the final is played at the end of the season", "en") == set()


def test_a_job_on_a_tourist_visa_is_a_red_flag_but_a_visa_agency_is_not(pipeline: Pipeline) -> None:
    assert "le.recruitment_fees" in rule_indicators(
        pipeline, "Trabajo en Alemania, entras como turista y allá te hacemos el contrato", "es"
    )
    assert "le.recruitment_fees" not in rule_indicators(pipeline, "代办旅游签证，固定收费，材料简单。", "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moderation: ads for jobs abroad that ask for a deposit will be removed. Real employers never charge.", "en"),
        ("平台公告：要求先交押金的出国招聘信息将被删除。", "zh"),
    ],
)
def test_a_moderator_notice_naming_the_red_flags_flags_nothing(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


def test_pay_called_al_qabd_is_not_an_arrest(pipeline: Pipeline) -> None:
    text = "مطلوب عمال لموقع بناء، الجوازات مع المقاول، والقبض بعد ستة شهور."
    assert "le.document_retention" in rule_indicators(pipeline, text, "ar")
    news = "تم القبض على مقاول احتجز الجوازات عند المقاول لشهور."
    assert "le.document_retention" not in rule_indicators(pipeline, news, "ar")
