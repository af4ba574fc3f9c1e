"""Session 24: phrases that begin with a Chinese numeral, and lawful-context words that sit inside others.

'十五岁' (fifteen years old) is a minor's age; inside '三十五岁' (thirty-five) it is not, and the packs read it
there until the engine asked that no numeral come before such a phrase. Lawful-context and goods words were
single characters or short words found inside unrelated ones ('车' inside '火车站', a train station; 'หนังสือ',
a book, inside 'เรียนหนังสือ', going to school, and 'หนังสือเดินทาง', a passport; '安全', safe, in a sex ad's
'安全私密'), which cancelled sales and offers of minors. Texts are written for these tests, not taken from any
held-out set.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("有十五岁的小妹可过夜，价格私聊", True),
        ("手上有两个十四五岁的妹妹，可过夜，只接熟客", True),
        ("三十五岁的阿姨可过夜，价格私聊", False),
        ("二十五岁的妹妹可过夜，价格私聊", False),
        ("三十四五岁的姐姐，可过夜，只接熟客", False),
    ],
)
def test_a_minors_age_in_chinese_numerals_is_not_read_inside_an_adults(
    pipeline: Pipeline, text: str, minor: bool
) -> None:
    assert ("child_exploitation" in flagged(pipeline, text, "zh")) is minor


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "我表弟在火车站被人骗走，那人用五千块把他卖给了一个砖厂"),
        ("th", "นายหน้าพาน้องชายไปขายให้เจ้าของเรือ ยึดหนังสือเดินทางไว้ด้วย"),
        ("th", "ป้าขายหลานสาวให้คนแปลกหน้า บอกว่าเขาจะส่งไปเรียนหนังสือ"),
    ],
)
def test_a_train_station_a_passport_or_school_does_not_make_a_sale_of_a_person_a_sale_of_goods(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "二手车出售，车况良好，价格可议"),
        ("zh", "老婆的车出售，九成新"),
        ("th", "ขายหนังสือมือสอง ราคาถูก ส่งฟรี"),
    ],
)
def test_goods_for_sale_stay_goods(pipeline: Pipeline, lang: str, text: str) -> None:
    assert flagged(pipeline, text, lang) == set()


def test_a_sex_ads_promise_of_safety_is_not_a_safeguarding_notice(pipeline: Pipeline) -> None:
    ad = "导游安排年轻小女孩全程陪玩，住私人别墅，不问年龄，现金付给导游，安全私密有保障"
    assert "child_exploitation" in flagged(pipeline, ad, "zh")
    notice = "儿童安全教育讲座：如何识别网络上的诱骗，家长和孩子一起参加"
    assert flagged(pipeline, notice, "zh") == set()
    assert indicators(pipeline, notice, "zh") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The deckhands on the trawler haven't been paid in seven months and the agent keeps their papers"),
        ("pt", "Faz oito meses que não recebo salário na fazenda e o gato diz que é para pagar a dívida"),
        ("id", "Pembantu di rumah itu gak pernah digaji setahun, majikannya bilang gajinya ditabung"),
        ("ro", "Lucrează la ferma aia de zece luni și n-a văzut un euro, patronul zice că la final"),
    ],
)
def test_pay_not_received_for_months_in_more_wordings(pipeline: Pipeline, lang: str, text: str) -> None:
    assert "le.wages_unpaid_for_months" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "En el taller cosen catorce horas y de noche la puerta tiene candado por fuera", True),
        ("pt", "No alojamento da colheita tem cadeado por fora e ninguém sai antes do fim", True),
        ("id", "Buruh pabrik tidur di gudang, pagarnya digembok tiap malam sama mandor", True),
        ("th", "แรงงานในโรงงานนอนในโกดัง ประตูล็อกจากข้างนอกทุกคืน", True),
        ("es", "Vendo candado para bicicleta, casi nuevo, con dos llaves", False),
        ("en", "Unpaid internship for six months, great experience, flexible hours", False),
    ],
)
def test_locked_in_from_outside_and_its_lookalikes(pipeline: Pipeline, lang: str, text: str, expected: bool) -> None:
    if expected:
        assert "le.movement_restriction" in indicators(pipeline, text, lang)
    else:
        assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ask a lawyer: my boss wants to hold my passport for safekeeping, is that legal? Here's what the law says.",
        ),
        (
            "en",
            "Supplier audit summary: recruitment fees were found at two farms; remediation plan agreed with the buyer.",
        ),
        ("ar", "برنامج إذاعي الأحد: حقوق العمال المنزليين وحق الاحتفاظ بجواز السفر والراحة الأسبوعية"),
        ("ar", "للبيع غسالة شغالة نظيفة، أوتوماتيك ٨ كيلو، السعر ١٢٠ دينار"),
        ("id", "Pemerintah mengingatkan calon pekerja migran: penempatan resmi tidak memungut biaya apa pun"),
        ("zh", "人大代表建议：严查中介扣押务工人员身份证件的行为"),
        ("zh", "周六儿童剧《卖火柴的小女孩》在少年宫上演"),
        ("th", "ขายต้นไม้ประดับ กระถางเล็ก ใบสวย ส่งทั่วประเทศ"),
    ],
)
def test_talk_shows_audits_appliances_and_plays_are_not_leads(pipeline: Pipeline, lang: str, text: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O tipo enganou a rapariga com um emprego num café e vendeu-a a um homem do Porto por dois mil euros"),
        ("es", "El pana le vendió la chama a un tipo de la frontera por cien dólares y no la han vuelto a ver"),
        (
            "fr",
            "La tantine fait venir des filles du village et les vend à un patron de maquis, cent mille francs la fille",
        ),
        ("vi", "Bọn nó bán em tôi cho chủ quán nhậu ở biên giới với giá 30 triệu"),
    ],
)
def test_sales_of_women_in_clitic_present_and_slang_wordings(pipeline: Pipeline, lang: str, text: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The gangmaster keeps our PPS cards and takes rent for the caravan out of every wage"),
        ("es", "Trabaja en el invernadero doce horas y el encargado tiene su NIE desde que llegó"),
        ("ru", "Прораб паспорт взял в первый день, сказал, что оформляет патент, прошло два месяца"),
        ("zh", "仲介把他們的護照收走，說是統一保管，一年都拿不回來"),
        ("th", "หัวหน้าคนงานเอาพาสปอร์ตไปเก็บตั้งแต่วันแรกที่มาถึง"),
        ("pt", "O encarregado fica com o cartão de contribuinte de todos e paga quando quer"),
    ],
)
def test_a_workers_papers_taken_in_more_words_for_the_papers_and_the_taking(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert "le.document_retention" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My aunt says the man will pay off our debts if I marry him as his third wife. I don't want this."),
        ("es", "Si no me caso con el primo, mis tíos dicen que nos echan de la finca. Yo no lo quiero."),
        (
            "pt",
            "Tenho de casar com o senhor que pagou a dívida do pai, a família aceitou e não se pode voltar atrás",
        ),
        ("th", "แม่จะให้แต่งกับเสี่ยเจ้าของโรงสี เพราะเขาปลดหนี้ให้ หนูไม่เอาแต่ไม่มีใครฟัง"),
        ("id", "Bapak wis nrima lamaran juragan, aku gak bisa nolak soale utange bapak akeh"),
    ],
)
def test_a_marriage_she_is_told_she_must_accept_and_refuses(pipeline: Pipeline, lang: str, text: str) -> None:
    assert "forced_marriage" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Wedding planner: we marry couples in the garden; I never agreed to a buffet, so we changed caterers."),
        ("es", "Agencia matrimonial seria: si no lo quiero, no hay compromiso, usted decide con quién casarse."),
    ],
)
def test_weddings_and_lawful_agencies_stay_unflagged(pipeline: Pipeline, lang: str, text: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Un monsieur propose 20 000 euros à qui accepte de donner une partie du foie à son frère", True),
        ("pt", "Um homem oferece 80 mil reais a quem aceitar doar um pedaço do fígado", True),
        ("ru", "В областной больнице провели пересадку почки от родственного донора без какой-либо оплаты", False),
        ("en", "Our unit performed its 200th living-donor kidney transplant; donors receive no payment", False),
    ],
)
def test_money_a_few_words_from_an_organ_and_lawful_unpaid_donation(
    pipeline: Pipeline, lang: str, text: str, expected: bool
) -> None:
    assert ("ot.organ_price" in indicators(pipeline, text, lang)) is expected
