"""Generate batch 33 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch33/<type>.jsonl).

    python bench/data/identifiers_heldout/batch33/make.py

Why a thirty-third batch: batches up to 32 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 33 was written blind by an author who read only issue 3, the data contract in
PRODUCT.md, the scorer, the first lines of batch 7's files (record format) and batch 32's make.py (to reuse
its encoders and checks and to choose *other* cases).  No extractor code, generated docs, tests or held-out
records were read (nor the generators of batches 30 and 31, so an overlap with them is possible but
unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 40+ languages and 20+ scripts, with disguises batch 32 did not use: phone digits
spelt in Albanian, Macedonian, Bulgarian, Ukrainian, Slovenian, Estonian, Finnish, Maltese, Afrikaans,
Yoruba, Hausa, Amharic, Georgian, Armenian, Azerbaijani, Uzbek, Mongolian, Tamil, Telugu, Bengali, Gujarati,
Urdu, Burmese, Malagasy, Haitian Creole and Esperanto; Chinese financial numerals (零贰柒…), Indian-English 'triple
five', Spanish and Italian numbers read in pairs, CamelCase glued English words, one digit per OCR line;
Sharada / Khudawadi / Newa / Modi / Dives Akuru / Gunjala Gondi / Tai Laing / Tangsa digits and a number
mixing Bengali, Tamil and ASCII groups; pipe, en-dash, middle-dot, dot-per-digit and diamond-emoji
separators; '(+44) (0)20' and '0044 (0)' trunk prefixes; whatsapp://send, sms: with body, an HTML tel:
link; Toronto in Cyrillic, London in katakana, Melbourne in Chinese and a .com.au domain as the only region
cues; two numbers of two countries in one post.  E-mail at / dot words of Polish, Finnish, Swedish,
Norwegian, Estonian, Ukrainian, Bulgarian, Slovenian, Romanian, Italian, Quebec French, Turkish,
Vietnamese, mainland Chinese (艾特), Japanese, Arabic, Urdu, Bengali, Tamil, Telugu, Gujarati, Georgian,
Amharic, Burmese, Mongolian, Azerbaijani, Uzbek, Afrikaans, Albanian, Esperanto, Malay and Tagalog;
small commercial at (﹫), one-dot leader, circled ⓐ, guillemets / angle / single-angle brackets, 《》, vCard,
a mail header, JSON, CSV, plus-addressing, sub-domains, all capitals, a line break after the dot,
only 'at' or only 'dot' spelt, Greek look-alikes, soft hyphen, RLM marks, mailto with cc.
Handles in instagram ?igsh / stories / _u / instagram:// links, t.me/s/, web.telegram.org #@, x.com,
tiktok video links, facebook ?mibextid, vk.me, onlyfans /media; cues телега / инста / телеграмм,
inflected Telegramda / Instagram'dan / Telegramon / Telegramissa / na Telegramie / na Telegramu / op Insta
/ på Snap / su Telegram / sur Snap / στο Instagram, تلغرام, טלגרם, テレグラム, インスタ, ライン, 라인,
VX / 薇信 / 威信, ไลน์ไอดี, Снэп, Тікток, Bengali / Tamil / Georgian Telegram, 📸; circled, italic, Greek
look-alike, letter-spaced and underlined (combining low line) names; Discord / Skype / Kik names.
Payment tags: cash.app with amount / qr, 💲 as the sign, es / it / vi / tl / ht / ar / he / uk / pt
wordings, hyphen-spelt service; venmo:// paycharge, venmo.com/?txn; paypal.com/paypalme, paypal.me with
locale query, (.) defanged, it / tr / zh / th / he / el / uk wordings; revolut.me with query, es / it / nl /
pl / uk / de / he / ar wordings; monzo variants; two services per post.  Crypto behind labels in 34 other
languages; tronscan / solscan / blockchain.com / blockcypher / dogechain links, EIP-681 pay-, grouped in
fours, a zero-width space inside, Markdown code, JSON, Korean and Thai text glued on, a quoted reply,
exclamation marks, all-capital hex, a Monero address over three lines, Arabic RLM.  Ages in other wordings
(23enne, 20-latka, 22-летняя, годик, 廿二, 二十一歳, 'recién cumplidos', añitos, aninhos, number words in
pt / it / pl / tr / vi / id, Arabic-Indic / Urdu / Bengali / Telugu / Gujarati / Myanmar digits,
parenthesised digits ⑵⑵, [F22], (22f)) in 38 languages.  About 15 % negatives per type with look-alike
distractors (ISBN, flight numbers, VIN, card endings, sort codes, ABN, DHL tracking, opening hours, GPS;
npm / docker digests, CSS / Python decorators, Cloudflare's '[email protected]', prices with @; reel /
invite / group / status / discover / club links; tickers, fees pages, hashtags; broken EIP-55 / base58
checksums, tx ids, WIF keys, Lightning invoices, IPFS CIDs, seed words, masked addresses; experience,
years in business, rooms, temperatures, weights, prices).

Crypto addresses: payloads are sha256 of fixed seed strings, wrapped in the real base58check / bech32
(BIP 173) / bech32m (BIP 350) / EIP-55 / Monero base58 encodings; every expected value is re-checked by
decoders written separately from the encoders (and, for witness v0, by the `bech32` reference package),
and every crypto negative is checked to fail them.  Every expected phone is checked with `phonenumbers`
(valid for its region, E.164 equal).  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx,
FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import base58

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    ARABIC_INDIC,
    B32,
    BENGALI_D,
    GUJARATI,
    MYANMAR,
    PERSIAN,
    RLM,
    SHY,
    TAMIL_D,
    TELUGU_D,
    ZWSP,
    Batch,
    Wallets,
    b58c,
    check_b58c,
    check_crypto,
    check_eth,
    e164,
    greek,
    native,
    remap,
)

W = Wallets(33)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge
doge_p2sh, sol, xmr = W.doge_p2sh, W.sol, W.xmr

OUT = Path(__file__).resolve().parent
BATCH = 33


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 33 number words and digit forms

WORDS = {
    "sq": "zero një dy tre katër pesë gjashtë shtatë tetë nëntë",
    "mk": "нула еден два три четири пет шест седум осум девет",
    "bg": "нула едно две три четири пет шест седем осем девет",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "sl": "nič ena dve tri štiri pet šest sedem osem devet",
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "mt": "żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
    "af": "nul een twee drie vier vyf ses sewe agt nege",
    "yo": "odo ọkan meji mẹta mẹrin marun mẹfa meje mẹjọ mẹsan",
    "ha": "sifiri ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "ka": "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
    "az": "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz",
    "uz": "nol bir ikki uch to'rt besh olti yetti sakkiz to'qqiz",
    "mn": "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес",
    "ta": "பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "te": "సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "gu": "શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "mg": "aotra iray roa telo efatra dimy enina fito valo sivy",
    "ht": "zewo en de twa kat senk sis sèt uit nèf",
    "eo": "nul unu du tri kvar kvin ses sep ok naŭ",
}


def spell(lang: str, number: str, sep: str = " ", group: str = ", ") -> str:
    """``number``'s digits as the words of ``lang``, groups (split on spaces) joined by ``group``."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(sep.join(words[int(c)] for c in g) for g in number.split())


SHARADA, KHUDAWADI, NEWA, MODI, DIVES_AKURU, GUNJALA, TAI_LAING, TANGSA = (
    0x111D0,
    0x112F0,
    0x11450,
    0x11650,
    0x11950,
    0x11DA0,
    0xA9F0,
    0x16AC0,
)
PAREN = {str(i): chr(0x2473 + i) for i in range(1, 10)}
CIRCLED_LETTERS = {chr(97 + i): chr(0x24D0 + i) for i in range(26)}
SCWAT, ONE_DOT = "\ufe6b", "\u2024"
LOW_LINE = "\u0332"


def italic(s: str) -> str:
    """Mathematical italic small letters (h lives at U+210E)."""
    return "".join("\u210e" if c == "h" else chr(0x1D44E + ord(c) - 97) if "a" <= c <= "z" else c for c in s)


CN_FIN = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖", strict=True))

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("sq", "Punë në Londër, strehim falas. Telefononi: {w}", "020 7946 0329", "GB"),
    ("mk", "Работа во Торонто, сместување бесплатно. Јавете се: {w}", "416 555 0152", "CA"),
    ("bg", "Работа в Лондон, квартира безплатно. Обадете се: {w}", "020 7946 0461", "GB"),
    ("uk", "Робота в Парижі, житло безкоштовно. Телефонуйте: {w}", "01 99 00 27 58", "FR"),
    ("sl", "Delo v Londonu, nastanitev brezplačna. Pokličite: {w}", "020 7946 0536", "GB"),
    ("et", "Töö Torontos, majutus tasuta. Helista: {w}", "647 555 0129", "CA"),
    ("fi", "Töitä Lontoossa, asunto ilmaiseksi. Soita: {w}", "020 7946 0672", "GB"),
    ("mt", "Xogħol f'Londra, akkomodazzjoni b'xejn. Ċempel: {w}", "020 7946 0794", "GB"),
    ("af", "Werk in Sydney, verblyf gratis. Skakel: {w}", "0491 570 193", "AU"),
    ("yo", "Iṣẹ ni London, ibugbe ọfẹ. Pe: {w}", "020 7946 0218", "GB"),
    ("ha", "Aiki a Toronto, masauki kyauta. Kira: {w}", "905 555 0176", "CA"),
    ("am", "ሥራ በለንደን፣ መኖሪያ በነጻ። ይደውሉ: {w}", "020 7946 0643", "GB"),
    ("ka", "სამსახური ლონდონში, საცხოვრებელი უფასოდ. დარეკეთ: {w}", "020 7946 0915", "GB"),
    ("hy", "Աշխատանք Փարիզում, բնակարան անվճար։ Զանգահարեք՝ {w}", "01 99 00 64 31", "FR"),
    ("az", "Londonda iş, yaşayış pulsuz. Zəng edin: {w}", "020 7946 0376", "GB"),
    ("uz", "Londonda ish, turar joy bepul. Qo'ng'iroq qiling: {w}", "020 7946 0452", "GB"),
    ("mn", "Сиднейд ажил, байр үнэгүй. Залгаарай: {w}", "0491 570 176", "AU"),
    ("ta", "லண்டனில் வேலை, தங்குமிடம் இலவசம். அழைக்கவும்: {w}", "020 7946 0264", "GB"),
    ("te", "టొరంటోలో ఉద్యోగం, వసతి ఉచితం. కాల్ చేయండి: {w}", "416 555 0198", "CA"),
    ("bn", "লন্ডনে কাজ, থাকা ফ্রি। ফোন করুন: {w}", "020 7946 0718", "GB"),
    ("gu", "લંડનમાં નોકરી, રહેવાનું મફત. ફોન કરો: {w}", "020 7946 0359", "GB"),
    ("ur", "لندن میں نوکری، رہائش مفت۔ کال کریں: {w}", "020 7946 0483", "GB"),
    ("my", "ဆစ်ဒနီတွင် အလုပ်၊ နေစရာ အခမဲ့။ ဖုန်းဆက်ပါ: {w}", "0491 570 158", "AU"),
    ("mg", "Asa any Paris, trano maimaim-poana. Antsoy: {w}", "01 99 00 81 46", "FR"),
    ("ht", "Travay Monreyal, lojman gratis. Rele: {w}", "514 555 0163", "CA"),
    ("eo", "Laboro en Londono, loĝejo senpaga. Telefonu: {w}", "020 7946 0627", "GB"),
]
for lang, tpl, number, region in spelt:
    P("phone", tpl.format(w=spell(lang, number)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "伦敦餐馆招工，包吃住。电话：" + remap("020 7946 0527", CN_FIN),
    "GB",
    ["+442079460527"],
    "zh: Chinese financial numerals",
)
P(
    "phone",
    "Call me on three one two triple five zero one four seven",
    "US",
    ["+13125550147"],
    "en-IN: 'triple five'",
)
P(
    "phone",
    "Llámame: tres cero cinco, cinco cincuenta y cinco, cero uno, treinta y ocho",
    "US",
    ["+13055550138"],
    "es: number read in pairs",
)
P(
    "phone",
    "Chiamami: zero uno, novantanove, zero zero, sessantuno, ventitré",
    "FR",
    ["+33199006123"],
    "it: French number read in Italian pairs",
)
P(
    "phone",
    "TextMe ThreeOneTwoFiveFiveFiveZeroOneSixTwo",
    "US",
    ["+13125550162"],
    "en: CamelCase glued number words",
)
P("phone", "CALL\n0\n4\n9\n1\n5\n7\n0\n1\n4\n2", "AU", ["+61491570142"], "en-AU: OCR flyer, one digit per line")
P("phone", "Tel " + native("312 555 0129", SHARADA), "US", ["+13125550129"], "en: Sharada digits")
P("phone", "Call " + native("020 7946 0862", KHUDAWADI), "GB", ["+442079460862"], "en-GB: Khudawadi digits")
P("phone", "Tél " + native("01 99 00 19 84", NEWA), "FR", ["+33199001984"], "fr: Newa digits")
P("phone", "Call " + native("0491 570 115", MODI), "AU", ["+61491570115"], "en-AU: Modi digits")
P("phone", "WhatsApp " + native("604 555 0141", DIVES_AKURU), "CA", ["+16045550141"], "en: Dives Akuru digits")
P("phone", "Text " + native("206 555 0175", GUNJALA), "US", ["+12065550175"], "en: Gunjala Gondi digits")
P("phone", "Ring " + native("020 7946 0934", TAI_LAING), "GB", ["+442079460934"], "en-GB: Tai Laing digits")
P("phone", "Call " + native("617 555 0186", TANGSA), "US", ["+16175550186"], "en: Tangsa digits")
P(
    "phone",
    "ফোন " + native("713", BENGALI_D) + " " + native("555", TAMIL_D) + " 0132",
    "US",
    ["+17135550132"],
    "bn: groups in Bengali, Tamil and ASCII digits",
)
P("phone", "Call (+44) (0)20 7946 0418", None, ["+442079460418"], "en-GB: trunk zero in brackets after +44")
P("phone", "Tel.: 0044 (0) 20 7946 0571", None, ["+442079460571"], "de: 0044 and (0)")
P("phone", "whatsapp://send?phone=61491570186", None, ["+61491570186"], "url: whatsapp:// deep link")
P("phone", "sms:+14155550137?body=Hi%20is%20the%20room%20free", None, ["+14155550137"], "url: sms: with body")
P(
    "phone",
    '<a href="tel:+33199004571">appelez-moi</a>',
    None,
    ["+33199004571"],
    "html: tel: link with French text",
)
P("phone", "Text 4|1|6|5|5|5|0|1|2|9 anytime", "CA", ["+14165550129"], "en: pipe between every digit")
P("phone", "Ring 020–7946–0683", "GB", ["+442079460683"], "en-GB: en-dash separators")
P("phone", "Mob 0491·570·163", "AU", ["+61491570163"], "en-AU: middle-dot separators")
P("phone", "Call 3.1.2.5.5.5.0.1.7.9", "US", ["+13125550179"], "en: a dot after every digit")
P("phone", "📞 713🔹555🔹0164", "US", ["+17135550164"], "en: diamond emoji separators")
P("phone", "Торонто, звоните 416 555 0117", None, ["+14165550117"], "ru: Toronto in Cyrillic as the only cue")
P("phone", "ロンドン在住、電話 020 7946 0295", None, ["+442079460295"], "ja: London in katakana as the only cue")
P("phone", "墨尔本 按摩 招聘 0491 570 131", None, ["+61491570131"], "zh: Melbourne in Chinese as the only cue")
P(
    "phone",
    "Book at example.com.au or call 0491 570 174",
    None,
    ["+61491570174"],
    "en-AU: .com.au domain as the only cue",
)
P(
    "phone",
    "Office London 020 7946 0812, mobile in Sydney +61 491 570 109",
    "GB",
    ["+442079460812", "+61491570109"],
    "en: two numbers of two countries",
)
# negatives
P("phone", "ISBN 978-0-306-40615-7, 2nd edition", "US", [], "en: ISBN")
P("phone", "Flight BA 0117 departs 20:15, gate 46", "GB", [], "en-GB: flight number, time, gate")
P("phone", "VIN 1HGCM82633A004352", "US", [], "en: vehicle identification number")
P("phone", "Card ending •••• 0147, exp 03/28", "US", [], "en: card ending and expiry")
P("phone", "Sort code 20-79-46, account 01471234", "GB", [], "en-GB: bank sort code and account number")
P("phone", "ABN 12 345 678 901, Sydney NSW 2000", "AU", [], "en-AU: ABN and postcode")
P("phone", "DHL: JJD000390007827319", "GB", [], "en: DHL tracking number")
P("phone", "Öffnungszeiten 08:00–20:00, Sa 9–17", "FR", [], "de: opening hours")
P("phone", "GPS : 48°51'24\"N 2°21'07\"E", "FR", [], "fr: coordinates in degrees")
P("phone", "Réf. produit 0199 0042 — 1 199,00 €", "FR", [], "fr: product reference and price")

# ---- email ---------------------------------------------------------------
E = add
E(
    "email",
    "CV prosimy wysyłać: praca.krk małpa example kropka com",
    None,
    ["praca.krk@example.com"],
    "pl: małpa / kropka",
)
E("email", "Hakemukset: tyo.hki miukumauku example piste com", None, ["tyo.hki@example.com"], "fi: miukumauku / piste")
E("email", "Ansökan: jobb.sthlm snabel-a example punkt org", None, ["jobb.sthlm@example.org"], "sv: snabel-a / punkt")
E("email", "Søknad: jobb.osl krøllalfa example punktum net", None, ["jobb.osl@example.net"], "no: krøllalfa / punktum")
E("email", "CV: too.tll kommertsiaal-ä example punkt com", None, ["too.tll@example.com"], "et: kommertsiaal-ä / punkt")
E("email", "Резюме: robota.kyiv равлик example крапка com", None, ["robota.kyiv@example.com"], "uk: равлик / крапка")
E("email", "CV: rabota.sof кльомба example точка com", None, ["rabota.sof@example.com"], "bg: кльомба / точка")
E("email", "Življenjepis: delo.lj afna example pika com", None, ["delo.lj@example.com"], "sl: afna / pika")
E("email", "CV la: munca.buc arond example punct com", None, ["munca.buc@example.com"], "ro: arond / punct")
E(
    "email",
    "Curriculum a: lavoro.mi chiocciola example punto org",
    None,
    ["lavoro.mi@example.org"],
    "it: chiocciola / punto",
)
E(
    "email",
    "Envoyez votre CV : emploi.mtl a commercial example point com",
    None,
    ["emploi.mtl@example.com"],
    "fr-CA: 'a commercial' / point",
)
E(
    "email",
    "Özgeçmiş: isbul.ist et işareti example nokta com",
    None,
    ["isbul.ist@example.com"],
    "tr: et işareti / nokta",
)
E("email", "Gửi CV: viec.hn a còng example chấm com", None, ["viec.hn@example.com"], "vi: a còng / chấm")
E("email", "简历发到 gongzuo.sz 艾特 example 点 com", None, ["gongzuo.sz@example.com"], "zh: 艾特 / 点")
E(
    "email",
    "応募：shigoto.osk アットマーク example ドット com",
    None,
    ["shigoto.osk@example.com"],
    "ja: アットマーク / ドット",
)
E("email", "السيرة الذاتية: amal.cai آت example نقطة com", None, ["amal.cai@example.com"], "ar: آت / نقطة")
E("email", "سی وی: naukri.khi ایٹ example ڈاٹ com", None, ["naukri.khi@example.com"], "ur: ایٹ / ڈاٹ")
E("email", "সিভি: kaj.dhk অ্যাট example ডট com", None, ["kaj.dhk@example.com"], "bn: অ্যাট / ডট")
E("email", "மின்னஞ்சல்: velai.chn அட் example டாட் com", None, ["velai.chn@example.com"], "ta: அட் / டாட்")
E("email", "ఈమెయిల్: udyogam.hyd ఎట్ example డాట్ com", None, ["udyogam.hyd@example.com"], "te: ఎట్ / డాట్")
E("email", "ઈમેલ: naukri.amd એટ example ડોટ com", None, ["naukri.amd@example.com"], "gu: એટ / ડોટ")
E(
    "email",
    "ელფოსტა: samushao.tbs ძაღლუკა example წერტილი com",
    None,
    ["samushao.tbs@example.com"],
    "ka: ძაღლუკა / წერტილი",
)
E("email", "ኢሜይል: sira.add አት example ነጥብ com", None, ["sira.add@example.com"], "am: አት / ነጥብ")
E("email", "အီးမေးလ်: alote.ygn အက် example ဒေါ့ com", None, ["alote.ygn@example.com"], "my: အက် / ဒေါ့")
E("email", "Имэйл: ajil.ub эт example цэг com", None, ["ajil.ub@example.com"], "mn: эт / цэг")
E("email", "CV: is.baku et example nöqtə com", None, ["is.baku@example.com"], "az: et / nöqtə")
E("email", "Rezyume: ish.tash kuchukcha example nuqta com", None, ["ish.tash@example.com"], "uz: kuchukcha / nuqta")
E("email", "CV: werk.cpt aapstert example punt com", None, ["werk.cpt@example.com"], "af: aapstert / punt")
E("email", "CV: pune.tir et example pikë com", None, ["pune.tir@example.com"], "sq: et / pikë")
E("email", "Skribu al laboro ĉe example punkto org", None, ["laboro@example.org"], "eo: ĉe / punkto")
E("email", "Hantar resume: kerja.kl di example titik com", None, ["kerja.kl@example.com"], "ms: di / titik")
E(
    "email",
    "Ipadala ang resume: trabaho.mnl at example tuldok com",
    None,
    ["trabaho.mnl@example.com"],
    "tl: at / tuldok",
)
E(
    "email",
    "Mail: ana " + SCWAT + " example " + ONE_DOT + " com",
    None,
    ["ana@example.com"],
    "en: small commercial at, one-dot leader",
)
E("email", "elena«at»example«dot»org", None, ["elena@example.org"], "es: guillemets around at / dot")
E("email", "ivan‹at›example‹dot›net", None, ["ivan@example.net"], "ru: single angle quotes")
E("email", "write to tom <at> example <dot> com", None, ["tom@example.com"], "en: angle brackets")
E("email", "lucia ⓐ example.com", None, ["lucia@example.com"], "it: circled a for @")
E(
    "email",
    "BEGIN:VCARD\nFN:Ana Diaz\nEMAIL;TYPE=work:ana.diaz@example.com\nEND:VCARD",
    None,
    ["ana.diaz@example.com"],
    "vcard: EMAIL property",
)
E("email", 'From: "Lina K." <lina.k@example.org>', None, ["lina.k@example.org"], "mail: From header")
E("email", '{"name": "Omar", "email": "omar.h@example.net"}', None, ["omar.h@example.net"], "json: email field")
E("email", "Name;Email\nPetra;petra.n@example.com", None, ["petra.n@example.com"], "csv: semicolon-separated row")
E("email", "Bewerbung: anna+jobs@example.com", None, ["anna+jobs@example.com"], "de: plus-addressing")
E("email", "HR: recruit@mail.example.org", None, ["recruit@mail.example.org"], "en: sub-domain")
E("email", "CONTACT: ANNA.B@EXAMPLE.NET", None, ["anna.b@example.net"], "en: all capitals")
E("email", "Send to team.lead@example.\ncom", None, ["team.lead@example.com"], "en: line break after the dot")
E("email", "contact.lyon@example point com", None, ["contact.lyon@example.com"], "fr: only 'point' spelt")
E("email", "reach marta at example.org", None, ["marta@example.org"], "en: only 'at' spelt")
E(
    "email",
    greek("OTTO") + "@example.com",
    None,
    ["otto@example.com"],
    "el: Greek capital look-alikes in the local part",
)
E("email", "kontakt" + SHY + ".wien@example.com", None, ["kontakt.wien@example.com"], "de: soft hyphen inside")
E("email", "راسلني " + RLM + "huda.s@example.com" + RLM, None, ["huda.s@example.com"], "ar: RLM marks around")
E("email", "邮箱：《wang.fang@example.com》", None, ["wang.fang@example.com"], "zh: double angle brackets")
E(
    "email",
    "mailto:jobs@example.org?subject=CV&cc=hr@example.org",
    None,
    ["jobs@example.org", "hr@example.org"],
    "url: mailto with cc",
)
E("email", "Autolink: <mia@example.net>", None, ["mia@example.net"], "md: autolink")
# negatives
E("email", "npm i left-pad@1.3.0", None, [], "dev: npm version pin")
E("email", "docker pull nginx@sha256:" + seed("docker").hex(), None, [], "dev: image digest")
E("email", "@media (max-width: 600px) { .x { color: red } }", None, [], "css: media query")
E("email", "@dataclass\nclass User:", None, [], "python: decorator")
E("email", "3 items @ 9.99 = 29.97", None, [], "en: price with @")
E("email", "Email: [email protected]", None, [], "web: Cloudflare-obfuscated address")
E("email", "Lina at home, Marco at work", None, [], "en: 'at' as a preposition")
E("email", "Twitter @example_com", None, [], "en: handle")
E("email", "Write to ana@ (domain withheld)", None, [], "en: incomplete address")

# ---- handle --------------------------------------------------------------
H = add
H(
    "handle",
    "https://www.instagram.com/carla.vlc/?igsh=MXh4bmZ0",
    None,
    ["instagram:carla.vlc"],
    "es: instagram link with igsh",
)
H(
    "handle",
    "instagram.com/stories/dara.ist/3312456789012345678/",
    None,
    ["instagram:dara.ist"],
    "tr: instagram story link",
)
H("handle", "instagram.com/_u/lotte.ams", None, ["instagram:lotte.ams"], "nl: instagram /_u/ app link")
H("handle", "instagram://user?username=dina.bcn", None, ["instagram:dina.bcn"], "ca: instagram:// deep link")
H("handle", "t.me/s/rabota_spb", None, ["telegram:rabota_spb"], "ru: t.me/s/ channel preview")
H("handle", "web.telegram.org/k/#@olya_msk", None, ["telegram:olya_msk"], "ru: web.telegram.org link")
H("handle", "x.com/mara_lis", None, ["twitter:mara_lis"], "pt: x.com link")
H(
    "handle",
    "tiktok.com/@lia.mx/video/7312345678901234567",
    None,
    ["tiktok:lia.mx"],
    "es-MX: TikTok video link",
)
H(
    "handle",
    "facebook.com/ana.maria.77?mibextid=ZbWKwL",
    None,
    ["facebook:ana.maria.77"],
    "ro: facebook link with mibextid",
)
H("handle", "vk.me/nastya_ekb", None, ["vk:nastya_ekb"], "ru: vk.me chat link")
H("handle", "onlyfans.com/mira_x/media", None, ["onlyfans:mira_x"], "en: OnlyFans media tab")
H("handle", "Пиши в телегу: @olesya_nn", None, ["telegram:olesya_nn"], "ru: slang 'телега' inflected")
H("handle", "В инсте: lera.spb", None, ["instagram:lera.spb"], "ru: 'в инсте'")
H("handle", "Телеграмм @irina_work", None, ["telegram:irina_work"], "ru: misspelt Телеграмм")
H("handle", "Telegramda yaz: @aysel_baku", None, ["telegram:aysel_baku"], "az: 'Telegramda'")
H("handle", "Instagram'dan yaz: @zeynep.ank", None, ["instagram:zeynep.ank"], "tr: Instagram'dan")
H("handle", "Írj Telegramon: @reka_bp", None, ["telegram:reka_bp"], "hu: 'Telegramon'")
H("handle", "Laita viesti Telegramissa: @aino_tku", None, ["telegram:aino_tku"], "fi: 'Telegramissa'")
H("handle", "Pisz na Telegramie: @ola_gda", None, ["telegram:ola_gda"], "pl: 'na Telegramie'")
H("handle", "Napiš na Telegramu: @jana_ost", None, ["telegram:jana_ost"], "cs: 'na Telegramu'")
H("handle", "Stuur me een berichtje op Insta: @noor.utr", None, ["instagram:noor.utr"], "nl: 'op Insta'")
H("handle", "Skriv på Snap: emma.gbg", None, ["snapchat:emma.gbg"], "sv: 'på Snap'")
H("handle", "Scrivimi su Telegram: @giulia_to", None, ["telegram:giulia_to"], "it: 'su Telegram'")
H("handle", "Écris-moi sur Snap : lea.lille", None, ["snapchat:lea.lille"], "fr: 'sur Snap'")
H("handle", "Στείλε μου στο Instagram: @eleni.ath", None, ["instagram:eleni.ath"], "el: 'στο Instagram'")
H("handle", "تواصل عبر تلغرام: @nour_amman", None, ["telegram:nour_amman"], "ar: تلغرام")
H("handle", "טלגרם: @noa_tlv", None, ["telegram:noa_tlv"], "he: טלגרם")
H("handle", "テレグラム：@hina_kobe", None, ["telegram:hina_kobe"], "ja: テレグラム")
H("handle", "インスタ：@rin.fuk", None, ["instagram:rin.fuk"], "ja: インスタ")
H("handle", "ライン ID：miku_0707", None, ["line:miku_0707"], "ja: ライン ID")
H("handle", "라인 아이디: jiyeon_bs", None, ["line:jiyeon_bs"], "ko: 라인 아이디")
H("handle", "VX：meimei_1314", None, ["wechat:meimei_1314"], "zh: VX slang for WeChat")
H("handle", "薇信：xiaoxue_88", None, ["wechat:xiaoxue_88"], "zh: homophone 薇信")
H("handle", "加威信 tingting_520", None, ["wechat:tingting_520"], "zh: homophone 威信")
H("handle", "ไลน์ไอดี: ploy_cm", None, ["line:ploy_cm"], "th: ไลน์ไอดี")
H("handle", "📸 @mila.foto", None, ["instagram:mila.foto"], "en: camera emoji for Instagram")
H("handle", "Снэп: dasha.snap", None, ["snapchat:dasha.snap"], "ru: Снэп")
H("handle", "Тікток: @oksana.lviv", None, ["tiktok:oksana.lviv"], "uk: Тікток")
H("handle", "টেলিগ্রাম: @rupa_dhk", None, ["telegram:rupa_dhk"], "bn: টেলিগ্রাম")
H("handle", "டெலிகிராம்: @priya_chn", None, ["telegram:priya_chn"], "ta: டெலிகிராம்")
H("handle", "ტელეგრამი: @nino_tbs", None, ["telegram:nino_tbs"], "ka: ტელეგრამი")
H("handle", "Insta-Account: @lena.muc", None, ["instagram:lena.muc"], "de: 'Insta-Account'")
H("handle", "Scrie-mi pe Insta: @ioana.cj", None, ["instagram:ioana.cj"], "ro: 'pe Insta'")
H("handle", "Wasiliana nami Telegram: @amani_nbo", None, ["telegram:amani_nbo"], "sw: 'Wasiliana nami Telegram'")
H("handle", "Kik-Name: jule.kik", None, ["kik:jule.kik"], "de: 'Kik-Name'")
H("handle", "Discord-Name: nyx.dev", None, ["discord:nyx.dev"], "de: new-style Discord name")
H("handle", "Skype-Name: anna.muller.work", None, ["skype:anna.muller.work"], "de: 'Skype-Name'")
H("handle", "IG: " + remap("mila.rose", CIRCLED_LETTERS), None, ["instagram:mila.rose"], "en: circled letters")
H("handle", "Snap: " + italic("luna.x"), None, ["snapchat:luna.x"], "en: mathematical italic letters")
H("handle", "Telegram: @" + greek("tina.kos"), None, ["telegram:tina.kos"], "el: Greek look-alike letters")
H("handle", "snap: k i r a . m o o n", None, ["snapchat:kira.moon"], "en: letter-spaced name")
H(
    "handle",
    "Insta: " + "".join(c + LOW_LINE for c in "mia.rio"),
    None,
    ["instagram:mia.rio"],
    "pt: underlined with combining low line",
)
H(
    "handle",
    "TG | IG | Snap: @vika.lux",
    None,
    ["telegram:vika.lux", "instagram:vika.lux", "snapchat:vika.lux"],
    "ru: three platforms with pipes",
)
H(
    "handle",
    "Mismo usuario en tele e insta: dara_ok",
    None,
    ["telegram:dara_ok", "instagram:dara_ok"],
    "es: 'mismo usuario en tele e insta'",
)
H("handle", "Mi usuario es @sol.luna22", None, ["unknown:sol.luna22"], "es: no platform named")
# negatives
H("handle", "instagram.com/reel/C9aBcDeFgHi/", None, [], "en: Instagram reel link")
H("handle", "t.me/+AbCdEfGhIjK12345", None, [], "en: Telegram invite link")
H("handle", "discord.gg/abc123", None, [], "en: Discord invite")
H("handle", "facebook.com/groups/jobs.berlin/", None, [], "de: Facebook group")
H("handle", "x.com/i/status/1812345678901234567", None, [], "en: X status link")
H("handle", "tiktok.com/discover/jobs-in-london", None, [], "en: TikTok discover page")
H("handle", "vk.com/club123456", None, [], "ru: VK community")
H("handle", "#instagram #telegram #jobs", None, [], "en: hashtags only")
H("handle", "Treffen @ 21:00 am Bahnhof", None, [], "de: @ for time")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "https://cash.app/$LunaRey/25", None, ["cashapp:$lunarey"], "en: cash.app link with amount")
Y("payment", "cash.app/$MaeB?qr=1", None, ["cashapp:$maeb"], "en: cash.app link with qr query")
Y("payment", "CashApp 💲RubyJ", None, ["cashapp:$rubyj"], "en: heavy-dollar emoji as the sign")
Y("payment", "Mándame por Cash App: $ValeR", None, ["cashapp:$valer"], "es: 'por Cash App'")
Y("payment", "Pagamento via Cash App: $BiaN", None, ["cashapp:$bian"], "pt: 'Pagamento via Cash App'")
Y("payment", "Mandami i soldi su Cash App: $GiuliaP", None, ["cashapp:$giuliap"], "it: 'su Cash App'")
Y("payment", "Chuyển qua Cash App: $LinhT", None, ["cashapp:$linht"], "vi: 'Chuyển qua Cash App'")
Y("payment", "I-send sa Cash App: $JoyA", None, ["cashapp:$joya"], "tl: 'I-send sa Cash App'")
Y("payment", "Voye lajan sou CashApp: $NadegeP", None, ["cashapp:$nadegep"], "ht: 'sou CashApp'")
Y("payment", "كاش آب: $NourA", None, ["cashapp:$noura"], "ar: كاش آب")
Y("payment", "קאש אפ: $NoaL", None, ["cashapp:$noal"], "he: קאש אפ")
Y("payment", "Кеш Ап: $OlhaK", None, ["cashapp:$olhak"], "uk: Кеш Ап")
Y("payment", "C-A-S-H A-P-P: $Tia22", None, ["cashapp:$tia22"], "en: hyphen-spelt service name")
Y("payment", "Cashapp = $Remy_D", None, ["cashapp:$remy_d"], "en: equals sign")
Y(
    "payment",
    "venmo://paycharge?txn=pay&recipients=Lia-Moreno",
    None,
    ["venmo:lia-moreno"],
    "url: venmo:// paycharge deep link",
)
Y("payment", "https://venmo.com/Kai-Ross?txn=pay&amount=40", None, ["venmo:kai-ross"], "url: venmo link with txn")
Y("payment", "Envíame por Venmo: @Carla-Ruiz", None, ["venmo:carla-ruiz"], "es: 'por Venmo'")
Y("payment", "Mandami su Venmo: @Giada-Rossi", None, ["venmo:giada-rossi"], "it: 'su Venmo'")
Y("payment", "Venmo'dan gönder: @Elif-Kaya", None, ["venmo:elif-kaya"], "tr: Venmo'dan")
Y("payment", "Венмо: @Irina-Vol", None, ["venmo:irina-vol"], "ru: Венмо")
Y("payment", "venmo: Jules-Park", None, ["venmo:jules-park"], "en: no @")
Y("payment", "Venmo ID - Rosa_Lima", None, ["venmo:rosa_lima"], "en: 'Venmo ID -'")
Y("payment", "paypal.com/paypalme/MarenK", None, ["paypal:marenk"], "de: long paypal.com/paypalme form")
Y(
    "payment",
    "www.paypal.me/LuisaF?country.x=DE&locale.x=de_DE",
    None,
    ["paypal:luisaf"],
    "de: paypal.me with locale query",
)
Y("payment", "Pagamento su PayPal: paypal.me/ChiaraB", None, ["paypal:chiarab"], "it: 'su PayPal'")
Y("payment", "PayPal hesabım: paypal.me/AyseD", None, ["paypal:aysed"], "tr: 'PayPal hesabım'")
Y("payment", "PayPal账号：paypal.me/LiNa88", None, ["paypal:lina88"], "zh: PayPal账号")
Y("payment", "เพย์พาล: paypal.me/PimS", None, ["paypal:pims"], "th: เพย์พาล")
Y("payment", "פייפאל: paypal.me/TamarG", None, ["paypal:tamarg"], "he: פייפאל")
Y("payment", "Πληρωμή μέσω PayPal: paypal.me/ElenaP", None, ["paypal:elenap"], "el: 'μέσω PayPal'")
Y("payment", "Через ПейПал: paypal.me/OksanaM", None, ["paypal:oksanam"], "uk: ПейПал")
Y("payment", "paypal(.)me/SaraV", None, ["paypal:sarav"], "en: dot in parentheses")
Y("payment", "revolut.me/ana.sz?currency=EUR&amount=20", None, ["revolut:ana.sz"], "hu: revolut.me with query")
Y("payment", "Przelew na Revolut: @kuba.w", None, ["revolut:kuba.w"], "pl: 'Przelew na Revolut'")
Y("payment", "Paga con Revolut: @marta.g", None, ["revolut:marta.g"], "es: 'con Revolut'")
Y("payment", "Pagami su Revolut: @luca.b", None, ["revolut:luca.b"], "it: 'su Revolut'")
Y("payment", "Betaal via Revolut: @sanne.v", None, ["revolut:sanne.v"], "nl: 'Betaal via Revolut'")
Y("payment", "Переказ через Revolut: @oleh.k", None, ["revolut:oleh.k"], "uk: 'через Revolut'")
Y("payment", "Revolut-Tag: @lena.s", None, ["revolut:lena.s"], "de: 'Revolut-Tag'")
Y("payment", "ריבולוט: @dana.l", None, ["revolut:dana.l"], "he: ריבולוט")
Y("payment", "ريفولوت: @rami.k", None, ["revolut:rami.k"], "ar: ريفولوت")
Y("payment", "Pay me on Monzo: monzo.me/jessthomas", None, ["monzo:jessthomas"], "en-GB: 'Pay me on Monzo'")
Y("payment", "monzo . me / hollyw", None, ["monzo:hollyw"], "en-GB: spaces around dot and slash")
Y("payment", "Monzo: monzo.me/priya-k (split the bill)", None, ["monzo:priya-k"], "en-GB: with a remark")
Y(
    "payment",
    "💸 CashApp $Bree | PayPal: paypal.me/BreeC",
    None,
    ["cashapp:$bree", "paypal:breec"],
    "en: two services with a pipe",
)
Y(
    "payment",
    "Venmo: @Lola-Ray / Cash App: $LolaRay",
    None,
    ["venmo:lola-ray", "cashapp:$lolaray"],
    "en: two services with a slash",
)
Y(
    "payment",
    "Revolut @nika.s o PayPal paypal.me/NikaS",
    None,
    ["revolut:nika.s", "paypal:nikas"],
    "es: 'o' between",
)
Y("payment", "cashtag → $Kimi_B", None, ["cashapp:$kimi_b"], "en: 'cashtag' as the only cue")
Y("payment", "PayPal-ით: paypal.me/NinoB", None, ["paypal:ninob"], "ka: PayPal-ით")
Y("payment", "Venmón keresztül: @Anna-Toth", None, ["venmo:anna-toth"], "hu: 'Venmón keresztül'")
# negatives
Y("payment", "$20 cash only, no CashApp", None, [], "en: price and service, no tag")
Y("payment", "Venmo accepted, ask for details", None, [], "en: service named, no tag")
Y("payment", "paypal.com/signin", None, [], "en: PayPal sign-in page")
Y("payment", "$AAPL up 3% today", None, [], "en: stock ticker")
Y("payment", "US$ 300 / hr", None, [], "en: currency prefix")
Y("payment", "venmo.com/about/fees", None, [], "en: Venmo fees page")
Y("payment", "Price: $45, tip $5", None, [], "en: prices")
Y("payment", "#venmo #cashapp #paypal", None, [], "en: hashtags only")
Y("payment", "monzo.com/help", None, [], "en-GB: Monzo help page")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("es", "Dirección de la billetera (USDT TRC20): {a}", trx),
    ("it", "Indirizzo del portafoglio (BTC): {a}", btc_wpkh),
    ("fr", "Adresse du portefeuille (ETH) : {a}", eth),
    ("de", "Wallet-Adresse (LTC): {a}", ltc_l),
    ("pl", "Adres portfela (BTC): {a}", btc_tr),
    ("ro", "Adresa portofelului (USDT TRC20): {a}", trx),
    ("hu", "Tárca címe (ETH): {a}", eth),
    ("uk", "Адреса гаманця (USDT TRC20): {a}", trx),
    ("bg", "Адрес на портфейла (BTC): {a}", btc_p2sh),
    ("mk", "Адреса на паричник (ETH): {a}", eth),
    ("sq", "Adresa e portofolit (BTC): {a}", btc_p2pkh),
    ("et", "Rahakoti aadress (ETH): {a}", eth),
    ("fi", "Lompakon osoite (BTC): {a}", btc_wsh),
    ("sv", "Plånboksadress (USDT TRC20): {a}", trx),
    ("da", "Tegnebogsadresse (DOGE): {a}", doge),
    ("no", "Lommebokadresse (LTC): {a}", ltc_w),
    ("ar", "عنوان المحفظة (USDT TRC20): {a}", trx),
    ("ur", "والیٹ ایڈریس (BTC): {a}", btc_wpkh),
    ("bn", "ওয়ালেট ঠিকানা (ETH): {a}", eth),
    ("ta", "வாலட் முகவரி (BTC): {a}", btc_tr),
    ("te", "వాలెట్ చిరునామా (USDT TRC20): {a}", trx),
    ("gu", "વૉલેટ સરનામું (ETH): {a}", eth),
    ("ko", "지갑 주소 (BTC): {a}", btc_wpkh),
    ("zh", "钱包地址（USDT TRC20）：{a}", trx),
    ("am", "የቦርሳ አድራሻ (ETH): {a}", eth),
    ("ka", "საფულის მისამართი (BTC): {a}", btc_p2sh),
    ("hy", "Դրամապանակի հասցե (USDT TRC20): {a}", trx),
    ("az", "Pul kisəsi ünvanı (ETH): {a}", eth),
    ("uz", "Hamyon manzili (USDT TRC20): {a}", trx),
    ("sw", "Anwani ya pochi (BTC): {a}", btc_wpkh),
    ("tl", "Address ng wallet (SOL): {a}", sol),
    ("id", "Alamat wallet (XMR): {a}", xmr),
    ("af", "Beursie-adres (LTC): {a}", ltc_m),
    ("mn", "Хэтэвчний хаяг (ETH): {a}", eth),
]
CHAIN = {
    trx: "trx",
    eth: "eth",
    ltc_l: "ltc",
    ltc_m: "ltc",
    ltc_w: "ltc",
    btc_p2sh: "btc",
    btc_wpkh: "btc",
    btc_wsh: "btc",
    btc_tr: "btc",
    btc_p2pkh: "btc",
    sol: "sol",
    doge: "doge",
    doge_p2sh: "doge",
    xmr: "xmr",
}
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label33-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = trx("tronscan")
C("crypto", f"https://tronscan.org/#/address/{a}", None, [f"trx:{a}"], "url: tronscan address page")
a = sol("solscan")
C("crypto", f"solscan.io/account/{a}", None, [f"sol:{a}"], "url: solscan account page")
a = btc_p2pkh("blockchain-com")
C(
    "crypto",
    f"https://www.blockchain.com/explorer/addresses/btc/{a}",
    None,
    [f"btc:{a}"],
    "url: blockchain.com explorer",
)
a = ltc_l("blockcypher")
C("crypto", f"live.blockcypher.com/ltc/address/{a}/", None, [f"ltc:{a}"], "url: blockcypher LTC page")
a = doge("dogechain")
C("crypto", f"dogechain.info/address/{a}", None, [f"doge:{a}"], "url: dogechain page")
a = eth("eip681-pay")
C("crypto", f"ethereum:pay-{a}@1?value=1e16", None, [f"eth:{a.lower()}"], "uri: EIP-681 with pay- prefix")
a = btc_wpkh("grouped")
C(
    "crypto",
    "BTC (as the app shows it): " + " ".join(a[i : i + 4] for i in range(0, len(a), 4)),
    None,
    [f"btc:{a}"],
    "en: bech32 address in groups of four",
)
a = eth("zwsp-inside")
C("crypto", f"ETH: {a[:21]}{ZWSP}{a[21:]}", None, [f"eth:{a.lower()}"], "en: zero-width space inside the address")
a = eth("md-code")
C("crypto", f"**ETH (ERC-20):** `{a}`", None, [f"eth:{a.lower()}"], "md: inline code")
a = trx("json")
C("crypto", f'{{"network": "TRC20", "address": "{a}"}}', None, [f"trx:{a}"], "json: address field")
a = trx("ko-glued")
C("crypto", f"USDT(TRC20) {a}으로 보내주세요", None, [f"trx:{a}"], "ko: particle glued to the address")
a = eth("th-glued")
C("crypto", f"โอนมาที่{a}ค่ะ", None, [f"eth:{a.lower()}"], "th: Thai text glued on both sides")
a = btc_tr("quoted")
C("crypto", f"> BTC: {a}\nThanks, sent.", None, [f"btc:{a}"], "mail: quoted reply line")
a = xmr("bang")
C("crypto", f"Send XMR to {a}!!", None, [f"xmr:{a}"], "en: exclamation marks after")
h = seed("all-caps")[:20].hex()
assert check_eth("0x" + h.upper())
C("crypto", f"ETH 0x{h.upper()}", None, [f"eth:0x{h}"], "en: all-capital hex")
a = xmr("three-lines")
C("crypto", f"XMR:\n{a[:32]}\n{a[32:64]}\n{a[64:]}", None, [f"xmr:{a}"], "en: Monero address over three lines")
a = ltc_m("em-dash")
C("crypto", f"LTC — ({a})", None, [f"ltc:{a}"], "en: em dash and parentheses")
a = trx("rlm")
C("crypto", f"المحفظة: {RLM}{a}{RLM}", None, [f"trx:{a}"], "ar: RLM marks around")
# negatives
a = eth("bad-eip55")
i = next(i for i, c in enumerate(a) if i > 1 and c.isalpha())
bad_eth = a[:i] + a[i].swapcase() + a[i + 1 :]
assert not check_crypto(f"eth:{bad_eth}") and not check_eth(bad_eth)
C("crypto", f"ETH: {bad_eth}", None, [], "en: EIP-55 checksum broken by one letter's case")
a = btc_p2pkh("bad-b58")
bad_btc = a[:-1] + ("2" if a[-1] != "2" else "3")
assert not check_b58c(bad_btc, {0, 5})
C("crypto", f"BTC: {bad_btc}", None, [], "en: base58check checksum broken")
a = trx("bad-trx")
bad_trx = a[:10] + ("A" if a[10] != "A" else "B") + a[11:]
assert not check_b58c(bad_trx, {0x41})
C("crypto", f"USDT TRC20: {bad_trx}", None, [], "en: TRON checksum broken")
C("crypto", "TXID: " + seed("btc-txid").hex(), None, [], "en: Bitcoin transaction id")
wif = b58c(b"\x80", seed("wif"))
C("crypto", f"never share this: {wif}", None, [], "en: WIF private key, not an address")
C(
    "crypto",
    "lnbc2500u1p" + "".join(B32[b % 32] for b in seed("ln")) + "qqqsp5",
    None,
    [],
    "en: Lightning invoice fragment",
)
cid = base58.b58encode(b"\x12\x20" + seed("ipfs")).decode()
C("crypto", f"ipfs://{cid}", None, [], "web3: IPFS CID")
C(
    "crypto",
    "Seed: abandon ability able about above absent absorb abstract absurd abuse access accident",
    None,
    [],
    "en: BIP 39 seed words",
)
a = eth("masked")
C("crypto", f"Paid from {a[:6]}…{a[-4:]}", None, [], "en: shortened address")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Ho 22 anni, di Bologna", None, ["22"], "it: 'ho … anni'")
A("age", "Ragazza 23enne, Torino", None, ["23"], "it: '23enne'")
A("age", "20-latka z Gdańska szuka pracy", None, ["20"], "pl: '20-latka'")
A("age", "22-летняя девушка из Казани", None, ["22"], "ru: '22-летняя'")
A("age", "Мне 21 годик 😊", None, ["21"], "ru: diminutive 'годик'")
A("age", "Мені 22 роки, зі Львова", None, ["22"], "uk: 'мені … роки'")
A("age", "Am 22 de ani, din Cluj", None, ["22"], "ro: 'am … de ani'")
A("age", "22 yaşındayım, İzmir'den", None, ["22"], "tr: 'yaşındayım'")
A("age", "عمري " + native("22", ARABIC_INDIC) + " سنة، من عمّان", None, ["22"], "ar: Arabic-Indic digits")
A("age", "عمر " + native("23", PERSIAN) + " سال، لاہور", None, ["23"], "ur: Extended Arabic-Indic digits")
A("age", "বয়স " + native("22", BENGALI_D) + ", ঢাকা", None, ["22"], "bn: Bengali digits")
A("age", "வயது 21, சென்னை", None, ["21"], "ta: 'வயது'")
A("age", "వయసు " + native("22", TELUGU_D) + ", హైదరాబాద్", None, ["22"], "te: Telugu digits")
A("age", "ઉંમર " + native("23", GUJARATI) + " વર્ષ, સુરત", None, ["23"], "gu: Gujarati digits")
A("age", "အသက် " + native("22", MYANMAR) + " နှစ်၊ ရန်ကုန်", None, ["22"], "my: Myanmar digits")
A("age", "二十二岁，杭州", None, ["22"], "zh: Chinese numerals 二十二岁")
A("age", "今年廿二，广州人", None, ["22"], "zh: 廿二 (twenty-two)")
A("age", "二十一歳です、京都", None, ["21"], "ja: kanji numerals 二十一歳")
A("age", "22살이에요, 인천", None, ["22"], "ko: '22살'")
A("age", "22 tuổi, Đà Nẵng", None, ["22"], "vi: 'tuổi'")
A("age", "umur 22 thn, Medan", None, ["22"], "id: 'umur … thn'")
A("age", "Berumur 21 tahun, dari Ipoh", None, ["21"], "ms: 'berumur … tahun'")
A("age", "ዕድሜ 22፣ አዲስ አበባ", None, ["22"], "am: 'ዕድሜ'")
A("age", "22 წლის ვარ, ბათუმიდან", None, ["22"], "ka: 'წლის ვარ'")
A("age", "22 տարեկան եմ, Գյումրիից", None, ["22"], "hy: 'տարեկան եմ'")
A("age", "22 yaşım var, Gəncədən", None, ["22"], "az: 'yaşım var'")
A("age", "22 yoshdaman, Samarqanddan", None, ["22"], "uz: 'yoshdaman'")
A("age", "22 настай, Дарханаас", None, ["22"], "mn: 'настай'")
A("age", "Olen 22-vuotias, Tampereelta", None, ["22"], "fi: '22-vuotias'")
A("age", "Olen 21-aastane, Tartust", None, ["21"], "et: '21-aastane'")
A("age", "22 år gammal tjej från Malmö", None, ["22"], "sv: 'år gammal'")
A("age", "Jente, 22 år, fra Bergen", None, ["22"], "no: 'Jente, 22 år'")
A("age", "Jeg er 23 år, fra Aarhus", None, ["23"], "da: 'jeg er … år'")
A("age", "Jam 22 vjeç, nga Durrësi", None, ["22"], "sq: 'vjeç'")
A("age", "Имам 22 години, од Битола", None, ["22"], "mk: 'имам … години'")
A("age", "На 22 години съм, от Пловдив", None, ["22"], "bg: 'на … години съм'")
A("age", "Stara sem 22 let, iz Maribora", None, ["22"], "sl: 'stara sem … let'")
A("age", "Ek is 22 jaar oud, van Pretoria", None, ["22"], "af: 'jaar oud'")
A("age", "Recién cumplidos los 19 🎉", None, ["19"], "es: 'recién cumplidos los'")
A("age", "Veintidós añitos, de Sevilla", None, ["22"], "es: number word with diminutive 'añitos'")
A("age", "Tenho 22 aninhos", None, ["22"], "pt: diminutive 'aninhos'")
A("age", "Tenho vinte e um anos", None, ["21"], "pt: number words")
A("age", "Ho ventitré anni", None, ["23"], "it: number word")
A("age", "Mam dwadzieścia dwa lata", None, ["22"], "pl: number words")
A("age", "Yirmi iki yaşındayım", None, ["22"], "tr: number words")
A("age", "Em hai mươi mốt tuổi", None, ["21"], "vi: number words")
A("age", "Umur dua puluh dua tahun", None, ["22"], "id: number words")
A("age", "Aged 22, from Leeds", None, ["22"], "en: 'aged'")
A("age", "22 y.o. 💋", None, ["22"], "en: 'y.o.' with dots")
A("age", "Twenty-two years of age", None, ["22"], "en: 'years of age'")
A("age", "Age — " + remap("22", PAREN), None, ["22"], "en: parenthesised digits")
A("age", "[F22] new in town", None, ["22"], "en: forum tag [F22]")
A("age", "me (22f) and my friend", None, ["22"], "en: '(22f)'")
A("age", "She's 17, looking for waitress work", None, ["17"], "en: a minor, third person")
A("age", "Tiene 16 años y busca trabajo", None, ["16"], "es: a minor, third person")
# negatives
A("age", "22 years of experience in nursing", None, [], "en: years of experience")
A("age", "22 anni di esperienza nel settore", None, [], "it: years of experience")
A("age", "Ouvert depuis 22 ans", None, [], "fr: years in business")
A("age", "Zimmer 22, 2. OG", None, [], "de: room number and floor")
A("age", "22号线地铁站附近", None, [], "zh: metro line number")
A("age", "22 °C, влажность 60%", None, [], "ru: temperature and humidity")
A("age", "Cena 22 zł/h", None, [], "pl: hourly price")
A("age", "Bagagem até 22 kg", None, [], "pt: baggage weight")
A("age", "Rp 22.000 per jam", None, [], "id: price")
A("age", "Buka 24/7, diskon 22%", None, [], "id: 24/7 and a discount")


if __name__ == "__main__":
    print(json.dumps(B.write()))
