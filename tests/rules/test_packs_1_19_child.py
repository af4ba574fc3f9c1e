"""Child pack 1.19: gifts to a young person, then a request for pictures, as a parent or moderator tells it.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).
Grooming for images was missed in blind rounds 6, 9, 18, 21, 22, 23 and 25 whenever the gift and the request
were reported in the third person ('he keeps giving her robux and asked her to send pics') instead of
offered in the first person ('I'll pay you for pics'). ce.money_for_images now reads @gift_to_child within
fourteen words of @pictures_asked or @nude_images; awareness texts that describe the same sequence as a
conditional ('if someone … asks for pics') stay unflagged.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A man in a racing game keeps gifting my 10 year old son v-bucks and asks him for pics after his shower",
            "en",
        ),
        ("Un desconocido le regala recargas a mi hija de 11 y le pide fotos en pijama por privado", "es"),
        ("Un type sur Roblox offre des robux à ma nièce de 12 ans et lui demande des photos dans sa chambre", "fr"),
        ("Взрослый в игре дарит моему сыну алмазы и просит фото после душа", "ru"),
        ("有个陌生人一直送我女儿点券，还让她拍睡衣的照片", "zh"),
        ("شخص في اللعبة يرسل جواهر لبنتي اللي عمرها ١١ ويطلب منها صور في غرفتها", "ar"),
        ("Um homem no jogo dá diamantes pra minha filha de 11 e pede fotos de pijama", "pt"),
        ("Un necunoscut îi trimite cadouri fiului meu de 10 ani și îi cere poze după duș", "ro"),
        ("มีคนแปลกหน้าเติมเพชรให้ลูกสาวอายุ 11 ขวบ แล้วขอรูปตอนใส่ชุดนอน", "th"),
        ("Một người lạ nạp thẻ cho con gái 11 tuổi của tôi rồi đòi ảnh mặc đồ ngủ", "vi"),
        ("Ada orang asing kasih diamond ke anakku umur 11 terus minta foto pakai piyama", "id"),
    ],
)
def test_gifts_then_pictures_reported_are_child_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.money_for_images" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Safety tip: if someone in a game gives your child robux and then asks for pics, keep the chat and report",
            "en",
        ),
        ("Consejo: si alguien le regala diamantes a tu hijo y le pide fotos, guarda el chat y avisa", "es"),
        (
            "Conseil : si quelqu'un offre des skins à votre enfant et lui demande des photos, gardez la conversation",
            "fr",
        ),
        ("Совет: если кто-то дарит ребёнку скины и просит фото, сохраните переписку", "ru"),
        ("Grandpa gave him v-bucks for his birthday and he wrote a thank-you card", "en"),
        ("Los abuelos le regalaron diamantes del juego por su cumpleaños", "es"),
        ("La escuela pide fotos tamaño carnet antes del viernes", "es"),
    ],
)
def test_awareness_and_ordinary_gifts_are_not_child_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.money_for_images" not in indicators(pipeline, text, lang)
