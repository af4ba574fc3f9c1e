"""Sexual- and child-exploitation packs 1.20: three mechanisms missed in many blind rounds, read by concept.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).

- A child under 18 offered to clients, foreigners or men, for a night or to a hotel, the age written as a list,
  a range or after a youth or kin noun (ce./se.minor_age_with_clients): missed in 21 of the rounds 3-26.
- A baby handed over with the birth registered to the buyer or outside the adoption registry
  (ce.baby_registered_to_buyer): missed in 11 rounds.
- A share of her earnings kept by the house, owner, boss or handler in a sex-trade setting
  (se.earnings_split_to_house): missed in rounds 9, 10, 15, 18, 19, 20 and 25.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can bring you two young ones, 14 and 15, to your hotel this weekend", "en"),
        ("Hay chamaquitas de 15 y 16 para los gringos, te las llevo a la lancha", "es"),
        ("Des gamines de 13-14 ans pour les touristes, le soir au bungalow", "fr"),
        ("Привезу девочек 14-15 лет иностранцам в гостиницу", "ru"),
        ("有14、15岁的小妹，专门给老外，可带到酒店", "zh"),
        ("بنات 13 و14 سنة للسياح، التوصيل للفندق", "ar"),
        ("Menininhas de 14 e 15 pros turistas, levo até o motel", "pt"),
        ("Am puștoaice de 15 pentru străini, le aduc la hotel", "ro"),
        ("เด็กอายุ 14, 15 สำหรับแขกต่างชาติ ไปโรงแรมได้", "th"),
        ("Có mấy em 14, 15 tuổi cho khách tây qua đêm", "vi"),
        ("Ada abg umur 14 buat tamu bule, bisa ke hotel", "id"),
    ],
)
def test_a_child_offered_to_clients_or_for_a_night_is_read_in_both_typologies(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = indicators(pipeline, text, lang)
    assert "ce.minor_age_with_clients" in found
    assert {"child_exploitation", "sexual_exploitation"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kids club at the hotel for ages 12 to 15, kids stay free", "en"),
        ("Campamento para chicas de 13 y 14 años con excursión al hotel de la sierra", "es"),
        ("Police arrested a man who offered girls of 14 to tourists at a hotel", "en"),
        ("Детский тариф для ребят 12-14 лет в отеле, семейный номер", "ru"),
        ("酒店亲子房，13到15岁儿童半价", "zh"),
    ],
)
def test_kids_rates_camps_and_reports_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    found = indicators(pipeline, text, lang)
    assert "ce.minor_age_with_clients" not in found
    assert "se.minor_age_with_clients" not in found


def test_a_child_bride_given_to_a_foreigner_is_not_read_as_sex_trade(pipeline: Pipeline) -> None:
    text = "Ep con gái 15 tuổi lấy chồng người nước ngoài, nhà trai trả 100 triệu"
    assert "se.minor_age_with_clients" not in indicators(pipeline, text, "vi")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two-week-old baby boy, we can register him as yours, cash for the mother", "en"),
        ("Bebita recién nacida, la registran a su nombre, una ayuda para la mamá", "es"),
        ("Nouveau-né à confier, déclaré à votre nom, dédommagement pour la mère", "fr"),
        ("Новорождённый малыш, оформим на вас без опеки, вознаграждение", "ru"),
        ("女宝刚出生，可以上你家户口，营养费私聊", "zh"),
        ("مولود عمره أسبوع، نسجله باسمكم، مقابل مبلغ", "ar"),
        ("Recém-nascida, registra como sua no cartório, ajuda de custo pra mãe", "pt"),
        ("Nou-născut, actele pe numele vostru, recompensă pentru mamă", "ro"),
        ("เด็กแรกเกิด แจ้งเกิดใส่ชื่อคุณได้ ค่าตอบแทนให้แม่", "th"),
        ("Bé sơ sinh, làm giấy khai sinh đứng tên anh chị, hỗ trợ mẹ", "vi"),
        ("Bayi baru lahir, akta kelahiran atas nama bapak ibu, uang terima kasih", "id"),
    ],
)
def test_a_baby_registered_to_the_buyer_is_a_child_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.baby_registered_to_buyer" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Personalised newborn blanket with the baby's name, gift box", "en"),
        ("El registro civil recuerda: el bebé se registra a nombre de sus padres en 60 días", "es"),
        ("收养必须到民政部门登记，婴儿出生证明不得买卖", "zh"),
    ],
)
def test_baby_goods_and_registry_notices_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.baby_registered_to_buyer" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("New girls wanted for our incall flat, 50% for the house, clients every night", "en"),
        ("Chicas para el piso, la mitad para la casa, atender clientes", "es"),
        ("Nouvelles filles pour le salon, 50 % pour la patronne, recevoir des clients", "fr"),
        ("Ищем новых девушек, половина салону, обслуживать клиентов", "ru"),
        ("招新妹子陪客人，一半给老板", "zh"),
        ("مطلوب بنات، النص للمعلمة، سهرات مع الزبائن", "ar"),
        ("Meninas novas, metade pra casa, atender clientes", "pt"),
        ("Fete noi, jumătate la patron, clienți seara", "ro"),
        ("รับน้องใหม่นั่งดริงค์ แบ่งครึ่งกับร้าน", "th"),
        ("Tuyển các em tiếp khách, chia đôi với chủ", "vi"),
        ("Cari cewek temani tamu, bagi dua dengan mami", "id"),
    ],
)
def test_a_share_kept_by_the_house_in_a_sex_setting_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.earnings_split_to_house" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Barber chair for rent, 50% for the house, bring your own clients", "en"),
        ("Agencia inmobiliaria: 50% de comisión para la agencia", "es"),
        ("We split the bill 50/50 with the owner of the restaurant", "en"),
        ("Independent companion, I keep 100% and book my own clients", "en"),
    ],
)
def test_salons_estate_agents_and_independents_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.earnings_split_to_house" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our neighbour's girl (12) is out of school and sells bread 12 hours a day", "en"),
        ("Mi hermanita de 13 ya no va a la escuela, cuida cabras por solo comida", "es"),
        ("Mon petit frère de 12 ans ne va plus à l'école, il porte des sacs 12 heures par jour", "fr"),
        ("Мальчики 13-15 лет на стройке по 12 часов, в школу не ходят", "ru"),
        ("十三岁的孩子在砖厂一天12小时", "zh"),
        ("بنت عمرها ١٢ سنة تشتغل ١٢ ساعة بالبيت", "ar"),
        ("Irmã de 12 anos saiu da escola pra trabalhar em casa de família", "pt"),
        ("Nepot de 13 ani, nu mai merge la școală, păzește oile doar pentru mâncare", "ro"),
        ("เด็กอายุ 13 ทำงานวันละ 12 ชั่วโมง", "th"),
        ("Em 13 tuổi bỏ học đi phụ hồ, làm 12 tiếng mỗi ngày", "vi"),
        ("Anak umur 13 putus sekolah jadi buruh, 12 jam sehari", "id"),
    ],
)
def test_a_child_kept_from_school_or_worked_long_days_is_a_child_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.minor_kept_from_school" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My daughter is 15 and does not go to school because of bullying, what should I do?", "en"),
        ("Mi hijo de 13 no va a la escuela por los videojuegos, ¿qué hago?", "es"),
        ("Coding camp for kids aged 12 to 14, 3 hours a day", "en"),
        ("我女儿14岁不上学，天天玩游戏，怎么办", "zh"),
    ],
)
def test_parents_asking_for_help_and_camps_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.minor_kept_from_school" not in indicators(pipeline, text, lang)
