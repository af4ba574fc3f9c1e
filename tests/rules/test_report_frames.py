"""A report about one post or account keeps its hits; general group rules, surveys and notices cancel them.

The texts are written for these tests (fictional handles and names), in every pack language.
"""

from __future__ import annotations

import pytest

from clew.model import Document
from clew.pipeline import Pipeline
from clew.rules import RuleSet, load_packs
from clew.rules.matcher import _report_frames
from clew.text import normalize

FRAMES = _report_frames()

# (lang, text): a moderator or user acting on ONE named post or account.
SPECIFIC = [
    ("en", "Mod note: banned u/liver_deal_demo for offering cash for a kidney"),
    ("en", "Reporting the account 'sunny_staff_demo': same number under six names"),
    ("es", 'Reporto la cuenta "Ayuda Rápida Demo" porque paga por riñones'),
    ("es", 'Moderación: eliminé la publicación del perfil "Trabajo Ya Demo"'),
    ("fr", "Signalement : le compte « Perles Demo » publie des tarifs"),
    ("fr", 'J\'ai supprimé le post du compte "Aide Demo" qui achète des reins'),
    ("ru", 'Модерация: удалил пост пользователя "Помощь_Демо"'),
    ("ru", "Жалоба на аккаунт demo_girls_spb: один номер в десяти анкетах"),
    ("zh", '举报账号"演示互助群"：公开收购肾源'),
    ("zh", "管理员已删除该帖，发帖人出价收购肝源"),
    ("ar", 'بلاغ للإدارة: حساب "نجوم_تجريبي" ينشر صور بنات مع الأسعار'),
    ("ar", "حذفت المنشور من الصفحة لأنه يعرض شراء كلية"),
    ("pt", 'Denunciei a conta "Ajuda Demo" que paga por rim'),
    ("pt", 'Removi o anúncio "Vagas Demo" do grupo'),
    ("ro", 'Am raportat contul "fete_demo": același număr în zece anunțuri'),
    ("ro", 'Am șters anunțul "Muncă Demo" din grup'),
    ("th", "รายงานบัญชี demo_girls ใช้เบอร์เดียวกันหลายโพสต์"),
    ("th", "แจ้งลบโพสต์ของเพจ demo ขายไต"),
    ("vi", 'Đã xoá bài "tuyển demo" và khoá tài khoản người đăng'),
    ("vi", "Báo cáo tài khoản demo_girls: cùng một số trên nhiều tin"),
    ("id", "Saya laporkan akun demo_cewek: nomor sama di sepuluh iklan"),
    ("id", 'Sudah dihapus postingan "lowongan demo" dari grup'),
]

# (lang, text): general rules and notices, which name no single post or account.
GENERAL = [
    ("en", "Group rules: posts selling kidneys will be removed and offenders banned"),
    ("en", "We remove listings that sell people; report such posts to the admins"),
    ("es", "Normas del grupo: se eliminarán las publicaciones que vendan órganos"),
    ("es", "Prohibido publicar anuncios de venta de personas; quien incumpla será expulsado"),
    ("fr", "Règles du groupe : pas de vente d'organes, toute annonce sera supprimée"),
    ("fr", "Rappel modération : les annonces de cession de bonne sont interdites"),
    ("ru", "Правила группы: объявления о продаже органов удаляются"),
    ("ru", "Запрещено публиковать объявления о продаже людей, нарушители будут заблокированы"),
    ("zh", "群规：禁止发布买卖器官信息，违者踢出"),
    ("zh", "本群禁止发布招聘陪酒信息"),
    ("ar", "قوانين المجموعة: يمنع نشر إعلانات بيع الكلى"),
    ("ar", "سيتم طرد كل من ينشر إعلانات بيع العمالة"),
    ("pt", "Regras do grupo: proibido postar venda de órgãos"),
    ("pt", "Anúncios de venda de pessoas serão removidos do grupo"),
    ("ro", "Regulile grupului: interzisă postarea de anunțuri cu organe"),
    ("ro", "Cei care postează vânzări de persoane vor fi eliminați"),
    ("th", "กฎกลุ่ม ห้ามโพสต์ขายอวัยวะ"),
    ("th", "ผู้ฝ่าฝืนจะถูกเตะออกจากกลุ่ม"),
    ("vi", "Nội quy nhóm: cấm đăng tin mua bán nội tạng"),
    ("vi", "Vi phạm sẽ bị kick khỏi nhóm"),
    ("id", "Aturan grup: dilarang posting jual beli organ"),
    ("id", "Pelanggar akan dikick dari grup"),
]


@pytest.mark.parametrize(("lang", "text"), SPECIFIC)
def test_a_report_about_one_post_or_account_is_a_frame(lang: str, text: str) -> None:
    assert FRAMES is not None
    assert FRAMES.search(normalize(text).text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), GENERAL)
def test_general_rules_name_no_single_post_and_are_no_frame(lang: str, text: str) -> None:
    assert FRAMES is not None
    assert not FRAMES.search(normalize(text).text), (lang, text)


def test_the_name_of_the_reported_account_is_inside_the_frame() -> None:
    """'ورد' (roses) in an account's name is the name, not a flower shop: the frame runs to the name's end."""
    assert FRAMES is not None
    text = normalize('بلاغ: حساب "ورد_تجريبي" ينشر صور بنات').text
    found = FRAMES.search(text)
    assert found and found.group().endswith('"ورد_تجريبي"')


def flagged(pipeline: Pipeline, lang: str, text: str) -> set[str]:
    analysis = pipeline.analyze(Document(id="t", text=text, lang=lang))
    return {t for t, s in analysis.typologies.items() if s.level in ("medium", "high")}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("lang", "text", "typology"),
    [
        (
            "en",
            'Mod note: banned u/cash4kidney_demo for posting "buying kidneys, 3500 USD, no questions"',
            "organ_trafficking",
        ),
        (
            "fr",
            'Modération : j\'ai supprimé le post du compte "Santé Demo" qui propose 3 millions CFA pour un rein',
            "organ_trafficking",
        ),
        (
            "es",
            'Moderación: eliminé la publicación del perfil "Salud Demo" porque ofrece pagar 9 mil soles por un riñón',
            "organ_trafficking",
        ),
    ],
)
def test_a_moderators_report_keeps_the_hit_of_what_it_reports(
    pipeline: Pipeline, lang: str, text: str, typology: str
) -> None:
    assert typology in flagged(pipeline, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Group rules: no selling of kidneys or livers, no escort ads, no worker transfers. Breaking rules = ban",
        ),
        ("fr", "Règles du groupe : pas de vente d'organes, pas d'annonces d'escorte. Exclusion immédiate"),
        ("es", "Normas del grupo: prohibida la venta de riñones; quien incumpla será expulsado"),
        ("ru", "Продажа невест — это преступление: куда обращаться, если вас выдают замуж насильно"),
        ("fr", "Étude : 40 % des ouvriers agricoles interrogés ont subi des retenues illégales sur salaire"),
    ],
)
def test_general_rules_surveys_and_where_to_turn_notices_stay_unflagged(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not flagged(pipeline, lang, text)


def test_without_report_frames_the_reports_own_words_cancel_the_hit() -> None:
    """The frame is what keeps the hit: the same rule set without it lets 'banned' cancel the quoted offer."""
    packs = [p for p in load_packs([]) if p.info.name == "organ_trafficking"]
    text = 'Mod note: banned u/cash4kidney_demo for posting "buying kidneys, 3500 USD, no questions"'
    with_frames = {h.id for h in RuleSet(packs).match_text(text) if h.id.startswith("ot.")}
    without = {h.id for h in RuleSet(packs, report_frames=False).match_text(text) if h.id.startswith("ot.")}
    assert "ot.organ_for_sale" in with_frames
    assert "ot.organ_for_sale" not in without
